#pragma once

#include "review/review.h"

#include <QByteArray>
#include <QStringList>

namespace nasti {

// CSV for spreadsheets: UTF-8 with a byte-order mark (Excel then reads Hindi
// right), RFC 4180 quoting, CRLF line ends. Three blocks separated by an empty
// line: the units (depth first, as on screen), the longest-pending files, and the
// 12-week trend of the root.
class ReviewCsv
{
public:
    static QByteArray write(const WeeklyReview &review, bool hindi);
    static QByteArray write(const QList<ReviewFile> &files, bool hindi); // a drill-down list
    static QString field(const QString &text);                           // quoted when needed
    static QString row(const QStringList &fields);
};

} // namespace nasti
