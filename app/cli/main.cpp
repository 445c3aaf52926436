// nasti-admin: set-up, administration and automation of a Nasti database.
#include "backupcommands.h"
#include "benchcommands.h"
#include "clicontext.h"
#include "draftcommands.h"
#include "drillcommands.h"
#include "filecommands.h"
#include "followupcommands.h"
#include "keycommands.h"
#include "migratecommand.h"
#include "orgcommands.h"
#include "reportcommands.h"
#include "searchcommands.h"
#include "signcommands.h"

#include "domain/textfields.h"
#include "pdf/popplerinspector.h"
#include "pdfsign/backend.h"
#include "util/error.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <exception>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace nasti;

namespace {
const char *const kUsage = QT_TRANSLATE_NOOP(
    "nasti::cli",
    "Usage: nasti-admin [--db URL] [--as LOGIN] COMMAND [options]\n"
    "\n"
    "Database URL: sqlite:PATH or postgresql://USER@HOST:PORT/DB?sslmode=...\n"
    "(several servers: postgresql://USER@HOST1:PORT1,HOST2:PORT2/DB?target_session_attrs=read-write)\n"
    "(default: $NASTI_DB, else the demo database in your data directory).\n"
    "--as LOGIN acts as that user; the password comes from NASTI_PASSWORD or a prompt.\n"
    "\n"
    "Commands (each has --help):\n"
    "  init                      create or migrate the schema\n"
    "  migrate [--lock-timeout MS]  migrate a live database step by step (report each step's time)\n"
    "  demo                      seed the demo office (once)\n"
    "  org [--json]              list departments, sections and posts\n"
    "  import-org FILE.csv       import an organisation (all rows or none)\n"
    "  user add|disable|enable|passwd|transfer ...\n"
    "  file create|note|forward|open|recall|approve|reject|park|unpark|reopen|close|delay|put|link|show ...\n"
    "  receipt add PDF_PATH ...  diarise an incoming letter\n"
    "  draft new|revise|show|diff|approve|issue ...  drafts for approval and their issue\n"
    "  dispatch list|postage ... the section's dispatch register\n"
    "  keys authority|enrol|certify|revoke|list|status ...  digital signatures: keys and certificates\n"
    "  letterhead set DEPT ...   a department's letterhead (Hindi, English)\n"
    "  inbox [--json]            the files your posts hold\n"
    "  search [WORDS] [--sender TEXT] [--letter-no P] [--diary-no P] [--file-no P] [--holder POST]\n"
    "         [--from DATE] [--to DATE] [--priority P] [--grading G] [--status S] [--json]\n"
    "                            find files (every option narrows)\n"
    "  verify                    check the tamper-evident event log\n"
    "  verify-letter FILE.pdf [--ca CA.pem ...] [--crl CRL ...]  check a letter's digital signatures\n"
    "                        (default: the organisation's CA and revocations in the database)\n"
    "  ca init|export|crl [--dir DIR] ...  the organisation's signing CA (export without --dir: the\n"
    "                        database's; crl: its revocation list)\n"
    "  backup FILE               a consistent backup while clients work (SQLite copy, pg_dump)\n"
    "  restore FILE              replace the database with a backup, then verify it\n"
    "  report weekly [--week 2025-W02] [--department CODE] [--pdf PATH] [--csv PATH] [--lang hi|en]\n"
    "                            the weekly review of pendency and disposal\n"
    "  followup run|reminders|escalated|call|watch|answer|unwatch|watchlist|category ...\n"
    "                            reminders, escalation, calls for files, watch-list, categories\n"
    "  review close-weeks [--weeks N]  store the review's figures of ended weeks (cron, Mondays)\n"
    "  review close-days               store the running week's finished days (cron, nightly)\n"
    "  seed-scale --files N      seed an empty database with a state-scale office (benchmark)\n"
    "  bench [--json PATH]       measure inbox, search, file, forwarding, PDF against raw baselines\n");
}

// stderr is one line per failure (issue 13): Qt's SQL drivers print their own
// warnings ("QSqlQuery::exec: database not open", "Unable to free statement",
// "QPSQL: Unable to connect") next to the error we report, and libpq writes a
// server's FATAL notice straight to file descriptor 2. So nasti-admin keeps the
// real stderr for its own messages and points descriptor 2 at /dev/null; Qt's
// messages are dropped. NASTI_DEBUG=1 keeps all of it, Qt's flattened to one line.
bool debugOutput()
{
    static const bool debug = qEnvironmentVariableIntValue("NASTI_DEBUG") > 0;
    return debug;
}

FILE *g_err = stderr;

void keepStderrForOurselves()
{
#ifdef Q_OS_UNIX
    if (debugOutput())
        return;
    const int saved = ::fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
    const int devnull = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (saved < 0 || devnull < 0)
        return;
    FILE *own = ::fdopen(saved, "w");
    if (!own)
        return;
    std::setvbuf(own, nullptr, _IOLBF, 0);
    std::fflush(stderr);
    ::dup2(devnull, STDERR_FILENO);
    ::close(devnull);
    g_err = own;
#endif
}

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(g_err, "nasti-admin: %s\n", qUtf8Printable(textfields::printable(oneLine(message))));
        std::fflush(g_err);
        std::abort();
    }
    if (debugOutput())
        std::fprintf(g_err, "nasti-admin: (qt) %s\n",
                     qUtf8Printable(textfields::printable(oneLine(message))));
}

