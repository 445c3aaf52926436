#pragma once

#include "review/review.h"

#include <QRectF>

class QPainter;

namespace nasti {

// The 12-week trend: pending at each week's end (line, left axis) and files
// disposed in the week (bars, right axis). Drawn with QPainter only, so the
// screen and the printed report show the same picture.
void drawTrendChart(QPainter &painter, const QRectF &rect, const QList<TrendPoint> &trend);

} // namespace nasti
