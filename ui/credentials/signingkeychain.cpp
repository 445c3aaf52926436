#include "credentials/signingkeychain.h"

#include "credentials/credentialstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <memory>

#include <qt6keychain/keychain.h>

namespace nasti::signingkeychain {

namespace {
QString entry(const QString &server, const QString &login)
{
    return server + QStringLiteral("/signing-key/") + login;
}
} // namespace

void save(const QString &server, const QString &login, const QByteArray &secretKey)
{
    auto *job = new QKeychain::WritePasswordJob(CredentialStore::serviceName(), QCoreApplication::instance());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry(server, login));
    job->setBinaryData(secretKey);
    QObject::connect(job, &QKeychain::Job::finished, job, [](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            qWarning("signing key not kept in the keychain: %s", qPrintable(j->errorString()));
    });
    job->start();
}

std::optional<QByteArray> load(const QString &server, const QString &login, int timeoutMs, QString *problem)
{
    // The job outlives a timeout safely: it deletes itself when it finishes.
    struct Result
    {
        bool done = false;
        QByteArray data;
        QString error;
    };
    auto result = std::make_shared<Result>();
    auto *job = new QKeychain::ReadPasswordJob(CredentialStore::serviceName(), QCoreApplication::instance());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry(server, login));
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [result, &loop](QKeychain::Job *j) {
        result->done = true;
        if (j->error() == QKeychain::NoError)
            result->data = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
        else
            result->error = j->errorString();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!result->done)
        loop.exec();
    if (result->done && !result->data.isEmpty())
        return result->data;
    if (problem)
        *problem = !result->done ? QCoreApplication::translate("nasti::signingkeychain",
                                                               "The keychain did not answer in time.")
                                 : result->error;
    return std::nullopt;
}

} // namespace nasti::signingkeychain
