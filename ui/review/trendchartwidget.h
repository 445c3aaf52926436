#pragma once

#include "review/review.h"

#include <QWidget>

namespace nasti {

// The 12-week chart of the selected unit, drawn as in the printed report.
class TrendChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TrendChartWidget(QWidget *parent = nullptr);
    void setTrend(const QList<TrendPoint> &trend, const QString &title);
    QSize sizeHint() const override { return {520, 260}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<TrendPoint> m_trend;
    QString m_title;
};

} // namespace nasti
