#include "db/sqlscript.h"

namespace nasti {

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    bool inDollar = false;
    const auto lines = script.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (!inDollar && (line.isEmpty() || line.startsWith(QLatin1String("--"))))
            continue;
        if (raw.count(QLatin1String("$$")) % 2 == 1)
            inDollar = !inDollar;
        current += raw + QLatin1Char('\n');
        if (inDollar)
            continue;
        const bool inTrigger =
            current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive) &&
            current.contains(QLatin1String("BEGIN"), Qt::CaseInsensitive);
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            QString statement = current.trimmed();
            if (!inTrigger)
                statement.chop(1);
            statements << statement;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace nasti
