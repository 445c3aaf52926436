#include "credentials/credentialstore.h"

#include <qt6keychain/keychain.h>

namespace nasti {

CredentialStore::CredentialStore(QObject *parent) : QObject(parent) {}

QString CredentialStore::serviceName()
{
    return QStringLiteral("Nasti");
}

QString CredentialStore::key(const QString &server, const QString &login)
{
    return server + QLatin1Char('/') + login;
}

bool CredentialStore::isMissingKeychain(const QKeychain::Job *job)
{
    // No Secret Service / KWallet (NoBackendAvailable), or on Linux without a session
    // bus "Cannot autolaunch D-Bus without X11 $DISPLAY" (OtherError): either way
    // there is no keychain to keep the password in.
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return true;
    default:
        return false;
    }
}

QString CredentialStore::explain(const QKeychain::Job *job)
{
    if (isMissingKeychain(job))
        return tr("No keychain service is running on this computer; your password will not be remembered.");
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return tr("No password is remembered for this login.");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return tr("The keychain refused access; your password is not remembered.");
    default:
        return tr("The keychain failed (%1); your password is not remembered.").arg(job->errorString());
    }
}

void CredentialStore::save(const QString &server, const QString &login, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key(server, login));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            emit saved(true, QString());
        else
            emit saved(false, explain(j));
    });
    job->start();
}

void CredentialStore::load(const QString &server, const QString &login)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key(server, login));
    connect(job, &QKeychain::Job::finished, this, [this, login](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::NoError)
            emit loaded(login, read->textData());
        else
            emit loadFailed(login, explain(j), isMissingKeychain(j));
    });
    job->start();
}

void CredentialStore::remove(const QString &server, const QString &login)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key(server, login));
    job->start();
}

} // namespace nasti
