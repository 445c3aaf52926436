#pragma once

#include "client/draftautosave.h"
#include "services/filequeries.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace nasti {

class ClientSession;
class DraftPanel;
class DraftStore;
class PdfView;
class SignatureBanner;

// One file on the desk: the note sheet with my draft under it, and beside it
// the correspondence (PDF), the movement history and linked files. Loading runs
// on the QueryWorker; my draft is kept on this computer within half a second of
// any keystroke (DraftAutosave), so nothing typed is lost.
class FileDesk : public QWidget
{
    Q_OBJECT
public:
    FileDesk(ClientSession *session, QString fileNo, QWidget *parent = nullptr);
    ~FileDesk() override;

    QString fileNo() const { return m_fileNo; }
    bool isLoaded() const { return m_loaded; }
    const FileDetail &detail() const { return m_detail; }
    // The detail as printed: signatures in the reader's language.
    FileDetail printableDetail() const;
    // The rulebook lets me note on it (I hold it, it is not closed).
    bool isMine() const;
    // My draft as the database has it.
    QString savedDraft() const;
    QString draftText() const;
    void setDraftText(const QString &text); // tests, restore
    PdfView *pdfView() const { return m_pdf; }
    SignatureBanner *paperSignature() const { return m_paperSignature; }
    DraftPanel *draftPanel() const { return m_draftPanel; }
    // Shows the drafts tab (after a draft action).
    void showDrafts();
    int paperCount() const;
    void showPaper(int index);

    void reload();
    // The session saved text as my draft in the database.
    void noteSaved(const QString &text);
    // Keeps the typed note on this computer now.
    void saveLocally();
    // The file left my post: the note is now part of the record; forget the local copy.
    void forgetLocalDraft();

    // The note sheet's mark of a note's digital signature (issue 16): empty when unsigned.
    QString signatureMark(const NoteView &n) const;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    void openFileRequested(const QString &fileNo);
    void draftStateChanged(const QString &text);
    // The holder answers a senior officer's call for the file (issue 17).
    void answerCallRequested(qint64 callId, const QString &direction);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void apply(FileDetail detail);
    void renderNoteSheet();
    void renderHeader();
    void renderInfo();
    enum class DraftStatus
    {
        None,
        KeptHere,
        NotKept,
        Saved
    };
    void setDraftStatus(DraftStatus status);
    void renderDraftStatus();
    QString designation(const NoteView &n) const;
    void fillMovements();
    void fillPapers();
    void fillLinks();
    void onEdited();

    ClientSession *m_session;
    DraftStore *m_drafts;
    QString m_fileNo;
    FileDetail m_detail;
    bool m_loaded = false;
    bool m_dirty = false;
    qint64 m_restoredFrom = 0; // when the local note restored on opening was kept; 0: none
    bool m_paperAway = false;  // offline, the chosen paper has no copy on this computer
    DraftStatus m_draftStatusKind = DraftStatus::None;
    qint64 m_draftStatusAt = 0;
    bool m_restoring = false;
    quint64 m_generation = 0;
    quint64 m_paperGeneration = 0;

    QLabel *m_fileNoLabel = nullptr;
    QLabel *m_subjectLabel = nullptr;
    QLabel *m_factsLabel = nullptr;
    QLabel *m_infoBar = nullptr;
    QWidget *m_callBar = nullptr; // the directions of senior officers, at the top of the file
    QLabel *m_callText = nullptr;
    QPushButton *m_answerButton = nullptr;
    void renderCalls();
    QSplitter *m_splitter = nullptr;
    QTextBrowser *m_noteSheet = nullptr;
    QLabel *m_draftHeading = nullptr;
    QWidget *m_draftBox = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_draftStatus = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    QListWidget *m_papers = nullptr;
    PdfView *m_pdf = nullptr;
    SignatureBanner *m_paperSignature = nullptr;
    QTreeWidget *m_movements = nullptr;
    QListWidget *m_links = nullptr;
    DraftPanel *m_draftPanel = nullptr;
    DraftAutosave m_autosave;
};

} // namespace nasti
