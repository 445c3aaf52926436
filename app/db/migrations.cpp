#include "db/migrations.h"

#include "db/database.h"
#include "db/sqlscript.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace nasti::migrations {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::migrations", text);
}

struct Step
{
    int version;
    const char *name; // resource base name under :/schema
    // The oldest program (its latest step) that still works against a database with this
    // step: 0 for an "expand" step, which only adds what older programs never touch; the
    // step itself (or the first program that stopped relying on what it removes) for a
    // "contract" step. Steps 001-014 were written before this rule and were not judged
    // one by one: they count as contract steps. README, "Upgrading without stopping the
    // office", gives the reasons for 015-018.
    int compatibleFrom;
};

// Append only: a released step is never edited, a change is a new step.
constexpr Step kSteps[] = {
    {1, "001_core", 1},
    {2, "002_access", 2},
    {3, "003_review", 3},
    {4, "004_performance", 4},
    {5, "005_chain", 5},
    {6, "006_search", 6},
    {7, "007_review_rollup", 7},
    {8, "008_server_history", 8},
    {9, "009_drafts", 9},
    {10, "010_search_letters", 10},
    {11, "011_followup", 11},
    {12, "012_signatures", 12},
    {13, "013_receipt_category", 13},
    {14, "014_letter_search", 14},
    // An index and a SECURITY DEFINER function that older programs never call.
    {15, "015_letter_issue_time", 0},
    // Contract: the chain is linked after COMMIT by the writer's own client (it calls
    // nasti_link_events()); a program before 016 does not, so its events would wait
    // unlinked (and its inbox notifications unsent) until a newer client links them.
    {16, "016_chain_after_commit", 16},
    // A new table and two functions; an older program just records no action keys.
    {17, "017_action_keys", 0},
    // New tables, and triggers that revoke a disabled officer's tokens whoever disables
    // him; an older program has no tokens to use.
    {18, "018_dsc_tokens", 0},
    // A function the newer client calls for a receipt's page count, and a faster linker
    // with the same name and result; an older program's queries and calls work unchanged.
    {19, "019_receipt_pages_chain", 0},
    // A function only the newer review calls, and the week's movements' index rebuilt with
    // their arrival (concurrently, beside the office's writes); older queries use it as the old.
    {20, "020_review_scale", 0},
    // The linker with the same name and result, cheaper when another linker is at work.
    {21, "021_linker_calls", 0},
    // The search function with the same name and result, choosing its plan by the prefix's size.
    {22, "022_search_prefix", 0},
    // A function only the newer review calls.
    {23, "023_review_pending", 0},
    // New tables only the newer review reads and close-days writes; an older program's
    // review computes the running week from history as before.
    {24, "024_review_days", 0},
    // The same functions keeping their plans, and the same custody check read by key.
    {25, "025_trigger_plans", 0},
    // A new table the linker writes and the newer notifier reads; the linker still sends the
    // NOTIFY that an older program LISTENs for, and answers -2 only when an event has waited.
    {26, "026_inbox_stamps", 0},
};

// How long a PostgreSQL step may wait for a lock before it gives way (SQLSTATE 55P03).
const QLatin1String kLockNotAvailable("55P03");

// A step's transaction gave way to a lock it could not get in time.
struct LockTimedOut
{
    QString detail;
};

QString readResource(const QString &path, bool required)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (required)
            fail(NastiError::Kind::Schema, QStringLiteral("Missing schema resource %1").arg(path));
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

bool hasVersionTable(Database &db)
{
    return db.scalar(db.dialect().tableExistsQuery(),
                     {{QStringLiteral("name"), QStringLiteral("schema_version")}})
               .toInt() > 0;
}

bool hasCompatibilityColumn(Database &db)
{
    return db.scalar(db.dialect().columnExistsQuery(),
                     {{QStringLiteral("table"), QStringLiteral("schema_version")},
                      {QStringLiteral("column"), QStringLiteral("compatible_from")}})
               .toInt() > 0;
}

// Runs one statement of a step; a lock not had within lock_timeout is told apart from
// every other failure (which the Database turns into its usual error).
void execStep(Database &db, const QString &sql)
{
    QSqlQuery query(db.handle());
    if (query.exec(sql))
        return;
    const QSqlError error = query.lastError();
    if (db.isPostgres() && error.nativeErrorCode() == kLockNotAvailable)
        throw LockTimedOut{oneLine(error.databaseText())};
    db.raise(error, sql);
}

void rollback(Database &db)
{
    QSqlQuery query(db.handle());
    query.exec(QStringLiteral("ROLLBACK")); // the connection may be gone; nothing to undo then
}

