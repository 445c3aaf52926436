#include "db/migrations.h"

#include "db/database.h"
#include "db/sqlscript.h"
#include "db/transaction.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

namespace nasti::migrations {

namespace {
struct Step
{
    int version;
    const char *name; // resource base name under :/schema
};

// Append only: a released step is never edited, a change is a new step.
constexpr Step kSteps[] = {
    {1, "001_core"},
    {2, "002_access"},
    {3, "003_review"},
    {4, "004_performance"},
    {5, "005_chain"},
    {6, "006_search"},
    {7, "007_review_rollup"},
    {8, "008_server_history"},
    {9, "009_drafts"},
    {10, "010_search_letters"},
    {11, "011_followup"},
    {12, "012_signatures"},
    {13, "013_receipt_category"},
    {14, "014_letter_search"},
    {15, "015_letter_issue_time"},
    {16, "016_chain_after_commit"},
    {17, "017_action_keys"},
    {18, "018_dsc_tokens"},
    {19, "019_receipt_pages_chain"},
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

int migrate(Database &db)
{
    Transaction tx(db);
    // Two clients starting at once must not both migrate.
    if (const QString lock = db.dialect().exclusiveWorkLock(7261001); !lock.isEmpty())
        db.execRaw(lock);
    if (!hasVersionTable(db))
        db.execRaw(QStringLiteral(
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"));
    const int current = currentVersion(db);
    if (current > latestVersion())
        fail(NastiError::Kind::Schema,
             QCoreApplication::translate("nasti::migrations",
                                         "This database has schema version %1, newer than this program "
                                         "understands (%2). Install the newer Nasti.")
                 .arg(current)
                 .arg(latestVersion()));
    int applied = 0;
    for (const Step &step : kSteps) {
        if (step.version <= current)
            continue;
        const QString base = QStringLiteral(":/schema/") + QString::fromLatin1(step.name);
        const QString shared = readResource(base + QStringLiteral(".sql"), true);
        const QString own =
            readResource(base + QLatin1Char('.') + db.dialect().name() + QStringLiteral(".sql"), false);
        for (const QString &statement : splitSqlScript(db.dialect().expand(shared + QLatin1Char('\n') + own)))
            db.execRaw(statement);
        db.exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (:v, :at)"),
                {{QStringLiteral("v"), step.version},
                 {QStringLiteral("at"), QDateTime::currentMSecsSinceEpoch()}});
        ++applied;
    }
    tx.commit();
    return applied;
}

} // namespace nasti::migrations
