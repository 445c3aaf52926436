#include "trendchart.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::Review", text);
}

// A round axis maximum (1, 2, 5 × 10^n) at or above value, with 5 steps.
double niceMax(int value)
{
    if (value <= 5)
        return 5;
    const double raw = value / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double f : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (f * magnitude >= raw)
            return f * magnitude * 5;
    return value;
}
} // namespace

void drawTrendChart(QPainter &painter, const QRectF &rect, const QList<TrendPoint> &trend)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(painter.font(), painter.device());
    const double line = fm.height();
    const QColor pendingColor(0x1f, 0x4e, 0x9c);
    const QColor disposedColor(0x6a, 0xa8, 0x4f);

    // Legend on top, axis labels left, right and below.
    const QString pendingLabel = tr("Pending at week end");
    const QString disposedLabel = tr("Disposed in the week");
    double x = rect.left() + fm.horizontalAdvance(QStringLiteral("00000 "));
    const double legendY = rect.top();
    const double box = line * 0.7;
    painter.setPen(Qt::NoPen);
    painter.setBrush(pendingColor);
    painter.drawRect(QRectF(x, legendY + (line - box) / 2, box, box));
    painter.setPen(Qt::black);
    painter.drawText(QPointF(x + box * 1.5, legendY + fm.ascent()), pendingLabel);
    x += box * 1.5 + fm.horizontalAdvance(pendingLabel) + line * 2;
    painter.setPen(Qt::NoPen);
    painter.setBrush(disposedColor);
    painter.drawRect(QRectF(x, legendY + (line - box) / 2, box, box));
    painter.setPen(Qt::black);
    painter.drawText(QPointF(x + box * 1.5, legendY + fm.ascent()), disposedLabel);

    const double axisWidth = fm.horizontalAdvance(QStringLiteral("000000"));
    const QRectF plot(rect.left() + axisWidth, rect.top() + line * 1.8, rect.width() - 2 * axisWidth,
                      rect.height() - line * 3.4);
    if (trend.isEmpty() || plot.width() <= 0 || plot.height() <= 0) {
        painter.restore();
        return;
    }
    int maxPending = 0, maxDisposed = 0;
    for (const TrendPoint &p : trend) {
        maxPending = std::max(maxPending, p.pending);
        maxDisposed = std::max(maxDisposed, p.disposed);
    }
    const double topPending = niceMax(maxPending), topDisposed = niceMax(maxDisposed);

    // Grid and both axes' labels.
    painter.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 0));
    for (int i = 0; i <= 5; ++i) {
        const double y = plot.bottom() - plot.height() * i / 5.0;
        painter.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 0));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(pendingColor);
        painter.drawText(QRectF(rect.left(), y - line / 2, axisWidth - line * 0.3, line),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(topPending * i / 5.0, 'g', 6));
        painter.setPen(disposedColor.darker(130));
        painter.drawText(QRectF(plot.right() + line * 0.3, y - line / 2, axisWidth, line),
                         Qt::AlignLeft | Qt::AlignVCenter, QString::number(topDisposed * i / 5.0, 'g', 6));
    }
    painter.setPen(QPen(Qt::black, 0));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    const int n = int(trend.size());
    const double slot = plot.width() / n;
    // Bars: disposals.
    painter.setPen(Qt::NoPen);
    painter.setBrush(disposedColor);
    for (int i = 0; i < n; ++i) {
        const double h = plot.height() * trend[i].disposed / topDisposed;
        painter.drawRect(QRectF(plot.left() + slot * i + slot * 0.25, plot.bottom() - h, slot * 0.5, h));
    }
    // Line: pendency, with its value above each point.
    QPainterPath path;
    QList<QPointF> points;
    for (int i = 0; i < n; ++i) {
        const QPointF p(plot.left() + slot * (i + 0.5),
                        plot.bottom() - plot.height() * trend[i].pending / topPending);
        points << p;
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(pendingColor, std::max(1.0, line / 8)));
    painter.drawPath(path);
    painter.setBrush(pendingColor);
    const double dot = std::max(2.0, line / 6);
    for (int i = 0; i < n; ++i) {
        painter.drawEllipse(points[i], dot, dot);
        painter.drawText(QRectF(points[i].x() - slot / 2, points[i].y() - line * 1.2, slot, line),
                         Qt::AlignCenter, QString::number(trend[i].pending));
    }
    // Week labels below.
    painter.setPen(Qt::black);
    for (int i = 0; i < n; ++i) {
        // "W48" in English; the Hindi axis reads "स48" (सप्ताह).
        const QString label =
            QCoreApplication::translate("nasti::Review", "W%1", "ISO week number on the trend chart's axis")
                .arg(trend[i].week.isoWeek(), 2, 10, QLatin1Char('0'));
        painter.drawText(QRectF(plot.left() + slot * i, plot.bottom() + line * 0.2, slot, line),
                         Qt::AlignCenter, label);
    }
    painter.restore();
}

} // namespace nasti
