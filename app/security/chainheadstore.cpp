#include "security/chainheadstore.h"

#include "db/database.h"
#include "util/clock.h"
#include "util/paths.h"

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
    // Read directly: security sits below the services.
    const QString id = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'database_id'")).toString();
    if (id.isEmpty())
        return {};
    const auto remembered = store.remembered(id);
    EventLog::ChainHead now;
    const QString problem = EventLog(db).checkSince(remembered.value_or(EventLog::ChainHead{}), &now);
    if (problem.isEmpty())
        store.remember(id, now);
    return problem;
}

} // namespace nasti
