#include "mainwindow.h"

#include "client/draftstore.h"
#include "client/inboxnotifier.h"
#include "client/queryworker.h"
#include "db/database.h"
#include "dialogs.h"
#include "filedesk.h"
#include "languagemanager.h"
#include "notesheetprinter.h"
#include "pdf/popplerinspector.h"
#include "profilestore.h"
#include "services/fileservice.h"
#include "services/orgservice.h"
#include "services/receiptservice.h"
#include "uiutil.h"
#include "util/error.h"

#if __has_include("review/reviewwidget.h")
#include "review/reviewwidget.h"
#define NASTI_HAVE_REVIEW 1
#endif

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
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
constexpr int kPageRole = Qt::UserRole + 1;

FileListModel::Kind kindOf(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Sent:
        return FileListModel::Kind::Sent;
    case MainWindow::Page::CreatedByMe:
        return FileListModel::Kind::CreatedByMe;
    case MainWindow::Page::Parked:
        return FileListModel::Kind::Parked;
    case MainWindow::Page::Closed:
        return FileListModel::Kind::Closed;
    case MainWindow::Page::Search:
        return FileListModel::Kind::Search;
    default:
        return FileListModel::Kind::Inbox;
    }
}

// Menu text without its mnemonic: "&Forward…" and a translation's "अग्रेषित (&F)" alike.
QString plainText(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\s*\\(&.\\)"));
    QString plain = text;
    plain.remove(mnemonic);
    plain.remove(QLatin1Char('&'));
    plain.remove(QStringLiteral("…"));
    return plain.trimmed();
}

QString withShortcut(const QString &text, const QAction *action)
{
    const QKeySequence key = action->shortcut();
    const QString plain = plainText(text);
    return key.isEmpty() ? plain
                         : QStringLiteral("%1 (%2)").arg(plain, key.toString(QKeySequence::NativeText));
}
} // namespace

MainWindow::MainWindow(access::UserConnection connection, const QString &password, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(connection.db)), m_password(password)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/nasti.svg")));
    setAcceptDrops(true);
    resize(1400, 860);
    m_context.url = m_db->url();
    m_context.session = connection.session;
    m_drafts = std::make_unique<DraftStore>(m_db->url().display(), m_context.session.login);
    m_worker = new QueryWorker(m_context, this);

    m_toastTimer.setSingleShot(true);
    m_toastTimer.setInterval(8000);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(250);

    createActions();
    createMenus();
    createPages();
    createNavigation();
    createStatusBar();

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
    auto *banner = new QWidget(central);
    banner->setObjectName(QStringLiteral("draftBannerBox"));
    banner->setStyleSheet(
        QStringLiteral("#draftBannerBox { background: #fff4d6; border-bottom: 1px solid #e0c060; }"));
    auto *bannerLayout = new QHBoxLayout(banner);
    bannerLayout->setContentsMargins(10, 4, 10, 4);
    m_draftBanner = new QLabel(banner);
    m_draftBanner->setObjectName(QStringLiteral("draftBanner"));
    m_draftBanner->setWordWrap(true);
    m_draftBannerButton =
        ui::named(new QPushButton(banner), QStringLiteral("openDraftsButton"), tr("Open them"));
    bannerLayout->addWidget(m_draftBanner, 1);
    bannerLayout->addWidget(m_draftBannerButton);
    banner->hide();
    layout->addWidget(banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_toast = new QLabel(this);
    m_toast->setObjectName(QStringLiteral("arrivalToast"));
    m_toast->setWordWrap(true);
    m_toast->setStyleSheet(
        QStringLiteral("background: #0b4f8a; color: white; padding: 10px 14px; border-radius: 6px;"));
    m_toast->hide();
    connect(&m_toastTimer, &QTimer::timeout, m_toast, &QWidget::hide);

    connect(m_draftBannerButton, &QPushButton::clicked, this, [this, banner]() {
        for (const DraftStore::Entry &e : m_drafts->pending())
            openFile(e.fileNo);
        banner->hide();
    });

    retranslateUi();
    showPage(Page::Inbox);

    // Live inbox: LISTEN/NOTIFY on PostgreSQL, polling on SQLite.
    m_notifier = new InboxNotifier(m_context, this);
    connect(m_notifier, &InboxNotifier::inboxChanged, this, [this](qint64) {
        m_models.value(int(Page::Inbox))->refresh();
        refreshCounts();
    });
    connect(m_notifier, &InboxNotifier::connectionLost, this, [this](const QString &message) {
        m_live = false;
        m_liveLabel->setText(tr("● Offline"));
        m_liveLabel->setToolTip(message);
        m_liveLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    });
    connect(m_notifier, &InboxNotifier::connectionRestored, this, [this]() {
        m_live = true;
        m_liveLabel->setText(tr("● Live"));
        m_liveLabel->setToolTip(QString());
        m_liveLabel->setStyleSheet(QStringLiteral("color: #1b7f3b;"));
        refreshAll();
    });
    m_notifier->start();

    refreshAll();
    offerLocalDrafts();
}

MainWindow::~MainWindow()
{
    // Desks keep their drafts on the way out; they need the worker until then.
    while (m_tabs->count() > 1) {
        QWidget *w = m_tabs->widget(1);
        m_tabs->removeTab(1);
        delete w;
    }
    delete m_notifier;
    delete m_worker;
}

// --- construction -----------------------------------------------------------

QAction *MainWindow::makeAction(const QString &name, QStyle::StandardPixmap icon,
                                const QList<QKeySequence> &keys, void (MainWindow::*slot)())
{
    auto *action = new QAction(this);
    action->setObjectName(name);
    if (icon != QStyle::SP_CustomBase)
        action->setIcon(style()->standardIcon(icon));
    action->setShortcuts(keys);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    addAction(action);
    m_actions.insert(name, action);
    return action;
}