// What nasti-admin says on stderr when it fails: one line, no control characters
// (arguments and database text are shown escaped, never interpreted by the terminal).
QString complaint(const QString &message)
{
    QString text = textfields::printable(oneLine(message));
    if (text.isEmpty())
        text = QCoreApplication::translate("nasti::cli", "failed, and no reason was given.");
    constexpr int kMax = 2000; // a huge argument is named, not echoed whole
    if (text.size() > kMax)
        text = text.left(kMax) + QStringLiteral("…");
    return QStringLiteral("nasti-admin: ") + text;
}

int main(int argc, char *argv[])
{
    keepStderrForOurselves();
    qInstallMessageHandler(quietMessages);
    // `report ... --pdf` draws with QtGui and gets a QGuiApplication (offscreen); others a QCoreApplication.
    const std::unique_ptr<QCoreApplication> application = cli::makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Nasti"));
    QCoreApplication::setApplicationName(QStringLiteral("nasti"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NASTI_VERSION));
    QTextStream err(g_err);
    QTextStream out(stdout);

    // Global options come before the command; everything after it is the command's.
    QStringList args = app.arguments().mid(1);
    QString dbUrl = qEnvironmentVariable("NASTI_DB");
    QString asLogin;
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString opt = args.takeFirst();
        auto value = [&](const QString &name) {
            if (args.isEmpty()) {
                err << complaint(QCoreApplication::translate("nasti::cli", "%1 needs a value.").arg(name))
                    << Qt::endl;
                std::exit(2);
            }
            return args.takeFirst();
        };
        if (opt == QLatin1String("--db"))
            dbUrl = value(opt);
        else if (opt.startsWith(QLatin1String("--db=")))
            dbUrl = opt.mid(5);
        else if (opt == QLatin1String("--as"))
            asLogin = value(opt);
        else if (opt.startsWith(QLatin1String("--as=")))
            asLogin = opt.mid(5);
        else if (opt == QLatin1String("--help") || opt == QLatin1String("-h")) {
            out << QCoreApplication::translate("nasti::cli", kUsage) << Qt::flush;
            return 0;
        } else if (opt == QLatin1String("--version")) {
            out << "nasti-admin " << QCoreApplication::applicationVersion() << Qt::endl;
            return 0;
        } else {
            err << complaint(
                       QCoreApplication::translate("nasti::cli", "unknown option %1 (see --help).").arg(opt))
                << Qt::endl;
            return 2;
        }
    }
    if (args.isEmpty()) {
        err << complaint(QCoreApplication::translate("nasti::cli", "no command given (see --help)."))
            << Qt::endl;
        return 2;
    }
    const bool databaseNamed = !dbUrl.isEmpty();
    if (dbUrl.isEmpty())
        dbUrl = paths::defaultDatabaseUrl();

    const QString command = args.takeFirst();
    pdfsign::installBackend(); // X.509 keys and certificates, signed letters
    PopplerInspector inspector;
    CliContext ctx(dbUrl, asLogin, inspector, g_err);
    ctx.setDatabaseNamed(databaseNamed);
    try {
        if (command == QLatin1String("init"))
            return cli::init(ctx, args);
        if (command == QLatin1String("migrate"))
            return cli::migrate(ctx, args);
        if (command == QLatin1String("demo"))
            return cli::demo(ctx, args);
        if (command == QLatin1String("org"))
            return cli::org(ctx, args);
        if (command == QLatin1String("import-org"))
            return cli::importOrg(ctx, args);
        if (command == QLatin1String("user"))
            return cli::user(ctx, args);
        if (command == QLatin1String("verify"))
            return cli::verify(ctx, args);
        if (command == QLatin1String("verify-letter"))
            return cli::verifyLetter(ctx, args);
        if (command == QLatin1String("ca"))
            return cli::ca(ctx, args);
        if (command == QLatin1String("backup"))
            return cli::backup(ctx, args);
        if (command == QLatin1String("restore"))
            return cli::restore(ctx, args);
        if (command == QLatin1String("file"))
            return cli::file(ctx, args);
        if (command == QLatin1String("receipt"))
            return cli::receipt(ctx, args);
        if (command == QLatin1String("followup"))
            return cli::followup(ctx, args);
        if (command == QLatin1String("inbox"))
            return cli::inbox(ctx, args);
        if (command == QLatin1String("draft"))
            return cli::draft(ctx, args);
        if (command == QLatin1String("dispatch"))
            return cli::dispatch(ctx, args);
        if (command == QLatin1String("keys"))
            return cli::keys(ctx, args);
        if (command == QLatin1String("letterhead"))
            return cli::letterhead(ctx, args);
        if (command == QLatin1String("search"))
            return cli::search(ctx, args);
        if (command == QLatin1String("report"))
            return cli::report(ctx, args);
        if (command == QLatin1String("review"))
            return cli::review(ctx, args);
        if (command == QLatin1String("seed-scale"))
            return cli::seedScale(ctx, args);
        if (command == QLatin1String("bench"))
            return cli::bench(ctx, args);
        if (command == QLatin1String("drill"))
            return cli::drill(ctx, args);
        err << complaint(QCoreApplication::translate("nasti::cli", "unknown command “%1” (see --help).")
                             .arg(command))
            << Qt::endl;
        return 2;
    } catch (const UsageError &e) {
        err << complaint(e.message) << Qt::endl;
        return 2;
    } catch (const NastiError &e) {
        // One line: a refusal or error names what is wrong (a CSV import's bad rows joined by "; ").
        err << complaint(e.message()) << Qt::endl;
        return 1;
    } catch (const std::exception &e) {
        err << complaint(QCoreApplication::translate("nasti::cli", "internal error: %1")
                             .arg(QString::fromLocal8Bit(e.what())))
            << Qt::endl;
        return 1;
    }
}
