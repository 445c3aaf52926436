#include "reportcommands.h"

#include "clicontext.h"

#include "report/reviewreport.h"
#include "review/reviewcolumns.h"
#include "review/reviewcsv.h"
#include "review/reviewservice.h"
#include "util/error.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>
#include <QTranslator>

#include "util/translator.h"

#include <cstring>

namespace nasti::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::cli", text);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        fail(NastiError::Kind::Invalid,
             tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), f.errorString()));
}

QString pad(const QString &s, int width, bool right)
{
    return right ? s.rightJustified(width) : s.leftJustified(width, QLatin1Char(' '), true);
}

void printSummary(QTextStream &o, const WeeklyReview &r, bool hindi)
{
    o << tr("Weekly review %1 — %2").arg(r.week.label(), review::unitName(r.root(), hindi)) << Qt::endl;
    o << tr("As of %1 IST").arg(review::officeTime(r.asOfMs)) << Qt::endl << Qt::endl;
    const QList<int> cols{review::Pending,   review::Parked,    review::Age0to7, review::Age8to15,
                          review::Age16to30, review::AgeOver30, review::Overdue, review::Received,
                          review::Created,   review::Disposed,  review::WaitSO,  review::WaitUS,
                          review::WaitDS,    review::WaitPS};
    QString head = pad(review::columnTitle(review::Name), 34, false);
    for (const int c : cols)
        head += QLatin1Char(' ') + pad(review::columnTitle(c), 8, true);
    o << head << Qt::endl;
    std::function<void(int, int)> walk = [&](int index, int depth) {
        const ReviewUnit &u = r.units[index];
        QString line = pad(QString(depth * 2, QLatin1Char(' ')) + review::unitName(u, hindi), 34, false);
        for (const int c : cols) {
            QString v = review::text(u.figures, c);
            if (c == review::Received || c == review::Created || c == review::Disposed)
                v += QLatin1Char('/') + review::text(u.figures, c + 1); // this week / last week
            line += QLatin1Char(' ') + pad(v.isEmpty() ? QStringLiteral("-") : v, 8, true);
        }
        o << line << Qt::endl;
        // As in print: down to sections (a department's review: down to posts); the CSV has all.
        if (depth < 2)
            for (const int child : u.children)
                walk(child, depth + 1);
    };
    walk(0, 0);
    o << tr("(received, created, disposed: this week/last week; waits in days)") << Qt::endl << Qt::endl;

    o << tr("Trend (pending at week end / disposed):") << Qt::endl;
    for (const TrendPoint &p : r.root().trend)
        o << "  " << p.week.code() << "  " << pad(QString::number(p.pending), 6, true) << " / "
          << QString::number(p.disposed) << Qt::endl;
    o << Qt::endl << tr("Longest pending:") << Qt::endl;
    int n = 0;
    for (const ReviewFile &f : r.longest)
        o << pad(QString::number(++n), 3, true) << ". " << f.fileNo << "  " << f.subject << "  | "
          << f.postCode << " (" << review::levelLabel(f.level) << ") "
          << tr("since %1, %2 days, %3 working")
                 .arg(review::officeDate(f.since))
                 .arg(f.days)
                 .arg(f.workingDays)
          << (f.parked ? tr(", parked") : QString()) << (f.overdue ? tr(", OVERDUE") : QString())
          << (f.delayReason.isEmpty() ? QString() : QStringLiteral("  — ") + f.delayReason) << Qt::endl;
    if (r.longest.isEmpty())
        o << "  " << tr("No file was pending.") << Qt::endl;
}
} // namespace

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    bool report = false, pdf = false;
    for (int i = 1; i < argc; ++i) {
        // Drafts render fair copies and compare rich text: QtGui's fonts and text layout;
        // receipt ack --pdf draws the acknowledgement with QtGui too.
        if (!std::strcmp(argv[i], "draft") || !std::strcmp(argv[i], "demo"))
            report = pdf = true;
        else if (!std::strcmp(argv[i], "report") || !std::strcmp(argv[i], "ack"))
            report = true;
        else if (report && (!std::strcmp(argv[i], "--pdf") || !std::strncmp(argv[i], "--pdf=", 6)))
            pdf = true;
    }
    if (report && pdf) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

