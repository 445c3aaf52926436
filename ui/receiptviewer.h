#pragma once

#include "services/filequeries.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace nasti {

class PdfView;
class QueryWorker;
class SignatureBanner;

// One receipt (dak) opened from the receipts register: what was diarised and the
// letter itself, with the next step at hand (put it into a file, or open a new
// file with it). Not modal: the clerk keeps it beside the file he puts it into.
class ReceiptViewer : public QDialog
{
    Q_OBJECT
public:
    ReceiptViewer(QueryWorker *worker, const ReceiptView &receipt, bool mayAct, QWidget *parent = nullptr);

    const ReceiptView &receipt() const { return m_receipt; }
    PdfView *pdfView() const { return m_pdf; }
    SignatureBanner *signatureBanner() const { return m_signature; }
    // The acknowledgement for the sender (A4 PDF with the diary number); false with the
    // reason in *error when it cannot be written.
    bool saveAcknowledgement(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    void putIntoFileRequested(const QString &diaryNo);
    void newFileRequested(const QString &diaryNo);
    void openFileRequested(const QString &fileNo);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ReceiptView m_receipt;
    QLabel *m_facts = nullptr;
    PdfView *m_pdf = nullptr;
    SignatureBanner *m_signature = nullptr;
    QPushButton *m_put = nullptr;
    QPushButton *m_newFile = nullptr;
    QPushButton *m_openFile = nullptr;
    QPushButton *m_ack = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace nasti
