#pragma once

#include "db/dburl.h"

#include <QSqlError>
#include <QString>

namespace nasti {

// Every difference between SQLite and PostgreSQL SQL lives here, so the rest of
// the code (migrations, services, queries) is written once.
class Dialect
{
public:
    explicit Dialect(Backend backend) : m_backend(backend) {}

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }
    QString driverName() const;
    QString name() const; // "sqlite" or "postgresql": the suffix of dialect-only schema files

    // Replaces the tokens used by the shared schema scripts:
    //   {{PK}}      auto-increment primary key that never reuses ids
    //   {{BLOB}}    binary column
    //   {{BINARY}}  byte-wise collation for codes and numbers searched by prefix
    QString expand(const QString &sql) const;

    // Statement that opens a write transaction: SQLite takes the write lock at once
    // (BEGIN IMMEDIATE) so two writers never deadlock upgrading a read lock.
    QString beginWrite() const;
    // Statement that opens a read-only transaction seeing one snapshot throughout
    // (several queries of a report agree with each other).
    QString beginReadSnapshot() const;
    // Settings for such a transaction's long read-only queries (PostgreSQL: no JIT,
    // whose compile time exceeds the queries' own), or "" when there are none.
    QString readSnapshotSettings() const;
    // Row lock suffix for SELECT (SQLite serialises writers with BEGIN IMMEDIATE instead).
    QString forUpdate() const;

    // Full-text search over file subjects and (frozen or own draft) note bodies:
    // SELECTs of matching file ids, to be UNIONed, with :fts bound to
    // ftsQuery(words) and ownPosts naming the session's post ids.
    QStringList fileTextCandidates(const QString &ownPosts) const;
    static QStringList searchWords(const QString &text);
    QString ftsQuery(const QStringList &words) const;

    bool isUniqueViolation(const QSqlError &error) const;
    bool isRetryable(const QSqlError &error) const; // serialization failure, deadlock, busy

private:
    Backend m_backend;
};

} // namespace nasti
