#include "navigation.h"

#include <QStyle>

namespace nasti {

namespace {
constexpr int kPageRole = Qt::UserRole + 1;
}

Navigation::Navigation(Role role, QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setMinimumWidth(190);
    setIconSize(QSize(20, 20));
    setSpacing(1);
    // Long Hindi labels wrap or elide; the navigation never scrolls sideways.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setWordWrap(true);
    setStyleSheet(
        QStringLiteral("QListWidget#navigation { background: #1f3a5a; color: #e8eef5; border: none; "
                       "font-size: 11pt; padding-top: 6px; }"
                       "QListWidget#navigation::item { padding: 7px 10px; }"
                       "QListWidget#navigation::item:selected { background: #f0b429; color: #1f2a36; }"));
    using S = QStyle;
    const struct
    {
        NavPage page;
        S::StandardPixmap icon;
    } items[] = {
        {NavPage::Inbox, S::SP_DriveNetIcon},        {NavPage::DraftsForApproval, S::SP_DialogYesButton},
        {NavPage::Sent, S::SP_ArrowForward},         {NavPage::CreatedByMe, S::SP_FileIcon},
        {NavPage::Parked, S::SP_MediaPause},         {NavPage::Reminders, S::SP_MessageBoxWarning},
        {NavPage::Escalated, S::SP_ArrowUp},         {NavPage::WatchList, S::SP_MessageBoxInformation},
        {NavPage::Closed, S::SP_DialogCloseButton},  {NavPage::Receipts, S::SP_FileDialogListView},
        {NavPage::Dispatch, S::SP_CommandLink},      {NavPage::Search, S::SP_FileDialogContentsView},
        {NavPage::Review, S::SP_FileDialogInfoView},
    };
    for (const auto &it : items) {
        if (it.page == NavPage::Review && role != Role::Reviewer)
            continue;
        if (it.page == NavPage::DraftsForApproval && role != Role::Officer)
            continue;
        if (it.page == NavPage::Dispatch && role == Role::Reviewer)
            continue;
        auto *item = new QListWidgetItem(style()->standardIcon(it.icon), QString(), this);
        item->setData(kPageRole, int(it.page));
    }
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT pageChosen(page(row));
    });
}

NavPage Navigation::page(int row) const
{
    return static_cast<NavPage>(item(row)->data(kPageRole).toInt());
}

void Navigation::select(NavPage p)
{
    for (int i = 0; i < count(); ++i)
        if (page(i) == p) {
            if (currentRow() == i)
                Q_EMIT pageChosen(p);
            else
                setCurrentRow(i);
        }
}

void Navigation::setCounts(const NavCounts &counts)
{
    m_counts = counts;
    retranslateUi();
}

void Navigation::setFollowupCounts(int reminders, int escalated, int watched)
{
    m_reminders = reminders;
    m_escalated = escalated;
    m_watched = watched;
    retranslateUi();
}

void Navigation::retranslateUi()
{
    setAccessibleName(tr("Navigation"));
    const NavCounts &c = m_counts;
    for (int i = 0; i < count(); ++i) {
        QString text;
        switch (page(i)) {
        case NavPage::Inbox:
            text = c.unread > 0 ? tr("Inbox  (%1 · %2 new)").arg(c.inbox).arg(c.unread)
                                : tr("Inbox  (%1)").arg(c.inbox);
            break;
        case NavPage::DraftsForApproval:
            text = tr("Drafts for approval");
            break;
        case NavPage::Sent:
            text = tr("Sent");
            break;
        case NavPage::CreatedByMe:
            text = tr("Created by me");
            break;
        case NavPage::Parked:
            text = tr("Parked  (%1)").arg(c.parked);
            break;
        case NavPage::Closed:
            text = tr("Closed");
            break;
        case NavPage::Receipts:
            text =
                c.unfiledReceipts > 0 ? tr("Receipts  (%1 to file)").arg(c.unfiledReceipts) : tr("Receipts");
            break;
        case NavPage::Dispatch:
            text = tr("Dispatch register");
            break;
        case NavPage::Search:
            text = tr("Search");
            break;
        case NavPage::Review:
            text = tr("Review");
            break;
        case NavPage::Reminders:
            text = m_reminders ? tr("Reminders  (%1)").arg(m_reminders) : tr("Reminders");
            break;
        case NavPage::Escalated:
            text = m_escalated ? tr("Escalated to me  (%1)").arg(m_escalated) : tr("Escalated to me");
            break;
        case NavPage::WatchList:
            text = m_watched ? tr("Watch-list  (%1)").arg(m_watched) : tr("Watch-list");
            break;
        default:
            break;
        }
        item(i)->setText(text);
        QFont f = item(i)->font();
        f.setBold((page(i) == NavPage::Inbox && c.unread > 0) ||
                  (page(i) == NavPage::Reminders && m_reminders > 0) ||
                  (page(i) == NavPage::Escalated && m_escalated > 0));
        item(i)->setFont(f);
    }
}

} // namespace nasti
