// nasti-admin drill forward: N clients forward files through the real FileService, each on its
// own connection to the database URL (a multi-host URL in the failover drill), each action
// named by its own key. A client whose connection is lost reconnects (libpq finds the new
// primary) and asks once more with the same key: done already, it is reported done; done now,
// it is reported done; undecided, it is reported not done. Every movement a client was told
// succeeded is written to the report, with when each client lost and regained the server, for
// tests/failover-drill.sh to check against the database.
#include "drillcommands.h"

#include "clicontext.h"
#include "db/database.h"
#include "services/actionkey.h"
#include "services/fileservice.h"
#include "services/orgservice.h"
#include "util/error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QThread>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace nasti::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::cli", text);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

struct Client
{
    int index = 0;
    QString login, own, above; // its post, and the post above it (held as if in charge)
    QStringList files;
};

struct Outcome
{
    QStringList done;    // key, file, to, at, how (first / retry-found / retry-done)
    QStringList notDone; // key, file, to, why
    QStringList outages; // lost at, resumed at
    int errors = 0;
    QString firstError;
};

const char *kDepartment = "DRILL";
const char *kSection = "DRILL-1";

// The drill's office, made once: a department, and per client a post with a post above it
// and a user holding the lower one, and two files at the lower post.
QList<Client> prepare(Database &db, const Clock &clock, int clients, int filesPerClient)
{
    OrgService org(db, clock);
    bool exists = false;
    for (const DepartmentInfo &d : org.departments())
        exists = exists || d.code == QLatin1String(kDepartment);
    if (!exists) {
        org.addDepartment(QString::fromLatin1(kDepartment), QStringLiteral("Failover Drill"),
                          QStringLiteral("अभ्यास"));
        org.addSection(QString::fromLatin1(kSection), QString::fromLatin1(kDepartment),
                       QStringLiteral("Drill Section"), QStringLiteral("अभ्यास शाखा"));
    }
    QList<Client> out;
    for (int i = 0; i < clients; ++i) {
        Client c;
        c.index = i;
        c.login = QStringLiteral("drill.%1").arg(i);
        c.own = QStringLiteral("DRILL-P%1").arg(i);
        c.above = QStringLiteral("DRILL-T%1").arg(i);
        if (!org.post(c.own)) {
            org.addPost(c.above, QStringLiteral("Drill Officer %1").arg(i), QStringLiteral("अधिकारी"),
                        QString::fromLatin1(kDepartment), QString::fromLatin1(kSection), 2, {});
            org.addPost(c.own, QStringLiteral("Drill Assistant %1").arg(i), QStringLiteral("सहायक"),
                        QString::fromLatin1(kDepartment), QString::fromLatin1(kSection), 1, c.above);
            org.addUser(c.login, QStringLiteral("Drill Client %1").arg(i), Role::Officer, {}, c.own);
        }
        QSqlQuery &q =
            db.exec(QStringLiteral("SELECT f.file_no FROM files f JOIN posts p ON p.id = f.created_post_id "
                                   "WHERE p.code = :p ORDER BY f.id"),
                    {{QStringLiteral("p"), c.own}});
        while (q.next())
            c.files << q.value(0).toString();
        q.finish();
        Session s = org.sessionFor(c.login);
        FileService service(db, clock, s);
        while (c.files.size() < filesPerClient) {
            CreateFileRequest r;
            r.sectionCode = QString::fromLatin1(kSection);
            r.subject = QStringLiteral("Failover drill file %1.%2").arg(i).arg(c.files.size() + 1);
            c.files << service.create(r);
        }
        out << c;
    }
    return out;
}

Session sessionOf(Database &db, const Clock &clock, const Client &c)
{
    OrgService org(db, clock);
    Session s = org.sessionFor(c.login);
    if (const auto above = org.post(c.above))
        s.posts.append({above->id, above->code, above->titleEn, above->titleHi, above->level, 0, 0, 0});
    return s;
}

// Where the file is now (after an undecided action, or at the start).
QString holderOf(Database &db, const QString &fileNo)
{
    return db
        .scalar(QStringLiteral("SELECT p.code FROM files f JOIN posts p ON p.id = f.holder_post_id "
                               "WHERE f.file_no = :n"),
                {{QStringLiteral("n"), fileNo}})
        .toString();
}

