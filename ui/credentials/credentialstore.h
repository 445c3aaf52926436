#pragma once

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace nasti {

// "Remember me": the password of one login on one server, kept in the OS keychain
// (Secret Service, KWallet, macOS Keychain, Windows Credential Manager) through
// QtKeychain. Jobs are asynchronous and delete themselves; there is no plaintext
// fallback, so where no keychain service runs nothing is remembered and the caller
// is told why (keychainMissing). Passwords never go to a settings file or a log.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject *parent = nullptr); // service name "Nasti"

    // Keys are namespaced "<server>/<login>" where server is DbUrl::display() of the profile.
    void save(const QString &server, const QString &login, const QString &password);
    void load(const QString &server, const QString &login);
    void remove(const QString &server, const QString &login);

    static QString key(const QString &server, const QString &login);
    static QString serviceName();

signals:
    void saved(bool ok, const QString &message); // message: why not, when !ok
    void loaded(const QString &login, const QString &password);
    void loadFailed(const QString &login, const QString &message, bool keychainMissing);

private:
    static bool isMissingKeychain(const QKeychain::Job *job);
    static QString explain(const QKeychain::Job *job);
};

} // namespace nasti
