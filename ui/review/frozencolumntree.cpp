#include "frozencolumntree.h"

#include <QHeaderView>
#include <QScrollBar>

namespace nasti {

FrozenColumnTree::FrozenColumnTree(QWidget *parent) : QTreeView(parent)
{
    m_frozen = new QTreeView(this);
    m_frozen->setObjectName(QStringLiteral("frozenUnitColumn"));
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setUniformRowHeights(true);
    m_frozen->setAlternatingRowColors(true);
    m_frozen->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setStyleSheet(QStringLiteral("QTreeView { border-right: 1px solid palette(mid); }"));
    connect(m_frozen->verticalScrollBar(), &QScrollBar::valueChanged, verticalScrollBar(),
            &QScrollBar::setValue);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, m_frozen->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(this, &QTreeView::expanded, m_frozen, [this](const QModelIndex &i) { m_frozen->expand(i); });
    connect(this, &QTreeView::collapsed, m_frozen, [this](const QModelIndex &i) { m_frozen->collapse(i); });
    connect(m_frozen, &QTreeView::expanded, this, [this](const QModelIndex &i) { expand(i); });
    connect(m_frozen, &QTreeView::collapsed, this, [this](const QModelIndex &i) { collapse(i); });
    connect(m_frozen, &QTreeView::doubleClicked, this, &QTreeView::doubleClicked);
    connect(header(), &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        if (section == 0) {
            m_frozen->setColumnWidth(0, size);
            placeFrozen();
        }
    });
}

void FrozenColumnTree::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    for (int c = 1; c < model->columnCount(); ++c)
        m_frozen->setColumnHidden(c, true);
    connect(model, &QAbstractItemModel::modelReset, this, [this]() {
        for (int c = 1; c < this->model()->columnCount(); ++c)
            m_frozen->setColumnHidden(c, true);
        syncExpansion();
    });
    placeFrozen();
}

void FrozenColumnTree::copyExpansion(const QModelIndex &parent)
{
    for (int r = 0; r < model()->rowCount(parent); ++r) {
        const QModelIndex i = model()->index(r, 0, parent);
        if (!model()->hasChildren(i))
            continue;
        m_frozen->setExpanded(i, isExpanded(i));
        if (isExpanded(i))
            copyExpansion(i);
    }
}

void FrozenColumnTree::syncExpansion()
{
    if (model())
        copyExpansion(rootIndex());
    placeFrozen();
}

void FrozenColumnTree::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    placeFrozen();
}

void FrozenColumnTree::updateGeometries()
{
    QTreeView::updateGeometries();
    placeFrozen();
}

void FrozenColumnTree::scrollContentsBy(int dx, int dy)
{
    QTreeView::scrollContentsBy(dx, dy);
    // Shown only when the figures have scrolled sideways: unscrolled, the tree's own
    // first column is where the frozen one would be.
    placeFrozen();
}

void FrozenColumnTree::placeFrozen()
{
    if (!m_frozen || !model())
        return;
    m_frozen->setColumnWidth(0, columnWidth(0));
    m_frozen->header()->setFixedHeight(header()->height());
    m_frozen->setGeometry(frameWidth(), frameWidth(), columnWidth(0),
                          viewport()->height() + header()->height());
    m_frozen->verticalScrollBar()->setValue(verticalScrollBar()->value());
    m_frozen->setVisible(horizontalScrollBar()->value() > 0);
}

} // namespace nasti
