#include "filedesk.h"

#include "services/lettersignatures.h"
#include "signaturebanner.h"

#include "client/clientsession.h"
#include "client/draftstore.h"
#include "client/queryworker.h"
#include "draftpanel.h"
#include "pdf/pdfview.h"
#include "services/fileservice.h"
#include "uiutil.h"
#include "util/clock.h"
#include "util/error.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nasti {

namespace {

QString noteKindLabel(NoteKind k)
{
    switch (k) {
    case NoteKind::Approval:
        return FileDesk::tr("Approval");
    case NoteKind::Rejection:
        return FileDesk::tr("Not approved");
    case NoteKind::Closing:
        return FileDesk::tr("Closing note");
    case NoteKind::Reopening:
        return FileDesk::tr("Reopening");
    case NoteKind::Delay:
        return FileDesk::tr("Reason for delay");
    default:
        return {};
    }
}

QStringList paragraphs(const QString &body)
{
    static const QRegularExpression blank(QStringLiteral("\\n\\s*\\n"));
    QStringList out;
    for (const QString &p : body.split(blank))
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    if (out.isEmpty())
        out << body.trimmed();
    return out;
}
} // namespace

FileDesk::FileDesk(ClientSession *session, QString fileNo, QWidget *parent)
    : QWidget(parent), m_session(session), m_drafts(session->drafts()), m_fileNo(std::move(fileNo))
{
    setObjectName(QStringLiteral("fileDesk"));

    m_fileNoLabel = new QLabel(this);
    m_fileNoLabel->setObjectName(QStringLiteral("fileNoLabel"));
    m_fileNoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_fileNoLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_fileNoLabel->setFont(big);
    m_subjectLabel = new QLabel(this);
    m_subjectLabel->setObjectName(QStringLiteral("subjectLabel"));
    m_subjectLabel->setWordWrap(true);
    QFont subj = m_subjectLabel->font();
    subj.setPointSizeF(subj.pointSizeF() * 1.1);
    m_subjectLabel->setFont(subj);
    m_factsLabel = new QLabel(this);
    m_factsLabel->setObjectName(QStringLiteral("factsLabel"));
    m_factsLabel->setWordWrap(true);
    m_infoBar = new QLabel(this);
    m_infoBar->setObjectName(QStringLiteral("infoBar"));
    m_infoBar->setWordWrap(true);
    // As tall as its wrapped text needs (a long line must not be clipped).
    m_infoBar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_infoBar->setStyleSheet(QStringLiteral("background: #fff4d6; border: 1px solid #e0c060; padding: 6px;"));
    m_infoBar->hide();
    m_callBar = new QWidget(this);
    m_callBar->setObjectName(QStringLiteral("callBar"));
    m_callBar->setStyleSheet(
        QStringLiteral("QWidget#callBar { background: #fde8e8; border: 1px solid #d08080; }"));
    m_callText = new QLabel(m_callBar);
    m_callText->setObjectName(QStringLiteral("callText"));
    m_callText->setWordWrap(true);
    m_answerButton = new QPushButton(m_callBar);
    m_answerButton->setObjectName(QStringLiteral("answerCallButton"));
    {
        auto *row = new QHBoxLayout(m_callBar);
        row->setContentsMargins(8, 6, 8, 6);
        row->addWidget(m_callText, 1);
        row->addWidget(m_answerButton);
    }
    connect(m_answerButton, &QPushButton::clicked, this, [this]() {
        for (const CallView &c : m_detail.calls)
            if (c.answer.isEmpty() || c.kind == QLatin1String("watch")) {
                Q_EMIT answerCallRequested(c.id, c.direction);
                return;
            }
    });
    m_callBar->hide();

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("deskHeader"));
    header->setStyleSheet(
        QStringLiteral("#deskHeader { background: #eef2f7; border-bottom: 1px solid #c8d0da; }"));
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(12, 8, 12, 8);
    headerLayout->setSpacing(2);
    headerLayout->addWidget(m_fileNoLabel);
    headerLayout->addWidget(m_subjectLabel);
    headerLayout->addWidget(m_factsLabel);

    // Left: the note sheet and my draft.
    m_noteSheet = ui::named(new QTextBrowser(this), QStringLiteral("noteSheet"), tr("Note sheet"));
    m_noteSheet->setOpenLinks(false);
    m_draftHeading = new QLabel(this);
    QFont bold = m_draftHeading->font();
    bold.setBold(true);
    m_draftHeading->setFont(bold);
    // Wrapped, so the note side never holds the splitter back from a wide letter (issue 18).
    m_draftHeading->setWordWrap(true);
    m_editor = ui::named(new QPlainTextEdit(this), QStringLiteral("noteEditor"), tr("My note"));
    m_editor->setTabChangesFocus(true);
    m_draftStatus = new QLabel(this);
    m_draftStatus->setObjectName(QStringLiteral("draftStatus"));
    m_draftStatus->setStyleSheet(QStringLiteral("color: #506070;"));
    m_draftStatus->setWordWrap(true);
    auto *draftBox = new QWidget(this);
    m_draftBox = draftBox;
    // A reviewer reads and never notes: no editor he cannot use.
    draftBox->setVisible(m_session->session().role != Role::Reviewer);
    auto *draftLayout = new QVBoxLayout(draftBox);
    draftLayout->setContentsMargins(0, 4, 0, 0);
    draftLayout->addWidget(m_draftHeading);
    draftLayout->addWidget(m_editor, 1);
    draftLayout->addWidget(m_draftStatus);
    auto *left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("noteSplitter"));
    left->addWidget(m_noteSheet);
    left->addWidget(draftBox);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);

    // Right: correspondence, movements, linked files.
    m_papers = ui::named(new QListWidget(this), QStringLiteral("paperList"), tr("Correspondence"));
    m_papers->setMaximumHeight(60);
    m_pdf = new PdfView(this);
    m_pdf->setObjectName(QStringLiteral("pdfView"));
    m_paperSignature = new SignatureBanner(this);
    auto *corr = new QWidget(this);
    auto *corrLayout = new QVBoxLayout(corr);
    corrLayout->setContentsMargins(0, 0, 0, 0);
    corrLayout->addWidget(m_papers);
    corrLayout->addWidget(m_paperSignature);
    corrLayout->addWidget(m_pdf, 1);
    m_movements = ui::named(new QTreeWidget(this), QStringLiteral("movementTree"), tr("Movements"));
    m_movements->setRootIsDecorated(false);
    m_movements->setAlternatingRowColors(true);
    m_movements->setColumnCount(6);
    m_movements->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_movements->header()->setSectionResizeMode(5, QHeaderView::Stretch); // remarks take the room left
    m_movements->header()->setStretchLastSection(true);
    m_movements->setWordWrap(true);
    m_links = ui::named(new QListWidget(this), QStringLiteral("linkList"), tr("Linked files"));
    m_sideTabs =
        ui::named(new QTabWidget(this), QStringLiteral("sideTabs"), tr("Correspondence and history"));
    m_sideTabs->addTab(corr, QString());
    m_sideTabs->addTab(m_movements, QString());
    m_sideTabs->addTab(m_links, QString());
    m_draftPanel = new DraftPanel(this);
    m_sideTabs->addTab(m_draftPanel, QString());

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("deskSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_sideTabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(m_infoBar);
    layout->addWidget(m_callBar);
    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(8, 8, 8, 8);
    bodyLayout->addWidget(m_splitter);
    layout->addWidget(body, 1);

    connect(&m_autosave, &DraftAutosave::saveDue, this, [this]() {
        if (m_dirty)
            saveLocally();
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &FileDesk::onEdited);
    connect(m_papers, &QListWidget::currentRowChanged, this, &FileDesk::showPaper);
    connect(m_links, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT openFileRequested(item->data(Qt::UserRole).toString()); });

    retranslateUi();
    m_editor->setEnabled(false);
    // An action on this file says what it is now; no second copy patched by hand.
    connect(m_session, &ClientSession::fileChanged, this,
            [this](const QString &no, const FileDetail &detail) {
                if (no == m_fileNo) {
                    ++m_generation; // a load under way is older
                    apply(detail);
                }
            });
    reload();
}

