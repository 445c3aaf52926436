#include "forwarddialog.h"

#include "dateinput.h"
#include "uiutil.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace nasti {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;
} // namespace

ForwardDialog::ForwardDialog(Mode mode, const QList<PostInfo> &posts,
                             const QList<DepartmentInfo> &departments, const Session &session,
                             const FileDetail &file, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_posts(posts), m_departments(departments), m_session(session),
      m_file(file)
{
    setObjectName(QStringLiteral("forwardDialog"));
    resize(760, 620);
    if (const PostRef *holder = session.post(file.summary.holderPostId))
        m_reportsTo = holder->reportsTo;
    for (const PostInfo &p : m_posts)
        if (p.id == file.summary.holderPostId)
            m_ownDepartment = p.departmentCode;

    m_fileLabel = new QLabel(this);
    m_fileLabel->setWordWrap(true);
    m_toLabel = new QLabel(this);
    m_filter = ui::named(new QLineEdit(this), QStringLiteral("postFilter"), tr("Find a post"));
    m_filter->setClearButtonEnabled(true);
    // Enter in the search never sends: it moves to the list, on the match chosen.
    m_filter->installEventFilter(this);
    m_destination = ui::named(new QLabel(this), QStringLiteral("destinationLabel"), tr("Goes to"));
    m_destination->setWordWrap(true);
    m_destination->setTextFormat(Qt::PlainText);
    m_tree = ui::named(new QTreeWidget(this), QStringLiteral("postTree"), tr("Organisation"));
    m_tree->setColumnCount(3);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_toLabel->setBuddy(m_filter);

    m_action = ui::named(new QComboBox(this), QStringLiteral("actionCombo"), tr("Action asked"));
    m_remarks = ui::named(new QPlainTextEdit(this), QStringLiteral("remarksEdit"), tr("Remarks"));
    m_remarks->setTabChangesFocus(true);
    m_remarks->setMaximumHeight(90);
    m_dueCheck = ui::named(new QCheckBox(this), QStringLiteral("dueCheck"), tr("Due date"));
    m_due = ui::named(new QDateEdit(this), QStringLiteral("dueEdit"), tr("Due date"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_due->setDate(Clock::officeDate(QDateTime::currentMSecsSinceEpoch()).addDays(7));
    ui::pairOptionalDate(m_dueCheck, m_due);
    m_actionLabel = new QLabel(this);
    m_actionLabel->setBuddy(m_action);
    m_remarksLabel = new QLabel(this);
    m_remarksLabel->setBuddy(m_remarks);

    auto *form = new QFormLayout;
    form->addRow(m_actionLabel, m_action);
    form->addRow(m_remarksLabel, m_remarks);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_dueCheck);
    dueRow->addWidget(m_due);
    dueRow->addStretch(1);
    form->addRow(QString(), dueRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("sendButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_destination);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ForwardDialog::applyFilter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ForwardDialog::updateOk);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, kCodeRole).toString().isEmpty())
            accept();
    });

    buildTree();
    retranslateUi();
    if (mode == Mode::PutUp) {
        for (const PostInfo &p : m_posts)
            if (p.id == m_reportsTo)
                selectPost(p.code);
        setAction(ActionAsked::Approval);
        m_remarks->setFocus();
    } else {
        m_filter->setFocus();
    }
    updateOk();
}

bool ForwardDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Confirm by sight: the chosen post is shown and focused; a second Enter sends.
            if (QTreeWidgetItem *item = m_tree->currentItem(); item && !item->isHidden()) {
                m_tree->setFocus();
                m_tree->scrollToItem(item);
            }
            return true;
        }
        if (key == Qt::Key_Down) {
            m_tree->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ForwardDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ForwardDialog::retranslateUi()
{
    setWindowTitle(m_mode == Mode::PutUp ? tr("Put up file %1").arg(m_file.summary.fileNo)
                                         : tr("Forward file %1").arg(m_file.summary.fileNo));
    m_fileLabel->setText(
        QStringLiteral("<b>%1</b> — %2")
            .arg(m_file.summary.fileNo.toHtmlEscaped(), m_file.summary.subject.toHtmlEscaped()));
    m_toLabel->setText(tr("&To (type a post, title or name):"));
    m_filter->setPlaceholderText(tr("e.g. US-GAD, Under Secretary, Sharma"));
    m_tree->setHeaderLabels({tr("Post"), tr("Code"), tr("Held by")});
    m_actionLabel->setText(tr("&Action asked:"));
    m_remarksLabel->setText(tr("&Remarks:"));
    m_dueCheck->setText(tr("&Due by"));
    const int current = m_action->currentIndex();
    m_action->clear();
    for (ActionAsked a : {ActionAsked::None, ActionAsked::Approval, ActionAsked::Information,
                          ActionAsked::Comments, ActionAsked::Signature})
        m_action->addItem(a == ActionAsked::None ? tr("(none)") : codes::actionLabel(a), static_cast<int>(a));
    m_action->setCurrentIndex(current < 0 ? 0 : current);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_destination->setAccessibleName(tr("Goes to"));
    m_filter->setAccessibleName(tr("Find a post"));
    m_tree->setAccessibleName(tr("Organisation"));
    m_action->setAccessibleName(tr("Action asked"));
    m_remarks->setAccessibleName(tr("Remarks"));
    m_dueCheck->setAccessibleName(tr("Due date"));
    m_due->setAccessibleName(tr("Due date"));
    if (m_destination)
        updateOk();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *dept = m_tree->topLevelItem(i);
        for (const DepartmentInfo &d : m_departments)
            if (d.code == dept->data(0, kCodeRole + 10).toString())
                dept->setText(0, ui::title(d.nameEn, d.nameHi));
        for (int j = 0; j < dept->childCount(); ++j) {
            QTreeWidgetItem *item = dept->child(j);
            for (const PostInfo &p : m_posts)
                if (p.code == item->data(0, kCodeRole).toString())
                    item->setText(0, ui::title(p.titleEn, p.titleHi));
        }
    }
}

void ForwardDialog::buildTree()
{
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> departments;
    // The file's own department first: most files move inside it.
    QList<DepartmentInfo> ordered = m_departments;
    std::stable_partition(ordered.begin(), ordered.end(),
                          [this](const DepartmentInfo &d) { return d.code == m_ownDepartment; });
    for (const DepartmentInfo &d : std::as_const(ordered)) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, ui::title(d.nameEn, d.nameHi));
        item->setText(1, d.code);
        item->setData(0, kCodeRole + 10, d.code);
        item->setFlags(Qt::ItemIsEnabled);
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        departments.insert(d.code, item);
    }
    for (const PostInfo &p : m_posts) {
        QTreeWidgetItem *parent = departments.value(p.departmentCode);
        if (!parent)
            continue;
        auto *item = new QTreeWidgetItem(parent);
        item->setText(0, ui::title(p.titleEn, p.titleHi));
        item->setText(1, p.code);
        item->setText(2, p.holderName.isEmpty() ? tr("(vacant)") : p.holderName);
        item->setData(0, kCodeRole, p.code);
        item->setData(
            0, kSearchRole,
            QStringList{p.code, p.titleEn, p.titleHi, p.holderName, p.holderLogin, p.sectionCode}.join(
                QLatin1Char(' ')));
        const bool self = m_session.holds(p.id);
        if (self)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled); // a file cannot go to its own holder
        if (p.id == m_reportsTo)
            item->setToolTip(0, tr("Your reporting officer"));
    }
    m_tree->expandAll();
}