void MainWindow::createActions()
{
    using S = QStyle;
    makeAction(QStringLiteral("actionNewFile"), S::SP_FileIcon, {QKeySequence(Qt::CTRL | Qt::Key_N)},
               nullptr);
    connect(m_actions.value(QStringLiteral("actionNewFile")), &QAction::triggered, this,
            [this]() { newFile(); });
    makeAction(QStringLiteral("actionDiarise"), S::SP_DialogOpenButton, {QKeySequence(Qt::CTRL | Qt::Key_D)},
               nullptr);
    connect(m_actions.value(QStringLiteral("actionDiarise")), &QAction::triggered, this,
            [this]() { diarise(); });
    makeAction(QStringLiteral("actionSaveDraft"), S::SP_DialogSaveButton, {QKeySequence::Save},
               &MainWindow::saveDraft);
    makeAction(QStringLiteral("actionPutUp"), S::SP_ArrowUp, {QKeySequence(Qt::CTRL | Qt::Key_U)},
               &MainWindow::putUp);
    makeAction(QStringLiteral("actionForward"), S::SP_ArrowForward,
               {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
               &MainWindow::forward);
    makeAction(QStringLiteral("actionReturn"), S::SP_ArrowBack, {QKeySequence(Qt::CTRL | Qt::Key_R)},
               &MainWindow::returnFile);
    makeAction(QStringLiteral("actionRecall"), S::SP_BrowserReload,
               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}, &MainWindow::recall);
    makeAction(QStringLiteral("actionApprove"), S::SP_DialogApplyButton,
               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}, &MainWindow::approve);
    makeAction(QStringLiteral("actionReject"), S::SP_DialogCancelButton,
               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J)}, &MainWindow::reject);
    makeAction(QStringLiteral("actionPark"), S::SP_MediaPause,
               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)}, &MainWindow::park);
    makeAction(QStringLiteral("actionUnpark"), S::SP_MediaPlay,
               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)}, &MainWindow::unpark);
    makeAction(QStringLiteral("actionCloseFile"), S::SP_DialogCloseButton,
               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)}, &MainWindow::closeFile);
    makeAction(QStringLiteral("actionReopen"), S::SP_DirOpenIcon, {}, &MainWindow::reopen);
    makeAction(QStringLiteral("actionLink"), S::SP_FileLinkIcon, {QKeySequence(Qt::CTRL | Qt::Key_L)},
               &MainWindow::link);
    makeAction(QStringLiteral("actionDelay"), S::SP_MessageBoxWarning,
               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}, &MainWindow::reasonForDelay);
    makeAction(QStringLiteral("actionPrint"), S::SP_FileDialogDetailedView, {QKeySequence::Print},
               &MainWindow::printNoteSheet);
    makeAction(QStringLiteral("actionSavePdf"), S::SP_DriveFDIcon,
               {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)}, &MainWindow::saveNoteSheetPdf);
    makeAction(QStringLiteral("actionRefresh"), S::SP_BrowserReload, {QKeySequence::Refresh},
               &MainWindow::refreshAll);
    makeAction(QStringLiteral("actionSearch"), S::SP_FileDialogContentsView, {QKeySequence::Find}, nullptr);
    connect(m_actions.value(QStringLiteral("actionSearch")), &QAction::triggered, this, [this]() {
        showPage(Page::Search);
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    makeAction(QStringLiteral("actionInbox"), S::SP_CustomBase, {QKeySequence(Qt::CTRL | Qt::Key_1)},
               nullptr);
    connect(m_actions.value(QStringLiteral("actionInbox")), &QAction::triggered, this,
            [this]() { showPage(Page::Inbox); });
    makeAction(QStringLiteral("actionCloseTab"), S::SP_CustomBase, {QKeySequence(Qt::CTRL | Qt::Key_W)},
               nullptr);
    connect(m_actions.value(QStringLiteral("actionCloseTab")), &QAction::triggered, this, [this]() {
        if (FileDesk *d = currentDesk())
            closeDesk(d);
    });
    makeAction(QStringLiteral("actionSignOut"), S::SP_CustomBase, {}, nullptr);
    connect(m_actions.value(QStringLiteral("actionSignOut")), &QAction::triggered, this,
            &MainWindow::signOutRequested);
    makeAction(QStringLiteral("actionQuit"), S::SP_CustomBase, {QKeySequence::Quit}, nullptr);
    connect(m_actions.value(QStringLiteral("actionQuit")), &QAction::triggered, this, &QWidget::close);

    auto *languages = new QActionGroup(this);
    for (const QString &code : {QStringLiteral("en"), QStringLiteral("hi")}) {
        auto *a = new QAction(
            code == QLatin1String("hi") ? QStringLiteral("हिन्दी") : QStringLiteral("English"), languages);
        a->setObjectName(QStringLiteral("actionLanguage_") + code);
        a->setCheckable(true);
        a->setChecked(LanguageManager::instance()->current() == code);
        connect(a, &QAction::triggered, this, [code]() {
            ProfileStore().setLanguage(code);
            LanguageManager::instance()->apply(code);
        });
        m_actions.insert(a->objectName(), a);
    }
    connect(LanguageManager::instance(), &LanguageManager::changed, this, [this](const QString &code) {
        if (QAction *a = m_actions.value(QStringLiteral("actionLanguage_") + code))
            a->setChecked(true);
    });
}

void MainWindow::createMenus()
{
    auto a = [this](const char *name) {
        return m_actions.value(QString::fromLatin1(name));
    };
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(a("actionNewFile"));
    m_fileMenu->addAction(a("actionDiarise"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a("actionPrint"));
    m_fileMenu->addAction(a("actionSavePdf"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a("actionCloseTab"));
    m_fileMenu->addAction(a("actionSignOut"));
    m_fileMenu->addAction(a("actionQuit"));

    m_actionsMenu = menuBar()->addMenu(QString());
    for (const char *name :
         {"actionSaveDraft", "actionPutUp", "actionForward", "actionReturn", "actionRecall"})
        m_actionsMenu->addAction(a(name));
    m_actionsMenu->addSeparator();
    for (const char *name : {"actionApprove", "actionReject"})
        m_actionsMenu->addAction(a(name));
    m_actionsMenu->addSeparator();
    for (const char *name :
         {"actionPark", "actionUnpark", "actionCloseFile", "actionReopen", "actionLink", "actionDelay"})
        m_actionsMenu->addAction(a(name));

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(a("actionInbox"));
    m_viewMenu->addAction(a("actionSearch"));
    m_viewMenu->addAction(a("actionRefresh"));
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(a("actionLanguage_en"));
    m_languageMenu->addAction(a("actionLanguage_hi"));

    m_helpMenu = menuBar()->addMenu(QString());
    auto *shortcuts = m_helpMenu->addAction(QString());
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    m_actions.insert(shortcuts->objectName(), shortcuts);
    connect(shortcuts, &QAction::triggered, this, [this]() {
        QStringList lines;
        for (QAction *act : m_actionsMenu->actions())
            if (!act->isSeparator())
                lines << withShortcut(act->text(), act);
        for (QAction *act : m_fileMenu->actions())
            if (!act->isSeparator() && !act->shortcut().isEmpty())
                lines << withShortcut(act->text(), act);
        for (QAction *act : m_viewMenu->actions())
            if (!act->isSeparator() && !act->shortcut().isEmpty())
                lines << withShortcut(act->text(), act);
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
    for (const char *name : {"actionNewFile", "actionDiarise"})
        m_toolBar->addAction(a(name));
    m_toolBar->addSeparator();
    for (const char *name :
         {"actionSaveDraft", "actionPutUp", "actionForward", "actionReturn", "actionRecall"})
        m_toolBar->addAction(a(name));
    m_toolBar->addSeparator();
    for (const char *name : {"actionApprove", "actionReject"})
        m_toolBar->addAction(a(name));
    m_toolBar->addSeparator();
    for (const char *name : {"actionPark", "actionCloseFile", "actionLink", "actionDelay"})
        m_toolBar->addAction(a(name));
    m_toolBar->addSeparator();
    for (const char *name : {"actionPrint", "actionRefresh"})
        m_toolBar->addAction(a(name));
}

void MainWindow::createNavigation()
{
    m_nav = ui::named(new QListWidget(this), QStringLiteral("navigation"), tr("Navigation"));
    m_nav->setMinimumWidth(190);
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(1);
    m_nav->setStyleSheet(
        QStringLiteral("QListWidget#navigation { background: #1f3a5a; color: #e8eef5; border: none; "
                       "font-size: 11pt; padding-top: 6px; }"
                       "QListWidget#navigation::item { padding: 7px 10px; }"
                       "QListWidget#navigation::item:selected { background: #f0b429; color: #1f2a36; }"));
    using S = QStyle;
    const struct
    {
        Page page;
        S::StandardPixmap icon;
    } items[] = {
        {Page::Inbox, S::SP_DriveNetIcon},
        {Page::Sent, S::SP_ArrowForward},
        {Page::CreatedByMe, S::SP_FileIcon},
        {Page::Parked, S::SP_MediaPause},
        {Page::Closed, S::SP_DialogCloseButton},
        {Page::Receipts, S::SP_FileDialogListView},
        {Page::Search, S::SP_FileDialogContentsView},
        {Page::Review, S::SP_FileDialogInfoView},
    };
    for (const auto &it : items) {
        if (it.page == Page::Review && m_context.session.role != Role::Reviewer)
            continue;
        auto *item = new QListWidgetItem(style()->standardIcon(it.icon), QString(), m_nav);
        item->setData(kPageRole, int(it.page));
    }
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const auto page = static_cast<Page>(m_nav->item(row)->data(kPageRole).toInt());
        m_pages->setCurrentWidget(m_pageWidgets.value(int(page)));
        m_tabs->setCurrentIndex(0);
        if (page == Page::Receipts)
            m_receiptModel->refresh();
        else if (page == Page::Search)
            m_searchEdit->setFocus();
        else if (FileListModel *m = m_models.value(int(page)); m && page != Page::Inbox)
            m->refresh();
        updateActions();
    });
}

QWidget *MainWindow::makeListPage(Page page, FileListModel *model)
{
    auto *w = new QWidget(this);
    auto *proxy = new QSortFilterProxyModel(w);
    proxy->setSourceModel(model);
    proxy->setSortRole(FileListModel::SortRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    auto *view = new QTableView(w);
    view->setObjectName(QStringLiteral("fileList"));
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // server order (newest first) until the user sorts
    view->setWordWrap(false);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(FileListModel::Subject, QHeaderView::Stretch);
    view->setColumnWidth(FileListModel::FileNo, 200);
    view->setColumnWidth(FileListModel::From, 190);
    view->setColumnWidth(FileListModel::Received, 130);
    view->setColumnWidth(FileListModel::Action, 115);
    view->setColumnWidth(FileListModel::PriorityCol, 105);
    view->setColumnWidth(FileListModel::Due, 90);
    view->setColumnWidth(FileListModel::DaysPending, 100);
    auto open = [this, proxy](const QModelIndex &index) {
        if (index.isValid())
            openFile(proxy->data(index, FileListModel::FileNoRole).toString());
    };
    connect(view, &QTableView::activated, this, open);
    connect(view, &QTableView::doubleClicked, this, open);

    auto *filter = new QLineEdit(w);
    filter->setObjectName(QStringLiteral("quickFilter"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(model, &FileListModel::failed, this, [this](const QString &message) { inform(message); });

    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(filter);
    layout->addWidget(view, 1);
    m_models.insert(int(page), model);
    m_views.insert(int(page), view);
    m_proxies.insert(int(page), proxy);
    m_filters.insert(int(page), filter);
    return w;
}

QWidget *MainWindow::makeReceiptsPage()
{
    auto *w = new QWidget(this);
    m_receiptModel = new ReceiptListModel(m_worker, this);
    auto *proxy = new QSortFilterProxyModel(w);
    proxy->setSourceModel(m_receiptModel);
    proxy->setSortRole(ReceiptListModel::SortRole);
    m_receiptView = new QTableView(w);
    m_receiptView->setObjectName(QStringLiteral("receiptList"));
    m_receiptView->setModel(proxy);
    m_receiptView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_receiptView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_receiptView->setAlternatingRowColors(true);
    m_receiptView->setSortingEnabled(true);
    m_receiptView->sortByColumn(-1, Qt::AscendingOrder);
    m_receiptView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_receiptView->verticalHeader()->hide();
    m_receiptView->horizontalHeader()->setSectionResizeMode(ReceiptListModel::Subject, QHeaderView::Stretch);
    m_receiptView->setColumnWidth(ReceiptListModel::DiaryNo, 170);
    m_receiptView->setColumnWidth(ReceiptListModel::Sender, 220);
    m_receiptView->setColumnWidth(ReceiptListModel::LetterNo, 200);
    m_receiptView->setColumnWidth(ReceiptListModel::InFile, 200);

    auto *diariseButton =
        ui::named(new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), QString(), w),
                  QStringLiteral("diariseButton"), tr("Diarise a receipt"));
    auto *newFileButton =
        ui::named(new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), QString(), w),
                  QStringLiteral("newFileFromReceiptButton"), tr("Open a new file with it"));
    auto *putButton = ui::named(new QPushButton(style()->standardIcon(QStyle::SP_ArrowRight), QString(), w),
                                QStringLiteral("putIntoFileButton"), tr("Put into a file"));
    m_receiptButtons = {diariseButton, newFileButton, putButton};
    connect(diariseButton, &QPushButton::clicked, this, [this]() { diarise(); });
    connect(newFileButton, &QPushButton::clicked, this, [this, proxy]() {
        const QModelIndex i = m_receiptView->currentIndex();
        newFile(i.isValid() ? proxy->data(i, ReceiptListModel::DiaryNoRole).toString() : QString());
    });
    connect(putButton, &QPushButton::clicked, this, &MainWindow::putReceiptIntoFile);
    auto *hint = new QLabel(w);
    hint->setObjectName(QStringLiteral("receiptHint"));
    hint->setStyleSheet(QStringLiteral("color: #506070;"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(diariseButton);
    bar->addWidget(newFileButton);
    bar->addWidget(putButton);
    bar->addStretch(1);
    bar->addWidget(hint);
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_receiptView, 1);
    connect(m_receiptModel, &ReceiptListModel::failed, this,
            [this](const QString &message) { inform(message); });
    return w;
}

QWidget *MainWindow::makeSearchPage()
{
    auto *w = new QWidget(this);
    m_searchEdit = ui::named(new QLineEdit(w), QStringLiteral("searchEdit"), tr("Search"));
    m_searchEdit->setClearButtonEnabled(true);
    QFont f = m_searchEdit->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_searchEdit->setFont(f);
    auto *model = new FileListModel(m_worker, FileListModel::Kind::Search, this);
    QWidget *list = makeListPage(Page::Search, model);
    m_filters.value(int(Page::Search))->hide();
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this]() { m_searchTimer.start(); });
    connect(&m_searchTimer, &QTimer::timeout, this,
            [this, model]() { model->setSearchText(m_searchEdit->text()); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this]() {
        if (QTableView *v = m_views.value(int(Page::Search)); v && v->model()->rowCount() > 0) {
            v->setFocus();
            v->setCurrentIndex(v->model()->index(0, 0));
        }
    });
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(m_searchEdit);
    layout->addWidget(list, 1);
    return w;
}

QWidget *MainWindow::makeReviewPage()
{
#ifdef NASTI_HAVE_REVIEW
    auto *review =
        new ReviewWidget(m_context.url, m_context.session.login, m_password, m_context.session, this);
    connect(review, &ReviewWidget::openFileRequested, this,
            [this](const QString &fileNo) { openFile(fileNo); });
    return review;
#else
    auto *w = new QWidget(this);
    m_reviewPlaceholder = new QLabel(w);
    m_reviewPlaceholder->setObjectName(QStringLiteral("reviewPlaceholder"));
    m_reviewPlaceholder->setAlignment(Qt::AlignCenter);
    m_reviewPlaceholder->setWordWrap(true);
    auto *layout = new QVBoxLayout(w);
    layout->addWidget(m_reviewPlaceholder);
    return w;
#endif
}

void MainWindow::createPages()
{
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    for (Page p : {Page::Inbox, Page::Sent, Page::CreatedByMe, Page::Parked, Page::Closed}) {
        auto *model = new FileListModel(m_worker, kindOf(p), this);
        QWidget *page = makeListPage(p, model);
        m_pageWidgets.insert(int(p), page);
        m_pages->addWidget(page);
    }
    connect(m_models.value(int(Page::Inbox)), &FileListModel::loaded, this, &MainWindow::onInboxLoaded);
    m_pageWidgets.insert(int(Page::Receipts), makeReceiptsPage());
    m_pages->addWidget(m_pageWidgets.value(int(Page::Receipts)));
    m_pageWidgets.insert(int(Page::Search), makeSearchPage());
    m_pages->addWidget(m_pageWidgets.value(int(Page::Search)));
    if (m_context.session.role == Role::Reviewer) {
        m_pageWidgets.insert(int(Page::Review), makeReviewPage());
        m_pages->addWidget(m_pageWidgets.value(int(Page::Review)));
    }

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
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
}

void MainWindow::createStatusBar()
{
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_postLabel = new QLabel(this);
    m_postLabel->setObjectName(QStringLiteral("postLabel"));
    m_dbLabel = new QLabel(this);
    m_dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_liveLabel = new QLabel(this);
    m_liveLabel->setObjectName(QStringLiteral("liveLabel"));
    m_liveLabel->setStyleSheet(QStringLiteral("color: #1b7f3b;"));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_postLabel);
    statusBar()->addPermanentWidget(m_dbLabel);
    statusBar()->addPermanentWidget(m_liveLabel);
}

