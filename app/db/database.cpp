#include "db/database.h"

#include "util/error.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <atomic>
#include <mutex>

using namespace Qt::StringLiterals;

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::Database", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("nasti-%1").arg(counter.fetchAndAddRelaxed(1));
}

// libpq keyword=value pairs for QPSQL's connect options (';' separated).
QString connectOptions(const DbUrl &url)
{
    QStringList parts;
    bool hasOptions = false;
    for (auto it = url.options.cbegin(); it != url.options.cend(); ++it) {
        if (it.key() == QLatin1String("options")) {
            hasOptions = true;
            parts << QStringLiteral(
                         "options='%1 -c plan_cache_mode=force_custom_plan -c client_min_messages=warning'")
                         .arg(it.value());
        } else {
            parts << it.key() + QLatin1Char('=') + it.value();
        }
    }
    // Prepared statements would switch to a generic plan after five runs, which is
    // slow for the skewed inbox query (PITFALLS.md): always plan for the values.
    if (!hasOptions)
        parts << QStringLiteral(
            "options='-c plan_cache_mode=force_custom_plan -c client_min_messages=warning'");
    if (!url.options.contains(QStringLiteral("application_name")))
        parts << QStringLiteral("application_name=nasti");
    if (!url.options.contains(QStringLiteral("connect_timeout")))
        parts << QStringLiteral("connect_timeout=10");
    if (!url.moreServers.isEmpty())
        parts << QStringLiteral("port=") + url.portList();
    return parts.join(QLatin1Char(';'));
}
} // namespace

Database::Database(const DbUrl &url, const QString &name) : m_url(url), m_dialect(url.backend), m_name(name)
{
}

QVariant Database::memo(const QString &key, qint64 maxAgeMs, const std::function<QVariant()> &load)
{
    const auto it = m_memo.find(key);
    if (it != m_memo.end() && (maxAgeMs <= 0 || it->second.age.elapsed() < maxAgeMs))
        return it->second.value;
    Memo m{load(), {}};
    m.age.start();
    return m_memo.insert_or_assign(key, std::move(m)).first->second.value;
}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

