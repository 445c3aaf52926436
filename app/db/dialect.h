#pragma once

#include "db/dburl.h"

#include <QSqlError>
#include <QString>
#include <QVariantMap>

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
    // Statement that serialises one kind of work across connections until the
    // transaction ends (PostgreSQL: an advisory lock), or "" where the write
    // transaction already does (SQLite's BEGIN IMMEDIATE).
    QString exclusiveWorkLock(qint64 key) const;
    // A query of one count: whether the table :name exists in the current schema.
    QString tableExistsQuery() const;
    // A query of one count: whether the table :table has the column :column.
    QString columnExistsQuery() const;
    // Row lock suffix for SELECT (SQLite serialises writers with BEGIN IMMEDIATE instead).
    QString forUpdate() const;

    // Rule 4's "created or held by one of these posts" for the files row alias (posts:
    // a comma-separated id list). PostgreSQL keeps the posts on the row (files.chain_posts,
    // schema step 6); SQLite in the file_chain table.
    QString onChainClause(const QString &alias, const QString &posts) const;

    // A query of (id, rank) for the files whose number starts with :p (up to :pe, both
    // bound by the caller) or whose subject and notes (frozen, or the session's own
    // drafts) hold every word as a prefix, visible to the scope, best rank first, at
    // most limit rows. Binds the words itself. PostgreSQL runs it in
    // nasti_search_files(), which applies rule 4 itself for a user's own login.
    struct SearchScope
    {
        QString posts;    // comma-separated post ids of the session
        QString sections; // comma-separated section ids
        bool reviewer = false;
        QString visible; // rule 4 on alias f (SQLite)
    };
    QString fileSearchHits(const SearchScope &scope, const QStringList &words, int limit,
                           QVariantMap *binds) const;
    static QStringList searchWords(const QString &text);

    // PostgreSQL numbers files and receipts in its own triggers (users have no grant on
    // counters); SQLite's single desktop numbers them in the service.
    bool serverNumbers() const { return isPostgres(); }
    // Puts a user on a post (charge handover); binds :post and :user. PostgreSQL: the
    // definer function that is the administrator's only way to do it.
    QString transferCharge() const;

    // The weekly review's SQL, reading PostgreSQL's review_* views (schema step 8: every
    // file counted, graded content blanked where the reader may not see it) instead of
    // the base tables, which show a reviewer or head only what he may read.
    QString reviewSql(const QString &sql) const;

    // The chain's links from sequence number :s on (seq, prev_hash, hash), for the
    // sign-in check. PostgreSQL: through nasti_chain_links(), since row-level security
    // hides other files' events.
    QString chainLinksSince() const;
    // PostgreSQL (schema step 16): links every committed queued event into the chain, for a
    // client right after its COMMIT (waits for a linker at work) or a tick (does not).
    // SQLite links at once, in the writing transaction: empty.
    QString linkEvents(bool wait) const;

    bool isUniqueViolation(const QSqlError &error) const;
    bool isRetryable(const QSqlError &error) const; // serialization failure, deadlock, busy

private:
    Backend m_backend;
};

} // namespace nasti
