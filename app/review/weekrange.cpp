#include "review/weekrange.h"

#include "util/clock.h"

#include <QRegularExpression>

namespace nasti {

WeekRange WeekRange::ofDate(const QDate &day)
{
    if (!day.isValid())
        return {};
    return WeekRange(day.addDays(1 - day.dayOfWeek()));
}

WeekRange WeekRange::containing(qint64 ms)
{
    return ofDate(Clock::officeDate(ms));
}

WeekRange WeekRange::lastComplete(qint64 nowMs)
{
    return containing(nowMs).previous();
}

std::optional<WeekRange> WeekRange::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-?[Ww](\\d{1,2})$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    const int week = m.captured(2).toInt();
    if (week < 1)
        return std::nullopt;
    // ISO week 1 is the week that contains 4 January.
    const WeekRange first = ofDate(QDate(year, 1, 4));
    const WeekRange w = first.next(week - 1);
    if (w.isoYear() != year || w.isoWeek() != week)
        return std::nullopt; // week 53 of a 52-week year
    return w;
}

qint64 WeekRange::startMs() const
{
    return Clock::startOfOfficeDay(m_monday);
}

qint64 WeekRange::endMs() const
{
    return startMs() + kWeekMs;
}

int WeekRange::isoYear() const
{
    int year = 0;
    m_monday.weekNumber(&year);
    return year;
}

int WeekRange::isoWeek() const
{
    return m_monday.weekNumber();
}

QString WeekRange::code() const
{
    return QStringLiteral("%1-W%2").arg(isoYear()).arg(isoWeek(), 2, 10, QLatin1Char('0'));
}

QString WeekRange::label() const
{
    return QStringLiteral("%1 (%2 – %3)")
        .arg(code(), m_monday.toString(QStringLiteral("dd.MM.yyyy")),
             sunday().toString(QStringLiteral("dd.MM.yyyy")));
}

qint64 WeekRange::dayNumber(const QDate &day)
{
    return QDate(1970, 1, 1).daysTo(day);
}

} // namespace nasti
