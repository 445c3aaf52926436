#pragma once

#include "review/review.h"

#include <QVariant>

#include <optional>

namespace nasti::review {

// The figure columns shared by the screen's tree, the CSV and the printed report.
enum Column
{
    Name,
    Pending,
    Parked,
    Age0to7,
    Age8to15,
    Age16to30,
    AgeOver30,
    Overdue,
    Received,
    ReceivedLastWeek,
    Created,
    CreatedLastWeek,
    Disposed,
    DisposedLastWeek,
    WaitAsst,
    WaitSO,
    WaitUS,
    WaitDS,
    WaitPS,
    Called,
    Reminders,
    Escalations,
    Levels,
    OverFourLevels,
    PerOfficial,
    ColumnCount
};

QString columnTitle(int column);       // short, translated
QString columnDescription(int column); // one line, translated (tooltips, report legend)
// An int for counts, a double (days, one decimal) for waits, invalid when no stay ended.
QVariant value(const UnitFigures &figures, int column);
QString text(const UnitFigures &figures, int column); // value formatted for print and CSV
std::optional<Measure> measureOf(int column);
QString measureTitle(Measure measure);

QString unitKindLabel(UnitKind kind);
// The unit in the chosen language: Hindi name when asked for and recorded.
QString unitName(const ReviewUnit &unit, bool hindi);
QString postTitle(const ReviewFile &file, bool hindi);
QString levelLabel(int level); // "Section Officer" ...

// IST date and time for reports: "12.01.2025 17:30".
QString officeTime(qint64 ms);
QString officeDate(qint64 ms);

} // namespace nasti::review
