#include "util/error.h"

#include <QStringList>

namespace nasti {

NastiError::NastiError(Kind kind, const QString &message)
    : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
{
}

void fail(NastiError::Kind kind, const QString &message)
{
    throw NastiError(kind, message);
}

QString oneLine(const QString &text)
{
    QString out;
    const QStringList lines =
        QString(text).replace(QLatin1Char('\r'), QLatin1Char('\n')).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.simplified();
        if (line.isEmpty())
            continue;
        if (!out.isEmpty())
            out += out.endsWith(QLatin1Char(':')) ? QStringLiteral(" ") : QStringLiteral("; ");
        out += line;
    }
    return out;
}

} // namespace nasti
