#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nasti {

// CSMOP para 27.
enum class Priority
{
    Normal = 0,
    Priority = 1,
    TopPriority = 2,
    Immediate = 3
};
// Security grading.
enum class Grading
{
    Normal = 0,
    Confidential = 1,
    Secret = 2,
    TopSecret = 3
};
enum class Role
{
    Clerk,
    Officer,
    Reviewer,
    Admin
};
enum class FileStatus
{
    Open,
    Parked,
    Closed
};
enum class ActionAsked
{
    None,
    Approval,
    Information,
    Comments,
    Signature
};
enum class MovementKind
{
    Forward,
    PutUp,
    Return,
    Recall,
    Approve,
    Reject
};
enum class NoteKind
{
    Note,
    Approval,
    Rejection,
    Closing,
    Reopening,
    Delay
};

// Stable codes (database, CLI, JSON) and translated labels (screens, reports).
namespace codes {
QString priority(Priority p);
std::optional<Priority> parsePriority(const QString &code); // normal|priority|top-priority|immediate
QString priorityLabel(Priority p);

QString grading(Grading g);
std::optional<Grading> parseGrading(const QString &code); // normal|confidential|secret|top-secret
QString gradingLabel(Grading g);

// The reference categories of schema step 11 (vip, assembly, court, cm-helpline, cpgrams),
// in the order offered; a label per code (the code itself when unknown).
QStringList categoryCodes();
QString categoryLabel(const QString &code);

QString role(Role r);
std::optional<Role> parseRole(const QString &code);
QString roleLabel(Role r);

QString status(FileStatus s);
FileStatus parseStatus(const QString &code);
QString statusLabel(FileStatus s);

QString action(ActionAsked a); // "" for None
std::optional<ActionAsked> parseAction(const QString &code);
QString actionLabel(ActionAsked a);

QString movement(MovementKind k);
MovementKind parseMovement(const QString &code);
QString movementLabel(MovementKind k);

QString noteKind(NoteKind k);
NoteKind parseNoteKind(const QString &code);

// Roman numerals for fresh-receipt flags (FR I, FR II ...).
QString roman(int n);
// Strict YYYY-MM-DD; invalid → std::nullopt.
std::optional<QDate> parseIsoDate(const QString &text);
} // namespace codes

} // namespace nasti