void MainWindow::retranslateUi()
{
    const Session &s = m_context.session;
    setWindowTitle(tr("Nasti — %1").arg(s.fullName));
    auto set = [this](const char *name, const QString &text, const QString &tip = {}) {
        QAction *a = m_actions.value(QString::fromLatin1(name));
        a->setText(text);
        a->setIconText(plainText(text));
        a->setToolTip(withShortcut(tip.isEmpty() ? text : tip, a));
        a->setStatusTip(tip);
    };
    set("actionNewFile", tr("&New file…"), tr("Open a new file"));
    set("actionDiarise", tr("&Diarise receipt…"), tr("Diarise an incoming letter (PDF)"));
    set("actionSaveDraft", tr("&Save note"), tr("Save my note as a draft in the file"));
    set("actionPutUp", tr("&Put up…"), tr("Put the file up to my reporting officer"));
    set("actionForward", tr("&Forward…"), tr("Send the file to any post"));
    set("actionReturn", tr("&Return…"), tr("Return the file to the post that sent it"));
    set("actionRecall", tr("Re&call…"), tr("Pull back a file I sent, until its receiver opens it"));
    set("actionApprove", tr("&Approve…"), tr("Approve and send the file on, by default to the post that put it up"));
    set("actionReject", tr("Re&ject…"), tr("Do not approve; send the file back with remarks"));
    set("actionPark", tr("Par&k…"), tr("Keep the file aside; it leaves the inbox"));
    set("actionUnpark", tr("&Unpark"), tr("Bring a parked file back into the inbox"));
    set("actionCloseFile", tr("&Close file…"),
        tr("Close the file with a decision (only the post that opened it)"));
    set("actionReopen", tr("Re&open…"), tr("Reopen a closed file"));
    set("actionLink", tr("&Link…"), tr("Link another file to this one"));
    set("actionDelay", tr("Reason for &delay…"), tr("Record why the file is past its time limit"));
    set("actionPrint", tr("&Print note sheet…"), tr("Print preview of the note sheet"));
    set("actionSavePdf", tr("Save note sheet as P&DF…"), tr("Save the note sheet as a PDF"));
    set("actionRefresh", tr("&Refresh"), tr("Reload lists and counts"));
    set("actionSearch", tr("&Search"), tr("Search by file number, subject or note text"));
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
    m_nav->setAccessibleName(tr("Navigation"));
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        it.value()->setPlaceholderText(tr("Filter this list (file number, subject, sender …)"));
        it.value()->setAccessibleName(tr("Quick filter"));
    }
    m_searchEdit->setPlaceholderText(tr("Search by file number, subject or note text — Hindi or English"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_receiptButtons.at(0)->setText(tr("Diarise…"));
    m_receiptButtons.at(0)->setToolTip(tr("Diarise a letter; you can also drop PDF files on this window"));
    m_receiptButtons.at(1)->setText(tr("Open a new file with it…"));
    m_receiptButtons.at(2)->setText(tr("Put into a file…"));
    if (auto *hint = findChild<QLabel *>(QStringLiteral("receiptHint")))
        hint->setText(tr("Drop PDF letters here to diarise them."));
    if (m_reviewPlaceholder)
        m_reviewPlaceholder->setText(tr("The weekly review is not available in this build."));
    m_draftBannerButton->setText(tr("Open them"));

    m_userLabel->setText(tr("%1 (%2)").arg(s.fullName, s.login));
    QStringList posts;
    for (const PostRef &p : s.posts)
        posts << QStringLiteral("%1 [%2]").arg(ui::title(p.titleEn, p.titleHi), p.code);
    m_postLabel->setText(posts.isEmpty() ? codes::roleLabel(s.role) : posts.join(QStringLiteral(", ")));
    m_dbLabel->setText(m_context.url.display());
    m_liveLabel->setText(m_live ? tr("● Live") : tr("● Offline"));
    for (FileListModel *m : std::as_const(m_models))
        Q_EMIT m->headerDataChanged(Qt::Horizontal, 0, FileListModel::ColumnCount - 1);
    for (FileListModel *m : std::as_const(m_models))
        if (m->rowCount() > 0)
            Q_EMIT m->dataChanged(m->index(0, 0),
                                  m->index(m->rowCount() - 1, FileListModel::ColumnCount - 1));
    if (m_receiptModel)
        Q_EMIT m_receiptModel->headerDataChanged(Qt::Horizontal, 0, ReceiptListModel::ColumnCount - 1);
    updateNavigation();
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *d = qobject_cast<FileDesk *>(m_tabs->widget(i)))
            m_tabs->setTabToolTip(i, d->isLoaded() ? d->detail().summary.subject : QString());
    updateActions();
}

