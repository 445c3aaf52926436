#include "mainwindow.h"

#include "followuppage.h"

#include "client/draftstore.h"
#include "draftpages.h"
#include "draftpanel.h"
#include "fileactions.h"
#include "filedesk.h"
#include "guardedapplication.h"
#include "languagemanager.h"
#include "listpages.h"
#include "navigation.h"
#include "notices.h"
#include "pdf/popplerinspector.h"
#include "receiptviewer.h"
#include "searchpanel.h"
#include "uiutil.h"

#if __has_include("review/reviewwidget.h")
#include "review/reviewwidget.h"
#define NASTI_HAVE_REVIEW 1
#endif

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace nasti {

namespace {

ClientContext contextOf(const access::UserConnection &connection)
{
    ClientContext c{connection.db->url(), connection.session, std::nullopt};
    if (!connection.reviewUrl.trimmed().isEmpty()) {
        try {
            // The replica, as the same user with the same credentials.
            DbUrl replica = DbUrl::parse(connection.reviewUrl.trimmed());
            if (replica.backend == c.url.backend) {
                replica.user = c.url.user;
                replica.password = c.url.password;
                c.reviewUrl = replica;
            }
        } catch (const NastiError &) {
            // (a profile's bad replica URL: the review reads the primary)
        }
    }
    return c;
}
} // namespace

MainWindow::MainWindow(access::UserConnection connection, QWidget *parent)
    : QMainWindow(parent), m_inspector(std::make_unique<PopplerInspector>()),
      m_session(std::make_unique<ClientSession>(contextOf(connection), m_inspector.get()))
{
    connection.db.reset(); // the sign-in's connection: the session opens its own off this thread
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/nasti.svg")));
    setAcceptDrops(true);
    resize(1400, 860);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(250);

    m_fileActions = new FileActions(m_session.get(), this);
    m_fileActions->setCurrentDesk([this]() { return currentDesk(); });
    m_fileActions->setDeskFinder([this](const QString &fileNo) { return desk(fileNo); });
    connect(m_fileActions, &FileActions::openFileRequested, this, [this](const QString &f) { openFile(f); });
    connect(m_fileActions, &FileActions::message, this, &MainWindow::inform);
    createActions();
    createMenus();
    createPages();
    createNavigation();
    createStatusBar();
    auto *receipts = static_cast<ReceiptsPage *>(m_pageWidgets.value(int(Page::Receipts)));
    m_fileActions->setReceiptSource([receipts]() { return receipts->chosenReceipt(); });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_nav);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 1170});
    splitter->setCollapsible(1, false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_draftBanner = new DraftBanner(central);
    connect(m_draftBanner, &DraftBanner::openRequested, this, [this]() {
        for (const DraftStore::Entry &e : m_session->drafts()->pending())
            openFile(e.fileNo);
    });
    m_offlineBanner = new QLabel(central);
    m_offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->setContentsMargins(10, 6, 10, 6);
    m_offlineBanner->setStyleSheet(
        QStringLiteral("background: #fdecea; color: #5f1111; border-bottom: 1px solid #e0b4b4;"));
    m_offlineBanner->hide();
    layout->addWidget(m_offlineBanner);
    layout->addWidget(m_draftBanner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    m_toast = new Toast(this);

    retranslateUi();
    // The Chief Secretary's desk is the Review, not an empty inbox.
    showPage(m_session->session().role == Role::Reviewer ? Page::Review : Page::Inbox);
    connectSession();
    // Whatever the last guard caught is said in the window, one calm line and a notice.
    if (auto *guard = qobject_cast<GuardedApplication *>(QCoreApplication::instance()))
        connect(guard, &GuardedApplication::failed, this, [this](const QString &message) {
            m_toast->showText(message, menuBar()->height() + m_toolBar->height() + 12);
            inform(message);
        });
    // Offline copies (issue 19): sealed under a key the sign-in read from the OS keychain.
    if (!connection.offlineKey.isEmpty()) {
        OfflineSettings offline;
        offline.keepDays = connection.offlineKeepDays;
        const Grading highest =
            codes::parseGrading(connection.offlineHighest).value_or(Grading::Confidential);
        offline.highestCached = int(highest) > int(Grading::Confidential) ? Grading::Confidential : highest;
        m_session->enableOffline(connection.offlineKey, offline);
    } else {
        m_offlineProblem = connection.offlineKeepDays <= 0 ? tr("they are turned off in this profile")
                                                           : connection.offlineProblem;
    }
    m_session->start();
    refreshAll();
    offerLocalDrafts();
    if (!connection.signingProblem.isEmpty())
        inform(connection.signingProblem); // his signing key: awaiting certification, or not opened
}

MainWindow::~MainWindow()
{
    // Desks keep their drafts on the way out; they need the session until then.
    while (m_tabs->count() > 1) {
        QWidget *w = m_tabs->widget(1);
        m_tabs->removeTab(1);
        delete w;
    }
}

// The session says what changed; lists, tabs and counts follow, nothing reloads everything.
void MainWindow::connectSession()
{
    ClientSession *s = m_session.get();
    connect(s, &ClientSession::fileChanged, this, [this](const QString &, const FileDetail &detail) {
        for (auto it = m_models.cbegin(); it != m_models.cend(); ++it)
            it.value()->fileChanged(detail.summary, m_session->session(),
                                    Page(it.key()) == Page::Inbox || Page(it.key()) == currentPage());
        if (FileDesk *d = desk(detail.summary.fileNo)) {
            const int i = m_tabs->indexOf(d);
            m_tabs->setTabToolTip(i, detail.summary.subject);
        }
        m_fileActions->update();
    });
    connect(s, &ClientSession::fileLeft, this, [this](const QString &fileNo) {
        for (FileListModel *m : std::as_const(m_models))
            m->removeFile(fileNo);
        if (currentPage() == Page::Sent)
            model(Page::Sent)->refresh(); // it is in my sent list now (a hidden list reloads when shown)
        if (FileDesk *d = desk(fileNo)) {
            d->forgetLocalDraft(); // the note is record now
            closeDesk(d);
        }
    });
    connect(s, &ClientSession::inboxChanged, this, [this]() { model(Page::Inbox)->refresh(); });
    connect(model(Page::Inbox), &FileListModel::loaded, this, [this]() {
        const QList<FileSummary> rows = model(Page::Inbox)->rows();
        m_session->inboxSeen(rows);
        // A file that came (back) to me while its tab was open: the tab shows it as it is now.
        for (const FileSummary &f : rows)
            if (FileDesk *d = desk(f.fileNo);
                d && d->isLoaded() && d->detail().summary.holderPostId != f.holderPostId)
                d->reload();
    });
    connect(s, &ClientSession::fileArrived, this, [this](const QString &fileNo, const FileSummary &f) {
        const QString text =
            tr("New file from %1: %2 — %3").arg(ui::title(f.fromTitleEn, f.fromTitleHi), fileNo, f.subject);
        m_toast->showText(text, menuBar()->height() + m_toolBar->height() + 12);
        statusBar()->showMessage(text, 8000);
        QApplication::alert(this);
    });
    connect(s, &ClientSession::receiptsChanged, m_receiptModel, &ReceiptListModel::refresh);
    connect(s, &ClientSession::connectionChanged, this, &MainWindow::showConnection);
    connect(s, &ClientSession::queueChanged, this, [this](const QString &fileNo) {
        if (FileDesk *d = desk(fileNo))
            d->reload();
        showOfflineBanner();
        m_fileActions->update();
    });
    connect(s, &ClientSession::replayFinished, this, &MainWindow::showReplay);
}

void MainWindow::showOfflineBanner()
{
    if (!m_offlineBanner)
        return; // (the status bar is made first)
    if (m_session->live()) {
        m_offlineBanner->hide();
        return;
    }
    QString text;
    if (!m_session->offlineCache()) {
        text = tr("The server cannot be reached. No copies are kept on this computer for working offline "
                  "(%1), so "
                  "only the files already open can be read; what you type is kept here until the server is "
                  "back.")
                   .arg(m_offlineProblem.isEmpty() ? tr("no keychain") : m_offlineProblem);
    } else {
        const auto inbox = m_session->offlineInbox();
        text =
            inbox
                ? tr("The server cannot be reached. You are working on the copies of your inbox kept on this "
                     "computer (as of %1): you can read files, write notes and send on the files you hold. "
                     "Moves are sent when the server is back.")
                      .arg(ui::dateTime(inbox->asOf))
                : tr("The server cannot be reached, and no copy of your inbox is on this computer yet. What "
                     "you "
                     "type is kept here until the server is back.");
    }
    const int queued = static_cast<int>(m_session->queuedMoves().size());
    if (queued > 0)
        text += QLatin1Char(' ') + tr("%n move(s) waiting to be sent.", nullptr, queued);
    m_offlineBanner->setText(text);
    m_offlineBanner->show();
}

void MainWindow::showReplay(const QStringList &landed, const QStringList &refused)
{
    offerLocalDrafts(); // what the moves did not take: notes on files that stayed, refused moves' notes
    if (!landed.isEmpty())
        inform(tr("The server is back: %n move(s) made offline were sent.", nullptr, int(landed.size())));
    if (refused.isEmpty())
        return;
    // One box for the whole replay, naming each file and why (not a cascade of dialogs).
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Moves made offline"),
                                tr("%n move(s) made while the server was away could not be done, because the "
                                   "file changed meanwhile:",
                                   nullptr, int(refused.size())),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("replayBox"));
    box->setInformativeText(refused.join(QLatin1Char('\n')));
    if (!landed.isEmpty())
        box->setDetailedText(tr("Sent:") + QLatin1Char('\n') + landed.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showConnection(ClientSession::Connection state, const QString &message)
{
    // One calm status, never a box: the session reconnects by itself.
    switch (state) {
    case ClientSession::Connection::Live:
        m_liveLabel->setText(tr("● Live"));
        m_liveLabel->setStyleSheet(QStringLiteral("color: #1b7f3b;"));
        // Notes typed offline on files that did not move wait on this computer: the banner
        // offers them, as after a crash, for him to save or send now that the server is back
        // (after the replay when moves wait: their notes go with them).
        if (m_wasOffline && m_session->queuedMoves().isEmpty())
            offerLocalDrafts();
        m_wasOffline = false;
        break;
    case ClientSession::Connection::Reconnecting:
        m_liveLabel->setText(tr("● Reconnecting…"));
        m_liveLabel->setStyleSheet(QStringLiteral("color: #a06000;"));
        break;
    case ClientSession::Connection::Offline:
        m_wasOffline = true;
        m_liveLabel->setText(tr("● Offline"));
        m_liveLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        break;
    }
    m_liveLabel->setToolTip(message.simplified());
    showOfflineBanner();
    if (m_fileActions)
        m_fileActions->update(); // offline, only the moves that can wait are offered
}

QAction *MainWindow::makeAction(const char *name, const QList<QKeySequence> &keys, std::function<void()> slot)
{
    auto *action = new QAction(this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcuts(keys);
    connect(action, &QAction::triggered, this, [slot]() { slot(); });
    addAction(action);
    m_actions.insert(action->objectName(), action);
    return action;
}

void MainWindow::createActions()
{
    makeAction("actionRefresh", {QKeySequence::Refresh}, [this]() {
        refreshAll();
    })->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    makeAction("actionSearch", {QKeySequence::Find}, [this]() {
        showPage(Page::Search);
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    })->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    makeAction("actionInbox", {QKeySequence(Qt::CTRL | Qt::Key_1)}, [this]() { showPage(Page::Inbox); });
    makeAction("actionCloseTab", {QKeySequence(Qt::CTRL | Qt::Key_W)}, [this]() {
        if (FileDesk *d = currentDesk())
            closeDesk(d);
    });
    makeAction("actionSignOut", {}, [this]() { Q_EMIT signOutRequested(); });
    makeAction("actionQuit", {QKeySequence::Quit}, [this]() { close(); });
    for (QAction *a : LanguageManager::instance()->createActions(this))
        m_actions.insert(a->objectName(), a);
}

void MainWindow::createMenus()
{
    auto a = [this](const char *name) {
        QAction *w = m_actions.value(QString::fromLatin1(name));
        return w ? w : m_fileActions->action(name);
    };
    auto add = [&](QWidget *to, std::initializer_list<const char *> names) {
        for (const char *name : names)
            to->addAction(a(name));
    };
    m_fileMenu = menuBar()->addMenu(QString());
    add(m_fileMenu, {"actionNewFile", "actionDiarise"});
    m_fileMenu->addSeparator();
    add(m_fileMenu, {"actionPrint", "actionSavePdf"});
    m_fileMenu->addSeparator();
    add(m_fileMenu, {"actionCloseTab", "actionSignOut", "actionQuit"});
    m_actionsMenu = menuBar()->addMenu(QString());
    add(m_actionsMenu, {"actionSaveDraft", "actionPutUp", "actionForward", "actionReturn", "actionRecall"});
    m_actionsMenu->addSeparator();
    add(m_actionsMenu, {"actionApprove", "actionReject"});
    m_actionsMenu->addSeparator();
    add(m_actionsMenu, {"actionPark", "actionUnpark", "actionCloseFile", "actionReopen", "actionLink",
                        "actionDelay", "actionCallFor", "actionWatch"});
    m_viewMenu = menuBar()->addMenu(QString());
    add(m_viewMenu, {"actionInbox", "actionSearch", "actionRefresh"});
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    add(m_languageMenu, {"actionLanguage_en", "actionLanguage_hi"});

    m_helpMenu = menuBar()->addMenu(QString());
    auto *shortcuts = m_helpMenu->addAction(QString());
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    m_actions.insert(shortcuts->objectName(), shortcuts);
    connect(shortcuts, &QAction::triggered, this, [this]() {
        QStringList lines;
        for (QMenu *menu : {m_actionsMenu, m_fileMenu, m_viewMenu})
            for (QAction *act : menu->actions())
                if (!act->isSeparator() && (menu == m_actionsMenu || !act->shortcut().isEmpty()))
                    lines << FileActions::withShortcut(act->text(), act);
        auto *box = new QMessageBox(QMessageBox::Information, tr("Keyboard shortcuts"),
                                    lines.join(QLatin1Char('\n')), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("fileToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_toolBar->setIconSize(QSize(22, 22));
    m_toolBar->setMovable(false);
    add(m_toolBar, {"actionNewFile", "actionDiarise"});
    m_toolBar->addSeparator();
    add(m_toolBar, {"actionSaveDraft", "actionPutUp", "actionForward", "actionReturn", "actionRecall"});
    m_toolBar->addSeparator();
    add(m_toolBar, {"actionApprove", "actionReject"});
    m_toolBar->addSeparator();
    add(m_toolBar, {"actionPark", "actionCloseFile", "actionLink", "actionDelay"});
    m_toolBar->addSeparator();
    add(m_toolBar, {"actionPrint", "actionRefresh"});
}
void MainWindow::createNavigation()
{
    m_nav = new Navigation(m_session->session().role, this);
    connect(m_nav, &Navigation::pageChosen, this, [this](Page page) {
        m_pages->setCurrentWidget(m_pageWidgets.value(int(page)));
        m_tabs->setCurrentIndex(0);
        if (page == Page::Receipts)
            m_receiptModel->refresh();
        else if (page == Page::DraftsForApproval)
            m_draftsPage->refresh();
        else if (page == Page::Dispatch)
            m_dispatchPage->refresh();
        else if (page == Page::Search)
            m_searchEdit->setFocus();
        else if (FileListModel *m = model(page); m && page != Page::Inbox)
            m->refresh();
        m_fileActions->update();
    });
    connect(m_session.get(), &ClientSession::countsChanged, m_nav, &Navigation::setCounts);
}

FileListPage *MainWindow::makeListPage(Page page)
{
    auto *list = new FileListPage(new FileListModel(m_session->worker(), listKind(page), this), this);
    if (page == Page::Inbox) {
        ClientSession *session = m_session.get();
        list->model()->setOfflineSource([session](qint64 *asOf) -> std::optional<QList<FileSummary>> {
            auto inbox = session->offlineInbox();
            if (!inbox)
                return std::nullopt;
            *asOf = inbox->asOf;
            return inbox->rows;
        });
    }
    connect(list, &FileListPage::openFileRequested, this, [this](const QString &f) { openFile(f); });
    connect(list->model(), &FileListModel::failed, this, &MainWindow::inform);
    m_models.insert(int(page), list->model());
    m_lists.insert(int(page), list);
    return list;
}

QWidget *MainWindow::makeSearchPage()
{
    auto *w = new QWidget(this);
    m_searchEdit = ui::named(new QLineEdit(w), QStringLiteral("searchEdit"), tr("Search"));
    m_searchEdit->setClearButtonEnabled(true);
    QFont f = m_searchEdit->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_searchEdit->setFont(f);
    FileListPage *list = makeListPage(Page::Search);
    list->filter()->hide();
    // The advanced search, folded away until asked for; its fields narrow the words.
    m_searchPanel = new SearchPanel(w);
    m_searchPanel->hide();
    m_advancedToggle = ui::named(new QPushButton(w), QStringLiteral("advancedToggle"), tr("Advanced search"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setAutoDefault(false);
    connect(m_advancedToggle, &QPushButton::toggled, m_searchPanel, &QWidget::setVisible);
    connect(m_session.get(), &ClientSession::orgLoadedChanged, m_searchPanel,
            [this]() { m_searchPanel->setPosts(m_session->posts()); });
    m_searchEmpty = new QLabel(w);
    m_searchEmpty->setObjectName(QStringLiteral("searchEmptyLabel"));
    m_searchEmpty->setWordWrap(true);
    m_searchEmpty->setStyleSheet(QStringLiteral("color: #506070; padding: 8px;"));
    m_searchEmpty->hide();
    auto runSearch = [this, list]() {
        m_searchTimer.stop();
        if (m_searchPanel->isVisible())
            list->model()->setSearchCriteria(m_searchPanel->criteria(m_searchEdit->text()));
        else
            list->model()->setSearchText(m_searchEdit->text());
    };
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this]() { m_searchTimer.start(); });
    connect(&m_searchTimer, &QTimer::timeout, this, runSearch);
    connect(m_searchPanel, &SearchPanel::searchRequested, this, runSearch);
    // An empty result says so, and what was asked.
    connect(list->model(), &FileListModel::loaded, this, [this, list]() {
        const QString asked = list->model()->searchDescription();
        m_searchEmpty->setVisible(list->model()->rowCount() == 0 && !asked.isEmpty());
        m_searchEmpty->setText(tr("No file you may see matches %1. Try fewer words, the beginning of a "
                                  "number, or the advanced search.")
                                   .arg(asked));
    });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [list]() {
        if (list->view()->model()->rowCount() > 0) {
            list->view()->setFocus();
            list->view()->setCurrentIndex(list->view()->model()->index(0, 0));
        }
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_searchEdit, 1);
    top->addWidget(m_advancedToggle);
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addLayout(top);
    layout->addWidget(m_searchPanel);
    layout->addWidget(m_searchEmpty);
    layout->addWidget(list, 1);
    return w;
}

QWidget *MainWindow::makeReviewPage()
{
#ifdef NASTI_HAVE_REVIEW
    auto *review = new ReviewWidget(m_session->reviewWorker(), m_session->session(), this);
    connect(review, &ReviewWidget::openFileRequested, this,
            [this](const QString &fileNo) { openFile(fileNo); });
    return review;
#else
    m_reviewPlaceholder = new QLabel(this);
    m_reviewPlaceholder->setObjectName(QStringLiteral("reviewPlaceholder"));
    m_reviewPlaceholder->setAlignment(Qt::AlignCenter);
    m_reviewPlaceholder->setWordWrap(true);
    return m_reviewPlaceholder;
#endif
}

void MainWindow::createPages()
{
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    auto add = [this](Page p, QWidget *page) {
        m_pageWidgets.insert(int(p), page);
        m_pages->addWidget(page);
    };
    for (Page p : {Page::Inbox, Page::Sent, Page::CreatedByMe, Page::Parked, Page::Closed})
        add(p, makeListPage(p));
    m_receiptModel = new ReceiptListModel(m_session->worker(), this);
    auto *receipts = new ReceiptsPage(m_receiptModel, this);
    m_receiptView = receipts->view();
    connect(receipts, &ReceiptsPage::diariseRequested, this, [this]() { m_fileActions->diarise(); });
    connect(receipts, &ReceiptsPage::newFileRequested, this,
            [this](const QString &d) { m_fileActions->newFile(d); });
    connect(receipts, &ReceiptsPage::putIntoFileRequested, this,
            [this]() { m_fileActions->putReceiptIntoFile(); });
    connect(receipts, &ReceiptsPage::openReceiptRequested, this, &MainWindow::openReceipt);
    receipts->setDiariseAction(m_fileActions->action("actionDiarise"));
    connect(m_receiptModel, &ReceiptListModel::failed, this, &MainWindow::inform);
    add(Page::Receipts, receipts);
    m_draftsPage = new DraftsAwaitingPage(m_session.get(), this);
    connect(m_draftsPage, &DraftsAwaitingPage::openFileRequested, this,
            [this](const QString &f) { openFile(f); });
    add(Page::DraftsForApproval, m_draftsPage);
    m_dispatchPage = new DispatchRegisterPage(m_session.get(), this);
    connect(m_dispatchPage, &DispatchRegisterPage::openFileRequested, this,
            [this](const QString &f) { openFile(f); });
    connect(m_dispatchPage, &DispatchRegisterPage::message, this, &MainWindow::inform);
    add(Page::Dispatch, m_dispatchPage);
    add(Page::Search, makeSearchPage());
    if (m_session->session().role == Role::Reviewer)
        add(Page::Review, makeReviewPage());
    // Follow-up (issue 17): reminders, escalations to me, my watch-list.
    for (const auto &[p, kind] : {std::pair{Page::Reminders, FollowupModel::Kind::Reminders},
                                  std::pair{Page::Escalated, FollowupModel::Kind::Escalated},
                                  std::pair{Page::WatchList, FollowupModel::Kind::WatchList}}) {
        auto *page = new FollowupPage(kind, this);
        connect(page, &FollowupPage::openFileRequested, this, [this](const QString &f) { openFile(f); });
        connect(page, &FollowupPage::stopWatchingRequested, m_fileActions, &FileActions::stopWatching);
        m_followupPages.insert(int(p), page);
        add(p, page);
    }
    m_followupTimer.setInterval(10 * 60 * 1000);
    connect(&m_followupTimer, &QTimer::timeout, this, &MainWindow::refreshFollowup);
    m_followupTimer.start();

    m_tabs = ui::named(new QTabWidget(this), QStringLiteral("tabs"), tr("Lists and open files"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->addTab(m_pages, QString());
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *d = qobject_cast<FileDesk *>(m_tabs->widget(index)))
            closeDesk(d);
    });
    connect(m_tabs, &QTabWidget::currentChanged, m_fileActions, &FileActions::update);
}

void MainWindow::createStatusBar()
{
    for (QLabel **label : {&m_userLabel, &m_postLabel, &m_dbLabel, &m_liveLabel}) {
        *label = new QLabel(this);
        statusBar()->addPermanentWidget(*label);
    }
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_postLabel->setObjectName(QStringLiteral("postLabel"));
    m_dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_liveLabel->setObjectName(QStringLiteral("liveLabel"));
    showConnection(ClientSession::Connection::Live, {});
}

void MainWindow::retranslateUi()
{
    const Session &s = m_session->session();
    setWindowTitle(tr("Nasti — %1").arg(s.fullName));
    m_fileActions->retranslate();
    auto set = [this](const char *name, const QString &text, const QString &tip) {
        QAction *a = m_actions.value(QString::fromLatin1(name));
        a->setText(text);
        a->setIconText(FileActions::plainText(text));
        a->setToolTip(FileActions::withShortcut(tip, a));
        a->setStatusTip(tip);
    };
    set("actionRefresh", tr("&Refresh"), tr("Reload lists and counts"));
    set("actionSearch", tr("&Search"),
        tr("Search by file number, subject, note text, sender, letter or diary number"));
    set("actionInbox", tr("&Inbox"), tr("Show the inbox"));
    set("actionCloseTab", tr("Close &tab"), tr("Close the open file"));
    set("actionSignOut", tr("Sign &out"), tr("Sign out and return to the sign-in screen"));
    set("actionQuit", tr("&Quit"), tr("Quit Nasti"));
    m_actions.value(QStringLiteral("actionShortcuts"))->setText(tr("&Keyboard shortcuts"));
    m_fileMenu->setTitle(tr("&File"));
    m_actionsMenu->setTitle(tr("&Actions"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("File actions"));
    m_tabs->setTabText(0, tr("Lists"));
    for (FileListPage *list : std::as_const(m_lists))
        list->retranslateUi();
    for (FollowupPage *page : std::as_const(m_followupPages)) {
        page->retranslateUi();
        page->model()->setHindi(ui::isHindi());
    }
    static_cast<ReceiptsPage *>(m_pageWidgets.value(int(Page::Receipts)))->retranslateUi();
    m_draftsPage->retranslateUi();
    m_dispatchPage->retranslateUi();
    m_searchEdit->setPlaceholderText(
        tr("File number, subject or note words, sender, letter or diary number — Hindi or English"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_advancedToggle->setText(tr("&Advanced…"));
    m_advancedToggle->setToolTip(
        tr("Search by sender, letter or diary number, dates, priority, grading, holder and status"));
    m_advancedToggle->setAccessibleName(tr("Advanced search"));
    if (m_reviewPlaceholder)
        m_reviewPlaceholder->setText(tr("The weekly review is not available in this build."));
    m_draftBanner->retranslateUi();

    m_userLabel->setText(tr("%1 (%2)").arg(s.fullName, s.login));
    QStringList posts;
    for (const PostRef &p : s.posts)
        posts << QStringLiteral("%1 [%2]").arg(ui::title(p.titleEn, p.titleHi), p.code);
    m_postLabel->setText(posts.isEmpty() ? codes::roleLabel(s.role) : posts.join(QStringLiteral(", ")));
    m_dbLabel->setText(m_session->context().url.display());
    showConnection(m_session->connection(), m_liveLabel->toolTip());
    m_nav->retranslateUi();
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *d = qobject_cast<FileDesk *>(m_tabs->widget(i)))
            m_tabs->setTabToolTip(i, d->isLoaded() ? d->detail().summary.subject : QString());
    m_fileActions->update();
}

QTableView *MainWindow::view(Page page) const
{
    if (page == Page::Receipts)
        return m_receiptView;
    FileListPage *list = m_lists.value(int(page));
    return list ? list->view() : nullptr;
}

void MainWindow::showPage(Page page)
{
    m_nav->select(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    for (auto it = m_pageWidgets.cbegin(); it != m_pageWidgets.cend(); ++it)
        if (it.value() == m_pages->currentWidget())
            return static_cast<Page>(it.key());
    return Page::Inbox;
}

ReceiptViewer *MainWindow::openReceipt(const ReceiptView &receipt)
{
    auto *viewer =
        new ReceiptViewer(m_session->worker(), receipt, bool(m_session->rules().mayDiarise()), this);
    connect(viewer, &ReceiptViewer::putIntoFileRequested, this,
            [this](const QString &diaryNo) { m_fileActions->putReceiptIntoFile(diaryNo); });
    connect(viewer, &ReceiptViewer::newFileRequested, this,
            [this](const QString &diaryNo) { m_fileActions->newFile(diaryNo); });
    connect(viewer, &ReceiptViewer::openFileRequested, this, [this](const QString &f) { openFile(f); });
    // Once the receipt is in a file, the viewer's "put into" is done.
    connect(m_session.get(), &ClientSession::receiptsChanged, viewer, [viewer]() { viewer->close(); });
    viewer->show();
    return viewer;
}

void MainWindow::showAdvancedSearch()
{
    showPage(Page::Search);
    m_advancedToggle->setChecked(true);
}

void MainWindow::setSearchText(const QString &text)
{
    showPage(Page::Search);
    m_searchEdit->setText(text);
    m_searchTimer.stop();
    m_models.value(int(Page::Search))->setSearchText(text);
}

void MainWindow::refreshAll()
{
    for (FileListModel *m : std::as_const(m_models))
        if (m->kind() != FileListModel::Kind::Search || !m->searchText().isEmpty())
            m->refresh();
    m_receiptModel->refresh();
    m_session->refreshCounts();
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *d = qobject_cast<FileDesk *>(m_tabs->widget(i)))
            d->reload();
    refreshFollowup();
}

// What has fallen due is recorded on the way (no daemon); new reminders and
// escalations are announced once.
void MainWindow::refreshFollowup()
{
    m_session->loadFollowup(
        this,
        [this](ClientSession::Followup f) {
            m_followupPages.value(int(Page::Reminders))->model()->setFollowups(f.reminders);
            m_followupPages.value(int(Page::Escalated))->model()->setFollowups(f.escalated);
            m_followupPages.value(int(Page::WatchList))->model()->setCalls(f.watchList);
            m_nav->setFollowupCounts(int(f.reminders.size()), int(f.escalated.size()),
                                     int(f.watchList.size()));
            if (f.newReminders + f.newEscalations > 0) {
                const QString text = tr("%n file(s) past the time limit: see Reminders and Escalated to me.",
                                        nullptr, f.newReminders + f.newEscalations);
                m_toast->showText(text, menuBar()->height() + m_toolBar->height() + 12);
                statusBar()->showMessage(text, 8000);
                QApplication::alert(this);
            }
            if (f.returned > 0)
                model(Page::Inbox)->refresh();
        },
        [this](const QString &message) { inform(message); });
}

void MainWindow::inform(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::offerLocalDrafts()
{
    QStringList files;
    for (const DraftStore::Entry &e : m_session->drafts()->pending())
        files << e.fileNo;
    m_draftBanner->offer(files);
}

// --- desks ------------------------------------------------------------------

FileDesk *MainWindow::currentDesk() const
{
    return qobject_cast<FileDesk *>(m_tabs->currentWidget());
}

FileDesk *MainWindow::desk(const QString &fileNo) const
{
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *d = qobject_cast<FileDesk *>(m_tabs->widget(i)); d && d->fileNo() == fileNo)
            return d;
    return nullptr;
}

FileDesk *MainWindow::openFile(const QString &fileNo)
{
    if (fileNo.isEmpty())
        return nullptr;
    if (FileDesk *d = desk(fileNo)) {
        m_tabs->setCurrentWidget(d);
        d->reload();
        return d;
    }
    auto *d = new FileDesk(m_session.get(), fileNo, m_tabs);
    m_tabs->setCurrentIndex(m_tabs->addTab(d, fileNo));
    connect(d, &FileDesk::loaded, this, [this, d]() {
        if (const int i = m_tabs->indexOf(d); i > 0) {
            m_tabs->setTabToolTip(i, d->detail().summary.subject);
            m_tabs->setTabIcon(i, d->isMine() ? style()->standardIcon(QStyle::SP_FileIcon) : QIcon());
        }
        m_fileActions->update();
    });
    connect(d, &FileDesk::loadFailed, this, &MainWindow::inform);
    connect(d, &FileDesk::openFileRequested, this, [this](const QString &f) { openFile(f); });
    d->draftPanel()->setActions(
        {m_fileActions->action("actionNewDraft"), m_fileActions->action("actionReviseDraft"),
         m_fileActions->action("actionCompareDrafts"), m_fileActions->action("actionApproveDraft"),
         m_fileActions->action("actionIssueDraft")});
    connect(d->draftPanel(), &DraftPanel::selectionChanged, m_fileActions, &FileActions::update);
    connect(d, &FileDesk::answerCallRequested, this,
            [this, d](qint64 id, const QString &direction) { m_fileActions->answerCall(d, id, direction); });
    m_fileActions->update();
    return d;
}

void MainWindow::closeDesk(FileDesk *d)
{
    const int i = m_tabs->indexOf(d);
    if (i <= 0)
        return;
    d->saveLocally();
    m_tabs->removeTab(i);
    d->deleteLater();
    m_fileActions->update();
}

// --- events -----------------------------------------------------------------

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *d = qobject_cast<FileDesk *>(m_tabs->widget(i)))
            d->saveLocally();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls)
        if (url.isLocalFile()) {
            showPage(Page::Receipts);
            m_fileActions->diarise(url.toLocalFile());
        }
}

} // namespace nasti
