#include "migratecommand.h"

#include "clicontext.h"

#include "db/migrations.h"
#include "services/orgservice.h"
#include "util/error.h"

#include <QCoreApplication>

namespace nasti::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::cli", text);
}

// A whole number of at least `least`, or a usage error naming the option.
int wholeNumber(const QCommandLineParser &p, const QCommandLineOption &option, int least)
{
    bool ok = false;
    const int value = p.value(option).toInt(&ok);
    if (!ok || value < least)
        throw UsageError{tr("--%1 takes a whole number of at least %2, not \"%3\".")
                             .arg(option.names().constFirst())
                             .arg(least)
                             .arg(p.value(option))};
    return value;
}

int run(CliContext &ctx, const QString &command, const QStringList &args, const QString &description)
{
    QCommandLineParser p;
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("Apply the steps up to this one only (default: this program's latest)."),
                                QStringLiteral("STEP"), QString::number(migrations::latestVersion()));
    const QCommandLineOption lockTimeout(
        QStringLiteral("lock-timeout"),
        tr("PostgreSQL: the longest a step waits for a lock, in milliseconds, before it gives way to the "
           "office and tries again (default 3000)."),
        QStringLiteral("MS"), QStringLiteral("3000"));
    const QCommandLineOption attempts(
        QStringLiteral("attempts"), tr("How many times a step is tried before migrate gives up (default 5)."),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption backoff(
        QStringLiteral("backoff"),
        tr("Milliseconds to wait before a step's second try, doubled before each next one (default 1000)."),
        QStringLiteral("MS"), QStringLiteral("1000"));
    p.addOption(to);
    p.addOption(lockTimeout);
    p.addOption(attempts);
    p.addOption(backoff);
    if (!ctx.parse(p, QStringList{command} + args, description))
        return 0;
    migrations::Options options;
    options.upTo = wholeNumber(p, to, 1);
    options.lockTimeoutMs = wholeNumber(p, lockTimeout, 1);
    options.attempts = wholeNumber(p, attempts, 1);
    options.backoffMs = wholeNumber(p, backoff, 0);
    options.progress = [&ctx](const QString &line) {
        ctx.err() << line << Qt::endl;
    };

    auto db = Database::open(DbUrl::parse(ctx.dbUrl()));
    const int before = migrations::currentVersion(*db);
    const auto steps = migrations::migrate(*db, options);
    const int after = migrations::currentVersion(*db);
    if (after > 0 && after <= migrations::latestVersion()) {
        SystemClock clock;
        OrgService(*db, clock).databaseId();
    }
    if (steps.empty()) {
        if (after > migrations::latestVersion())
            ctx.out()
                << tr("Schema version %1 in %2 is newer than this program's %3 and works with it; nothing "
                      "to do.")
                       .arg(after)
                       .arg(db->url().display())
                       .arg(migrations::latestVersion())
                << Qt::endl;
        else
            ctx.out() << tr("Schema is up to date (version %1) in %2.").arg(before).arg(db->url().display())
                      << Qt::endl;
        return 0;
    }
    qint64 total = 0;
    for (const migrations::StepReport &s : steps) {
        ctx.out()
            << tr("  step %1 %2: %3 ms").arg(s.version, 3, 10, QLatin1Char('0')).arg(s.name).arg(s.elapsedMs);
        if (s.attempts > 1)
            ctx.out() << tr(" (attempt %1)").arg(s.attempts);
        ctx.out() << Qt::endl;
        total += s.elapsedMs;
    }
    ctx.out()
        << tr("Schema migrated from version %1 to %2 in %3.").arg(before).arg(after).arg(db->url().display())
        << Qt::endl
        << tr("Steps took %1 ms in all, each in its own transaction.").arg(total) << Qt::endl;
    return 0;
}
} // namespace

int init(CliContext &ctx, const QStringList &args)
{
    return run(ctx, QStringLiteral("nasti-admin init"), args,
               tr("Create the database schema, or migrate it to this program's version."));
}

int migrate(CliContext &ctx, const QStringList &args)
{
    return run(ctx, QStringLiteral("nasti-admin migrate"), args,
               tr("Migrate a live database to this program's schema while the office works: each step in a "
                  "transaction of its own that waits at most --lock-timeout for a lock, gives way and tries "
                  "again (progress on stderr); prints what each step took. Take a backup first."));
}

} // namespace nasti::cli