void MainWindow::updateNavigation()
{
    for (int i = 0; i < m_nav->count(); ++i) {
        QListWidgetItem *item = m_nav->item(i);
        const auto page = static_cast<Page>(item->data(kPageRole).toInt());
        QString text;
        switch (page) {
        case Page::Inbox:
            text = m_counts.unread > 0 ? tr("Inbox  (%1 · %2 new)").arg(m_counts.inbox).arg(m_counts.unread)
                                       : tr("Inbox  (%1)").arg(m_counts.inbox);
            break;
        case Page::Sent:
            text = tr("Sent");
            break;
        case Page::CreatedByMe:
            text = tr("Created by me");
            break;
        case Page::Parked:
            text = tr("Parked  (%1)").arg(m_counts.parked);
            break;
        case Page::Closed:
            text = tr("Closed");
            break;
        case Page::Receipts:
            text = m_counts.unfiledReceipts > 0 ? tr("Receipts  (%1 to file)").arg(m_counts.unfiledReceipts)
                                                : tr("Receipts");
            break;
        case Page::Search:
            text = tr("Search");
            break;
        case Page::Review:
            text = tr("Review");
            break;
        default:
            break;
        }
        item->setText(text);
        QFont f = item->font();
        f.setBold(page == Page::Inbox && m_counts.unread > 0);
        item->setFont(f);
    }
}

