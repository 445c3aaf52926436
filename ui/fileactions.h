#pragma once

#include "client/clientsession.h"
#include "forwarddialog.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStyle>

#include <functional>

class QAction;
class QPrintPreviewDialog;
class QWidget;

namespace nasti {

class ActionDialog;
class DraftCompareDialog;
class DraftEditorDialog;
class FileDesk;

// The file actions in one place: the QActions, their dialogs, their enabling
// (from the session's rulebook), routed to the file in front (as KeePassXC routes
// its actions to the current DatabaseWidget). Each action asks the ClientSession
// to do it; the session says what changed, and the lists and tabs follow.
class FileActions : public QObject
{
    Q_OBJECT
public:
    FileActions(ClientSession *session, QWidget *window);

    // Routing: the file in front, and the receipt chosen in the receipts list.
    void setCurrentDesk(std::function<FileDesk *()> current) { m_current = std::move(current); }
    void setDeskFinder(std::function<FileDesk *(const QString &)> find) { m_find = std::move(find); }
    void setReceiptSource(std::function<QString()> chosen) { m_chosenReceipt = std::move(chosen); }

    QAction *action(const QString &name) const { return m_actions.value(name); }
    QAction *action(const char *name) const { return m_actions.value(QString::fromLatin1(name)); }
    void retranslate();
    // Enables each action from the rulebook, for the file in front.
    void update();

    void newFile(const QString &diaryNo = {});
    void diarise(const QString &pdfPath = {});
    void putReceiptIntoFile(const QString &diaryNo = {}); // empty: the one chosen in the list
    void saveDraft();
    void sendFile(ForwardDialog::Mode mode);
    void returnFile();
    void recall();
    void decide(bool approve);
    void park();
    void unpark();
    void closeFile();
    void reopen();
    void link();
    void reasonForDelay();
    // Drafts for approval (the draft and version chosen in the desk's drafts tab).
    void newDraft();
    void reviseDraft();
    void compareDrafts();
    void approveDraft();
    void issueDraft();
    // Non-modal, for screenshots and tests (nullptr: no file in front or nothing to show).
    DraftEditorDialog *createDraftEditor(bool revision);
    DraftCompareDialog *createDraftCompare();
    // Follow-up (issue 17): answer a call for the open file; call for it or watch it
    // (a senior officer); take a file off the watch-list.
    void answerCall(FileDesk *d, qint64 callId, const QString &direction);
    void callFor(const QString &kind);
    void stopWatching(qint64 callId);
    void printNoteSheet();
    void saveNoteSheetPdf();
    bool printNoteSheetToPdf(const QString &path);
    // Non-modal, for screenshots and tests: the caller owns them (nullptr: no file in front).
    ForwardDialog *createForwardDialog(ForwardDialog::Mode mode);
    ActionDialog *createDecisionDialog(bool approve);
    QPrintPreviewDialog *createPrintPreview();

    static QString plainText(const QString &text);
    static QString withShortcut(const QString &text, const QAction *action);

Q_SIGNALS:
    void openFileRequested(const QString &fileNo);
    void message(const QString &text);

private:
    QAction *make(const char *name, QStyle::StandardPixmap icon, const QList<QKeySequence> &keys,
                  std::function<void()> slot);
    FileDesk *desk();
    void newFileWith(const QString &diaryNo, const QList<ReceiptView> &unfiled);
    void saveDraftVersion(FileDesk *d, const DraftEditorDialog &dialog, int draftNumber);
    void fail(const QString &title, const QString &message);
    bool serverAway() const;
    // Offline: the move is queued on this computer (kind: "put-up", "forward", "return").
    void queueMove(FileDesk *d, ForwardRequest request, const QString &kind);
    // Asks the session; the typed note goes along as the draft to save first.
    void perform(FileDesk *d, ActionRequest request, const QString &failTitle = {},
                 std::function<void(const QString &)> then = {}, bool closes = false);
    void finished(quint64 id, bool ok, const QString &fileNo, const QString &message);

    ClientSession *m_session;
    QWidget *m_window;
    QHash<QString, QAction *> m_actions;
    std::function<FileDesk *()> m_current;
    std::function<FileDesk *(const QString &)> m_find;
    std::function<QString()> m_chosenReceipt;
    struct Pending
    {
        QPointer<FileDesk> desk;
        QString note;
        QString title;
        bool closes = false;
        std::function<void(const QString &)> then; // after success, with the file number
    };
    QHash<quint64, Pending> m_pending;
    QSet<QString> m_busy; // files with an action under way
};

} // namespace nasti
