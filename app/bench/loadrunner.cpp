#include "bench/loadrunner.h"

#include "access/connect.h"
#include "access/roles.h"
#include "client/clientsession.h"
#include "client/queryworker.h"
#include "db/database.h"
#include "domain/types.h"
#include "services/fileservice.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QPointer>
#include <QSet>
#include <QSqlQuery>
#include <QThreadPool>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>
#include <random>

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::LoadRunner", text);
}

const QStringList kActions{QStringLiteral("inbox"), QStringLiteral("open"), QStringLiteral("note"),
                           QStringLiteral("forward"), QStringLiteral("search")};

// What a user searches for: Hindi and English words of the seed's subjects and notes,
// and a file-number prefix.
const QStringList kSearches{QStringLiteral("pension"), QStringLiteral("पेंशन"), QStringLiteral("transfer"),
                            QStringLiteral("budget"), QStringLiteral("A-11011/1")};

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// /proc/PID/smaps_rollup: private (clean + dirty) and proportional memory in kB.
bool readMemory(qint64 pid, qint64 *privateKb, qint64 *pssKb)
{
    QFile f(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() < 2)
            continue;
        if (parts.at(0) == "Private_Clean:" || parts.at(0) == "Private_Dirty:")
            *privateKb += parts.at(1).toLongLong();
        else if (parts.at(0) == "Pss:")
            *pssKb += parts.at(1).toLongLong();
    }
    return true;
}

// CPU seconds this process has used (user + system): the driver competes with the server
// for the same cores, which a real office's desktops would not.
double ownCpuSeconds()
{
    rusage u{};
    if (getrusage(RUSAGE_SELF, &u) != 0)
        return -1;
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// The machine's 1-minute load average (other work on the same cores shows in every figure).
double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return f.readAll().split(' ').value(0).toDouble();
}

qint64 ownRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.simplified().split(' ').value(1).toLongLong();
    return -1;
}

struct Stats
{
    QMap<QString, LoadSamples> actions;
    QList<double> lagMs;
    int notifications = 0;
    int errors = 0;
    QStringList errorSamples;
    bool measuring = false;

    void record(const QString &action, double ms)
    {
        if (measuring)
            actions[action].ms << ms;
    }
    void error(const QString &action, const QString &login, const QString &message)
    {
        // Errors count in the set-up and the wind-down too: there must be none at all.
        ++errors;
        ++actions[action].errors;
        if (errorSamples.size() < 10)
            errorSamples << QStringLiteral("%1 (%2): %3").arg(action, login, message);
    }
};

struct User
{
    QString login;
    Role role = Role::Clerk;
    qint64 held = 0; // open files the post holds at the start
};

// One simulated desktop: the client's core session and what its user does with it.
class SimClient : public QObject
{
public:
    SimClient(std::unique_ptr<ClientSession> session, Stats &stats, const LoadOptions &o, quint64 seed)
        : m_session(std::move(session)), m_stats(stats), m_o(o), m_rng(seed)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% late: that is not lag
        QObject::connect(&m_timer, &QTimer::timeout, this, [this]() { act(); });
        QObject::connect(m_session.get(), &ClientSession::inboxChanged, this, [this]() {
            // The notifier (or a reconnect) says my inbox changed: the client refreshes it.
            if (m_stats.measuring)
                ++m_stats.notifications;
            inbox();
        });
        QObject::connect(m_session.get(), &ClientSession::countsChanged, this,
                         [this]() { m_counted = true; });
        QObject::connect(m_session.get(), &ClientSession::actionFinished, this,
                         [this](quint64 id, bool ok, const QString &, const QString &message) {
                             const auto it = m_actions.find(id);
                             if (it == m_actions.end())
                                 return;
                             const auto [action, timer] = *it;
                             m_actions.erase(it);
                             --m_inFlight;
                             if (ok)
                                 m_stats.record(action, elapsedMs(timer));
                             else
                                 m_stats.error(action, login(), message);
                         });
    }

    const QString &login() const { return m_session->session().login; }
    bool ready() const { return m_firstInbox && m_counted; }
    bool settled() const { return ready() || m_failed; } // connected, or failed trying
    int inFlight() const { return m_inFlight; }

    void start()
    {
        m_session->start(); // the notifier connects, LISTENs, reads the counts and the organisation
        inbox();            // the worker connects: the first inbox page
    }

    void beginDay()
    {
        m_dayStarted = true;
        schedule();
    }
    void endDay()
    {
        m_dayStarted = false;
        m_timer.stop();
    }

