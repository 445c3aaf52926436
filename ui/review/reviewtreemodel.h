#pragma once

#include "review/review.h"

#include <QAbstractItemModel>

#include <memory>

namespace nasti {

// The review's units as a tree (secretariat > departments > sections > posts)
// with the figures in columns (review::Column). Read-only; a new week resets it.
class ReviewTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles
    {
        UnitIndexRole = Qt::UserRole + 1
    };

    explicit ReviewTreeModel(QObject *parent = nullptr);

    void setReview(std::shared_ptr<const WeeklyReview> review, bool hindi);
    const WeeklyReview *review() const { return m_review.get(); }
    // The unit of an index (-1 for none).
    int unitAt(const QModelIndex &index) const;
    QModelIndex indexOfUnit(int unit, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const WeeklyReview> m_review;
    bool m_hindi = false;
};

} // namespace nasti
