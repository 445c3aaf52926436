#pragma once

#include "db/database.h"

namespace nasti {

// Reads everything in one snapshot, so several queries of a report agree with
// each other (the review: the pendency now and the history since the week's end,
// from which the week-end state is rebuilt). Nested snapshots share the outer
// one (depth counts them); inside a write transaction it opens nothing.
class ReadSnapshot
{
public:
    ReadSnapshot(Database &db, int &depth) : m_db(db), m_depth(depth)
    {
        if (m_depth++ == 0 && m_db.transactionDepth() == 0) {
            // What committed before is in the snapshot's events too (PostgreSQL links the
            // chain just after COMMIT, schema step 16).
            m_db.linkEvents(true);
            m_db.execRaw(m_db.dialect().beginReadSnapshot());
            m_open = true;
            if (const QString settings = m_db.dialect().readSnapshotSettings(); !settings.isEmpty())
                m_db.execRaw(settings);
        }
    }
    ~ReadSnapshot()
    {
        --m_depth;
        if (m_open) {
            try {
                m_db.execRaw(QStringLiteral("COMMIT"));
            } catch (...) {
                // Read-only: nothing to lose.
            }
        }
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Database &m_db;
    int &m_depth;
    bool m_open = false;
};

} // namespace nasti
