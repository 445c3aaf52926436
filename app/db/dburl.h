#pragma once

#include <QMap>
#include <QString>

namespace nasti {

enum class Backend { Sqlite, Postgres };

// A database location as users write it:
//   sqlite:/path/to/file.db
//   postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?sslmode=verify-full&sslrootcert=/ca.pem&...]
struct DbUrl
{
    Backend backend = Backend::Sqlite;
    QString path;                      // sqlite
    QString user, password, host;      // postgresql
    int port = 5432;
    QString database;
    QMap<QString, QString> options;    // libpq keywords: sslmode, sslrootcert, application_name ...

    // Throws NastiError(Invalid) naming what is wrong.
    static DbUrl parse(const QString &text);
    // The URL without the password, for display, logs and chain-head keys.
    QString display() const;
    QString toString() const;          // with the password, for passing on to child processes
    DbUrl withCredentials(const QString &user, const QString &password) const;
    DbUrl withDatabase(const QString &database) const;
};

} // namespace nasti
