#pragma once

#include "access/connect.h"
#include "client/clientcontext.h"
#include "client/clientqueries.h"
#include "filelistmodel.h"
#include "forwarddialog.h"
#include "util/clock.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QStyle>
#include <QTimer>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPrintPreviewDialog;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace nasti {

class ActionDialog;

class Database;
class DraftStore;
class NastiError;
class FileDesk;
class FileService;
class InboxNotifier;
class QueryWorker;

// The client's main window: navigation with counts on the left (Inbox, Sent,
// Created by me, Parked, Closed, Receipts, Search, Review), the lists and the
// open files as tabs, the file actions on a toolbar, menus and shortcuts, and
// the user, post and database in the status bar.
//
// Threads: the GUI thread keeps one connection for short actions (forward,
// approve ...); lists, searches, counts and file details run on the
// QueryWorker's connection; the InboxNotifier listens (PostgreSQL) or polls
// (SQLite) on a third.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page
    {
        Inbox,
        Sent,
        CreatedByMe,
        Parked,
        Closed,
        Receipts,
        Search,
        Review,
        Count
    };

    // password: kept in memory only, for screens that open their own connection as the user (review).
    explicit MainWindow(access::UserConnection connection, const QString &password = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    const ClientContext &context() const { return m_context; }
    Database &database() { return *m_db; }
    FileListModel *model(Page page) const;
    ReceiptListModel *receiptModel() const { return m_receiptModel; }
    QTableView *view(Page page) const;
    FileDesk *currentDesk() const;
    FileDesk *desk(const QString &fileNo) const;
    NavCounts counts() const { return m_counts; }
    QString lastError() const { return m_lastError; }
    QString lastMessage() const { return m_lastMessage; }
    QStringList arrivals() const { return m_arrivals; }
    DraftStore *drafts() const { return m_drafts.get(); }

    void showPage(Page page);
    Page currentPage() const;
    FileDesk *openFile(const QString &fileNo);
    void closeDesk(FileDesk *desk);
    void refreshAll();
    void setSearchText(const QString &text);

    // The actions (also reachable through their QActions).
    void newFile(const QString &diaryNo = {});
    void diarise(const QString &pdfPath = {});
    void putReceiptIntoFile();
    void saveDraft();
    void putUp();
    void forward();
    void sendFile(ForwardDialog::Mode mode);
    void decide(bool approve);
    void returnFile();
    void recall();
    void approve();
    void reject();
    void park();
    void unpark();
    void closeFile();
    void reopen();
    void link();
    void reasonForDelay();
    void printNoteSheet();
    void saveNoteSheetPdf();
    bool printNoteSheetToPdf(const QString &path);
    // Non-modal, for screenshots: the caller closes them.
    ForwardDialog *createForwardDialog(ForwardDialog::Mode mode);
    // The Approve (or Reject) dialog for the file in front, with its "Send to" choices;
    // nullptr when no file of mine is in front. The caller owns it.
    ActionDialog *createDecisionDialog(bool approve);
    QPrintPreviewDialog *createPrintPreview();

Q_SIGNALS:
    void signOutRequested();
    void fileArrived(const QString &fileNo);

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
    void retranslateUi();
    QWidget *makeListPage(Page page, FileListModel *model);
    QWidget *makeReceiptsPage();
    QWidget *makeSearchPage();
    QWidget *makeReviewPage();
    QAction *makeAction(const QString &name, QStyle::StandardPixmap icon, const QList<QKeySequence> &keys,
                        void (MainWindow::*slot)());
    void updateActions();
    void updateNavigation();
    void refreshCounts();
    void onInboxLoaded();
    void showToast(const QString &text);
    void offerLocalDrafts();
    void fail(const QString &title, const QString &message);
    void inform(const QString &message);
    FileDesk *actionableDesk();
    void reconnectIfLost(const NastiError &error);
    // Runs a file action on the GUI connection; on a refusal or conflict the
    // user is told and the draft stays (locally and in the editor).
    bool act(FileDesk *desk, const std::function<QString(FileService &)> &action, bool leavesMe);
    QString reportingOfficerCode() const;

    std::unique_ptr<Database> m_db;
    ClientContext m_context;
    QString m_password;
    SystemClock m_clock;
    QueryWorker *m_worker = nullptr;
    InboxNotifier *m_notifier = nullptr;
    std::unique_ptr<DraftStore> m_drafts;

    QHash<int, FileListModel *> m_models;
    QHash<int, QTableView *> m_views;
    QHash<int, QSortFilterProxyModel *> m_proxies;
    QHash<int, QLineEdit *> m_filters;
    ReceiptListModel *m_receiptModel = nullptr;
    QTableView *m_receiptView = nullptr;

    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTimer m_searchTimer;
    QLabel *m_draftBanner = nullptr;
    QPushButton *m_draftBannerButton = nullptr;
    QLabel *m_toast = nullptr;
    QTimer m_toastTimer;
    QLabel *m_userLabel = nullptr;
    QLabel *m_postLabel = nullptr;
    QLabel *m_dbLabel = nullptr;
    QLabel *m_liveLabel = nullptr;
    QHash<int, QWidget *> m_pageWidgets;
    QList<QPushButton *> m_receiptButtons;
    QLabel *m_reviewPlaceholder = nullptr;

    QHash<QString, QAction *> m_actions;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_actionsMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;

    NavCounts m_counts;
    QSet<QString> m_knownInbox;
    bool m_inboxSeen = false;
    bool m_live = true;
    QString m_lastError, m_lastMessage;
    QStringList m_arrivals;
};

} // namespace nasti
