#include "pdf/pdfview.h"

#include "pdf/pdfpagecanvas.h"
#include "pdf/pdfrenderer.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QIcon>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <array>

using namespace Qt::StringLiterals;

namespace nasti {

namespace {
constexpr std::array kZoomSteps = {0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0};
constexpr qreal kMinZoom = 0.1; // fit width may go below the smallest step
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kScreenDpi = 96.0; // 100 % shows a page at its printed size on a 96-dpi screen
constexpr int kThumbnailWidth = 96;
constexpr int kPrefetchPages = 1; // rendered ahead, either side of the visible ones

bool sameDpi(qreal a, qreal b)
{
    return a > 0 && b > 0 && qAbs(a - b) < 0.005;
}

QPixmap framedPixmap(const QImage &image, qreal devicePixelRatio)
{
    QPixmap pixmap = QPixmap::fromImage(image);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    painter.end();
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}
} // namespace

PdfView::PdfView(QWidget *parent) : QWidget(parent), m_renderer(new PdfRenderer(this))
{
    createActions();
    createToolBar();
    createPages();
    retranslateUi();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_stack, 1);

    m_visibleTimer.setSingleShot(true);
    m_visibleTimer.setInterval(15);
    connect(&m_visibleTimer, &QTimer::timeout, this, &PdfView::updateVisiblePages);

    connect(m_renderer, &PdfRenderer::loaded, this,
            [this](int, const QList<QSizeF> &sizes) { onLoaded(sizes); });
    connect(m_renderer, &PdfRenderer::failed, this, &PdfView::onFailed);
    connect(m_renderer, &PdfRenderer::pageRendered, this, &PdfView::onPageRendered);
    connect(m_renderer, &PdfRenderer::found, this, &PdfView::onFound);

    // Focusing the view focuses the pages, so arrow keys scroll at once.
    setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_scrollArea);

    showMessage(tr("No document is open."));
}

PdfView::~PdfView()
{
    // The popped-out window is a child: gone first, without calling back into a half-destroyed view.
    if (m_popOutWindow) {
        m_popOutWindow->disconnect(this);
        delete m_popOutWindow.data();
    }
}

