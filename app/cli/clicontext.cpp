#include "clicontext.h"

#include "access/connect.h"
#include "db/migrations.h"
#include "services/actionkey.h"
#include "services/authservice.h"
#include "services/fileservice.h"
#include "services/keyservice.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QtGlobal>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace nasti {

CliContext::CliContext(QString dbUrl, QString asLogin, const DocumentInspector &inspector, FILE *err)
    : m_dbUrl(std::move(dbUrl)), m_asLogin(std::move(asLogin)), m_inspector(inspector), m_out(stdout),
      m_err(err)
{
}

Database &CliContext::db()
{
    if (!m_db) {
        const DbUrl url = DbUrl::parse(m_dbUrl);
        if (url.backend == Backend::Postgres && hasAs()) {
            // Acting as a user: his own login role, so the server's grants and
            // row-level security apply to everything this command does.
            const QString pw = password(
                QCoreApplication::translate("nasti::CliContext", "Password for %1: ").arg(m_asLogin));
            access::UserConnection user = access::connectAs(url, m_asLogin, pw);
            m_db = std::move(user.db);
            m_session = std::make_unique<Session>(std::move(user.session));
            unlockSigning(pw);
        } else {
            m_db = Database::open(url);
            migrations::migrate(*m_db);
        }
    }
    return *m_db;
}

Database &CliContext::reviewDb(const QString &urlText)
{
    if (!m_reviewDb) {
        const DbUrl url = DbUrl::parse(urlText);
        if (url.backend == Backend::Postgres && hasAs()) {
            const QString pw = password(
                QCoreApplication::translate("nasti::CliContext", "Password for %1: ").arg(m_asLogin));
            access::UserConnection user = access::connectAs(url, m_asLogin, pw);
            m_reviewDb = std::move(user.db);
            m_reviewSession = std::make_unique<Session>(std::move(user.session));
        } else {
            m_reviewDb = Database::open(url); // (a replica is read-only: no migration)
        }
    }
    return *m_reviewDb;
}

const Session &CliContext::reviewSession(const QString &url)
{
    Database &db = reviewDb(url);
    if (!m_reviewSession) {
        if (!hasAs())
            throw UsageError{
                QCoreApplication::translate("nasti::CliContext", "This command needs --as LOGIN.")};
        const QString pw =
            password(QCoreApplication::translate("nasti::CliContext", "Password for %1: ").arg(m_asLogin));
        m_reviewSession = std::make_unique<Session>(AuthService(db, m_clock).login(m_asLogin, pw));
    }
    return *m_reviewSession;
}

QString CliContext::act(const std::function<QString(FileService &)> &action)
{
    QString result;
    keyed([&] {
        FileService service(db(), m_clock, session());
        result = action(service);
    });
    return result;
}

void CliContext::keyed(const std::function<void()> &action)
{
    const QByteArray given = qgetenv("NASTI_ACTION_KEY");
    const QString key = given.isEmpty() ? ActionKey::fresh().base() : QString::fromUtf8(given).trimmed();
    for (int attempt = 0;; ++attempt) {
        try {
            ActionKey named(key); // (each try names its calls from the first again)
            const ActionKey::Scope scope(named);
            action();
            return;
        } catch (const NastiError &e) {
            // Refused by the server, or cut off? Only a connection that no longer answers is
            // reopened, and only once.
            if (e.kind() != NastiError::Kind::Database || !m_db || m_db->ping())
                throw;
            m_db.reset();
            if (attempt > 0)
                fail(NastiError::Kind::Database,
                     QCoreApplication::translate(
                         "nasti::CliContext",
                         "The connection to the server was lost during the action and could not be "
                         "restored, so it is reported not done. Run the command again with "
                         "NASTI_ACTION_KEY=%1 to finish it: it is never done twice.")
                         .arg(key));
        }
    }
}

QString CliContext::password(const QString &prompt, const char *envVar)
{
    const QByteArray env = qgetenv(envVar);
    if (!env.isEmpty())
        return QString::fromUtf8(env);
    QString line;
#ifdef Q_OS_UNIX
    const bool tty = isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        m_err << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    line = in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        m_err << Qt::endl;
    }
#else
    m_err << prompt << Qt::flush;
    QTextStream in(stdin);
    line = in.readLine();
#endif
    return line;
}

const Session &CliContext::session()
{
    if (!m_session) {
        if (m_asLogin.isEmpty())
            throw UsageError{
                QCoreApplication::translate("nasti::CliContext", "This command needs --as LOGIN.")};
        db(); // on PostgreSQL, connecting as the user is the login
        if (m_session)
            return *m_session;
        const QString pw =
            password(QCoreApplication::translate("nasti::CliContext", "Password for %1: ").arg(m_asLogin));
        m_session = std::make_unique<Session>(AuthService(db(), m_clock).login(m_asLogin, pw));
        unlockSigning(pw);
    }
    return *m_session;
}

// The CLI has the user's password at hand, so it opens his key's sealed copy (only when
// he has one: Argon2id costs a moment). A copy that does not open is said, not fatal:
// what he must sign is then refused with its own message.
void CliContext::unlockSigning(const QString &password)
{
    if (!m_session || !m_db || m_session->signer)
        return;
    try {
        if (m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM signing_keys WHERE user_id = :u"),
                         {{QStringLiteral("u"), m_session->userId}})
                .toInt() == 0)
            return;
        m_session->signer = KeyService(*m_db, m_clock, *m_session).unlock(password);
    } catch (const NastiError &e) {
        m_err << e.message() << Qt::endl;
    }
}

bool CliContext::parse(QCommandLineParser &parser, const QStringList &args, const QString &description,
                       const QString &usageArgs)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("nasti::CliContext", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(args))
        throw UsageError{parser.errorText()};
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt prints "Usage: <argv0> [options]"; show the full command path instead.
        text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                     QStringLiteral("Usage: ") + args.value(0));
        if (!usageArgs.isEmpty())
            text.replace(QStringLiteral("[options]"), QStringLiteral("[options] ") + usageArgs);
        m_out << text << Qt::flush;
        return false;
    }
    return true;
}

} // namespace nasti
