#include "services/actionkey.h"

#include "db/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

#include <utility>

namespace nasti {

namespace {
thread_local ActionKey *t_current = nullptr;
}

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

ActionKey *ActionKey::current()
{
    return t_current;
}

ActionKey::Scope::Scope(ActionKey &key) : m_previous(std::exchange(t_current, &key)) {}

ActionKey::Scope::~Scope()
{
    t_current = m_previous;
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

ActionKey *KeyedCalls::active()
{
    // Keys are bound to a user: the administrator's own calls (no user signed in) take none.
    if (m_userId <= 0)
        return nullptr;
    if (!m_own.isNull())
        return &m_own;
    ActionKey *shared = ActionKey::current();
    return shared && !shared->isNull() ? shared : nullptr;
}

bool KeyedCalls::nested() const
{
    return m_db.transactionDepth() > 0;
}

bool KeyedCalls::begin(const QString &name, const char *kind, qint64 nowMs)
{
    m_replayed = false;
    m_db.setActing(m_userId, nowMs);
    if (const std::optional<QString> done = doneactions::recorded(m_db, m_userId, name)) {
        m_replayed = true;
        m_result = *done;
        return true;
    }
    m_call = name;
    m_kind = QString::fromLatin1(kind);
    return false;
}

bool KeyedCalls::afterConflict(const QString &name)
{
    if (nested())
        return false;
    if (const std::optional<QString> done = doneactions::recorded(m_db, m_userId, name)) {
        m_replayed = true;
        m_result = *done;
        return true;
    }
    return false;
}

void KeyedCalls::record(const QString &result, qint64 nowMs)
{
    if (m_call.isEmpty())
        return;
    const QString name = std::exchange(m_call, QString());
    if (!doneactions::record(m_db, m_userId, name, m_kind, result, nowMs))
        fail(NastiError::Kind::Conflict,
             QCoreApplication::translate("nasti::KeyedCalls",
                                         "This action was done already; it was not done again."));
}

} // namespace nasti