QAction *PdfView::addToolAction(const QString &objectName, const QIcon &icon,
                                const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(icon, QString(), this);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    // Shortcuts work wherever focus is inside the view, not only on the toolbar.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void PdfView::setActionTexts(QAction *action, const QString &text, const QString &iconText)
{
    action->setText(text);
    action->setIconText(iconText);
    const QList<QKeySequence> shortcuts = action->shortcuts();
    action->setToolTip(shortcuts.isEmpty() ? text
                                           : u"%1 (%2)"_s.arg(text, shortcuts.constFirst().toString(
                                                                        QKeySequence::NativeText)));
}

void PdfView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// Every visible text of the view, set again when the language changes (LanguageManager).
void PdfView::retranslateUi()
{
    setActionTexts(m_zoomOutAction, tr("Zoom out"), tr("\u2212", "zoom out button"));
    setActionTexts(m_zoomInAction, tr("Zoom in"), tr("+", "zoom in button"));
    setActionTexts(m_fitWidthAction, tr("Fit width"), tr("Fit width"));
    setActionTexts(m_previousPageAction, tr("Previous page"), tr("Previous page"));
    setActionTexts(m_nextPageAction, tr("Next page"), tr("Next page"));
    setActionTexts(m_findAction, tr("Find in document"), tr("Find"));
    setActionTexts(m_findPreviousAction, tr("Previous match"), tr("Previous match"));
    setActionTexts(m_findNextAction, tr("Next match"), tr("Next match"));
    m_toolBar->setAccessibleName(tr("PDF tools"));
    m_zoomCombo->setAccessibleName(tr("Zoom"));
    m_zoomCombo->setToolTip(tr("Zoom"));
    for (int i = 0; i < m_zoomCombo->count(); ++i)
        m_zoomCombo->setItemText(i, tr("%1 %").arg(qRound(m_zoomCombo->itemData(i).toDouble() * 100)));
    m_pageLabel->setAccessibleName(tr("Current page"));
    m_pageLabel->setMinimumWidth(
        m_pageLabel->fontMetrics().horizontalAdvance(tr("%1 / %2").arg(8888).arg(8888)));
    m_findField->setAccessibleName(tr("Find in document"));
    m_findField->setPlaceholderText(tr("Find in document"));
    m_findField->setToolTip(m_findAction->toolTip());
    m_findStatus->setAccessibleName(tr("Search result"));
    m_thumbnails->setAccessibleName(tr("Page thumbnails"));
    m_scrollArea->setAccessibleName(tr("Pages"));
    m_backButton->setText(tr("Bring it back here"));
    m_backButton->setAccessibleName(tr("Bring the document back here"));
    updateControls(); // the pop-out action's and the page label's texts
}

void PdfView::createActions()
{
    const QIcon up = QIcon::fromTheme(u"go-up"_s, style()->standardIcon(QStyle::SP_ArrowUp));
    const QIcon down = QIcon::fromTheme(u"go-down"_s, style()->standardIcon(QStyle::SP_ArrowDown));

    m_zoomOutAction =
        addToolAction(u"pdfZoomOut"_s, QIcon::fromTheme(u"zoom-out"_s), {QKeySequence::ZoomOut});
    m_zoomInAction = addToolAction(u"pdfZoomIn"_s, QIcon::fromTheme(u"zoom-in"_s),
                                   {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_fitWidthAction = addToolAction(u"pdfFitWidth"_s, QIcon::fromTheme(u"zoom-fit-width"_s), {});
    m_fitWidthAction->setCheckable(true);
    m_previousPageAction = addToolAction(u"pdfPreviousPage"_s, up, {QKeySequence(Qt::Key_PageUp)});
    m_nextPageAction = addToolAction(u"pdfNextPage"_s, down, {QKeySequence(Qt::Key_PageDown)});
    m_findAction = addToolAction(u"pdfFind"_s, QIcon(), {QKeySequence::Find});
    m_findPreviousAction = addToolAction(u"pdfFindPrevious"_s, up, {QKeySequence::FindPrevious});
    m_findNextAction = addToolAction(u"pdfFindNext"_s, down, {QKeySequence::FindNext});

    connect(m_zoomOutAction, &QAction::triggered, this, &PdfView::zoomOut);
    connect(m_zoomInAction, &QAction::triggered, this, &PdfView::zoomIn);
    connect(m_fitWidthAction, &QAction::triggered, this, &PdfView::setFitWidth);
    connect(m_previousPageAction, &QAction::triggered, this, [this] { goToPage(m_currentPage - 1); });
    connect(m_nextPageAction, &QAction::triggered, this, [this] { goToPage(m_currentPage + 1); });
    connect(m_findPreviousAction, &QAction::triggered, this, &PdfView::findPrevious);
    connect(m_findNextAction, &QAction::triggered, this, &PdfView::findNext);
    m_popOutAction = addToolAction(u"pdfPopOut"_s, QIcon::fromTheme(u"window-new"_s), {});
    connect(m_popOutAction, &QAction::triggered, this, [this] {
        if (m_isPopOut)
            popIn();
        else
            popOut();
    });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_findField->setFocus(Qt::ShortcutFocusReason);
        m_findField->selectAll();
    });
}

void PdfView::createToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(u"pdfToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setIconSize(QSize(16, 16));

    m_zoomCombo = new QComboBox(m_toolBar);
    m_zoomCombo->setObjectName(u"pdfZoomCombo"_s);
    // Fit width is the toolbar's own button (one control for it); the combo holds the steps.
    for (qreal step : kZoomSteps)
        m_zoomCombo->addItem(tr("%1 %").arg(qRound(step * 100)), step);
    m_zoomCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_zoomCombo, &QComboBox::activated, this,
            [this](int index) { setZoom(m_zoomCombo->itemData(index).toDouble()); });

    m_pageLabel = new QLabel(m_toolBar);
    m_pageLabel->setObjectName(u"pdfPageLabel"_s);
    m_pageLabel->setAlignment(Qt::AlignCenter);
    m_pageLabel->setContentsMargins(6, 0, 6, 0);

    m_findField = new QLineEdit(m_toolBar);
    m_findField->setObjectName(u"pdfFindField"_s);
    m_findField->setClearButtonEnabled(true);
    m_findField->setMaximumWidth(240);
    m_findField->installEventFilter(this);
    connect(m_findField, &QLineEdit::returnPressed, this, &PdfView::findNext);
    // Any change of the text makes the current hits stale.
    connect(m_findField, &QLineEdit::textChanged, this, &PdfView::resetFind);

    m_findStatus = new QLabel(m_toolBar);
    m_findStatus->setObjectName(u"pdfFindStatus"_s);
    m_findStatus->setContentsMargins(6, 0, 6, 0);

    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_toolBar->addAction(m_zoomOutAction);
    m_toolBar->addWidget(m_zoomCombo);
    m_toolBar->addAction(m_zoomInAction);
    m_toolBar->addAction(m_fitWidthAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_previousPageAction);
    m_toolBar->addWidget(m_pageLabel);
    m_toolBar->addAction(m_nextPageAction);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_findField);
    m_toolBar->addAction(m_findPreviousAction);
    m_toolBar->addAction(m_findNextAction);
    m_toolBar->addWidget(m_findStatus);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_popOutAction);

    // Tests and screen readers find the buttons by the same names as the actions.
    const QList<QAction *> buttons = {m_zoomOutAction,      m_zoomInAction,   m_fitWidthAction,
                                      m_previousPageAction, m_nextPageAction, m_findPreviousAction,
                                      m_findNextAction,     m_popOutAction};
    for (QAction *action : buttons) {
        if (QWidget *button = m_toolBar->widgetForAction(action)) {
            button->setObjectName(action->objectName());
            button->setAccessibleName(action->text());
        }
    }
    // Without an icon theme the zoom buttons show "−" and "+": make them readable.
    for (QAction *action : {m_zoomOutAction, m_zoomInAction}) {
        QWidget *button = m_toolBar->widgetForAction(action);
        if (button && action->icon().isNull()) {
            QFont font = button->font();
            font.setBold(true);
            font.setPointSizeF(font.pointSizeF() * 1.3);
            button->setFont(font);
            button->setMinimumWidth(button->sizeHint().height());
        }
    }
}

