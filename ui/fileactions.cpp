#include "fileactions.h"

#include "services/followupservice.h"

#include "client/draftstore.h"
#include "client/queryworker.h"
#include "dialogs.h"
#include "domain/documentinspector.h"
#include "draftdialogs.h"
#include "draftpanel.h"
#include "filedesk.h"
#include "filelistmodel.h"
#include "letters/faircopypdf.h"
#include "notesheetprinter.h"
#include "services/draftservice.h"
#include "services/fileservice.h"
#include "services/receiptservice.h"
#include "uiutil.h"

#include <QAbstractButton>
#include <QAction>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QWidget>

#include <memory>

namespace nasti {

using Effect = ActionRequest::Effect;

FileActions::FileActions(ClientSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
    using S = QStyle;
    using M = ForwardDialog::Mode;
    make("actionNewFile", S::SP_FileIcon, {QKeySequence(Qt::CTRL | Qt::Key_N)}, [this]() { newFile(); });
    make("actionDiarise", S::SP_DialogOpenButton, {QKeySequence(Qt::CTRL | Qt::Key_D)},
         [this]() { diarise(); });
    make("actionSaveDraft", S::SP_DialogSaveButton, {QKeySequence::Save}, [this]() { saveDraft(); });
    make("actionPutUp", S::SP_ArrowUp, {QKeySequence(Qt::CTRL | Qt::Key_U)},
         [this]() { sendFile(M::PutUp); });
    make("actionForward", S::SP_ArrowForward,
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
         [this]() { sendFile(M::Forward); });
    make("actionReturn", S::SP_ArrowBack, {QKeySequence(Qt::CTRL | Qt::Key_R)}, [this]() { returnFile(); });
    make("actionRecall", S::SP_BrowserReload, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
         [this]() { recall(); });
    make("actionApprove", S::SP_DialogApplyButton, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
         [this]() { decide(true); });
    make("actionReject", S::SP_DialogCancelButton, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J)},
         [this]() { decide(false); });
    make("actionPark", S::SP_MediaPause, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)},
         [this]() { park(); });
    make("actionUnpark", S::SP_MediaPlay, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)},
         [this]() { unpark(); });
    make("actionCloseFile", S::SP_DialogCloseButton, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)},
         [this]() { closeFile(); });
    make("actionReopen", S::SP_DirOpenIcon, {}, [this]() { reopen(); });
    make("actionLink", S::SP_FileLinkIcon, {QKeySequence(Qt::CTRL | Qt::Key_L)}, [this]() { link(); });
    make("actionDelay", S::SP_MessageBoxWarning, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
         [this]() { reasonForDelay(); });
    make("actionNewDraft", S::SP_FileDialogNewFolder, {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N)},
         [this]() { newDraft(); });
    make("actionReviseDraft", S::SP_FileDialogContentsView, {}, [this]() { reviseDraft(); });
    make("actionCompareDrafts", S::SP_FileDialogListView, {}, [this]() { compareDrafts(); });
    make("actionApproveDraft", S::SP_DialogYesButton, {}, [this]() { approveDraft(); });
    make("actionIssueDraft", S::SP_CommandLink, {}, [this]() { issueDraft(); });
    make("actionCallFor", S::SP_MessageBoxInformation, {}, [this]() { callFor(QStringLiteral("call")); });
    make("actionWatch", S::SP_FileDialogInfoView, {}, [this]() { callFor(QStringLiteral("watch")); });
    make("actionPrint", S::SP_FileDialogDetailedView, {QKeySequence::Print}, [this]() { printNoteSheet(); });
    make("actionSavePdf", S::SP_DriveFDIcon, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
         [this]() { saveNoteSheetPdf(); });
    connect(m_session, &ClientSession::actionFinished, this, &FileActions::finished);
}

QAction *FileActions::make(const char *name, QStyle::StandardPixmap icon, const QList<QKeySequence> &keys,
                           std::function<void()> slot)
{
    auto *a = new QAction(this);
    a->setObjectName(QString::fromLatin1(name));
    a->setIcon(m_window->style()->standardIcon(icon));
    a->setShortcuts(keys);
    connect(a, &QAction::triggered, this, [slot]() { slot(); });
    m_window->addAction(a);
    m_actions.insert(a->objectName(), a);
    return a;
}

// Menu text without its mnemonic: "&Forward…" and a translation's "अग्रेषित (&F)" alike.
QString FileActions::plainText(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\s*\\(&.\\)"));
    QString plain = text;
    plain.remove(mnemonic);
    plain.remove(QLatin1Char('&'));
    plain.remove(QStringLiteral("…"));
    return plain.trimmed();
}

QString FileActions::withShortcut(const QString &text, const QAction *action)
{
    const QKeySequence key = action->shortcut();
    const QString plain = plainText(text);
    return key.isEmpty() ? plain
                         : QStringLiteral("%1 (%2)").arg(plain, key.toString(QKeySequence::NativeText));
}

