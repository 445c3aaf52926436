#pragma once

#include "bench/benchrunner.h"

#include <QString>
#include <QStringList>

namespace nasti {

class Database;

// The cost of signing on forward (issue 16: under 20 ms): one officer puts files up
// with a fresh note, first unsigned (never certified), then enrolled and certified so
// each note is signed as it freezes, in the same run on the same files. Everything it
// writes (an authority, his key and certificate, the notes and moves) is in one
// transaction that is rolled back, so the database is left as it was. (On PostgreSQL
// the check at COMMIT that each frozen note is signed is therefore not in the figure.)
struct SigningBenchInput
{
    QString login;       // the officer (the heaviest post's holder)
    QString ownPost;     // his post's code
    QString abovePost;   // the post he reports to, which he holds in charge for the bench
    QStringList fileNos; // open files his post holds
    int repeats = 30;
};
BenchMeasure measureSigningOnForward(Database &db, const SigningBenchInput &input);

} // namespace nasti