private:
    void schedule()
    {
        if (!m_dayStarted)
            return;
        std::uniform_real_distribution<double> pace(m_o.paceMin, m_o.paceMax);
        const int ms = int(pace(m_rng) * 1000.0);
        m_due.start();
        m_dueInMs = ms;
        m_timer.start(ms);
    }

    void act()
    {
        if (m_stats.measuring)
            m_stats.lagMs << qMax(0.0, elapsedMs(m_due) - double(m_dueInMs));
        // A clerk's or officer's mix: look at the inbox, read, write, send, look something up.
        std::discrete_distribution<int> pick({25, 30, 15, 15, 15});
        const QString &action = kActions.at(pick(m_rng));
        if (action == QLatin1String("inbox"))
            inbox();
        else if (action == QLatin1String("search") || m_inbox.isEmpty())
            search();
        else if (action == QLatin1String("open"))
            open();
        else if (action == QLatin1String("note"))
            note();
        else
            forward();
        schedule();
    }

    const FileSummary &someFile()
    {
        // Users mostly work from the top of the inbox.
        std::geometric_distribution<int> rank(0.15);
        return m_inbox.at(qMin(int(m_inbox.size()) - 1, rank(m_rng)));
    }

    void inbox()
    {
        if (m_inboxInFlight) // a refresh already on its way answers this one too
            return;
        m_inboxInFlight = true;
        ++m_inFlight;
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        const Session session = m_session->session();
        const Clock *clock = &m_session->clock();
        m_session->worker()->post<QList<FileSummary>>(
            this, [session, clock](Database &db) { return FileQueries(db, *clock).inbox(session); },
            [this, timer](QList<FileSummary> rows) {
                m_inboxInFlight = false;
                --m_inFlight;
                if (m_firstInbox)
                    m_stats.record(QStringLiteral("inbox"), elapsedMs(*timer));
                m_firstInbox = true;
                m_session->inboxSeen(rows);
                m_inbox = std::move(rows);
            },
            [this](const QString &message) {
                m_inboxInFlight = false;
                --m_inFlight;
                m_failed = m_failed || !m_firstInbox;
                m_stats.error(QStringLiteral("inbox"), login(), message);
            });
    }

    void search()
    {
        ++m_inFlight;
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        const Session session = m_session->session();
        const Clock *clock = &m_session->clock();
        std::uniform_int_distribution<int> which(0, int(kSearches.size()) - 1);
        const QString text = kSearches.at(which(m_rng));
        m_session->worker()->post<int>(
            this,
            [session, clock, text](Database &db) {
                return int(FileQueries(db, *clock).search(session, text).size());
            },
            [this, timer](int) {
                --m_inFlight;
                m_stats.record(QStringLiteral("search"), elapsedMs(*timer));
            },
            [this](const QString &message) {
                --m_inFlight;
                m_stats.error(QStringLiteral("search"), login(), message);
            });
    }

    void open()
    {
        ++m_inFlight;
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_session->showFile(
            this, someFile().fileNo,
            [this, timer](FileDetail) {
                --m_inFlight;
                m_stats.record(QStringLiteral("open"), elapsedMs(*timer));
            },
            [this](const QString &message) {
                --m_inFlight;
                m_stats.error(QStringLiteral("open"), login(), message);
            });
    }

    void note()
    {
        const FileSummary &file = someFile();
        ActionRequest r;
        r.fileNo = file.fileNo;
        r.effect = ActionRequest::Effect::Stays;
        r.saveNote = true;
        r.note = QStringLiteral("Seen; the papers placed below may be examined (%1).").arg(++m_notes);
        r.run = [](Database &, FileService &) {
            return ActionResult{QStringLiteral("note saved"), {}};
        };
        perform(QStringLiteral("note"), std::move(r));
    }

    void forward()
    {
        const FileSummary file = someFile();
        const PostRef *mine = m_session->session().primaryPost();
        ActionRequest r;
        r.fileNo = file.fileNo;
        r.effect = ActionRequest::Effect::Leaves;
        r.countsChange = true;
        ForwardRequest f;
        f.fileNo = file.fileNo;
        f.target = mine && mine->reportsTo ? ForwardRequest::Target::Up : ForwardRequest::Target::Back;
        f.action = ActionAsked::Approval;
        f.remarks = QStringLiteral("Put up for orders.");
        r.run = [f](Database &, FileService &files) {
            return ActionResult{files.forward(f), f.fileNo};
        };
        // It leaves my inbox now; the next refresh confirms it.
        m_inbox.erase(std::remove_if(m_inbox.begin(), m_inbox.end(),
                                     [&](const FileSummary &s) { return s.fileNo == file.fileNo; }),
                      m_inbox.end());
        perform(QStringLiteral("forward"), std::move(r));
    }

    void perform(const QString &action, ActionRequest r)
    {
        ++m_inFlight;
        QElapsedTimer timer;
        timer.start();
        const quint64 id = m_session->perform(std::move(r));
        m_actions.insert(id, {action, timer});
    }

    std::unique_ptr<ClientSession> m_session;
    Stats &m_stats;
    const LoadOptions &m_o;
    std::mt19937_64 m_rng;
    QTimer m_timer;
    QElapsedTimer m_due;
    int m_dueInMs = 0;
    bool m_dayStarted = false;
    bool m_firstInbox = false, m_counted = false, m_inboxInFlight = false, m_failed = false;
    int m_inFlight = 0;
    int m_notes = 0;
    QList<FileSummary> m_inbox;
    QHash<quint64, std::pair<QString, QElapsedTimer>> m_actions;
};

