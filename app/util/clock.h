#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace nasti {

// Time in Nasti is stored as UTC milliseconds since the epoch (BIGINT on both
// backends); days, weeks and working days are reckoned in Asia/Kolkata.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;

    static QTimeZone officeZone();
    static QDateTime toOffice(qint64 ms);
    static QDate officeDate(qint64 ms);
    static qint64 startOfOfficeDay(const QDate &date);
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

// A clock tests and the demo seeder can set and advance.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 ms = 0) : m_ms(ms) {}
    qint64 nowMs() const override { return m_ms; }
    void set(qint64 ms) { m_ms = ms; }
    void advance(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms;
};

} // namespace nasti
