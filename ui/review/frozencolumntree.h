#pragma once

#include <QTreeView>

namespace nasti {

// A tree whose first column (the unit) stays in view when the figures scroll
// sideways: a second view over the left edge shows column 0 of the same model,
// with the same selection, scroll position and expanded rows (Qt's frozen-column
// pattern).
class FrozenColumnTree : public QTreeView
{
    Q_OBJECT
public:
    explicit FrozenColumnTree(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // After expandToDepth()/expandAll() on this tree (they emit nothing per row).
    void syncExpansion();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void placeFrozen();
    void copyExpansion(const QModelIndex &parent);

    QTreeView *m_frozen = nullptr;
};

} // namespace nasti
