#pragma once

#include "db/dburl.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace nasti {

// Many signed-in desktops on one PostgreSQL server (issue 20): `nasti-admin bench --load N`.
//
// Each simulated desktop is the client's own core session (ClientSession: its QueryWorker
// and its InboxNotifier, the same two server connections, the same SQL through
// FileQueries and FileService) signed in through access::connectAs as its own login role
// (SCRAM). The N users are the holders of the N busiest posts of a seed-scale database
// (the seed's skew: a few posts hold hundreds or thousands of open files). Each one does
// a clerk's or officer's day at human pace: every few seconds to a minute one of inbox,
// open a file, note, forward (up to the post he reports to), search; and the inbox again
// whenever the notifier says a file arrived. Latency is what the user waits for: from
// asking (on the driver's thread, as the GUI would) to the answer arriving there.
struct LoadOptions
{
    DbUrl url;        // an administrator's URL (a superuser: it creates the login roles)
    QString password; // the seeded users' password
    int clients = 100;
    int seconds = 60;                 // the measured part, after every client is ready
    double paceMin = 3, paceMax = 60; // seconds between one user's actions (uniform)
    int setupSeconds = 600;           // time box for roles, sign-in and connections
    int signInThreads = 8;
    quint64 seed = 20261202;
};

struct LoadSamples
{
    QList<double> ms;
    int errors = 0;
    double targetMs = 0; // p99 under it; 0: no target
    double percentile(double p) const;
    bool met() const;
};

struct LoadReport
{
    int clients = 0, signedIn = 0, ready = 0;
    double rolesSeconds = 0, signInSeconds = 0, connectSeconds = 0, runSeconds = 0;
    QMap<QString, LoadSamples> actions; // inbox, open, note, forward, search
    QList<double> lagMs;                // how late each action started (the driver's thread)
    int notifications = 0;              // inbox refreshes the notifier asked for
    int errors = 0;
    QStringList errorSamples; // the first few messages
    // Server side, measured while every client was still connected.
    int serverConnections = 0;   // backends of the load's login roles
    int maxPerClient = 0;        // the most any one role had
    int totalBackends = 0;       // every backend of the server (pg_stat_activity)
    qint64 serverPrivateKb = -1; // sum of the backends' private memory (/proc smaps_rollup); -1: n/a
    qint64 serverPssKb = -1;
    qint64 driverRssKb = -1;                // this process, holding every simulated client
    double driverCpuSeconds = 0;            // its CPU time during the day (it shares the server's cores)
    double loadBefore = -1, loadAfter = -1; // the machine's load average around the day
    QString serverSettings;                 // the settings that matter for this load

    bool ok() const { return errors == 0 && ready == clients && maxPerClient <= 2; }
    QString text() const;
    QJsonObject toJson() const;
};

class LoadRunner
{
public:
    using Progress = std::function<void(const QString &line)>;
    LoadRunner(LoadOptions options, Progress progress)
        : m_o(std::move(options)), m_progress(std::move(progress))
    {
    }
    // Throws NastiError when the set-up cannot be done (not PostgreSQL, too few seeded
    // posts, the time box exceeded); errors during the run are counted in the report.
    LoadReport run();

private:
    LoadOptions m_o;
    Progress m_progress;
};

} // namespace nasti
