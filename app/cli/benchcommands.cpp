#include "benchcommands.h"

#include "clicontext.h"

#include "bench/benchrunner.h"
#include "bench/loadrunner.h"
#include "bench/scaleseeder.h"
#include "domain/documentinspector.h"
#include "pdf/pdfrenderer.h"
#include "review/reviewservice.h"
#include "services/filequeries.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

namespace nasti::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::cli", text);
}

const QString kDefaultPassword = QStringLiteral("bench");

// First page of a receipt PDF on screen: PdfRenderer (Poppler on its worker thread)
// from load() to pageRendered(), against pdftoppm for the same page.
BenchMeasure measurePdf(Database &db, int repeats)
{
    BenchMeasure m;
    m.key = QStringLiteral("pdf_first_page");
    m.label = tr("First page of a receipt PDF");
    m.target = db.isPostgres() ? 100 : 200;
    const QString sha =
        db.scalar(QStringLiteral("SELECT sha256 FROM attachments ORDER BY byte_size DESC LIMIT 1"))
            .toString();
    if (sha.isEmpty()) {
        m.measured = false;
        m.note = tr("no attachments in the database");
        return m;
    }
    const QByteArray bytes = db.scalar(QStringLiteral("SELECT content FROM attachments WHERE sha256 = :s"),
                                       {{QStringLiteral("s"), sha}})
                                 .toByteArray();
    PdfRenderer renderer;
    auto once = [&]() {
        QEventLoop loop;
        bool ok = false;
        QObject guard;
        QObject::connect(&renderer, &PdfRenderer::loaded, &guard,
                         [&](int, const QList<QSizeF> &) { renderer.requestPage(0, 96); });
        QObject::connect(&renderer, &PdfRenderer::pageRendered, &guard, [&](int page, qreal, const QImage &) {
            ok = page == 0;
            loop.quit();
        });
        QObject::connect(&renderer, &PdfRenderer::failed, &guard, [&](const QString &) { loop.quit(); });
        QObject::connect(&renderer, &PdfRenderer::pageFailed, &guard, [&](int, qreal) { loop.quit(); });
        QTimer::singleShot(10000, &guard, [&] { loop.quit(); });
        QElapsedTimer t;
        t.start();
        renderer.load(bytes);
        loop.exec();
        if (!ok)
            fail(NastiError::Kind::Invalid, tr("The receipt PDF did not render."));
        return double(t.nsecsElapsed()) / 1e6;
    };
    once();
    for (int i = 0; i < repeats; ++i)
        m.runs << once();

    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (!pdftoppm.isEmpty()) {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("letter.pdf")));
        if (f.open(QIODevice::WriteOnly)) {
            f.write(bytes);
            f.close();
            for (int i = 0; i <= repeats; ++i) {
                QElapsedTimer t;
                t.start();
                QProcess p;
                p.start(pdftoppm,
                        {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                         QStringLiteral("-r"), QStringLiteral("96"), QStringLiteral("-png"), f.fileName(),
                         dir.filePath(QStringLiteral("page"))});
                p.waitForFinished(10000);
                if (i > 0) // the first one warms the page cache
                    m.baseline << double(t.nsecsElapsed()) / 1e6;
            }
        }
        m.note = tr("%1 bytes; baseline: pdftoppm -f 1 -l 1 -r 96 -png (a new process each time)")
                     .arg(bytes.size());
    } else {
        m.note = tr("pdftoppm not found: no baseline");
    }
    return m;
}
} // namespace

