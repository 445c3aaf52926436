#pragma once

#include "pdf/pdfhit.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSizeF>
#include <QString>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QImage;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace nasti {

class PdfPageCanvas;
class PdfRenderer;

// Shows one PDF: a toolbar (zoom, fit width, page navigation, find), page
// thumbnails on the left and the pages stacked vertically. Pages render on
// PdfRenderer's worker thread as they come into view. A file that cannot be
// shown (damaged, password-protected, no pages) gives a message instead.
//
// Page numbers in the API are 0-based; the user sees 1-based ones.
class PdfView : public QWidget
{
    Q_OBJECT

public:
    explicit PdfView(QWidget *parent = nullptr);
    ~PdfView() override;

    // Loads asynchronously; title names the document in messages.
    void setDocument(const QByteArray &bytes, const QString &title);
    void clear();

    int pageCount() const;
    int currentPage() const { return m_currentPage; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorText() const { return m_error; }
    qreal zoom() const { return m_zoom; } // 1.0 = 100 %
    bool isFitWidth() const { return m_fitWidth; }

    void goToPage(int page);
    void setZoom(qreal zoom);
    void setFitWidth(bool on);
    void zoomIn();
    void zoomOut();
    void findNext();
    void findPrevious();

    // Pop out: the document in its own resizable window (at the page being read), with
    // this view saying so and offering it back; closing that window (or popIn) brings it
    // back here at the page the reader had got to.
    void popOut();
    void popIn();
    bool isPoppedOut() const { return !m_popOutWindow.isNull(); }
    QWidget *popOutWindow() const { return m_popOutWindow; }
    PdfView *poppedOutView() const { return m_poppedView; }

Q_SIGNALS:
    // The page the reader is on changed (0-based).
    void pageShown(int page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void createToolBar();
    void createPages();
    QAction *addToolAction(const QString &objectName, const QIcon &icon,
                           const QList<QKeySequence> &shortcuts);
    static void setActionTexts(QAction *action, const QString &text, const QString &iconText);

    void resetState();
    void showMessage(const QString &text);
    void updateControls();
    void onLoaded(const QList<QSizeF> &pageSizesPt);
    void onFailed(const QString &problem);
    void onPageRendered(int page, qreal dpi, const QImage &image);
    void onFound(const QList<PdfHit> &hits);

    void applyZoom(qreal zoom);
    qreal fitWidthZoom() const;
    qreal dpiForScale(qreal pixelsPerPoint) const;
    void scheduleVisibleUpdate();
    void updateVisiblePages();
    void requestThumbnails();
    void setThumbnail(int page, const QImage &image);
    void onScrolled();
    void setCurrentPage(int page);
    void scrollTo(int y);
    void find(bool forward);
    void resetFind();
    void showCurrentHit();

    PdfRenderer *m_renderer = nullptr;

    QToolBar *m_toolBar = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_fitWidthAction = nullptr;
    QAction *m_previousPageAction = nullptr;
    QAction *m_nextPageAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_popOutAction = nullptr;
    QComboBox *m_zoomCombo = nullptr;
    QLabel *m_pageLabel = nullptr;
    QLineEdit *m_findField = nullptr;
    QLabel *m_findStatus = nullptr;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_poppedPage = nullptr; // shown here while the document is in its own window
    QLabel *m_poppedLabel = nullptr;
    QPushButton *m_backButton = nullptr;
    QPointer<QWidget> m_popOutWindow;
    PdfView *m_poppedView = nullptr;
    int m_poppedAtPage = -1;
    bool m_isPopOut = false; // this view is the one in the popped-out window
    int m_pendingPage = -1;  // to go to once loaded
    QSplitter *m_splitter = nullptr;
    QListWidget *m_thumbnails = nullptr;
    QScrollArea *m_scrollArea = nullptr;
    PdfPageCanvas *m_canvas = nullptr;
    QTimer m_visibleTimer; // coalesces scroll/resize bursts into one render pass

    QString m_title;
    QByteArray m_bytes; // (shared, not copied) for the popped-out window
    QString m_error;
    QList<QSizeF> m_pageSizesPt;
    int m_currentPage = -1;
    qreal m_zoom = 1.0;
    bool m_fitWidth = true;
    qreal m_pageDpi = 0;
    qreal m_thumbnailDpi = 0;
    QList<bool> m_thumbnailDone;
    bool m_programmaticScroll = false;

    QString m_searchedText;
    bool m_searching = false;
    bool m_searchForward = true;
    QList<PdfHit> m_hits;
    int m_currentHit = -1;
};

} // namespace nasti
