// Issue 16, the PDF side: the organisation CA, officers' keys, signing a PDF with
// Poppler, validating it (Poppler, pdfsig, nasti-admin verify-letter), and every
// way it is refused or found tampered.
#include "letters/faircopypdf.h"
#include "letters/qrcode.h"
#include "pdf/pdfpages.h"
#include "pdfsign/pdfsign.h"
#include "util/error.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-form.h>
#include <poppler-qt6.h>

using namespace nasti;
using namespace nasti::pdfsign;

namespace {
const QString kPassphrase = QStringLiteral("correct horse battery");

QByteArray smallPdf(const QString &text, int pages = 1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
    writer.setResolution(72);
    QPainter p(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        p.drawText(QPointF(40, 60), text + QStringLiteral(" — page %1").arg(i + 1));
    }
    p.end();
    buffer.close();
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

// Offset of the first byte Poppler's ByteRange covers after the signature's /Contents:
// a byte in the page content, well inside the first signed range.
qsizetype offsetInsideFirstRange(const QByteArray &pdf)
{
    const qsizetype stream = pdf.indexOf("stream\n");
    return stream > 0 ? stream + 10 : 200;
}
} // namespace

class TestPdfSign : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dataHome;
    QString m_caDir;
    QByteArray m_caDer;
    SigningCredentials m_alice;         // Under Secretary, certified by the organisation CA
    SigningCredentials m_bob;           // Deputy Secretary, likewise
    SigningCredentials m_bobByStranger; // bob's key certified by another CA
    SigningCredentials m_aliceExpired;  // alice's key, a certificate that ended 10 days ago
    QByteArray m_strangerCaDer;
    QDateTime m_now;