void PdfView::createPages()
{
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"pdfStack"_s);

    m_message = new QLabel(m_stack);
    m_message->setObjectName(u"pdfMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText); // plain messages have nothing to escape
    m_message->setMargin(24);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_message);

    m_poppedPage = new QWidget(m_stack);
    m_poppedPage->setObjectName(u"pdfPoppedPage"_s);
    {
        m_poppedLabel = new QLabel(m_poppedPage);
        m_poppedLabel->setObjectName(u"pdfPoppedLabel"_s);
        m_poppedLabel->setAlignment(Qt::AlignCenter);
        m_poppedLabel->setWordWrap(true);
        m_backButton = new QPushButton(m_poppedPage);
        m_backButton->setObjectName(u"pdfPopIn"_s);
        connect(m_backButton, &QPushButton::clicked, this, &PdfView::popIn);
        auto *column = new QVBoxLayout(m_poppedPage);
        column->addStretch(1);
        column->addWidget(m_poppedLabel);
        column->addWidget(m_backButton, 0, Qt::AlignHCenter);
        column->addStretch(1);
    }
    m_stack->addWidget(m_poppedPage);

    m_splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_splitter->setObjectName(u"pdfSplitter"_s);
    m_splitter->setChildrenCollapsible(true);

    m_thumbnails = new QListWidget(m_splitter);
    m_thumbnails->setObjectName(u"pdfThumbnails"_s);
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setResizeMode(QListView::Adjust);
    m_thumbnails->setSpacing(4);
    m_thumbnails->setUniformItemSizes(true); // long documents lay out fast
    m_thumbnails->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_thumbnails->setIconSize(QSize(kThumbnailWidth, kThumbnailWidth * 3 / 2));
    m_thumbnails->setMinimumWidth(kThumbnailWidth + 24);
    connect(m_thumbnails, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_currentPage)
            goToPage(row);
    });
    connect(m_thumbnails->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &PdfView::scheduleVisibleUpdate);

    m_scrollArea = new QScrollArea(m_splitter);
    m_scrollArea->setObjectName(u"pdfPages"_s);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setBackgroundRole(QPalette::Dark);
    m_scrollArea->setFocusPolicy(Qt::StrongFocus);
    m_canvas = new PdfPageCanvas;
    m_canvas->setObjectName(u"pdfPageCanvas"_s);
    m_scrollArea->setWidget(m_canvas);
    m_scrollArea->installEventFilter(this);
    m_scrollArea->viewport()->installEventFilter(this);
    connect(m_scrollArea->verticalScrollBar(), &QScrollBar::valueChanged, this, &PdfView::onScrolled);
    connect(m_scrollArea->horizontalScrollBar(), &QScrollBar::valueChanged, this,
            &PdfView::scheduleVisibleUpdate);

    m_splitter->addWidget(m_thumbnails);
    m_splitter->addWidget(m_scrollArea);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({kThumbnailWidth + 40, 600});
    m_stack->addWidget(m_splitter);
}