void FileActions::retranslate()
{
    auto set = [this](const char *name, const QString &text, const QString &tip) {
        QAction *a = action(name);
        a->setText(text);
        a->setIconText(plainText(text));
        a->setToolTip(withShortcut(tip, a));
        a->setStatusTip(tip);
    };
    set("actionNewFile", tr("&New file…"), tr("Open a new file"));
    set("actionDiarise", tr("&Diarise receipt…"), tr("Diarise an incoming letter (PDF)"));
    set("actionSaveDraft", tr("&Save note"), tr("Save my note as a draft in the file"));
    set("actionPutUp", tr("&Put up…"), tr("Put the file up to my reporting officer"));
    set("actionForward", tr("&Forward…"), tr("Send the file to any post"));
    set("actionReturn", tr("&Return…"),
        tr("Return the file to the post that sent it, or down to the one that put it up after a decision"));
    set("actionRecall", tr("Re&call…"), tr("Pull back a file I sent, until its receiver opens it"));
    set("actionApprove", tr("&Approve…"),
        tr("Approve and send the file on, by default to the post that put it up"));
    set("actionReject", tr("Re&ject…"), tr("Do not approve; send the file back with remarks"));
    set("actionPark", tr("Par&k…"), tr("Keep the file aside; it leaves the inbox"));
    set("actionUnpark", tr("&Unpark"), tr("Bring a parked file back into the inbox"));
    set("actionCloseFile", tr("&Close file…"),
        tr("Close the file with a decision (only the post that opened it)"));
    set("actionReopen", tr("Re&open…"), tr("Reopen a closed file"));
    set("actionLink", tr("&Link…"), tr("Link another file to this one"));
    set("actionDelay", tr("Reason for &delay…"), tr("Record why the file is past its time limit"));
    set("actionNewDraft", tr("New dra&ft…"),
        tr("Write a draft for approval (reply, order, circular…) in this file"));
    set("actionReviseDraft", tr("Re&vise draft…"), tr("Write a new version of the chosen draft"));
    set("actionCompareDrafts", tr("Co&mpare versions…"),
        tr("Show two versions of the chosen draft side by side"));
    set("actionApproveDraft", tr("Appro&ve draft…"), tr("Approve the latest version of the chosen draft"));
    set("actionIssueDraft", tr("&Issue letter…"),
        tr("Issue the approved draft with the section's next dispatch number"));
    set("actionCallFor", tr("Call &for file…"),
        tr("Ask the holder for the file or an answer by a date (senior officers)"));
    set("actionWatch", tr("&Watch file…"), tr("Put the file on my watch-list with a direction"));
    set("actionPrint", tr("&Print note sheet…"), tr("Print preview of the note sheet"));
    set("actionSavePdf", tr("Save note sheet as P&DF…"), tr("Save the note sheet as a PDF"));
}

void FileActions::update()
{
    FileDesk *d = m_current ? m_current() : nullptr;
    const bool loaded = d && d->isLoaded() && !m_busy.contains(d->fileNo());
    const Rulebook &rules = m_session->rules();
    const FileFacts facts = loaded ? FileFacts::of(d->detail()) : FileFacts{};
    auto may = [&](FileAction a) {
        return loaded && bool(rules.may(a, facts));
    };
    const bool creates = bool(rules.mayCreateFiles());
    // Offline (issue 19): only a note and the moves that can wait in the queue (on a file I
    // hold in the copy here); and one move per file until it is sent.
    const bool offline = !m_session->live();
    const bool queued = loaded && m_session->queuedMove(d->fileNo()).has_value();
    const QSet<QString> waits{QStringLiteral("actionSaveDraft"), QStringLiteral("actionPutUp"),
                              QStringLiteral("actionForward"),   QStringLiteral("actionReturn"),
                              QStringLiteral("actionPrint"),     QStringLiteral("actionSavePdf")};
    const QSet<QString> moves{QStringLiteral("actionPutUp"), QStringLiteral("actionForward"),
                              QStringLiteral("actionReturn")};
    auto enable = [&](const char *name, bool on) {
        const QString n = QString::fromLatin1(name);
        if (offline && !waits.contains(n))
            on = false;
        if (queued && moves.contains(n))
            on = false;
        if (offline && moves.contains(n) && !m_session->offlineCache())
            on = false;
        action(name)->setEnabled(on);
    };
    enable("actionNewFile", creates);
    enable("actionDiarise", bool(rules.mayDiarise()));
    enable("actionSaveDraft", may(FileAction::Note));
    enable("actionPutUp", may(FileAction::PutUp));
    enable("actionForward", may(FileAction::Forward));
    enable("actionReturn", may(FileAction::Return));
    enable("actionRecall", may(FileAction::Recall));
    enable("actionApprove", may(FileAction::Approve));
    enable("actionReject", may(FileAction::Reject));
    enable("actionPark", may(FileAction::Park));
    enable("actionUnpark", may(FileAction::Unpark));
    enable("actionCloseFile", may(FileAction::Close));
    enable("actionReopen", may(FileAction::Reopen));
    enable("actionLink", may(FileAction::Link));
    enable("actionDelay", may(FileAction::RecordDelay));
    const DraftView *chosen = loaded && d->draftPanel() ? d->draftPanel()->selectedDraft() : nullptr;
    enable("actionNewDraft", may(FileAction::Draft));
    enable("actionReviseDraft", may(FileAction::Draft) && chosen && !chosen->issued());
    enable("actionCompareDrafts", chosen && chosen->versions.size() > 1);
    enable("actionApproveDraft", may(FileAction::ApproveDraft) && chosen && chosen->awaitingApproval());
    enable("actionIssueDraft", may(FileAction::IssueDraft) && chosen && chosen->readyToIssue());
    // A senior officer who does not hold the file (the rulebook, as the database's nasti_may_call).
    const bool senior = loaded && bool(rules.mayCallFor(facts, m_session->posts()));
    enable("actionCallFor", senior);
    enable("actionWatch", senior);
    enable("actionPrint", loaded);
    enable("actionSavePdf", loaded);
}

