#include "receiptviewer.h"

#include "client/queryworker.h"
#include "pdf/pdfview.h"
#include "report/acknowledgement.h"
#include "services/lettersignatures.h"
#include "signaturebanner.h"
#include "uiutil.h"
#include "util/clock.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace nasti {

ReceiptViewer::ReceiptViewer(QueryWorker *worker, const ReceiptView &receipt, bool mayAct, QWidget *parent)
    : QDialog(parent), m_receipt(receipt)
{
    setObjectName(QStringLiteral("receiptViewer"));
    setAttribute(Qt::WA_DeleteOnClose);
    setSizeGripEnabled(true);
    resize(900, 700);
    m_facts = ui::named(new QLabel(this), QStringLiteral("receiptFacts"), tr("Receipt"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pdf = new PdfView(this);
    m_pdf->setObjectName(QStringLiteral("receiptPdf"));
    m_signature = new SignatureBanner(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_put = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_put->setObjectName(QStringLiteral("viewerPutButton"));
    m_newFile = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_newFile->setObjectName(QStringLiteral("viewerNewFileButton"));
    m_openFile = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_openFile->setObjectName(QStringLiteral("viewerOpenFileButton"));
    // On request, the sender's acknowledgement with the diary number (issue 17).
    m_ack = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_ack->setObjectName(QStringLiteral("viewerAckButton"));
    // A letter already in a file is opened there; one not yet filed goes into one.
    const bool filed = !receipt.fileNo.isEmpty();
    m_put->setVisible(!filed);
    m_newFile->setVisible(!filed);
    m_put->setEnabled(mayAct);
    m_newFile->setEnabled(mayAct);
    m_openFile->setVisible(filed);
    for (QPushButton *b : {m_put, m_newFile, m_openFile, m_ack})
        b->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_put, &QPushButton::clicked, this, [this]() { Q_EMIT putIntoFileRequested(m_receipt.diaryNo); });
    connect(m_newFile, &QPushButton::clicked, this, [this]() {
        Q_EMIT newFileRequested(m_receipt.diaryNo);
        close();
    });
    connect(m_openFile, &QPushButton::clicked, this, [this]() {
        Q_EMIT openFileRequested(m_receipt.fileNo);
        close();
    });

    connect(m_ack, &QPushButton::clicked, this, [this]() {
        QString name = tr("Acknowledgement %1").arg(m_receipt.diaryNo);
        name.replace(QLatin1Char('/'), QLatin1Char('_'));
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the acknowledgement"), QDir::home().filePath(name + QStringLiteral(".pdf")),
            tr("PDF documents (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !saveAcknowledgement(path, &error))
            ui::showError(this, tr("Acknowledgement not saved"), error);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_facts);
    layout->addWidget(m_signature);
    layout->addWidget(m_pdf, 1);
    layout->addWidget(m_buttons);
    retranslateUi();

    // The letter, and what its digital signatures are worth (checked on the worker).
    worker->post<CheckedPaper>(
        this,
        [sha = receipt.attachmentSha256](Database &db) {
            SystemClock clock;
            CheckedPaper paper;
            paper.bytes = FileQueries(db, clock).attachment(sha);
            paper.signatures = LetterSignatures(db).check(paper.bytes);
            return paper;
        },
        [this](CheckedPaper paper) {
            m_signature->setStatus(paper.signatures);
            m_pdf->setDocument(paper.bytes, m_receipt.diaryNo);
        });
}

bool ReceiptViewer::saveAcknowledgement(const QString &path, QString *error) const
{
    try {
        Acknowledgement::writePdf(m_receipt, path, ui::language() == QLatin1String("hi"));
    } catch (const NastiError &e) {
        if (error)
            *error = e.message();
        return false;
    }
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

void ReceiptViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReceiptViewer::retranslateUi()
{
    const ReceiptView &r = m_receipt;
    setWindowTitle(tr("Receipt %1").arg(r.diaryNo));
    const QDate letterDate = QDate::fromString(r.letterDate, Qt::ISODate);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2").arg(r.diaryNo.toHtmlEscaped(), r.subject.toHtmlEscaped());
    lines << tr("From %1; letter %2 dated %3")
                 .arg(r.sender.toHtmlEscaped(),
                      r.letterNo.isEmpty() ? tr("(no number)") : r.letterNo.toHtmlEscaped(),
                      letterDate.isValid() ? letterDate.toString(QStringLiteral("dd.MM.yyyy"))
                                           : tr("(not given)"));
    lines << tr("Diarised %1 in %2; %n page(s)", nullptr, r.pageCount)
                 .arg(ui::dateTime(r.receivedAt), r.sectionCode.toHtmlEscaped());
    if (!r.category.isEmpty())
        lines << QStringLiteral("<b>%1</b>").arg(ui::categoryLine(r.category, r.referenceNo).toHtmlEscaped());
    lines << (r.fileNo.isEmpty() ? tr("Not yet put into a file.")
                                 : tr("In file %1.").arg(r.fileNo.toHtmlEscaped()));
    m_facts->setText(lines.join(QStringLiteral("<br/>")));
    m_put->setText(tr("&Put into a file…"));
    m_newFile->setText(tr("Open a &new file with it…"));
    m_openFile->setText(tr("&Open file %1").arg(r.fileNo));
    m_ack->setText(tr("&Acknowledgement (PDF)…"));
    m_ack->setToolTip(tr("The sender's acknowledgement: an A4 PDF with the diary number"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
}

} // namespace nasti
