#include "draftpanel.h"

#include "uiutil.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nasti {

namespace {
QString when(qint64 ms)
{
    return ui::dateTime(ms);
}
} // namespace

QString draftVersionHtml(const DraftView &draft, const DraftVersionView &v)
{
    QString h = QStringLiteral("<h3>") + draft.title().toHtmlEscaped() + QStringLiteral(" — ") +
                DraftPanel::tr("version %1").arg(v.version) + QStringLiteral("</h3>");
    h += QStringLiteral("<p><b>") + DraftPanel::tr("To:") + QStringLiteral("</b><br/>");
    for (const Addressee &a : v.addressees)
        h += a.display().toHtmlEscaped() + QStringLiteral("<br/>");
    h += QStringLiteral("</p><p><b>") + DraftPanel::tr("Subject:") + QStringLiteral("</b> ") +
         v.subject.toHtmlEscaped() + QStringLiteral("</p>");
    if (!v.reference.isEmpty())
        h += QStringLiteral("<p><b>") + DraftPanel::tr("Reference:") + QStringLiteral("</b> ") +
             v.reference.toHtmlEscaped() + QStringLiteral("</p>");
    if (!v.pdfSha256.isEmpty())
        h += QStringLiteral("<p><i>") + DraftPanel::tr("The text is an uploaded PDF.") +
             QStringLiteral("</i></p>");
    else
        h += QStringLiteral("<hr/>") + v.bodyHtml + QStringLiteral("<hr/>");
    if (!v.copyTo.isEmpty()) {
        h += QStringLiteral("<p><b>") + DraftPanel::tr("Copy to:") + QStringLiteral("</b><br/>");
        for (const Addressee &a : v.copyTo)
            h += a.display().toHtmlEscaped() + QStringLiteral("<br/>");
        h += QStringLiteral("</p>");
    }
    h += QStringLiteral("<p style=\"color:#506070\">") +
         DraftPanel::tr("Written by %1 (%2) on %3.")
             .arg(v.authorName.toHtmlEscaped(), v.authorPostCode, when(v.createdAt));
    if (v.approved())
        h += QLatin1Char(' ') + DraftPanel::tr("Approved by %1, %2, on %3.")
                                    .arg(v.approverName.toHtmlEscaped(),
                                         v.approverDesignation.toHtmlEscaped(), when(v.approvedAt));
    h += QStringLiteral("</p>");
    return h;
}

DraftPanel::DraftPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("draftPanel"));
    m_tree = ui::named(new QTreeWidget(this), QStringLiteral("draftTree"), tr("Drafts"));
    m_tree->setColumnCount(4);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setMaximumHeight(170);
    m_preview = ui::named(new QTextBrowser(this), QStringLiteral("draftPreview"), tr("The chosen version"));
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #506070;"));
    m_buttons = new QWidget(this);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_buttons);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree);
    layout->addWidget(m_preview, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this]() {
        showSelected();
        Q_EMIT selectionChanged();
    });
    retranslateUi();
}

void DraftPanel::setActions(const QList<QAction *> &actions)
{
    auto *layout = static_cast<QHBoxLayout *>(m_buttons->layout());
    for (QAction *a : actions) {
        auto *b = new QToolButton(m_buttons);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        layout->addWidget(b);
    }
    layout->addStretch(1);
}

void DraftPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fill();
    }
    QWidget::changeEvent(event);
}

void DraftPanel::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Draft"), tr("Written by"), tr("When"), tr("Status")});
    m_empty->setText(tr("No drafts yet. The holder of the file writes the reply, order or circular here "
                        "(New draft); an officer approves a version; the section issues it."));
}

void DraftPanel::setDrafts(const QList<DraftView> &drafts)
{
    const int draft = selectedDraft() ? selectedDraft()->number : 0;
    const int version = selectedVersion();
    m_drafts = drafts;
    fill();
    if (draft)
        select(draft, version);
    else if (!m_drafts.isEmpty())
        select(m_drafts.last().number);
}

void DraftPanel::fill()
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    m_empty->setVisible(m_drafts.isEmpty());
    for (const DraftView &d : m_drafts) {
        QString status;
        if (d.issued())
            status = tr("Issued as %1 on %2").arg(d.dispatchNo, when(d.issuedAt));
        else if (d.readyToIssue())
            status = tr("Approved (version %1); to be issued").arg(d.latest()->version);
        else
            status = tr("Awaiting approval (version %1)").arg(d.latest() ? d.latest()->version : 0);
        auto *top = new QTreeWidgetItem(m_tree, {d.title(), d.createdByPostCode, when(d.createdAt), status});
        top->setData(0, Qt::UserRole, d.number);
        top->setData(0, Qt::UserRole + 1, 0);
        for (const DraftVersionView &v : d.versions) {
            const QString vs = v.approved() ? tr("approved by %1").arg(v.approverPostCode)
                                            : (&v == d.latest() ? QString() : tr("superseded"));
            auto *child = new QTreeWidgetItem(
                top, {tr("Version %1").arg(v.version),
                      QStringLiteral("%1 (%2)").arg(v.authorName, v.authorPostCode), when(v.createdAt), vs});
            child->setData(0, Qt::UserRole, d.number);
            child->setData(0, Qt::UserRole + 1, v.version);
        }
        top->setExpanded(true);
    }
    showSelected();
}

void DraftPanel::select(int draft, int version)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        if (top->data(0, Qt::UserRole).toInt() != draft)
            continue;
        QTreeWidgetItem *chosen = top;
        for (int j = 0; j < top->childCount(); ++j)
            if (top->child(j)->data(0, Qt::UserRole + 1).toInt() == version)
                chosen = top->child(j);
        m_tree->setCurrentItem(chosen);
        return;
    }
}

const DraftView *DraftPanel::selectedDraft() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return nullptr;
    const int number = item->data(0, Qt::UserRole).toInt();
    for (const DraftView &d : m_drafts)
        if (d.number == number)
            return &d;
    return nullptr;
}

int DraftPanel::selectedVersion() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, Qt::UserRole + 1).toInt() : 0;
}

void DraftPanel::showSelected()
{
    const DraftView *d = selectedDraft();
    if (!d || !d->latest()) {
        m_preview->clear();
        return;
    }
    const int v = selectedVersion();
    const DraftVersionView *version = v ? d->version(v) : d->latest();
    m_preview->setHtml(version ? draftVersionHtml(*d, *version) : QString());
}

} // namespace nasti
