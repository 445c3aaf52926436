#include "followuppage.h"

#include "uiutil.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace nasti {

FollowupPage::FollowupPage(FollowupModel::Kind kind, QWidget *parent) : QWidget(parent)
{
    setObjectName(kind == FollowupModel::Kind::Reminders   ? QStringLiteral("remindersPage")
                  : kind == FollowupModel::Kind::Escalated ? QStringLiteral("escalatedPage")
                                                           : QStringLiteral("watchListPage"));
    m_model = new FollowupModel(kind, this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_view = ui::named(new QTableView(this), objectName() + QStringLiteral("View"), QString());
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_empty, 1);
    buttons->addWidget(m_open);
    if (kind == FollowupModel::Kind::WatchList) {
        m_stop = new QPushButton(this);
        m_stop->setObjectName(QStringLiteral("stopWatchingButton"));
        buttons->addWidget(m_stop);
        connect(m_stop, &QPushButton::clicked, this, [this]() {
            const QModelIndex i = m_view->currentIndex();
            if (i.isValid() && m_model->callIdAt(i.row()))
                Q_EMIT stopWatchingRequested(m_model->callIdAt(i.row()));
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_open, &QPushButton::clicked, this, [this]() {
        if (const QString no = chosenFile(); !no.isEmpty())
            Q_EMIT openFileRequested(no);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        if (const QString no = m_model->fileNoAt(i.row()); !no.isEmpty())
            Q_EMIT openFileRequested(no);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), 210));
        retranslateUi();
    });
    retranslateUi();
}

QString FollowupPage::chosenFile() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->fileNoAt(i.row()) : QString();
}

void FollowupPage::retranslateUi()
{
    switch (m_model->kind()) {
    case FollowupModel::Kind::Reminders:
        m_title->setText(tr("Reminders: files you hold past their time limit. Record the reason for delay or "
                            "move them; after a further interval (3 working days unless the department sets "
                            "another) they go to your reporting officer."));
        m_empty->setText(m_model->rowCount() ? QString() : tr("No file is past its time limit."));
        break;
    case FollowupModel::Kind::Escalated:
        m_title->setText(tr("Escalated to me: files of the posts below you that are late, with the reason "
                            "for delay."));
        m_empty->setText(m_model->rowCount() ? QString() : tr("Nothing has been escalated to you."));
        break;
    case FollowupModel::Kind::WatchList:
        m_title->setText(tr("Watch-list: files you called for or watch, with your direction and the "
                            "holder's answer."));
        m_empty->setText(m_model->rowCount() ? QString() : tr("No file is on your watch-list."));
        break;
    }
    m_view->setAccessibleName(m_title->text());
    m_open->setText(tr("Open file"));
    if (m_stop)
        m_stop->setText(tr("Stop watching"));
}

} // namespace nasti
