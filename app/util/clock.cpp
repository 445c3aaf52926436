#include "util/clock.h"

namespace nasti {

QTimeZone Clock::officeZone()
{
    // Built in rather than looked up, so a machine without tzdata still reckons
    // IST correctly (India has had no daylight saving since 1945).
    static const QTimeZone zone = [] {
        QTimeZone tz("Asia/Kolkata");
        return tz.isValid() ? tz : QTimeZone(5 * 3600 + 1800);
    }();
    return zone;
}

QDateTime Clock::toOffice(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, officeZone());
}

QDate Clock::officeDate(qint64 ms)
{
    return toOffice(ms).date();
}

qint64 Clock::startOfOfficeDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), officeZone()).toMSecsSinceEpoch();
}

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace nasti