int PdfView::pageCount() const
{
    return int(m_pageSizesPt.size());
}

void PdfView::setDocument(const QByteArray &bytes, const QString &title)
{
    resetState();
    m_title = title;
    m_bytes = bytes;
    m_scrollArea->setAccessibleDescription(title);
    showMessage(title.isEmpty() ? tr("Opening the document…")
                                : tr("Opening “%1”…").arg(title.toHtmlEscaped()));
    m_renderer->load(bytes);
}

void PdfView::clear()
{
    resetState();
    m_renderer->clear();
    showMessage(tr("No document is open."));
}

void PdfView::resetState()
{
    if (m_popOutWindow) {
        m_popOutWindow->disconnect(this);
        delete m_popOutWindow.data();
        m_poppedView = nullptr;
    }
    m_bytes.clear();
    m_pendingPage = -1;
    m_visibleTimer.stop();
    m_title.clear();
    m_error.clear();
    m_pageSizesPt.clear();
    m_currentPage = -1;
    m_thumbnailDone.clear();
    m_thumbnails->clear();
    m_canvas->setPageSizes({});
    m_findField->clear();
    resetFind();
    updateControls();
}

void PdfView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    updateControls();
}

void PdfView::updateControls()
{
    const bool loaded = !m_pageSizesPt.isEmpty();
    m_zoomOutAction->setEnabled(loaded && m_zoom > kZoomSteps.front() + 0.001);
    m_zoomInAction->setEnabled(loaded && m_zoom < kZoomSteps.back() - 0.001);
    m_fitWidthAction->setEnabled(loaded);
    m_fitWidthAction->setChecked(m_fitWidth);
    m_zoomCombo->setEnabled(loaded);
    m_previousPageAction->setEnabled(loaded && m_currentPage > 0);
    m_nextPageAction->setEnabled(loaded && m_currentPage < pageCount() - 1);
    m_findAction->setEnabled(loaded);
    m_findField->setEnabled(loaded);
    m_findPreviousAction->setEnabled(loaded && !m_findField->text().isEmpty());
    m_findNextAction->setEnabled(loaded && !m_findField->text().isEmpty());
    m_popOutAction->setEnabled(loaded);
    m_popOutAction->setText(m_isPopOut ? tr("Back into the file") : tr("Open in its own window"));
    m_popOutAction->setIconText(m_isPopOut ? tr("Put back") : tr("Pop out"));
    m_popOutAction->setToolTip(m_popOutAction->text());
    if (QWidget *button = m_toolBar->widgetForAction(m_popOutAction))
        button->setAccessibleName(m_popOutAction->text());
    m_pageLabel->setText(loaded ? tr("%1 / %2").arg(m_currentPage + 1).arg(pageCount()) : QString());

    // Fitting the width shows its percentage as the placeholder, not a step.
    int index = -1;
    for (int i = 0; !m_fitWidth && index < 0 && i < m_zoomCombo->count(); ++i) {
        if (qAbs(m_zoomCombo->itemData(i).toDouble() - m_zoom) < 0.001)
            index = i;
    }
    m_zoomCombo->setCurrentIndex(index);
    m_zoomCombo->setPlaceholderText(tr("%1 %").arg(qRound(m_zoom * 100)));
}

