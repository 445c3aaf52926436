#include "credentials/offlinekeychain.h"

#include "client/offlinecache.h"
#include "credentials/credentialstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <memory>

#include <qt6keychain/keychain.h>

namespace nasti::offlinekeychain {

namespace {
QString entry(const QString &server, const QString &login)
{
    return server + QStringLiteral("/offline-key/") + login;
}

struct Answer
{
    bool done = false;
    QKeychain::Error error = QKeychain::NoError;
    QString message;
    QByteArray data;
};

// Runs the job, waiting at most timeoutMs (the job deletes itself when it finishes, even later).
std::shared_ptr<Answer> wait(QKeychain::Job *job, int timeoutMs)
{
    auto answer = std::make_shared<Answer>();
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [answer, &loop](QKeychain::Job *j) {
        answer->done = true;
        answer->error = j->error();
        answer->message = j->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
            answer->data = read->binaryData();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!answer->done)
        loop.exec();
    return answer;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::offlinekeychain", text);
}
} // namespace

std::optional<QByteArray> loadOrCreate(const QString &server, const QString &login, int timeoutMs,
                                       QString *problem)
{
    auto *read = new QKeychain::ReadPasswordJob(CredentialStore::serviceName(), QCoreApplication::instance());
    read->setKey(entry(server, login));
    const auto found = wait(read, timeoutMs);
    if (found->done && found->error == QKeychain::NoError && found->data.size() == OfflineCache::kKeyBytes)
        return found->data;
    if (!found->done || found->error != QKeychain::EntryNotFound) {
        if (problem)
            *problem = !found->done ? tr("The keychain did not answer in time.") : found->message;
        return std::nullopt;
    }
    // The first sign-in on this desktop: a new key (copies sealed under an older one are unreadable).
    const QByteArray key = OfflineCache::newKey();
    auto *write =
        new QKeychain::WritePasswordJob(CredentialStore::serviceName(), QCoreApplication::instance());
    write->setKey(entry(server, login));
    write->setBinaryData(key);
    const auto stored = wait(write, timeoutMs);
    if (!stored->done || stored->error != QKeychain::NoError) {
        if (problem)
            *problem = !stored->done ? tr("The keychain did not answer in time.") : stored->message;
        return std::nullopt;
    }
    return key;
}

} // namespace nasti::offlinekeychain
