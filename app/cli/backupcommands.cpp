#include "backupcommands.h"

#include "clicontext.h"

#include "db/backup.h"
#include "security/chainheadstore.h"
#include "security/eventlog.h"
#include "services/orgservice.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace nasti::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::cli", text);
}
} // namespace

int backup(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    if (!ctx.parse(
            p, QStringList{QStringLiteral("nasti-admin backup")} + args,
            tr("Write a consistent backup of the database to FILE while clients keep working. SQLite: a copy "
               "made with SQLite's online backup API. PostgreSQL: pg_dump's custom format of this database "
               "(needs a superuser or the owner; the cluster's login roles are not in it: for a whole "
               "server and point-in-time recovery use pgBackRest, see the README)."),
            QStringLiteral("FILE")))
        return 0;
    if (p.positionalArguments().size() != 1)
        throw UsageError{tr("backup takes one FILE.")};
    const QString file = p.positionalArguments().first();
    Database &db = ctx.db();
    // The copy carries the database's id, so a restore is recognised as this database, older.
    OrgService(db, ctx.clock()).databaseId();
    const EventLog::ChainHead head = EventLog(db).head();
    backup::take(db, file);
    ctx.out() << tr("backup: %1 written (%2 bytes); the database then stood at event %3.")
                     .arg(file)
                     .arg(QFileInfo(file).size())
                     .arg(head.seq)
              << Qt::endl;
    return 0;
}

int restore(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption store(
        QStringLiteral("heads"),
        tr("Where remembered chain heads are kept (default: the user's data directory)."),
        QStringLiteral("FILE"));
    p.addOption(store);
    if (!ctx.parse(
            p, QStringList{QStringLiteral("nasti-admin restore")} + args,
            tr("Replace the database with the backup in FILE (made by nasti-admin backup), then verify it. "
               "Sign every client out first. A restored database older than the one this computer saw last "
               "is reported; clients report it once at their next sign-in."),
            QStringLiteral("FILE")))
        return 0;
    if (p.positionalArguments().size() != 1)
        throw UsageError{tr("restore takes one FILE.")};
    const QString file = p.positionalArguments().first();
    const DbUrl url = DbUrl::parse(ctx.dbUrl());
    backup::restore(url, file);
    ctx.out() << tr("restore: %1 restored into %2.").arg(file, url.display()) << Qt::endl;

    Database &db = ctx.db(); // opened after the restore, and migrated if the backup is of an older version
    const QString dbId = OrgService(db, ctx.clock()).databaseId();
    const auto result = EventLog(db).verify();
    if (!result.ok) {
        ctx.err() << tr("restore: the restored database fails verify: TAMPERING DETECTED: %1")
                         .arg(oneLine(result.problem))
                  << Qt::endl;
        return 3;
    }
    ctx.out() << tr("verify: OK — %1 events and %2 history rows intact; chain head %3:%4.")
                     .arg(result.eventsChecked)
                     .arg(result.rowsChecked)
                     .arg(result.head.seq)
                     .arg(result.head.hash.left(16))
              << Qt::endl;
    ChainHeadStore heads(p.value(store));
    const auto remembered = heads.remembered(dbId);
    if (remembered && remembered->seq > result.head.seq)
        ctx.out() << QStringLiteral("restore: ") + olderDatabaseProblem(result.head.seq + 1) << Qt::endl;
    heads.remember(dbId, result.head); // restored on purpose: this computer goes on from here
    return 0;
}

} // namespace nasti::cli