void PdfView::onLoaded(const QList<QSizeF> &pageSizesPt)
{
    m_pageSizesPt = pageSizesPt;
    m_canvas->setPageSizes(pageSizesPt);

    // Thumbnails share one scale so they line up; placeholders until rendered.
    qreal maxWidthPt = 0;
    for (const QSizeF &size : pageSizesPt)
        maxWidthPt = qMax(maxWidthPt, size.width());
    const qreal thumbnailScale = kThumbnailWidth / maxWidthPt;
    m_thumbnailDpi = dpiForScale(thumbnailScale);
    int iconHeight = 0;
    QHash<QSize, QIcon> placeholders; // one per page size, shared by the items
    m_thumbnails->setUpdatesEnabled(false);
    for (int page = 0; page < pageSizesPt.size(); ++page) {
        const QSize size = (pageSizesPt.at(page) * thumbnailScale).toSize().expandedTo(QSize(1, 1));
        iconHeight = qMax(iconHeight, size.height());
        auto placeholder = placeholders.constFind(size);
        if (placeholder == placeholders.cend()) {
            QImage blank(size, QImage::Format_RGB32);
            blank.fill(Qt::white);
            placeholder = placeholders.insert(size, QIcon(framedPixmap(blank, 1.0)));
        }
        auto *item = new QListWidgetItem(*placeholder, QString::number(page + 1), m_thumbnails);
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
        item->setData(Qt::AccessibleTextRole, tr("Page %1").arg(page + 1));
    }
    m_thumbnails->setIconSize(QSize(kThumbnailWidth, qMin(iconHeight, kThumbnailWidth * 2)));
    m_thumbnails->setUpdatesEnabled(true);
    m_thumbnailDone = QList<bool>(pageSizesPt.size(), false);

    m_stack->setCurrentWidget(m_splitter);
    m_zoom = 0; // forces applyZoom to lay out
    applyZoom(m_fitWidth ? fitWidthZoom() : 1.0);
    scrollTo(0);
    setCurrentPage(0);
    if (m_pendingPage > 0)
        goToPage(m_pendingPage);
    m_pendingPage = -1;
    scheduleVisibleUpdate();
}

void PdfView::popOut()
{
    if (m_isPopOut || m_pageSizesPt.isEmpty())
        return;
    if (m_popOutWindow) {
        m_popOutWindow->raise();
        m_popOutWindow->activateWindow();
        return;
    }
    // A child window: it goes when this view goes (the file closed, the dialog shut).
    auto *window = new QWidget(this, Qt::Window);
    window->setObjectName(u"pdfWindow"_s);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(m_title.isEmpty() ? tr("Document") : m_title);
    auto *view = new PdfView(window);
    view->setObjectName(u"pdfPoppedView"_s);
    view->m_isPopOut = true;
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    const QRect screen = (this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1366, 768));
    window->resize(qMin(1000, screen.width() * 9 / 10), screen.height() * 9 / 10);
    m_poppedAtPage = m_currentPage;
    connect(view, &PdfView::pageShown, this, [this](int page) { m_poppedAtPage = page; });
    connect(window, &QObject::destroyed, this, [this] {
        m_poppedView = nullptr;
        if (m_pageSizesPt.isEmpty())
            return;
        m_stack->setCurrentWidget(m_splitter);
        goToPage(m_poppedAtPage);
        updateControls();
        scheduleVisibleUpdate();
    });
    m_popOutWindow = window;
    m_poppedView = view;
    m_poppedLabel->setText(m_title.isEmpty() ? tr("The document is open in its own window.")
                                             : tr("“%1” is open in its own window.").arg(m_title));
    m_stack->setCurrentWidget(m_poppedPage);
    view->setDocument(m_bytes, m_title);
    view->m_pendingPage = m_currentPage; // (setDocument starts afresh)
    window->show();
    updateControls();
}

void PdfView::popIn()
{
    if (m_isPopOut) {
        window()->close();
        return;
    }
    if (m_popOutWindow)
        m_popOutWindow->close();
}