// --- lists, counts, arrivals ------------------------------------------------

FileListModel *MainWindow::model(Page page) const
{
    return m_models.value(int(page));
}

QTableView *MainWindow::view(Page page) const
{
    if (page == Page::Receipts)
        return m_receiptView;
    return m_views.value(int(page));
}

void MainWindow::showPage(Page page)
{
    for (int i = 0; i < m_nav->count(); ++i)
        if (m_nav->item(i)->data(kPageRole).toInt() == int(page)) {
            if (m_nav->currentRow() == i) {
                m_pages->setCurrentWidget(m_pageWidgets.value(int(page)));
                m_tabs->setCurrentIndex(0);
            } else {
                m_nav->setCurrentRow(i);
            }
        }
}

MainWindow::Page MainWindow::currentPage() const
{
    for (auto it = m_pageWidgets.cbegin(); it != m_pageWidgets.cend(); ++it)
        if (it.value() == m_pages->currentWidget())
            return static_cast<Page>(it.key());
    return Page::Inbox;
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
    for (auto it = m_models.cbegin(); it != m_models.cend(); ++it)
        if (it.key() != int(Page::Search) || !it.value()->searchText().isEmpty())
            it.value()->refresh();
    m_receiptModel->refresh();
    refreshCounts();
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *d = qobject_cast<FileDesk *>(m_tabs->widget(i)))
            d->reload();
}

void MainWindow::refreshCounts()
{
    const Session session = m_context.session;
    m_worker->post<NavCounts>(
        this, [session](Database &db) { return clientqueries::counts(db, session); },
        [this](NavCounts c) {
            m_counts = c;
            updateNavigation();
        });
}

void MainWindow::onInboxLoaded()
{
    FileListModel *inbox = m_models.value(int(Page::Inbox));
    QSet<QString> now;
    QStringList fresh;
    for (int i = 0; i < inbox->rowCount(); ++i) {
        const FileSummary &f = inbox->summary(i);
        now.insert(f.fileNo);
        if (m_inboxSeen && f.unread && !m_knownInbox.contains(f.fileNo))
            fresh << f.fileNo;
    }
    m_knownInbox = now;
    m_inboxSeen = true;
    if (fresh.isEmpty())
        return;
    m_arrivals << fresh;
    const FileSummary &first = inbox->summary(inbox->rowOf(fresh.first()));
    const QString text =
        fresh.size() == 1
            ? tr("New file from %1: %2 — %3")
                  .arg(ui::title(first.fromTitleEn, first.fromTitleHi), first.fileNo, first.subject)
            : tr("%n new files in your inbox.", nullptr, static_cast<int>(fresh.size()));
    showToast(text);
    QApplication::alert(this);
    for (const QString &f : std::as_const(fresh))
        Q_EMIT fileArrived(f);
}

