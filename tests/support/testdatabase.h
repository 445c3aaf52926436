#pragma once

#include "db/database.h"
#include "services/session.h"
#include "util/clock.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace nasti::test {

// A fresh, migrated database per test case on the backend named by
// NASTI_TEST_BACKEND (sqlite, the default, or postgresql). PostgreSQL needs
// NASTI_TEST_PG_URL (a superuser URL on a throwaway cluster); without it the
// test FAILS rather than skip, so CI can never pass on SQLite alone.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    static Backend backend();
    static QString backendName();

    // Creates (and migrates, unless migrate=false) a new empty database.
    std::unique_ptr<Database> create(bool migrate = true);
    // The URL of the most recently created database (for a second connection).
    DbUrl url() const { return m_lastUrl; }
    // A superuser connection URL (PostgreSQL) for tampering tests.
    DbUrl adminUrl() const { return m_lastUrl; }
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }
    // PostgreSQL: the prefix of the login roles of the most recent database.
    QString rolePrefix() const { return m_rolePrefix; }

private:
    QTemporaryDir m_dir;
    QStringList m_pgDatabases;
    QStringList m_rolePrefixes;
    QString m_rolePrefix;
    DbUrl m_lastUrl;
    int m_counter = 0;
};

// A small office: GAD (GAD-1: ASST-GAD1 -> SO-GAD1 -> US-GAD -> DS-GAD),
// FIN (FIN-1: ASST-FIN1 -> SO-FIN1 -> US-FIN), and CS. Logins clerk.gad1,
// so.gad1, us.gad, ds.gad, clerk.fin1, so.fin1, us.fin, cs (reviewer), admin;
// password "pw".
void seedSmallOffice(Database &db, const Clock &clock);
Session sessionOf(Database &db, const Clock &clock, const QString &login);

} // namespace nasti::test