int report(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QString path = QStringLiteral("nasti-admin report ") + sub;
    if (sub != QLatin1String("weekly"))
        throw UsageError{tr("report knows one report: weekly (nasti-admin report weekly --help).")};
    QCommandLineParser p;
    const QCommandLineOption week(QStringLiteral("week"),
                                  tr("The ISO week to review (default: the last complete week)."),
                                  QStringLiteral("YYYY-Www"));
    const QCommandLineOption department(QStringLiteral("department"), tr("Review one department only."),
                                        QStringLiteral("CODE"));
    const QCommandLineOption pdf(QStringLiteral("pdf"),
                                 tr("Write the printed report (A4 landscape) to PATH."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Write the figures as CSV to PATH."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("Language of the report: hi or en (default en)."),
                                  QStringLiteral("hi|en"), QStringLiteral("en"));
    const QCommandLineOption reviewDb(
        QStringLiteral("review-db"),
        tr("Read the review from this read-only replica (a PostgreSQL streaming standby) instead of the "
           "primary; default: $NASTI_REVIEW_DB."),
        QStringLiteral("URL"));
    p.addOptions({week, department, pdf, csv, lang, reviewDb});
    QStringList parseArgs = args.mid(1);
    parseArgs.prepend(path);
    if (!ctx.parse(p, parseArgs, tr("The Chief Secretary's weekly review of pendency, disposal and delay.")))
        return 0;
    if (!p.positionalArguments().isEmpty())
        throw UsageError{tr("report weekly takes no positional arguments.")};
    const QString language = p.value(lang);
    if (language != QLatin1String("hi") && language != QLatin1String("en"))
        throw UsageError{tr("--lang must be hi or en, not “%1”.").arg(language)};
    const bool hindi = language == QLatin1String("hi");
    WeekRange range = WeekRange::lastComplete(ctx.clock().nowMs());
    if (p.isSet(week)) {
        const auto parsed = WeekRange::parse(p.value(week));
        if (!parsed)
            throw UsageError{
                tr("--week must be an ISO week written like 2025-W02, not “%1”.").arg(p.value(week))};
        range = *parsed;
    }
    // Our own strings in the chosen language (the lead ships :/i18n/nasti_hi.qm).
    NastiTranslator translator;
    if (translator.loadLanguage(language))
        QCoreApplication::installTranslator(&translator);

    const QString replica = p.isSet(reviewDb) ? p.value(reviewDb) : qEnvironmentVariable("NASTI_REVIEW_DB");
    ReviewService service(replica.isEmpty() ? ctx.db() : ctx.reviewDb(replica), ctx.clock(),
                          replica.isEmpty() ? ctx.session() : ctx.reviewSession(replica));
    QElapsedTimer timer;
    timer.start();
    const WeeklyReview r = service.weekly(range, p.value(department));
    const qint64 elapsed = timer.elapsed();
    if (p.isSet(csv))
        writeFile(p.value(csv), ReviewCsv::write(r, hindi));
    if (p.isSet(pdf))
        ReviewReport::writePdf(r, p.value(pdf), hindi);
    if (!p.isSet(csv) && !p.isSet(pdf))
        printSummary(ctx.out(), r, hindi);
    else
        ctx.err() << tr("Weekly review %1 written.").arg(r.week.code()) << Qt::endl;
    if (qEnvironmentVariableIsSet("NASTI_REVIEW_TIMING"))
        ctx.err()
            << tr("Review computed in %1 ms (%2 weeks from the rollup).").arg(elapsed).arg(r.rollupWeeks)
            << Qt::endl;
    QCoreApplication::removeTranslator(&translator);
    return 0;
}

namespace {
int reviewCloseDays(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    QStringList parseArgs = args;
    parseArgs.prepend(QStringLiteral("nasti-admin review close-days"));
    if (!ctx.parse(p, parseArgs,
                   tr("Store the weekly review's flows of each finished day of the week still running not "
                      "stored yet, so its review reads only today from history (idempotent; run it every "
                      "night after 00:00 IST). Runs as the database owner, like init.")))
        return 0;
    if (!p.positionalArguments().isEmpty())
        throw UsageError{tr("review close-days takes no positional arguments.")};
    if (ctx.hasAs())
        throw UsageError{tr("review close-days runs as the database owner: leave out --as.")};
    ReviewService service(ctx.db(), ctx.clock(), Session{});
    QElapsedTimer timer;
    timer.start();
    const int stored = service.closeDays([&](int done, int all) {
        ctx.err() << tr("close-days: %1 of %2 days checked").arg(done).arg(all) << Qt::endl;
    });
    ctx.out() << tr("Days stored for the week still running: %1 (%2 ms).").arg(stored).arg(timer.elapsed())
              << Qt::endl;
    return 0;
}
} // namespace

int review(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("close-days"))
        return reviewCloseDays(ctx, args.mid(1));
    if (sub != QLatin1String("close-weeks"))
        throw UsageError{tr("review knows two commands: close-weeks and close-days (nasti-admin review "
                            "close-weeks --help).")};
    QCommandLineParser p;
    const QCommandLineOption weeks(QStringLiteral("weeks"),
                                   tr("How many of the last ended weeks to make sure of (default %1).")
                                       .arg(ReviewService::kTrendWeeks + 1),
                                   QStringLiteral("N"), QString::number(ReviewService::kTrendWeeks + 1));
    p.addOption(weeks);
    QStringList parseArgs = args.mid(1);
    parseArgs.prepend(QStringLiteral("nasti-admin review close-weeks"));
    if (!ctx.parse(p, parseArgs,
                   tr("Store the weekly review's figures of every ended week not stored yet (idempotent; "
                      "run it on Mondays after 00:00 IST). Runs as the database owner, like init.")))
        return 0;
    if (!p.positionalArguments().isEmpty())
        throw UsageError{tr("review close-weeks takes no positional arguments.")};
    // Only the owner writes the rollup (on PostgreSQL no job role may): no --as here.
    if (ctx.hasAs())
        throw UsageError{tr("review close-weeks runs as the database owner: leave out --as.")};
    bool ok = false;
    const int n = p.value(weeks).toInt(&ok);
    if (!ok || n < 1 || n > 1000)
        throw UsageError{tr("--weeks must be a number from 1 to 1000, not “%1”.").arg(p.value(weeks))};
    ReviewService service(ctx.db(), ctx.clock(), Session{});
    QElapsedTimer timer;
    timer.start();
    const int stored = service.closeWeeks(n, [&](int done, int all) {
        ctx.err() << tr("close-weeks: %1 of %2 weeks checked").arg(done).arg(all) << Qt::endl;
    });
    ctx.out() << tr("Weeks stored in the review rollup: %1 (%2 ms).").arg(stored).arg(timer.elapsed())
              << Qt::endl;
    return 0;
}

} // namespace nasti::cli