void PdfView::onFailed(const QString &problem)
{
    m_error = problem;
    const QString heading =
        m_title.isEmpty() ? tr("This document cannot be shown.") : tr("“%1” cannot be shown.").arg(m_title);
    showMessage(
        u"<p><big><b>%1</b></big></p><p>%2</p>"_s.arg(heading.toHtmlEscaped(), problem.toHtmlEscaped()));
}

qreal PdfView::dpiForScale(qreal pixelsPerPoint) const
{
    // Rendered at device pixels so pages stay sharp on high-dpi screens.
    return 72.0 * pixelsPerPoint * devicePixelRatioF();
}

void PdfView::setZoom(qreal zoom)
{
    m_fitWidth = false;
    applyZoom(zoom);
}

void PdfView::setFitWidth(bool on)
{
    m_fitWidth = on;
    if (on && !m_pageSizesPt.isEmpty())
        applyZoom(fitWidthZoom());
    updateControls();
}

void PdfView::zoomIn()
{
    for (qreal step : kZoomSteps) {
        if (step > m_zoom + 0.001) {
            setZoom(step);
            return;
        }
    }
}

void PdfView::zoomOut()
{
    for (auto it = kZoomSteps.rbegin(); it != kZoomSteps.rend(); ++it) {
        if (*it < m_zoom - 0.001) {
            setZoom(*it);
            return;
        }
    }
}

qreal PdfView::fitWidthZoom() const
{
    qreal maxWidthPt = 0;
    for (const QSizeF &size : m_pageSizesPt)
        maxWidthPt = qMax(maxWidthPt, size.width());
    if (maxWidthPt <= 0)
        return 1.0;
    // Counts the scroll bar even when it is hidden, so showing it cannot make
    // the zoom flip back and forth.
    const int available = m_scrollArea->width() - 2 * m_scrollArea->frameWidth() -
                          m_scrollArea->verticalScrollBar()->sizeHint().width() - 2 * 12;
    return available / (maxWidthPt * kScreenDpi / 72.0);
}

void PdfView::applyZoom(qreal zoom)
{
    zoom = qBound(kMinZoom, zoom, kMaxZoom);
    if (m_pageSizesPt.isEmpty()) {
        m_zoom = zoom;
        updateControls();
        return;
    }
    if (qAbs(zoom - m_zoom) < 0.0005) {
        updateControls();
        return;
    }
    // Keep the same spot of the current page in view across the zoom.
    QScrollBar *vertical = m_scrollArea->verticalScrollBar();
    QScrollBar *horizontal = m_scrollArea->horizontalScrollBar();
    const int anchorPage = qMax(0, m_currentPage);
    const QRect before = m_canvas->pageRect(anchorPage);
    const qreal fraction =
        before.height() > 0 ? qreal(vertical->value() - before.top()) / before.height() : 0;
    // The left edge of the view stays on the same spot of the page, so a reader at the
    // start of the lines stays there, margin and all (zooming about the middle of a page
    // that has just grown wider than the view would hide its left margin and the first words).
    const qreal leftFraction =
        before.width() > 0 ? qMax(0.0, qreal(horizontal->value() - before.left()) / before.width()) : 0;
    const bool atLeftMargin = horizontal->value() <= before.left();

    m_zoom = zoom;
    m_canvas->setScale(zoom * kScreenDpi / 72.0);
    // Resize now so the scroll bars know the new range before we scroll.
    const QSize viewport = m_scrollArea->viewport()->size();
    m_canvas->resize(m_canvas->contentSize().expandedTo(viewport));
    m_pageDpi = dpiForScale(m_canvas->scale());

    const QRect after = m_canvas->pageRect(anchorPage);
    scrollTo(after.top() + qRound(fraction * after.height()));
    horizontal->setValue(atLeftMargin ? 0 : after.left() + qRound(leftFraction * after.width()));

    // Renders queued for the old zoom are no longer wanted (queued thumbnails
    // go too; they are not marked done, so the next pass asks again).
    m_renderer->cancelPendingPages();
    updateControls();
    scheduleVisibleUpdate();
}

void PdfView::scheduleVisibleUpdate()
{
    if (!m_pageSizesPt.isEmpty())
        m_visibleTimer.start();
}

