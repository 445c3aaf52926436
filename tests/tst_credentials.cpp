// "Remember me" through the OS keychain (QtKeychain). Registered twice:
//   tst_credentials_keychain   under tests/run-with-keyring.sh (a private D-Bus
//                              session with an unlocked gnome-keyring): the
//                              password goes in and comes back out;
//   tst_credentials            without a session bus: the store says there is no
//                              keychain and remembers nothing.
// Either way the profile's settings file never holds the password.
#include "credentials/credentialstore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nasti;

namespace {
const QString kServer = QStringLiteral("postgresql://db.secretariat.example:5432/nasti?sslmode=verify-full");
const QString kPassword = QStringLiteral("Remember-me-Passw0rd \"'; नस्ती");

bool expectKeychain()
{
    return qEnvironmentVariable("NASTI_EXPECT_KEYCHAIN") == QLatin1String("1");
}
bool expectNoKeychain()
{
    return qEnvironmentVariable("NASTI_EXPECT_NO_KEYCHAIN") == QLatin1String("1");
}
} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("NastiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_credentials"));
    }

    void keysAreNamespacedByServerAndLogin()
    {
        QCOMPARE(CredentialStore::key(kServer, QStringLiteral("so.gad1")),
                 kServer + QStringLiteral("/so.gad1"));
        QVERIFY(CredentialStore::key(kServer, QStringLiteral("a")) !=
                CredentialStore::key(kServer + QLatin1Char('x'), QStringLiteral("a")));
        QCOMPARE(CredentialStore::serviceName(), QStringLiteral("Nasti"));
    }

    void saveLoadRemoveRoundTrip()
    {
        if (!expectKeychain())
            QSKIP("needs a keychain: run through tests/run-with-keyring.sh");
        CredentialStore store;
        QSignalSpy saved(&store, &CredentialStore::saved);
        QSignalSpy loaded(&store, &CredentialStore::loaded);
        QSignalSpy failed(&store, &CredentialStore::loadFailed);

        store.save(kServer, QStringLiteral("so.gad1"), kPassword);
        QVERIFY(saved.wait(20000));
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));

        store.load(kServer, QStringLiteral("so.gad1"));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().at(0).toString(), QStringLiteral("so.gad1"));
        QCOMPARE(loaded.first().at(1).toString(), kPassword);

        // Another login on the same server, or the same login on another server: nothing.
        store.load(kServer, QStringLiteral("us.gad"));
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.last().at(0).toString(), QStringLiteral("us.gad"));
        QCOMPARE(failed.last().at(2).toBool(), false);
        store.load(QStringLiteral("sqlite:/tmp/other.db"), QStringLiteral("so.gad1"));
        QVERIFY(failed.wait(20000));

        // Forgetting it (QtKeychain runs jobs one after another, in order).
        store.remove(kServer, QStringLiteral("so.gad1"));
        store.load(kServer, QStringLiteral("so.gad1"));
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.last().at(0).toString(), QStringLiteral("so.gad1"));
        QCOMPARE(loaded.size(), 1);
    }

    void withoutAKeychainNothingIsRemembered()
    {
        if (!expectNoKeychain())
            QSKIP("run without a D-Bus session bus (ctest: tst_credentials)");
        CredentialStore store;
        QSignalSpy saved(&store, &CredentialStore::saved);
        QSignalSpy failed(&store, &CredentialStore::loadFailed);
        store.save(kServer, QStringLiteral("so.gad1"), kPassword);
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.first().at(0).toBool(), false);
        QVERIFY2(saved.first().at(1).toString().contains(QLatin1String("No keychain service")),
                 qPrintable(saved.first().at(1).toString()));
        store.load(kServer, QStringLiteral("so.gad1"));
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().at(2).toBool(), true);
        QVERIFY(failed.first().at(1).toString().contains(QLatin1String("will not be remembered")));
    }

    void settingsFileNeverHoldsThePassword()
    {
        // A profile as the GUI's ProfileStore keeps it, with "Remember me" ticked.
        const QString path = m_dir.filePath(QStringLiteral("profiles.ini"));
        {
            QSettings profile(path, QSettings::IniFormat);
            profile.beginGroup(QStringLiteral("profiles/secretariat"));
            profile.setValue(QStringLiteral("url"), kServer);
            profile.setValue(QStringLiteral("login"), QStringLiteral("so.gad1"));
            profile.setValue(QStringLiteral("remember"), true);
            profile.endGroup();
            profile.sync();
        }
        CredentialStore store;
        QSignalSpy saved(&store, &CredentialStore::saved);
        store.save(kServer, QStringLiteral("so.gad1"), kPassword);
        QVERIFY(saved.wait(30000));
        if (expectKeychain())
            QVERIFY(saved.first().at(0).toBool());
        if (expectNoKeychain())
            QVERIFY(!saved.first().at(0).toBool());
        {
            QSettings profile(path, QSettings::IniFormat);
            profile.sync();
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("so.gad1"));
        QVERIFY(!bytes.contains(kPassword.toUtf8()));
        QVERIFY(!bytes.contains("Remember-me-Passw0rd"));
        // Nor in the application's own default settings (no plaintext fallback).
        const QString defaults = QSettings().fileName();
        QFile appSettings(defaults);
        if (appSettings.open(QIODevice::ReadOnly))
            QVERIFY(!appSettings.readAll().contains("Remember-me-Passw0rd"));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
