// NSS first: its headers have a member named `slots`, which Qt defines as a macro.
#include <cert.h>
#include <certdb.h>
#include <keyhi.h>
#include <nss.h>
#include <pk11pub.h>
#include <pkcs11t.h>
#include <prerror.h>
#include <secerr.h>
#include <secmod.h>
#include <secport.h>

// A module's slots, read before Qt's headers define `slots` as a macro.
static PK11SlotInfo *nastiModuleSlot(SECMODModule *module, int i)
{
    return module->slots[i];
}

#include "pdfsign/nssbridge.h"

#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
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

// The PIN of the token being signed with (under the Guard's mutex), for NSS's asks.
QByteArray g_tokenPin;

char *passwordCallback(PK11SlotInfo *slot, PRBool retry, void *)
{
    // Never retry: a wrong password would otherwise loop (and lock a token).
    if (retry || !g_state)
        return nullptr;
    if (slot && !PK11_IsInternalKeySlot(slot) && !PK11_IsInternal(slot))
        return g_tokenPin.isEmpty() ? nullptr : PORT_Strdup(g_tokenPin.constData());
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
        if (!g_tokenPin.isEmpty())
            return PORT_Strdup(g_tokenPin.constData());
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

namespace {
// PKCS#11 modules loaded into the process's NSS, by library path (under the mutex). A module
// stays loaded for the process: unloading one a token session may still use is worse.
SECMODModule *loadModule(const QString &path)
{
    static QHash<QString, SECMODModule *> modules;
    if (SECMODModule *m = modules.value(path))
        return m;
    if (path.isEmpty() || !QFileInfo::exists(path))
        fail(NastiError::Kind::Invalid,
             tr("The DSC token's driver (PKCS#11 module) %1 is not installed on this computer.").arg(path));
    static int counter = 0;
    QString quoted = path;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    const QByteArray spec =
        QStringLiteral("library=\"%1\" name=\"Nasti DSC token %2\"").arg(quoted).arg(++counter).toUtf8();
    // Loaded for this process only (not written into the private database's pkcs11.txt).
    SECMODModule *m = SECMOD_LoadUserModule(const_cast<char *>(spec.constData()), nullptr, PR_FALSE);
    if (!m || !m->loaded) {
        const QString why = nssError();
        if (m)
            SECMOD_DestroyModule(m);
        fail(NastiError::Kind::Invalid,
             tr("The DSC token's driver (PKCS#11 module) %1 could not be loaded: %2").arg(path, why));
    }
    modules.insert(path, m);
    return m;
}
} // namespace

struct TokenSigner::Private
{
    PK11SlotInfo *slot = nullptr;
    CERTCertificate *cert = nullptr;
    QList<CERTCertificate *> chain;
    QString nickname, label;
    QByteArray pin;

    ~Private()
    {
        if (slot) {
            (void)PK11_Logout(slot);
            PK11_FreeSlot(slot);
        }
        if (cert)
            CERT_DestroyCertificate(cert);
        for (CERTCertificate *c : std::as_const(chain))
            CERT_DestroyCertificate(c);
        pin.fill('\0');
        g_tokenPin.fill('\0');
        g_tokenPin.clear();
    }
};

TokenSigner::TokenSigner(const Guard &, const TokenCredentials &c) : d(std::make_unique<Private>())
{
    SECMODModule *module = loadModule(c.modulePath);
    QByteArray der = c.certificateDer;
    der.detach();
    SECItem item{siBuffer, reinterpret_cast<unsigned char *>(der.data()), unsigned(der.size())};
    d->pin = c.pin;
    d->pin.detach();
    QStringList present;
    for (int i = 0; i < module->slotCount && !d->cert; ++i) {
        PK11SlotInfo *slot = nastiModuleSlot(module, i);
        if (!slot || !PK11_IsPresent(slot))
            continue;
        const QString label = QString::fromUtf8(PK11_GetTokenName(slot)).trimmed();
        present << label;
        if (d->pin.isEmpty())
            fail(NastiError::Kind::Auth, tr("The PIN of the DSC token %1 was not given.").arg(label));
        // A token shows its certificates only once logged in (NSS searches an "unfriendly"
        // token after login). The PIN is checked once, before anything is signed: a wrong one
        // is said plainly, and no retry loop counts down the token's tries.
        if (PK11_NeedLogin(slot) && PK11_CheckUserPassword(slot, d->pin.constData()) != SECSuccess) {
            const PRErrorCode code = PORT_GetError();
            if (code == SEC_ERROR_BAD_PASSWORD)
                fail(NastiError::Kind::Auth,
                     tr("The PIN of the DSC token %1 is wrong; nothing was signed. (The token locks itself "
                        "after a few wrong PINs.)")
                         .arg(label));
            if (code == SEC_ERROR_LOCKED_PASSWORD)
                fail(NastiError::Kind::Auth,
                     tr("The DSC token %1 is locked (too many wrong PINs); its certifying authority's "
                        "tools unlock it.")
                         .arg(label));
            fail(NastiError::Kind::Auth, tr("The DSC token %1 refused the PIN: %2").arg(label, nssError()));
        }
        if (CERTCertificate *cert = PK11_FindCertFromDERCertItem(slot, &item, nullptr)) {
            d->cert = cert;
            d->slot = PK11_ReferenceSlot(slot);
        } else {
            (void)PK11_Logout(slot);
        }
    }
    if (present.isEmpty())
        fail(NastiError::Kind::Invalid,
             tr("No DSC token is inserted (the driver %1 finds none). Insert your token and try again.")
                 .arg(c.modulePath));
    if (!d->cert)
        fail(NastiError::Kind::Invalid,
             tr("The DSC token in this computer (%1) does not hold your registered certificate.")
                 .arg(present.join(QStringLiteral(", "))));
    d->label = QString::fromUtf8(PK11_GetTokenName(d->slot)).trimmed();
    g_tokenPin = d->pin;
    if (d->cert->nickname)
        d->nickname = QString::fromUtf8(d->cert->nickname);
    if (d->nickname.isEmpty())
        fail(NastiError::Kind::Invalid,
             tr("The certificate on the DSC token %1 has no label; NSS cannot name it.").arg(d->label));
    // The external CA, as temporary certificates, for NSS to build the chain from.
    for (const QByteArray &ca : c.chainDer) {
        QByteArray bytes = ca;
        bytes.detach();
        SECItem caItem{siBuffer, reinterpret_cast<unsigned char *>(bytes.data()), unsigned(bytes.size())};
        if (CERTCertificate *cert =
                CERT_NewTempCertificate(CERT_GetDefaultCertDB(), &caItem, nullptr, PR_FALSE, PR_TRUE))
            d->chain << cert;
    }
}

TokenSigner::~TokenSigner() = default;

QString TokenSigner::nickname() const
{
    return d->nickname;
}

QString TokenSigner::password() const
{
    return QString::fromLatin1(d->pin);
}

QString TokenSigner::tokenLabel() const
{
    return d->label;
}

} // namespace nasti::pdfsign::nss