FileDesk::~FileDesk()
{
    if (m_dirty)
        saveLocally();
}

void FileDesk::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_loaded) {
            renderHeader();
            renderNoteSheet();
            fillMovements();
            fillPapers();
            renderInfo();
        }
        renderDraftStatus();
    }
    QWidget::changeEvent(event);
}

void FileDesk::retranslateUi()
{
    m_draftHeading->setText(tr("My note (draft — only you see it until the file leaves you)"));
    m_editor->setPlaceholderText(
        tr("Write your note here. Leave a blank line between paragraphs; they are numbered "
           "when the file moves on."));
    m_editor->setAccessibleName(tr("My note"));
    m_noteSheet->setAccessibleName(tr("Note sheet"));
    m_papers->setAccessibleName(tr("Correspondence"));
    m_movements->setAccessibleName(tr("Movements"));
    m_links->setAccessibleName(tr("Linked files"));
    m_sideTabs->setTabText(0, tr("Correspondence"));
    m_sideTabs->setTabText(1, tr("Movements"));
    m_sideTabs->setTabText(2, tr("Linked files"));
    m_sideTabs->setTabText(3, m_detail.drafts.isEmpty() ? tr("Drafts")
                                                        : tr("Drafts (%1)").arg(m_detail.drafts.size()));
    m_movements->setHeaderLabels(
        {tr("When"), tr("Movement"), tr("From"), tr("To"), tr("Action asked"), tr("Remarks")});
}

