#pragma once

#include <functional>

#include "services/filequeries.h"

#include <QAbstractTableModel>

namespace nasti {

class QueryWorker;

// One list of files (inbox, sent, created by me, parked, closed, search
// results), fed page by page: the first page on refresh(), the next keyset page
// in fetchMore(). Every query runs on the QueryWorker's thread.
class FileListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Inbox,
        Sent,
        CreatedByMe,
        Parked,
        Closed,
        Search
    };
    enum Column
    {
        FileNo,
        Subject,
        From,
        Received,
        Action,
        PriorityCol,
        Due,
        DaysPending,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        FileNoRole,
        UnreadRole,
        OverdueRole,
        ApprovedRole
    };
    static constexpr int kPageSize = 50;

    FileListModel(QueryWorker *worker, Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // The advanced search (replaces the quick text until the text is set again).
    void setSearchCriteria(const SearchCriteria &criteria);
    const std::optional<SearchCriteria> &searchCriteria() const { return m_criteria; }
    // What the last search asked, in words (for "no file matches …"); empty when nothing was asked.
    QString searchDescription() const;
    // Reloads from the top (keeping as many rows as are loaded).
    void refresh();
    // Where the inbox comes from while the server is away (issue 19): rows from the
    // offline copy, or nullopt to ask the server. asOf: when the copy was taken.
    using OfflineSource = std::function<std::optional<QList<FileSummary>>(qint64 *asOf)>;
    void setOfflineSource(OfflineSource source) { m_offline = std::move(source); }
    // The time of the offline copy shown (0: the rows are the server's).
    qint64 offlineAsOf() const { return m_offlineAsOf; }
    bool isLoading() const { return m_loading; }
    const FileSummary &summary(int row) const { return m_rows.at(row); }
    int rowOf(const QString &fileNo) const;
    const QList<FileSummary> &rows() const { return m_rows; }
    // Follows what the session says changed: updates the file's row in place,
    // removes it when it no longer belongs here, or (reloadIfJoins: the list is on
    // screen; a hidden list reloads when shown) reloads when it joins.
    void fileChanged(const FileSummary &summary, const Session &session, bool reloadIfJoins);
    bool removeFile(const QString &fileNo);
    bool belongs(const FileSummary &summary, const Session &session) const;
    static bool isOverdue(const FileSummary &f);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    QueryWorker *m_worker;
    Kind m_kind;
    QString m_searchText;
    std::optional<SearchCriteria> m_criteria;
    QList<FileSummary> m_rows;
    bool m_atEnd = true;
    bool m_loading = false;
    quint64 m_generation = 0;
    OfflineSource m_offline;
    qint64 m_offlineAsOf = 0;
};

// The user's receipts (dak), newest first.
class ReceiptListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DiaryNo,
        Received,
        Sender,
        LetterNo,
        Subject,
        Pages,
        InFile,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        DiaryNoRole
    };

    explicit ReceiptListModel(QueryWorker *worker, QObject *parent = nullptr);
    void refresh();
    const ReceiptView &receipt(int row) const { return m_rows.at(row); }
    const QList<ReceiptView> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    QueryWorker *m_worker;
    QList<ReceiptView> m_rows;
    quint64 m_generation = 0;
};

} // namespace nasti
