#pragma once

#include "client/clientqueries.h"
#include "domain/types.h"

#include <QListWidget>

namespace nasti {

enum class NavPage
{
    Inbox,
    DraftsForApproval,
    Sent,
    CreatedByMe,
    Parked,
    Closed,
    Receipts,
    Dispatch,
    Search,
    Review,
    Reminders,
    Escalated,
    WatchList,
    Count
};

// The navigation on the left: the pages with their counts (inbox, unread,
// parked, receipts to file).
class Navigation : public QListWidget
{
    Q_OBJECT
public:
    // role: which pages the user has (the review for reviewers, drafts for approval for officers).
    explicit Navigation(Role role, QWidget *parent = nullptr);

    void select(NavPage page);
    NavPage page(int row) const;
    void setCounts(const NavCounts &counts);
    void setFollowupCounts(int reminders, int escalated, int watched);
    void retranslateUi();

Q_SIGNALS:
    void pageChosen(nasti::NavPage page);

private:
    NavCounts m_counts;
    int m_reminders = 0, m_escalated = 0, m_watched = 0;
};

} // namespace nasti
