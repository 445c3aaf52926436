#pragma once

#include "review/review.h"

#include <QString>

class QPagedPaintDevice;

namespace nasti {

// The printed weekly review, shared by nasti-admin and the client: A4 landscape,
// title and week, the figures by unit, the 12-week chart, the longest-pending
// files (the arrear statement) and "Page N of M". Labels come from the installed
// translator; `hindi` picks the Hindi names of units and posts.
class ReviewReport
{
public:
    // Draws onto a device already set to A4 landscape (a QPdfWriter or a QPrinter);
    // returns the number of pages. Throws NastiError if the device cannot be painted.
    static int render(const WeeklyReview &review, QPagedPaintDevice &device, bool hindi);
    // Writes a PDF file. Throws NastiError(Invalid) if the file cannot be written.
    static void writePdf(const WeeklyReview &review, const QString &path, bool hindi);
    // Sets A4 landscape with 10 mm margins.
    static void preparePage(QPagedPaintDevice &device);
};

} // namespace nasti
