#include "db/backup.h"

#include "db/database.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QSqlDriver>
#include <QStandardPaths>

#include <sqlite3.h>

namespace nasti::backup {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::backup", text);
}

sqlite3 *sqliteHandle(Database &db)
{
    const QVariant v = db.handle().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

// Closes a connection opened with sqlite3_open_v2 however we leave.
struct SqliteFile
{
    sqlite3 *db = nullptr;
    ~SqliteFile() { sqlite3_close_v2(db); }
};

QString sqliteMessage(sqlite3 *db, int rc)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
}

// Copies all of from into to with the online backup API; waits while another
// connection holds a lock. Returns SQLITE_DONE or the error code.
int copyDatabase(sqlite3 *to, sqlite3 *from)
{
    sqlite3_backup *job = sqlite3_backup_init(to, "main", from, "main");
    if (!job)
        return sqlite3_errcode(to);
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 600; ++attempt) {
        // -1: every page in one step, under one read transaction of the source,
        // so the copy is one moment of the database; in WAL mode writers go on.
        rc = sqlite3_backup_step(job, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50);
    }
    const int finished = sqlite3_backup_finish(job);
    return rc == SQLITE_DONE ? (finished == SQLITE_OK ? SQLITE_DONE : finished) : rc;
}

QString program(const QString &name)
{
    // Debian's /usr/bin/pg_dump picks a version for the server; the 15 tools directly otherwise.
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/lib/postgresql/15/bin")});
    if (path.isEmpty())
        fail(NastiError::Kind::Invalid,
             tr("%1 is not installed (Debian package postgresql-client-15).").arg(name));
    return path;
}

void runTool(const QString &name, const QStringList &arguments, const DbUrl &url)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!url.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), url.password);
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program(name), arguments);
    if (!process.waitForStarted())
        fail(NastiError::Kind::Database, tr("Cannot run %1: %2").arg(name, process.errorString()));
    process.closeWriteChannel();
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QString why = oneLine(QString::fromLocal8Bit(process.readAllStandardError()));
        if (why.isEmpty())
            why = tr("exit code %1").arg(process.exitCode());
        fail(NastiError::Kind::Database, tr("%1 failed: %2").arg(name, why));
    }
}

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}
} // namespace

QString libpqConninfo(const DbUrl &url)
{
    QStringList parts;
    parts << QStringLiteral("host=") + quoted(url.hostList());
    parts << QStringLiteral("port=") + quoted(url.portList());
    parts << QStringLiteral("dbname=") + quoted(url.database);
    if (!url.user.isEmpty())
        parts << QStringLiteral("user=") + quoted(url.user);
    for (auto it = url.options.cbegin(); it != url.options.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + quoted(it.value());
    return parts.join(QLatin1Char(' '));
}

void take(Database &db, const QString &file)
{
    if (file.isEmpty())
        fail(NastiError::Kind::Invalid, tr("No backup file given."));
    const QFileInfo info(file);
    if (info.isDir())
        fail(NastiError::Kind::Invalid, tr("The backup file %1 is a directory.").arg(file));
    const QString partial = file + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        // Private before anything is written into it: a backup holds password hashes.
        QFile create(partial);
        if (!create.open(QIODevice::WriteOnly))
            fail(NastiError::Kind::Invalid,
                 tr("Cannot write the backup file %1: %2").arg(file, create.errorString()));
        create.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    if (!db.isPostgres()) {
        sqlite3 *source = sqliteHandle(db);
        if (!source)
            fail(NastiError::Kind::Database, tr("The SQLite connection gives no handle for a backup."));
        SqliteFile target;
        int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &target.db,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        if (rc == SQLITE_OK)
            rc = copyDatabase(target.db, source);
        // The copy is a file of its own: no -wal and -shm beside it, readable read-only.
        if (rc == SQLITE_DONE &&
            sqlite3_exec(target.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
            rc = sqlite3_errcode(target.db);
        if (rc != SQLITE_DONE) {
            const QString why = sqliteMessage(target.db, rc);
            QFile::remove(partial);
            fail(NastiError::Kind::Database, tr("The SQLite backup to %1 failed: %2").arg(file, why));
        }
    } else {
        try {
            runTool(QStringLiteral("pg_dump"),
                    {QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                     QStringLiteral("--file=") + partial,
                     QStringLiteral("--dbname=") + libpqConninfo(db.url())},
                    db.url());
        } catch (...) {
            QFile::remove(partial);
            throw;
        }
    }
    QFile::remove(file);
    if (!QFile::rename(partial, file)) {
        QFile::remove(partial);
        fail(NastiError::Kind::Invalid, tr("Cannot write the backup file %1.").arg(file));
    }
}

void restore(const DbUrl &url, const QString &file)
{
    if (!QFileInfo(file).isFile())
        fail(NastiError::Kind::NotFound, tr("No backup file %1.").arg(file));

    if (url.backend == Backend::Sqlite) {
        SqliteFile source;
        int rc =
            sqlite3_open_v2(QFile::encodeName(file).constData(), &source.db, SQLITE_OPEN_READONLY, nullptr);
        // A Nasti database has its event log and its settings.
        const auto hasColumn = [&source](const char *table, const char *column) {
            return sqlite3_table_column_metadata(source.db, "main", table, column, nullptr, nullptr, nullptr,
                                                 nullptr, nullptr) == SQLITE_OK;
        };
        const bool isNasti = rc == SQLITE_OK && hasColumn("events", "seq") && hasColumn("settings", "key");
        if (!isNasti)
            fail(NastiError::Kind::Invalid, tr("%1 is not a backup of a Nasti SQLite database.").arg(file));

        SqliteFile target;
        rc = sqlite3_open_v2(QFile::encodeName(url.path).constData(), &target.db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        if (rc == SQLITE_OK) {
            sqlite3_busy_timeout(target.db, 15000);
            rc = copyDatabase(target.db, source.db);
        }
        if (rc != SQLITE_DONE)
            fail(NastiError::Kind::Database,
                 tr("Restoring %1 into %2 failed: %3").arg(file, url.path, sqliteMessage(target.db, rc)));
        QFile::setPermissions(url.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return;
    }

    runTool(QStringLiteral("pg_restore"),
            {QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--single-transaction"),
             QStringLiteral("--exit-on-error"), QStringLiteral("--no-password"),
             QStringLiteral("--dbname=") + libpqConninfo(url), file},
            url);
}

} // namespace nasti::backup