FileDesk *FileActions::desk()
{
    FileDesk *d = m_current ? m_current() : nullptr;
    if (!d || !d->isLoaded()) {
        Q_EMIT message(tr("Open a file first (Enter on a file in the list)."));
        return nullptr;
    }
    return d;
}

void FileActions::fail(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void FileActions::perform(FileDesk *d, ActionRequest request, const QString &failTitle,
                          std::function<void(const QString &)> then, bool closes)
{
    Pending p;
    p.desk = d;
    p.then = std::move(then);
    p.closes = closes;
    p.title = failTitle.isEmpty() ? tr("Not done") : failTitle;
    if (d && request.saveNote) {
        d->saveLocally(); // whatever happens next, the text is safe here
        request.note = d->draftText();
        request.savedNote = d->savedDraft();
        p.note = request.note;
    }
    if (!request.fileNo.isEmpty())
        m_busy.insert(request.fileNo);
    const quint64 id = m_session->perform(std::move(request));
    m_pending.insert(id, p);
    update();
}

void FileActions::finished(quint64 id, bool ok, const QString &fileNo, const QString &text)
{
    const Pending p = m_pending.take(id);
    m_busy.remove(fileNo);
    FileDesk *d = p.desk.data();
    if (ok) {
        if (d && p.closes)
            d->forgetLocalDraft();
        else if (d && !p.note.isNull())
            d->noteSaved(p.note);
        Q_EMIT message(text);
        if (p.then)
            p.then(fileNo);
    } else {
        if (d)
            d->saveLocally();
        fail(p.title, text);
        if (d)
            d->reload();
    }
    update();
}

bool FileActions::serverAway() const
{
    return !m_session->live();
}

void FileActions::queueMove(FileDesk *d, ForwardRequest request, const QString &kind)
{
    // The server is away (issue 19): the move waits on this computer, with his note, and is
    // sent when the server is back, only if the file is as he saw it.
    d->saveLocally();
    QueuedMove move;
    move.request = std::move(request);
    if (move.request.expectedVersion < 0)
        move.request.expectedVersion = d->detail().summary.version;
    move.note = d->draftText();
    move.savedNote = d->savedDraft();
    move.kind = kind;
    move.subject = d->detail().summary.subject;
    QString why;
    if (!m_session->queueMove(move, &why)) {
        fail(tr("Not queued"), why);
        return;
    }
    Q_EMIT message(
        tr("The server cannot be reached: file %1 will be sent when it is back (your note goes with "
           "it).")
            .arg(move.request.fileNo));
    update();
}

void FileActions::saveDraft()
{
    QPointer<FileDesk> d = desk();
    if (!d)
        return;
    if (d->draftText().trimmed().isEmpty() || d->draftText().trimmed() == d->savedDraft().trimmed()) {
        Q_EMIT message(tr("Nothing new to save."));
        return;
    }
    if (serverAway()) {
        d->saveLocally();
        Q_EMIT message(
            tr("The server cannot be reached: your note on %1 is kept on this computer, and goes with "
               "the file when you send it on, or can be saved when the server is back.")
                .arg(d->fileNo()));
        return;
    }
    ActionRequest r;
    r.fileNo = d->fileNo();
    r.saveNote = true;
    r.run = [no = r.fileNo](Database &, FileService &) {
        return ActionResult{tr("Your note on %1 is saved as a draft.").arg(no), no};
    };
    perform(d, std::move(r), tr("Note not saved"));
}

ForwardDialog *FileActions::createForwardDialog(ForwardDialog::Mode mode)
{
    FileDesk *d = m_current ? m_current() : nullptr;
    if (!d || !d->isLoaded() || !m_session->orgLoaded())
        return nullptr;
    return new ForwardDialog(mode, m_session->posts(), m_session->departments(), m_session->session(),
                             d->detail(), m_window);
}

void FileActions::sendFile(ForwardDialog::Mode mode)
{
    QPointer<FileDesk> d = desk();
    if (!d)
        return;
    std::unique_ptr<ForwardDialog> dialog(createForwardDialog(mode));
    if (!dialog) {
        Q_EMIT message(tr("The list of posts is still loading; try again in a moment."));
        return;
    }
    if (dialog->exec() != QDialog::Accepted)
        return;
    if (!d)
        return; // (its tab closed while the dialog was open)
    const ForwardRequest request = dialog->request();
    const bool up = mode == ForwardDialog::Mode::PutUp;
    if (serverAway()) {
        queueMove(d, request, up ? QStringLiteral("put-up") : QStringLiteral("forward"));
        return;
    }
    ActionRequest r;
    r.fileNo = d->fileNo();
    r.effect = Effect::Leaves;
    r.countsChange = true;
    r.saveNote = true;
    r.run = [request, up](Database &, FileService &s) {
        const QString to = s.forward(request);
        return ActionResult{up ? tr("File %1 put up to %2.").arg(request.fileNo, to)
                               : tr("File %1 sent to %2.").arg(request.fileNo, to),
                            request.fileNo};
    };
    perform(d, std::move(r));
}

void FileActions::returnFile()
{
    QPointer<FileDesk> d = desk();
    if (!d)
        return;
    // Named before it goes: back to the sender, or on down after a decision.
    const QString to = m_session->rules().returnTarget(d->detail().movements);
    QString toTitle = to;
    for (const PostInfo &p : m_session->posts())
        if (p.code == to)
            toTitle = QStringLiteral("%1 (%2)").arg(ui::title(p.titleEn, p.titleHi), p.code);
    const bool down = !d->detail().movements.isEmpty() && d->detail().movements.constLast().fromCode != to;
    ActionDialog dialog(
        {tr("Return file %1").arg(d->fileNo()),
         down ? tr("The file goes down to %1, who put it up to you, to act on the decision.").arg(toTitle)
              : tr("The file goes back to %1, who sent it to you.").arg(toTitle),
         tr("&Return to %1").arg(to), false, true},
        m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!d)
        return; // (its tab closed while the dialog was open)
    ForwardRequest fr;
    fr.fileNo = d->fileNo();
    fr.target = ForwardRequest::Target::Back;
    fr.remarks = dialog.remarks();
    fr.expectedVersion = d->detail().summary.version;
    if (serverAway()) {
        queueMove(d, fr, QStringLiteral("return"));
        return;
    }
    ActionRequest r;
    r.fileNo = fr.fileNo;
    r.effect = Effect::Leaves;
    r.countsChange = true;
    r.saveNote = true;
    r.run = [fr](Database &, FileService &s) {
        return ActionResult{tr("File %1 returned to %2.").arg(fr.fileNo, s.forward(fr)), fr.fileNo};
    };
    perform(d, std::move(r));
}

void FileActions::recall()
{
    QPointer<FileDesk> d = desk();
    if (!d)
        return;
    ActionDialog dialog({tr("Recall file %1").arg(d->fileNo()),
                         tr("The file comes back to you; this works only until its receiver opens it."),
                         tr("Re&call"), false, true},
                        m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!d)
        return; // (its tab closed while the dialog was open)
    ActionRequest r;
    r.fileNo = d->fileNo();
    r.countsChange = true;
    r.run = [no = r.fileNo, remarks = dialog.remarks()](Database &, FileService &s) {
        s.recall(no, remarks);
        return ActionResult{tr("File %1 recalled.").arg(no), no};
    };
    perform(d, std::move(r));
}

ActionDialog *FileActions::createDecisionDialog(bool approve)
{
    FileDesk *d = m_current ? m_current() : nullptr;
    if (!d || !d->isLoaded())
        return nullptr;
    ActionDialog::Spec spec =
        approve ? ActionDialog::
                      Spec{tr("Approve file %1").arg(d->fileNo()),
                           tr("Your approval is recorded as a note, and the file goes to the post you choose "
                              "(usually the one that put it up)."),
                           tr("&Approve"), false, true}
                : ActionDialog::Spec{
                      tr("Do not approve file %1").arg(d->fileNo()),
                      tr("Say why; the file goes to the post you choose (usually the one that put it up)."),
                      tr("Re&ject"), true, true};
    // Where the decision may go is the rulebook's answer.
    for (const PostChoice &p : m_session->rules().decisionTargets(d->detail()))
        spec.choices.append({p.code, QStringLiteral("%1 — %2").arg(p.code, ui::title(p.titleEn, p.titleHi))});
    if (!spec.choices.isEmpty())
        spec.choiceLabel = tr("&Send to:");
    return new ActionDialog(spec, m_window);
}

void FileActions::decide(bool approve)
{
    QPointer<FileDesk> d = desk();
    if (!d)
        return;
    std::unique_ptr<ActionDialog> dialog(createDecisionDialog(approve));
    if (dialog->exec() != QDialog::Accepted)
        return;
    if (!d)
        return; // (its tab closed while the dialog was open)
    ActionRequest r;
    r.fileNo = d->fileNo();
    r.effect = Effect::Leaves;
    r.countsChange = true;
    r.saveNote = true;
    r.run = [approve, no = r.fileNo, remarks = dialog->remarks(), to = dialog->choice()](Database &,
                                                                                         FileService &s) {
        return ActionResult{approve
                                ? tr("File %1 approved and sent to %2.").arg(no, s.approve(no, remarks, to))
                                : tr("File %1 not approved; sent to %2.").arg(no, s.reject(no, remarks, to)),
                            no};
    };
    perform(d, std::move(r));
}

void FileActions::park()
{
    QPointer<FileDesk> d = desk();
    if (!d)
        return;
    ActionDialog::Spec spec{
        tr("Park file %1").arg(d->fileNo()),
        tr("The file stays with you and in pendency, and leaves the inbox until its review "
           "date. Say why it is parked."),
        tr("Par&k"), true, true};
    spec.dateLabel = tr("Review date:");
    spec.earliestDate = QDate::currentDate().addDays(1);
    ActionDialog dialog(spec, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!d)
        return; // (its tab closed while the dialog was open)
    ActionRequest r;
    r.fileNo = d->fileNo();
    r.countsChange = true;
    r.saveNote = true;
    r.run = [no = r.fileNo, remarks = dialog.remarks(), until = dialog.date()](Database &, FileService &s) {
        s.park(no, remarks, until);
        return ActionResult{tr("File %1 parked.").arg(no), no};
    };
    perform(d, std::move(r));
}

void FileActions::unpark()
{
    QPointer<FileDesk> d = desk();
    if (!d)
        return;
    ActionRequest r;
    r.fileNo = d->fileNo();
    r.countsChange = true;
    r.run = [no = r.fileNo](Database &, FileService &s) {
        s.unpark(no);
        return ActionResult{tr("File %1 is back in the inbox.").arg(no), no};
    };
    perform(d, std::move(r));
}

void FileActions::closeFile()
{
    QPointer<FileDesk> d = desk();
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
    ActionDialog dialog(spec, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!d)
        return; // (its tab closed while the dialog was open)
    ActionRequest r;
    r.fileNo = d->fileNo();
    r.countsChange = true;
    r.saveNote = true;
    r.run = [no = r.fileNo, remarks = dialog.remarks(), cls = dialog.choice()](Database &, FileService &s) {
        s.close(no, cls, remarks);
        return ActionResult{tr("File %1 closed (record class %2).").arg(no, cls), no};
    };
    perform(d, std::move(r), {}, {}, true);
}

void FileActions::reopen()
{
    QPointer<FileDesk> d = desk();
    if (!d)
        return;
    ActionDialog dialog({tr("Reopen file %1").arg(d->fileNo()), tr("Say why the file is reopened."),
                         tr("Re&open"), true, true},
                        m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!d)
        return; // (its tab closed while the dialog was open)
    ActionRequest r;
    r.fileNo = d->fileNo();
    r.countsChange = true;
    r.run = [no = r.fileNo, reason = dialog.remarks()](Database &, FileService &s) {
        s.reopen(no, reason);
        return ActionResult{tr("File %1 reopened.").arg(no), no};
    };
    perform(d, std::move(r));
}

void FileActions::link()
{
    QPointer<FileDesk> d = desk();
    if (!d)
        return;
    ActionDialog::Spec spec{tr("Link a file to %1").arg(d->fileNo()),
                            tr("Enter the number of the file to link."), tr("&Link"), false, false};
    spec.fileNoLabel = tr("File number:");
    ActionDialog dialog(spec, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!d)
        return; // (its tab closed while the dialog was open)
    ActionRequest r;
    r.fileNo = d->fileNo();
    r.run = [no = r.fileNo, other = dialog.fileNo()](Database &, FileService &s) {
        s.link(no, other);
        return ActionResult{tr("Files %1 and %2 are linked.").arg(no, other), no};
    };
    perform(d, std::move(r));
}

void FileActions::reasonForDelay()
{
    QPointer<FileDesk> d = desk();
    if (!d)
        return;
    ActionDialog dialog({tr("Reason for delay — %1").arg(d->fileNo()),
                         tr("The file is past its time limit. Record why; the weekly review shows it."),
                         tr("&Record"), true, true},
                        m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!d)
        return; // (its tab closed while the dialog was open)
    ActionRequest r;
    r.fileNo = d->fileNo();
    r.run = [no = r.fileNo, reason = dialog.remarks()](Database &, FileService &s) {
        s.recordDelay(no, reason);
        return ActionResult{tr("Reason for delay recorded on %1.").arg(no), no};
    };
    perform(d, std::move(r));
}

void FileActions::newFile(const QString &diaryNo)
{
    if (!m_session->orgLoaded()) {
        Q_EMIT message(tr("The list of sections is still loading; try again in a moment."));
        return;
    }
    // The receipts not yet in a file, read fresh on the worker; then the dialog.
    m_session->worker()->post<QList<ReceiptView>>(
        this,
        [session = m_session->session(), clock = &m_session->clock()](Database &db) {
            return FileQueries(db, *clock).receipts(session, true, 200);
        },
        [this, diaryNo](QList<ReceiptView> unfiled) { newFileWith(diaryNo, unfiled); },
        [this](const QString &why) { fail(tr("Cannot open a new file"), why); });
}

void FileActions::newFileWith(const QString &diaryNo, const QList<ReceiptView> &unfiled)
{
    NewFileDialog dialog(m_session->sections(), unfiled, m_session->session(), m_window);
    if (!diaryNo.isEmpty())
        dialog.setReceipt(diaryNo);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ActionRequest r;
    r.effect = Effect::Created;
    r.countsChange = true;
    r.receiptsChange = !dialog.receiptDiaryNo().isEmpty();
    r.run = [request = dialog.request(), receipt = dialog.receiptDiaryNo()](Database &,
                                                                            FileService &service) {
        const QString number = service.create(request);
        if (!receipt.isEmpty())
            service.putReceipt(number, receipt);
        return ActionResult{receipt.isEmpty()
                                ? tr("File %1 opened.").arg(number)
                                : tr("File %1 opened with receipt %2 as PUC.").arg(number, receipt),
                            number};
    };
    perform(nullptr, std::move(r), tr("Cannot open a new file"),
            [this](const QString &number) { Q_EMIT openFileRequested(number); });
}

void FileActions::diarise(const QString &pdfPath)
{
    // Said before the form is filled, not after (the shortcut works when the action is off).
    if (const Verdict v = m_session->rules().mayDiarise(); !v) {
        fail(tr("Receipt not diarised"), v.reason);
        return;
    }
    DiariseDialog dialog(m_window);
    if (!pdfPath.isEmpty())
        dialog.setPdfFile(pdfPath);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ActionRequest r;
    r.effect = Effect::Receipts;
    r.countsChange = true;
    r.receiptsChange = true;
    DocumentInspector *inspector = m_session->inspector();
    r.run = [request = dialog.request(), inspector, session = m_session->session(),
             clock = &m_session->clock()](Database &db, FileService &) {
        const QString no = ReceiptService(db, *clock, session, *inspector).diarise(request);
        return ActionResult{tr("Receipt diarised as %1.").arg(no), no};
    };
    std::function<void(const QString &)> then;
    if (dialog.openNewFile())
        then = [this](const QString &diaryNo) {
            newFile(diaryNo);
        };
    perform(nullptr, std::move(r), tr("Receipt not diarised"), std::move(then));
}

void FileActions::putReceiptIntoFile(const QString &chosen)
{
    const QString diaryNo = !chosen.isEmpty() ? chosen : m_chosenReceipt ? m_chosenReceipt() : QString();
    if (diaryNo.isEmpty()) {
        Q_EMIT message(tr("Choose a receipt first."));
        return;
    }
    ActionDialog::Spec spec{tr("Put receipt %1 into a file").arg(diaryNo),
                            tr("The receipt becomes the next fresh receipt (FR) of the file."),
                            tr("&Put into file"), false, false};
    spec.fileNoLabel = tr("File number:");
    ActionDialog dialog(spec, m_window);
    if (FileDesk *d = m_current ? m_current() : nullptr)
        dialog.setFileNo(d->fileNo());
    if (dialog.exec() != QDialog::Accepted)
        return;
    ActionRequest r;
    r.fileNo = dialog.fileNo();
    r.countsChange = true;
    r.receiptsChange = true;
    r.run = [no = r.fileNo, diaryNo](Database &, FileService &s) {
        s.putReceipt(no, diaryNo);
        return ActionResult{tr("Receipt %1 put into file %2.").arg(diaryNo, no), no};
    };
    perform(m_find ? m_find(r.fileNo) : nullptr, std::move(r));
}

QPrintPreviewDialog *FileActions::createPrintPreview()
{
    FileDesk *d = m_current ? m_current() : nullptr;
    if (!d || !d->isLoaded())
        return nullptr;
    auto *printer = new QPrinter(QPrinter::HighResolution);
    auto *preview = new QPrintPreviewDialog(printer, m_window);
    preview->setObjectName(QStringLiteral("printPreview"));
    preview->setWindowTitle(tr("Note sheet — %1").arg(d->fileNo()));
    preview->resize(1000, 900);
    const FileDetail detail = d->printableDetail();
    connect(preview, &QPrintPreviewDialog::paintRequested, this,
            [detail](QPrinter *p) { notesheet::print(p, detail); });
    connect(preview, &QObject::destroyed, this, [printer]() { delete printer; });
    return preview;
}

void FileActions::printNoteSheet()
{
    std::unique_ptr<QPrintPreviewDialog> preview(createPrintPreview());
    if (!preview) {
        Q_EMIT message(tr("Open a file first (Enter on a file in the list)."));
        return;
    }
    preview->exec();
}

bool FileActions::printNoteSheetToPdf(const QString &path)
{
    FileDesk *d = m_current ? m_current() : nullptr;
    if (!d || !d->isLoaded())
        return false;
    return notesheet::savePdf(path, d->printableDetail());
}

void FileActions::saveNoteSheetPdf()
{
    QPointer<FileDesk> d = desk();
    if (!d)
        return;
    QString name = d->fileNo();
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save note sheet as PDF"), name + QStringLiteral(".pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (printNoteSheetToPdf(path))
        Q_EMIT message(tr("Note sheet saved as %1.").arg(path));
    else
        fail(tr("Not saved"), tr("Cannot write %1.").arg(path));
}

} // namespace nasti

