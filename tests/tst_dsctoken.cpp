// Issue 16, the last part: an officer's DSC token through NSS's PKCS#11. A SoftHSM2 token
// (tests/support/make-dsc-token.sh) holds a key and a certificate from a throwaway external
// CA; the token is registered to the officer (nasti-admin key trust-ca / register-token), a
// letter is issued and signed on the token through DraftService, pdfsig and verify-letter
// accept it and name the signer; a wrong PIN signs nothing; an unregistered certificate is
// refused. On both backends. The tools missing is a failure, never a skip.

#include "access/connect.h"
#include "db/database.h"
#include "letters/faircopypdf.h"
#include "pdf/popplerinspector.h"
#include "pdfsign/backend.h"
#include "pdfsign/pdfsign.h"
#include "security/eventlog.h"
#include "services/draftservice.h"
#include "services/dsctokens.h"
#include "services/fileservice.h"
#include "services/keyservice.h"
#include "services/lettersignatures.h"
#include "services/orgservice.h"
#include "support/testdatabase.h"
#include "util/error.h"

#include <map>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace nasti;

namespace {
const QString kPin = QStringLiteral("4321");

QByteArray smallPdf(const QString &text)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
    writer.setResolution(72);
    QPainter p(&writer);
    p.drawText(QPointF(40, 60), text);
    p.end();
    buffer.close();
    return bytes;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

[[maybe_unused]] bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}
} // namespace

