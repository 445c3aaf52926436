#pragma once

#include <QDate>
#include <QSet>

namespace nasti {

// CSMOP para 60 counts working days: Saturdays, Sundays and declared holidays
// do not count against a file's time limit.
class WorkingCalendar
{
public:
    WorkingCalendar() = default;
    explicit WorkingCalendar(QSet<QDate> holidays) : m_holidays(std::move(holidays)) {}

    bool isWorkingDay(const QDate &day) const;
    // Working days after `from` up to and including `to` (0 when to <= from).
    int workingDaysBetween(const QDate &from, const QDate &to) const;

private:
    QSet<QDate> m_holidays;
};

} // namespace nasti