bool FileDesk::isMine() const
{
    return m_loaded && bool(m_session->rules().may(FileAction::Note, FileFacts::of(m_detail)));
}

QString FileDesk::draftText() const
{
    return m_editor->toPlainText();
}

void FileDesk::setDraftText(const QString &text)
{
    m_editor->setPlainText(text);
}

int FileDesk::paperCount() const
{
    return m_papers->count();
}

QString FileDesk::savedDraft() const
{
    for (const NoteView &n : m_detail.notes)
        if (n.isDraft() && m_session->session().holds(n.authorPostId))
            return n.body;
    return {};
}

void FileDesk::reload()
{
    const quint64 generation = ++m_generation;
    // One service call: the holder's first look records the opening.
    m_session->showFile(
        this, m_fileNo,
        [this, generation](FileDetail detail) {
            if (generation == m_generation)
                apply(std::move(detail));
        },
        [this, generation](const QString &message) {
            if (generation != m_generation)
                return;
            m_infoBar->setText(message);
            m_infoBar->show();
            Q_EMIT loadFailed(message);
        });
}

void FileDesk::apply(FileDetail detail)
{
    const bool first = !m_loaded;
    const int previousPaper = m_papers->currentRow();
    m_detail = std::move(detail);
    m_loaded = true;
    renderHeader();
    renderNoteSheet();
    fillMovements();
    fillLinks();
    fillPapers();
    m_draftPanel->setDrafts(m_detail.drafts);
    m_sideTabs->setTabText(3, m_detail.drafts.isEmpty() ? tr("Drafts")
                                                        : tr("Drafts (%1)").arg(m_detail.drafts.size()));
    if (m_papers->count() > 0)
        m_papers->setCurrentRow(previousPaper >= 0 && previousPaper < m_papers->count() ? previousPaper : 0);
    else {
        m_pdf->clear();
        m_paperSignature->clear();
    }

    const bool mine = isMine();
    m_editor->setEnabled(mine);
    m_editor->setReadOnly(!mine);
    // My draft: what I typed on this computer wins over the copy in the database
    // (a crash or a lost connection may have kept it from being saved there).
    const QString dbDraft = savedDraft();
    const auto local = m_drafts ? m_drafts->load(m_fileNo) : std::nullopt;
    if (first || !m_dirty) {
        m_restoring = true;
        m_restoredFrom = 0;
        if (local && local->text.trimmed() != dbDraft.trimmed()) {
            m_editor->setPlainText(local->text);
            if (!m_detail.offlineAsOf) // (offline every note is kept here: nothing to say)
                m_restoredFrom = local->savedAt;
            m_dirty = false;
        } else {
            m_editor->setPlainText(dbDraft);
        }
        m_restoring = false;
    }
    renderInfo();
    renderCalls();
    Q_EMIT loaded();
}

