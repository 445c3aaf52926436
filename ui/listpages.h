#pragma once

#include "filelistmodel.h"
#include "navigation.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace nasti {

// The list a page shows (Inbox for pages that are not lists).
FileListModel::Kind listKind(NavPage page);

// One list of files as a page: a quick filter over a sortable table. Enter or a
// double click asks to open the file.
class FileListPage : public QWidget
{
    Q_OBJECT
public:
    FileListPage(FileListModel *model, QWidget *parent = nullptr);

    FileListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    void retranslateUi();

Q_SIGNALS:
    void openFileRequested(const QString &fileNo);

private:
    FileListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
};

// The receipts (dak): the list and its buttons (diarise, open a file with one, put one into a file).
class ReceiptsPage : public QWidget
{
    Q_OBJECT
public:
    ReceiptsPage(ReceiptListModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // The diary number of the receipt chosen in the list (empty: none).
    QString chosenReceipt() const;
    // The buttons follow the actions (enabled from the rulebook).
    void setDiariseAction(QAction *action);
    void retranslateUi();

Q_SIGNALS:
    void diariseRequested();
    void openReceiptRequested(const nasti::ReceiptView &receipt);
    void newFileRequested(const QString &diaryNo);
    void putIntoFileRequested();

private:
    ReceiptListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    void showMenu(const QPoint &pos);
    void updateButtons();

    QPushButton *m_diarise, *m_newFile, *m_put;
    QLabel *m_hint;
};

} // namespace nasti
