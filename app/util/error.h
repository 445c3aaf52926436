#pragma once

#include <QString>
#include <stdexcept>

namespace nasti {

// The one error type of the core. Its message is already translated and fits
// on one line, so the CLI prints it as is and the client shows it in a dialog.
class NastiError : public std::runtime_error
{
public:
    enum class Kind
    {
        Invalid,  // bad input: empty subject, malformed CSV, corrupt PDF ...
        NotFound, // unknown file, post, login ...
        Refused,  // the rules forbid it: wrong custodian, clerk approving ...
        Conflict, // the file moved meanwhile (compare-and-set lost)
        Auth,     // wrong password, locked login, disabled user
        Database, // the database said no, or is unreachable
        Schema,   // the database is newer than the program
    };

    NastiError(Kind kind, const QString &message);

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

[[noreturn]] void fail(NastiError::Kind kind, const QString &message);

// Makes one line of a message that may span several (libpq's "...\n\tHINT ...",
// an import's list of bad rows): blank lines dropped, lines trimmed and joined
// with "; " (or a space after a colon).
QString oneLine(const QString &text);

} // namespace nasti