class TestDscToken : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_module, m_tokenDir;
    QByteArray m_caPem, m_officerPem, m_otherPem;

    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    PopplerInspector m_inspector;
    FairCopyPdf m_renderer;
    bool m_roles = false;
    std::map<QString, access::UserConnection> m_users;
    std::map<QString, Session> m_sqliteSessions;

    // The user's own connection (his PostgreSQL login role), his signing key unlocked.
    std::pair<Database *, Session *> user(const QString &login)
    {
        if (!m_roles) {
            auto it = m_sqliteSessions.find(login);
            if (it == m_sqliteSessions.end()) {
                Session s = test::sessionOf(*m_db, m_clock, login);
                try {
                    s.signer = KeyService(*m_db, m_clock, s).unlock(QStringLiteral("pw"));
                } catch (const NastiError &) {
                }
                it = m_sqliteSessions.emplace(login, s).first;
            }
            return {m_db.get(), &it->second};
        }
        auto it = m_users.find(login);
        if (it == m_users.end())
            it = m_users.emplace(login, access::connectAs(m_tdb->url(), login, QStringLiteral("pw"))).first;
        return {it->second.db.get(), &it->second.session};
    }
    FileService files(const QString &login)
    {
        auto [db, session] = user(login);
        return FileService(*db, m_clock, *session);
    }
    DraftService drafts(const QString &login)
    {
        auto [db, session] = user(login);
        return DraftService(*db, m_clock, *session, &m_inspector);
    }
    void up(const QString &login, const QString &fileNo)
    {
        ForwardRequest r;
        r.fileNo = fileNo;
        r.target = ForwardRequest::Target::Up;
        r.action = ActionAsked::Approval;
        files(login).forward(r);
    }
    qint64 count(const QString &sql) { return m_db->scalar(sql).toLongLong(); }
    // A draft approved by the Under Secretary, ready for the clerk to issue; its file's number.
    QString approvedDraft()
    {
        CreateFileRequest f;
        f.sectionCode = QStringLiteral("GAD-1");
        f.subject = QStringLiteral("Revision of dearness allowance");
        const QString fileNo = files(QStringLiteral("clerk.gad1")).create(f);
        NewDraftRequest r;
        r.fileNo = fileNo;
        r.content.subject = QStringLiteral("Revision of DA");
        Addressee a;
        a.name = QStringLiteral("The Accountant General");
        a.mode = QStringLiteral("post");
        a.address = QStringLiteral("Gwalior");
        r.content.addressees << a;
        r.content.bodyHtml = richtext::fromPlainText(QStringLiteral("The DA is revised to 50%."));
        drafts(QStringLiteral("clerk.gad1")).create(r);
        up(QStringLiteral("clerk.gad1"), fileNo);
        up(QStringLiteral("so.gad1"), fileNo);
        drafts(QStringLiteral("us.gad")).approve(fileNo, 1, 1, QStringLiteral("Issue."));
        files(QStringLiteral("us.gad"))
            .approve(fileNo, QStringLiteral("Approved as proposed."), QStringLiteral("ASST-GAD1"));
        return fileNo;
    }
    QByteArray attachment(const QString &sha)
    {
        return m_db
            ->scalar(QStringLiteral("SELECT content FROM attachments WHERE sha256 = :s"),
                     {{QStringLiteral("s"), sha}})
            .toByteArray();
    }
    // nasti-admin on this test's database (the token's SoftHSM2 configuration in its environment).
    QString admin(const QStringList &args, int *rc)
    {
        return run(QStringLiteral(NASTI_ADMIN_PATH),
                   QStringList{QStringLiteral("--db"), m_tdb->url().toString()} + args, rc);
    }
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_tmp.filePath(name);
        return writeFile(path, bytes) ? path : QString();
    }
    // The external CA trusted and the token registered to the clerk, through nasti-admin.
    void registerToken(const QString &login = QStringLiteral("clerk.gad1"))
    {
        int rc = -1;
        QString out = admin({QStringLiteral("keys"), QStringLiteral("trust-ca"), QStringLiteral("--name"),
                             QStringLiteral("Test Licensed CA"), file(QStringLiteral("ca.pem"), m_caPem)},
                            &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        out = admin({QStringLiteral("keys"), QStringLiteral("register-token"), QStringLiteral("--user"),
                     login, QStringLiteral("--cert"), file(QStringLiteral("officer.pem"), m_officerPem),
                     QStringLiteral("--module"), m_module},
                    &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("registered to ") + login), qPrintable(out));
    }

    pdfsign::SignatureAppearance look() const
    {
        pdfsign::SignatureAppearance a;
        a.page = 0;
        a.rect = QRectF(330, 650, 210, 60);
        a.text = QStringLiteral("Digitally signed by Ramesh Kumar\nAssistant");
        a.reason = QStringLiteral("Test");
        return a;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // The token: made before NSS loads SoftHSM2, which reads SOFTHSM2_CONF once.
        const QString dir = m_tmp.filePath(QStringLiteral("token"));
        m_tokenDir = dir;
        int rc = -1;
        const QString out =
            run(QStringLiteral(NASTI_SOURCE_DIR "/tests/support/make-dsc-token.sh"),
                {dir, QStringLiteral("DSC-RAMESH"), kPin, QStringLiteral("Ramesh Kumar")}, &rc);
        // Missing tools (softhsm2, gnutls-bin, opensc) fail the test: CI must have them.
        QVERIFY2(rc == 0, qPrintable(out));
        m_module = out.trimmed().split(QLatin1Char('\n')).last();
        qputenv("SOFTHSM2_CONF", QFile::encodeName(dir + QStringLiteral("/softhsm2.conf")));
        m_caPem = readFile(dir + QStringLiteral("/external-ca.pem"));
        m_officerPem = readFile(dir + QStringLiteral("/officer.pem"));
        m_otherPem = readFile(dir + QStringLiteral("/other.pem"));
        QVERIFY(!m_caPem.isEmpty() && !m_officerPem.isEmpty() && !m_otherPem.isEmpty());
        pdfsign::installBackend();
        pdfsign::initialiseSigning();
    }

    void init()
    {
        m_users.clear();
        m_sqliteSessions.clear();
        m_tdb = std::make_unique<test::TestDatabase>();
        m_db = m_tdb->create();
        test::seedSmallOffice(*m_db, m_clock);
        OrgService(*m_db, m_clock).databaseId();
        m_roles = false;
        if (m_db->isPostgres()) {
            try {
                access::connectAs(m_tdb->url(), QStringLiteral("clerk.gad1"), QStringLiteral("pw"));
                m_roles = true;
            } catch (const NastiError &e) {
                QFAIL(qPrintable(QStringLiteral("PostgreSQL login roles are needed: %1").arg(e.message())));
            }
        }
        try {
            KeyService(*m_db, m_clock, test::sessionOf(*m_db, m_clock, QStringLiteral("admin")))
                .createAuthority(QStringLiteral("Government of Madhya Pradesh"),
                                 QStringLiteral("authority-pass"));
            for (const char *login : {"clerk.gad1", "so.gad1", "us.gad"}) {
                auto [db, session] = user(QString::fromLatin1(login));
                session->signer = KeyService(*db, m_clock, *session).enrol(QStringLiteral("pw"));
            }
            KeyService(*m_db, m_clock, test::sessionOf(*m_db, m_clock, QStringLiteral("admin")))
                .certify({}, QStringLiteral("authority-pass"), 365);
        } catch (const NastiError &e) {
            QFAIL(qPrintable(e.message()));
        }
    }
    void cleanup()
    {
        m_users.clear();
        m_sqliteSessions.clear();
        m_db.reset();
        m_tdb.reset();
    }

    // The whole way: registered through nasti-admin, issued through DraftService with the
    // token's PIN, accepted by pdfsig (the external CA trusted in its NSS database), by
    // verify-letter and by the viewer's check, naming the signer; the chain verifies.
    void tokenSignedLetterIsAccepted()
    {
        registerToken();
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM trusted_cas")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM dsc_tokens")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'key.token_registered'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'key.ca_trusted'")), 1);
        const QString fileNo = approvedDraft();
        TokenLogin pin;
        pin.pin = kPin.toLatin1();
        const IssueResult issued = drafts(QStringLiteral("clerk.gad1")).issue(fileNo, 1, m_renderer, 0, pin);
        QVERIFY(issued.pdfSigned);
        QVERIFY(issued.tokenSigned);
        const QByteArray pdf = attachment(issued.sha256);
        QVERIFY(!pdf.isEmpty());

        // The viewer's check: valid, the signer named, the token's officer named.
        const PaperSignatures seen = LetterSignatures(*m_db).check(pdf);
        QCOMPARE(int(seen.state), int(PaperSignatures::State::Valid));
        QCOMPARE(seen.signatures.size(), 1);
        QCOMPARE(seen.signatures.first().signerName, QStringLiteral("Ramesh Kumar"));
        QVERIFY2(seen.text().contains(QStringLiteral("DSC token registered to Ramesh Kumar")),
                 qPrintable(seen.text()));

        // verify-letter.
        const QString letter = file(QStringLiteral("token-letter.pdf"), pdf);
        int rc = -1;
        QString out = admin({QStringLiteral("verify-letter"), letter}, &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Ramesh Kumar")), qPrintable(out));

        // pdfsig, with the external CA trusted in an NSS database of its own.
        const QString pdfsig = QStandardPaths::findExecutable(QStringLiteral("pdfsig"));
        const QString certutil = QStandardPaths::findExecutable(QStringLiteral("certutil"));
        QVERIFY2(!pdfsig.isEmpty() && !certutil.isEmpty(),
                 "pdfsig (poppler-utils) and certutil (libnss3-tools) are needed");
        const QString nssdir =
            m_tmp.filePath(QStringLiteral("pdfsig-nss-%1").arg(test::TestDatabase::backendName()));
        QDir(nssdir).removeRecursively();
        QVERIFY(QDir().mkpath(nssdir));
        const QString db = QStringLiteral("sql:") + nssdir;
        out = run(certutil,
                  {QStringLiteral("-N"), QStringLiteral("-d"), db, QStringLiteral("--empty-password")}, &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        out = run(certutil,
                  {QStringLiteral("-A"), QStringLiteral("-d"), db, QStringLiteral("-n"),
                   QStringLiteral("Test CA"), QStringLiteral("-t"), QStringLiteral("CT,C,C"),
                   QStringLiteral("-a"), QStringLiteral("-i"),
                   file(QStringLiteral("ca-for-pdfsig.pem"), m_caPem)},
                  &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        out = run(pdfsig, {QStringLiteral("-nssdir"), db, letter}, &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Signer Certificate Common Name: Ramesh Kumar")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Signature Validation: Signature is Valid.")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Certificate Validation: Certificate is Trusted.")),
                 qPrintable(out));

        // The chain, with the new tables' rows in it.
        const EventLog::VerifyResult v = EventLog(*m_db).verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
    }

    // A wrong PIN: nothing signed, nothing issued (no dispatch number used), the draft still
    // there to issue; then the right PIN issues it. No PIN at all for a token officer is refused.
    void wrongPinIssuesNothing()
    {
        registerToken();
        const QString fileNo = approvedDraft();
        TokenLogin wrong;
        wrong.pin = QByteArrayLiteral("9999");
        try {
            drafts(QStringLiteral("clerk.gad1")).issue(fileNo, 1, m_renderer, 0, wrong);
            QFAIL("issued with a wrong PIN");
        } catch (const NastiError &e) {
            QCOMPARE(e.kind(), NastiError::Kind::Auth);
            QVERIFY2(e.message().contains(QStringLiteral("PIN")) &&
                         e.message().contains(QStringLiteral("wrong")),
                     qPrintable(e.message()));
        }
        try {
            drafts(QStringLiteral("clerk.gad1")).issue(fileNo, 1, m_renderer);
            QFAIL("issued without the token's PIN");
        } catch (const NastiError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("PIN")), qPrintable(e.message()));
        }
        // Two years on, the token's certificate (a year's) has expired: said, nothing issued.
        {
            const ManualClock later(m_clock.nowMs() + 2 * 365LL * 24 * 3600 * 1000);
            auto [db, session] = user(QStringLiteral("clerk.gad1"));
            TokenLogin right;
            right.pin = kPin.toLatin1();
            try {
                DraftService(*db, later, *session, &m_inspector).issue(fileNo, 1, m_renderer, 0, right);
                QFAIL("issued with an expired token certificate");
            } catch (const NastiError &e) {
                QVERIFY2(e.message().contains(QStringLiteral("expired")), qPrintable(e.message()));
            }
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM issued_letters")), 0);
        TokenLogin right;
        right.pin = kPin.toLatin1();
        const IssueResult issued =
            drafts(QStringLiteral("clerk.gad1")).issue(fileNo, 1, m_renderer, 0, right);
        QVERIFY(issued.tokenSigned);
        QVERIFY2(issued.dispatchNo.startsWith(QStringLiteral("D-1/")), qPrintable(issued.dispatchNo));
    }

    // Refusals: a certificate from a CA not trusted is not registered; a PIN from an officer
    // with no registration issues nothing; a token signature whose certificate is not
    // registered (or registered to another officer) is refused by verify-letter; disabling
    // the officer revokes his registration.
    void unregisteredTokenIsRefused()
    {
        DscTokenService admin0(*m_db, m_clock, test::sessionOf(*m_db, m_clock, QStringLiteral("admin")));
        QVERIFY_THROWS_EXCEPTION(NastiError,
                                 admin0.registerToken(QStringLiteral("clerk.gad1"), m_officerPem, m_module));
        admin0.trustCa(QStringLiteral("Test Licensed CA"), m_caPem);
        QVERIFY_THROWS_EXCEPTION(NastiError, admin0.trustCa(QStringLiteral("Again"), m_caPem));
        QVERIFY_THROWS_EXCEPTION(NastiError, admin0.trustCa(QStringLiteral("Not a CA"), m_officerPem));

        const QString fileNo = approvedDraft();
        TokenLogin pin;
        pin.pin = kPin.toLatin1();
        try {
            drafts(QStringLiteral("clerk.gad1")).issue(fileNo, 1, m_renderer, 0, pin);
            QFAIL("issued with an unregistered token");
        } catch (const NastiError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("registered")), qPrintable(e.message()));
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM issued_letters")), 0);

        // A PDF signed on the token, its certificate from the trusted CA but registered to nobody.
        pdfsign::TokenSigning t{m_module, m_officerPem, kPin.toLatin1(), {m_caPem}};
        const QByteArray stray = pdfsign::signPdfWithToken(smallPdf(QStringLiteral("Stray")), t, look());
        const PaperSignatures seen = LetterSignatures(*m_db).check(stray);
        QCOMPARE(int(seen.state), int(PaperSignatures::State::Untrusted));
        QVERIFY2(seen.text().contains(QStringLiteral("not registered")), qPrintable(seen.text()));
        int rc = -1;
        QString out = admin({QStringLiteral("verify-letter"), file(QStringLiteral("stray.pdf"), stray)}, &rc);
        QCOMPARE(rc, 3);
        QVERIFY2(out.contains(QStringLiteral("not registered")), qPrintable(out));

        // Registered to another officer, it still does not make the clerk's letter his... and
        // disabling that officer revokes the registration.
        admin0.registerToken(QStringLiteral("so.gad1"), m_officerPem, m_module);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM dsc_token_revocations")), 0);
        m_db->exec(QStringLiteral("UPDATE users SET enabled = 0 WHERE login = 'so.gad1'"));
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM dsc_token_revocations WHERE reason = 'disabled'")), 1);
        out = admin({QStringLiteral("verify-letter"), file(QStringLiteral("stray2.pdf"), stray)}, &rc);
        QCOMPARE(rc, 3);
        const EventLog::VerifyResult v = EventLog(*m_db).verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
    }

    void signsOnTheToken()
    {
        pdfsign::TokenSigning t{m_module, m_officerPem, kPin.toLatin1(), {m_caPem}};
        const QByteArray signedPdf = pdfsign::signPdfWithToken(smallPdf(QStringLiteral("Token")), t, look());
        const QList<pdfsign::SignatureCheck> checks = pdfsign::validatePdf(signedPdf, {m_caPem});
        QCOMPARE(checks.size(), 1);
        QVERIFY2(checks.first().ok(), qPrintable(checks.first().problem()));
        QCOMPARE(checks.first().signerName, QStringLiteral("Ramesh Kumar"));
    }

    void wrongPinSignsNothing()
    {
        pdfsign::TokenSigning t{m_module, m_officerPem, QByteArrayLiteral("0000"), {m_caPem}};
        try {
            (void)pdfsign::signPdfWithToken(smallPdf(QStringLiteral("Token")), t, look());
            QFAIL("signed with a wrong PIN");
        } catch (const NastiError &e) {
            QCOMPARE(e.kind(), NastiError::Kind::Auth);
            QVERIFY2(e.message().contains(QStringLiteral("PIN")), qPrintable(e.message()));
        }
        // The right PIN still works (nothing locked after one wrong try).
        t.pin = kPin.toLatin1();
        QVERIFY(!pdfsign::signPdfWithToken(smallPdf(QStringLiteral("Again")), t, look()).isEmpty());
    }

    void certificateNotOnTheToken()
    {
        pdfsign::TokenSigning t{m_module, m_otherPem, kPin.toLatin1(), {m_caPem}};
        QVERIFY_THROWS_EXCEPTION(NastiError,
                                 pdfsign::signPdfWithToken(smallPdf(QStringLiteral("x")), t, look()));
        t = {QStringLiteral("/nonexistent/libnothing.so"), m_officerPem, kPin.toLatin1(), {m_caPem}};
        QVERIFY_THROWS_EXCEPTION(NastiError,
                                 pdfsign::signPdfWithToken(smallPdf(QStringLiteral("x")), t, look()));
    }
};

QTEST_MAIN(TestDscToken)
#include "tst_dsctoken.moc"
