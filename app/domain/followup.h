#pragma once

#include <QDate>
#include <QString>

namespace nasti {

// A reminder (level 1, to the holder) or an escalation (level 2 to the holder's
// reporting officer, level 3 to his) of a file past its time limit (schema step 011).
struct FollowupView
{
    qint64 fileId = 0;
    QString fileNo, subject;
    int grading = 0;
    int level = 1;
    QString holderCode, holderTitleEn, holderTitleHi, toCode;
    qint64 since = 0; // the stay it concerns: arrival at the holder
    qint64 at = 0;    // when it was raised
    int workingDays = 0, limitDays = 0;
    QString delayReason; // the holder's reason for delay, if recorded
};

// A call for a file, or a watch-list line: a senior officer's direction and date, and
// the holder's answer.
struct CallView
{
    qint64 id = 0, fileId = 0;
    QString kind; // "call" or "watch"
    QString fileNo, subject;
    int grading = 0;
    QString byPostCode, holderCode, holderTitleEn, holderTitleHi;
    QString direction, answer;
    QDate dueDate;
    qint64 createdAt = 0, holderSince = 0, answeredAt = 0, endedAt = 0;
    int daysLate = 0; // calendar days past the date while unanswered (or until answered)
};

// A reference category with its own clock (VIP, Assembly question, court case, CM
// Helpline, CPGRAMS).
struct CategoryView
{
    QString code, nameEn, nameHi;
    int defaultDays = 0;
};

} // namespace nasti
