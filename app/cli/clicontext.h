#pragma once

#include "db/database.h"
#include "services/session.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <memory>

namespace nasti {

class DocumentInspector;
class FileService;

// What every nasti-admin command shares: the database URL, the acting user,
// output streams, and a sub-command parser that prints --help for itself.
class CliContext
{
public:
    // err: where the command's own messages go (main keeps the process's stderr for noise).
    CliContext(QString dbUrl, QString asLogin, const DocumentInspector &inspector, FILE *err = stderr);

    // The database, opened and migrated on first use (init is implied by any command).
    Database &db();
    const Clock &clock() const { return m_clock; }
    const DocumentInspector &inspector() const { return m_inspector; }
    // The authenticated session of --as; throws if --as is missing or the password is wrong.
    const Session &session();
    // A read-only replica for the review and the watch-list (--review-db): opened as
    // the same user, never migrated, so the Monday review never loads the primary.
    // Its session is read there too (the login roles and users are replicated).
    Database &reviewDb(const QString &url);
    const Session &reviewSession(const QString &url);
    // The variable's value (NASTI_PASSWORD by default), else asks on the terminal.
    QString password(const QString &prompt, const char *envVar = "NASTI_PASSWORD");
    bool hasAs() const { return !m_asLogin.isEmpty(); }
    const QString &dbUrl() const { return m_dbUrl; }
    // Whether --db (or NASTI_DB) named the database, rather than the default demo one.
    bool databaseNamed() const { return m_databaseNamed; }
    void setDatabaseNamed(bool named) { m_databaseNamed = named; }

    // Issue 19: the one action a command performs, named by an action key (NASTI_ACTION_KEY,
    // so that a script may safely run again a command cut off by a failover, or else a fresh
    // UUID). When the connection is lost during it (COMMIT sent, no answer), it is asked
    // once more on a new connection (a new primary through a multi-host URL) with the same
    // key: done then, it is reported done and not done again. Undecided, it is reported not
    // done, naming the key to finish it with.
    QString act(const std::function<QString(FileService &)> &action);
    // The same for any action: every service made inside (on db(), anew at each try) takes its
    // calls' keys from the action's key (ActionKey::Scope).
    void keyed(const std::function<void()> &action);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Parses a sub-command's own arguments; returns false when --help was shown.
    // args[0] is the command path ("nasti-admin file forward") for the usage line.
    bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description,
               const QString &usageArgs = {});

private:
    void unlockSigning(const QString &password);

    QString m_dbUrl;
    bool m_databaseNamed = true;
    QString m_asLogin;
    const DocumentInspector &m_inspector;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Database> m_reviewDb;
    std::unique_ptr<Session> m_reviewSession;
    QTextStream m_out;
    QTextStream m_err;
};

// Thrown for bad command-line use; main prints it with a pointer to --help.
struct UsageError
{
    QString message;
};

} // namespace nasti
