#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace nasti {

class Database;
class DocumentInspector;

// Seeds a state-scale secretariat for the benchmark: 40 departments, 400
// sections, 5,000 posts (plus the Chief Secretary), 20,000 users, and N files
// over three years with 5-15 movements and 2-8 frozen notes each, receipts with
// small PDFs, custody consistent along every file's movement chain.
//
// Rows are generated in C++ (deterministic from the seed) and written as large
// multi-row INSERTs by a writer thread with its own connection, so generation and
// the server's work overlap. The database's guard triggers are off on the
// writer's connection only (PostgreSQL: session_replication_role = replica, which
// needs a superuser; SQLite: SQLITE_DBCONFIG_ENABLE_TRIGGER): the rows are
// written in their final state, which those triggers (built for one action at a
// time) would refuse, e.g. a note born frozen. Nothing is dropped or recreated;
// other connections keep every trigger. Afterwards the seeder checks custody
// with SQL and records one "seed.imported" event whose payload holds, per
// history table, the last seeded id, the row count and a SHA-256 digest over the
// seeded rows' hashes: verify recomputes it, so the seeded history stays
// tamper-evident without ten million events.
//
// Refuses any database that has an organisation or files already.
class ScaleSeeder
{
public:
    struct Options
    {
        qint64 files = 10000;
        quint64 seed = 20261123;
        qint64 nowMs = 0;       // end of the three seeded years
        QString password;       // every seeded user's password
        QList<QByteArray> pdfs; // receipt letters (distinct bytes)
        QList<int> pdfPages;    // their page counts
    };
    struct Result
    {
        qint64 departments = 0, sections = 0, posts = 0, users = 0, files = 0, openFiles = 0, movements = 0,
               notes = 0, receipts = 0;
        qint64 rows = 0;
        double seconds = 0;
        QString heaviestPost; // the post holding the most open files
        qint64 heaviestOpen = 0;
    };
    using Progress = std::function<void(const QString &line)>;

    ScaleSeeder(Database &db, Progress progress) : m_db(db), m_progress(std::move(progress)) {}

    Result seed(const Options &options);

    // Custody along every file's chain: each movement leaves from where the
    // previous one arrived, and the holder is where the last one arrived.
    // Returns an empty string when intact, else the first problem. With
    // fileIds, only those files are checked.
    static QString checkCustody(Database &db, const QList<qint64> &fileIds = {});

private:
    Database &m_db;
    Progress m_progress;
};

} // namespace nasti
