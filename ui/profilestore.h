#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace nasti {

// A connection profile: a name and a database URL (never a password), the last
// login used with it and whether the user asked to be remembered.
struct Profile
{
    QString name;
    QString url;
    QString lastLogin;
    bool remember = false;
    QString reviewUrl; // optional read-only replica for the review (issue 17)
    // Offline copies of the inbox on this desktop (issue 19): kept this many days (0: none),
    // up to this grading (a grading code: Secret and above are never kept).
    int offlineDays = 7;
    QString offlineHighest = QStringLiteral("confidential");
};

// Profiles and the UI language, in QSettings. Passwords live only in the OS
// keychain (CredentialStore).
class ProfileStore
{
public:
    ProfileStore();

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &name) const;
    // Adds or replaces by name; any password in the URL is dropped.
    void save(const Profile &profile);
    void remove(const QString &name);
    QString lastProfile() const;
    void setLastProfile(const QString &name);

    QString language() const; // "en" or "hi"
    void setLanguage(const QString &code);

    static QString stripPassword(const QString &url);
};

} // namespace nasti
