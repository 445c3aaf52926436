#include "draftdialogs.h"

#include "letters/versiondiff.h"
#include "uiutil.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QTextTable>
#include <QToolBar>
#include <QVBoxLayout>

namespace nasti {

AddresseeTable::AddresseeTable(const QList<std::pair<QString, QString>> &sections, QWidget *parent)
    : QWidget(parent), m_sections(sections)
{
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Address or e-mail"), tr("Sent"), tr("Section (through Nasti)")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(90);
    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    add->setObjectName(QStringLiteral("addAddressee"));
    remove->setObjectName(QStringLiteral("removeAddressee"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this]() {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this]() {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &AddresseeTable::changed);
}

void AddresseeTable::addRow(const Addressee &a)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(a.name));
    m_table->setItem(row, 1, new QTableWidgetItem(a.address));
    auto *mode = new QComboBox(m_table);
    for (const QString &code : dispatchmodes::codes())
        mode->addItem(dispatchmodes::label(code), code);
    mode->setCurrentIndex(qMax(0, mode->findData(a.mode)));
    auto *section = new QComboBox(m_table);
    section->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    section->addItem(QString(), QString());
    for (const auto &[code, label] : m_sections)
        section->addItem(label, code);
    section->setCurrentIndex(qMax(0, section->findData(a.section)));
    section->setEnabled(a.mode == QLatin1String("nasti"));
    m_table->setCellWidget(row, 2, mode);
    m_table->setCellWidget(row, 3, section);
    connect(mode, &QComboBox::currentIndexChanged, this, [this, mode, section]() {
        const bool nasti = mode->currentData().toString() == QLatin1String("nasti");
        section->setEnabled(nasti);
        if (!nasti)
            section->setCurrentIndex(0);
        Q_EMIT changed();
    });
    connect(section, &QComboBox::currentIndexChanged, this, [this, section]() {
        // Through Nasti to a section: its name is the addressee's, unless one was typed.
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_table->cellWidget(r, 3) == section && m_table->item(r, 0)->text().trimmed().isEmpty() &&
                section->currentIndex() > 0)
                m_table->item(r, 0)->setText(section->currentText());
        Q_EMIT changed();
    });
    Q_EMIT changed();
}

void AddresseeTable::setAddressees(const QList<Addressee> &list)
{
    m_table->setRowCount(0);
    for (const Addressee &a : list)
        addRow(a);
}

QList<Addressee> AddresseeTable::addressees() const
{
    QList<Addressee> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        Addressee a;
        a.name = m_table->item(r, 0) ? m_table->item(r, 0)->text().trimmed() : QString();
        a.address = m_table->item(r, 1) ? m_table->item(r, 1)->text().trimmed() : QString();
        a.mode = static_cast<QComboBox *>(m_table->cellWidget(r, 2))->currentData().toString();
        a.section = static_cast<QComboBox *>(m_table->cellWidget(r, 3))->currentData().toString();
        if (a.name.isEmpty() && a.address.isEmpty() && a.section.isEmpty())
            continue; // an empty row is no addressee
        out << a;
    }
    return out;
}

