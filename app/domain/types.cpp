#include "domain/types.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace nasti::codes {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::codes", text);
}
} // namespace

QString priority(Priority p)
{
    switch (p) {
    case Priority::Normal:
        return QStringLiteral("normal");
    case Priority::Priority:
        return QStringLiteral("priority");
    case Priority::TopPriority:
        return QStringLiteral("top-priority");
    case Priority::Immediate:
        return QStringLiteral("immediate");
    }
    return {};
}

std::optional<Priority> parsePriority(const QString &code)
{
    for (Priority p : {Priority::Normal, Priority::Priority, Priority::TopPriority, Priority::Immediate})
        if (priority(p) == code)
            return p;
    return std::nullopt;
}

QString priorityLabel(Priority p)
{
    switch (p) {
    case Priority::Normal:
        return tr("Normal");
    case Priority::Priority:
        return tr("Priority");
    case Priority::TopPriority:
        return tr("Top Priority");
    case Priority::Immediate:
        return tr("Immediate");
    }
    return {};
}

QString grading(Grading g)
{
    switch (g) {
    case Grading::Normal:
        return QStringLiteral("normal");
    case Grading::Confidential:
        return QStringLiteral("confidential");
    case Grading::Secret:
        return QStringLiteral("secret");
    case Grading::TopSecret:
        return QStringLiteral("top-secret");
    }
    return {};
}

std::optional<Grading> parseGrading(const QString &code)
{
    for (Grading g : {Grading::Normal, Grading::Confidential, Grading::Secret, Grading::TopSecret})
        if (grading(g) == code)
            return g;
    return std::nullopt;
}

QString gradingLabel(Grading g)
{
    switch (g) {
    case Grading::Normal:
        return tr("Normal");
    case Grading::Confidential:
        return tr("Confidential");
    case Grading::Secret:
        return tr("Secret");
    case Grading::TopSecret:
        return tr("Top Secret");
    }
    return {};
}

QStringList categoryCodes()
{
    return {QStringLiteral("vip"), QStringLiteral("assembly"), QStringLiteral("court"),
            QStringLiteral("cm-helpline"), QStringLiteral("cpgrams")};
}

QString categoryLabel(const QString &code)
{
    if (code == QLatin1String("vip"))
        return tr("VIP reference");
    if (code == QLatin1String("assembly"))
        return tr("Assembly question");
    if (code == QLatin1String("court"))
        return tr("Court case");
    if (code == QLatin1String("cm-helpline"))
        return tr("CM Helpline grievance");
    if (code == QLatin1String("cpgrams"))
        return tr("CPGRAMS grievance");
    return code;
}

QString role(Role r)
{
    switch (r) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> parseRole(const QString &code)
{
    for (Role r : {Role::Clerk, Role::Officer, Role::Reviewer, Role::Admin})
        if (role(r) == code)
            return r;
    return std::nullopt;
}

QString roleLabel(Role r)
{
    switch (r) {
    case Role::Clerk:
        return tr("Clerk");
    case Role::Officer:
        return tr("Officer");
    case Role::Reviewer:
        return tr("Reviewer");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

QString status(FileStatus s)
{
    switch (s) {
    case FileStatus::Open:
        return QStringLiteral("open");
    case FileStatus::Parked:
        return QStringLiteral("parked");
    case FileStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

FileStatus parseStatus(const QString &code)
{
    if (code == QLatin1String("parked"))
        return FileStatus::Parked;
    if (code == QLatin1String("closed"))
        return FileStatus::Closed;
    return FileStatus::Open;
}

QString statusLabel(FileStatus s)
{
    switch (s) {
    case FileStatus::Open:
        return tr("Open");
    case FileStatus::Parked:
        return tr("Parked");
    case FileStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString action(ActionAsked a)
{
    switch (a) {
    case ActionAsked::None:
        return {};
    case ActionAsked::Approval:
        return QStringLiteral("approval");
    case ActionAsked::Information:
        return QStringLiteral("information");
    case ActionAsked::Comments:
        return QStringLiteral("comments");
    case ActionAsked::Signature:
        return QStringLiteral("signature");
    }
    return {};
}

std::optional<ActionAsked> parseAction(const QString &code)
{
    if (code.isEmpty())
        return ActionAsked::None;
    for (ActionAsked a :
         {ActionAsked::Approval, ActionAsked::Information, ActionAsked::Comments, ActionAsked::Signature})
        if (action(a) == code)
            return a;
    return std::nullopt;
}

QString actionLabel(ActionAsked a)
{
    switch (a) {
    case ActionAsked::None:
        return {};
    case ActionAsked::Approval:
        return tr("For approval");
    case ActionAsked::Information:
        return tr("For information");
    case ActionAsked::Comments:
        return tr("For comments");
    case ActionAsked::Signature:
        return tr("For signature");
    }
    return {};
}

QString movement(MovementKind k)
{
    switch (k) {
    case MovementKind::Forward:
        return QStringLiteral("forward");
    case MovementKind::PutUp:
        return QStringLiteral("putup");
    case MovementKind::Return:
        return QStringLiteral("return");
    case MovementKind::Recall:
        return QStringLiteral("recall");
    case MovementKind::Approve:
        return QStringLiteral("approve");
    case MovementKind::Reject:
        return QStringLiteral("reject");
    }
    return {};
}

MovementKind parseMovement(const QString &code)
{
    for (MovementKind k : {MovementKind::Forward, MovementKind::PutUp, MovementKind::Return,
                           MovementKind::Recall, MovementKind::Approve, MovementKind::Reject})
        if (movement(k) == code)
            return k;
    return MovementKind::Forward;
}

QString movementLabel(MovementKind k)
{
    switch (k) {
    case MovementKind::Forward:
        return tr("Forwarded");
    case MovementKind::PutUp:
        return tr("Put up");
    case MovementKind::Return:
        return tr("Returned");
    case MovementKind::Recall:
        return tr("Recalled");
    case MovementKind::Approve:
        return tr("Approved and returned");
    case MovementKind::Reject:
        return tr("Rejected and returned");
    }
    return {};
}

QString noteKind(NoteKind k)
{
    switch (k) {
    case NoteKind::Note:
        return QStringLiteral("note");
    case NoteKind::Approval:
        return QStringLiteral("approval");
    case NoteKind::Rejection:
        return QStringLiteral("rejection");
    case NoteKind::Closing:
        return QStringLiteral("closing");
    case NoteKind::Reopening:
        return QStringLiteral("reopening");
    case NoteKind::Delay:
        return QStringLiteral("delay");
    }
    return {};
}

NoteKind parseNoteKind(const QString &code)
{
    for (NoteKind k : {NoteKind::Note, NoteKind::Approval, NoteKind::Rejection, NoteKind::Closing,
                       NoteKind::Reopening, NoteKind::Delay})
        if (noteKind(k) == code)
            return k;
    return NoteKind::Note;
}

QString roman(int n)
{
    static const std::pair<int, const char *> table[] = {
        {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
        {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
    QString out;
    for (const auto &[value, numeral] : table) {
        while (n >= value) {
            out += QLatin1String(numeral);
            n -= value;
        }
    }
    return out;
}

std::optional<QDate> parseIsoDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

} // namespace nasti::codes
