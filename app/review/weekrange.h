#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace nasti {

// One review week: Monday 00:00 to Sunday 24:00 in Asia/Kolkata, as the half-open
// UTC millisecond range [startMs, endMs). India keeps no daylight saving, so every
// week is exactly 7 × 24 hours.
class WeekRange
{
public:
    WeekRange() = default;
    // The week whose Monday is `monday` (any other day is moved back to its Monday).
    static WeekRange ofDate(const QDate &day);
    // The week containing the instant `ms`.
    static WeekRange containing(qint64 ms);
    // The last week that has ended by `nowMs`: the default of the review.
    static WeekRange lastComplete(qint64 nowMs);
    // ISO 8601 week "2025-W02" (also "2025W02", "2025-w2"); std::nullopt if malformed.
    static std::optional<WeekRange> parse(const QString &text);

    bool isValid() const { return m_monday.isValid(); }
    QDate monday() const { return m_monday; }
    QDate sunday() const { return m_monday.addDays(6); }
    qint64 startMs() const;
    qint64 endMs() const; // Sunday 24:00 IST, exclusive
    int isoYear() const;
    int isoWeek() const;
    QString code() const;  // "2025-W02"
    QString label() const; // "2025-W02 (06.01.2025 – 12.01.2025)"
    WeekRange previous(int weeks = 1) const { return ofDate(m_monday.addDays(-7 * weeks)); }
    WeekRange next(int weeks = 1) const { return ofDate(m_monday.addDays(7 * weeks)); }

    // Days since 1970-01-01 of an IST date, as the SQL computes (ms + 5h30m) / 1 day.
    static qint64 dayNumber(const QDate &day);

    bool operator==(const WeekRange &o) const { return m_monday == o.m_monday; }

    static constexpr qint64 kDayMs = 86400000;
    static constexpr qint64 kWeekMs = 7 * kDayMs;
    static constexpr qint64 kIstOffsetMs = 19800000;

private:
    explicit WeekRange(const QDate &monday) : m_monday(monday) {}
    QDate m_monday;
};

} // namespace nasti
