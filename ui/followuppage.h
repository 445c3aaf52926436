#pragma once

#include "followupmodel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace nasti {

// A follow-up screen: "Reminders", "Escalated to me" or the watch-list, with the
// files behind each line one double-click away.
class FollowupPage : public QWidget
{
    Q_OBJECT
public:
    explicit FollowupPage(FollowupModel::Kind kind, QWidget *parent = nullptr);

    FollowupModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void retranslateUi();

Q_SIGNALS:
    void openFileRequested(const QString &fileNo);
    void stopWatchingRequested(qint64 callId);

private:
    QString chosenFile() const;

    FollowupModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_stop = nullptr;
};

} // namespace nasti
