#include "domain/workingcalendar.h"

namespace nasti {

bool WorkingCalendar::isWorkingDay(const QDate &day) const
{
    const int dow = day.dayOfWeek();
    return dow != Qt::Saturday && dow != Qt::Sunday && !m_holidays.contains(day);
}

int WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    const qint64 span = from.daysTo(to);
    // Whole weeks contribute five working days each; walk only the remainder.
    const qint64 weeks = span / 7;
    int days = static_cast<int>(weeks * 5);
    for (QDate d = from.addDays(weeks * 7 + 1); d <= to; d = d.addDays(1))
        if (d.dayOfWeek() != Qt::Saturday && d.dayOfWeek() != Qt::Sunday)
            ++days;
    for (const QDate &h : m_holidays)
        if (h > from && h <= to && h.dayOfWeek() != Qt::Saturday && h.dayOfWeek() != Qt::Sunday)
            --days;
    return days;
}

} // namespace nasti
