#include "searchcommands.h"

#include "clicontext.h"
#include "jsonout.h"

#include "domain/textfields.h"
#include "services/filequeries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace nasti::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::cli", text);
}

QDate dateValue(const QCommandLineParser &p, const QCommandLineOption &o)
{
    if (!p.isSet(o))
        return {};
    const auto d = codes::parseIsoDate(p.value(o));
    if (!d)
        throw UsageError{tr("--%1 must be a date written YYYY-MM-DD.").arg(o.names().constFirst())};
    return *d;
}
} // namespace

int search(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    auto opt = [](const char *name, const char *help, const char *value) {
        return QCommandLineOption(QString::fromLatin1(name), tr(help), QString::fromLatin1(value));
    };
    const QCommandLineOption fileNo =
        opt("file-no", QT_TRANSLATE_NOOP("nasti::cli", "File number prefix."), "PREFIX");
    const QCommandLineOption sender =
        opt("sender", QT_TRANSLATE_NOOP("nasti::cli", "Sender of a letter in the file (any part, any case)."),
            "TEXT");
    const QCommandLineOption letterNo =
        opt("letter-no", QT_TRANSLATE_NOOP("nasti::cli", "Letter number prefix."), "PREFIX");
    const QCommandLineOption diaryNo =
        opt("diary-no", QT_TRANSLATE_NOOP("nasti::cli", "Diary number prefix."), "PREFIX");
    const QCommandLineOption holder =
        opt("holder", QT_TRANSLATE_NOOP("nasti::cli", "Code of the post that holds the file now."), "POST");
    const QCommandLineOption from =
        opt("from", QT_TRANSLATE_NOOP("nasti::cli", "Opened on or after this day (YYYY-MM-DD)."), "DATE");
    const QCommandLineOption to =
        opt("to", QT_TRANSLATE_NOOP("nasti::cli", "Opened on or before this day (YYYY-MM-DD)."), "DATE");
    const QCommandLineOption priority =
        opt("priority", QT_TRANSLATE_NOOP("nasti::cli", "normal, priority, top-priority or immediate."), "P");
    const QCommandLineOption grading =
        opt("grading", QT_TRANSLATE_NOOP("nasti::cli", "normal, confidential, secret or top-secret."), "G");
    const QCommandLineOption status =
        opt("status", QT_TRANSLATE_NOOP("nasti::cli", "open, parked or closed."), "S");
    const QCommandLineOption limit =
        opt("limit", QT_TRANSLATE_NOOP("nasti::cli", "How many files (default 100)."), "N");
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    p.addOptions(
        {fileNo, sender, letterNo, diaryNo, holder, from, to, priority, grading, status, limit, json});
    p.addPositionalArgument(QStringLiteral("words"), tr("Words of the subject and notes (Hindi or English)."),
                            QStringLiteral("[WORDS...]"));
    if (!ctx.parse(p, QStringList{QStringLiteral("nasti-admin search")} + args,
                   tr("Search the files you may see; every option given narrows the result. Newest first.")))
        return 0;
    SearchCriteria c;
    c.words = p.positionalArguments().join(QLatin1Char(' '));
    c.fileNo = p.value(fileNo);
    c.sender = p.value(sender);
    c.letterNo = p.value(letterNo);
    c.diaryNo = p.value(diaryNo);
    c.holderPostCode = p.value(holder);
    c.openedFrom = dateValue(p, from);
    c.openedTo = dateValue(p, to);
    if (p.isSet(priority)) {
        c.priority = codes::parsePriority(p.value(priority));
        if (!c.priority)
            throw UsageError{tr("--priority must be normal, priority, top-priority or immediate.")};
    }
    if (p.isSet(grading)) {
        c.grading = codes::parseGrading(p.value(grading));
        if (!c.grading)
            throw UsageError{tr("--grading must be normal, confidential, secret or top-secret.")};
    }
    if (p.isSet(status)) {
        const QString s = p.value(status).trimmed();
        if (s != QLatin1String("open") && s != QLatin1String("parked") && s != QLatin1String("closed"))
            throw UsageError{tr("--status must be open, parked or closed.")};
        c.status = codes::parseStatus(s);
    }
    if (c.isEmpty())
        throw UsageError{tr("Say what to search for: words, or at least one option (see --help).")};
    const int n = p.isSet(limit) ? qBound(1, p.value(limit).toInt(), 10000) : 100;
    const QList<FileSummary> files = FileQueries(ctx.db(), ctx.clock()).search(ctx.session(), c, n);
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const FileSummary &f : files)
            arr.append(json::summary(f));
        ctx.out() << QString::fromUtf8(json::dump(QJsonObject{{QStringLiteral("files"), arr}})) << Qt::flush;
        return 0;
    }
    for (const FileSummary &f : files)
        ctx.out() << qSetFieldWidth(28) << Qt::left << f.fileNo << qSetFieldWidth(0) << " "
                  << qSetFieldWidth(8) << codes::status(f.status) << qSetFieldWidth(0) << " "
                  << qSetFieldWidth(10) << f.holderPostCode << qSetFieldWidth(0) << " "
                  << textfields::printable(f.subject) << Qt::endl;
    if (files.isEmpty())
        ctx.out() << tr("No file matches %1.").arg(c.describe()) << Qt::endl;
    return 0;
}

} // namespace nasti::cli