int seedScale(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption files(QStringLiteral("files"), tr("How many files (default 10000)."),
                                   QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed (default 20261123)."),
                                  QStringLiteral("N"), QStringLiteral("20261123"));
    const QCommandLineOption password(QStringLiteral("password"),
                                      tr("Every seeded user's password (default \"bench\")."),
                                      QStringLiteral("TEXT"), kDefaultPassword);
    p.addOption(files);
    p.addOption(seed);
    p.addOption(password);
    if (!ctx.parse(
            p, QStringList{QStringLiteral("nasti-admin seed-scale")} + args,
            tr("Seed a state-scale secretariat for the benchmark (40 departments, 400 sections, 5,000 posts, "
               "20,000 users, N files over three years with their movements, notes and receipts). Only into "
               "an "
               "empty database; on PostgreSQL it needs a superuser. Progress goes to stderr.")))
        return 0;
    bool ok = false;
    const qint64 n = p.value(files).toLongLong(&ok);
    if (!ok || n < 1)
        throw UsageError{tr("--files needs a positive number.")};
    ScaleSeeder::Options o;
    o.files = n;
    o.seed = p.value(seed).toULongLong();
    o.nowMs = QDateTime::currentMSecsSinceEpoch();
    o.password = p.value(password);
    const QStringList letters =
        QDir(QStringLiteral(":/demo")).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    for (const QString &name : letters) {
        QFile f(QStringLiteral(":/demo/") + name);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        const DocumentCheck check = ctx.inspector().inspect(bytes);
        if (!check.ok)
            continue;
        o.pdfs << bytes;
        o.pdfPages << check.pageCount;
    }
    QTextStream &err = ctx.err();
    ScaleSeeder seeder(ctx.db(), [&err](const QString &line) { err << line << Qt::endl; });
    const ScaleSeeder::Result r = seeder.seed(o);
    {
        // The review's rollup of the seeded weeks, as the Monday close-weeks leaves it.
        QElapsedTimer timer;
        timer.start();
        const ManualClock seededNow(o.nowMs);
        ReviewService review(ctx.db(), seededNow, Session{});
        const int weeks = review.closeWeeks();
        // And the running week's finished days, as the nightly close-days leaves them.
        const int days = review.closeDays();
        err << tr("seed-scale: review rollup of %1 weeks and %2 days in %3 s")
                   .arg(weeks)
                   .arg(days)
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
            << Qt::endl;
    }
    ctx.out() << tr("Seeded %1 files (%2 open), %3 movements, %4 notes, %5 receipts, %6 posts, %7 users: %8 "
                    "rows in %9 s "
                    "(%10 rows/s). Heaviest inbox: %11 with %12 open files. Users' password: %13.")
                     .arg(r.files)
                     .arg(r.openFiles)
                     .arg(r.movements)
                     .arg(r.notes)
                     .arg(r.receipts)
                     .arg(r.posts)
                     .arg(r.users)
                     .arg(r.rows)
                     .arg(r.seconds, 0, 'f', 1)
                     .arg(qint64(double(r.rows) / qMax(r.seconds, 0.001)))
                     .arg(r.heaviestPost)
                     .arg(r.heaviestOpen)
                     .arg(o.password)
              << Qt::endl;
    return 0;
}

