#include "followupmodel.h"

#include "util/clock.h"

#include <QBrush>
#include <QColor>

namespace nasti {

namespace {
QString day(qint64 ms)
{
    return ms ? Clock::toOffice(ms).toString(QStringLiteral("dd.MM.yyyy")) : QString();
}
} // namespace

FollowupModel::FollowupModel(Kind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind) {}

void FollowupModel::setFollowups(const QList<FollowupView> &rows)
{
    beginResetModel();
    m_followups = rows;
    endResetModel();
}

void FollowupModel::setCalls(const QList<CallView> &rows)
{
    beginResetModel();
    m_calls = rows;
    endResetModel();
}

void FollowupModel::setHindi(bool hindi)
{
    m_hindi = hindi;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

QString FollowupModel::fileNoAt(int row) const
{
    if (m_kind == Kind::WatchList)
        return row >= 0 && row < m_calls.size() ? m_calls[row].fileNo : QString();
    return row >= 0 && row < m_followups.size() ? m_followups[row].fileNo : QString();
}

qint64 FollowupModel::callIdAt(int row) const
{
    return m_kind == Kind::WatchList && row >= 0 && row < m_calls.size() ? m_calls[row].id : 0;
}

int FollowupModel::rowOf(const QString &fileNo) const
{
    for (int i = 0; i < rowCount(); ++i)
        if (fileNoAt(i) == fileNo)
            return i;
    return -1;
}

int FollowupModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_kind == Kind::WatchList ? m_calls.size() : m_followups.size());
}

int FollowupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_kind == Kind::WatchList ? 8 : 7);
}

QVariant FollowupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (m_kind == Kind::WatchList) {
        switch (section) {
        case 0:
            return tr("File number");
        case 1:
            return tr("Subject");
        case 2:
            return tr("Holder");
        case 3:
            return tr("Since");
        case 4:
            return tr("Direction");
        case 5:
            return tr("Wanted by");
        case 6:
            return tr("Answer");
        case 7:
            return tr("Days late");
        }
        return {};
    }
    switch (section) {
    case 0:
        return tr("File number");
    case 1:
        return tr("Subject");
    case 2:
        return tr("Holder");
    case 3:
        return tr("Since");
    case 4:
        return tr("Working days (limit)");
    case 5:
        return m_kind == Kind::Reminders ? tr("Reminded") : tr("Escalated");
    case 6:
        return tr("Reason for delay");
    }
    return {};
}

QVariant FollowupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (m_kind == Kind::WatchList) {
        const CallView &c = m_calls[index.row()];
        if (role == Qt::ForegroundRole && index.column() == 7 && c.daysLate > 0 && c.answer.isEmpty())
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case 0:
            return c.kind == QLatin1String("call") ? tr("%1 (called for)").arg(c.fileNo) : c.fileNo;
        case 1:
            return c.subject;
        case 2:
            return c.holderCode + QStringLiteral(" — ") +
                   (m_hindi && !c.holderTitleHi.isEmpty() ? c.holderTitleHi : c.holderTitleEn);
        case 3:
            return day(c.holderSince);
        case 4:
            return c.direction;
        case 5:
            return c.dueDate.toString(QStringLiteral("dd.MM.yyyy"));
        case 6:
            return c.answer.isEmpty() ? tr("— not answered —") : c.answer;
        case 7:
            return c.daysLate;
        }
        return {};
    }
    const FollowupView &f = m_followups[index.row()];
    if (role == Qt::ForegroundRole && index.column() == 4)
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case 0:
        return f.fileNo;
    case 1:
        return f.subject;
    case 2:
        return f.holderCode + QStringLiteral(" — ") +
               (m_hindi && !f.holderTitleHi.isEmpty() ? f.holderTitleHi : f.holderTitleEn);
    case 3:
        return day(f.since);
    case 4:
        return tr("%1 (%2)").arg(f.workingDays).arg(f.limitDays);
    case 5:
        return day(f.at);
    case 6:
        return f.delayReason.isEmpty() ? tr("— not recorded —") : f.delayReason;
    }
    return {};
}

} // namespace nasti
