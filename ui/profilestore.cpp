#include "profilestore.h"

#include "db/dburl.h"
#include "util/error.h"
#include "util/paths.h"

#include <QCoreApplication>
#include <QSettings>

namespace nasti {

namespace {
const QString kProfiles = QStringLiteral("profiles");
}

ProfileStore::ProfileStore()
{
    QSettings settings;
    if (settings.beginReadArray(kProfiles) == 0) {
        settings.endArray();
        // First start: the demo database on this computer.
        save({QCoreApplication::translate("nasti::ProfileStore", "Demo (this computer)"),
              paths::defaultDatabaseUrl(),
              {},
              false});
        return;
    }
    settings.endArray();
}

QString ProfileStore::stripPassword(const QString &url)
{
    try {
        return DbUrl::parse(url).display();
    } catch (const NastiError &) {
        return url;
    }
}

QList<Profile> ProfileStore::profiles() const
{
    QSettings settings;
    QList<Profile> out;
    const int n = settings.beginReadArray(kProfiles);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        Profile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.url = settings.value(QStringLiteral("url")).toString();
        p.lastLogin = settings.value(QStringLiteral("lastLogin")).toString();
        p.remember = settings.value(QStringLiteral("remember")).toBool();
        p.reviewUrl = settings.value(QStringLiteral("reviewUrl")).toString();
        p.offlineDays = settings.value(QStringLiteral("offlineDays"), 7).toInt();
        p.offlineHighest =
            settings.value(QStringLiteral("offlineHighest"), QStringLiteral("confidential")).toString();
        if (!p.name.isEmpty())
            out.append(p);
    }
    settings.endArray();
    return out;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    for (const Profile &p : profiles())
        if (p.name == name)
            return p;
    return std::nullopt;
}

void ProfileStore::save(const Profile &profile)
{
    QList<Profile> all = profiles();
    Profile clean = profile;
    clean.url = stripPassword(profile.url);
    clean.reviewUrl = stripPassword(profile.reviewUrl);
    bool replaced = false;
    for (Profile &p : all)
        if (p.name == clean.name) {
            p = clean;
            replaced = true;
        }
    if (!replaced)
        all.append(clean);
    QSettings settings;
    settings.remove(kProfiles);
    settings.beginWriteArray(kProfiles, static_cast<int>(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), all.at(i).name);
        settings.setValue(QStringLiteral("url"), all.at(i).url);
        settings.setValue(QStringLiteral("lastLogin"), all.at(i).lastLogin);
        settings.setValue(QStringLiteral("remember"), all.at(i).remember);
        settings.setValue(QStringLiteral("reviewUrl"), all.at(i).reviewUrl);
        settings.setValue(QStringLiteral("offlineDays"), all.at(i).offlineDays);
        settings.setValue(QStringLiteral("offlineHighest"), all.at(i).offlineHighest);
    }
    settings.endArray();
}

void ProfileStore::remove(const QString &name)
{
    QList<Profile> all = profiles();
    all.removeIf([&](const Profile &p) { return p.name == name; });
    QSettings settings;
    settings.remove(kProfiles);
    settings.beginWriteArray(kProfiles, static_cast<int>(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), all.at(i).name);
        settings.setValue(QStringLiteral("url"), all.at(i).url);
        settings.setValue(QStringLiteral("lastLogin"), all.at(i).lastLogin);
        settings.setValue(QStringLiteral("remember"), all.at(i).remember);
    }
    settings.endArray();
}

QString ProfileStore::lastProfile() const
{
    return QSettings().value(QStringLiteral("lastProfile")).toString();
}

void ProfileStore::setLastProfile(const QString &name)
{
    QSettings().setValue(QStringLiteral("lastProfile"), name);
}

QString ProfileStore::language() const
{
    return QSettings().value(QStringLiteral("language"), QStringLiteral("en")).toString();
}

void ProfileStore::setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
}

} // namespace nasti
