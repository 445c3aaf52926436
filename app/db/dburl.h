#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace nasti {

enum class Backend
{
    Sqlite,
    Postgres
};

// A database location as users write it:
//   sqlite:/path/to/file.db
//   postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?sslmode=verify-full&sslrootcert=/ca.pem&...]
//   postgresql://USER@DB1:5432,DB2:5433/DBNAME?target_session_attrs=read-write   (several servers:
//   libpq tries them in order and, with target_session_attrs=read-write, keeps the primary)
struct DbUrl
{
    struct Server
    {
        QString host;
        int port = 5432;
        bool operator==(const Server &) const = default;
    };

    Backend backend = Backend::Sqlite;
    QString path;                 // sqlite
    QString user, password, host; // postgresql: host and port of the first server
    int port = 5432;
    QList<Server> moreServers; // the servers after the first, in order
    QString database;
    QMap<QString, QString> options; // libpq keywords: sslmode, sslrootcert, application_name ...

    // Throws NastiError(Invalid) naming what is wrong.
    static DbUrl parse(const QString &text);
    // The URL without the password, for display, logs and chain-head keys.
    QString display() const;
    QString toString() const; // with the password, for passing on to child processes
    DbUrl withCredentials(const QString &user, const QString &password) const;
    DbUrl withDatabase(const QString &database) const;

    // Every server, the first one first.
    QList<Server> servers() const;
    // libpq's host= and port= values: comma-separated lists, one entry per server.
    QString hostList() const;
    QString portList() const;
};

} // namespace nasti