// The bookkeeping, in its own short transaction: the version table and its compatibility
// column (added to databases made before the column existed, and filled in from this
// program's declarations for the steps it knows).
void prepareVersionTable(Database &db, const Options &options)
{
    const bool table = hasVersionTable(db);
    if (table && hasCompatibilityColumn(db))
        return;
    execStep(db, db.dialect().beginWrite());
    try {
        if (db.isPostgres()) {
            execStep(db, QStringLiteral("SET LOCAL lock_timeout = %1").arg(options.lockTimeoutMs));
            execStep(db, db.dialect().exclusiveWorkLock(7261001));
        }
        if (!hasVersionTable(db))
            execStep(db,
                     QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at "
                                    "BIGINT NOT NULL, compatible_from INTEGER)"));
        else if (!hasCompatibilityColumn(db))
            execStep(db, QStringLiteral("ALTER TABLE schema_version ADD COLUMN compatible_from INTEGER"));
        for (const Step &step : kSteps)
            db.exec(QStringLiteral("UPDATE schema_version SET compatible_from = :c WHERE version = :v AND "
                                   "compatible_from IS NULL"),
                    {{QStringLiteral("c"), step.compatibleFrom}, {QStringLiteral("v"), step.version}});
        execStep(db, QStringLiteral("COMMIT"));
    } catch (...) {
        rollback(db);
        throw;
    }
}