void ForwardDialog::applyFilter(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // The match chosen for the user: the only one, or the first in the file's own
    // department; several matches elsewhere choose nothing (he picks one himself).
    QTreeWidgetItem *ownMatch = nullptr;
    QTreeWidgetItem *onlyMatch = nullptr;
    int matches = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *dept = m_tree->topLevelItem(i);
        bool anyChild = false;
        for (int j = 0; j < dept->childCount(); ++j) {
            QTreeWidgetItem *item = dept->child(j);
            const QString hay = item->data(0, kSearchRole).toString();
            bool match = true;
            for (const QString &w : words)
                if (!hay.contains(w, Qt::CaseInsensitive))
                    match = false;
            item->setHidden(!match);
            if (match) {
                anyChild = true;
                if (item->flags() & Qt::ItemIsEnabled) {
                    ++matches;
                    onlyMatch = item;
                    if (!ownMatch && dept->data(0, kCodeRole + 10).toString() == m_ownDepartment)
                        ownMatch = item;
                }
            }
        }
        dept->setHidden(!anyChild);
    }
    if (words.isEmpty())
        return;
    QTreeWidgetItem *chosen = matches == 1 ? onlyMatch : ownMatch;
    m_tree->setCurrentItem(chosen);
    if (chosen)
        m_tree->scrollToItem(chosen);
    updateOk();
}

