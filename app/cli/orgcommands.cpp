#include "orgcommands.h"

#include "clicontext.h"
#include "jsonout.h"
#include "letters/faircopypdf.h"

#include "security/chainheadstore.h"
#include "security/eventlog.h"
#include "services/demoseeder.h"
#include "services/orgcsv.h"
#include "services/orgservice.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>

namespace nasti::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::cli", text);
}

QStringList withPath(const QString &path, const QStringList &args)
{
    return QStringList{path} + args;
}
} // namespace

int demo(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    if (!ctx.parse(p, withPath(QStringLiteral("nasti-admin demo"), args),
                   tr("Seed the demo office (GAD, Finance, the Chief Secretary) with users whose password is "
                      "\"demo\" and a few dozen files. Only into an empty database; running it again changes "
                      "nothing.")))
        return 0;
    DemoSeeder seeder(ctx.db(), ctx.clock(), ctx.inspector());
    const FairCopyPdf fairCopies; // the closed files' letters, issued
    seeder.setFairCopyRenderer(&fairCopies);
    const auto outcome = seeder.seed();
    OrgService(ctx.db(), ctx.clock()).databaseId();
    if (outcome == DemoSeeder::Outcome::AlreadySeeded)
        ctx.out() << tr("The demo office is already there; nothing changed.") << Qt::endl;
    else
        ctx.out()
            << tr("Demo office seeded. Log in as clerk.gad1, so.gad1, us.gad, ds.gad, ps.gad, clerk.fin1, "
                  "so.fin1, cs or admin with the password \"demo\".")
            << Qt::endl
            << tr("Everyone's signing key is certified; the signing authority's passphrase is "
                  "\"demo-authority\".")
            << Qt::endl;
    return 0;
}

int org(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of a table."));
    p.addOption(json);
    if (!ctx.parse(p, withPath(QStringLiteral("nasti-admin org"), args),
                   tr("List departments, sections and posts (code, title, holder's login, reports-to).")))
        return 0;
    OrgService service(ctx.db(), ctx.clock());
    const auto departments = service.departments();
    const auto sections = service.sections();
    const auto posts = service.posts();
    if (p.isSet(json)) {
        ctx.out() << QString::fromUtf8(json::dump(json::org(departments, sections, posts))) << Qt::flush;
        return 0;
    }
    for (const DepartmentInfo &d : departments) {
        ctx.out() << d.code << "  " << d.nameEn << " / " << d.nameHi
                  << tr("  (time limit %1 working days)").arg(d.timeLimitDays) << Qt::endl;
        for (const SectionInfo &s : sections)
            if (s.departmentCode == d.code)
                ctx.out() << "  " << tr("section") << " " << s.code << "  " << s.nameEn << Qt::endl;
        for (const PostInfo &post : posts)
            if (post.departmentCode == d.code)
                ctx.out() << "  " << tr("post") << " " << qSetFieldWidth(10) << Qt::left << post.code
                          << qSetFieldWidth(0) << " " << qSetFieldWidth(34) << post.titleEn
                          << qSetFieldWidth(0) << " " << qSetFieldWidth(12)
                          << (post.holderLogin.isEmpty() ? tr("(vacant)") : post.holderLogin)
                          << qSetFieldWidth(0) << " "
                          << (post.reportsToCode.isEmpty() ? QString()
                                                           : tr("reports to %1").arg(post.reportsToCode))
                          << Qt::endl;
    }
    return 0;
}

int importOrg(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE.csv"),
                            tr("The organisation CSV (see README: record,code,name_en,...)."));
    if (!ctx.parse(
            p, withPath(QStringLiteral("nasti-admin import-org"), args),
            tr("Import departments, sections, posts and users from a CSV file. Every row is checked first; "
               "if any row is bad, nothing is imported."),
            QStringLiteral("FILE.csv")))
        return 0;
    if (p.positionalArguments().size() != 1)
        throw UsageError{tr("import-org takes one CSV file.")};
    QFile file(p.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly))
        fail(NastiError::Kind::Invalid, tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    OrgService service(ctx.db(), ctx.clock());
    const auto s = OrgCsvImporter(ctx.db(), service).import(file.readAll());
    ctx.out() << tr("Imported %1 departments, %2 sections, %3 posts and %4 users.")
                     .arg(s.departments)
                     .arg(s.sections)
                     .arg(s.posts)
                     .arg(s.users)
              << Qt::endl;
    return 0;
}

