#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace nasti {

class Database;

// The append-only, hash-chained record of everything that happens.
//
// Each event's hash is SHA-256 over the previous hash and the event's fields, and
// each history row (movement, frozen note, receipt, paper, link) is named in an
// event together with a hash of its columns. verify() recomputes both, so any
// UPDATE, DELETE or INSERT made behind the services' back — with psql or sqlite3,
// triggers disabled — is found and reported with the first broken link.
class EventLog
{
public:
    struct ChainHead
    {
        qint64 seq = 0;
        QString hash;
    };

    struct RowRef
    {
        QString table;
        qint64 id = 0;
        QString hash;
    };

    struct VerifyResult
    {
        bool ok = true;
        qint64 eventsChecked = 0;
        qint64 rowsChecked = 0;
        qint64 signaturesChecked = 0;
        ChainHead head;
        QString problem; // one translated line naming the first broken link
    };

    // PostgreSQL links events just after COMMIT (schema step 16); one still unlinked this
    // long after it was queued is a break that verify reports.
    static constexpr qint64 kMaxUnlinkedMs = 60 * 1000;

    explicit EventLog(Database &db) : m_db(db) {}

    // Appends an event the database cannot derive from a changed row (a bulk seed, a
    // failed sign-in on SQLite) to event_queue, which the database links into the chain.
    // Everything else is recorded by the triggers of schema step 8.
    void append(qint64 at, const QString &kind, qint64 userId, qint64 postId, qint64 fileId,
                QJsonObject payload, const std::optional<RowRef> &row = std::nullopt);

    // Inserts a history row and returns its id and row hash (columns in the
    // table's fixed hashing order; values as bound).
    RowRef insertHistoryRow(const QString &table, const QVariantMap &values);

    // Recomputes the hash of a frozen note from its columns.
    static QString noteHash(const QVariantMap &noteColumns);
    // The hash of a stored row as the event log records it (with some columns taken as
    // they are about to be set); empty when there is no such row.
    static QString storedRowHash(Database &db, const QString &table, qint64 id,
                                 const QVariantMap &overrides = {});
    // Hash of a row given its columns by name, in the table's hashing order.
    static QString rowHash(const QString &table, const QVariantMap &columns);
    static QString eventHash(const QString &prevHash, qint64 seq, qint64 at, const QString &kind,
                             qint64 userId, qint64 postId, qint64 fileId, const QString &payload);

    ChainHead head();
    // The cheap check a client makes at every start: the event at the remembered
    // position still has the remembered hash (so nothing at or before it was
    // rewritten) and every later event links to the one before. Reads only the
    // hash columns. Returns an empty string when intact, else the problem.
    QString checkSince(const ChainHead &remembered, ChainHead *current);
    // Walks the whole chain. With a remembered head, also checks that the event at
    // that position still has the hash seen then (catches a rewritten chain).
    VerifyResult verify(const std::optional<ChainHead> &remembered = std::nullopt);

private:
    Database &m_db;
};

} // namespace nasti