// A PostgreSQL step's indexes on large tables (<step>.concurrent.postgresql.sql): built with
// CREATE INDEX CONCURRENTLY before the step's transaction, one statement at a time outside any
// transaction, so writers are never blocked while 10 million movements are indexed. Each
// statement may be run again: an index left invalid by a build that was cut off is dropped
// and built anew; IF [NOT] EXISTS makes the rest idempotent. Migrators take turns on a session
// lock, as they do on steps.
void buildConcurrently(Database &db, const QString &script)
{
    static const QRegularExpression createIndex(
        QStringLiteral("CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\s+IF\\s+NOT\\s+EXISTS\\s+(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    execStep(db, QStringLiteral("SELECT pg_advisory_lock(7261002)"));
    try {
        for (const QString &statement : splitSqlScript(script)) {
            const QRegularExpressionMatch m = createIndex.match(statement);
            if (m.hasMatch() &&
                db.scalar(QStringLiteral("SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                                         "WHERE c.relname = :n AND NOT i.indisvalid"),
                          {{QStringLiteral("n"), m.captured(1)}})
                    .isValid())
                execStep(db, QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1").arg(m.captured(1)));
            execStep(db, statement);
        }
    } catch (...) {
        QSqlQuery(db.handle()).exec(QStringLiteral("SELECT pg_advisory_unlock(7261002)"));
        throw;
    }
    execStep(db, QStringLiteral("SELECT pg_advisory_unlock(7261002)"));
}

// One step in one transaction. Returns false when the step was already there (another
// migrator got to it first).
bool applyStep(Database &db, const Step &step, const Options &options)
{
    if (db.isPostgres()) {
        const QString concurrent = readResource(QStringLiteral(":/schema/") + QString::fromLatin1(step.name) +
                                                    QStringLiteral(".concurrent.postgresql.sql"),
                                                false);
        if (!concurrent.isEmpty() && currentVersion(db) < step.version)
            buildConcurrently(db, concurrent);
    }
    execStep(db, db.dialect().beginWrite());
    try {
        if (db.isPostgres()) {
            // Waiting for a lock behind a long reader would queue every writer of that table
            // behind this step: give way after lockTimeoutMs instead, and try again later.
            execStep(db, QStringLiteral("SET LOCAL lock_timeout = %1").arg(options.lockTimeoutMs));
            // Two migrators at once take turns, step by step.
            execStep(db, db.dialect().exclusiveWorkLock(7261001));
        }
        if (currentVersion(db) >= step.version) {
            rollback(db);
            return false;
        }
        const QString base = QStringLiteral(":/schema/") + QString::fromLatin1(step.name);
        const QString shared = readResource(base + QStringLiteral(".sql"), true);
        const QString own =
            readResource(base + QLatin1Char('.') + db.dialect().name() + QStringLiteral(".sql"), false);
        for (const QString &statement : splitSqlScript(db.dialect().expand(shared + QLatin1Char('\n') + own)))
            execStep(db, statement);
        db.exec(
            QStringLiteral("INSERT INTO schema_version (version, applied_at, compatible_from) VALUES (:v, "
                           ":at, :c)"),
            {{QStringLiteral("v"), step.version},
             {QStringLiteral("at"), QDateTime::currentMSecsSinceEpoch()},
             {QStringLiteral("c"), step.compatibleFrom}});
        execStep(db, QStringLiteral("COMMIT"));
        return true;
    } catch (...) {
        rollback(db);
        throw;
    }
}

void say(const Options &options, const QString &line)
{
    if (options.progress)
        options.progress(line);
}
} // namespace

int latestVersion()
{
    return kSteps[std::size(kSteps) - 1].version;
}

int currentVersion(Database &db)
{
    if (!hasVersionTable(db))
        return 0;
    return db.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")).toInt();
}

Compatibility compatibility(Database &db)
{
    Compatibility c;
    c.program = latestVersion();
    c.database = currentVersion(db);
    if (c.database == 0)
        c.state = Compatibility::State::Empty;
    else if (c.database < c.program)
        c.state = Compatibility::State::Older;
    else if (c.database == c.program)
        c.state = Compatibility::State::Current;
    else {
        // Every newer step must say it works with this program. A database whose version
        // table has no declarations (written by a program before this rule) says nothing,
        // and a step without one counts as a contract step of its own version.
        c.state = Compatibility::State::NewerCompatible;
        QSqlQuery &q =
            hasCompatibilityColumn(db)
                ? db.exec(
                      QStringLiteral("SELECT version, COALESCE(compatible_from, version) FROM schema_version "
                                     "WHERE version > :p ORDER BY version"),
                      {{QStringLiteral("p"), c.program}})
                : db.exec(QStringLiteral(
                              "SELECT version, version FROM schema_version WHERE version > :p ORDER BY "
                              "version"),
                          {{QStringLiteral("p"), c.program}});
        while (q.next()) {
            const int step = q.value(0).toInt();
            const int from = q.value(1).toInt();
            if (from > c.program) {
                c.state = Compatibility::State::NewerIncompatible;
                c.blockingStep = step;
                c.needs = from;
                break;
            }
        }
        q.finish();
    }
    return c;
}

QString refusal(const Compatibility &c, const QString &databaseName)
{
    switch (c.state) {
    case Compatibility::State::Empty:
        return tr("The database %1 is empty; run nasti-admin init first.").arg(databaseName);
    case Compatibility::State::Older:
        return tr("The database %1 has schema version %2, older than this program's %3: it has not been "
                  "upgraded yet. Ask the administrator to run nasti-admin migrate on it; then sign in again.")
            .arg(databaseName)
            .arg(c.database)
            .arg(c.program);
    case Compatibility::State::NewerIncompatible:
        return tr("The database %1 has schema version %2, newer than this program's %3, and its step %4 "
                  "works "
                  "only with programs of schema %5 or newer. Install the newer Nasti (ask the administrator "
                  "for the update).")
            .arg(databaseName)
            .arg(c.database)
            .arg(c.program)
            .arg(c.blockingStep)
            .arg(c.needs);
    case Compatibility::State::Current:
    case Compatibility::State::NewerCompatible:
        break;
    }
    return {};
}

std::vector<StepReport> migrate(Database &db, const Options &options)
{
    const int target = options.upTo > 0 ? options.upTo : latestVersion();
    if (target > latestVersion())
        fail(NastiError::Kind::Invalid,
             tr("This program knows schema steps up to %1; it cannot migrate to %2.")
                 .arg(latestVersion())
                 .arg(target));
    if (db.transactionDepth() > 0)
        fail(
            NastiError::Kind::Invalid,
            QStringLiteral("migrations::migrate runs each step in a transaction of its own, not inside one"));
    if (hasVersionTable(db)) {
        const Compatibility c = compatibility(db);
        if (c.state == Compatibility::State::NewerIncompatible)
            fail(NastiError::Kind::Schema, refusal(c, db.url().display()));
        if (c.state == Compatibility::State::NewerCompatible)
            return {}; // a newer program migrated it; this one works with it as it is
    }
    prepareVersionTable(db, options);
    std::vector<StepReport> reports;
    for (const Step &step : kSteps) {
        if (step.version > target)
            break;
        if (step.version <= currentVersion(db))
            continue;
        say(options, tr("step %1 (%2): started").arg(step.version).arg(QString::fromLatin1(step.name)));
        StepReport report{step.version, QString::fromLatin1(step.name), 0, 1};
        int waitMs = options.backoffMs;
        for (;; ++report.attempts) {
            QElapsedTimer timer;
            timer.start();
            try {
                const bool applied = applyStep(db, step, options);
                report.elapsedMs = timer.elapsed();
                if (!applied) {
                    say(options, tr("step %1: already applied by another migrator").arg(step.version));
                    break;
                }
                say(options, tr("step %1 (%2): done in %3 ms")
                                 .arg(step.version)
                                 .arg(report.name)
                                 .arg(report.elapsedMs));
                reports.push_back(report);
                break;
            } catch (const LockTimedOut &e) {
                if (report.attempts >= std::max(1, options.attempts))
                    fail(NastiError::Kind::Database,
                         tr("Schema step %1 (%2) could not get its locks in %3 attempts of %4 ms each: "
                            "another "
                            "session keeps a lock on a table it changes (a long query or a transaction left "
                            "open; see pg_stat_activity). Nothing of step %1 was done; steps before it are. "
                            "Run "
                            "nasti-admin migrate again when that session has ended. (%5)")
                             .arg(step.version)
                             .arg(report.name)
                             .arg(report.attempts)
                             .arg(options.lockTimeoutMs)
                             .arg(e.detail));
                say(options,
                    tr("step %1: no lock within %2 ms (attempt %3 of %4); rolled back, trying again in "
                       "%5 ms")
                        .arg(step.version)
                        .arg(options.lockTimeoutMs)
                        .arg(report.attempts)
                        .arg(options.attempts)
                        .arg(waitMs));
                QThread::msleep(static_cast<unsigned long>(std::max(0, waitMs)));
                waitMs *= 2;
            }
        }
    }
    return reports;
}

int migrate(Database &db, int upTo)
{
    Options options;
    options.upTo = upTo;
    return static_cast<int>(migrate(db, options).size());
}

} // namespace nasti::migrations
