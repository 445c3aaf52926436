#pragma once

#include "db/dburl.h"
#include "db/dialect.h"
#include "db/sqlitefunctions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace nasti {

// One open connection, owned by the thread that opened it (QtSql's rule).
// Wraps QSqlDatabase rather than inheriting it; every statement goes through
// exec(), which prepares (and caches) the statement, binds named values and
// turns any failure into a NastiError with a readable message.
class Database
{
public:
    // Opens a new named connection. Throws NastiError(Database) if it cannot.
    static std::unique_ptr<Database> open(const DbUrl &url);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DbUrl &url() const { return m_url; }
    const Dialect &dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect.isPostgres(); }
    QSqlDatabase handle() const;
    QString connectionName() const { return m_name; }

    // Prepared, cached, bound, executed. Keys of binds are placeholder names without ':'.
    QSqlQuery &exec(const QString &sql, const QVariantMap &binds = {});
    // Runs a statement as is, without preparing (DDL, scripts, SET ...).
    void execRaw(const QString &sql);
    // Convenience: first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantMap &binds = {});

    // Maps a driver error to a NastiError; recognises the "nasti:" messages our
    // triggers raise and turns them into translated sentences.
    [[noreturn]] void raise(const QSqlError &error, const QString &sql);
    static QString explainTriggerMessage(const QString &databaseText);

    // Who acts, and the services' clock, for what the database derives (schema step 8):
    // SQLite's triggers read them through nasti_actor() and nasti_now_ms(); on
    // PostgreSQL a trusted (owner) connection passes the user in nasti.user_id, while
    // a user's own login is always session_user and the server's clock.
    void setActing(qint64 userId, qint64 nowMs);
    void setTriggerTime(qint64 nowMs) { m_acting.nowMs.store(nowMs); }
    // Tests: sees every statement before it runs, on the thread that runs it
    // (counting queries per action, proving the GUI thread runs none). Calls
    // are serialised; an empty observer switches it off.
    using QueryObserver = std::function<void(const QString &sql)>;
    static void setQueryObserver(QueryObserver observer);
    // Whether the connection still answers (after an error: lost, or only refused?).
    bool ping();

    int transactionDepth() const { return m_txDepth; }

    // What changes rarely (the holidays, the database's id), kept on this connection for up
    // to maxAgeMs (0: for its life) so that a list or a file does not read it each time;
    // load() reads it on a miss. forget(): this connection changed it.
    QVariant memo(const QString &key, qint64 maxAgeMs, const std::function<QVariant()> &load);
    void forget(const QString &key) { m_memo.erase(key); }

    // PostgreSQL: links the events committed so far into the hash chain (schema step 16);
    // the queue is linked just after COMMIT, not at it, so writers do not wait for each
    // other's WAL flush. wait: for a linker at work (a quarter second at most), as readers
    // of events do first (the review's and verify's snapshot, the sign-in check), so they
    // see everything committed before; ticks do not wait. Returns how many were linked
    // (-1: another linker was at work and wait was false; -2: one has kept it so long that
    // nasti_unblock() was called). A failure is logged, not
    // thrown: what committed stays done, and the next linker takes the events along.
    int linkEvents(bool wait = true);
    // Transaction::commit(), just after COMMIT: links without waiting, and goes on while it
    // finds events (those that committed while it linked), a few rounds at most; when
    // another linker is at work, that one (or the next commit, or a tick) takes them.
    void linkAfterCommit();

private:
    friend class Transaction;
    // PostgreSQL: ends users' sessions that hold locks while idle (nasti_unblock()).
    void unblock();
    Database(const DbUrl &url, const QString &name);

    DbUrl m_url;
    Dialect m_dialect;
    QString m_name;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    struct Memo
    {
        QVariant value;
        QElapsedTimer age;
    };
    std::unordered_map<QString, Memo> m_memo;
    int m_txDepth = 0;
    ActingContext m_acting;
    qint64 m_pgActor = -1;
    bool m_lockTimedOut = false;  // PostgreSQL: unblock the office after the rollback
    bool m_linkerMissing = false; // an older schema (before step 16) links at COMMIT itself
};

} // namespace nasti