// The line above the file: whose it is, a restored note, and offline, whose copy this is and
// what waits to be sent. Built from state, so a language change says it again in the new one.
void FileDesk::renderInfo()
{
    QString info;
    if (!isMine()) {
        const FileSummary &s = m_detail.summary;
        if (s.status == FileStatus::Closed)
            info = tr("This file is closed. You can read it; nobody can note on it until it is reopened.");
        else
            info = tr("This file is with %1 (%2). You can read it; only that post may note on it or move it.")
                       .arg(ui::title(s.holderTitleEn, s.holderTitleHi), s.holderPostCode);
    }
    auto append = [&info](const QString &line) {
        info = info.isEmpty() ? line : info + QLatin1Char(' ') + line;
    };
    auto prefix = [&info](const QString &line) {
        info = info.isEmpty() ? line : line + QLatin1Char(' ') + info;
    };
    if (m_restoredFrom > 0)
        append(tr("Your unsaved note from %1 has been restored.").arg(ui::dateTime(m_restoredFrom)));
    if (const auto queued = m_session->queuedMove(m_fileNo))
        prefix((queued->kind == QLatin1String("return")
                    ? tr("You returned this file at %1; it waits to be sent.")
                : queued->kind == QLatin1String("put-up")
                    ? tr("You put this file up at %1; it waits to be sent.")
                    : tr("You forwarded this file at %1; it waits to be sent."))
                   .arg(ui::time(queued->queuedAt)));
    if (m_detail.offlineAsOf > 0)
        prefix(tr("Offline copy of %1.").arg(ui::dateTime(m_detail.offlineAsOf)));
    if (m_paperAway)
        append(tr("This paper is not on this computer; it can be read when the server is back."));
    m_infoBar->setText(info);
    m_infoBar->setVisible(!info.isEmpty());
}

// A senior officer's call for the file and his watch stand at its top until answered.
void FileDesk::renderCalls()
{
    QStringList lines;
    for (const CallView &c : m_detail.calls) {
        const QString due = c.dueDate.toString(QStringLiteral("dd.MM.yyyy"));
        QString line = c.kind == QLatin1String("call")
                           ? tr("<b>%1 calls for this file</b> by %2: %3")
                                 .arg(c.byPostCode, due, c.direction.toHtmlEscaped())
                           : tr("<b>%1 watches this file</b> (by %2): %3")
                                 .arg(c.byPostCode, due, c.direction.toHtmlEscaped());
        if (c.daysLate > 0)
            line += QStringLiteral(" — ") + tr("%n day(s) late", nullptr, c.daysLate);
        if (!c.answer.isEmpty())
            line += QStringLiteral("<br>") + tr("Your answer: %1").arg(c.answer.toHtmlEscaped());
        lines << line;
    }
    m_callText->setText(lines.join(QStringLiteral("<br>")));
    m_answerButton->setText(tr("Answer…"));
    m_answerButton->setVisible(isMine());
    m_callBar->setVisible(!lines.isEmpty());
}

