#pragma once

#include <QString>
#include <QStringList>

namespace nasti {

// Splits a schema script into statements. Statements end with ';' at the end of
// a line, except inside PostgreSQL $$ bodies and SQLite trigger bodies
// (CREATE TRIGGER ... BEGIN ... END;). Whole-line '--' comments are dropped.
QStringList splitSqlScript(const QString &script);

} // namespace nasti