// Waits in the event loop until done() or the time box ends; prints progress every few seconds.
bool waitFor(const std::function<bool()> &done, const QElapsedTimer &since, int limitSeconds,
             const std::function<void()> &progress)
{
    QEventLoop loop;
    QElapsedTimer lastProgress;
    lastProgress.start();
    while (!done()) {
        if (since.elapsed() > qint64(limitSeconds) * 1000)
            return false;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
        if (lastProgress.elapsed() >= 5000) {
            lastProgress.restart();
            progress();
        }
    }
    return true;
}

QString fmt(double v)
{
    if (v < 10)
        return QString::number(v, 'f', 2);
    if (v < 100)
        return QString::number(v, 'f', 1);
    return QString::number(v, 'f', 0);
}

} // namespace

double LoadSamples::percentile(double p) const
{
    if (ms.isEmpty())
        return 0;
    QList<double> v = ms;
    std::sort(v.begin(), v.end());
    const double rank = p * double(v.size() - 1);
    const auto lo = qsizetype(std::floor(rank));
    const auto hi = qsizetype(std::ceil(rank));
    return v.at(lo) + (v.at(hi) - v.at(lo)) * (rank - double(lo));
}

bool LoadSamples::met() const
{
    return errors == 0 && (targetMs <= 0 || percentile(0.99) < targetMs);
}

