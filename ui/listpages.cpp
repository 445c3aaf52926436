#include "listpages.h"

#include "uiutil.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace nasti {

FileListModel::Kind listKind(NavPage page)
{
    switch (page) {
    case NavPage::Sent:
        return FileListModel::Kind::Sent;
    case NavPage::CreatedByMe:
        return FileListModel::Kind::CreatedByMe;
    case NavPage::Parked:
        return FileListModel::Kind::Parked;
    case NavPage::Closed:
        return FileListModel::Kind::Closed;
    case NavPage::Search:
        return FileListModel::Kind::Search;
    default:
        return FileListModel::Kind::Inbox;
    }
}

FileListPage::FileListPage(FileListModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(FileListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("fileList"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // server order (newest first) until the user sorts
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(FileListModel::Subject, QHeaderView::Stretch);
    m_view->setColumnWidth(FileListModel::FileNo, 200);
    m_view->setColumnWidth(FileListModel::From, 190);
    m_view->setColumnWidth(FileListModel::Received, 130);
    m_view->setColumnWidth(FileListModel::Action, 115);
    m_view->setColumnWidth(FileListModel::PriorityCol, 105);
    m_view->setColumnWidth(FileListModel::Due, 90);
    m_view->setColumnWidth(FileListModel::DaysPending, 100);
    auto open = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT openFileRequested(m_proxy->data(index, FileListModel::FileNoRole).toString());
    };
    connect(m_view, &QTableView::activated, this, open);
    connect(m_view, &QTableView::doubleClicked, this, open);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("quickFilter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
}

void FileListPage::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter this list (file number, subject, sender …)"));
    m_filter->setAccessibleName(tr("Quick filter"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, FileListModel::ColumnCount - 1);
    if (m_model->rowCount() > 0)
        Q_EMIT m_model->dataChanged(m_model->index(0, 0),
                                    m_model->index(m_model->rowCount() - 1, FileListModel::ColumnCount - 1));
}

ReceiptsPage::ReceiptsPage(ReceiptListModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ReceiptListModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("receiptList"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ReceiptListModel::Subject, QHeaderView::Stretch);
    // The subject keeps room at 1366x768: the date and page count take what they need.
    m_view->horizontalHeader()->setSectionResizeMode(ReceiptListModel::Received,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ReceiptListModel::Pages, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(ReceiptListModel::DiaryNo, 140);
    m_view->setColumnWidth(ReceiptListModel::Sender, 180);
    m_view->setColumnWidth(ReceiptListModel::LetterNo, 180);
    m_view->setColumnWidth(ReceiptListModel::InFile, 165);

    m_diarise =
        ui::named(new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), QString(), this),
                  QStringLiteral("diariseButton"), tr("Diarise a receipt"));
    m_newFile = ui::named(new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), QString(), this),
                          QStringLiteral("newFileFromReceiptButton"), tr("Open a new file with it"));
    m_put = ui::named(new QPushButton(style()->standardIcon(QStyle::SP_ArrowRight), QString(), this),
                      QStringLiteral("putIntoFileButton"), tr("Put into a file"));
    // Enter or a double click opens the letter; the context menu offers the next steps.
    auto open = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT openReceiptRequested(m_model->receipt(m_proxy->mapToSource(index).row()));
    };
    connect(m_view, &QTableView::activated, this, open);
    connect(m_view, &QTableView::doubleClicked, this, open);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ReceiptsPage::showMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReceiptsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReceiptsPage::updateButtons);
    connect(m_diarise, &QPushButton::clicked, this, &ReceiptsPage::diariseRequested);
    connect(m_newFile, &QPushButton::clicked, this, [this]() { Q_EMIT newFileRequested(chosenReceipt()); });
    connect(m_put, &QPushButton::clicked, this, &ReceiptsPage::putIntoFileRequested);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("receiptHint"));
    m_hint->setStyleSheet(QStringLiteral("color: #506070;"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_diarise);
    bar->addWidget(m_newFile);
    bar->addWidget(m_put);
    bar->addStretch(1);
    bar->addWidget(m_hint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

void ReceiptsPage::setDiariseAction(QAction *action)
{
    auto follow = [this, action]() {
        m_diarise->setEnabled(action->isEnabled());
        m_diarise->setToolTip(action->isEnabled()
                                  ? tr("Diarise a letter; you can also drop PDF files on this window")
                                  : tr("Receipts are diarised by a post in a section."));
    };
    connect(action, &QAction::changed, this, follow);
    follow();
}

void ReceiptsPage::updateButtons()
{
    // A receipt already in a file cannot go into another.
    const QModelIndex i = m_view->currentIndex();
    const bool unfiled = i.isValid() && m_model->receipt(m_proxy->mapToSource(i).row()).fileNo.isEmpty();
    m_newFile->setEnabled(unfiled);
    m_put->setEnabled(unfiled);
}

void ReceiptsPage::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    const ReceiptView r = m_model->receipt(m_proxy->mapToSource(index).row());
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("receiptMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *open =
        menu->addAction(tr("&Open letter"), this, [this, r]() { Q_EMIT openReceiptRequested(r); });
    menu->setDefaultAction(open);
    if (r.fileNo.isEmpty()) {
        menu->addAction(tr("Open a &new file with it…"), this,
                        [this, r]() { Q_EMIT newFileRequested(r.diaryNo); });
        menu->addAction(tr("&Put into a file…"), this, [this]() { Q_EMIT putIntoFileRequested(); });
    }
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

QString ReceiptsPage::chosenReceipt() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_proxy->data(i, ReceiptListModel::DiaryNoRole).toString() : QString();
}

void ReceiptsPage::retranslateUi()
{
    m_diarise->setText(tr("Diarise…"));
    m_diarise->setToolTip(tr("Diarise a letter; you can also drop PDF files on this window"));
    m_newFile->setText(tr("Open a new file with it…"));
    m_put->setText(tr("Put into a file…"));
    m_hint->setText(tr("Drop PDF letters here to diarise them."));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, ReceiptListModel::ColumnCount - 1);
}

} // namespace nasti