void FileDesk::renderHeader()
{
    const FileSummary &s = m_detail.summary;
    m_fileNoLabel->setText(s.fileNo);
    m_subjectLabel->setText(s.subject);
    QStringList facts;
    facts << tr("Status: %1").arg(codes::statusLabel(s.status));
    facts << tr("Priority: %1").arg(codes::priorityLabel(s.priority));
    if (s.grading != Grading::Normal)
        facts << tr("Grading: %1").arg(codes::gradingLabel(s.grading));
    if (s.status != FileStatus::Closed) {
        facts << tr("With: %1").arg(ui::title(s.holderTitleEn, s.holderTitleHi));
        facts << tr("Since: %1").arg(ui::dateTime(s.holderSince));
    }
    if (s.actionAsked != ActionAsked::None)
        facts << tr("Action asked: %1").arg(codes::actionLabel(s.actionAsked));
    if (!m_detail.category.isEmpty())
        facts << ui::categoryLine(m_detail.category, m_detail.referenceNo);
    // The drafts that travel with the file for approval (DFA).
    QStringList awaiting;
    for (const DraftView &d : m_detail.drafts)
        if (d.awaitingApproval())
            awaiting << tr("%1, version %2").arg(d.title()).arg(d.latest()->version);
    if (!awaiting.isEmpty())
        facts << tr("For approval: %1").arg(awaiting.join(QStringLiteral("; ")));
    if (m_detail.approvedAt) {
        // Who approved, from the approving movement (the record of the decision).
        QString by;
        for (const MovementView &m : m_detail.movements)
            if (m.kind == MovementKind::Approve)
                by = ui::title(m.fromTitleEn, m.fromTitleHi);
        facts << (by.isEmpty() ? tr("✔ Approved on %1").arg(ui::dateTime(m_detail.approvedAt))
                               : tr("✔ Approved by %1 on %2").arg(by, ui::dateTime(m_detail.approvedAt)));
    }
    if (!m_detail.delayReason.isEmpty())
        facts << tr("Reason for delay: %1").arg(m_detail.delayReason);
    if (!m_detail.retention.isEmpty())
        facts << tr("Record class %1").arg(m_detail.retention);
    m_factsLabel->setText(facts.join(QStringLiteral("   ·   ")));
}