DraftEditorDialog::DraftEditorDialog(const Spec &spec, QWidget *parent) : QDialog(parent), m_spec(spec)
{
    setObjectName(QStringLiteral("draftEditor"));
    setWindowTitle(
        spec.draftNumber
            ? tr("Draft %1 of %2 — version %3").arg(spec.draftNumber).arg(spec.fileNo).arg(spec.nextVersion)
            : tr("New draft in %1").arg(spec.fileNo));
    m_kind = ui::named(new QComboBox(this), QStringLiteral("draftKind"), tr("Kind of draft"));
    for (const QString &code : draftkinds::codes())
        m_kind->addItem(draftkinds::label(code), code);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(spec.kind)));
    m_language = ui::named(new QComboBox(this), QStringLiteral("draftLanguage"), tr("Language"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Hindi"), QStringLiteral("hi"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(spec.language)));
    m_kind->setEnabled(spec.draftNumber == 0);
    m_language->setEnabled(spec.draftNumber == 0);
    m_subject =
        ui::named(new QLineEdit(spec.content.subject, this), QStringLiteral("draftSubject"), tr("Subject"));
    m_subject->setMaxLength(500);
    m_to = new AddresseeTable(spec.sections, this);
    m_to->setObjectName(QStringLiteral("draftTo"));
    m_to->setAddressees(spec.content.addressees);
    if (spec.content.addressees.isEmpty())
        m_to->addRow();
    m_copies = new AddresseeTable(spec.sections, this);
    m_copies->setObjectName(QStringLiteral("draftCopyTo"));
    m_copies->setAddressees(spec.content.copyTo);
    m_reference = ui::named(new QLineEdit(spec.content.reference, this), QStringLiteral("draftReference"),
                            tr("Reference"));

    m_body = ui::named(new QTextEdit(this), QStringLiteral("draftBody"), tr("Text of the draft"));
    m_body->setAcceptRichText(true);
    m_body->setMinimumHeight(220);
    if (!spec.content.bodyHtml.isEmpty())
        m_body->setHtml(spec.content.bodyHtml);
    auto *tools = new QToolBar(this);
    tools->setObjectName(QStringLiteral("draftTools"));
    const auto toggle = [this, tools](const QString &text, const QString &name, auto apply) {
        QAction *a = tools->addAction(text);
        a->setObjectName(name);
        a->setCheckable(true);
        connect(a, &QAction::triggered, this, [this, apply](bool on) {
            QTextCharFormat f;
            apply(f, on);
            m_body->mergeCurrentCharFormat(f);
            m_body->setFocus();
        });
        return a;
    };
    QAction *bold = toggle(tr("Bold"), QStringLiteral("draftBold"), [](QTextCharFormat &f, bool on) {
        f.setFontWeight(on ? QFont::Bold : QFont::Normal);
    });
    QAction *italic = toggle(tr("Italic"), QStringLiteral("draftItalic"),
                             [](QTextCharFormat &f, bool on) { f.setFontItalic(on); });
    QAction *underline = toggle(tr("Underline"), QStringLiteral("draftUnderline"),
                                [](QTextCharFormat &f, bool on) { f.setFontUnderline(on); });
    bold->setShortcut(QKeySequence::Bold);
    italic->setShortcut(QKeySequence::Italic);
    underline->setShortcut(QKeySequence::Underline);
    tools->addSeparator();
    QAction *numbered = tools->addAction(tr("Numbered list"));
    numbered->setObjectName(QStringLiteral("draftNumbered"));
    connect(numbered, &QAction::triggered, this, [this]() {
        m_body->textCursor().createList(QTextListFormat::ListDecimal);
        m_body->setFocus();
    });
    QAction *bullets = tools->addAction(tr("Bulleted list"));
    connect(bullets, &QAction::triggered, this, [this]() {
        m_body->textCursor().createList(QTextListFormat::ListDisc);
        m_body->setFocus();
    });
    QAction *table = tools->addAction(tr("Table"));
    table->setObjectName(QStringLiteral("draftTable"));
    connect(table, &QAction::triggered, this, [this]() {
        QTextTableFormat f;
        f.setBorder(1);
        f.setCellPadding(4);
        f.setCellSpacing(0);
        f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        m_body->textCursor().insertTable(3, 3, f);
        m_body->setFocus();
    });
    connect(m_body, &QTextEdit::currentCharFormatChanged, this,
            [bold, italic, underline](const QTextCharFormat &f) {
                bold->setChecked(f.fontWeight() >= QFont::Bold);
                italic->setChecked(f.fontItalic());
                underline->setChecked(f.fontUnderline());
            });
    tools->addSeparator();
    QAction *upload = tools->addAction(tr("Upload a PDF instead…"));
    upload->setObjectName(QStringLiteral("draftUploadPdf"));
    connect(upload, &QAction::triggered, this, &DraftEditorDialog::choosePdf);
    m_pdfLabel = new QLabel(this);
    m_pdfLabel->setObjectName(QStringLiteral("draftPdfLabel"));
    m_pdfLabel->hide();

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("draftProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(spec.draftNumber ? tr("Save version %1").arg(spec.nextVersion) : tr("Save draft"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kind, 1);
    kindRow->addWidget(new QLabel(tr("Language:"), this));
    kindRow->addWidget(m_language);
    form->addRow(tr("Kind:"), kindRow);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(tr("Copy to:"), m_copies);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(tools);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_pdfLabel);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(900, 720);

    connect(m_subject, &QLineEdit::textChanged, this, &DraftEditorDialog::validate);
    connect(m_to, &AddresseeTable::changed, this, &DraftEditorDialog::validate);
    connect(m_copies, &AddresseeTable::changed, this, &DraftEditorDialog::validate);
    connect(m_body, &QTextEdit::textChanged, this, &DraftEditorDialog::validate);
    validate();
}

QString DraftEditorDialog::kind() const
{
    return m_kind->currentData().toString();
}

QString DraftEditorDialog::language() const
{
    return m_language->currentData().toString();
}

DraftContent DraftEditorDialog::content() const
{
    DraftContent c;
    c.subject = m_subject->text().trimmed();
    c.addressees = m_to->addressees();
    c.copyTo = m_copies->addressees();
    c.reference = m_reference->text().trimmed();
    if (!m_pdf.isEmpty()) {
        c.pdf = m_pdf;
        c.pdfFileName = m_pdfName;
    } else {
        c.bodyHtml = m_body->toHtml();
    }
    return c;
}

void DraftEditorDialog::setPdf(const QByteArray &bytes, const QString &fileName)
{
    m_pdf = bytes;
    m_pdfName = fileName;
    m_pdfLabel->setText(tr("The draft is the uploaded PDF %1 (%2 KB); the text above is not used.")
                            .arg(fileName)
                            .arg(bytes.size() / 1024));
    m_pdfLabel->setVisible(!bytes.isEmpty());
    m_body->setEnabled(bytes.isEmpty());
    validate();
}

void DraftEditorDialog::choosePdf()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Upload the draft as a PDF"), QString(),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 25 * 1024 * 1024) {
        m_problem->setText(tr("%1 cannot be read or is larger than 25 MB.").arg(QFileInfo(path).fileName()));
        return;
    }
    setPdf(f.readAll(), QFileInfo(path).fileName());
}

