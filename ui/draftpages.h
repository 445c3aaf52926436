#pragma once

#include "services/draftqueries.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace nasti {

class ClientSession;

// "Drafts for approval": the drafts an officer's posts hold whose latest version is not
// yet approved, oldest first; Enter or a double click opens the file.
class DraftsAwaitingPage : public QWidget
{
    Q_OBJECT
public:
    DraftsAwaitingPage(ClientSession *session, QWidget *parent = nullptr);
    void refresh();
    void retranslateUi();
    QTableWidget *table() const { return m_table; }
    int count() const { return int(m_rows.size()); }

Q_SIGNALS:
    void openFileRequested(const QString &fileNo);
    void loaded();

private:
    void fill();

    ClientSession *m_session;
    QList<DraftAwaiting> m_rows;
    QTableWidget *m_table = nullptr;
    QLabel *m_hint = nullptr;
    quint64 m_generation = 0;
};

// The dispatch register of the user's sections: every letter issued, one row per
// addressee, with a search and a CSV export.
class DispatchRegisterPage : public QWidget
{
    Q_OBJECT
public:
    DispatchRegisterPage(ClientSession *session, QWidget *parent = nullptr);
    void refresh();
    void retranslateUi();
    QTableWidget *table() const { return m_table; }
    QLineEdit *search() const { return m_search; }
    // Writes the rows shown as CSV; false (with a message) when it cannot.
    bool exportCsv(const QString &path);
    // Records the postage of the chosen entry (sent by post, none recorded yet).
    void recordPostage(int paise);
    const DispatchRow *chosen() const;

Q_SIGNALS:
    void openFileRequested(const QString &fileNo);
    void loaded();
    void message(const QString &text);

private:
    void fill();
    void updateButtons();

    ClientSession *m_session;
    QList<DispatchRow> m_rows;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_postage = nullptr;
    QLabel *m_hint = nullptr;
    quint64 m_generation = 0;
};

} // namespace nasti
