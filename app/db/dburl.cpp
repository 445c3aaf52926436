#include "db/dburl.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::DbUrl", text);
}

const QStringList &allowedOptions()
{
    static const QStringList keys = {
        QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),          QStringLiteral("application_name"),
        QStringLiteral("connect_timeout"), QStringLiteral("target_session_attrs"),
        QStringLiteral("options"),
    };
    return keys;
}
} // namespace

DbUrl DbUrl::parse(const QString &input)
{
    const QString text = input.trimmed();
    DbUrl url;
    if (text.isEmpty())
        fail(NastiError::Kind::Invalid,
             tr("No database given: use sqlite:PATH or postgresql://USER@HOST:PORT/DB."));

    if (text.startsWith(QLatin1String("sqlite:"))) {
        url.backend = Backend::Sqlite;
        QString path = text.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);
        if (path.isEmpty())
            fail(NastiError::Kind::Invalid, tr("The sqlite: database URL has no file path."));
        url.path = path;
        return url;
    }

    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        // Several servers (host1:port1,host2:port2) are libpq's, not QUrl's: take them
        // out of the authority, check each, and parse the rest with the first one.
        const qsizetype schemeEnd = text.indexOf(QLatin1String("://")) + 3;
        qsizetype authorityEnd = text.size();
        for (const QChar end : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
            const qsizetype at = text.indexOf(end, schemeEnd);
            if (at >= 0 && at < authorityEnd)
                authorityEnd = at;
        }
        const QString authority = text.mid(schemeEnd, authorityEnd - schemeEnd);
        const qsizetype userEnd = authority.lastIndexOf(QLatin1Char('@')) + 1;
        const QStringList specs = authority.mid(userEnd).split(QLatin1Char(','));
        QList<Server> servers;
        if (specs.size() > 1) {
            for (const QString &spec : specs) {
                const QUrl probe(QStringLiteral("postgresql://") + spec + QStringLiteral("/x"),
                                 QUrl::StrictMode);
                if (spec.trimmed().isEmpty() || !probe.isValid() || probe.host().isEmpty() ||
                    !probe.userInfo().isEmpty())
                    fail(NastiError::Kind::Invalid,
                         tr("The PostgreSQL URL lists a malformed server “%1” (use HOST:PORT,HOST:PORT).")
                             .arg(spec));
                servers << Server{probe.host(QUrl::FullyDecoded), probe.port(5432)};
            }
        }
        const QString single = servers.isEmpty() ? text
                                                 : text.left(schemeEnd) + authority.left(userEnd) +
                                                       specs.first() + text.mid(authorityEnd);
        const QUrl u(single, QUrl::StrictMode);
        if (!u.isValid())
            fail(NastiError::Kind::Invalid, tr("The PostgreSQL URL is malformed: %1").arg(u.errorString()));
        url.backend = Backend::Postgres;
        url.user = u.userName(QUrl::FullyDecoded);
        url.password = u.password(QUrl::FullyDecoded);
        url.host = u.host(QUrl::FullyDecoded);
        if (url.host.isEmpty())
            url.host = QStringLiteral("localhost");
        url.port = u.port(5432);
        if (servers.size() > 1)
            url.moreServers = servers.mid(1);
        url.database = u.path(QUrl::FullyDecoded).mid(1);
        if (url.database.isEmpty())
            fail(NastiError::Kind::Invalid, tr("The PostgreSQL URL names no database (…/DBNAME)."));
        const QUrlQuery query(u);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (!allowedOptions().contains(key))
                fail(NastiError::Kind::Invalid, tr("Unknown PostgreSQL URL option “%1”.").arg(key));
            url.options.insert(key, value);
        }
        return url;
    }

    fail(NastiError::Kind::Invalid,
         tr("Unknown database URL “%1”: use sqlite:PATH or postgresql://USER@HOST:PORT/DB.").arg(text));
}

QString DbUrl::display() const
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("sqlite:") + path;
    DbUrl copy = *this;
    copy.password.clear();
    return copy.toString();
}

QString DbUrl::toString() const
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("sqlite:") + path;
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(user);
    if (!password.isEmpty())
        u.setPassword(password);
    u.setHost(host);
    u.setPort(port);
    u.setPath(QLatin1Char('/') + database);
    if (!options.isEmpty()) {
        QUrlQuery q;
        for (auto it = options.cbegin(); it != options.cend(); ++it)
            q.addQueryItem(it.key(), it.value());
        u.setQuery(q);
    }
    QString text = u.toString(QUrl::FullyEncoded);
    if (!moreServers.isEmpty()) {
        QString extra;
        for (const Server &server : moreServers) {
            QUrl one;
            one.setScheme(QStringLiteral("postgresql"));
            one.setHost(server.host);
            one.setPort(server.port);
            extra += QLatin1Char(',') + one.toString(QUrl::FullyEncoded).mid(13); // after "postgresql://"
        }
        text.insert(text.indexOf(QLatin1Char('/'), 13), extra);
    }
    return text;
}

QList<DbUrl::Server> DbUrl::servers() const
{
    return QList<Server>{Server{host, port}} + moreServers;
}

QString DbUrl::hostList() const
{
    QStringList hosts;
    for (const Server &server : servers())
        hosts << server.host;
    return hosts.join(QLatin1Char(','));
}

QString DbUrl::portList() const
{
    QStringList ports;
    for (const Server &server : servers())
        ports << QString::number(server.port);
    return ports.join(QLatin1Char(','));
}

DbUrl DbUrl::withCredentials(const QString &newUser, const QString &newPassword) const
{
    DbUrl copy = *this;
    copy.user = newUser;
    copy.password = newPassword;
    return copy;
}

DbUrl DbUrl::withDatabase(const QString &name) const
{
    DbUrl copy = *this;
    copy.database = name;
    return copy;
}

} // namespace nasti
