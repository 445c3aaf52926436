// NSS first: its headers have a member named `slots`, which Qt defines as a macro.
#include <cert.h>
#include <certdb.h>
#include <keyhi.h>
#include <nss.h>
#include <pk11pub.h>
#include <pkcs11t.h>
#include <prerror.h>
#include <secerr.h>
#include <secport.h>

#include "pdfsign/nssbridge.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <poppler-form.h>

#include <atomic>
#include <cstring>

namespace nasti::pdfsign::nss {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::pdfsign", text);
}

QString nssError()
{
    const PRErrorCode code = PORT_GetError();
    const char *text = PR_ErrorToString(code, PR_LANGUAGE_I_DEFAULT);
    return QStringLiteral("%1 (%2)").arg(QString::fromUtf8(text ? text : "?")).arg(code);
}

QMutex &mutex()
{
    static QMutex m;
    return m;
}

// The process's NSS state; made once, under the mutex, by the first Guard.
struct State
{
    QTemporaryDir dir; // 0700, removed at exit
    QByteArray password;
    QString scratch;
    QString failure; // why NSS could not be set up (then every Guard fails with it)

    // At exit, after Poppler's own NSS_Shutdown (registered later with atexit).
    ~State()
    {
        if (NSS_IsInitialized())
            (void)NSS_Shutdown();
        password.fill('\0');
    }
};
State *g_state = nullptr;

char *passwordCallback(PK11SlotInfo *, PRBool retry, void *)
{
    // Never retry: a wrong password would otherwise loop.
    if (retry || !g_state)
        return nullptr;
    return PORT_Strdup(g_state->password.constData());
}

void setUp(State &s)
{
    if (!s.dir.isValid()) {
        s.failure = tr("Cannot create a private directory for signing: %1").arg(s.dir.errorString());
        return;
    }
    QFile::setPermissions(s.dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString db = QDir(s.dir.path()).filePath(QStringLiteral("nssdb"));
    s.scratch = QDir(s.dir.path()).filePath(QStringLiteral("scratch"));
    QDir().mkpath(db);
    QDir().mkpath(s.scratch);
    const QByteArray dbUrl = "sql:" + QFile::encodeName(db);
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    s.password = QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();

    if (NSS_IsInitialized()) {
        // Someone (a Poppler signature call made before ours) initialised NSS already.
        s.failure = tr("NSS was initialised before Nasti's signing set-up (Poppler uses %1); "
                       "signatures cannot be made or checked in this process.")
                        .arg(Poppler::getNSSDir());
        return;
    }
    // NSS opened read-write on our database, for the rest of the process. Poppler is not
    // told (its setNSSDir would open it read-only, and a certificate must be a token
    // object for Poppler to find it by nickname): its own lazy NSS_Init then finds NSS
    // initialised and keeps it, as NSS_Init is idempotent.
    if (NSS_InitReadWrite(dbUrl.constData()) != SECSuccess) {
        s.failure = tr("Cannot create the signing database: %1").arg(nssError());
        return;
    }
    PK11_SetPasswordFunc(passwordCallback);
    Poppler::setNSSPasswordCallback([](const char *) -> char * {
        return g_state ? PORT_Strdup(g_state->password.constData()) : nullptr;
    });
    PK11SlotInfo *slot = PK11_GetInternalKeySlot();
    if (!slot) {
        s.failure = tr("NSS has no key slot: %1").arg(nssError());
        return;
    }
    if (PK11_NeedUserInit(slot) && PK11_InitPin(slot, nullptr, s.password.constData()) != SECSuccess)
        s.failure = tr("Cannot protect the signing database: %1").arg(nssError());
    else if (PK11_Authenticate(slot, PR_TRUE, nullptr) != SECSuccess)
        s.failure = tr("Cannot log in to the signing database: %1").arg(nssError());
    PK11_FreeSlot(slot);
}

} // namespace

Guard::Guard() : m_lock(&mutex())
{
    if (!g_state) {
        static State state; // lives until exit (NSS keeps the database open)
        g_state = &state;
        setUp(state);
    }
    if (!g_state->failure.isEmpty())
        fail(NastiError::Kind::Invalid, g_state->failure);
}

Guard::~Guard() = default;

