#pragma once

#include "domain/drafts.h"
#include "services/draftservice.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTextBrowser;
class QTextEdit;

namespace nasti {

// A table of addressees: name, address, how it goes, and the section for "through Nasti".
class AddresseeTable : public QWidget
{
    Q_OBJECT
public:
    AddresseeTable(const QList<std::pair<QString, QString>> &sections, QWidget *parent = nullptr);
    void setAddressees(const QList<Addressee> &list);
    QList<Addressee> addressees() const;
    void addRow(const Addressee &a = {});
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    QList<std::pair<QString, QString>> m_sections; // code, label
    QTableWidget *m_table = nullptr;
};

// Writing a draft for approval, or its next version: kind and language (fixed once the
// draft exists), addressees, subject, reference, and the text in a rich-text editor
// (paragraphs, numbered and bulleted lists, bold, italic, underline, tables) or an
// uploaded PDF.
class DraftEditorDialog : public QDialog
{
    Q_OBJECT
public:
    struct Spec
    {
        QString fileNo;
        int draftNumber = 0; // 0: a new draft
        int nextVersion = 1;
        QString kind = QStringLiteral("letter");
        QString language = QStringLiteral("en");
        DraftContent content;
        QList<std::pair<QString, QString>> sections; // code, "Department — Section"
    };
    explicit DraftEditorDialog(const Spec &spec, QWidget *parent = nullptr);

    QString kind() const;
    QString language() const;
    DraftContent content() const;
    QTextEdit *editor() const { return m_body; }
    QLineEdit *subjectEdit() const { return m_subject; }
    AddresseeTable *addresseeTable() const { return m_to; }
    void setPdf(const QByteArray &bytes, const QString &fileName);

private:
    void validate();
    void choosePdf();

    Spec m_spec;
    QComboBox *m_kind = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_subject = nullptr;
    AddresseeTable *m_to = nullptr;
    AddresseeTable *m_copies = nullptr;
    QLineEdit *m_reference = nullptr;
    QTextEdit *m_body = nullptr;
    QLabel *m_pdfLabel = nullptr;
    QByteArray m_pdf;
    QString m_pdfName;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// Two versions of a draft side by side, the changes marked.
class DraftCompareDialog : public QDialog
{
    Q_OBJECT
public:
    DraftCompareDialog(const DraftView &draft, int older, int newer, QWidget *parent = nullptr);
    QTextBrowser *olderView() const { return m_older; }
    QTextBrowser *newerView() const { return m_newer; }

private:
    void compare();

    DraftView m_draft;
    QComboBox *m_olderChoice = nullptr;
    QComboBox *m_newerChoice = nullptr;
    QTextBrowser *m_older = nullptr;
    QTextBrowser *m_newer = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace nasti
