#include "followupcommands.h"

#include "clicontext.h"
#include "jsonout.h"

#include "domain/textfields.h"
#include "services/followupservice.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nasti::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::cli", text);
}

QJsonObject followupJson(const FollowupView &v)
{
    return QJsonObject{{QStringLiteral("file_no"), v.fileNo},
                       {QStringLiteral("subject"), v.subject},
                       {QStringLiteral("level"), v.level},
                       {QStringLiteral("holder"), v.holderCode},
                       {QStringLiteral("to"), v.toCode},
                       {QStringLiteral("since"), json::time(v.since)},
                       {QStringLiteral("at"), json::time(v.at)},
                       {QStringLiteral("working_days"), v.workingDays},
                       {QStringLiteral("limit_days"), v.limitDays},
                       {QStringLiteral("reason_for_delay"), v.delayReason}};
}

QJsonObject callJson(const CallView &v)
{
    return QJsonObject{{QStringLiteral("id"), v.id},
                       {QStringLiteral("kind"), v.kind},
                       {QStringLiteral("file_no"), v.fileNo},
                       {QStringLiteral("subject"), v.subject},
                       {QStringLiteral("by"), v.byPostCode},
                       {QStringLiteral("holder"), v.holderCode},
                       {QStringLiteral("since"), json::time(v.holderSince)},
                       {QStringLiteral("direction"), v.direction},
                       {QStringLiteral("due"), v.dueDate.toString(Qt::ISODate)},
                       {QStringLiteral("answer"), v.answer},
                       {QStringLiteral("answered_at"), v.answeredAt ? json::time(v.answeredAt) : QString()},
                       {QStringLiteral("days_late"), v.daysLate}};
}
} // namespace