namespace nasti {

DraftEditorDialog *FileActions::createDraftEditor(bool revision)
{
    QPointer<FileDesk> d = desk();
    if (!d || !d->isLoaded())
        return nullptr;
    const FileDetail &detail = d->detail();
    DraftEditorDialog::Spec spec;
    spec.fileNo = d->fileNo();
    for (const SectionInfo &s : m_session->sections()) {
        QString department;
        for (const DepartmentInfo &dep : m_session->departments())
            if (dep.code == s.departmentCode)
                department = ui::title(dep.nameEn, dep.nameHi);
        spec.sections.append(
            {s.code, QStringLiteral("%1 — %2").arg(department, ui::title(s.nameEn, s.nameHi))});
    }
    if (revision) {
        const DraftView *draft = d->draftPanel()->selectedDraft();
        if (!draft || !draft->latest())
            return nullptr;
        const DraftVersionView &v = *draft->latest();
        spec.draftNumber = draft->number;
        spec.nextVersion = v.version + 1;
        spec.kind = draft->kind;
        spec.language = draft->language;
        spec.content.subject = v.subject;
        spec.content.addressees = v.addressees;
        spec.content.copyTo = v.copyTo;
        spec.content.reference = v.reference;
        spec.content.bodyHtml = v.bodyHtml;
    } else {
        // A reply: the file's subject, and the letter it answers (the PUC) as the reference.
        spec.language = ui::isHindi() ? QStringLiteral("hi") : QStringLiteral("en");
        spec.content.subject = detail.summary.subject;
        for (const PaperView &p : detail.papers)
            if (p.flag == QLatin1String("PUC")) {
                spec.content.reference =
                    p.letterNo.isEmpty()
                        ? tr("Letter of %1, diarised as %2").arg(p.sender, p.diaryNo)
                        : tr("Letter No. %1 dated %2 of %3")
                              .arg(p.letterNo, p.letterDate.isEmpty() ? tr("(no date)") : p.letterDate,
                                   p.sender);
                Addressee to;
                to.name = p.sender;
                spec.content.addressees << to;
            }
    }
    auto *dialog = new DraftEditorDialog(spec, m_window);
    return dialog;
}

void FileActions::saveDraftVersion(FileDesk *d, const DraftEditorDialog &dialog, int draftNumber)
{
    ActionRequest r;
    r.fileNo = d->fileNo();
    r.saveNote = true;
    const Clock *clock = &m_session->clock();
    const DocumentInspector *inspector = m_session->inspector();
    r.run = [no = r.fileNo, draftNumber, kind = dialog.kind(), language = dialog.language(),
             content = dialog.content(), clock, inspector](Database &db, FileService &s) {
        DraftService drafts(db, *clock, s.session(), inspector);
        if (draftNumber) {
            const int v = drafts.revise(no, draftNumber, content);
            return ActionResult{tr("Draft %1 of %2: version %3 saved.").arg(draftNumber).arg(no).arg(v), no};
        }
        NewDraftRequest request;
        request.fileNo = no;
        request.kind = kind;
        request.language = language;
        request.content = content;
        const int n = drafts.create(request);
        return ActionResult{tr("Draft %1 of %2 saved (version 1).").arg(n).arg(no), no};
    };
    QPointer<FileDesk> desk = d;
    perform(d, std::move(r), tr("Draft not saved"), [desk](const QString &) {
        if (desk)
            desk->showDrafts();
    });
}

void FileActions::newDraft()
{
    QPointer<FileDesk> d = desk();
    std::unique_ptr<DraftEditorDialog> dialog(createDraftEditor(false));
    if (!dialog || dialog->exec() != QDialog::Accepted)
        return;
    if (!d)
        return; // (its tab closed while the dialog was open)
    saveDraftVersion(d, *dialog, 0);
}

void FileActions::reviseDraft()
{
    QPointer<FileDesk> d = desk();
    std::unique_ptr<DraftEditorDialog> dialog(createDraftEditor(true));
    if (!dialog)
        return;
    // (The draft it revises, whatever the dialog's own event loop reloads meanwhile.)
    const DraftView *draft = d->draftPanel()->selectedDraft();
    const int number = draft ? draft->number : 0;
    if (!number || dialog->exec() != QDialog::Accepted)
        return;
    if (!d)
        return; // (its tab closed while the dialog was open)
    saveDraftVersion(d, *dialog, number);
}

DraftCompareDialog *FileActions::createDraftCompare()
{
    QPointer<FileDesk> d = desk();
    const DraftView *draft = d ? d->draftPanel()->selectedDraft() : nullptr;
    if (!draft || draft->versions.size() < 2)
        return nullptr;
    const int chosen = d->draftPanel()->selectedVersion();
    const int newer = chosen > 1 ? chosen : draft->latest()->version;
    return new DraftCompareDialog(*draft, newer - 1, newer, m_window);
}

void FileActions::compareDrafts()
{
    std::unique_ptr<DraftCompareDialog> dialog(createDraftCompare());
    if (dialog)
        dialog->exec();
}

void FileActions::approveDraft()
{
    QPointer<FileDesk> d = desk();
    const DraftView *draft = d ? d->draftPanel()->selectedDraft() : nullptr;
    if (!draft || !draft->latest())
        return;
    ActionDialog::Spec spec;
    spec.title = tr("Approve %1").arg(draft->title());
    spec.prompt =
        tr("You approve version %1 of %2, “%3”. It is recorded on the note sheet over your name; a later "
           "revision needs a fresh approval.")
            .arg(draft->latest()->version)
            .arg(draft->title(), draft->latest()->subject);
    spec.okText = tr("Approve version %1").arg(draft->latest()->version);
    // (The dialog's own event loop may reload the file, and the draft with it: keep what is approved.)
    const int number = draft->number, version = draft->latest()->version;
    ActionDialog dialog(spec, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!d)
        return; // (its tab closed while the dialog was open)
    ActionRequest r;
    r.fileNo = d->fileNo();
    r.saveNote = true;
    const Clock *clock = &m_session->clock();
    r.run = [no = r.fileNo, number, version, remarks = dialog.remarks(), clock](Database &db,
                                                                                FileService &s) {
        DraftService(db, *clock, s.session()).approve(no, number, version, remarks);
        return ActionResult{tr("Version %1 of draft %2 of %3 approved.").arg(version).arg(number).arg(no),
                            no};
    };
    perform(d, std::move(r), tr("Draft not approved"), {}, true);
}

void FileActions::issueDraft()
{
    QPointer<FileDesk> d = desk();
    const DraftView *draft = d ? d->draftPanel()->selectedDraft() : nullptr;
    if (!draft || !draft->latest())
        return;
    QStringList lines;
    for (const Addressee &a : draft->latest()->addressees)
        lines << QStringLiteral("• ") + a.display();
    for (const Addressee &a : draft->latest()->copyTo)
        lines << QStringLiteral("• ") + tr("Copy: %1").arg(a.display());
    QMessageBox ask(
        QMessageBox::Question, tr("Issue %1").arg(draft->title()),
        tr("Issue version %1, approved by %2, with the section's next dispatch number?\n\n%3\n\n"
           "Sections addressed through Nasti receive it in their dak at once. This cannot be undone.")
            .arg(draft->latest()->version)
            .arg(draft->latest()->approverName, lines.join(QLatin1Char('\n'))),
        QMessageBox::Yes | QMessageBox::Cancel, m_window);
    ask.setObjectName(QStringLiteral("issueConfirm"));
    ask.button(QMessageBox::Yes)->setText(tr("Issue"));
    // (The box's own event loop may reload the file, and the draft with it: keep what is issued.)
    const int number = draft->number, version = draft->latest()->version;
    if (ask.exec() != QMessageBox::Yes)
        return;
    if (!d)
        return; // (its tab closed while the dialog was open)
    // An officer with a registered DSC token signs on it: its PIN, asked here, goes to NSS
    // through the issue (a wrong one issues nothing and says so; the draft stays).
    TokenLogin token;
    if (const QString dsc = m_session->session().dscToken; !dsc.isEmpty()) {
        QInputDialog pinDialog(m_window);
        pinDialog.setObjectName(QStringLiteral("tokenPinDialog"));
        pinDialog.setWindowTitle(tr("DSC token PIN"));
        pinDialog.setLabelText(tr("This letter is signed with your DSC token (%1).\nInsert the token and "
                                  "enter its PIN:")
                                   .arg(dsc));
        pinDialog.setTextEchoMode(QLineEdit::Password);
        pinDialog.setOkButtonText(tr("Sign and issue"));
        if (pinDialog.exec() != QDialog::Accepted || pinDialog.textValue().isEmpty())
            return;
        token.pin = pinDialog.textValue().toUtf8();
        // This desktop's driver, when it lies elsewhere than the administrator registered it.
        token.modulePath = qEnvironmentVariable("NASTI_PKCS11_MODULE");
        if (!d)
            return;
    }
    ActionRequest r;
    r.fileNo = d->fileNo();
    r.saveNote = true;
    r.receiptsChange = true;
    const Clock *clock = &m_session->clock();
    const DocumentInspector *inspector = m_session->inspector();
    r.run = [no = r.fileNo, number, version, clock, inspector, token](Database &db, FileService &s) {
        const IssueResult issued =
            DraftService(db, *clock, s.session(), inspector).issue(no, number, FairCopyPdf(), version, token);
        QString said =
            issued.tokenSigned ? tr("Draft %1 of %2 issued as %3, signed with your DSC token.")
                                     .arg(number)
                                     .arg(no, issued.dispatchNo)
            : issued.pdfSigned
                ? tr("Draft %1 of %2 issued as %3, digitally signed.").arg(number).arg(no, issued.dispatchNo)
                : tr("Draft %1 of %2 issued as %3.").arg(number).arg(no, issued.dispatchNo);
        if (!issued.pdfUnsignedReason.isEmpty())
            said += QLatin1Char(' ') + tr("It carries no PDF signature: %1.").arg(issued.pdfUnsignedReason);
        return ActionResult{said, no};
    };
    QPointer<FileDesk> desk = d;
    perform(d, std::move(r), tr("Letter not issued"), [desk](const QString &) {
        if (desk)
            desk->showDrafts();
    });
}

} // namespace nasti