void PdfView::updateVisiblePages()
{
    if (m_pageSizesPt.isEmpty() || !isVisible())
        return;
    const QRect visible(-m_canvas->pos(), m_scrollArea->viewport()->size());
    const auto [first, last] = m_canvas->pagesIn(visible);
    if (first > last)
        return;
    const int from = qMax(0, first - kPrefetchPages);
    const int to = qMin(pageCount() - 1, last + kPrefetchPages);
    // Visible pages first, then the neighbours.
    QList<int> order;
    for (int page = first; page <= last; ++page)
        order.append(page);
    for (int page = from; page < first; ++page)
        order.append(page);
    for (int page = last + 1; page <= to; ++page)
        order.append(page);
    for (int page : std::as_const(order)) {
        if (m_canvas->hasPageImage(page, m_pageDpi))
            continue;
        const QImage cached = m_renderer->cachedPage(page, m_pageDpi);
        if (!cached.isNull())
            onPageRendered(page, m_pageDpi, cached);
        else
            m_renderer->requestPage(page, m_pageDpi);
    }
    m_canvas->keepImagesOnly(from - 2, to + 2);
    requestThumbnails();
}

void PdfView::requestThumbnails()
{
    const QRect viewport = m_thumbnails->viewport()->rect();
    for (int row = 0; row < m_thumbnails->count(); ++row) {
        if (m_thumbnailDone.value(row, true))
            continue;
        if (!m_thumbnails->visualItemRect(m_thumbnails->item(row)).intersects(viewport))
            continue;
        const QImage cached = m_renderer->cachedPage(row, m_thumbnailDpi);
        if (!cached.isNull())
            setThumbnail(row, cached);
        else
            m_renderer->requestPage(row, m_thumbnailDpi);
    }
}

void PdfView::onPageRendered(int page, qreal dpi, const QImage &image)
{
    if (page < 0 || page >= pageCount())
        return;
    if (sameDpi(dpi, m_pageDpi)) {
        QPixmap pixmap = QPixmap::fromImage(image);
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        m_canvas->setPageImage(page, pixmap, dpi);
    }
    if (sameDpi(dpi, m_thumbnailDpi))
        setThumbnail(page, image);
}

void PdfView::setThumbnail(int page, const QImage &image)
{
    if (QListWidgetItem *item = m_thumbnails->item(page)) {
        item->setIcon(QIcon(framedPixmap(image, devicePixelRatioF())));
        m_thumbnailDone[page] = true;
    }
}

void PdfView::onScrolled()
{
    scheduleVisibleUpdate();
    if (m_programmaticScroll || m_pageSizesPt.isEmpty())
        return;
    // The current page is the one taking most of the viewport.
    const QRect visible(-m_canvas->pos(), m_scrollArea->viewport()->size());
    const auto [first, last] = m_canvas->pagesIn(visible);
    int best = first;
    int bestHeight = -1;
    for (int page = first; page <= last; ++page) {
        const int height = m_canvas->pageRect(page).intersected(visible).height();
        if (height > bestHeight) {
            best = page;
            bestHeight = height;
        }
    }
    // At the very end the last page may never dominate; show it anyway.
    QScrollBar *vertical = m_scrollArea->verticalScrollBar();
    if (vertical->value() > 0 && vertical->value() == vertical->maximum())
        best = last;
    setCurrentPage(best);
}

void PdfView::scrollTo(int y)
{
    m_programmaticScroll = true;
    m_scrollArea->verticalScrollBar()->setValue(y);
    m_programmaticScroll = false;
}

void PdfView::setCurrentPage(int page)
{
    if (page < 0 || page >= pageCount() || page == m_currentPage)
        return;
    m_currentPage = page;
    {
        const QSignalBlocker blocker(m_thumbnails);
        m_thumbnails->setCurrentRow(page);
    }
    if (QListWidgetItem *item = m_thumbnails->item(page))
        m_thumbnails->scrollToItem(item);
    updateControls();
    Q_EMIT pageShown(page);
}

void PdfView::goToPage(int page)
{
    if (page < 0 || page >= pageCount())
        return;
    // Pages keep the same top margin as the first one at scroll 0.
    scrollTo(m_canvas->pageRect(page).top() - m_canvas->pageRect(0).top());
    setCurrentPage(page);
}