void FileDesk::renderNoteSheet()
{
    QString html = QStringLiteral("<html><body style='font-size: 11pt;'>");
    html += QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3><div style='color:#506070'>%2</div><hr/>")
                .arg(tr("Note sheet").toHtmlEscaped(), m_detail.summary.fileNo.toHtmlEscaped());
    bool any = false;
    for (const NoteView &n : m_detail.notes) {
        if (n.isDraft())
            continue; // my draft is in the editor; others' drafts are private
        any = true;
        const QString kind = noteKindLabel(n.kind);
        if (!kind.isEmpty())
            html += QStringLiteral("<div style='color:#0b4f8a; font-weight:bold'>%1</div>")
                        .arg(kind.toHtmlEscaped());
        const QStringList paras = paragraphs(n.body);
        int number = n.paraStart;
        html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3'>");
        for (const QString &p : paras) {
            QString text = p.toHtmlEscaped();
            text.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
            html += QStringLiteral("<tr><td width='36' valign='top'><b>%1.</b></td><td>%2</td></tr>")
                        .arg(number > 0 ? QString::number(number++) : QString(), text);
        }
        html += QStringLiteral("</table>");
        html +=
            QStringLiteral("<p align='right' style='margin-top:4px'><b>%1</b><br/>%2<br/>"
                           "<span style='color:#506070'>%3</span>%4</p><hr/>")
                .arg(n.authorName.toHtmlEscaped(), designation(n).toHtmlEscaped(),
                     ui::dateTime(n.frozenAt ? n.frozenAt : n.createdAt).toHtmlEscaped(), signatureMark(n));
    }
    if (!any)
        html +=
            QStringLiteral("<p style='color:#506070'><i>%1</i></p>").arg(tr("No notes yet.").toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    m_noteSheet->setHtml(html);
    m_noteSheet->moveCursor(QTextCursor::End);
}

// The mark of a note's digital signature: who signed, as which post, when; a broken
// one in red, so an altered note cannot pass for a signed one.
QString FileDesk::signatureMark(const NoteView &n) const
{
    switch (n.signature) {
    case NoteView::Signature::Valid:
        return QStringLiteral("<br/><span style='color:#1b6e20'>&#10004; %1</span>")
            .arg(tr("Digitally signed by %1 (%2), %3")
                     .arg(n.authorName, n.authorPostCode, ui::dateTime(n.signedAt))
                     .toHtmlEscaped());
    case NoteView::Signature::Broken:
        return QStringLiteral("<br/><span style='color:#b00020; font-weight:bold'>&#10008; %1</span>")
            .arg(
                tr("Signature broken: this note was altered after it was signed, or the signature is forged.")
                    .toHtmlEscaped());
    case NoteView::Signature::None:
        break;
    }
    return {};
}

// The signature's designation in the reader's language: the post's Hindi title when
// the note was signed under the post's English one.
QString FileDesk::designation(const NoteView &n) const
{
    for (const PostInfo &p : m_session->posts())
        if (p.code == n.authorPostCode && p.titleEn == n.designation)
            return ui::title(p.titleEn, p.titleHi);
    return n.designation;
}

FileDetail FileDesk::printableDetail() const
{
    FileDetail d = m_detail;
    for (NoteView &n : d.notes)
        n.designation = designation(n);
    return d;
}

void FileDesk::fillMovements()
{
    m_movements->clear();
    for (const MovementView &m : m_detail.movements) {
        auto *item = new QTreeWidgetItem(m_movements);
        item->setText(0, ui::dateTime(m.sentAt));
        item->setText(1, codes::movementLabel(m.kind));
        item->setText(2, ui::title(m.fromTitleEn, m.fromTitleHi));
        item->setToolTip(2, tr("%1, by %2").arg(m.fromCode, m.byName));
        item->setText(3, ui::title(m.toTitleEn, m.toTitleHi));
        item->setToolTip(3, m.toCode);
        item->setText(4, m.action == ActionAsked::None ? QString() : codes::actionLabel(m.action));
        item->setText(5, m.remarks);
        item->setToolTip(5, m.remarks);
    }
    m_movements->scrollToBottom();
}

void FileDesk::fillPapers()
{
    const QSignalBlocker block(m_papers);
    const int current = m_papers->currentRow();
    m_papers->clear();
    for (const PaperView &p : m_detail.papers) {
        const int last = p.firstPage + qMax(1, p.pageCount) - 1;
        auto *item = new QListWidgetItem(tr("%1 — %2 (%3), pages %4–%5")
                                             .arg(ui::paperLabel(p), p.subject, p.diaryNo)
                                             .arg(p.firstPage)
                                             .arg(last),
                                         m_papers);
        item->setToolTip(tr("From %1, letter %2 %3").arg(p.sender, p.letterNo, p.letterDate));
        item->setData(Qt::UserRole, p.attachmentSha256);
    }
    // The letters the file issued, after the papers it received.
    for (const DraftView &d : m_detail.drafts) {
        if (!d.issued())
            continue;
        auto *item = new QListWidgetItem(
            tr("Issued %1 — %2 (%3)")
                .arg(d.dispatchNo, d.latest() ? d.latest()->subject : QString(), ui::date(d.issuedAt)),
            m_papers);
        item->setData(Qt::UserRole, d.issuedPdfSha256);
    }
    if (current >= 0 && current < m_papers->count())
        m_papers->setCurrentRow(current);
    // As tall as its papers, up to five; the PDF gets the rest.
    const int rows = qBound(1, m_papers->count(), 5);
    m_papers->setMaximumHeight(rows * (m_papers->fontMetrics().height() + 6) + 2 * m_papers->frameWidth() +
                               4);
}

void FileDesk::fillLinks()
{
    m_links->clear();
    for (const LinkView &l : m_detail.links) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(l.fileNo, l.subject), m_links);
        item->setData(Qt::UserRole, l.fileNo);
    }
}

