#pragma once

#include <QString>

namespace nasti::textfields {

// One rule for every text a user gives the core (issue 13, item 5).
//
// One-line fields (subjects, names, titles, sender, letter number, codes) may
// hold no control character at all: no newline, carriage return or tab, no
// escape sequence (ESC, C1 controls, DEL), no Unicode line or paragraph
// separator and no bidirectional override that could disguise the text.
// Multi-line fields (notes, remarks, reasons) keep newlines and tabs only;
// CR LF and a lone CR become LF. Zero-width joiners (needed for Devanagari) are
// text and always allowed.
//
// `field` is the translated name of the field as the user knows it ("subject",
// "sender"); the message names it and the offending character.

// Returns the first problem with the (untrimmed) value, or an empty string.
QString oneLineProblem(const QString &value, const QString &field);
QString multiLineProblem(const QString &value, const QString &field);

// Trimmed value, or throws NastiError(Invalid) naming the field. With
// maxLength > 0 a longer value is refused too. Empty values are the caller's
// business (some fields are optional).
QString oneLine(const QString &value, const QString &field, int maxLength = 0);
// Line endings normalised to LF, trimmed; throws like oneLine.
QString multiLine(const QString &value, const QString &field, int maxLength = 0);

// For terminals and logs: replaces every control character by
// visible escapes (\n, \t, \x{1b} ...), so stored text can never drive a terminal.
QString printable(const QString &value);

} // namespace nasti::textfields
