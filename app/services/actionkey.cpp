#include "services/actionkey.h"

#include "db/database.h"

#include <QSqlQuery>
#include <QUuid>

namespace nasti {

ActionKey ActionKey::fresh()
{
    return ActionKey(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QString ActionKey::next()
{
    if (m_base.isEmpty())
        return {};
    ++m_calls;
    return m_calls == 1 ? m_base : m_base + QLatin1Char('/') + QString::number(m_calls);
}

namespace doneactions {

std::optional<QString> recorded(Database &db, qint64 userId, const QString &key)
{
    QSqlQuery &q =
        db.isPostgres()
            ? db.exec(QStringLiteral("SELECT nasti_action_result(:k)"), {{QStringLiteral("k"), key}})
            : db.exec(
                  QStringLiteral("SELECT result FROM done_actions WHERE user_id = :u AND action_key = :k"),
                  {{QStringLiteral("u"), userId}, {QStringLiteral("k"), key}});
    std::optional<QString> result;
    if (q.next() && !q.value(0).isNull())
        result = q.value(0).toString();
    q.finish();
    return result;
}

bool record(Database &db, qint64 userId, const QString &key, const QString &kind, const QString &result,
            qint64 nowMs)
{
    if (db.isPostgres())
        return db
            .scalar(
                QStringLiteral("SELECT nasti_action_done(:k, :kind, :r)"),
                {{QStringLiteral("k"), key}, {QStringLiteral("kind"), kind}, {QStringLiteral("r"), result}})
            .toBool();
    QSqlQuery &q =
        db.exec(QStringLiteral("INSERT INTO done_actions (user_id, action_key, kind, result, done_at) "
                               "VALUES (:u, :k, :kind, :r, :now) ON CONFLICT DO NOTHING"),
                {{QStringLiteral("u"), userId},
                 {QStringLiteral("k"), key},
                 {QStringLiteral("kind"), kind},
                 {QStringLiteral("r"), result},
                 {QStringLiteral("now"), nowMs}});
    const int rows = q.numRowsAffected();
    q.finish();
    return rows == 1;
}

} // namespace doneactions
} // namespace nasti