void DraftEditorDialog::validate()
{
    QString problem;
    const QList<Addressee> to = m_to->addressees();
    if (m_subject->text().trimmed().isEmpty())
        problem = tr("Give the subject.");
    else if (to.isEmpty())
        problem = tr("Add at least one addressee.");
    else if (m_pdf.isEmpty() && m_body->toPlainText().trimmed().isEmpty())
        problem = tr("Write the text of the draft, or upload it as a PDF.");
    else
        for (const QList<Addressee> &list : {to, m_copies->addressees()})
            for (const Addressee &a : list) {
                if (problem.isEmpty() && a.name.isEmpty())
                    problem = tr("Every addressee needs a name.");
                if (problem.isEmpty() && a.mode == QLatin1String("nasti") && a.section.isEmpty())
                    problem = tr("“%1” is sent through Nasti: choose the section.").arg(a.name);
                if (problem.isEmpty() && a.mode == QLatin1String("email") &&
                    !a.address.contains(QLatin1Char('@')))
                    problem = tr("“%1” is sent by e-mail: give the e-mail address.").arg(a.name);
            }
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

DraftCompareDialog::DraftCompareDialog(const DraftView &draft, int older, int newer, QWidget *parent)
    : QDialog(parent), m_draft(draft)
{
    setObjectName(QStringLiteral("draftCompare"));
    setWindowTitle(tr("%1 — compare versions").arg(draft.title()));
    m_olderChoice = ui::named(new QComboBox(this), QStringLiteral("olderVersion"), tr("Older version"));
    m_newerChoice = ui::named(new QComboBox(this), QStringLiteral("newerVersion"), tr("Newer version"));
    for (const DraftVersionView &v : draft.versions) {
        const QString label = tr("Version %1 — %2 (%3)").arg(v.version).arg(v.authorName, v.authorPostCode);
        m_olderChoice->addItem(label, v.version);
        m_newerChoice->addItem(label, v.version);
    }
    m_olderChoice->setCurrentIndex(qMax(0, m_olderChoice->findData(older)));
    m_newerChoice->setCurrentIndex(qMax(0, m_newerChoice->findData(newer)));
    m_older = ui::named(new QTextBrowser(this), QStringLiteral("olderText"), tr("Older version"));
    m_newer = ui::named(new QTextBrowser(this), QStringLiteral("newerText"), tr("Newer version"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_olderChoice, 1);
    choices->addWidget(m_newerChoice, 1);
    auto *views = new QHBoxLayout;
    views->addWidget(m_older, 1);
    views->addWidget(m_newer, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addLayout(views, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(1100, 680);
    connect(m_olderChoice, &QComboBox::currentIndexChanged, this, &DraftCompareDialog::compare);
    connect(m_newerChoice, &QComboBox::currentIndexChanged, this, &DraftCompareDialog::compare);
    compare();
}

void DraftCompareDialog::compare()
{
    const DraftVersionView *a = m_draft.version(m_olderChoice->currentData().toInt());
    const DraftVersionView *b = m_draft.version(m_newerChoice->currentData().toInt());
    if (!a || !b)
        return;
    const VersionDiff diff = VersionDiff::compare(*a, *b);
    m_older->setHtml(diff.olderHtml);
    m_newer->setHtml(diff.newerHtml);
    m_summary->setText(tr("%n word(s) removed", nullptr, diff.removedWords) + QStringLiteral(", ") +
                       tr("%n word(s) added", nullptr, diff.addedWords) + QLatin1Char('.'));
}

} // namespace nasti