void PdfView::findNext()
{
    find(true);
}

void PdfView::findPrevious()
{
    find(false);
}

void PdfView::find(bool forward)
{
    const QString text = m_findField->text().trimmed();
    if (text.isEmpty() || m_pageSizesPt.isEmpty())
        return;
    if (text != m_searchedText) {
        m_searchedText = text;
        m_searchForward = forward;
        m_searching = true;
        m_findStatus->setText(tr("Searching…"));
        m_renderer->find(text);
        return;
    }
    if (m_searching || m_hits.isEmpty())
        return;
    const int count = int(m_hits.size());
    m_currentHit = (m_currentHit + (forward ? 1 : -1) + count) % count;
    showCurrentHit();
}

void PdfView::onFound(const QList<PdfHit> &hits)
{
    if (!m_searching)
        return; // the search was reset meanwhile
    m_searching = false;
    m_hits = hits;
    m_currentHit = -1;
    // Scanned pages have no text layer: say so, rather than "not found".
    const QList<int> &withoutText = m_renderer->pagesWithoutText();
    QStringList numbers;
    for (int page : withoutText)
        numbers << QString::number(page + 1);
    m_findStatus->setToolTip(withoutText.isEmpty()
                                 ? QString()
                                 : tr("Pages without a text layer (scanned images), not searched: %1")
                                       .arg(numbers.join(QStringLiteral(", "))));
    if (hits.isEmpty()) {
        m_canvas->setHits({}, -1);
        if (!withoutText.isEmpty() && withoutText.size() == pageCount())
            m_findStatus->setText(
                tr("Nothing to search: the %n page(s) are scans without a text layer", nullptr, pageCount()));
        else if (!withoutText.isEmpty())
            m_findStatus->setText(tr("Not found; %n page(s) without a text layer (scans) not searched",
                                     nullptr, int(withoutText.size())));
        else
            m_findStatus->setText(tr("Not found"));
        return;
    }
    // Start from the page being read rather than from the top.
    if (m_searchForward) {
        m_currentHit = 0;
        for (int i = 0; i < hits.size(); ++i) {
            if (hits.at(i).page >= m_currentPage) {
                m_currentHit = i;
                break;
            }
        }
    } else {
        m_currentHit = int(hits.size()) - 1;
        for (int i = int(hits.size()) - 1; i >= 0; --i) {
            if (hits.at(i).page <= m_currentPage) {
                m_currentHit = i;
                break;
            }
        }
    }
    showCurrentHit();
}

void PdfView::showCurrentHit()
{
    const PdfHit &hit = m_hits.at(m_currentHit);
    m_canvas->setHits(m_hits, m_currentHit);
    const QRect rect = m_canvas->hitRect(hit);
    m_programmaticScroll = true;
    m_scrollArea->ensureVisible(rect.center().x(), rect.center().y(), rect.width() / 2 + 40,
                                m_scrollArea->viewport()->height() / 3);
    m_programmaticScroll = false;
    setCurrentPage(hit.page);
    m_findStatus->setText(tr("%1 / %2", "search hit of hits").arg(m_currentHit + 1).arg(m_hits.size()));
}

void PdfView::resetFind()
{
    m_searchedText.clear();
    m_searching = false;
    m_hits.clear();
    m_currentHit = -1;
    m_canvas->setHits({}, -1);
    m_findStatus->clear();
    updateControls();
}

bool PdfView::eventFilter(QObject *watched, QEvent *event)
{
    if (m_scrollArea && watched == m_scrollArea && event->type() == QEvent::Resize) {
        if (m_fitWidth && !m_pageSizesPt.isEmpty())
            applyZoom(fitWidthZoom());
        scheduleVisibleUpdate();
    } else if (m_scrollArea && watched == m_scrollArea->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            if (wheel->angleDelta().y() > 0)
                zoomIn();
            else if (wheel->angleDelta().y() < 0)
                zoomOut();
            return true;
        }
    } else if (watched == m_findField && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PdfView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_fitWidth && !m_pageSizesPt.isEmpty())
        applyZoom(fitWidthZoom());
    scheduleVisibleUpdate();
}

} // namespace nasti