void MainWindow::showToast(const QString &text)
{
    m_toast->setText(text);
    m_toast->setMaximumWidth(460);
    m_toast->adjustSize();
    m_toast->move(width() - m_toast->width() - 24, menuBar()->height() + m_toolBar->height() + 12);
    m_toast->raise();
    m_toast->show();
    m_toastTimer.start();
    statusBar()->showMessage(text, 8000);
}

void MainWindow::offerLocalDrafts()
{
    const QList<DraftStore::Entry> pending = m_drafts->pending();
    if (pending.isEmpty())
        return;
    QStringList files;
    for (const DraftStore::Entry &e : pending)
        files << e.fileNo;
    m_draftBanner->setText(tr("Notes you typed but did not send are kept on this computer for: %1.")
                               .arg(files.join(QStringLiteral(", "))));
    m_draftBanner->parentWidget()->show();
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
    auto *d = new FileDesk(m_worker, m_drafts.get(), fileNo, m_tabs);
    const int index = m_tabs->addTab(d, fileNo);
    m_tabs->setCurrentIndex(index);
    connect(d, &FileDesk::loaded, this, [this, d]() {
        const int i = m_tabs->indexOf(d);
        if (i > 0) {
            m_tabs->setTabToolTip(i, d->detail().summary.subject);
            m_tabs->setTabIcon(i, d->isMine() ? style()->standardIcon(QStyle::SP_FileIcon) : QIcon());
        }
        updateActions();
        refreshCounts(); // opening marks the file read
        if (m_models.value(int(Page::Inbox))->rowOf(d->fileNo()) >= 0 && d->isMine())
            m_models.value(int(Page::Inbox))->refresh();
    });
    connect(d, &FileDesk::loadFailed, this,
            [this](const QString &message) { fail(tr("Cannot open the file"), message); });
    connect(d, &FileDesk::openFileRequested, this, [this](const QString &f) { openFile(f); });
    updateActions();
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
    updateActions();
}

void MainWindow::updateActions()
{
    FileDesk *d = currentDesk();
    const bool loaded = d && d->isLoaded();
    const Session &s = m_context.session;
    const FileDetail *f = loaded ? &d->detail() : nullptr;
    const bool mine = loaded && d->isMine();
    const bool open = f && f->summary.status == FileStatus::Open;
    const bool officer = s.role == Role::Officer;
    const bool worker = s.role != Role::Reviewer && s.role != Role::Admin;
    auto enable = [this](const char *name, bool on) {
        m_actions.value(QString::fromLatin1(name))->setEnabled(on);
    };
    enable("actionNewFile", worker);
    enable("actionDiarise", worker);
    enable("actionSaveDraft", mine);
    enable("actionPutUp", mine && open);
    enable("actionForward", mine && open);
    enable("actionReturn", mine && open && f->sentByPostId != 0);
    enable("actionRecall", f && open && !mine && s.holds(f->sentByPostId) && f->openedAt == 0 && worker);
    enable("actionApprove", mine && open && officer);
    enable("actionReject", mine && open && officer);
    enable("actionPark", mine && open);
    enable("actionUnpark", f && f->summary.status == FileStatus::Parked && s.holds(f->summary.holderPostId));
    enable("actionCloseFile", mine && open && s.holds(f->createdPostId) && f->approvedAt != 0);
    enable("actionReopen",
           f && f->summary.status == FileStatus::Closed && s.holds(f->createdPostId) && worker);
    enable("actionLink", mine);
    enable("actionDelay", mine && open && FileListModel::isOverdue(f->summary));
    enable("actionPrint", loaded);
    enable("actionSavePdf", loaded);
    enable("actionCloseTab", d != nullptr);
}

// --- actions ----------------------------------------------------------------