    SignatureAppearance appearance(const QString &who) const
    {
        SignatureAppearance a;
        a.page = 0;
        a.rect = QRectF(330, 650, 210, 60); // points, from the top-left corner of the A4 page
        a.text = visibleSignatureText(who, QStringLiteral("Under Secretary"), m_now);
        a.reason = QStringLiteral("Issue of letter GAD/2025/17");
        a.location = QStringLiteral("Raipur");
        return a;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // nasti-admin's default database lives under XDG_DATA_HOME: the commands run here
        // get a home of their own, never the user's.
        m_dataHome = m_tmp.filePath(QStringLiteral("data-home"));
        QVERIFY(QDir().mkpath(m_dataHome));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome));
        qunsetenv("NASTI_DB");
        initialiseSigning();
        initialiseSigning(); // once per process; again is harmless
        m_now = QDateTime::currentDateTimeUtc();
        m_caDir = m_tmp.filePath(QStringLiteral("ca"));
        // The CA began a year ago, so an officer's certificate can have ended already.
        OrganisationCa ca = OrganisationCa::create(m_caDir, QStringLiteral("Government of Chhattisgarh, GAD"),
                                                   kPassphrase, m_now.addDays(-400), 20);
        m_caDer = ca.certificateDer();

        const Officer alice{QStringLiteral("Alice Verma"),
                            QStringLiteral("Under Secretary"),
                            QStringLiteral("General Administration Department"),
                            {}};
        const Officer bob{QStringLiteral("Bob Sahu"), QStringLiteral("Deputy Secretary"),
                          QStringLiteral("General Administration Department"),
                          QStringLiteral("bob@example.invalid")};
        const KeyAndRequest aliceKey = generateOfficerKey(alice);
        const KeyAndRequest bobKey = generateOfficerKey(bob);
        QVERIFY(!aliceKey.requestDer.isEmpty());
        QVERIFY(!aliceKey.privateKeyPkcs8.isEmpty());

        const QByteArray aliceCert =
            ca.certify({aliceKey.requestDer, {}, alice, m_now.addDays(-1), m_now.addDays(365)});
        m_alice = signingCredentials(aliceKey.privateKeyPkcs8, aliceCert, {m_caDer});
        const QByteArray bobCert =
            ca.certify({bobKey.requestDer, {}, bob, m_now.addDays(-1), m_now.addDays(365)});
        m_bob = signingCredentials(bobKey.privateKeyPkcs8, bobCert, {m_caDer});
        const QByteArray expired =
            ca.certify({aliceKey.requestDer, {}, alice, m_now.addDays(-300), m_now.addDays(-10)});
        m_aliceExpired = signingCredentials(aliceKey.privateKeyPkcs8, expired, {m_caDer});

        OrganisationCa stranger =
            OrganisationCa::create(m_tmp.filePath(QStringLiteral("stranger")),
                                   QStringLiteral("Some Other Office"), kPassphrase, m_now);
        m_strangerCaDer = stranger.certificateDer();
        m_bobByStranger = signingCredentials(
            bobKey.privateKeyPkcs8,
            stranger.certify({bobKey.requestDer, {}, bob, m_now.addSecs(-60), m_now.addDays(30)}),
            {m_strangerCaDer});
    }

    void caIsStoredEncryptedAndReopens()
    {
        const QByteArray key = [this] {
            QFile f(QDir(m_caDir).filePath(QStringLiteral("ca-key.pem")));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(key.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QCOMPARE(QFile::permissions(QDir(m_caDir).filePath(QStringLiteral("ca-key.pem"))) &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        OrganisationCa again = OrganisationCa::open(m_caDir, kPassphrase);
        QCOMPARE(again.certificateDer(), m_caDer);
        QCOMPARE(OrganisationCa::storedCertificate(m_caDir), m_caDer);
        QVERIFY(again.certificatePem().startsWith("-----BEGIN CERTIFICATE-----"));
        QCOMPARE(certificateDer(again.certificatePem()), m_caDer);
        const CertificateSummary s = inspectCertificate(m_caDer);
        QVERIFY(s.isCa);
        QCOMPARE(s.organisation, QStringLiteral("Government of Chhattisgarh, GAD"));
        QCOMPARE(s.commonName, QStringLiteral("Government of Chhattisgarh, GAD Signing CA"));
    }

    void wrongPassphraseIsAClearError()
    {
        try {
            OrganisationCa::open(m_caDir, QStringLiteral("not the passphrase"));
            QFAIL("opened with a wrong passphrase");
        } catch (const NastiError &e) {
            QCOMPARE(e.kind(), NastiError::Kind::Auth);
            QVERIFY2(e.message().contains(QStringLiteral("Wrong passphrase")), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(NastiError,
                                 OrganisationCa::open(m_tmp.filePath(QStringLiteral("none")), kPassphrase));
        QVERIFY_THROWS_EXCEPTION(NastiError,
                                 OrganisationCa::create(m_caDir, QStringLiteral("Again"), kPassphrase));
        QVERIFY_THROWS_EXCEPTION(NastiError,
                                 OrganisationCa::create(m_tmp.filePath(QStringLiteral("short")),
                                                        QStringLiteral("X"), QStringLiteral("short")));
    }

    void officerCertificateSaysWhoAndIsForSigning()
    {
        const CertificateSummary s = inspectCertificate(m_bob.certificateDer);
        QCOMPARE(s.commonName, QStringLiteral("Bob Sahu"));
        QCOMPARE(s.title, QStringLiteral("Deputy Secretary"));
        QCOMPARE(s.organisation, QStringLiteral("General Administration Department"));
        QCOMPARE(s.issuerCommonName, QStringLiteral("Government of Chhattisgarh, GAD Signing CA"));
        QVERIFY(!s.isCa);
        QVERIFY(s.notAfter > m_now.addDays(364));
        // The key that made the request and the certificate belong together; another does not.
        QVERIFY_THROWS_EXCEPTION(
            NastiError, signingCredentials(m_alice.privateKeyPkcs8, m_bob.certificateDer, {m_caDer}));
        QVERIFY_THROWS_EXCEPTION(NastiError, signingCredentials(QByteArray("junk"), m_bob.certificateDer));
    }

    void serialsNeverRepeat()
    {
        OrganisationCa ca = OrganisationCa::open(m_caDir, kPassphrase);
        const KeyAndRequest k =
            generateOfficerKey({QStringLiteral("Carol"), QStringLiteral("SO"), QStringLiteral("GAD"), {}});
        QSet<QByteArray> serials;
        for (const SigningCredentials *c : {&m_alice, &m_bob, &m_aliceExpired})
            serials.insert(inspectCertificate(c->certificateDer).serial);
        for (int i = 0; i < 5; ++i)
            serials.insert(
                inspectCertificate(ca.certify({k.requestDer,
                                               {},
                                               {QStringLiteral("Carol"), {}, QStringLiteral("GAD"), {}},
                                               m_now,
                                               m_now.addDays(10)}))
                    .serial);
        QCOMPARE(serials.size(), 8);
        QFile log(QDir(m_caDir).filePath(QStringLiteral("serials.txt")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QCOMPARE(log.readAll().count('\n'), 8);
        for (const QByteArray &s : std::as_const(serials))
            QVERIFY((uchar(s.at(0)) & 0x80) == 0);
    }

    void certifyRefusesBadInput()
    {
        OrganisationCa ca = OrganisationCa::open(m_caDir, kPassphrase);
        const Officer o{QStringLiteral("X"), {}, QStringLiteral("GAD"), {}};
        QVERIFY_THROWS_EXCEPTION(NastiError,
                                 ca.certify({QByteArray("garbage"), {}, o, m_now, m_now.addDays(1)}));
        QVERIFY_THROWS_EXCEPTION(NastiError, ca.certify({{}, {}, o, m_now, m_now.addDays(1)}));
        const KeyAndRequest k = generateOfficerKey({QStringLiteral("Y"), {}, QStringLiteral("GAD"), {}});
        QVERIFY_THROWS_EXCEPTION(NastiError, ca.certify({k.requestDer, {}, o, m_now, m_now}));
        QVERIFY_THROWS_EXCEPTION(NastiError, ca.certify({k.requestDer, {}, o, m_now, m_now.addYears(40)}));
        QVERIFY_THROWS_EXCEPTION(NastiError,
                                 ca.certify({k.requestDer, {}, Officer{}, m_now, m_now.addDays(1)}));
        QByteArray tampered = k.requestDer;
        tampered[tampered.size() / 2] = char(tampered[tampered.size() / 2] ^ 0x01);
        QVERIFY_THROWS_EXCEPTION(NastiError, ca.certify({tampered, {}, o, m_now, m_now.addDays(1)}));
    }

    void signAndValidate()
    {
        const QByteArray pdf = smallPdf(QStringLiteral("Letter one"));
        const QByteArray signedPdf = signPdf(pdf, m_alice, appearance(QStringLiteral("Alice Verma")), m_now);
        QVERIFY(signedPdf.startsWith(pdf.left(8)));
        QVERIFY(signedPdf.size() > pdf.size());

        const QList<SignatureCheck> checks = validatePdf(signedPdf, {m_caDer});
        QCOMPARE(checks.size(), 1);
        const SignatureCheck &c = checks.first();
        QVERIFY2(c.ok(), qPrintable(c.problem()));
        QVERIFY(c.problem().isEmpty());
        QCOMPARE(c.signerName, QStringLiteral("Alice Verma"));
        QCOMPARE(c.signerOrganisation, QStringLiteral("General Administration Department"));
        QCOMPARE(c.signerTitle, QStringLiteral("Under Secretary"));
        QCOMPARE(c.reason, QStringLiteral("Issue of letter GAD/2025/17"));
        QCOMPARE(c.location, QStringLiteral("Raipur"));
        QVERIFY2(qAbs(c.signingTime.secsTo(QDateTime::currentDateTimeUtc())) < 300,
                 qPrintable(c.signingTime.toString(Qt::ISODate)));
        QCOMPARE(c.certificateDer, m_alice.certificateDer);

        // The widget sits where we asked: the rectangle is in points from the top-left corner.
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(signedPdf);
        QVERIFY(doc);
        const auto sigs = doc->signatures();
        QCOMPARE(int(sigs.size()), 1);
        std::unique_ptr<Poppler::Page> page = doc->page(0);
        const QSizeF size = page->pageSizeF();
        const QRectF r = sigs.front()->rect();
        const QRectF points(r.x() * size.width(), r.y() * size.height(), r.width() * size.width(),
                            r.height() * size.height());
        const QRectF want = appearance(QString()).rect;
        QVERIFY2(qAbs(points.left() - want.left()) < 1 && qAbs(points.top() - want.top()) < 1 &&
                     qAbs(points.width() - want.width()) < 1 && qAbs(points.height() - want.height()) < 1,
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(points.x())
                                .arg(points.y())
                                .arg(points.width())
                                .arg(points.height())));

        QVERIFY(writeFile(m_tmp.filePath(QStringLiteral("signed.pdf")), signedPdf));
        // Poppler's own checker sees no problem either, even without our CA trusted.
        const QList<SignatureCheck> untrusted = validatePdf(signedPdf, {});
        QCOMPARE(untrusted.size(), 1);
        QVERIFY(untrusted.first().signatureValid);
        QCOMPARE(untrusted.first().certificate, CertificateStatus::UnknownCa);
    }

    void pdfsigAgrees()
    {
        const QString pdfsig = QStandardPaths::findExecutable(QStringLiteral("pdfsig"));
        const QString certutil = QStandardPaths::findExecutable(QStringLiteral("certutil"));
        if (pdfsig.isEmpty() || certutil.isEmpty())
            QSKIP("pdfsig (poppler-utils) or certutil (libnss3-tools) is not installed");
        const QByteArray signedPdf = signPdf(smallPdf(QStringLiteral("For pdfsig")), m_alice,
                                             appearance(QStringLiteral("Alice Verma")), m_now);
        const QString file = m_tmp.filePath(QStringLiteral("for-pdfsig.pdf"));
        QVERIFY(writeFile(file, signedPdf));
        const QString nssdir = m_tmp.filePath(QStringLiteral("pdfsig-nss"));
        QVERIFY(QDir().mkpath(nssdir));
        const QString db = QStringLiteral("sql:") + nssdir;
        const QString caFile = m_tmp.filePath(QStringLiteral("ca.der"));
        QVERIFY(writeFile(caFile, m_caDer));
        int rc = -1;
        QString out =
            run(certutil,
                {QStringLiteral("-N"), QStringLiteral("-d"), db, QStringLiteral("--empty-password")}, &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        out = run(certutil,
                  {QStringLiteral("-A"), QStringLiteral("-d"), db, QStringLiteral("-n"),
                   QStringLiteral("Nasti test CA"), QStringLiteral("-t"), QStringLiteral("CT,C,C"),
                   QStringLiteral("-i"), caFile},
                  &rc);
        QVERIFY2(rc == 0, qPrintable(out));

        // (No -no-ocsp: pdfsig 22.12 then reports "Unknown issue with Certificate". Our
        // certificates name no OCSP responder, so nothing goes online.)
        out = run(pdfsig, {QStringLiteral("-nssdir"), db, file}, &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Signer Certificate Common Name: Alice Verma")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Signature Validation: Signature is Valid.")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Certificate Validation: Certificate is Trusted.")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("The signature form field is signed")) ||
                     out.contains(QStringLiteral("Total document signed")),
                 qPrintable(out));

        // And one flipped byte: pdfsig sees it too.
        QByteArray tampered = signedPdf;
        const qsizetype at = offsetInsideFirstRange(tampered);
        tampered[at] = char(tampered[at] ^ 0x20);
        const QString bad = m_tmp.filePath(QStringLiteral("for-pdfsig-tampered.pdf"));
        QVERIFY(writeFile(bad, tampered));
        out = run(pdfsig, {QStringLiteral("-nssdir"), db, bad}, &rc);
        QVERIFY2(out.contains(QStringLiteral("Digest Mismatch")), qPrintable(out));
    }

    void flippedByteIsTampering()
    {
        const QByteArray signedPdf = signPdf(smallPdf(QStringLiteral("Tamper me")), m_alice,
                                             appearance(QStringLiteral("Alice Verma")), m_now);
        QByteArray tampered = signedPdf;
        const qsizetype at = offsetInsideFirstRange(tampered);
        tampered[at] = char(tampered[at] ^ 0x20);
        const QList<SignatureCheck> checks = validatePdf(tampered, {m_caDer});
        QCOMPARE(checks.size(), 1);
        QVERIFY(!checks.first().ok());
        QVERIFY(!checks.first().signatureValid);
        QVERIFY(checks.first().digestMismatch);
        QVERIFY2(checks.first().problem().contains(QStringLiteral("changed after signing")),
                 qPrintable(checks.first().problem()));

        // Bytes added after the signature (an incremental update nobody signed).
        QByteArray appended = signedPdf + "\n% added later\n";
        const QList<SignatureCheck> more = validatePdf(appended, {m_caDer});
        QCOMPARE(more.size(), 1);
        QVERIFY(more.first().signatureValid);
        QVERIFY(!more.first().coversWholeDocument);
        QVERIFY(!more.first().ok());
    }

    void unknownCa()
    {
        const QByteArray signedPdf = signPdf(smallPdf(QStringLiteral("Stranger")), m_bobByStranger,
                                             appearance(QStringLiteral("Bob Sahu")), m_now);
        const QList<SignatureCheck> checks = validatePdf(signedPdf, {m_caDer});
        QCOMPARE(checks.size(), 1);
        QVERIFY(checks.first().signatureValid);
        QVERIFY(checks.first().coversWholeDocument);
        QCOMPARE(checks.first().certificate, CertificateStatus::UnknownCa);
        QVERIFY(!checks.first().ok());
        QVERIFY2(checks.first().problem().contains(QStringLiteral("unknown CA")),
                 qPrintable(checks.first().problem()));
        // Trusting the other CA as well makes it good; revoking bob's serial makes it revoked.
        QVERIFY(validatePdf(signedPdf, {m_caDer, m_strangerCaDer}).first().ok());
        const QByteArray serial = inspectCertificate(m_bobByStranger.certificateDer).serial;
        QCOMPARE(validatePdf(signedPdf, {m_strangerCaDer}, {serial}).first().certificate,
                 CertificateStatus::Revoked);
    }

    void expiredCertificateIsRefused()
    {
        try {
            signPdf(smallPdf(QStringLiteral("Late")), m_aliceExpired,
                    appearance(QStringLiteral("Alice Verma")), m_now);
            QFAIL("signed with an expired certificate");
        } catch (const NastiError &e) {
            QCOMPARE(e.kind(), NastiError::Kind::Refused);
            QVERIFY2(e.message().contains(QStringLiteral("expired")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("Alice Verma")), qPrintable(e.message()));
        }
    }

    void corruptInputIsAClearError()
    {
        const QList<QByteArray> inputs{QByteArray(), QByteArray("hello, not a pdf"),
                                       QByteArray("%PDF-1.4\n%garbage without any objects\n")};
        for (const QByteArray &input : inputs) {
            try {
                signPdf(input, m_alice, appearance(QStringLiteral("Alice Verma")), m_now);
                QFAIL("signed a non-PDF");
            } catch (const NastiError &e) {
                QCOMPARE(e.kind(), NastiError::Kind::Invalid);
                QVERIFY2(e.message().contains(QStringLiteral("PDF")), qPrintable(e.message()));
            }
            QVERIFY_THROWS_EXCEPTION(NastiError, validatePdf(input, {m_caDer}));
        }
        // A truncated PDF.
        const QByteArray pdf = smallPdf(QStringLiteral("Cut"));
        QVERIFY_THROWS_EXCEPTION(NastiError, signPdf(pdf.left(pdf.size() / 3), m_alice,
                                                     appearance(QStringLiteral("Alice Verma")), m_now));
        // Off the page, no such page, empty text.
        SignatureAppearance off = appearance(QStringLiteral("A"));
        off.rect = QRectF(500, 800, 200, 100);
        QVERIFY_THROWS_EXCEPTION(NastiError, signPdf(pdf, m_alice, off, m_now));
        SignatureAppearance page = appearance(QStringLiteral("A"));
        page.page = 3;
        QVERIFY_THROWS_EXCEPTION(NastiError, signPdf(pdf, m_alice, page, m_now));
        // An unsigned PDF has no signatures.
        QVERIFY(validatePdf(pdf, {m_caDer}).isEmpty());
    }

    void verifyLetterCommand()
    {
        const QString admin = QStringLiteral(NASTI_ADMIN_PATH);
        const QString dir = m_tmp.filePath(QStringLiteral("cli"));
        QVERIFY(QDir().mkpath(dir));
        const QString ca = dir + QStringLiteral("/ca.pem");
        QVERIFY(writeFile(ca, certificatePem(m_caDer)));
        const QByteArray good = signPdf(smallPdf(QStringLiteral("CLI")), m_alice,
                                        appearance(QStringLiteral("Alice Verma")), m_now);
        QVERIFY(writeFile(dir + QStringLiteral("/good.pdf"), good));
        QByteArray tampered = good;
        const qsizetype at = offsetInsideFirstRange(tampered);
        tampered[at] = char(tampered[at] ^ 0x20);
        QVERIFY(writeFile(dir + QStringLiteral("/tampered.pdf"), tampered));
        QVERIFY(writeFile(dir + QStringLiteral("/stranger.pdf"),
                          signPdf(smallPdf(QStringLiteral("S")), m_bobByStranger,
                                  appearance(QStringLiteral("Bob Sahu")), m_now)));
        QVERIFY(writeFile(dir + QStringLiteral("/unsigned.pdf"), smallPdf(QStringLiteral("U"))));
        QVERIFY(writeFile(dir + QStringLiteral("/junk.pdf"), QByteArray("not a pdf at all")));

        auto verify = [&](const QString &name, int *rc) {
            return run(
                admin,
                {QStringLiteral("verify-letter"), dir + QLatin1Char('/') + name, QStringLiteral("--ca"), ca},
                rc);
        };
        int rc = -1;
        QString out = verify(QStringLiteral("good.pdf"), &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Alice Verma")) &&
                     out.contains(QStringLiteral("certificate trusted")),
                 qPrintable(out));
        out = verify(QStringLiteral("tampered.pdf"), &rc);
        QVERIFY2(rc == 3, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("changed after signing")), qPrintable(out));
        out = verify(QStringLiteral("stranger.pdf"), &rc);
        QVERIFY2(rc == 3, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("unknown CA")), qPrintable(out));
        out = verify(QStringLiteral("unsigned.pdf"), &rc);
        QVERIFY2(rc == 3, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("no digital signature")), qPrintable(out));
        out = verify(QStringLiteral("junk.pdf"), &rc);
        QVERIFY2(rc == 1, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("not a PDF")), qPrintable(out));
        // Checked against the CAs given, with no database named: none was opened or created.
        QDirIterator made(m_dataHome, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(!made.hasNext(), qPrintable(made.hasNext() ? made.next() : QString()));
        // Without --ca the database's CA is trusted; this one has none, which is said.
        out = run(admin,
                  {QStringLiteral("--db"), QStringLiteral("sqlite:") + dir + QStringLiteral("/plain.db"),
                   QStringLiteral("verify-letter"), dir + QStringLiteral("/good.pdf")},
                  &rc);
        QVERIFY2(rc == 1 && out.contains(QStringLiteral("no X.509 CA")), qPrintable(out));

        // ca init / ca export
        const QString passFile = dir + QStringLiteral("/pass");
        QVERIFY(writeFile(passFile, "a long enough passphrase\n"));
        out = run(admin,
                  {QStringLiteral("ca"), QStringLiteral("init"), QStringLiteral("--dir"),
                   dir + QStringLiteral("/newca"), QStringLiteral("--org"), QStringLiteral("Test Office"),
                   QStringLiteral("--passphrase-file"), passFile},
                  &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        out = run(admin,
                  {QStringLiteral("ca"), QStringLiteral("export"), QStringLiteral("--dir"),
                   dir + QStringLiteral("/newca"), QStringLiteral("--pem")},
                  &rc);
        QVERIFY2(rc == 0 && out.startsWith(QStringLiteral("-----BEGIN CERTIFICATE-----")), qPrintable(out));
        QCOMPARE(
            OrganisationCa::open(dir + QStringLiteral("/newca"), QStringLiteral("a long enough passphrase"))
                .certificatePem(),
            out.toLatin1());
    }

    void qrCodeHelper()
    {
        const QByteArray text = "GAD/2025/17|2025-06-02|sha256:" + QByteArray(64, 'a');
        const QImage img = qrCode(text, 3);
        QVERIFY(!img.isNull());
        QCOMPARE(img.width(), img.height());
        QCOMPARE(img.width() % 3, 0);
        const int modules = img.width() / 3;
        QVERIFY2(modules >= 21 + 8 && (modules - 8 - 21) % 4 == 0, qPrintable(QString::number(modules)));
        // Quiet zone white, finder pattern's corner black.
        QCOMPARE(img.pixelColor(0, 0), QColor(Qt::white));
        QCOMPARE(img.pixelColor(4 * 3 + 1, 4 * 3 + 1), QColor(Qt::black));
        QVERIFY_THROWS_EXCEPTION(NastiError, qrCode(QByteArray()));
        QVERIFY_THROWS_EXCEPTION(NastiError, qrCode(QByteArray(8000, 'x')));
    }

    void fairCopyReservesTheSignatureBox()
    {
        FairCopy c;
        c.kind = QStringLiteral("letter");
        c.letterheadHeading = QStringLiteral("Government of Chhattisgarh\nGeneral Administration Department");
        c.fileNo = QStringLiteral("A-11011/5/2025-GAD1");
        c.dispatchNo = QStringLiteral("GAD/2025/17");
        c.date = QDate(2025, 6, 2);
        c.addressees = {Addressee::parse(QStringLiteral("The Collector|Raipur|post"))};
        c.subject = QStringLiteral("Revision of dearness allowance");
        c.bodyHtml = QStringLiteral("<p>Sir,</p><p>I am directed to say that the matter is approved.</p>");
        c.signerName = QStringLiteral("Alice Verma");
        c.signerDesignation = QStringLiteral("Under Secretary");
        c.signatureBox = true;
        c.qrText = "GAD/2025/17|2025-06-02|sha256:0123456789abcdef";
        FairCopyPdf::SignaturePlace place;
        const QByteArray pdf = FairCopyPdf().render(c, &place);
        QCOMPARE(place.page, 0);
        QVERIFY(!place.rect.isEmpty());
        QCOMPARE(place.rect.width(), FairCopyPdf::kSignatureBoxWidth);
        QVERIFY(qAbs(place.rect.height() - FairCopyPdf::kSignatureBoxHeight) < 1);
        // On the right half of an A4 page (595 x 842 points), below the letterhead.
        QVERIFY2(place.rect.left() > 595 / 2 && place.rect.right() <= 595 && place.rect.top() > 150 &&
                     place.rect.bottom() < 842,
                 qPrintable(QStringLiteral("%1,%2").arg(place.rect.x()).arg(place.rect.y())));
        // The box is empty (white) before signing, and the QR code left of it is not.
        const QList<QImage> pages = renderPdfPages(pdf, 72);
        QVERIFY(!pages.isEmpty());
        const QImage page = pages.first();
        auto darkPixels = [&page](const QRectF &r) {
            int n = 0;
            for (int y = int(r.top()) + 2; y < int(r.bottom()) - 2; ++y)
                for (int x = int(r.left()) + 2; x < int(r.right()) - 2; ++x)
                    n += qGray(page.pixel(x, y)) < 128;
            return n;
        };
        QCOMPARE(darkPixels(place.rect), 0);
        const QRectF qr(place.rect.left() - place.rect.height() - 7, place.rect.top(), place.rect.height(),
                        place.rect.height());
        QVERIFY(darkPixels(qr) > 200);

        SignatureAppearance a = appearance(QStringLiteral("Alice Verma"));
        a.page = place.page;
        a.rect = place.rect;
        const QByteArray signedPdf = signPdf(pdf, m_alice, a, m_now);
        const QList<SignatureCheck> checks = validatePdf(signedPdf, {m_caDer});
        QCOMPARE(checks.size(), 1);
        QVERIFY2(checks.first().ok(), qPrintable(checks.first().problem()));
        // Without the flag, no place.
        c.signatureBox = false;
        c.qrText.clear();
        FairCopyPdf().render(c, &place);
        QCOMPARE(place.page, -1);
    }

    void twoOfficersInOneProcess()
    {
        const QByteArray one = signPdf(smallPdf(QStringLiteral("By Alice")), m_alice,
                                       appearance(QStringLiteral("Alice Verma")), m_now);
        const QByteArray two = signPdf(smallPdf(QStringLiteral("By Bob"), 2), m_bob,
                                       appearance(QStringLiteral("Bob Sahu")), m_now);
        const QList<SignatureCheck> a = validatePdf(one, {m_caDer});
        const QList<SignatureCheck> b = validatePdf(two, {m_caDer});
        QCOMPARE(a.size(), 1);
        QCOMPARE(b.size(), 1);
        QVERIFY2(a.first().ok(), qPrintable(a.first().problem()));
        QVERIFY2(b.first().ok(), qPrintable(b.first().problem()));
        QCOMPARE(a.first().signerName, QStringLiteral("Alice Verma"));
        QCOMPARE(b.first().signerName, QStringLiteral("Bob Sahu"));
        // Alice again after Bob: each signature uses its own key.
        const QByteArray three = signPdf(smallPdf(QStringLiteral("Alice again")), m_alice,
                                         appearance(QStringLiteral("Alice Verma")), m_now);
        QCOMPARE(validatePdf(three, {m_caDer}).first().signerName, QStringLiteral("Alice Verma"));
        QVERIFY(validatePdf(three, {m_caDer}).first().ok());
        // Bob countersigns Alice's letter: both signatures valid, only the last covers all.
        const QByteArray both = signPdf(
            one, m_bob,
            [this] {
                SignatureAppearance s = appearance(QStringLiteral("Bob Sahu"));
                s.rect.translate(0, -80);
                return s;
            }(),
            m_now);
        const QList<SignatureCheck> twice = validatePdf(both, {m_caDer});
        QCOMPARE(twice.size(), 2);
        QVERIFY(twice.at(0).signatureValid && twice.at(1).signatureValid);
        QCOMPARE(twice.at(0).coversWholeDocument + twice.at(1).coversWholeDocument, 1);
    }
};

QTEST_MAIN(TestPdfSign)
#include "tst_pdfsign.moc"