int user(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    OrgService service(ctx.db(), ctx.clock());
    QCommandLineParser p;
    if (sub == QLatin1String("add")) {
        const QCommandLineOption name(QStringLiteral("name"), tr("Full name."), QStringLiteral("NAME"));
        const QCommandLineOption post(QStringLiteral("post"), tr("Code of the post the user holds."),
                                      QStringLiteral("POST_CODE"));
        const QCommandLineOption role(QStringLiteral("role"), tr("clerk, officer, reviewer or admin."),
                                      QStringLiteral("ROLE"));
        p.addOptions({name, post, role});
        p.addPositionalArgument(QStringLiteral("LOGIN"), tr("The new login."));
        if (!ctx.parse(p, withPath(QStringLiteral("nasti-admin user add"), rest),
                       tr("Add a user holding a post. The password comes from NASTI_PASSWORD or a prompt."),
                       QStringLiteral("LOGIN")))
            return 0;
        if (p.positionalArguments().size() != 1 || !p.isSet(name) || !p.isSet(role))
            throw UsageError{tr("user add needs LOGIN, --name and --role.")};
        const auto r = codes::parseRole(p.value(role));
        if (!r)
            throw UsageError{tr("--role must be clerk, officer, reviewer or admin.")};
        const QString login = p.positionalArguments().first();
        const QString pw = ctx.password(tr("Password for the new user %1: ").arg(login));
        if (pw.size() < 4)
            fail(NastiError::Kind::Invalid, tr("The password is too short (at least 4 characters)."));
        service.addUser(login, p.value(name), *r, pw, p.value(post));
        ctx.out() << tr("User %1 added.").arg(login) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("disable") || sub == QLatin1String("enable") || sub == QLatin1String("passwd")) {
        p.addPositionalArgument(QStringLiteral("LOGIN"), tr("The login."));
        const QString what =
            sub == QLatin1String("disable")  ? tr("Disable a login; the files stay with its posts.")
            : sub == QLatin1String("enable") ? tr("Enable a disabled login.")
                                             : tr("Set a user's password (NASTI_PASSWORD or a prompt).");
        if (!ctx.parse(p, withPath(QStringLiteral("nasti-admin user ") + sub, rest), what,
                       QStringLiteral("LOGIN")))
            return 0;
        if (p.positionalArguments().size() != 1)
            throw UsageError{tr("user %1 takes one LOGIN.").arg(sub)};
        const QString login = p.positionalArguments().first();
        if (sub == QLatin1String("passwd")) {
            service.setPassword(login, ctx.password(tr("New password for %1: ").arg(login)));
            ctx.out() << tr("Password of %1 changed.").arg(login) << Qt::endl;
        } else {
            service.setEnabled(login, sub == QLatin1String("enable"));
            ctx.out() << (sub == QLatin1String("enable") ? tr("%1 enabled.") : tr("%1 disabled.")).arg(login)
                      << Qt::endl;
        }
        return 0;
    }
    if (sub == QLatin1String("transfer")) {
        p.addPositionalArgument(QStringLiteral("POST_CODE"), tr("The post handed over."));
        p.addPositionalArgument(QStringLiteral("LOGIN"), tr("The user who takes charge."));
        if (!ctx.parse(p, withPath(QStringLiteral("nasti-admin user transfer"), rest),
                       tr("Charge handover: give a post to another user. The files stay with the post."),
                       QStringLiteral("POST_CODE LOGIN")))
            return 0;
        if (p.positionalArguments().size() != 2)
            throw UsageError{tr("user transfer takes POST_CODE and LOGIN.")};
        service.transferPost(p.positionalArguments().at(0), p.positionalArguments().at(1));
        ctx.out() << tr("%1 now holds %2.").arg(p.positionalArguments().at(1), p.positionalArguments().at(0))
                  << Qt::endl;
        return 0;
    }
    if (sub.isEmpty()) // a failure says so in one line on stderr
        throw UsageError{
            tr("user needs a command: add, disable, enable, passwd or transfer (see user --help).")};
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        ctx.out() << tr("Usage: nasti-admin user add|disable|enable|passwd|transfer ... (each with --help)")
                  << Qt::endl;
        return 0;
    }
    throw UsageError{tr("Unknown user command “%1”.").arg(sub)};
}

int verify(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption store(
        QStringLiteral("heads"),
        tr("Where remembered chain heads are kept (default: the user's data directory)."),
        QStringLiteral("FILE"));
    p.addOption(store);
    const QCommandLineOption acceptOlder(
        QStringLiteral("accept-older"),
        tr("Accept a database older than the one this computer saw last (restored "
           "from a backup) and remember its chain head."));
    p.addOption(acceptOlder);
    if (!ctx.parse(p, withPath(QStringLiteral("nasti-admin verify"), args),
                   tr("Check the hash chain of the event log and every recorded history row; report the "
                      "first broken link. "
                      "Also re-checks from the chain head remembered by the last verify on this machine.")))
        return 0;
    // A seed-scale run that was killed leaves its marker: its rows have no
    // seed.imported event yet, which is an unfinished benchmark seed, not tampering.
    if (ctx.db()
            .scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'seed_scale_unfinished'"))
            .isValid())
        fail(NastiError::Kind::Refused, tr("verify: this database holds an interrupted seed-scale run "
                                           "(benchmark data); run seed-scale again to "
                                           "finish it. Nothing was checked."));
    const QString dbId = OrgService(ctx.db(), ctx.clock()).databaseId();
    ChainHeadStore heads(p.value(store));
    const auto remembered = heads.remembered(dbId);
    const auto result = EventLog(ctx.db()).verify(remembered);
    if (!result.ok && remembered && result.problem == olderDatabaseProblem(result.head.seq + 1)) {
        // Intact, but older than what this computer saw: a restore or a rollback, not an alteration.
        if (!p.isSet(acceptOlder)) {
            ctx.err() << tr("verify: %1 Run verify --accept-older to go on from it.").arg(result.problem)
                      << Qt::endl;
            return 4;
        }
    } else if (!result.ok) {
        ctx.err() << tr("verify: TAMPERING DETECTED: %1").arg(oneLine(result.problem)) << Qt::endl;
        return 3;
    }
    heads.remember(dbId, result.head);
    ctx.out()
        << tr("verify: OK — %1 events and %2 history rows intact, %3 signatures valid; chain head %4:%5.")
               .arg(result.eventsChecked)
               .arg(result.rowsChecked)
               .arg(result.signaturesChecked)
               .arg(result.head.seq)
               .arg(result.head.hash.left(16))
        << Qt::endl;
    return 0;
}

} // namespace nasti::cli
