#pragma once

#include "db/dburl.h"
#include "review/review.h"
#include "services/session.h"

#include <QThread>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeView;

namespace nasti {

class FrozenColumnTree;

class ReviewTreeModel;
class QueryWorker;
class ReviewWorker;
class TrendChartWidget;

// The weekly review screen (reviewers; department heads for their department).
// Its queries run on the client's QueryWorker (no connection of its own), so
// embedding it is one line:
//
//     tabs->addTab(new ReviewWidget(session->worker(), session->session(), this), tr("Review"));
//
// Double-clicking a figure lists the files behind it; double-clicking a file
// opens it read-only and emits openFileRequested(fileNo) for the main window.
class ReviewWidget : public QWidget
{
    Q_OBJECT
public:
    ReviewWidget(QueryWorker *worker, const Session &session, QWidget *parent = nullptr);
    ~ReviewWidget() override;

    WeekRange week() const { return m_week; }
    void setWeek(const WeekRange &week); // loads it
    // One department only (department heads get theirs anyway); "" for all.
    void setDepartment(const QString &code);

    const WeeklyReview *review() const { return m_review.get(); }
    ReviewTreeModel *model() const { return m_model; }
    bool isLoading() const { return m_loading; }

    // Without dialogs, for tests and automation; throw NastiError on failure.
    void saveCsv(const QString &path) const;
    void savePdf(const QString &path) const;
    // Opens the drill-down list of one figure (column of review::Column) of one unit.
    void drillDown(int unit, int column);

Q_SIGNALS:
    void reviewLoaded();
    void loadFailed(const QString &message);
    void filesListed(int count); // a drill-down list has arrived
    void openFileRequested(const QString &fileNo);

public Q_SLOTS:
    void reload();
    void printPreview();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showUnit(int unit);
    void showFile(const QString &fileNo);
    void saveCsvAs();
    void savePdfAs();
    bool hindi() const;
    QString weekLabel() const;

    Session m_session;
    std::unique_ptr<ReviewWorker> m_worker;
    WeekRange m_week;
    QString m_department;
    std::shared_ptr<const WeeklyReview> m_review;
    int m_unit = 0;
    int m_request = 0;
    bool m_loading = false;

    ReviewTreeModel *m_model = nullptr;
    FrozenColumnTree *m_tree = nullptr;
    QTableWidget *m_longest = nullptr;
    TrendChartWidget *m_chart = nullptr;
    QLabel *m_weekLabel = nullptr;
    QLabel *m_longestTitle = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_prev = nullptr, *m_next = nullptr, *m_reload = nullptr;
    QPushButton *m_print = nullptr, *m_pdf = nullptr, *m_csv = nullptr;
};

} // namespace nasti
