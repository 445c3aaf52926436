#include "testdatabase.h"

#include "db/migrations.h"
#include "security/passwordhasher.h"
#include "services/orgservice.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

namespace nasti::test {

TestDatabase::TestDatabase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Hashing dozens of users per test at interactive cost would dominate the run.
    passwords::setCost(passwords::Cost::Minimum);
}

TestDatabase::~TestDatabase()
{
    if (m_pgDatabases.isEmpty())
        return;
    try {
        const DbUrl admin = DbUrl::parse(qEnvironmentVariable("NASTI_TEST_PG_URL"));
        auto db = Database::open(admin);
        for (const QString &name : std::as_const(m_pgDatabases))
            db->execRaw(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
        // Login roles are cluster-wide: drop the ones these databases made (their prefix).
        for (const QString &prefix : std::as_const(m_rolePrefixes)) {
            QStringList roles;
            QSqlQuery &q =
                db->exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE starts_with(rolname, :p)"),
                         {{QStringLiteral("p"), prefix}});
            while (q.next())
                roles << q.value(0).toString();
            q.finish();
            for (const QString &role : std::as_const(roles))
                db->execRaw(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
        }
    } catch (const NastiError &e) {
        qWarning("could not drop test databases: %s", qPrintable(e.message()));
    }
}

Backend TestDatabase::backend()
{
    return qEnvironmentVariable("NASTI_TEST_BACKEND") == QLatin1String("postgresql") ? Backend::Postgres
                                                                                     : Backend::Sqlite;
}

QString TestDatabase::backendName()
{
    return backend() == Backend::Postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

std::unique_ptr<Database> TestDatabase::create(bool migrate)
{
    ++m_counter;
    if (backend() == Backend::Sqlite) {
        m_lastUrl =
            DbUrl::parse(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("t%1.db").arg(m_counter)));
    } else {
        const QString admin = qEnvironmentVariable("NASTI_TEST_PG_URL");
        if (admin.isEmpty())
            qFatal("NASTI_TEST_BACKEND=postgresql but NASTI_TEST_PG_URL is not set: run the tests through "
                   "scripts/with-postgres.sh (make test)");
        const DbUrl adminUrl = DbUrl::parse(admin);
        const QString name = QStringLiteral("nasti_t_%1_%2_%3")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(m_counter)
                                 .arg(QRandomGenerator::global()->bounded(1000000));
        {
            auto db = Database::open(adminUrl);
            db->execRaw(
                QStringLiteral("CREATE DATABASE \"%1\" ENCODING 'UTF8' TEMPLATE template0").arg(name));
            // Roles are cluster-wide and tests run in parallel on one cluster: each
            // database names its users' login roles with a prefix of its own (read by
            // schema step 2 when it first runs, whoever runs it).
            m_rolePrefix = QStringLiteral("t%1x%2x%3_")
                               .arg(QCoreApplication::applicationPid())
                               .arg(m_counter)
                               .arg(QRandomGenerator::global()->bounded(1000000));
            db->execRaw(
                QStringLiteral("ALTER DATABASE \"%1\" SET nasti.role_prefix = '%2'").arg(name, m_rolePrefix));
            m_rolePrefixes << m_rolePrefix;
        }
        m_pgDatabases << name;
        m_lastUrl = adminUrl.withDatabase(name);
    }
    auto db = Database::open(m_lastUrl);
    if (migrate)
        migrations::migrate(*db);
    return db;
}

void seedSmallOffice(Database &db, const Clock &clock)
{
    OrgService org(db, clock);
    org.addDepartment(QStringLiteral("GAD"), QStringLiteral("General Administration Department"),
                      QStringLiteral("सामान्य प्रशासन विभाग"));
    org.addDepartment(QStringLiteral("FIN"), QStringLiteral("Finance Department"),
                      QStringLiteral("वित्त विभाग"));
    org.addDepartment(QStringLiteral("CSO"), QStringLiteral("Office of the Chief Secretary"),
                      QStringLiteral("मुख्य सचिव कार्यालय"));
    org.addSection(QStringLiteral("GAD-1"), QStringLiteral("GAD"), QStringLiteral("GAD Section 1"),
                   QStringLiteral("अनुभाग 1"));
    org.addSection(QStringLiteral("FIN-1"), QStringLiteral("FIN"), QStringLiteral("Finance Section 1"),
                   QStringLiteral("वित्त अनुभाग 1"));
    org.addPost(QStringLiteral("CS"), QStringLiteral("Chief Secretary"), QStringLiteral("मुख्य सचिव"),
                QStringLiteral("CSO"), {}, 6, {});
    org.addPost(QStringLiteral("DS-GAD"), QStringLiteral("Deputy Secretary, GAD"), QStringLiteral("उप सचिव"),
                QStringLiteral("GAD"), {}, 4, QStringLiteral("CS"));
    org.addPost(QStringLiteral("US-GAD"), QStringLiteral("Under Secretary, GAD"), QStringLiteral("अवर सचिव"),
                QStringLiteral("GAD"), {}, 3, QStringLiteral("DS-GAD"));
    org.addPost(QStringLiteral("SO-GAD1"), QStringLiteral("Section Officer, GAD-1"),
                QStringLiteral("अनुभाग अधिकारी"), QStringLiteral("GAD"), QStringLiteral("GAD-1"), 2,
                QStringLiteral("US-GAD"));
    org.addPost(QStringLiteral("ASST-GAD1"), QStringLiteral("Assistant, GAD-1"), QStringLiteral("सहायक"),
                QStringLiteral("GAD"), QStringLiteral("GAD-1"), 1, QStringLiteral("SO-GAD1"));
    org.addPost(QStringLiteral("US-FIN"), QStringLiteral("Under Secretary, Finance"),
                QStringLiteral("अवर सचिव, वित्त"), QStringLiteral("FIN"), {}, 3, QStringLiteral("CS"));
    org.addPost(QStringLiteral("SO-FIN1"), QStringLiteral("Section Officer, FIN-1"),
                QStringLiteral("अनुभाग अधिकारी, वित्त"), QStringLiteral("FIN"), QStringLiteral("FIN-1"), 2,
                QStringLiteral("US-FIN"));
    org.addPost(QStringLiteral("ASST-FIN1"), QStringLiteral("Assistant, FIN-1"),
                QStringLiteral("सहायक, वित्त"), QStringLiteral("FIN"), QStringLiteral("FIN-1"), 1,
                QStringLiteral("SO-FIN1"));
    const struct
    {
        const char *login, *name, *post;
        Role role;
    } users[] = {
        {"clerk.gad1", "Ramesh Kumar", "ASST-GAD1", Role::Clerk},
        {"so.gad1", "Sunita Verma", "SO-GAD1", Role::Officer},
        {"us.gad", "Anil Sharma", "US-GAD", Role::Officer},
        {"ds.gad", "Meena Iyer", "DS-GAD", Role::Officer},
        {"clerk.fin1", "Pooja Yadav", "ASST-FIN1", Role::Clerk},
        {"so.fin1", "Harish Chandra", "SO-FIN1", Role::Officer},
        {"us.fin", "Farida Khan", "US-FIN", Role::Officer},
        {"cs", "Arvind Kulkarni", "CS", Role::Reviewer},
        {"admin", "Administrator", "", Role::Admin},
    };
    for (const auto &u : users)
        org.addUser(QString::fromLatin1(u.login), QString::fromUtf8(u.name), u.role, QStringLiteral("pw"),
                    QString::fromLatin1(u.post));
}

Session sessionOf(Database &db, const Clock &clock, const QString &login)
{
    return OrgService(db, clock).sessionFor(login);
}

} // namespace nasti::test