LoadReport LoadRunner::run()
{
    if (m_o.url.backend != Backend::Postgres)
        fail(NastiError::Kind::Invalid,
             tr("bench --load needs PostgreSQL: each simulated desktop signs in as its own login role."));
    LoadReport report;
    report.clients = m_o.clients;
    QElapsedTimer setup;
    setup.start();
    auto admin = Database::open(m_o.url);

    // The users: the holders of the busiest posts (the seed's skew), clerks and officers.
    QList<User> users;
    {
        QSqlQuery &q =
            admin->exec(QStringLiteral("SELECT u.login, u.role, COUNT(f.id) AS held FROM posts p "
                                       "JOIN users u ON u.id = p.holder_user_id "
                                       "LEFT JOIN files f ON f.holder_post_id = p.id AND f.status = 'open' "
                                       "WHERE u.role IN ('clerk', 'officer') AND u.enabled <> 0 "
                                       "GROUP BY u.login, u.role, p.id ORDER BY held DESC, p.id LIMIT :n"),
                        {{QStringLiteral("n"), m_o.clients}});
        while (q.next())
            users << User{q.value(0).toString(),
                          codes::parseRole(q.value(1).toString()).value_or(Role::Officer),
                          q.value(2).toLongLong()};
        q.finish();
    }
    if (users.size() < m_o.clients)
        fail(NastiError::Kind::Invalid,
             tr("bench --load %1: the database has only %2 posts held by clerks or "
                "officers; seed more (nasti-admin seed-scale).")
                 .arg(m_o.clients)
                 .arg(users.size()));

    // Each user his own login role (seed-scale makes only the bench's few).
    const QString prefix = access::roleNameFor(*admin, QString());
    {
        QSet<QString> existing;
        QSqlQuery &q = admin->exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolcanlogin"));
        while (q.next())
            existing.insert(q.value(0).toString());
        q.finish();
        int made = 0;
        for (const User &u : std::as_const(users)) {
            if (existing.contains(prefix + u.login))
                continue;
            access::createLogin(*admin, u.login, u.role, m_o.password);
            if (++made % 100 == 0)
                m_progress(tr("load: %1 login roles created (%2 s)")
                               .arg(made)
                               .arg(double(setup.elapsed()) / 1000.0, 0, 'f', 1));
            if (setup.elapsed() > qint64(m_o.setupSeconds) * 1000)
                fail(NastiError::Kind::Database,
                     tr("load: the set-up took longer than %1 s (creating login roles).")
                         .arg(m_o.setupSeconds));
        }
        report.rolesSeconds = double(setup.elapsed()) / 1000.0;
        m_progress(tr("load: %1 users, %2 login roles created, in %3 s")
                       .arg(users.size())
                       .arg(made)
                       .arg(report.rolesSeconds, 0, 'f', 1));
    }
    {
        QStringList settings;
        for (const char *name : {"max_connections", "shared_buffers", "work_mem", "effective_cache_size",
                                 "synchronous_commit", "fsync", "password_encryption"})
            settings << QStringLiteral("%1=%2").arg(
                QLatin1String(name),
                admin->scalar(QStringLiteral("SELECT current_setting('%1')").arg(QLatin1String(name)))
                    .toString());
        report.serverSettings = settings.join(QLatin1Char(' '));
    }

    // Sign in as the desktop does (access::connectAs: SCRAM as his role, the schema check,
    // his session), several at a time. The sign-in's connection closes before the session
    // opens its own, as in the client.
    DbUrl userUrl = m_o.url;
    if (prefix.isEmpty()) {
        userUrl.user.clear(); // a desktop profile names no user
        userUrl.password.clear();
    }
    struct SignedIn
    {
        DbUrl url;
        Session session;
        QString error;
    };
    std::vector<SignedIn> signedIn(size_t(users.size()));
    std::atomic<int> signInsDone{0};
    QElapsedTimer signInTimer;
    signInTimer.start();
    {
        QThreadPool pool;
        pool.setMaxThreadCount(qMax(1, m_o.signInThreads));
        for (qsizetype i = 0; i < users.size(); ++i) {
            pool.start([&, i]() {
                try {
                    access::UserConnection c = access::connectAs(userUrl, users.at(i).login, m_o.password);
                    signedIn[size_t(i)].url = c.db->url();
                    signedIn[size_t(i)].session = c.session;
                    c.db.reset(); // closed in the thread that opened it
                } catch (const NastiError &e) {
                    signedIn[size_t(i)].error = e.message();
                }
                ++signInsDone;
            });
        }
        QElapsedTimer last;
        last.start();
        while (!pool.waitForDone(1000)) {
            if (last.elapsed() >= 5000) {
                last.restart();
                m_progress(tr("load: %1 of %2 signed in (%3 s)")
                               .arg(signInsDone.load())
                               .arg(users.size())
                               .arg(double(signInTimer.elapsed()) / 1000.0, 0, 'f', 1));
            }
            if (setup.elapsed() > qint64(m_o.setupSeconds) * 1000) {
                pool.clear();
                pool.waitForDone();
                fail(NastiError::Kind::Database,
                     tr("load: the set-up took longer than %1 s (%2 of %3 signed in).")
                         .arg(m_o.setupSeconds)
                         .arg(signInsDone.load())
                         .arg(users.size()));
            }
        }
    }
    report.signInSeconds = double(signInTimer.elapsed()) / 1000.0;

    Stats stats;
    std::vector<std::unique_ptr<SimClient>> clients;
    for (qsizetype i = 0; i < qsizetype(signedIn.size()); ++i) {
        if (!signedIn.at(size_t(i)).error.isEmpty()) {
            stats.error(QStringLiteral("sign-in"), users.at(i).login, signedIn.at(size_t(i)).error);
            continue;
        }
        ++report.signedIn;
    }
    m_progress(tr("load: %1 of %2 signed in in %3 s")
                   .arg(report.signedIn)
                   .arg(users.size())
                   .arg(report.signInSeconds, 0, 'f', 1));

    // Start the desktops a few at a time: each opens its two connections (the notifier's,
    // which LISTENs and reads the counts and the organisation, and the worker's, which
    // reads the first inbox page).
    QElapsedTimer connectTimer;
    connectTimer.start();
    qsizetype next = 0;
    const int window = qMax(4, m_o.signInThreads * 2);
    auto starting = [&]() {
        int n = 0;
        for (const auto &c : clients)
            n += c->settled() ? 0 : 1;
        return n;
    };
    auto readyCount = [&]() {
        int n = 0;
        for (const auto &c : clients)
            n += c->ready() ? 1 : 0;
        return n;
    };
    const bool connected = waitFor(
        [&]() {
            while (next < qsizetype(signedIn.size()) && starting() < window) {
                const SignedIn &s = signedIn.at(size_t(next));
                ++next;
                if (!s.error.isEmpty())
                    continue;
                auto session = std::make_unique<ClientSession>(ClientContext{s.url, s.session, std::nullopt});
                clients.push_back(std::make_unique<SimClient>(std::move(session), stats, m_o,
                                                              m_o.seed + quint64(clients.size())));
                clients.back()->start();
            }
            return next >= qsizetype(signedIn.size()) && starting() == 0;
        },
        setup, m_o.setupSeconds,
        [&]() {
            m_progress(tr("load: %1 of %2 desktops connected (%3 s)")
                           .arg(readyCount())
                           .arg(report.signedIn)
                           .arg(double(connectTimer.elapsed()) / 1000.0, 0, 'f', 1));
        });
    report.connectSeconds = double(connectTimer.elapsed()) / 1000.0;
    report.ready = readyCount();
    if (!connected)
        stats.error(QStringLiteral("connect"), QString(),
                    tr("the set-up took longer than %1 s (%2 of %3 desktops connected)")
                        .arg(m_o.setupSeconds)
                        .arg(report.ready)
                        .arg(report.signedIn));
    m_progress(tr("load: %1 desktops connected in %2 s; the day runs for %3 s")
                   .arg(report.ready)
                   .arg(report.connectSeconds, 0, 'f', 1)
                   .arg(m_o.seconds));

    // The day.
    if (connected) {
        stats.measuring = true;
        const double cpuBefore = ownCpuSeconds();
        report.loadBefore = loadAverage();
        for (const auto &c : clients)
            c->beginDay();
        QElapsedTimer day;
        day.start();
        waitFor([&]() { return day.elapsed() >= qint64(m_o.seconds) * 1000; }, day, m_o.seconds + 1,
                [&]() {
                    int done = 0;
                    for (const auto &[key, s] : stats.actions.asKeyValueRange())
                        done += int(s.ms.size());
                    m_progress(tr("load: %1 s, %2 actions, %3 errors")
                                   .arg(day.elapsed() / 1000)
                                   .arg(done)
                                   .arg(stats.errors));
                });
        for (const auto &c : clients)
            c->endDay();
        // What was asked before the end is answered and counted.
        QElapsedTimer drain;
        drain.start();
        waitFor(
            [&]() {
                for (const auto &c : clients)
                    if (c->inFlight() > 0)
                        return false;
                return true;
            },
            drain, 60, [] {});
        stats.measuring = false;
        report.runSeconds = double(day.elapsed()) / 1000.0;
        report.driverCpuSeconds = ownCpuSeconds() - cpuBefore;
        report.loadAfter = loadAverage();
    }

    // The server while every desktop is still connected.
    {
        QStringList roles;
        for (const auto &c : clients)
            roles << QStringLiteral("'%1'").arg(
                QString(prefix + c->login()).replace(QLatin1Char('\''), QStringLiteral("''")));
        const QString in = roles.isEmpty() ? QStringLiteral("''") : roles.join(QLatin1Char(','));
        QSqlQuery &q =
            admin->exec(QStringLiteral("SELECT usename, COUNT(*) FROM pg_stat_activity WHERE usename IN "
                                       "(%1) GROUP BY usename")
                            .arg(in));
        while (q.next()) {
            report.serverConnections += q.value(1).toInt();
            report.maxPerClient = qMax(report.maxPerClient, q.value(1).toInt());
        }
        q.finish();
        report.totalBackends =
            admin
                ->scalar(QStringLiteral(
                    "SELECT COUNT(*) FROM pg_stat_activity WHERE backend_type = 'client backend'"))
                .toInt();
        const bool local = m_o.url.host.isEmpty() || m_o.url.host == QLatin1String("localhost") ||
                           m_o.url.host == QLatin1String("127.0.0.1") ||
                           m_o.url.host.startsWith(QLatin1Char('/'));
        if (local) {
            qint64 priv = 0, pss = 0;
            bool any = false;
            QSqlQuery &p =
                admin->exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE usename IN (%1)").arg(in));
            while (p.next())
                any |= readMemory(p.value(0).toLongLong(), &priv, &pss);
            p.finish();
            if (any) {
                report.serverPrivateKb = priv;
                report.serverPssKb = pss;
            }
        }
        report.driverRssKb = ownRssKb();
        if (report.maxPerClient > 2)
            stats.error(QStringLiteral("connections"), QString(),
                        tr("a client held %1 server connections (at most 2)").arg(report.maxPerClient));
    }
    m_progress(tr("load: closing %1 desktops").arg(clients.size()));
    clients.clear();

    report.actions = stats.actions;
    for (const QString &a : kActions)
        report.actions[a]; // every action has a line, even with no samples
    report.actions[QStringLiteral("inbox")].targetMs = 50;
    report.actions[QStringLiteral("open")].targetMs = 100;
    report.actions[QStringLiteral("forward")].targetMs = 200;
    report.lagMs = stats.lagMs;
    report.notifications = stats.notifications;
    report.errors = stats.errors;
    report.errorSamples = stats.errorSamples;
    return report;
}

