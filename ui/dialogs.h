#pragma once

#include "services/filequeries.h"
#include "services/fileservice.h"
#include "services/orgservice.h"
#include "services/receiptservice.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace nasti {

class PdfView;

// A short action on a file: remarks (required or not), and for some actions a
// choice (retention class) or another file number (link).
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    struct Spec
    {
        QString title, prompt, okText;
        bool remarksRequired = false;
        bool withRemarks = true;
        QString choiceLabel;
        QList<std::pair<QString, QString>> choices; // code, label
        QString fileNoLabel;                        // non-empty: ask for a file number
        QString dateLabel;                          // non-empty: ask for a date after today
        QDate earliestDate;                         // with dateLabel
    };
    ActionDialog(const Spec &spec, QWidget *parent = nullptr);

    QString remarks() const;
    QString choice() const;
    QString fileNo() const;
    QDate date() const;
    void setDate(const QDate &date);
    void setRemarks(const QString &text);
    void setFileNo(const QString &text);
    void setChoice(const QString &code);

private:
    void validate();

    Spec m_spec;
    QPlainTextEdit *m_remarks = nullptr;
    QComboBox *m_choice = nullptr;
    QLineEdit *m_fileNo = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// Opens a new file: section, subject, priority, grading, and optionally the
// receipt it starts from.
class NewFileDialog : public QDialog
{
    Q_OBJECT
public:
    NewFileDialog(const QList<SectionInfo> &sections, const QList<ReceiptView> &unfiled,
                  const Session &session, QWidget *parent = nullptr);

    CreateFileRequest request() const;
    QString receiptDiaryNo() const; // empty: none
    void setSubject(const QString &text);
    void setReceipt(const QString &diaryNo);
    void setCategory(const QString &code, const QString &referenceNo);

private:
    void validate();

    QList<ReceiptView> m_unfiled;
    QComboBox *m_section = nullptr;
    QLineEdit *m_subject = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_grading = nullptr;
    QComboBox *m_receipt = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_referenceNo = nullptr;
    QCheckBox *m_dueCheck = nullptr;
    QDateEdit *m_due = nullptr;
    QLabel *m_problem = nullptr;
};

// Diarises a letter: the PDF (dropped or chosen), sender, letter number and
// date, subject and grading. The PDF is checked here first, so an oversize or
// corrupt file is refused with a clear message before anything is written.
class DiariseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DiariseDialog(QWidget *parent = nullptr);

    // Loads and checks the PDF; false (with the reason shown) when it is refused.
    bool setPdfFile(const QString &path);
    DiariseRequest request() const;
    bool openNewFile() const;
    QString problem() const;
    PdfView *preview() const { return m_preview; }
    void setFields(const QString &sender, const QString &letterNo, const QDate &letterDate,
                   const QString &subject);
    // A reference category code (empty: none) and its number.
    void setCategory(const QString &code, const QString &referenceNo);

    static qint64 maxBytes() { return ReceiptService::kDefaultMaxBytes; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void choosePdf();
    void validate();
    void showProblem(const QString &text);

    QByteArray m_content;
    QString m_fileName;
    QLabel *m_dropZone = nullptr;
    PdfView *m_preview = nullptr;
    QLineEdit *m_sender = nullptr;
    QLineEdit *m_letterNo = nullptr;
    QCheckBox *m_letterDateCheck = nullptr;
    QDateEdit *m_letterDate = nullptr;
    QLineEdit *m_subject = nullptr;
    QComboBox *m_grading = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_referenceNo = nullptr;
    QCheckBox *m_openFile = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace nasti
