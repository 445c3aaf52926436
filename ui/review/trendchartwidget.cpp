#include "trendchartwidget.h"

#include "report/trendchart.h"

#include <QPainter>

namespace nasti {

TrendChartWidget::TrendChartWidget(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(320, 180);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void TrendChartWidget::setTrend(const QList<TrendPoint> &trend, const QString &title)
{
    m_trend = trend;
    m_title = title;
    setAccessibleDescription(title);
    update();
}

void TrendChartWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const int line = fontMetrics().height();
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(8, 4, width() - 16, line), Qt::AlignLeft | Qt::AlignVCenter,
               fontMetrics().elidedText(m_title, Qt::ElideRight, width() - 16));
    p.setFont(font());
    drawTrendChart(p, QRectF(8, 8 + line, width() - 16, height() - 16 - line), m_trend);
}

} // namespace nasti
