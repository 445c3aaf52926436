#pragma once

#include "util/error.h"

#include <QString>

#include <optional>

namespace nasti {

class Database;

// The name of one action a user started (issue 19): a forward, a return, an approval, a
// note, a closing ... It is made when the user starts the action and kept while the action
// is tried again, so that a retry after a dropped connection (the COMMIT reached the server,
// its answer did not) finds the action done instead of doing it twice or refusing it as
// "moved meanwhile". An action made of several state-changing calls (a note saved, then the
// file forwarded) gives each call a key of its own, in order: base, base/2, base/3 ...
class ActionKey
{
public:
    ActionKey() = default; // none: the calls are not made idempotent
    explicit ActionKey(QString base) : m_base(std::move(base)) {}
    static ActionKey fresh(); // a new random UUID

    bool isNull() const { return m_base.isEmpty(); }
    const QString &base() const { return m_base; }
    // The key of the next state-changing call; empty for a null key.
    QString next();

    // The action under way on this thread (the client's job for one user action): services
    // without a key of their own take their calls' keys from it, in the order they are made.
    static ActionKey *current();
    class Scope
    {
    public:
        explicit Scope(ActionKey &key);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        ActionKey *m_previous;
    };

private:
    QString m_base;
    int m_calls = 0;
};

// The table of done actions (schema step 017). Keys are bound to the acting user: the
// server records a key for whoever is acting (session_user for a user's own login) and
// answers only about his own keys.
namespace doneactions {
// What the acting user's call named key answered, when it was done; nullopt when it was not.
std::optional<QString> recorded(Database &db, qint64 userId, const QString &key);
// In the call's transaction, before COMMIT. False when the key was recorded already (the
// caller rolls back and reports the recorded answer).
bool record(Database &db, qint64 userId, const QString &key, const QString &kind, const QString &result,
            qint64 nowMs);
} // namespace doneactions

// A service's keyed calls: once(kind, body) runs body (which opens its own transaction and
// calls record(result) just before its COMMIT) unless the call's key is recorded already, in
// which case it answers what was recorded. A call inside another's transaction takes no key.
class KeyedCalls
{
public:
    KeyedCalls(Database &db, qint64 userId) : m_db(db), m_userId(userId) {}
    void setKey(ActionKey key) { m_own = std::move(key); }
    bool replayed() const { return m_replayed; }

    template<class Body> QString once(const char *kind, qint64 nowMs, Body body)
    {
        ActionKey *key = active();
        if (!key || nested())
            return body();
        const QString name = key->next();
        if (begin(name, kind, nowMs))
            return m_result;
        try {
            QString result = body();
            m_call.clear();
            return result;
        } catch (const NastiError &e) {
            m_call.clear();
            // The first attempt may have committed while this one waited (its answer was lost,
            // not its COMMIT): this one then lost the compare-and-set to it, or found its key
            // taken. Its own transaction is rolled back by now.
            if (e.kind() == NastiError::Kind::Conflict && afterConflict(name))
                return m_result;
            throw;
        }
    }
    // In the call's transaction, just before COMMIT: the key goes in with the action's rows.
    void record(const QString &result, qint64 nowMs);

private:
    ActionKey *active();
    bool nested() const;
    bool begin(const QString &name, const char *kind, qint64 nowMs); // true: done before
    bool afterConflict(const QString &name);

    Database &m_db;
    qint64 m_userId;
    ActionKey m_own;
    QString m_call, m_kind, m_result;
    bool m_replayed = false;
};

} // namespace nasti