namespace {
int benchLoad(CliContext &ctx, const QString &clients, const QString &duration, const QString &pace,
              const QString &setupTimeout, const QString &password, const QString &jsonPath)
{
    LoadOptions o;
    o.url = ctx.db().url();
    o.password = password;
    bool ok = false;
    o.clients = clients.toInt(&ok);
    if (!ok || o.clients < 1)
        throw UsageError{tr("--load needs a positive number of desktops.")};
    o.seconds = duration.toInt(&ok);
    if (!ok || o.seconds < 1)
        throw UsageError{tr("--duration needs a positive number of seconds.")};
    const QStringList range = pace.split(QLatin1Char(','));
    bool okMin = false, okMax = false;
    o.paceMin = range.value(0).toDouble(&okMin);
    o.paceMax = range.value(1, range.value(0)).toDouble(&okMax);
    if (!okMin || !okMax || o.paceMin <= 0 || o.paceMax < o.paceMin)
        throw UsageError{tr("--pace needs MIN,MAX seconds, 0 < MIN ≤ MAX.")};
    o.setupSeconds = setupTimeout.toInt(&ok);
    if (!ok || o.setupSeconds < 1)
        throw UsageError{tr("--setup-timeout needs a positive number of seconds.")};
    QTextStream &err = ctx.err();
    LoadRunner runner(o, [&err](const QString &line) { err << line << Qt::endl; });
    const LoadReport report = runner.run();
    ctx.out() << report.text() << Qt::flush;
    if (!jsonPath.isEmpty()) {
        QFile f(jsonPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail(NastiError::Kind::Invalid, tr("Cannot write %1: %2").arg(f.fileName(), f.errorString()));
        QJsonObject doc = report.toJson();
        doc.insert(QStringLiteral("database"), ctx.db().url().display());
        doc.insert(QStringLiteral("measured_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        f.write(QJsonDocument(doc).toJson());
    }
    if (!report.ok()) {
        ctx.err() << tr("bench --load: %1 errors; every desktop must work without one.").arg(report.errors)
                  << Qt::endl;
        return 1;
    }
    return 0;
}
} // namespace

int bench(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), tr("Also write the results as JSON to PATH."),
                                  QStringLiteral("PATH"));
    const QCommandLineOption repeats(QStringLiteral("repeats"), tr("Measured runs per item (default 30)."),
                                     QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption password(QStringLiteral("password"),
                                      tr("The seeded users' password (default \"bench\")."),
                                      QStringLiteral("TEXT"), kDefaultPassword);
    const QCommandLineOption clients(QStringLiteral("clients"),
                                     tr("Concurrent forwarding clients (default 16)."), QStringLiteral("N"),
                                     QStringLiteral("16"));
    const QCommandLineOption moves(QStringLiteral("moves"),
                                   tr("Movements per client per round (default 100)."), QStringLiteral("N"),
                                   QStringLiteral("100"));
    p.addOption(json);
    p.addOption(repeats);
    p.addOption(password);
    p.addOption(clients);
    const QCommandLineOption only(
        QStringLiteral("only"),
        tr("Measure only these parts, comma-separated: login, queries (inbox, opening a file, "
           "search), review, forward, signing (forward with a signed note against unsigned), pdf."),
        QStringLiteral("PARTS"));
    p.addOption(moves);
    p.addOption(only);
    // Issue 20: many signed-in desktops at human pace (LoadRunner).
    const QCommandLineOption load(QStringLiteral("load"),
                                  tr("Instead of the items above: simulate N signed-in desktops, each as its "
                                     "own login role with the client's two connections, doing a clerk's or "
                                     "officer's day at human pace (PostgreSQL only)."),
                                  QStringLiteral("N"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      tr("With --load: seconds the day runs once every desktop is connected "
                                         "(default 60)."),
                                      QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption pace(
        QStringLiteral("pace"),
        tr("With --load: seconds between one user's actions, MIN,MAX (default 3,60)."),
        QStringLiteral("MIN,MAX"), QStringLiteral("3,60"));
    const QCommandLineOption setupTimeout(
        QStringLiteral("setup-timeout"),
        tr("With --load: seconds allowed for login roles, sign-in and connecting (default 600)."),
        QStringLiteral("S"), QStringLiteral("600"));
    p.addOption(load);
    p.addOption(duration);
    p.addOption(pace);
    p.addOption(setupTimeout);
    if (!ctx.parse(
            p, QStringList{QStringLiteral("nasti-admin bench")} + args,
            tr("Measure what users wait for on a database seeded by seed-scale: login to inbox, inbox pages, "
               "opening a file, search, forwarding with concurrent clients, the weekly review and a PDF "
               "page; each "
               "against the same work done raw in the same run. Prints a table; exit status 0 even when a "
               "target is missed (see the table), 1 when something broke.")))
        return 0;
    if (p.isSet(load))
        return benchLoad(ctx, p.value(load), p.value(duration), p.value(pace), p.value(setupTimeout),
                         p.value(password), p.isSet(json) ? p.value(json) : QString());
    BenchRunner::Options o;
    o.url = ctx.db().url();
    o.password = p.value(password);
    o.repeats = qMax(3, p.value(repeats).toInt());
    o.forwardClients = qMax(1, p.value(clients).toInt());
    o.forwardMovesPerClient = qMax(2, p.value(moves).toInt());
    if (p.isSet(only)) {
        const QStringList known{QStringLiteral("login"),   QStringLiteral("queries"),
                                QStringLiteral("review"),  QStringLiteral("forward"),
                                QStringLiteral("signing"), QStringLiteral("pdf")};
        for (const QString &part : p.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!known.contains(part.trimmed()))
                fail(
                    NastiError::Kind::Invalid,
                    tr("--only: unknown part “%1” (known: %2).").arg(part, known.join(QStringLiteral(", "))));
            o.only << part.trimmed();
        }
    }
    QTextStream &err = ctx.err();
    BenchRunner runner(o, [&err](const QString &line) { err << line << Qt::endl; });
    QList<BenchMeasure> measures = runner.run();
    if (o.wants(QStringLiteral("pdf"))) {
        err << tr("bench: first PDF page…") << Qt::endl;
        measures << measurePdf(ctx.db(), o.repeats);
    }

    const QString backend = ctx.db().isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
    ctx.out() << tr("Nasti benchmark on %1 (%2), %3 files; login: %4")
                     .arg(backend, ctx.db().url().display())
                     .arg(runner.files())
                     .arg(runner.loginPath())
              << Qt::endl
              << Qt::endl
              << BenchRunner::table(measures) << Qt::endl;
    if (ctx.db().isPostgres() == false)
        ctx.out() << tr("(SQLite: targets are twice PostgreSQL's, as DESIGN.md allows.)") << Qt::endl;

    bool broken = false;
    QJsonArray items;
    for (const BenchMeasure &m : measures) {
        items << m.toJson();
        if (m.note.startsWith(QLatin1String("BROKEN")))
            broken = true;
    }
    if (p.isSet(json)) {
        QFile f(p.value(json));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail(NastiError::Kind::Invalid, tr("Cannot write %1: %2").arg(f.fileName(), f.errorString()));
        const QJsonObject doc = {
            {QStringLiteral("backend"), backend},
            {QStringLiteral("database"), ctx.db().url().display()},
            {QStringLiteral("files"), runner.files()},
            {QStringLiteral("heaviest_post"), runner.heaviestPost()},
            {QStringLiteral("heaviest_open"), runner.heaviestOpen()},
            {QStringLiteral("login_path"), runner.loginPath()},
            {QStringLiteral("measured_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("measures"), items}};
        f.write(QJsonDocument(doc).toJson());
    }
    if (broken) {
        ctx.err() << tr("bench: custody or the hash chain broke during forwarding.") << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace nasti::cli
