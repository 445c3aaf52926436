#pragma once

#include "db/database.h"

#include <utility>

namespace nasti {

// Rolls back unless committed. Nested guards join the outer transaction, so a
// service can call another service inside its own transaction.
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(db)
    {
        if (m_db.m_txDepth++ == 0) {
            try {
                m_db.execRaw(m_db.dialect().beginWrite());
            } catch (...) {
                --m_db.m_txDepth;
                throw;
            }
            m_outer = true;
        }
    }
    ~Transaction()
    {
        if (!m_done) {
            --m_db.m_txDepth;
            if (m_outer) {
                try {
                    m_db.execRaw(QStringLiteral("ROLLBACK"));
                    if (m_db.m_lockTimedOut)
                        m_db.unblock();
                } catch (...) {
                    // The connection may be gone; nothing more to undo.
                }
            }
        }
    }
    void commit()
    {
        m_done = true;
        --m_db.m_txDepth;
        if (m_outer) {
            m_db.execRaw(QStringLiteral("COMMIT"));
            m_db.linkAfterCommit();
        }
    }

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    Database &m_db;
    bool m_outer = false;
    bool m_done = false;
};

} // namespace nasti
