#include "domain/textfields.h"

#include "util/error.h"

#include <QCoreApplication>

namespace nasti::textfields {

namespace {
QString codePoint(char32_t c)
{
    return QStringLiteral("U+") + QStringLiteral("%1").arg(quint32(c), 4, 16, QLatin1Char('0')).toUpper();
}

bool isLineBreak(char32_t c)
{
    return c == U'\n' || c == U'\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// Controls that are never text: C0 and C1 controls, DEL, and the bidirectional
// embeddings, overrides and isolates (they reorder what a reader sees).
bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0xFFFD || (c >= 0xFFF9 && c <= 0xFFFB);
}

QString problem(const QString &value, const QString &field, bool multi)
{
    const QList<uint> ucs4 = value.toUcs4();
    for (const uint u : ucs4) {
        const char32_t c = char32_t(u);
        if (multi && (c == U'\n' || c == U'\r' || c == U'\t'))
            continue;
        if (c == 0xFFFD)
            return QCoreApplication::translate(
                       "nasti::textfields", "The %1 is not valid text (it holds bytes that are not UTF-8).")
                .arg(field);
        if (isLineBreak(c) && !multi)
            return QCoreApplication::translate("nasti::textfields",
                                               "The %1 must be one line; it contains a line break.")
                .arg(field);
        if (isControl(c) || (isLineBreak(c) && multi))
            return QCoreApplication::translate("nasti::textfields",
                                               "The %1 contains a control character (%2); remove it.")
                .arg(field, codePoint(c));
        if (QChar::isSurrogate(c))
            return QCoreApplication::translate(
                       "nasti::textfields", "The %1 is not valid text (it holds bytes that are not UTF-8).")
                .arg(field);
    }
    return {};
}
} // namespace

QString oneLineProblem(const QString &value, const QString &field)
{
    return problem(value, field, false);
}

QString multiLineProblem(const QString &value, const QString &field)
{
    return problem(value, field, true);
}

QString oneLine(const QString &value, const QString &field, int maxLength)
{
    const QString why = oneLineProblem(value, field);
    if (!why.isEmpty())
        fail(NastiError::Kind::Invalid, why);
    const QString v = value.trimmed();
    if (maxLength > 0 && v.size() > maxLength)
        fail(NastiError::Kind::Invalid,
             QCoreApplication::translate("nasti::textfields",
                                         "The %1 is too long (%2 characters; at most %3).")
                 .arg(field)
                 .arg(v.size())
                 .arg(maxLength));
    return v;
}

QString multiLine(const QString &value, const QString &field, int maxLength)
{
    const QString why = multiLineProblem(value, field);
    if (!why.isEmpty())
        fail(NastiError::Kind::Invalid, why);
    QString v = value;
    v.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    v.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    v = v.trimmed();
    if (maxLength > 0 && v.size() > maxLength)
        fail(NastiError::Kind::Invalid,
             QCoreApplication::translate("nasti::textfields",
                                         "The %1 is too long (%2 characters; at most %3).")
                 .arg(field)
                 .arg(v.size())
                 .arg(maxLength));
    return v;
}

QString printable(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const uint u : value.toUcs4()) {
        const char32_t c = char32_t(u);
        if (c == U'\n')
            out += QLatin1String("\\n");
        else if (c == U'\t')
            out += QLatin1String("\\t");
        else if (c == U'\r')
            out += QLatin1String("\\r");
        else if (isControl(c) || isLineBreak(c))
            out += QStringLiteral("\\x{%1}").arg(quint32(c), 0, 16);
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

} // namespace nasti::textfields