namespace nasti {

void FileActions::answerCall(FileDesk *d, qint64 callId, const QString &direction)
{
    if (!d)
        return;
    ActionDialog::Spec spec{tr("Answer on file %1").arg(d->fileNo()), tr("The direction: %1").arg(direction),
                            tr("&Answer"), true, true};
    ActionDialog dialog(spec, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!d)
        return; // (its tab closed while the dialog was open)
    ActionRequest r;
    r.fileNo = d->fileNo();
    const Clock *clock = &m_session->clock();
    r.run = [no = r.fileNo, callId, text = dialog.remarks(), clock](Database &db, FileService &s) {
        FollowupService(db, *clock, s.session()).answer(callId, text);
        return ActionResult{tr("Answer on file %1 recorded.").arg(no), no};
    };
    perform(d, std::move(r));
}

void FileActions::callFor(const QString &kind)
{
    QPointer<FileDesk> d = desk();
    if (!d)
        return;
    const bool call = kind == QLatin1String("call");
    ActionDialog::Spec spec{call ? tr("Call for file %1").arg(d->fileNo())
                                 : tr("Watch file %1").arg(d->fileNo()),
                            call ? tr("The holder sees your direction at the top of the file and answers by "
                                      "the date.")
                                 : tr("The file joins your watch-list; its holder sees your direction."),
                            call ? tr("&Call for") : tr("&Watch"), true, true};
    spec.dateLabel = tr("Wanted by:");
    spec.earliestDate = QDate::currentDate();
    ActionDialog dialog(spec, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!d)
        return; // (its tab closed while the dialog was open)
    ActionRequest r;
    r.fileNo = d->fileNo();
    const Clock *clock = &m_session->clock();
    r.run = [no = r.fileNo, kind, text = dialog.remarks(), due = dialog.date(), clock](Database &db,
                                                                                       FileService &s) {
        FollowupService(db, *clock, s.session()).call(no, kind, text, due);
        return ActionResult{kind == QLatin1String("call") ? tr("File %1 called for.").arg(no)
                                                          : tr("File %1 is on your watch-list.").arg(no),
                            no};
    };
    perform(d, std::move(r));
}

void FileActions::stopWatching(qint64 callId)
{
    ActionRequest r;
    const Clock *clock = &m_session->clock();
    r.run = [callId, clock](Database &db, FileService &s) {
        FollowupService(db, *clock, s.session()).endWatch(callId);
        return ActionResult{tr("Taken off your watch-list."), QString()};
    };
    perform(nullptr, std::move(r));
}

} // namespace nasti
