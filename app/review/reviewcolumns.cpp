#include "review/reviewcolumns.h"

#include "util/clock.h"

#include <QCoreApplication>

namespace nasti::review {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::Review", text);
}
} // namespace

QString columnTitle(int column)
{
    switch (column) {
    case Name:
        return tr("Unit");
    case Pending:
        return tr("Pending");
    case Parked:
        return tr("Parked");
    case Age0to7:
        return tr("0–7 d");
    case Age8to15:
        return tr("8–15 d");
    case Age16to30:
        return tr("16–30 d");
    case AgeOver30:
        return tr(">30 d");
    case Overdue:
        return tr("Overdue");
    case Received:
        return tr("Recd");
    case ReceivedLastWeek:
        return tr("Recd (prev)");
    case Created:
        return tr("Created");
    case CreatedLastWeek:
        return tr("Created (prev)");
    case Disposed:
        return tr("Disposed");
    case DisposedLastWeek:
        return tr("Disposed (prev)");
    case WaitAsst:
        return tr("Wait Asst (d)");
    case WaitSO:
        return tr("Wait SO (d)");
    case WaitUS:
        return tr("Wait US (d)");
    case WaitDS:
        return tr("Wait DS (d)");
    case WaitPS:
        return tr("Wait PS (d)");
    case Called:
        return tr("Called for");
    case Reminders:
        return tr("Reminders");
    case Escalations:
        return tr("Escalated");
    case Levels:
        return tr("Levels");
    case OverFourLevels:
        return tr(">4 levels");
    case PerOfficial:
        return tr("Disposed/official");
    }
    return {};
}

QString columnDescription(int column)
{
    switch (column) {
    case Name:
        return tr("Department, section or post");
    case Pending:
        return tr("Files open or parked at the week's end");
    case Parked:
        return tr("Of the pending files, those parked");
    case Age0to7:
        return tr("Pending 0 to 7 calendar days with the holder");
    case Age8to15:
        return tr("Pending 8 to 15 calendar days with the holder");
    case Age16to30:
        return tr("Pending 16 to 30 calendar days with the holder");
    case AgeOver30:
        return tr("Pending over 30 calendar days with the holder");
    case Overdue:
        return tr("Open files past the department's time limit in working days");
    case Received:
        return tr("Files received from outside the unit this week (secretariat: dak diarised)");
    case ReceivedLastWeek:
        return tr("Received in the week before");
    case Created:
        return tr("Files opened this week");
    case CreatedLastWeek:
        return tr("Files opened in the week before");
    case Disposed:
        return tr("Files closed this week");
    case DisposedLastWeek:
        return tr("Files closed in the week before");
    case WaitAsst:
        return tr("Average days a file waited with an Assistant (stays ended this week)");
    case WaitSO:
        return tr("Average days a file waited with a Section Officer (stays ended this week)");
    case WaitUS:
        return tr("Average days a file waited with an Under Secretary (stays ended this week)");
    case WaitDS:
        return tr("Average days a file waited with a Deputy Secretary (stays ended this week)");
    case WaitPS:
        return tr("Average days a file waited with a Principal Secretary (stays ended this week)");
    case Called:
        return tr("Pending files with a call for the file not yet answered");
    case Reminders:
        return tr("Reminders raised this week for files past their time limit");
    case Escalations:
        return tr("Files escalated this week to the holder's reporting officer");
    case Levels:
        return tr("Average number of posts a file closed this week passed through");
    case OverFourLevels:
        return tr("Files closed this week that passed through more than four posts");
    case PerOfficial:
        return tr("Files closed this week per post held by an official");
    }
    return {};
}

QVariant value(const UnitFigures &f, int column)
{
    switch (column) {
    case Pending:
        return f.pending;
    case Parked:
        return f.parked;
    case Age0to7:
        return f.age[0];
    case Age8to15:
        return f.age[1];
    case Age16to30:
        return f.age[2];
    case AgeOver30:
        return f.age[3];
    case Overdue:
        return f.overdue;
    case Received:
        return f.week.received;
    case ReceivedLastWeek:
        return f.lastWeek.received;
    case Created:
        return f.week.created;
    case CreatedLastWeek:
        return f.lastWeek.created;
    case Disposed:
        return f.week.disposed;
    case DisposedLastWeek:
        return f.lastWeek.disposed;
    case WaitAsst:
    case WaitSO:
    case WaitUS:
    case WaitDS:
    case WaitPS: {
        const double days = f.averageWaitDays(1 + column - WaitAsst);
        return days < 0 ? QVariant() : QVariant(days);
    }
    case Called:
        return f.called;
    case Reminders:
        return f.reminders;
    case Escalations:
        return f.escalations;
    case Levels: {
        const double l = f.averageLevels();
        return l < 0 ? QVariant() : QVariant(l);
    }
    case OverFourLevels:
        return f.overFour;
    case PerOfficial: {
        const double d = f.disposalsPerOfficial();
        return d < 0 ? QVariant() : QVariant(d);
    }
    }
    return {};
}

