#include "security/chainheadstore.h"

#include "db/database.h"
#include "util/clock.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QSettings>

namespace nasti {

ChainHeadStore::ChainHeadStore(QString path)
    : m_path(path.isEmpty() ? paths::dataDir() + QStringLiteral("/chain-heads.ini") : std::move(path))
{
}

std::optional<EventLog::ChainHead> ChainHeadStore::remembered(const QString &databaseId) const
{
    QSettings store(m_path, QSettings::IniFormat);
    store.beginGroup(QStringLiteral("heads"));
    const QString value = store.value(databaseId).toString();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seq = value.section(QLatin1Char(':'), 0, 0).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return EventLog::ChainHead{seq, value.section(QLatin1Char(':'), 1)};
}

void ChainHeadStore::remember(const QString &databaseId, const EventLog::ChainHead &head)
{
    QSettings store(m_path, QSettings::IniFormat);
    store.beginGroup(QStringLiteral("heads"));
    store.setValue(databaseId, QString::number(head.seq) + QLatin1Char(':') + head.hash);
    store.sync();
}

} // namespace nasti

namespace nasti {

QString checkRememberedChainHead(Database &db, ChainHeadStore &store)
{
    return checkChainHead(db, store).problem;
}

QString olderDatabaseProblem(qint64 missingSeq)
{
    return QCoreApplication::translate("nasti::ChainHeadStore",
                                       "This database is older than the one this computer saw last (event %1 "
                                       "missing): it was restored from a backup or rolled back.")
        .arg(missingSeq);
}

ChainCheck checkChainHead(Database &db, ChainHeadStore &store)
{
    ChainCheck check;
    // Read directly: security sits below the services.
    const QString id =
        db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'database_id'")).toString();
    if (id.isEmpty())
        return check;
    const auto remembered = store.remembered(id);
    EventLog::ChainHead now;
    check.problem = EventLog(db).checkSince(remembered.value_or(EventLog::ChainHead{}), &now);
    if (check.problem.isEmpty()) {
        store.remember(id, now);
        return check;
    }
    if (remembered && now.seq < remembered->seq) {
        check.outcome = ChainCheck::Outcome::Older;
        check.missing = now.seq + 1;
        check.problem = olderDatabaseProblem(check.missing);
        store.remember(id, now); // said once; the office goes on from the restored state
    } else {
        check.outcome = ChainCheck::Outcome::Altered;
    }
    return check;
}

} // namespace nasti
