#include "client/draftstore.h"

#include "util/paths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace nasti {

namespace {
QString hashOf(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

std::optional<DraftStore::Entry> readEntry(const QString &path, const QString &server, const QString &login)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.value(QStringLiteral("server")).toString() != server ||
        o.value(QStringLiteral("login")).toString() != login)
        return std::nullopt;
    DraftStore::Entry e;
    e.fileNo = o.value(QStringLiteral("file_no")).toString();
    e.text = o.value(QStringLiteral("text")).toString();
    e.savedAt = static_cast<qint64>(o.value(QStringLiteral("saved_at")).toDouble());
    if (e.fileNo.isEmpty())
        return std::nullopt;
    return e;
}
} // namespace

DraftStore::DraftStore(const QString &server, const QString &login, const QString &dir)
    : m_server(server), m_login(login),
      m_dir(dir.isEmpty() ? paths::dataDir() + QStringLiteral("/drafts") : dir)
{
}

QString DraftStore::prefix() const
{
    return hashOf(m_server + QLatin1Char('\n') + m_login);
}

QString DraftStore::pathFor(const QString &fileNo) const
{
    return m_dir + QLatin1Char('/') + prefix() + QLatin1Char('-') + hashOf(fileNo) + QStringLiteral(".json");
}

bool DraftStore::save(const QString &fileNo, const QString &text, qint64 nowMs)
{
    if (text.trimmed().isEmpty()) {
        remove(fileNo);
        return true;
    }
    QDir().mkpath(m_dir);
    QSaveFile file(pathFor(fileNo));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // Only the user may read what he wrote.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QJsonObject o{{QStringLiteral("server"), m_server},
                        {QStringLiteral("login"), m_login},
                        {QStringLiteral("file_no"), fileNo},
                        {QStringLiteral("text"), text},
                        {QStringLiteral("saved_at"), static_cast<double>(nowMs)}};
    file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return file.commit();
}

std::optional<DraftStore::Entry> DraftStore::load(const QString &fileNo) const
{
    return readEntry(pathFor(fileNo), m_server, m_login);
}

void DraftStore::remove(const QString &fileNo)
{
    QFile::remove(pathFor(fileNo));
}

QList<DraftStore::Entry> DraftStore::pending() const
{
    QList<Entry> out;
    const QDir dir(m_dir);
    const QStringList names = dir.entryList({prefix() + QStringLiteral("-*.json")}, QDir::Files);
    for (const QString &name : names)
        if (auto e = readEntry(dir.filePath(name), m_server, m_login))
            out.append(*e);
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) { return a.savedAt > b.savedAt; });
    return out;
}

} // namespace nasti