QString LoadReport::text() const
{
    // Looked up under the context lupdate files these strings in (this class's).
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("nasti::LoadReport", text);
    };
    QString out;
    out += tr("Load: %1 desktops (%2 signed in, %3 connected), %4 s at human pace")
               .arg(clients)
               .arg(signedIn)
               .arg(ready)
               .arg(runSeconds, 0, 'f', 0) +
           QLatin1Char('\n');
    out += tr("Set-up: login roles %1 s, sign-in (SCRAM) %2 s, connecting %3 s")
               .arg(rolesSeconds, 0, 'f', 1)
               .arg(signInSeconds, 0, 'f', 1)
               .arg(connectSeconds, 0, 'f', 1) +
           QLatin1Char('\n') + QLatin1Char('\n');
    out += tr("| action | count | p50 ms | p95 ms | p99 ms | max ms | errors | target (p99) | met |") +
           QLatin1Char('\n');
    out += QStringLiteral("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
    for (const auto &[key, s] : actions.asKeyValueRange()) {
        const bool any = !s.ms.isEmpty();
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n")
                   .arg(key)
                   .arg(s.ms.size())
                   .arg(any ? fmt(s.percentile(0.5)) : QStringLiteral("–"))
                   .arg(any ? fmt(s.percentile(0.95)) : QStringLiteral("–"))
                   .arg(any ? fmt(s.percentile(0.99)) : QStringLiteral("–"))
                   .arg(any ? fmt(s.percentile(1.0)) : QStringLiteral("–"))
                   .arg(s.errors)
                   .arg(s.targetMs > 0 ? QStringLiteral("< %1 ms").arg(s.targetMs) : QStringLiteral("–"))
                   .arg(s.targetMs > 0 ? (s.met() ? tr("yes") : tr("**no**")) : QStringLiteral("–"));
    }
    LoadSamples lag;
    lag.ms = lagMs;
    out += QLatin1Char('\n') +
           tr("Scheduling lag (an action starting later than planned, on the driver's thread): p50 %1 ms, "
              "p99 %2 ms, max %3 ms. Inbox refreshes on notification: %4.")
               .arg(fmt(lag.percentile(0.5)), fmt(lag.percentile(0.99)), fmt(lag.percentile(1.0)))
               .arg(notifications) +
           QLatin1Char('\n');
    out += tr("Server: %1 connections of the load's roles (at most %2 per desktop), %3 client backends in "
              "all.")
               .arg(serverConnections)
               .arg(maxPerClient)
               .arg(totalBackends);
    if (serverPrivateKb >= 0)
        out += QLatin1Char(' ') +
               tr("Their private memory %1 MiB (%2 MiB a backend), PSS %3 MiB.")
                   .arg(double(serverPrivateKb) / 1024.0, 0, 'f', 0)
                   .arg(double(serverPrivateKb) / 1024.0 / qMax(1, serverConnections), 0, 'f', 2)
                   .arg(double(serverPssKb) / 1024.0, 0, 'f', 0);
    if (driverRssKb >= 0)
        out += QLatin1Char(' ') +
               tr("The driver process (every desktop's core session): %1 MiB, %2% of one "
                  "core during the day.")
                   .arg(double(driverRssKb) / 1024.0, 0, 'f', 0)
                   .arg(runSeconds > 0 ? 100.0 * driverCpuSeconds / runSeconds : 0.0, 0, 'f', 0);
    out += QLatin1Char('\n') + tr("Settings: %1").arg(serverSettings) + QLatin1Char('\n');
    out += tr("Load average (1 min) at the day's start and end: %1, %2").arg(loadBefore).arg(loadAfter) +
           QLatin1Char('\n');
    out += tr("Errors: %1").arg(errors) + QLatin1Char('\n');
    for (const QString &e : errorSamples)
        out += QStringLiteral("  ") + e + QLatin1Char('\n');
    return out;
}

