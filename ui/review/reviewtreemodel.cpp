#include "reviewtreemodel.h"

#include "review/reviewcolumns.h"

#include <QFont>

namespace nasti {

ReviewTreeModel::ReviewTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void ReviewTreeModel::setReview(std::shared_ptr<const WeeklyReview> review, bool hindi)
{
    beginResetModel();
    m_review = std::move(review);
    m_hindi = hindi;
    endResetModel();
}

int ReviewTreeModel::unitAt(const QModelIndex &index) const
{
    return index.isValid() && m_review ? int(index.internalId()) : -1;
}

QModelIndex ReviewTreeModel::indexOfUnit(int unit, int column) const
{
    if (!m_review || unit < 0 || unit >= m_review->units.size())
        return {};
    const int parent = m_review->units[unit].parent;
    const int row = parent < 0 ? 0 : int(m_review->units[parent].children.indexOf(unit));
    return createIndex(row, column, quintptr(unit));
}

QModelIndex ReviewTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_review || m_review->units.isEmpty() || column < 0 || column >= review::ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(0)) : QModelIndex();
    if (parent.column() != 0)
        return {};
    const ReviewUnit &p = m_review->units[unitAt(parent)];
    if (row >= p.children.size())
        return {};
    return createIndex(row, column, quintptr(p.children[row]));
}

QModelIndex ReviewTreeModel::parent(const QModelIndex &child) const
{
    const int unit = unitAt(child);
    if (unit <= 0)
        return {};
    return indexOfUnit(m_review->units[unit].parent, 0);
}

int ReviewTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_review || m_review->units.isEmpty())
        return 0;
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    return int(m_review->units[unitAt(parent)].children.size());
}

int ReviewTreeModel::columnCount(const QModelIndex &) const
{
    return review::ColumnCount;
}

QVariant ReviewTreeModel::data(const QModelIndex &index, int role) const
{
    const int unit = unitAt(index);
    if (unit < 0)
        return {};
    const ReviewUnit &u = m_review->units[unit];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == review::Name ? review::unitName(u, m_hindi)
                                              : review::text(u.figures, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == review::Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return index.column() == review::Name ? review::unitKindLabel(u.kind)
                                              : review::columnDescription(index.column());
    case Qt::FontRole:
        if (u.kind != UnitKind::Post) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case UnitIndexRole:
        return unit;
    default:
        return {};
    }
}

QVariant ReviewTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= review::ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return review::columnTitle(section);
    if (role == Qt::ToolTipRole)
        return review::columnDescription(section);
    return {};
}

} // namespace nasti