void runClient(const DbUrl &url, const Client &c, qint64 until, qint64 reconnectForMs, Outcome &out)
{
    SystemClock clock;
    std::unique_ptr<Database> db;
    Session session;
    qint64 lostAt = 0;
    QHash<QString, QString> at; // file -> post it is with
    // Reconnects until the server answers (the new primary, through the URL), at most until
    // the deadline; returns whether it did.
    auto connect = [&](qint64 deadline) {
        while (!db) {
            try {
                db = Database::open(url);
                session = sessionOf(*db, clock, c);
                for (const QString &f : c.files)
                    at.insert(f, holderOf(*db, f));
            } catch (const NastiError &) {
                db.reset();
                if (nowMs() >= deadline)
                    return false;
                QThread::msleep(100);
            }
        }
        return true;
    };
    auto lost = [&](const NastiError &e) {
        if (e.kind() != NastiError::Kind::Database || !db || db->ping())
            return false;
        db.reset();
        if (!lostAt)
            lostAt = nowMs();
        return true;
    };
    auto note = [&](const QString &e) {
        ++out.errors;
        if (out.firstError.isEmpty())
            out.firstError = e;
    };
    if (!connect(until))
        return;
    for (int k = 0; nowMs() < until; ++k) {
        const QString file = c.files.at(k % c.files.size());
        ForwardRequest r;
        r.fileNo = file;
        r.target = ForwardRequest::Target::ToPost;
        r.toPostCode = at.value(file) == c.own ? c.above : c.own;
        r.action = ActionAsked::Information;
        const QString key = ActionKey::fresh().base();
        QString how = QStringLiteral("first");
        QString went;
        for (int attempt = 0; attempt < 2 && went.isEmpty(); ++attempt) {
            if (attempt == 1) {
                // Cut off: reconnect (the new primary) and ask once more, with the same key.
                if (!connect(nowMs() + reconnectForMs))
                    break;
            }
            try {
                FileService service(*db, clock, session);
                service.setActionKey(ActionKey(key));
                went = service.forward(r);
                if (attempt == 1)
                    how = service.replayed() ? QStringLiteral("retry-found") : QStringLiteral("retry-done");
            } catch (const NastiError &e) {
                if (!lost(e)) {
                    note(e.message());
                    break;
                }
            }
        }
        if (!went.isEmpty()) {
            if (lostAt) {
                out.outages << QStringLiteral("%1\t%2").arg(lostAt).arg(nowMs());
                lostAt = 0;
            }
            at.insert(file, went);
            out.done << QStringList{key, file, went, QString::number(nowMs()), how}.join(QLatin1Char('\t'));
        } else {
            out.notDone << QStringList{key, file, r.toPostCode}.join(QLatin1Char('\t'));
            // Not done, or undecided: learn where the file is before going on.
            if (!connect(until))
                break;
            try {
                at.insert(file, holderOf(*db, file));
            } catch (const NastiError &e) {
                lost(e);
            }
        }
    }
    if (lostAt)
        out.outages << QStringLiteral("%1\t0").arg(lostAt);
}
} // namespace

int drill(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QString path = QStringLiteral("nasti-admin drill ") + sub;
    QCommandLineParser p;
    const QCommandLineOption clients(QStringLiteral("clients"), tr("How many clients (default 16)."),
                                     QStringLiteral("N"), QStringLiteral("16"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), tr("How long they forward (default 30)."),
                                     QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("Where to write every movement reported done (tab-separated)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption reconnect(
        QStringLiteral("reconnect-for"),
        tr("How long a cut-off client keeps trying to reach a primary before it reports the action not "
           "done (default 60)."),
        QStringLiteral("S"), QStringLiteral("60"));
    if (sub != QLatin1String("forward"))
        throw UsageError{tr("drill knows one exercise: drill forward (see drill forward --help).")};
    p.addOptions({clients, seconds, report, reconnect});
    if (!ctx.parse(p, QStringList{path} + args.mid(1),
                   tr("The failover drill: clients forward files through the multi-host URL while the "
                      "primary is killed; every movement reported done is written to --report.")))
        return 0;
    const int n = p.value(clients).toInt();
    const int secs = p.value(seconds).toInt();
    if (n < 1 || n > 200 || secs < 1 || !p.isSet(report))
        throw UsageError{tr("drill forward needs --clients 1..200, --seconds 1 or more and --report FILE.")};
    QFile out(p.value(report));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        fail(NastiError::Kind::Invalid, tr("Cannot write %1: %2").arg(out.fileName(), out.errorString()));

    const QList<Client> list = prepare(ctx.db(), ctx.clock(), n, 2);
    const DbUrl url = DbUrl::parse(ctx.dbUrl());
    std::vector<Outcome> outcomes(list.size());
    std::vector<std::thread> threads;
    const qint64 until = nowMs() + qint64(secs) * 1000;
    const qint64 reconnectMs = qint64(p.value(reconnect).toInt()) * 1000;
    for (qsizetype i = 0; i < list.size(); ++i)
        threads.emplace_back([&, i] { runClient(url, list.at(i), until, reconnectMs, outcomes[size_t(i)]); });
    for (auto &t : threads)
        t.join();

    QTextStream s(&out);
    int done = 0, retried = 0, found = 0, notDone = 0, errors = 0;
    qint64 longest = 0;
    for (size_t i = 0; i < outcomes.size(); ++i) {
        const Outcome &o = outcomes[i];
        const QString login = list.at(qsizetype(i)).login;
        for (const QString &d : o.done) {
            s << "done\t" << login << '\t' << d << '\n';
            ++done;
            retried += d.contains(QLatin1String("\tretry-"));
            found += d.endsWith(QLatin1String("\tretry-found"));
        }
        for (const QString &d : o.notDone) {
            s << "not-done\t" << login << '\t' << d << '\n';
            ++notDone;
        }
        for (const QString &d : o.outages) {
            s << "outage\t" << login << '\t' << d << '\n';
            const QStringList parts = d.split(QLatin1Char('\t'));
            longest =
                qMax(longest, parts.at(1).toLongLong() ? parts.at(1).toLongLong() - parts.at(0).toLongLong()
                                                       : std::numeric_limits<qint64>::max());
        }
        errors += o.errors;
        if (o.errors)
            ctx.err() << tr("drill: %1: %2 errors, first: %3").arg(login).arg(o.errors).arg(o.firstError)
                      << Qt::endl;
    }
    s.flush();
    ctx.out() << tr("drill: %1 clients, %2 movements reported done (%3 after a retry, %4 of them found done "
                    "already), %5 not done, %6 errors; longest time without a server: %7 ms")
                     .arg(list.size())
                     .arg(done)
                     .arg(retried)
                     .arg(found)
                     .arg(notDone)
                     .arg(errors)
                     .arg(longest == std::numeric_limits<qint64>::max() ? -1 : longest)
              << Qt::endl;
    return errors == 0 ? 0 : 1;
}

} // namespace nasti::cli
