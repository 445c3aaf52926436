#include "dialogs.h"

#include "dateinput.h"
#include "pdf/pdfview.h"
#include "pdf/popplerinspector.h"
#include "uiutil.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nasti {

namespace {
QLabel *problemLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("problemLabel"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    l->hide();
    return l;
}

void fillPriority(QComboBox *box)
{
    for (Priority p : {Priority::Normal, Priority::Priority, Priority::TopPriority, Priority::Immediate})
        box->addItem(codes::priorityLabel(p), static_cast<int>(p));
}

void fillGrading(QComboBox *box)
{
    for (Grading g : {Grading::Normal, Grading::Confidential, Grading::Secret, Grading::TopSecret})
        box->addItem(codes::gradingLabel(g), static_cast<int>(g));
}
// The reference category (none first) and its number, enabled only with a category.

QHBoxLayout *categoryRow(QWidget *parent, QComboBox **category, QLineEdit **referenceNo)
{
    *category = ui::named(new QComboBox(parent), QStringLiteral("categoryCombo"),
                          QCoreApplication::translate("nasti::NewFileDialog", "Reference category"));
    (*category)->addItem(QCoreApplication::translate("nasti::NewFileDialog", "(none)"), QString());
    for (const QString &code : ui::categoryCodes())
        (*category)->addItem(ui::categoryLabel(code), code);
    *referenceNo = ui::named(new QLineEdit(parent), QStringLiteral("referenceNoEdit"),
                             QCoreApplication::translate("nasti::NewFileDialog", "Reference number"));
    (*referenceNo)->setMaxLength(60);
    (*referenceNo)
        ->setPlaceholderText(QCoreApplication::translate("nasti::NewFileDialog", "its reference number"));
    (*referenceNo)->setEnabled(false);
    QLineEdit *edit = *referenceNo;
    QObject::connect(*category, &QComboBox::currentIndexChanged, edit, [edit](int i) {
        edit->setEnabled(i > 0);
        if (i > 0)
            edit->setFocus();
    });
    auto *row = new QHBoxLayout;
    row->addWidget(*category);
    row->addWidget(*referenceNo, 1);
    return row;
}

// Empty when the category and its number go together; else what is missing.
QString categoryProblem(const QComboBox *category, const QLineEdit *referenceNo)
{
    if (category->currentIndex() > 0 && referenceNo->text().trimmed().isEmpty())
        return QCoreApplication::translate("nasti::NewFileDialog", "Enter the reference number of the %1.")
            .arg(category->currentText());
    return {};
}

void selectCategory(QComboBox *category, QLineEdit *referenceNo, const QString &code, const QString &number)
{
    category->setCurrentIndex(qMax(0, category->findData(code)));
    referenceNo->setText(code.isEmpty() ? QString() : number);
}
} // namespace

// --- ActionDialog -----------------------------------------------------------