QString text(const UnitFigures &f, int column)
{
    const QVariant v = value(f, column);
    if (!v.isValid())
        return {};
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'f', 1);
    return QString::number(v.toInt());
}

std::optional<Measure> measureOf(int column)
{
    switch (column) {
    case Pending:
        return Measure::Pending;
    case Parked:
        return Measure::Parked;
    case Age0to7:
        return Measure::Age0to7;
    case Age8to15:
        return Measure::Age8to15;
    case Age16to30:
        return Measure::Age16to30;
    case AgeOver30:
        return Measure::AgeOver30;
    case Overdue:
        return Measure::Overdue;
    case Received:
        return Measure::Received;
    case ReceivedLastWeek:
        return Measure::ReceivedLastWeek;
    case Created:
        return Measure::Created;
    case CreatedLastWeek:
        return Measure::CreatedLastWeek;
    case Disposed:
        return Measure::Disposed;
    case DisposedLastWeek:
        return Measure::DisposedLastWeek;
    case WaitSO:
        return Measure::WaitSO;
    case WaitUS:
        return Measure::WaitUS;
    case WaitDS:
        return Measure::WaitDS;
    case WaitPS:
        return Measure::WaitPS;
    case WaitAsst:
        return Measure::WaitAsst;
    case Called:
        return Measure::Called;
    case Reminders:
        return Measure::Reminders;
    case Escalations:
        return Measure::Escalations;
    case Levels:
        return Measure::Disposed;
    case OverFourLevels:
        return Measure::OverFourLevels;
    case PerOfficial:
        return Measure::Disposed;
    }
    return std::nullopt;
}

QString measureTitle(Measure m)
{
    switch (m) {
    case Measure::Pending:
        return columnDescription(Pending);
    case Measure::Parked:
        return columnDescription(Parked);
    case Measure::Age0to7:
        return columnDescription(Age0to7);
    case Measure::Age8to15:
        return columnDescription(Age8to15);
    case Measure::Age16to30:
        return columnDescription(Age16to30);
    case Measure::AgeOver30:
        return columnDescription(AgeOver30);
    case Measure::Overdue:
        return columnDescription(Overdue);
    case Measure::Received:
        return columnDescription(Received);
    case Measure::ReceivedLastWeek:
        return columnDescription(ReceivedLastWeek);
    case Measure::Created:
        return columnDescription(Created);
    case Measure::CreatedLastWeek:
        return columnDescription(CreatedLastWeek);
    case Measure::Disposed:
        return columnDescription(Disposed);
    case Measure::DisposedLastWeek:
        return columnDescription(DisposedLastWeek);
    case Measure::WaitSO:
        return columnDescription(WaitSO);
    case Measure::WaitUS:
        return columnDescription(WaitUS);
    case Measure::WaitDS:
        return columnDescription(WaitDS);
    case Measure::WaitPS:
        return columnDescription(WaitPS);
    case Measure::WaitAsst:
        return columnDescription(WaitAsst);
    case Measure::Called:
        return columnDescription(Called);
    case Measure::Reminders:
        return columnDescription(Reminders);
    case Measure::Escalations:
        return columnDescription(Escalations);
    case Measure::OverFourLevels:
        return columnDescription(OverFourLevels);
    }
    return {};
}

QString unitKindLabel(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Secretariat:
        return tr("Secretariat");
    case UnitKind::Department:
        return tr("Department");
    case UnitKind::Section:
        return tr("Section");
    case UnitKind::Post:
        return tr("Post");
    }
    return {};
}

QString unitName(const ReviewUnit &unit, bool hindi)
{
    if (unit.kind == UnitKind::Secretariat)
        return hindi ? unit.nameHi : unit.nameEn;
    const QString name = hindi && !unit.nameHi.isEmpty() ? unit.nameHi : unit.nameEn;
    return unit.code + QStringLiteral(" — ") + name;
}

QString postTitle(const ReviewFile &file, bool hindi)
{
    return hindi && !file.postTitleHi.isEmpty() ? file.postTitleHi : file.postTitleEn;
}

QString levelLabel(int level)
{
    switch (level) {
    case 1:
        return tr("Assistant");
    case 2:
        return tr("Section Officer");
    case 3:
        return tr("Under Secretary");
    case 4:
        return tr("Deputy Secretary");
    case 5:
        return tr("Principal Secretary");
    case 6:
        return tr("Chief Secretary");
    }
    return {};
}

QString officeTime(qint64 ms)
{
    return Clock::toOffice(ms).toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

QString officeDate(qint64 ms)
{
    return Clock::toOffice(ms).toString(QStringLiteral("dd.MM.yyyy"));
}

} // namespace nasti::review
