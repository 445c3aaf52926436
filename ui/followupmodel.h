#pragma once

#include "domain/followup.h"

#include <QAbstractTableModel>
#include <QList>

namespace nasti {

// The rows of a follow-up list (issue 17): my reminders, the files escalated to me,
// or my watch-list. Read-only; the page asks the session to act.
class FollowupModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Reminders,
        Escalated,
        WatchList
    };
    explicit FollowupModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setFollowups(const QList<FollowupView> &rows);
    void setCalls(const QList<CallView> &rows);
    void setHindi(bool hindi);

    QString fileNoAt(int row) const;
    qint64 callIdAt(int row) const; // watch-list rows
    int rowOf(const QString &fileNo) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Kind m_kind;
    bool m_hindi = false;
    QList<FollowupView> m_followups;
    QList<CallView> m_calls;
};

} // namespace nasti