ActionDialog::ActionDialog(const Spec &spec, QWidget *parent) : QDialog(parent), m_spec(spec)
{
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(spec.title);
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *prompt = new QLabel(spec.prompt, this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    auto *form = new QFormLayout;
    if (!spec.fileNoLabel.isEmpty()) {
        m_fileNo = ui::named(new QLineEdit(this), QStringLiteral("fileNoEdit"), spec.fileNoLabel);
        form->addRow(spec.fileNoLabel, m_fileNo);
        connect(m_fileNo, &QLineEdit::textChanged, this, &ActionDialog::validate);
    }
    if (!spec.choices.isEmpty()) {
        m_choice = ui::named(new QComboBox(this), QStringLiteral("choiceCombo"), spec.choiceLabel);
        for (const auto &[code, label] : spec.choices)
            m_choice->addItem(label, code);
        form->addRow(spec.choiceLabel, m_choice);
    }
    if (!spec.dateLabel.isEmpty()) {
        m_date = ui::named(new QDateEdit(this), QStringLiteral("dateEdit"), spec.dateLabel);
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
        m_date->setMinimumDate(spec.earliestDate);
        m_date->setDate(spec.earliestDate);
        form->addRow(spec.dateLabel, m_date);
    }
    if (spec.withRemarks) {
        m_remarks = ui::named(new QPlainTextEdit(this), QStringLiteral("remarksEdit"), tr("Remarks"));
        m_remarks->setTabChangesFocus(true);
        m_remarks->setMaximumHeight(120);
        form->addRow(spec.remarksRequired ? tr("Remarks (required):") : tr("Remarks:"), m_remarks);
        connect(m_remarks, &QPlainTextEdit::textChanged, this, &ActionDialog::validate);
    }
    layout->addLayout(form);
    m_problem = problemLabel(this);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(spec.okText);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void ActionDialog::validate()
{
    bool ok = true;
    if (m_remarks && m_spec.remarksRequired && m_remarks->toPlainText().trimmed().isEmpty())
        ok = false;
    if (m_fileNo && m_fileNo->text().trimmed().isEmpty())
        ok = false;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

QString ActionDialog::remarks() const
{
    return m_remarks ? m_remarks->toPlainText().trimmed() : QString();
}

QDate ActionDialog::date() const
{
    return m_date ? m_date->date() : QDate();
}

void ActionDialog::setDate(const QDate &date)
{
    if (m_date)
        m_date->setDate(date);
}

QString ActionDialog::choice() const
{
    return m_choice ? m_choice->currentData().toString() : QString();
}

QString ActionDialog::fileNo() const
{
    return m_fileNo ? m_fileNo->text().trimmed() : QString();
}

void ActionDialog::setRemarks(const QString &text)
{
    if (m_remarks)
        m_remarks->setPlainText(text);
}

void ActionDialog::setFileNo(const QString &text)
{
    if (m_fileNo)
        m_fileNo->setText(text);
}

void ActionDialog::setChoice(const QString &code)
{
    if (m_choice)
        m_choice->setCurrentIndex(qMax(0, m_choice->findData(code)));
}

// --- NewFileDialog ----------------------------------------------------------

NewFileDialog::NewFileDialog(const QList<SectionInfo> &sections, const QList<ReceiptView> &unfiled,
                             const Session &session, QWidget *parent)
    : QDialog(parent), m_unfiled(unfiled)
{
    setObjectName(QStringLiteral("newFileDialog"));
    setWindowTitle(tr("Open a new file"));
    setMinimumWidth(560);
    m_section = ui::named(new QComboBox(this), QStringLiteral("sectionCombo"), tr("Section"));
    QSet<qint64> mySections, myDepartments;
    for (const PostRef &p : session.posts) {
        mySections.insert(p.sectionId);
        myDepartments.insert(p.departmentId);
    }
    for (const SectionInfo &s : sections)
        if (mySections.contains(s.id) || myDepartments.contains(s.departmentId))
            m_section->addItem(QStringLiteral("%1 — %2").arg(s.code, ui::title(s.nameEn, s.nameHi)), s.code);
    for (int i = 0; i < sections.size(); ++i)
        if (mySections.contains(sections.at(i).id)) {
            m_section->setCurrentIndex(qMax(0, m_section->findData(sections.at(i).code)));
            break;
        }
    m_subject = ui::named(new QLineEdit(this), QStringLiteral("subjectEdit"), tr("Subject"));
    m_subject->setMaxLength(500);
    m_priority = ui::named(new QComboBox(this), QStringLiteral("priorityCombo"), tr("Priority"));
    fillPriority(m_priority);
    m_grading = ui::named(new QComboBox(this), QStringLiteral("gradingCombo"), tr("Security grading"));
    fillGrading(m_grading);
    m_receipt = ui::named(new QComboBox(this), QStringLiteral("receiptCombo"), tr("Receipt"));
    m_receipt->addItem(tr("(none — a file without a receipt)"), QString());
    for (const ReceiptView &r : unfiled)
        m_receipt->addItem(QStringLiteral("%1 — %2").arg(r.diaryNo, r.subject), r.diaryNo);
    m_dueCheck = ui::named(new QCheckBox(tr("Due by"), this), QStringLiteral("fileDueCheck"), tr("Due date"));
    m_due = ui::named(new QDateEdit(this), QStringLiteral("fileDueEdit"), tr("Due date"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_due->setDate(Clock::officeDate(QDateTime::currentMSecsSinceEpoch()).addDays(15));
    ui::pairOptionalDate(m_dueCheck, m_due);
    QHBoxLayout *category = categoryRow(this, &m_category, &m_referenceNo);
    connect(m_receipt, &QComboBox::currentIndexChanged, this, [this](int i) {
        // The subject of the letter is a good start for the subject of the file,
        // and the file takes over the letter's reference category.
        const ReceiptView r = i > 0 ? m_unfiled.value(i - 1) : ReceiptView();
        if (i > 0 && m_subject->text().trimmed().isEmpty())
            m_subject->setText(r.subject);
        if (!r.category.isEmpty() && m_category->currentIndex() == 0)
            selectCategory(m_category, m_referenceNo, r.category, r.referenceNo);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Section:"), m_section);
    form->addRow(tr("S&ubject:"), m_subject);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("&Grading:"), m_grading);
    form->addRow(tr("&Receipt:"), m_receipt);
    {
        // A label with a buddy, so "&t" is a mnemonic, not a literal ampersand.
        auto *label = new QLabel(tr("Ca&tegory:"), this);
        label->setBuddy(m_category);
        form->addRow(label, category);
    }
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_dueCheck);
    dueRow->addWidget(m_due);
    dueRow->addStretch(1);
    form->addRow(QString(), dueRow);
    m_problem = problemLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open file"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewFileDialog::validate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void NewFileDialog::validate()
{
    if (m_section->currentIndex() < 0) {
        m_problem->setText(tr("You hold no post in any section; a file cannot be opened."));
        m_problem->show();
        return;
    }
    if (m_subject->text().trimmed().isEmpty()) {
        m_problem->setText(tr("The subject is empty; every file needs a subject."));
        m_problem->show();
        m_subject->setFocus();
        return;
    }
    if (const QString problem = categoryProblem(m_category, m_referenceNo); !problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        m_referenceNo->setFocus();
        return;
    }
    accept();
}

CreateFileRequest NewFileDialog::request() const
{
    CreateFileRequest r;
    r.sectionCode = m_section->currentData().toString();
    r.subject = m_subject->text().trimmed();
    r.priority = static_cast<Priority>(m_priority->currentData().toInt());
    r.grading = static_cast<Grading>(m_grading->currentData().toInt());
    if (m_dueCheck->isChecked())
        r.dueDate = m_due->date();
    if (m_category->currentIndex() > 0) {
        r.category = m_category->currentData().toString();
        r.referenceNo = m_referenceNo->text().trimmed();
    }
    return r;
}

void NewFileDialog::setCategory(const QString &code, const QString &referenceNo)
{
    selectCategory(m_category, m_referenceNo, code, referenceNo);
}

QString NewFileDialog::receiptDiaryNo() const
{
    return m_receipt->currentData().toString();
}

void NewFileDialog::setSubject(const QString &text)
{
    m_subject->setText(text);
}

void NewFileDialog::setReceipt(const QString &diaryNo)
{
    const int i = m_receipt->findData(diaryNo);
    if (i >= 0)
        m_receipt->setCurrentIndex(i);
}

// --- DiariseDialog ----------------------------------------------------------

DiariseDialog::DiariseDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("diariseDialog"));
    setWindowTitle(tr("Diarise a receipt"));
    setMinimumWidth(600);
    setAcceptDrops(true);

    m_dropZone = new QLabel(this);
    m_dropZone->setObjectName(QStringLiteral("dropZone"));
    m_dropZone->setAlignment(Qt::AlignCenter);
    m_dropZone->setWordWrap(true);
    m_dropZone->setMinimumHeight(70);
    m_dropZone->setStyleSheet(
        QStringLiteral("border: 2px dashed #8aa0b8; border-radius: 6px; padding: 8px; background: #f5f8fb;"));
    m_dropZone->setText(tr("Drop the letter (PDF) here, or choose it."));
    auto *choose = ui::named(new QPushButton(tr("&Choose PDF…"), this), QStringLiteral("choosePdfButton"),
                             tr("Choose PDF"));
    connect(choose, &QPushButton::clicked, this, &DiariseDialog::choosePdf);

    m_sender = ui::named(new QLineEdit(this), QStringLiteral("senderEdit"), tr("Sender"));
    m_letterNo = ui::named(new QLineEdit(this), QStringLiteral("letterNoEdit"), tr("Letter number"));
    m_letterDateCheck =
        ui::named(new QCheckBox(this), QStringLiteral("letterDateCheck"), tr("Letter date known"));
    // Not today by default: a letter is dated when it was written, which the clerk
    // reads off the letter; until he enters it, no date is recorded.
    m_letterDateCheck->setChecked(false);
    m_letterDate = ui::named(new QDateEdit(this), QStringLiteral("letterDateEdit"), tr("Letter date"));
    m_letterDate->setCalendarPopup(true);
    m_letterDate->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_letterDate->setMaximumDate(Clock::officeDate(QDateTime::currentMSecsSinceEpoch()));
    m_letterDate->setDate(Clock::officeDate(QDateTime::currentMSecsSinceEpoch()));
    ui::pairOptionalDate(m_letterDateCheck, m_letterDate);
    m_subject = ui::named(new QLineEdit(this), QStringLiteral("subjectEdit"), tr("Subject"));
    m_grading = ui::named(new QComboBox(this), QStringLiteral("gradingCombo"), tr("Security grading"));
    fillGrading(m_grading);
    QHBoxLayout *category = categoryRow(this, &m_category, &m_referenceNo);
    m_openFile = ui::named(new QCheckBox(tr("Then open a &new file with this receipt"), this),
                           QStringLiteral("openFileCheck"), tr("Open a new file with this receipt"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Sender:"), m_sender);
    form->addRow(tr("&Letter number:"), m_letterNo);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_letterDateCheck);
    dateRow->addWidget(m_letterDate);
    dateRow->addStretch(1);
    // A label with a buddy, so "&d" is a mnemonic, not a literal ampersand.
    auto *dateLabel = new QLabel(tr("Letter &date:"), this);
    dateLabel->setBuddy(m_letterDate);
    form->addRow(dateLabel, dateRow);
    form->addRow(tr("S&ubject:"), m_subject);
    form->addRow(tr("&Grading:"), m_grading);
    {
        // A label with a buddy, so "&t" is a mnemonic, not a literal ampersand.
        auto *label = new QLabel(tr("Ca&tegory:"), this);
        label->setBuddy(m_category);
        form->addRow(label, category);
    }
    form->addRow(QString(), m_openFile);

    m_problem = problemLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Diarise"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *drop = new QHBoxLayout;
    drop->addWidget(m_dropZone, 1);
    drop->addWidget(choose);
    // The letter beside the form: the clerk copies sender, number and date from it.
    m_preview = new PdfView(this);
    m_preview->setObjectName(QStringLiteral("diarisePreview"));
    m_preview->setMinimumWidth(380);
    auto *left = new QVBoxLayout;
    left->addLayout(drop);
    left->addLayout(form);
    left->addWidget(m_problem);
    left->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(1100, 640);
    setSizeGripEnabled(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &DiariseDialog::validate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void DiariseDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString DiariseDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

bool DiariseDialog::setPdfFile(const QString &path)
{
    const QFileInfo info(path);
    m_content.clear();
    m_fileName.clear();
    if (info.size() > maxBytes()) {
        showProblem(tr("%1 is too large (%2); a receipt may be at most %3.")
                        .arg(info.fileName(), QLocale().formattedDataSize(info.size()),
                             QLocale().formattedDataSize(maxBytes())));
        m_dropZone->setText(tr("Drop the letter (PDF) here, or choose it."));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("Cannot read %1: %2").arg(info.fileName(), file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    const DocumentCheck check = PopplerInspector().inspect(bytes);
    if (!check.ok) {
        showProblem(tr("%1 cannot be diarised: %2").arg(info.fileName(), check.problem));
        m_dropZone->setText(tr("Drop the letter (PDF) here, or choose it."));
        return false;
    }
    m_content = bytes;
    m_fileName = info.fileName();
    m_preview->setDocument(bytes, m_fileName);
    m_dropZone->setText(tr("%1 — %n page(s), %2", nullptr, check.pageCount)
                            .arg(m_fileName, QLocale().formattedDataSize(bytes.size())));
    showProblem({});
    return true;
}

void DiariseDialog::choosePdf()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the letter"), QString(), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        setPdfFile(path);
}

void DiariseDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void DiariseDialog::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        setPdfFile(urls.first().toLocalFile());
}

void DiariseDialog::setFields(const QString &sender, const QString &letterNo, const QDate &letterDate,
                              const QString &subject)
{
    m_sender->setText(sender);
    m_letterNo->setText(letterNo);
    if (letterDate.isValid())
        m_letterDate->setDate(letterDate);
    m_letterDateCheck->setChecked(letterDate.isValid());
    m_subject->setText(subject);
}

void DiariseDialog::validate()
{
    if (m_content.isEmpty()) {
        showProblem(tr("Choose the letter (a PDF) first."));
        return;
    }
    if (m_sender->text().trimmed().isEmpty()) {
        showProblem(tr("Enter the sender."));
        m_sender->setFocus();
        return;
    }
    if (m_subject->text().trimmed().isEmpty()) {
        showProblem(tr("Enter the subject of the letter."));
        m_subject->setFocus();
        return;
    }
    if (const QString problem = categoryProblem(m_category, m_referenceNo); !problem.isEmpty()) {
        showProblem(problem);
        m_referenceNo->setFocus();
        return;
    }
    accept();
}

DiariseRequest DiariseDialog::request() const
{
    DiariseRequest r;
    r.content = m_content;
    r.fileName = m_fileName;
    r.sender = m_sender->text().trimmed();
    r.subject = m_subject->text().trimmed();
    r.letterNo = m_letterNo->text().trimmed();
    if (m_letterDateCheck->isChecked())
        r.letterDate = m_letterDate->date();
    r.grading = static_cast<Grading>(m_grading->currentData().toInt());
    if (m_category->currentIndex() > 0) {
        r.category = m_category->currentData().toString();
        r.referenceNo = m_referenceNo->text().trimmed();
    }
    return r;
}

void DiariseDialog::setCategory(const QString &code, const QString &referenceNo)
{
    selectCategory(m_category, m_referenceNo, code, referenceNo);
}

bool DiariseDialog::openNewFile() const
{
    return m_openFile->isChecked();
}

} // namespace nasti