QString Guard::scratchDir() const
{
    return g_state->scratch;
}

struct SessionSigner::Private
{
    QString nickname;
    PK11SlotInfo *slot = nullptr;
    SECKEYPrivateKey *key = nullptr;
    CERTCertificate *cert = nullptr;
    bool certOnToken = false;
    QList<CERTCertificate *> chain;

    // Also runs when the constructor throws (d is already made).
    ~Private()
    {
        for (CERTCertificate *c : std::as_const(chain))
            CERT_DestroyCertificate(c);
        if (cert) {
            if (certOnToken)
                (void)SEC_DeletePermCertificate(cert);
            CERT_DestroyCertificate(cert);
        }
        if (key)
            (void)PK11_DeleteTokenPrivateKey(key, PR_TRUE); // deletes the object, frees key
        if (slot)
            PK11_FreeSlot(slot);
    }
};

SessionSigner::SessionSigner(const Guard &, const SigningCredentials &c) : d(std::make_unique<Private>())
{
    static std::atomic<int> counter{0};
    d->nickname = QStringLiteral("nasti-signer-%1-%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    d->slot = PK11_GetInternalKeySlot();
    if (!d->slot)
        fail(NastiError::Kind::Invalid, tr("NSS has no key slot: %1").arg(nssError()));
    // The private key: a token object in the process's database, where NSS keeps it encrypted
    // with the database's random password (key4.db, 0700 directory), deleted right after the
    // signature. (A session object would never touch the disk, but Poppler 22.12's CMS
    // signing does not find session keys.)
    QByteArray pkcs8 = c.privateKeyPkcs8;
    pkcs8.detach();
    SECItem der{siBuffer, reinterpret_cast<unsigned char *>(pkcs8.data()), unsigned(pkcs8.size())};
    QByteArray nick = d->nickname.toUtf8();
    SECItem nickItem{siUTF8String, reinterpret_cast<unsigned char *>(nick.data()), unsigned(nick.size())};
    const SECStatus imported =
        PK11_ImportDERPrivateKeyInfoAndReturnKey(d->slot, &der, &nickItem, nullptr, PR_TRUE, PR_TRUE,
                                                 KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION, &d->key, nullptr);
    const QString keyError = nssError();
    std::memset(pkcs8.data(), 0, size_t(pkcs8.size()));
    if (imported != SECSuccess || !d->key)
        fail(NastiError::Kind::Invalid, tr("NSS refused the officer's private key: %1").arg(keyError));

    // The certificate (public): a token object, so that Poppler finds it by nickname; its
    // CKA_ID (from the public key) ties it to the key. Deleted again afterwards.
    QByteArray certDer = c.certificateDer;
    certDer.detach();
    SECItem item{siBuffer, reinterpret_cast<unsigned char *>(certDer.data()), unsigned(certDer.size())};
    d->cert = CERT_NewTempCertificate(CERT_GetDefaultCertDB(), &item, nullptr, PR_FALSE, PR_TRUE);
    if (!d->cert)
        fail(NastiError::Kind::Invalid, tr("NSS cannot read the officer's certificate: %1").arg(nssError()));
    if (PK11_ImportCert(d->slot, d->cert, CK_INVALID_HANDLE, nick.constData(), PR_FALSE) != SECSuccess)
        fail(NastiError::Kind::Invalid, tr("NSS refused the officer's certificate: %1").arg(nssError()));
    d->certOnToken = true;

    // The chain (the CA), as temporary certificates, for NSS to build the chain from.
    for (const QByteArray &ca : c.chainDer) {
        QByteArray bytes = ca;
        bytes.detach();
        SECItem caItem{siBuffer, reinterpret_cast<unsigned char *>(bytes.data()), unsigned(bytes.size())};
        if (CERTCertificate *cert =
                CERT_NewTempCertificate(CERT_GetDefaultCertDB(), &caItem, nullptr, PR_FALSE, PR_TRUE))
            d->chain << cert;
    }
}

SessionSigner::~SessionSigner() = default;

QString SessionSigner::nickname() const
{
    return d->nickname;
}

QString SessionSigner::password() const
{
    return QString::fromLatin1(g_state->password);
}

} // namespace nasti::pdfsign::nss