void FileDesk::showPaper(int index)
{
    if (index < 0 || index >= m_papers->count())
        return;
    if (m_papers->currentRow() != index) {
        m_papers->setCurrentRow(index); // re-enters through currentRowChanged
        return;
    }
    // A paper received (PUC, FR) or a letter issued: both are bytes named by their SHA-256.
    const QString sha = m_papers->item(index)->data(Qt::UserRole).toString();
    const QString title = index < m_detail.papers.size()
                              ? QStringLiteral("%1 %2").arg(ui::paperLabel(m_detail.papers.at(index)),
                                                            m_detail.papers.at(index).diaryNo)
                              : m_papers->item(index)->text().section(QStringLiteral(" — "), 0, 0);
    const quint64 generation = ++m_paperGeneration;
    if (m_paperAway) {
        m_paperAway = false;
        renderInfo();
    }
    // Offline (issue 19): the copy on this computer; its signatures are checked when the server is back.
    auto showCached = [this, sha, title]() {
        if (auto bytes = m_session->cachedPaper(sha)) {
            m_paperSignature->clear();
            m_pdf->setDocument(*bytes, title);
            return true;
        }
        return false;
    };
    if (!m_session->live()) {
        if (!showCached()) {
            m_paperSignature->clear();
            m_pdf->clear();
            m_paperAway = true;
            renderInfo();
        }
        return;
    }
    m_session->worker()->post<CheckedPaper>(
        this,
        [sha](Database &db) {
            SystemClock clock;
            CheckedPaper paper;
            paper.bytes = FileQueries(db, clock).attachment(sha);
            paper.signatures = LetterSignatures(db).check(paper.bytes);
            return paper;
        },
        [this, generation, title](CheckedPaper paper) {
            if (generation != m_paperGeneration)
                return;
            m_paperSignature->setStatus(paper.signatures);
            m_pdf->setDocument(paper.bytes, title);
        },
        [this, generation, showCached](const QString &) {
            if (generation == m_paperGeneration)
                showCached();
        });
}

void FileDesk::showDrafts()
{
    m_sideTabs->setCurrentWidget(m_draftPanel);
}

void FileDesk::onEdited()
{
    if (m_restoring)
        return;
    m_dirty = true;
    m_autosave.edited();
    Q_EMIT draftStateChanged(m_editor->toPlainText());
}

void FileDesk::saveLocally()
{
    if (!m_drafts || !m_loaded)
        return;
    const QString text = m_editor->toPlainText();
    if (text.trimmed() == savedDraft().trimmed() && !m_drafts->load(m_fileNo)) {
        m_dirty = false;
        return;
    }
    if (m_drafts->save(m_fileNo, text, QDateTime::currentMSecsSinceEpoch())) {
        m_dirty = false;
        if (!text.trimmed().isEmpty())
            setDraftStatus(DraftStatus::KeptHere);
    } else {
        setDraftStatus(DraftStatus::NotKept);
    }
}

void FileDesk::noteSaved(const QString &text)
{
    if (m_editor->toPlainText() == text)
        m_dirty = false;
    setDraftStatus(DraftStatus::Saved);
}

void FileDesk::forgetLocalDraft()
{
    if (m_drafts)
        m_drafts->remove(m_fileNo);
    m_restoring = true;
    m_editor->clear();
    m_restoring = false;
    m_dirty = false;
    setDraftStatus(DraftStatus::None);
}

void FileDesk::setDraftStatus(DraftStatus status)
{
    m_draftStatusKind = status;
    m_draftStatusAt = QDateTime::currentMSecsSinceEpoch();
    renderDraftStatus();
}

// Where my note is kept, said again in the new language when it changes.
void FileDesk::renderDraftStatus()
{
    switch (m_draftStatusKind) {
    case DraftStatus::None:
        m_draftStatus->clear();
        break;
    case DraftStatus::KeptHere:
        m_draftStatus->setText(tr("Kept on this computer at %1.").arg(ui::time(m_draftStatusAt)));
        break;
    case DraftStatus::NotKept:
        m_draftStatus->setText(tr("Could not keep your note on this computer (%1).")
                                   .arg(m_drafts ? m_drafts->directory() : QString()));
        break;
    case DraftStatus::Saved:
        m_draftStatus->setText(tr("Saved as your draft at %1.").arg(ui::time(m_draftStatusAt)));
        break;
    }
}

} // namespace nasti
