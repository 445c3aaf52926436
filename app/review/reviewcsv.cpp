#include "review/reviewcsv.h"

#include "review/reviewcolumns.h"

#include <QCoreApplication>

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::Review", text);
}

void depthFirst(const WeeklyReview &r, int unit, int depth, QList<QPair<int, int>> &out)
{
    out << qMakePair(unit, depth);
    for (const int child : r.units[unit].children)
        depthFirst(r, child, depth + 1, out);
}

QStringList fileHeader()
{
    return {tr("File number"),     tr("Subject"), tr("Section"),      tr("Held at"), tr("Level"),
            tr("Since"),           tr("Days"),    tr("Working days"), tr("Overdue"), tr("Parked"),
            tr("Reason for delay")};
}

QStringList fileRow(const ReviewFile &f, bool hindi)
{
    return {f.fileNo,
            f.subject,
            f.sectionCode,
            f.postCode + QStringLiteral(" (") + review::postTitle(f, hindi) + QLatin1Char(')'),
            review::levelLabel(f.level),
            review::officeTime(f.since),
            QString::number(f.days),
            QString::number(f.workingDays),
            f.overdue ? tr("yes") : QString(),
            f.parked ? tr("yes") : QString(),
            f.delayReason};
}
// The arrear statement's attestation of the file's latest note (issue 16).
QString attestation(const ReviewFile &f)
{
    switch (f.lastNoteSignature) {
    case ReviewFile::NoteSignature::Valid:
        return tr("%1, %2 on %3")
            .arg(f.lastNoteSigner, f.lastNoteDesignation, review::officeDate(f.lastNoteSignedAt));
    case ReviewFile::NoteSignature::Broken:
        return tr("%1, %2: the signature does not verify").arg(f.lastNoteSigner, f.lastNoteDesignation);
    case ReviewFile::NoteSignature::None:
        break;
    }
    return {};
}
} // namespace

QString ReviewCsv::field(const QString &text)
{
    QString t = text;
    // A cell starting like a formula is shown as text, never evaluated by the spreadsheet.
    if (!t.isEmpty() && QStringLiteral("=+-@").contains(t.front()) &&
        !(t.front() == QLatin1Char('-') && t.size() > 1 && t[1].isDigit()))
        t.prepend(QLatin1Char('\''));
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n')) ||
        t.contains(QLatin1Char('\r'))) {
        t.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + t + QLatin1Char('"');
    }
    return t;
}

QString ReviewCsv::row(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted << field(f);
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray ReviewCsv::write(const WeeklyReview &r, bool hindi)
{
    QString out;
    out += row({tr("Weekly review"), r.week.code(), tr("as of"), review::officeTime(r.asOfMs)});
    QStringList header{tr("Kind"), tr("Code"), tr("Name")};
    for (int c = review::Pending; c < review::ColumnCount; ++c)
        header << review::columnTitle(c);
    out += row(header);
    QList<QPair<int, int>> order;
    depthFirst(r, 0, 0, order);
    for (const auto &[index, depth] : std::as_const(order)) {
        const ReviewUnit &u = r.units[index];
        const QString name = u.kind == UnitKind::Secretariat
                                 ? review::unitName(u, hindi)
                                 : (hindi && !u.nameHi.isEmpty() ? u.nameHi : u.nameEn);
        QStringList fields{review::unitKindLabel(u.kind),
                           u.kind == UnitKind::Secretariat ? QString() : u.code, name};
        for (int c = review::Pending; c < review::ColumnCount; ++c)
            fields << review::text(u.figures, c);
        out += row(fields);
    }
    out += QStringLiteral("\r\n");
    out += row({tr("Longest pending files")});
    out += row(fileHeader() << tr("Latest note digitally signed by"));
    for (const ReviewFile &f : r.longest)
        out += row(fileRow(f, hindi) << attestation(f));
    out += QStringLiteral("\r\n");
    out += row({tr("Trend (12 weeks)")});
    out += row({tr("Week"), tr("Pending at week end"), tr("Created"), tr("Disposed")});
    for (const TrendPoint &p : r.root().trend)
        out += row({p.week.code(), QString::number(p.pending), QString::number(p.created),
                    QString::number(p.disposed)});
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray ReviewCsv::write(const QList<ReviewFile> &files, bool hindi)
{
    QString out = row(fileHeader());
    for (const ReviewFile &f : files)
        out += row(fileRow(f, hindi));
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace nasti