int followup(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QString path = QStringLiteral("nasti-admin followup ") + sub;
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    p.addOption(json);
    if (sub == QLatin1String("run")) {
        if (!ctx.parse(p, QStringList{path} + args.mid(1),
                       tr("Record the reminders and escalations that are due and bring parked files back on "
                          "their review date: for your posts with --as, else for every file (the database "
                          "owner; run it from cron, say hourly). Idempotent.")))
            return 0;
        const bool everything = !ctx.hasAs();
        const Session session = everything ? Session{} : ctx.session();
        const FollowupService::SweepResult r =
            FollowupService(ctx.db(), ctx.clock(), session).sweep(everything);
        if (p.isSet(json))
            ctx.out() << QString::fromUtf8(
                             json::dump(QJsonObject{{QStringLiteral("reminders"), r.reminders},
                                                    {QStringLiteral("escalations"), r.escalations},
                                                    {QStringLiteral("returned"), r.returned}}))
                      << Qt::flush;
        else
            ctx.out() << tr("%1 reminders, %2 escalations, %3 parked files back in the inbox.")
                             .arg(r.reminders)
                             .arg(r.escalations)
                             .arg(r.returned)
                      << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("reminders") || sub == QLatin1String("escalated")) {
        if (!ctx.parse(p, QStringList{path} + args.mid(1),
                       sub == QLatin1String("reminders")
                           ? tr("List the reminders for files your posts hold past their time limit.")
                           : tr("List the files escalated to your posts, with the reason for delay.")))
            return 0;
        FollowupService svc(ctx.db(), ctx.clock(), ctx.session());
        const QList<FollowupView> rows =
            sub == QLatin1String("reminders") ? svc.reminders() : svc.escalatedToMe();
        if (p.isSet(json)) {
            QJsonArray arr;
            for (const FollowupView &v : rows)
                arr.append(followupJson(v));
            ctx.out() << QString::fromUtf8(json::dump(QJsonObject{{QStringLiteral("files"), arr}}))
                      << Qt::flush;
        } else {
            for (const FollowupView &v : rows)
                ctx.out() << v.fileNo << "  " << v.holderCode << "  "
                          << tr("%1 working days (limit %2)").arg(v.workingDays).arg(v.limitDays) << "  "
                          << textfields::printable(v.delayReason) << Qt::endl;
            if (rows.isEmpty())
                ctx.out() << tr("Nothing is late.") << Qt::endl;
        }
        return 0;
    }
    if (sub == QLatin1String("call") || sub == QLatin1String("watch")) {
        const QCommandLineOption direction(QStringLiteral("direction"), tr("What is wanted on the file."),
                                           QStringLiteral("TEXT"));
        const QCommandLineOption due(QStringLiteral("due"), tr("By when."), QStringLiteral("YYYY-MM-DD"));
        p.addOptions({direction, due});
        p.addPositionalArgument(QStringLiteral("FILE_NO"), tr("The file number."));
        if (!ctx.parse(p, QStringList{path} + args.mid(1),
                       sub == QLatin1String("call")
                           ? tr("Call for a file: the holder sees your direction and answers by the date.")
                           : tr("Put a file on your watch-list with a direction and a date."),
                       QStringLiteral("FILE_NO")))
            return 0;
        if (p.positionalArguments().size() != 1)
            throw UsageError{tr("followup %1 takes one FILE_NO.").arg(sub)};
        const auto date = codes::parseIsoDate(p.value(due));
        if (!date)
            throw UsageError{tr("followup %1 needs --due YYYY-MM-DD.").arg(sub)};
        qint64 id = 0;
        ctx.keyed([&] {
            id = FollowupService(ctx.db(), ctx.clock(), ctx.session())
                     .call(p.positionalArguments().first(), sub, p.value(direction), *date);
        });
        if (p.isSet(json))
            ctx.out() << QString::fromUtf8(json::dump(QJsonObject{{QStringLiteral("id"), id}})) << Qt::flush;
        else
            ctx.out() << id << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("answer") || sub == QLatin1String("unwatch")) {
        const QCommandLineOption text(QStringLiteral("text"), tr("The answer."), QStringLiteral("TEXT"));
        if (sub == QLatin1String("answer"))
            p.addOption(text);
        p.addPositionalArgument(QStringLiteral("CALL_ID"), tr("The call's number."));
        if (!ctx.parse(p, QStringList{path} + args.mid(1),
                       sub == QLatin1String("answer") ? tr("Answer a call for a file you hold.")
                                                      : tr("Take a file off your watch-list."),
                       QStringLiteral("CALL_ID")))
            return 0;
        bool ok = false;
        const qint64 id = p.positionalArguments().value(0).toLongLong(&ok);
        if (!ok || p.positionalArguments().size() != 1)
            throw UsageError{tr("followup %1 takes one CALL_ID.").arg(sub)};
        ctx.keyed([&] {
            FollowupService svc(ctx.db(), ctx.clock(), ctx.session());
            if (sub == QLatin1String("answer"))
                svc.answer(id, p.value(text));
            else
                svc.endWatch(id);
        });
        ctx.out() << tr("Done.") << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("watchlist")) {
        const QCommandLineOption reviewDb(
            QStringLiteral("review-db"),
            tr("Read it from this read-only replica; default: $NASTI_REVIEW_DB."), QStringLiteral("URL"));
        p.addOption(reviewDb);
        if (!ctx.parse(p, QStringList{path} + args.mid(1),
                       tr("Your watch-list: file, holder, since, direction, answer, days late.")))
            return 0;
        const QString replica =
            p.isSet(reviewDb) ? p.value(reviewDb) : qEnvironmentVariable("NASTI_REVIEW_DB");
        const QList<CallView> rows =
            replica.isEmpty()
                ? FollowupService(ctx.db(), ctx.clock(), ctx.session()).watchList()
                : FollowupService(ctx.reviewDb(replica), ctx.clock(), ctx.reviewSession(replica)).watchList();
        if (p.isSet(json)) {
            QJsonArray arr;
            for (const CallView &v : rows)
                arr.append(callJson(v));
            ctx.out() << QString::fromUtf8(json::dump(QJsonObject{{QStringLiteral("calls"), arr}}))
                      << Qt::flush;
        } else {
            for (const CallView &v : rows)
                ctx.out() << v.id << "  " << v.kind << "  " << v.fileNo << "  " << v.holderCode << "  "
                          << v.dueDate.toString(Qt::ISODate) << "  " << textfields::printable(v.direction)
                          << "  " << textfields::printable(v.answer) << Qt::endl;
        }
        return 0;
    }
    if (sub == QLatin1String("category")) {
        const QCommandLineOption category(QStringLiteral("category"),
                                          tr("vip, assembly, court, cm-helpline or cpgrams; empty for none."),
                                          QStringLiteral("CODE"));
        const QCommandLineOption ref(QStringLiteral("ref"), tr("The reference number."),
                                     QStringLiteral("TEXT"));
        p.addOptions({category, ref});
        p.addPositionalArgument(QStringLiteral("FILE_NO"), tr("The file number."));
        if (!ctx.parse(p, QStringList{path} + args.mid(1),
                       tr("Mark a file you hold as a reference category with its own time limit."),
                       QStringLiteral("FILE_NO")))
            return 0;
        if (p.positionalArguments().size() != 1)
            throw UsageError{tr("followup category takes one FILE_NO.")};
        ctx.keyed([&] {
            FollowupService(ctx.db(), ctx.clock(), ctx.session())
                .setCategory(p.positionalArguments().first(), p.value(category), p.value(ref));
        });
        ctx.out() << tr("Done.") << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub.isEmpty()) {
        if (sub.isEmpty())
            throw UsageError{tr("followup needs a command: run, reminders, escalated, call, watch, answer, "
                                "unwatch, watchlist or category.")};
        ctx.out() << tr("Usage: nasti-admin [--as LOGIN] followup "
                        "run|reminders|escalated|call|watch|answer|unwatch|watchlist|category ... (each with "
                        "--help)")
                  << Qt::endl;
        return 0;
    }
    throw UsageError{tr("Unknown followup command “%1”.").arg(sub)};
}

} // namespace nasti::cli