void ForwardDialog::updateOk()
{
    const QString code = selectedPostCode();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!code.isEmpty());
    // The button and the line above it name the post: nothing goes anywhere unseen.
    if (code.isEmpty()) {
        ok->setText(m_mode == Mode::PutUp ? tr("&Put up") : tr("&Forward"));
        m_destination->setText(tr("Choose the post the file goes to."));
        return;
    }
    ok->setText(m_mode == Mode::PutUp ? tr("&Put up to %1").arg(code) : tr("&Forward to %1").arg(code));
    for (const PostInfo &p : m_posts)
        if (p.code == code) {
            QString dept = p.departmentCode;
            for (const DepartmentInfo &d : m_departments)
                if (d.code == p.departmentCode)
                    dept = ui::title(d.nameEn, d.nameHi);
            m_destination->setText(tr("Goes to: %1 (%2), %3 — %4")
                                       .arg(ui::title(p.titleEn, p.titleHi), p.code, dept,
                                            p.holderName.isEmpty() ? tr("vacant") : p.holderName));
        }
}

QString ForwardDialog::selectedPostCode() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || item->isHidden() || !(item->flags() & Qt::ItemIsEnabled))
        return {};
    return item->data(0, kCodeRole).toString();
}

bool ForwardDialog::selectPost(const QString &code)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *dept = m_tree->topLevelItem(i);
        for (int j = 0; j < dept->childCount(); ++j)
            if (dept->child(j)->data(0, kCodeRole).toString() == code &&
                (dept->child(j)->flags() & Qt::ItemIsEnabled)) {
                m_tree->setCurrentItem(dept->child(j));
                m_tree->scrollToItem(dept->child(j));
                return true;
            }
    }
    return false;
}

void ForwardDialog::setFilter(const QString &text)
{
    m_filter->setText(text);
}

void ForwardDialog::setRemarks(const QString &text)
{
    m_remarks->setPlainText(text);
}

void ForwardDialog::setAction(ActionAsked action)
{
    const int i = m_action->findData(static_cast<int>(action));
    if (i >= 0)
        m_action->setCurrentIndex(i);
}

ForwardRequest ForwardDialog::request() const
{
    ForwardRequest r;
    r.fileNo = m_file.summary.fileNo;
    const QString code = selectedPostCode();
    qint64 id = 0;
    for (const PostInfo &p : m_posts)
        if (p.code == code)
            id = p.id;
    if (m_mode == Mode::PutUp && id && id == m_reportsTo) {
        r.target = ForwardRequest::Target::Up;
    } else {
        r.target = ForwardRequest::Target::ToPost;
        r.toPostCode = code;
    }
    r.action = static_cast<ActionAsked>(m_action->currentData().toInt());
    r.remarks = m_remarks->toPlainText().trimmed();
    if (m_dueCheck->isChecked())
        r.dueDate = m_due->date();
    r.expectedVersion = m_file.summary.version;
    return r;
}

} // namespace nasti
