#include "filelistmodel.h"

#include "client/queryworker.h"
#include "uiutil.h"
#include "util/clock.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QFont>
#include <QLocale>

namespace nasti {

namespace {
FileQueries::List listOf(FileListModel::Kind kind)
{
    switch (kind) {
    case FileListModel::Kind::Sent:
        return FileQueries::List::Sent;
    case FileListModel::Kind::CreatedByMe:
        return FileQueries::List::CreatedByMe;
    case FileListModel::Kind::Parked:
        return FileQueries::List::Parked;
    case FileListModel::Kind::Closed:
        return FileQueries::List::Closed;
    default:
        return FileQueries::List::Inbox;
    }
}

QString dueOf(const FileSummary &f)
{
    return f.movementDue.isEmpty() ? f.dueDate : f.movementDue;
}
} // namespace

FileListModel::FileListModel(QueryWorker *worker, Kind kind, QObject *parent)
    : QAbstractTableModel(parent), m_worker(worker), m_kind(kind)
{
}

bool FileListModel::isOverdue(const FileSummary &f)
{
    // Computed by FileQueries with the holiday calendar and the department's limit.
    return f.overdue;
}

void FileListModel::setSearchText(const QString &text)
{
    m_searchText = text;
    m_criteria.reset();
    refresh();
}

void FileListModel::setSearchCriteria(const SearchCriteria &criteria)
{
    m_searchText = criteria.words;
    m_criteria = criteria;
    refresh();
}

QString FileListModel::searchDescription() const
{
    if (m_criteria)
        return m_criteria->describe();
    return m_searchText.trimmed().isEmpty() ? QString() : QStringLiteral("“%1”").arg(m_searchText.trimmed());
}

int FileListModel::rowOf(const QString &fileNo) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).fileNo == fileNo)
            return i;
    return -1;
}

void FileListModel::refresh()
{
    const quint64 generation = ++m_generation;
    if (m_offline && m_kind == Kind::Inbox) {
        qint64 asOf = 0;
        if (auto rows = m_offline(&asOf)) {
            beginResetModel();
            m_rows = std::move(*rows);
            m_atEnd = true;
            m_loading = false;
            m_offlineAsOf = asOf;
            endResetModel();
            Q_EMIT loaded();
            return;
        }
    }
    m_offlineAsOf = 0;
    m_loading = true;
    const Session session = m_worker->context().session;
    const Kind kind = m_kind;
    const QString text = m_searchText;
    const std::optional<SearchCriteria> criteria = m_criteria;
    const int limit = qMin(500, qMax(kPageSize, static_cast<int>(m_rows.size())));
    m_worker->post<QList<FileSummary>>(
        this,
        [session, kind, text, criteria, limit](Database &db) {
            SystemClock clock;
            FileQueries q(db, clock);
            if (kind == Kind::Search && criteria)
                return q.search(session, *criteria, 100);
            if (kind == Kind::Search)
                return q.search(session, text, 100);
            return q.list(session, listOf(kind), limit);
        },
        [this, generation, limit](QList<FileSummary> rows) {
            if (generation != m_generation)
                return; // a newer request is on its way
            beginResetModel();
            m_rows = std::move(rows);
            m_atEnd = m_kind == Kind::Search || m_rows.size() < limit;
            m_loading = false;
            endResetModel();
            Q_EMIT loaded();
        },
        [this, generation](const QString &message) {
            if (generation != m_generation)
                return;
            m_loading = false;
            Q_EMIT failed(message);
        });
}

bool FileListModel::removeFile(const QString &fileNo)
{
    const int row = rowOf(fileNo);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

bool FileListModel::belongs(const FileSummary &f, const Session &session) const
{
    switch (m_kind) {
    case Kind::Inbox:
        return session.holds(f.holderPostId) && f.status == FileStatus::Open;
    case Kind::Parked:
        return session.holds(f.holderPostId) && f.status == FileStatus::Parked;
    case Kind::Closed:
        return f.status == FileStatus::Closed;
    default:
        return rowOf(f.fileNo) >= 0; // membership does not change with an action on the file
    }
}

void FileListModel::fileChanged(const FileSummary &f, const Session &session, bool reloadIfJoins)
{
    const int row = rowOf(f.fileNo);
    const bool in = belongs(f, session);
    if (row >= 0 && in) {
        FileSummary updated = f;
        updated.sortKey = m_rows.at(row).sortKey; // keep the place in the list
        m_rows[row] = updated;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        removeFile(f.fileNo);
    } else if (in && reloadIfJoins) {
        refresh(); // it joins this list: its place comes from the server's order
    }
}

bool FileListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && !m_rows.isEmpty();
}

void FileListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    const Session session = m_worker->context().session;
    const auto which = listOf(m_kind);
    const PageCursor cursor{m_rows.last().sortKey, m_rows.last().id};
    m_worker->post<QList<FileSummary>>(
        this,
        [session, which, cursor](Database &db) {
            SystemClock clock;
            return FileQueries(db, clock).list(session, which, kPageSize, cursor);
        },
        [this, generation](QList<FileSummary> rows) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_atEnd = rows.size() < kPageSize;
            if (!rows.isEmpty()) {
                beginInsertRows({}, static_cast<int>(m_rows.size()),
                                static_cast<int>(m_rows.size() + rows.size() - 1));
                m_rows.append(rows);
                endInsertRows();
            }
            Q_EMIT loaded();
        },
        [this, generation](const QString &message) {
            if (generation != m_generation)
                return;
            m_loading = false;
            Q_EMIT failed(message);
        });
}

int FileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FileSummary &f = m_rows.at(index.row());
    const bool inboxLike = m_kind == Kind::Inbox || m_kind == Kind::Parked;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileNo:
            return f.fileNo;
        case Subject:
            return f.subject;
        case From:
            if (inboxLike)
                return ui::title(f.fromTitleEn, f.fromTitleHi);
            // Where it is now; a closed file is with nobody, a parked one is aside.
            if (f.status == FileStatus::Closed)
                return tr("Closed");
            if (f.status == FileStatus::Parked)
                return tr("%1 (parked)").arg(ui::title(f.holderTitleEn, f.holderTitleHi));
            return ui::title(f.holderTitleEn, f.holderTitleHi);
        case Received:
            return ui::dateTime(f.holderSince);
        case Action: {
            // What is asked, and whether a competent officer has approved it (the mark
            // the dealing hand looks for before issuing).
            const QString asked =
                f.actionAsked == ActionAsked::None ? QString() : codes::actionLabel(f.actionAsked);
            if (!f.approvedAt)
                return asked;
            return asked.isEmpty() ? tr("✔ Approved") : tr("✔ Approved · %1").arg(asked);
        }
        case PriorityCol:
            return codes::priorityLabel(f.priority);
        case Due: {
            const QDate d = QDate::fromString(dueOf(f), Qt::ISODate);
            return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
        }
        case DaysPending:
            return f.status == FileStatus::Closed ? QVariant() : QVariant(f.daysPending);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Received:
            return f.holderSince;
        case PriorityCol:
            return static_cast<int>(f.priority);
        case DaysPending:
            return f.daysPending;
        case Due:
            return dueOf(f);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == From)
            return inboxLike ? f.fromPostCode : f.holderPostCode;
        if (index.column() == Subject && !f.remarks.isEmpty())
            return tr("Remarks: %1").arg(f.remarks);
        if (index.column() == Action && f.approvedAt)
            return tr("Approved on %1").arg(ui::dateTime(f.approvedAt));
        return {};
    case Qt::FontRole:
        if (f.unread && inboxLike) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == PriorityCol && f.priority == Priority::Immediate)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (index.column() == DaysPending && isOverdue(f))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (index.column() == Action && f.approvedAt)
            return QBrush(QColor(0x1b, 0x7f, 0x3b));
        return {};
    case Qt::BackgroundRole:
        if (f.priority == Priority::Immediate && f.status == FileStatus::Open)
            return QBrush(QColor(0xfd, 0xec, 0xea));
        if (isOverdue(f) && inboxLike)
            return QBrush(QColor(0xff, 0xf4, 0xd6));
        return {};
    case Qt::DecorationRole:
        if (index.column() == FileNo && f.grading != Grading::Normal)
            return ui::icon(QStringLiteral("lock"));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DaysPending)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FileNoRole:
        return f.fileNo;
    case UnreadRole:
        return f.unread;
    case OverdueRole:
        return isOverdue(f);
    case ApprovedRole:
        return f.approvedAt != 0;
    default:
        return {};
    }
}

QVariant FileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool inboxLike = m_kind == Kind::Inbox || m_kind == Kind::Parked;
    switch (section) {
    case FileNo:
        return tr("File number");
    case Subject:
        return tr("Subject");
    case From:
        return inboxLike ? tr("From") : tr("Now with");
    case Received:
        return inboxLike ? tr("Received") : tr("Since");
    case Action:
        return tr("Action asked");
    case PriorityCol:
        return tr("Priority");
    case Due:
        return tr("Due");
    case DaysPending:
        return tr("Days pending");
    }
    return {};
}

// ---------------------------------------------------------------------------

ReceiptListModel::ReceiptListModel(QueryWorker *worker, QObject *parent)
    : QAbstractTableModel(parent), m_worker(worker)
{
}

void ReceiptListModel::refresh()
{
    const quint64 generation = ++m_generation;
    const Session session = m_worker->context().session;
    m_worker->post<QList<ReceiptView>>(
        this,
        [session](Database &db) {
            SystemClock clock;
            return FileQueries(db, clock).receipts(session, false, 500);
        },
        [this, generation](QList<ReceiptView> rows) {
            if (generation != m_generation)
                return;
            beginResetModel();
            m_rows = std::move(rows);
            endResetModel();
            Q_EMIT loaded();
        },
        [this](const QString &message) { Q_EMIT failed(message); });
}

int ReceiptListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReceiptListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceiptListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReceiptView &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case DiaryNo:
            return r.diaryNo;
        case Received:
            return role == SortRole ? QVariant(r.receivedAt) : QVariant(ui::dateTime(r.receivedAt));
        case Sender:
            return r.sender;
        case LetterNo: {
            const QDate d = QDate::fromString(r.letterDate, Qt::ISODate);
            return d.isValid() ? tr("%1 dated %2").arg(r.letterNo, d.toString(QStringLiteral("dd.MM.yyyy")))
                               : r.letterNo;
        }
        case Subject:
            return r.subject;
        case Pages:
            return r.pageCount;
        case InFile:
            return r.fileNo;
        }
    }
    if (role == Qt::FontRole && r.fileNo.isEmpty()) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && index.column() == InFile && r.fileNo.isEmpty())
        return tr("Not yet put into a file");
    if (role == DiaryNoRole)
        return r.diaryNo;
    return {};
}

QVariant ReceiptListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DiaryNo:
        return tr("Diary number");
    case Received:
        return tr("Received");
    case Sender:
        return tr("Sender");
    case LetterNo:
        return tr("Letter");
    case Subject:
        return tr("Subject");
    case Pages:
        return tr("Pages");
    case InFile:
        return tr("In file");
    }
    return {};
}

} // namespace nasti
