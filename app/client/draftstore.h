#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace nasti {

// The user's unsent note text, kept in a local file so that a crash, a lost
// connection or a conflict loses nothing (invariant 5). One small JSON file per
// (database, login, file) under <dataDir>/drafts, written atomically.
class DraftStore
{
public:
    struct Entry
    {
        QString fileNo;
        QString text;
        qint64 savedAt = 0; // UTC ms
    };

    // server: DbUrl::display(); dir: empty = <dataDir>/drafts.
    DraftStore(const QString &server, const QString &login, const QString &dir = {});

    bool save(const QString &fileNo, const QString &text, qint64 nowMs);
    std::optional<Entry> load(const QString &fileNo) const;
    void remove(const QString &fileNo);
    // Every draft of this user on this database, newest first.
    QList<Entry> pending() const;
    QString directory() const { return m_dir; }

private:
    QString pathFor(const QString &fileNo) const;
    QString prefix() const;

    QString m_server, m_login, m_dir;
};

} // namespace nasti
