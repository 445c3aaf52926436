#pragma once

#include "access/connect.h"
#include "client/clientsession.h"
#include "filelistmodel.h"
#include "navigation.h"

#include <QHash>
#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace nasti {

class DraftsAwaitingPage;
class DispatchRegisterPage;

class DraftBanner;
class FileActions;
class ReceiptViewer;
class SearchPanel;
class FileDesk;
class FileListPage;
class FollowupPage;
class Toast;
class PopplerInspector;

// The client's main window: navigation with counts on the left (Inbox, Sent,
// Created by me, Parked, Closed, Receipts, Search, Review), the lists and the
// open files as tabs, menus, and the user, post and connection in the status bar.
// It holds no connection and no rule: the ClientSession does the work and says
// what changed; FileActions holds the file actions, routed to the file in front.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using Page = NavPage;

    // Takes the sign-in's connection details; the GUI thread keeps no connection.
    explicit MainWindow(access::UserConnection connection, QWidget *parent = nullptr);
    ~MainWindow() override;

    ClientSession *session() const { return m_session.get(); }
    FileActions *actions() const { return m_fileActions; }
    FileListModel *model(Page page) const { return m_models.value(int(page)); }
    ReceiptListModel *receiptModel() const { return m_receiptModel; }
    QTableView *view(Page page) const;
    FileDesk *currentDesk() const;
    FileDesk *desk(const QString &fileNo) const;
    NavCounts counts() const { return m_session->counts(); }
    DraftStore *drafts() const { return m_session->drafts(); }

    void showPage(Page page);
    Page currentPage() const;
    FileDesk *openFile(const QString &fileNo);
    void closeDesk(FileDesk *desk);
    // Reloads the lists and counts (F5; after a reconnect).
    void refreshAll();
    void setSearchText(const QString &text);
    // Opens a receipt of the register in its viewer (not modal; it deletes itself).
    ReceiptViewer *openReceipt(const ReceiptView &receipt);
    SearchPanel *searchPanel() const { return m_searchPanel; }
    // Opens the advanced search with the fields shown.
    void showAdvancedSearch();

Q_SIGNALS:
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createNavigation();
    void createPages();
    void createStatusBar();
    void connectSession();
    void retranslateUi();
    FileListPage *makeListPage(Page page);
    QWidget *makeSearchPage();
    QWidget *makeReviewPage();
    void refreshFollowup();
    QAction *makeAction(const char *name, const QList<QKeySequence> &keys, std::function<void()> slot);
    void showConnection(ClientSession::Connection state, const QString &message);
    void inform(const QString &message);
    void showOfflineBanner();
    void showReplay(const QStringList &landed, const QStringList &refused);
    void offerLocalDrafts();

    std::unique_ptr<PopplerInspector> m_inspector;
    std::unique_ptr<ClientSession> m_session;
    FileActions *m_fileActions = nullptr;

    QHash<int, FileListModel *> m_models;
    QHash<int, FileListPage *> m_lists;
    QHash<int, FollowupPage *> m_followupPages;
    QTimer m_followupTimer;
    QHash<int, QWidget *> m_pageWidgets;
    ReceiptListModel *m_receiptModel = nullptr;
    DraftsAwaitingPage *m_draftsPage = nullptr;
    DispatchRegisterPage *m_dispatchPage = nullptr;
    QTableView *m_receiptView = nullptr;
    QLabel *m_reviewPlaceholder = nullptr;

    Navigation *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    SearchPanel *m_searchPanel = nullptr;
    QPushButton *m_advancedToggle = nullptr;
    QLabel *m_searchEmpty = nullptr;
    QTimer m_searchTimer;
    DraftBanner *m_draftBanner = nullptr;
    QLabel *m_offlineBanner = nullptr; // the server is away: what works, and what waits (issue 19)
    bool m_wasOffline = false;
    QString m_offlineProblem; // why no offline copies are kept (no keychain, turned off)
    Toast *m_toast = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_postLabel = nullptr;
    QLabel *m_dbLabel = nullptr;
    QLabel *m_liveLabel = nullptr;

    QHash<QString, QAction *> m_actions; // window actions (navigation, tabs, session)
    QMenu *m_fileMenu = nullptr;
    QMenu *m_actionsMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace nasti