QJsonObject LoadReport::toJson() const
{
    QJsonObject acts;
    for (const auto &[key, s] : actions.asKeyValueRange())
        acts.insert(key, QJsonObject{{QStringLiteral("count"), int(s.ms.size())},
                                     {QStringLiteral("p50_ms"), s.percentile(0.5)},
                                     {QStringLiteral("p95_ms"), s.percentile(0.95)},
                                     {QStringLiteral("p99_ms"), s.percentile(0.99)},
                                     {QStringLiteral("max_ms"), s.percentile(1.0)},
                                     {QStringLiteral("errors"), s.errors},
                                     {QStringLiteral("target_p99_ms"), s.targetMs},
                                     {QStringLiteral("met"), s.met()}});
    LoadSamples lag;
    lag.ms = lagMs;
    QJsonArray samples;
    for (const QString &e : errorSamples)
        samples << e;
    return QJsonObject{{QStringLiteral("clients"), clients},
                       {QStringLiteral("signed_in"), signedIn},
                       {QStringLiteral("ready"), ready},
                       {QStringLiteral("seconds"), runSeconds},
                       {QStringLiteral("roles_seconds"), rolesSeconds},
                       {QStringLiteral("sign_in_seconds"), signInSeconds},
                       {QStringLiteral("connect_seconds"), connectSeconds},
                       {QStringLiteral("actions"), acts},
                       {QStringLiteral("lag_p50_ms"), lag.percentile(0.5)},
                       {QStringLiteral("lag_p99_ms"), lag.percentile(0.99)},
                       {QStringLiteral("notifications"), notifications},
                       {QStringLiteral("errors"), errors},
                       {QStringLiteral("error_samples"), samples},
                       {QStringLiteral("server_connections"), serverConnections},
                       {QStringLiteral("max_connections_per_client"), maxPerClient},
                       {QStringLiteral("client_backends"), totalBackends},
                       {QStringLiteral("server_private_kb"), double(serverPrivateKb)},
                       {QStringLiteral("server_pss_kb"), double(serverPssKb)},
                       {QStringLiteral("driver_rss_kb"), double(driverRssKb)},
                       {QStringLiteral("driver_cpu_seconds"), driverCpuSeconds},
                       {QStringLiteral("load_average_start"), loadBefore},
                       {QStringLiteral("load_average_end"), loadAfter},
                       {QStringLiteral("settings"), serverSettings},
                       {QStringLiteral("ok"), ok()}};
}

} // namespace nasti
