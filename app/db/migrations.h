#pragma once

#include <QString>

#include <functional>
#include <vector>

namespace nasti {

class Database;

// Numbered schema migrations, one set for both dialects: step N runs
// schema/NNN_*.sql (shared, with Dialect tokens) and then
// schema/NNN_*.<dialect>.sql, inside one transaction of its own, and records N
// in schema_version with the oldest program it stays compatible with.
//
// Versions coexist by these rules (README, "Upgrading without stopping the office"):
// - Each step declares compatibleFrom: the oldest program (named by its latest
//   step) that still works against a database with this step. An "expand" step
//   (it only adds what older programs never touch) declares 0; a "contract" step
//   (it removes or changes what older programs rely on) declares the first program
//   that no longer relies on it, normally itself.
// - A program accepts a database newer than itself when every newer step recorded
//   there is compatible with it, and refuses it otherwise, naming both versions.
// - A program newer than the database refuses to sign anyone in until the
//   administrator runs nasti-admin migrate (no gated half-features).
namespace migrations {
int latestVersion();
int currentVersion(Database &db); // 0 for an empty database

// How this program and a database's schema stand to each other.
struct Compatibility
{
    enum class State
    {
        Empty,             // no schema yet: nasti-admin init
        Older,             // the database needs nasti-admin migrate
        Current,           // the same version
        NewerCompatible,   // newer, and every newer step works with this program
        NewerIncompatible, // newer, and some newer step does not
    };
    State state = State::Empty;
    int database = 0;     // the database's schema version
    int program = 0;      // this program's (latestVersion())
    int blockingStep = 0; // NewerIncompatible: the newer step that does not work with it
    int needs = 0;        // NewerIncompatible: the oldest program that step works with
    bool usable() const { return state == State::Current || state == State::NewerCompatible; }
};
Compatibility compatibility(Database &db);
// The clear sentence for a database this program cannot use (state not usable()),
// naming both versions and what to do; empty for a usable one.
QString refusal(const Compatibility &c, const QString &databaseName);

struct Options
{
    int upTo = 0;             // the last step to apply; 0: this program's latest
    int lockTimeoutMs = 3000; // PostgreSQL: lock_timeout of each step's transaction
    int attempts = 5;         // tries per step whose locks could not be had in time
    int backoffMs = 1000;     // wait before the second try, doubled before each next one
    // Progress lines (a step begins, waits, retries, ends); may be empty.
    std::function<void(const QString &line)> progress;
};

struct StepReport
{
    int version = 0;
    QString name;
    qint64 elapsedMs = 0; // the successful attempt's transaction, BEGIN to COMMIT
    int attempts = 1;
};

// Applies the missing steps up to options.upTo, each in its own transaction, and
// returns what each took. A database newer than the program is left as it is when
// compatible (nothing applied) and refused with NastiError(Schema) otherwise. A step
// whose locks could not be had within lockTimeoutMs is rolled back and tried again
// (attempts in all, with backoff); after the last it throws NastiError(Database)
// naming the step and what to do. Steps already committed stay.
std::vector<StepReport> migrate(Database &db, const Options &options);
// Returns the number of steps applied (to upTo, or the latest).
int migrate(Database &db, int upTo = 0);

// Tests only: records a step this program does not have, as a newer program would,
// with its compatibility declaration (the rules above, without the newer program).
void recordForeignStep(Database &db, int version, int compatibleFrom);
} // namespace migrations

} // namespace nasti