void MainWindow::fail(const QString &title, const QString &message)
{
    m_lastError = message;
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::inform(const QString &message)
{
    m_lastMessage = message;
    statusBar()->showMessage(message, 10000);
}

void MainWindow::reconnectIfLost(const NastiError &error)
{
    if (error.kind() != NastiError::Kind::Database)
        return;
    // The action's connection may have dropped (server restart, network): open a
    // fresh one for the next try; the user's note is safe on this computer meanwhile.
    try {
        auto fresh = Database::open(m_context.url);
        m_db = std::move(fresh);
    } catch (const NastiError &) {
        // Still unreachable; the next action tries again.
    }
}

FileDesk *MainWindow::actionableDesk()
{
    FileDesk *d = currentDesk();
    if (!d || !d->isLoaded()) {
        inform(tr("Open a file first (Enter on a file in the list)."));
        return nullptr;
    }
    return d;
}

bool MainWindow::act(FileDesk *d, const std::function<QString(FileService &)> &action, bool leavesMe)
{
    FileService service(*m_db, m_clock, m_context.session);
    QString done;
    try {
        done = action(service);
    } catch (const NastiError &e) {
        reconnectIfLost(e);
        QString message = e.message();
        if (d && !d->draftText().trimmed().isEmpty()) {
            d->saveLocally();
            message +=
                QLatin1Char('\n') + tr("Your note is kept; it will be offered again when you open the file.");
        }
        fail(tr("Not done"), message);
        if (d)
            d->reload();
        refreshAll();
        return false;
    }
    m_lastError.clear();
    inform(done);
    if (d) {
        if (leavesMe) {
            d->forgetLocalDraft();
            closeDesk(d);
        } else {
            d->reload();
        }
    }
    refreshAll();
    return true;
}

void MainWindow::saveDraft()
{
    FileDesk *d = actionableDesk();
    if (!d)
        return;
    FileService service(*m_db, m_clock, m_context.session);
    try {
        if (d->saveDraftToDatabase(service))
            inform(tr("Your note on %1 is saved as a draft.").arg(d->fileNo()));
        else
            inform(tr("Nothing new to save."));
    } catch (const NastiError &e) {
        reconnectIfLost(e);
        fail(tr("Note not saved"),
             e.message() + QLatin1Char('\n') + tr("Your note is kept on this computer."));
        d->reload();
    }
}

ForwardDialog *MainWindow::createForwardDialog(ForwardDialog::Mode mode)
{
    FileDesk *d = currentDesk();
    if (!d || !d->isLoaded())
        return nullptr;
    OrgService org(*m_db, m_clock);
    return new ForwardDialog(mode, org.posts(), org.departments(), m_context.session, d->detail(), this);
}

void MainWindow::putUp()
{
    sendFile(ForwardDialog::Mode::PutUp);
}

void MainWindow::forward()
{
    sendFile(ForwardDialog::Mode::Forward);
}

void MainWindow::sendFile(ForwardDialog::Mode mode)
{
    FileDesk *d = actionableDesk();
    if (!d)
        return;
    std::unique_ptr<ForwardDialog> dialog(createForwardDialog(mode));
    if (dialog->exec() != QDialog::Accepted)
        return;
    const ForwardRequest request = dialog->request();
    const bool up = mode == ForwardDialog::Mode::PutUp;
    act(
        d,
        [&](FileService &s) {
            d->saveDraftToDatabase(s);
            const QString to = s.forward(request);
            return up ? tr("File %1 put up to %2.").arg(request.fileNo, to) : tr("File %1 sent to %2.").arg(request.fileNo, to);
        },
        true);
}

void MainWindow::returnFile()
{
    FileDesk *d = actionableDesk();
    if (!d)
        return;
    ActionDialog dialog({tr("Return file %1").arg(d->fileNo()),
                         tr("The file goes back to the post that sent it to you."), tr("&Return"), false,
                         true},
                        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ForwardRequest r;
    r.fileNo = d->fileNo();
    r.target = ForwardRequest::Target::Back;
    r.remarks = dialog.remarks();
    r.expectedVersion = d->detail().summary.version;
    act(
        d,
        [&](FileService &s) {
            d->saveDraftToDatabase(s);
            return tr("File %1 returned to %2.").arg(r.fileNo, s.forward(r));
        },
        true);
}

void MainWindow::recall()
{
    FileDesk *d = actionableDesk();
    if (!d)
        return;
    ActionDialog dialog({tr("Recall file %1").arg(d->fileNo()),
                         tr("The file comes back to you; this works only until its receiver opens it."),
                         tr("Re&call"), false, true},
                        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString fileNo = d->fileNo(), remarks = dialog.remarks();
    act(
        d,
        [&](FileService &s) {
            s.recall(fileNo, remarks);
            return tr("File %1 recalled.").arg(fileNo);
        },
        false);
}

void MainWindow::approve()
{
    decide(true);
}

void MainWindow::reject()
{
    decide(false);
}

ActionDialog *MainWindow::createDecisionDialog(bool approve)
{
    FileDesk *d = currentDesk();
    if (!d || !d->isLoaded())
        return nullptr;
    ActionDialog::Spec spec =
        approve ? ActionDialog::Spec{tr("Approve file %1").arg(d->fileNo()),
                                      tr("Your approval is recorded as a note, and the file goes to the post you choose "
                                         "(usually the one that put it up)."),
                                      tr("&Approve"), false, true}
                : ActionDialog::Spec{tr("Do not approve file %1").arg(d->fileNo()),
                                      tr("Say why; the file goes to the post you choose (usually the one that put it up)."),
                                      tr("Re&ject"), true, true};
    // Where the decision goes: the post that put the file up first, then every other
    // post on its movement chain, latest first (the originating section, for the orders).
    const FileDetail &detail = d->detail();
    QStringList seen;
    for (const PostRef &mine : m_context.session.posts)
        seen << mine.code;
    auto offer = [&](const QString &code, const QString &en, const QString &hi) {
        if (code.isEmpty() || seen.contains(code))
            return;
        seen << code;
        spec.choices.append({code, QStringLiteral("%1 — %2").arg(code, ui::title(en, hi))});
    };
    offer(detail.summary.fromPostCode, detail.summary.fromTitleEn, detail.summary.fromTitleHi);
    for (auto it = detail.movements.crbegin(); it != detail.movements.crend(); ++it) {
        offer(it->fromCode, it->fromTitleEn, it->fromTitleHi);
        offer(it->toCode, it->toTitleEn, it->toTitleHi);
    }
    if (!spec.choices.isEmpty())
        spec.choiceLabel = tr("&Send to:");
    return new ActionDialog(spec, this);
}

void MainWindow::decide(bool approve)
{
    FileDesk *d = actionableDesk();
    if (!d)
        return;
    std::unique_ptr<ActionDialog> dialog(createDecisionDialog(approve));
    if (dialog->exec() != QDialog::Accepted)
        return;
    const QString fileNo = d->fileNo(), remarks = dialog->remarks(), to = dialog->choice();
    act(
        d,
        [&](FileService &s) {
            d->saveDraftToDatabase(s);
            return approve ? tr("File %1 approved and sent to %2.").arg(fileNo, s.approve(fileNo, remarks, to))
                           : tr("File %1 not approved; sent to %2.").arg(fileNo, s.reject(fileNo, remarks, to));
        },
        true);
}

void MainWindow::park()
{
    FileDesk *d = actionableDesk();
    if (!d)
        return;
    ActionDialog dialog({tr("Park file %1").arg(d->fileNo()),
                         tr("The file stays with you but leaves the inbox."), tr("Par&k"), false, true},
                        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString fileNo = d->fileNo(), remarks = dialog.remarks();
    act(
        d,
        [&](FileService &s) {
            d->saveDraftToDatabase(s);
            s.park(fileNo, remarks);
            return tr("File %1 parked.").arg(fileNo);
        },
        false);
}

void MainWindow::unpark()
{
    FileDesk *d = actionableDesk();
    if (!d)
        return;
    const QString fileNo = d->fileNo();
    act(
        d,
        [&](FileService &s) {
            s.unpark(fileNo);
            return tr("File %1 is back in the inbox.").arg(fileNo);
        },
        false);
}

void MainWindow::closeFile()
{
    FileDesk *d = actionableDesk();
    if (!d)
        return;
    ActionDialog::Spec spec{tr("Close file %1").arg(d->fileNo()),
                            tr("Closing records the disposal. Choose how long the record is kept."),
                            tr("&Close file"),
                            false,
                            true,
                            tr("Record class:"),
                            {{QStringLiteral("C"), tr("C — review after 10 years")},
                             {QStringLiteral("B"), tr("B — review in the 25th year")},
                             {QStringLiteral("A"), tr("A — keep permanently")}}};
    ActionDialog dialog(spec, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString fileNo = d->fileNo(), remarks = dialog.remarks(), cls = dialog.choice();
    act(
        d,
        [&](FileService &s) {
            d->saveDraftToDatabase(s);
            s.close(fileNo, cls, remarks);
            d->forgetLocalDraft();
            return tr("File %1 closed (record class %2).").arg(fileNo, cls);
        },
        false);
}

void MainWindow::reopen()
{
    FileDesk *d = actionableDesk();
    if (!d)
        return;
    ActionDialog dialog({tr("Reopen file %1").arg(d->fileNo()), tr("Say why the file is reopened."),
                         tr("Re&open"), true, true},
                        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString fileNo = d->fileNo(), reason = dialog.remarks();
    act(
        d,
        [&](FileService &s) {
            s.reopen(fileNo, reason);
            return tr("File %1 reopened.").arg(fileNo);
        },
        false);
}

void MainWindow::link()
{
    FileDesk *d = actionableDesk();
    if (!d)
        return;
    ActionDialog::Spec spec{tr("Link a file to %1").arg(d->fileNo()),
                            tr("Enter the number of the file to link."), tr("&Link"), false, false};
    spec.fileNoLabel = tr("File number:");
    ActionDialog dialog(spec, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString fileNo = d->fileNo(), other = dialog.fileNo();
    act(
        d,
        [&](FileService &s) {
            s.link(fileNo, other);
            return tr("Files %1 and %2 are linked.").arg(fileNo, other);
        },
        false);
}

void MainWindow::reasonForDelay()
{
    FileDesk *d = actionableDesk();
    if (!d)
        return;
    ActionDialog dialog({tr("Reason for delay — %1").arg(d->fileNo()),
                         tr("The file is past its time limit. Record why; the weekly review shows it."),
                         tr("&Record"), true, true},
                        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString fileNo = d->fileNo(), reason = dialog.remarks();
    act(
        d,
        [&](FileService &s) {
            s.recordDelay(fileNo, reason);
            return tr("Reason for delay recorded on %1.").arg(fileNo);
        },
        false);
}

void MainWindow::newFile(const QString &diaryNo)
{
    const Session &s = m_context.session;
    QList<SectionInfo> sections;
    QList<ReceiptView> unfiled;
    try {
        sections = OrgService(*m_db, m_clock).sections();
        unfiled = FileQueries(*m_db, m_clock).receipts(s, true, 200);
    } catch (const NastiError &e) {
        reconnectIfLost(e);
        fail(tr("Cannot open a new file"), e.message());
        return;
    }
    NewFileDialog dialog(sections, unfiled, s, this);
    if (!diaryNo.isEmpty())
        dialog.setReceipt(diaryNo);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CreateFileRequest request = dialog.request();
    const QString receipt = dialog.receiptDiaryNo();
    QString number;
    act(
        nullptr,
        [&](FileService &service) {
            number = service.create(request);
            if (!receipt.isEmpty())
                service.putReceipt(number, receipt);
            return receipt.isEmpty() ? tr("File %1 opened.").arg(number)
                                     : tr("File %1 opened with receipt %2 as PUC.").arg(number, receipt);
        },
        false);
    if (!number.isEmpty())
        openFile(number);
}

void MainWindow::diarise(const QString &pdfPath)
{
    DiariseDialog dialog(this);
    if (!pdfPath.isEmpty())
        dialog.setPdfFile(pdfPath);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DiariseRequest request = dialog.request();
    QString diaryNo;
    try {
        PopplerInspector inspector;
        diaryNo = ReceiptService(*m_db, m_clock, m_context.session, inspector).diarise(request);
    } catch (const NastiError &e) {
        reconnectIfLost(e);
        fail(tr("Receipt not diarised"), e.message());
        return;
    }
    inform(tr("Receipt diarised as %1.").arg(diaryNo));
    m_receiptModel->refresh();
    refreshCounts();
    if (dialog.openNewFile())
        newFile(diaryNo);
}

void MainWindow::putReceiptIntoFile()
{
    const QModelIndex i = m_receiptView->currentIndex();
    if (!i.isValid()) {
        inform(tr("Choose a receipt first."));
        return;
    }
    const QString diaryNo = m_receiptView->model()->data(i, ReceiptListModel::DiaryNoRole).toString();
    ActionDialog::Spec spec{tr("Put receipt %1 into a file").arg(diaryNo),
                            tr("The receipt becomes the next fresh receipt (FR) of the file."),
                            tr("&Put into file"), false, false};
    spec.fileNoLabel = tr("File number:");
    ActionDialog dialog(spec, this);
    if (FileDesk *d = currentDesk())
        dialog.setFileNo(d->fileNo());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString fileNo = dialog.fileNo();
    act(
        desk(fileNo),
        [&](FileService &s) {
            s.putReceipt(fileNo, diaryNo);
            return tr("Receipt %1 put into file %2.").arg(diaryNo, fileNo);
        },
        false);
}

QPrintPreviewDialog *MainWindow::createPrintPreview()
{
    FileDesk *d = currentDesk();
    if (!d || !d->isLoaded())
        return nullptr;
    auto *printer = new QPrinter(QPrinter::HighResolution);
    auto *preview = new QPrintPreviewDialog(printer, this);
    preview->setObjectName(QStringLiteral("printPreview"));
    preview->setWindowTitle(tr("Note sheet — %1").arg(d->fileNo()));
    preview->resize(1000, 900);
    const FileDetail detail = d->detail();
    connect(preview, &QPrintPreviewDialog::paintRequested, this,
            [detail](QPrinter *p) { notesheet::print(p, detail); });
    connect(preview, &QObject::destroyed, this, [printer]() { delete printer; });
    return preview;
}

void MainWindow::printNoteSheet()
{
    std::unique_ptr<QPrintPreviewDialog> preview(createPrintPreview());
    if (!preview) {
        inform(tr("Open a file first (Enter on a file in the list)."));
        return;
    }
    preview->exec();
}

bool MainWindow::printNoteSheetToPdf(const QString &path)
{
    FileDesk *d = currentDesk();
    if (!d || !d->isLoaded())
        return false;
    return notesheet::savePdf(path, d->detail());
}

void MainWindow::saveNoteSheetPdf()
{
    FileDesk *d = actionableDesk();
    if (!d)
        return;
    QString name = d->fileNo();
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save note sheet as PDF"), name + QStringLiteral(".pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (printNoteSheetToPdf(path))
        inform(tr("Note sheet saved as %1.").arg(path));
    else
        fail(tr("Not saved"), tr("Cannot write %1.").arg(path));
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
            diarise(url.toLocalFile());
        }
}

} // namespace nasti