std::unique_ptr<Database> Database::open(const DbUrl &url)
{
    const QString name = nextConnectionName();
    std::unique_ptr<Database> self(new Database(url, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(self->m_dialect.driverName(), name);
    if (!db.isValid())
        fail(NastiError::Kind::Database,
             tr("The Qt SQL driver %1 is not installed.").arg(self->m_dialect.driverName()));

    if (url.backend == Backend::Sqlite) {
        const QFileInfo info(url.path);
        if (!info.exists()) {
            QDir().mkpath(info.absolutePath());
            // Created private (0600) before SQLite opens it: it holds password hashes.
            QFile file(url.path);
            if (!file.open(QIODevice::WriteOnly))
                fail(NastiError::Kind::Database,
                     tr("Cannot create the database file %1: %2").arg(url.path, file.errorString()));
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        db.setDatabaseName(url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    } else {
        // QPSQL quotes the host name into libpq's conninfo as is, so a comma list
        // (several servers) passes through; their ports go in the connect options as
        // port=P1,P2 (QPSQL's own port= would name one port for all of them).
        db.setHostName(url.hostList());
        if (url.moreServers.isEmpty())
            db.setPort(url.port);
        db.setDatabaseName(url.database);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setConnectOptions(connectOptions(url));
    }

    if (!db.open()) {
        // libpq's text spans lines ("...failed: Connection refused\n\tIs the server running...");
        // the driver's own "QPSQL: Unable to connect" adds nothing.
        const QSqlError error = db.lastError();
        QString why = oneLine(error.databaseText().isEmpty() ? error.text() : error.databaseText());
        if (why.isEmpty())
            why = tr("no reason given by the driver");
        fail(NastiError::Kind::Database, tr("Cannot open the database %1: %2").arg(url.display(), why));
    }

    if (url.backend == Backend::Sqlite) {
        if (!sqlitefunctions::install(db, &self->m_acting))
            fail(NastiError::Kind::Database,
                 tr("Cannot register Nasti's functions on the SQLite connection."));
        self->execRaw(QStringLiteral("PRAGMA foreign_keys = ON"));
        self->execRaw(QStringLiteral("PRAGMA journal_mode = WAL"));
        self->execRaw(QStringLiteral("PRAGMA synchronous = NORMAL"));
    } else {
        self->execRaw(QStringLiteral("SET TIME ZONE 'UTC'"));
    }
    return self;
}

void Database::setActing(qint64 userId, qint64 nowMs)
{
    m_acting.userId.store(userId);
    m_acting.nowMs.store(nowMs);
    if (isPostgres() && userId != m_pgActor) {
        QSqlQuery q(handle());
        q.prepare(QStringLiteral("SELECT set_config('nasti.user_id', :u, false)"));
        q.bindValue(QStringLiteral(":u"), userId > 0 ? QString::number(userId) : QString(u""_s));
        if (!q.exec())
            raise(q.lastError(), QString());
        m_pgActor = userId;
    }
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_name, false);
}

namespace {
// Tests only: off, it costs one relaxed load per statement.
std::atomic<bool> s_observing{false};
std::mutex s_observerMutex;
Database::QueryObserver s_observer;

void observe(const QString &sql)
{
    if (!s_observing.load(std::memory_order_relaxed))
        return;
    std::lock_guard<std::mutex> lock(s_observerMutex);
    if (s_observer)
        s_observer(sql);
}
} // namespace

void Database::setQueryObserver(QueryObserver observer)
{
    std::lock_guard<std::mutex> lock(s_observerMutex);
    s_observer = std::move(observer);
    s_observing.store(bool(s_observer));
}

bool Database::ping()
{
    QSqlQuery query(handle());
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

QSqlQuery &Database::exec(const QString &sql, const QVariantMap &binds)
{
    observe(sql);
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(handle());
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            raise(query->lastError(), sql);
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery &query = *it->second;
    query.finish();
    for (auto b = binds.cbegin(); b != binds.cend(); ++b) {
        // The drivers bind a null QString as NULL. A string that was given, even
        // empty, is text; only a null QVariant means SQL NULL.
        const QVariant &v = b.value();
        if (!v.isNull() && v.metaType().id() == QMetaType::QString && v.toString().isNull())
            query.bindValue(QLatin1Char(':') + b.key(), QString(u""_s));
        else
            query.bindValue(QLatin1Char(':') + b.key(), v);
    }
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        // A statement that failed may leave the cached handle unusable (PostgreSQL
        // drops prepared statements when the connection resets): prepare anew next time.
        m_statements.erase(it);
        raise(error, sql);
    }
    return query;
}

void Database::execRaw(const QString &sql)
{
    observe(sql);
    QSqlQuery query(handle());
    if (!query.exec(sql))
        raise(query.lastError(), sql);
}

QVariant Database::scalar(const QString &sql, const QVariantMap &binds)
{
    QSqlQuery &q = exec(sql, binds);
    QVariant value;
    if (q.next())
        value = q.value(0);
    q.finish();
    return value;
}

QString Database::explainTriggerMessage(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("nasti:([a-z-]+)"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return {};
    const QString code = match.captured(1);
    struct Entry
    {
        const char *code;
        const char *text;
    };
    static const Entry entries[] = {
        {"frozen-note",
         QT_TRANSLATE_NOOP("nasti::Database",
                           "A frozen note cannot be changed or deleted; write a new note instead.")},
        {"append-only",
         QT_TRANSLATE_NOOP("nasti::Database", "The file's history cannot be changed or deleted.")},
        {"not-custodian-note",
         QT_TRANSLATE_NOOP("nasti::Database", "Only the post that holds the file may write a note on it.")},
        {"not-custodian-move",
         QT_TRANSLATE_NOOP("nasti::Database", "Only the post that holds the file may move it.")},
        {"custody-without-movement",
         QT_TRANSLATE_NOOP("nasti::Database",
                           "The file's custodian can change only through a recorded movement.")},
        {"unfrozen-drafts",
         QT_TRANSLATE_NOOP("nasti::Database", "Draft notes must be frozen before the file leaves the post.")},
        {"file-identity",
         QT_TRANSLATE_NOOP("nasti::Database", "A file's number, section and creator cannot be changed.")},
        {"file-no-delete", QT_TRANSLATE_NOOP("nasti::Database", "Files are never deleted.")},
        {"closed-file", QT_TRANSLATE_NOOP("nasti::Database", "The file is closed.")},
        {"note-born-frozen",
         QT_TRANSLATE_NOOP("nasti::Database",
                           "A note is frozen only when the file leaves its author's post.")},
        {"not-authorised", QT_TRANSLATE_NOOP("nasti::Database", "You are not authorised to do this.")},
        {"post-not-held",
         QT_TRANSLATE_NOOP("nasti::Database", "You do not hold the post you are acting for.")},
        {"wrong-section",
         QT_TRANSLATE_NOOP("nasti::Database",
                           "Your post may open files and diarise letters only in its own section.")},
        {"close-refused",
         QT_TRANSLATE_NOOP("nasti::Database", "Only the post that opened the file may close or reopen it, "
                                              "and only after a competent officer's approval.")},
        {"bad-status", QT_TRANSLATE_NOOP("nasti::Database",
                                         "That change of the file's state is not an action Nasti allows.")},
        {"file-version",
         QT_TRANSLATE_NOOP("nasti::Database", "The file's version moves on by one with each change.")},
        {"file-opened", QT_TRANSLATE_NOOP("nasti::Database", "A file is marked opened once, by its holder.")},
        {"unknown-post", QT_TRANSLATE_NOOP("nasti::Database", "There is no such post.")},
        {"unknown-user", QT_TRANSLATE_NOOP("nasti::Database", "There is no such enabled user.")},
        {"attachment-hash",
         QT_TRANSLATE_NOOP("nasti::Database",
                           "The document's bytes do not match the SHA-256 it was stored under.")},
        {"park-needs-date",
         QT_TRANSLATE_NOOP("nasti::Database", "Parking needs a reason and a review date after today.")},
        {"followup-not-due",
         QT_TRANSLATE_NOOP("nasti::Database",
                           "This reminder or escalation is not due for the file as it stands.")},
        {"category-reference",
         QT_TRANSLATE_NOOP("nasti::Database",
                           "A reference category needs its reference number, and only then.")},
        {"receipt-filed", QT_TRANSLATE_NOOP("nasti::Database", "This receipt is already in a file.")},
        {"note-hash",
         QT_TRANSLATE_NOOP("nasti::Database", "The frozen note's hash does not match its content.")},
        {"draft-not-holder",
         QT_TRANSLATE_NOOP("nasti::Database",
                           "Only the post that holds the file may draft, approve or issue in it.")},
        {"draft-file-not-open",
         QT_TRANSLATE_NOOP("nasti::Database",
                           "The file is closed or parked; drafts are written on open files only.")},
        {"draft-number",
         QT_TRANSLATE_NOOP("nasti::Database", "A draft or version number must be the next one.")},
        {"draft-issued",
         QT_TRANSLATE_NOOP("nasti::Database",
                           "This draft has been issued; it cannot be revised, approved or issued again.")},
        {"draft-superseded",
         QT_TRANSLATE_NOOP(
             "nasti::Database",
             "A later version of this draft exists; only the latest version can be approved or issued.")},
        {"draft-not-approved",
         QT_TRANSLATE_NOOP("nasti::Database",
                           "This version of the draft has not been approved; it cannot be issued.")},
        {"draft-addressees",
         QT_TRANSLATE_NOOP("nasti::Database", "The addressee list is not well formed: each needs a name and "
                                              "a mode, and a section for delivery through Nasti.")},
        {"issue-not-section",
         QT_TRANSLATE_NOOP(
             "nasti::Database",
             "Only a post of the file's own section, holding the file, may issue its letters.")},
        {"dispatch-postage",
         QT_TRANSLATE_NOOP("nasti::Database",
                           "Only the postage of an entry sent by post can be written, and only once.")},
        {"issue-no-copy",
         QT_TRANSLATE_NOOP("nasti::Database", "A letter cannot be issued without its fair copy.")},
        {"dispatch-no-post",
         QT_TRANSLATE_NOOP("nasti::Database", "The addressed section has no post to receive the letter.")},
        {"signature-required",
         QT_TRANSLATE_NOOP(
             "nasti::Database",
             "What you decide must carry your digital signature; it was not signed, so nothing was "
             "frozen, approved or issued.")},
        {"key-not-valid",
         QT_TRANSLATE_NOOP("nasti::Database",
                           "Your signing certificate is not valid now (it expired or was revoked); ask the "
                           "administrator to renew it. Nothing was signed.")},
        {"signature-object",
         QT_TRANSLATE_NOOP("nasti::Database", "A signature must be over the record's own hash.")},
        {"certificate-backdated",
         QT_TRANSLATE_NOOP("nasti::Database", "A certificate cannot be valid from before it was made.")},
    };
    for (const Entry &e : entries) {
        if (code == QLatin1String(e.code))
            return QCoreApplication::translate("nasti::Database", e.text);
    }
    return tr("The database refused the change (%1).").arg(code);
}

void Database::raise(const QSqlError &error, const QString &sql)
{
    const QString dbText = error.databaseText().trimmed();
    const QString rule = explainTriggerMessage(dbText + QLatin1Char(' ') + error.driverText());
    if (dbText.contains(QLatin1String("nasti:file-moved")) ||
        dbText.contains(QLatin1String("movements_file_id_file_version_key")))
        fail(NastiError::Kind::Conflict,
             tr("The file has moved or changed meanwhile; nothing was done and your draft is kept."));
    if (!rule.isEmpty())
        fail(NastiError::Kind::Refused, rule);
    // Someone holds a lock too long (lock_timeout), or a statement ran past its time.
    const QString code = error.nativeErrorCode();
    if (m_dialect.isPostgres() && (code == QLatin1String("55P03") || code == QLatin1String("57014"))) {
        if (code == QLatin1String("55P03")) {
            if (m_txDepth == 0)
                unblock();
            else
                m_lockTimedOut = true;
        }
        fail(NastiError::Kind::Database,
             tr("The database is busy; nothing was changed. Try again in a moment."));
    }
    // PostgreSQL's grants and row-level security said no (insufficient_privilege).
    if (m_dialect.isPostgres() && error.nativeErrorCode() == QLatin1String("42501"))
        fail(NastiError::Kind::Refused, explainTriggerMessage(QStringLiteral("nasti:not-authorised")));
    QString text = oneLine(dbText.isEmpty() ? error.text() : dbText);
    if (text.isEmpty() && !handle().isOpen())
        text = tr("the connection to the database is closed");
    else if (text.isEmpty())
        text = tr("the database gave no reason (the connection may have been lost)");
    Q_UNUSED(sql);
    if (m_dialect.isUniqueViolation(error))
        fail(NastiError::Kind::Conflict, tr("The database refused a duplicate: %1").arg(text));
    fail(NastiError::Kind::Database, tr("Database error: %1").arg(text));
}

int Database::linkEvents(bool wait)
{
    const QString sql = m_dialect.linkEvents(wait);
    if (sql.isEmpty() || m_linkerMissing || m_txDepth > 0)
        return 0;
    QSqlQuery q(handle());
    if (q.exec(sql) && q.next()) {
        const int linked = q.value(0).toInt();
        if (linked == -2) // the linker's lock is being kept: end the session keeping it
            unblock();
        return linked;
    }
    const QSqlError error = q.lastError();
    // 42883: undefined function, a database not yet at step 16 (it links at COMMIT);
    // 25006: a read-only standby (the review's replica), where the primary links.
    if (error.nativeErrorCode() == QLatin1String("42883") ||
        error.nativeErrorCode() == QLatin1String("25006")) {
        m_linkerMissing = true;
        return 0;
    }
    // 55P03: a linker held the lock beyond the quarter second it may take; a session that
    // keeps it (a user holding the statement open) is ended by nasti_unblock().
    if (error.nativeErrorCode() == QLatin1String("55P03"))
        unblock();
    else
        qWarning("nasti: linking events into the chain after COMMIT failed (the next linker will): %s",
                 qPrintable(error.text().simplified()));
    return 0;
}

void Database::linkAfterCommit()
{
    // Link while there is something to link, a few rounds at most. Refused (another linker at
    // work): stop at once, since that linker goes on in rounds that read the queue afresh and
    // takes this COMMIT's events along (schema step 21 says why one call is enough).
    for (int round = 0; round < 4; ++round) {
        if (linkEvents(false) <= 0)
            return; // nothing left, refused, or unblocked (see linkEvents())
    }
}

void Database::unblock()
{
    m_lockTimedOut = false;
    QSqlQuery q(handle());
    if (!q.exec(QStringLiteral("SELECT nasti_unblock()")))
        qDebug("nasti_unblock: %s", qPrintable(q.lastError().text()));
}

} // namespace nasti
