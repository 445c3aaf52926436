#include "signcommands.h"

#include "clicontext.h"

#include "domain/textfields.h"
#include "pdfsign/pdfsign.h"
#include "services/dsctokens.h"
#include "services/keyservice.h"
#include "services/lettersignatures.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimeZone>

namespace nasti::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::cli", text);
}

// Exit status of verify-letter when a signature is missing, tampered with or not trusted.
constexpr int kNotVerified = 3;

QByteArray readFile(const QString &path, qint64 limit)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(NastiError::Kind::Invalid, tr("Cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > limit)
        fail(NastiError::Kind::Invalid, tr("The file %1 is too large.").arg(path));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        fail(NastiError::Kind::Invalid, tr("Cannot write %1: %2").arg(path, f.errorString()));
}

// To the file, or (no path) as raw bytes to standard output after what was said before.
void writeOut(CliContext &ctx, const QString &path, const QByteArray &bytes)
{
    if (!path.isEmpty()) {
        writeFile(path, bytes);
        return;
    }
    ctx.out().flush();
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(bytes) != bytes.size())
        fail(NastiError::Kind::Invalid, tr("Cannot write to standard output."));
}

QString ist(const QDateTime &t)
{
    if (!t.isValid())
        return tr("(no signing time)");
    return t.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Kolkata")))
               .toString(QStringLiteral("dd-MM-yyyy hh:mm")) +
           QStringLiteral(" IST");
}

// The CA passphrase: the first line of --passphrase-file, else NASTI_CA_PASSPHRASE.
QString passphrase(const QCommandLineParser &p, const QCommandLineOption &file)
{
    if (p.isSet(file)) {
        QByteArray text = readFile(p.value(file), 4096);
        const qsizetype nl = text.indexOf('\n');
        if (nl >= 0)
            text.truncate(nl);
        if (text.endsWith('\r'))
            text.chop(1);
        return QString::fromUtf8(text);
    }
    if (qEnvironmentVariableIsSet("NASTI_CA_PASSPHRASE"))
        return qEnvironmentVariable("NASTI_CA_PASSPHRASE");
    throw UsageError{tr("Give the CA passphrase with --passphrase-file FILE or NASTI_CA_PASSPHRASE.")};
}
} // namespace

int verifyLetter(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption caOption(
        QStringLiteral("ca"),
        tr("A trusted CA certificate (PEM or DER; a PEM file may hold several). Repeat for more. "
           "Without it: the organisation's CA from the database."),
        QStringLiteral("CA.pem"));
    p.addOption(caOption);
    const QCommandLineOption crlOption(
        QStringLiteral("crl"),
        tr("A revocation list of the CA (nasti-admin ca crl), for checking without the organisation's "
           "database; repeat for more. A signature by a certificate it lists counts only when its "
           "signing time is before the revocation."),
        QStringLiteral("CRL"));
    p.addOption(crlOption);
    if (!ctx.parse(
            p, QStringList{QStringLiteral("nasti-admin verify-letter")} + args,
            tr("Check the digital signatures of an issued letter (a PDF): each must be valid, cover the "
               "whole document and come from a certificate of one of the given CAs. Exit status 0 when "
               "all do, 3 when the letter is unsigned, changed after signing, or signed by an unknown, "
               "expired or revoked certificate."),
            QStringLiteral("FILE.pdf")))
        return 0;
    if (p.positionalArguments().size() != 1)
        throw UsageError{tr("verify-letter takes one FILE.pdf.")};
    const QString file = p.positionalArguments().first();
    QList<QByteArray> cas;
    for (const QString &path : p.values(caOption))
        cas << readFile(path, 1024 * 1024);
    if (cas.isEmpty()) {
        cas = rowsigning::organisationCas(ctx.db());
        // And the external CAs trusted for officers' DSC tokens (a token's signature then
        // holds only for a certificate registered to the officer who issued the letter).
        if (!cas.isEmpty())
            cas += dsctokens::trustedCas(ctx.db());
        if (cas.isEmpty())
            fail(NastiError::Kind::NotFound,
                 tr("The database has no X.509 CA to check letters against (nasti-admin keys authority); "
                    "give one with --ca CA.pem."));
    }
    QList<pdfsign::OrganisationCa::Revoked> listed;
    for (const QString &path : p.values(crlOption)) {
        const pdfsign::RevocationList crl =
            pdfsign::readRevocationList(readFile(path, 16 * 1024 * 1024), cas);
        if (crl.nextUpdate.isValid() && crl.nextUpdate < QDateTime::currentDateTimeUtc())
            ctx.err() << QStringLiteral("nasti-admin: ")
                      << tr("the revocation list %1 was due to be replaced on %2; a newer one may list more.")
                             .arg(textfields::printable(path), ist(crl.nextUpdate))
                      << Qt::endl;
        listed += crl.revoked;
    }
    const QByteArray pdf = readFile(file, 200 * 1024 * 1024);
    // Through the same check as the client's viewer: the CAs, then this database's revocations
    // judged by its own record of when the letter was issued. Given CAs and no database named,
    // it is a check without the organisation's database: none is opened (nor created).
    const PaperSignatures paper = ctx.databaseNamed() || p.values(caOption).isEmpty()
                                      ? LetterSignatures(ctx.db()).check(pdf, cas)
                                      : LetterSignatures().check(pdf, cas);
    if (paper.state == PaperSignatures::State::Unchecked)
        fail(NastiError::Kind::Invalid, tr("%1: %2").arg(textfields::printable(file), paper.problem));
    QList<X509Backend::Check> checks = paper.signatures;
    // A given CRL: without the database's issue record the signature's own time is all there
    // is (the signing computer's word), so a certificate it lists counts only before its revocation.
    for (X509Backend::Check &c : checks) {
        if (c.state != X509Backend::Check::State::Valid || c.certificateDer.isEmpty() || listed.isEmpty())
            continue;
        const QByteArray serial = pdfsign::inspectCertificate(c.certificateDer).serial;
        for (const pdfsign::OrganisationCa::Revoked &r : listed)
            if (r.serial == serial && (!c.signedAt.isValid() || c.signedAt >= r.at)) {
                c.state = X509Backend::Check::State::Untrusted;
                c.problem = tr("the revocation list says its certificate was revoked on %1, before the "
                               "time the signature gives")
                                .arg(ist(r.at));
            }
    }
    if (checks.isEmpty()) {
        ctx.err() << QStringLiteral("nasti-admin: ")
                  << tr("%1 carries no digital signature.").arg(textfields::printable(file)) << Qt::endl;
        return kNotVerified;
    }
    bool allGood = true;
    for (int i = 0; i < checks.size(); ++i) {
        const X509Backend::Check &c = checks.at(i);
        QString who = textfields::printable(c.signerName);
        if (!c.signerTitle.isEmpty())
            who += QStringLiteral(", ") + textfields::printable(c.signerTitle);
        if (!c.signerOrganisation.isEmpty())
            who += QStringLiteral(", ") + textfields::printable(c.signerOrganisation);
        const QString line =
            tr("signature %1 of %2: %3; signed %4").arg(i + 1).arg(checks.size()).arg(who, ist(c.signedAt));
        if (c.state == X509Backend::Check::State::Valid) {
            ctx.out() << line << QStringLiteral(": ")
                      << (c.registeredTo.isEmpty()
                              ? tr("valid, covers the whole document, certificate trusted.")
                              : tr("valid, covers the whole document, made with the DSC token registered to "
                                   "%1.")
                                    .arg(textfields::printable(c.registeredTo)))
                      << Qt::endl;
        } else {
            allGood = false;
            ctx.out() << line << QStringLiteral(": ") << tr("NOT VERIFIED") << Qt::endl;
            ctx.err() << QStringLiteral("nasti-admin: ")
                      << tr("%1, signature %2 (%3): %4")
                             .arg(textfields::printable(file))
                             .arg(i + 1)
                             .arg(textfields::printable(c.signerName), c.problem)
                      << Qt::endl;
        }
    }
    if (allGood && !paper.dispatchNo.isEmpty())
        ctx.out() << tr("This database issued it as %1.").arg(paper.dispatchNo) << Qt::endl;
    return allGood ? 0 : kNotVerified;
}

int ca(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QString path = QStringLiteral("nasti-admin ca ") + sub;
    QCommandLineParser p;
    const QCommandLineOption dir(QStringLiteral("dir"), tr("The CA's directory."), QStringLiteral("DIR"));
    const QCommandLineOption passFile(
        QStringLiteral("passphrase-file"),
        tr("Read the CA passphrase from the first line of FILE (else NASTI_CA_PASSPHRASE)."),
        QStringLiteral("FILE"));
    p.addOption(dir);
    if (sub == QLatin1String("init")) {
        const QCommandLineOption org(QStringLiteral("org"), tr("The organisation's name."),
                                     QStringLiteral("NAME"));
        const QCommandLineOption years(QStringLiteral("years"), tr("Validity in years (default 20)."),
                                       QStringLiteral("N"), QStringLiteral("20"));
        p.addOptions({org, passFile, years});
        if (!ctx.parse(p, QStringList{path} + args.mid(1),
                       tr("Create the organisation's certification authority (RSA-3072) in DIR; its key is "
                          "stored encrypted with the passphrase.")))
            return 0;
        if (!p.isSet(dir) || !p.isSet(org))
            throw UsageError{tr("ca init needs --dir DIR and --org NAME.")};
        bool ok = false;
        const int n = p.value(years).toInt(&ok);
        if (!ok)
            throw UsageError{tr("--years must be a whole number, not “%1”.").arg(p.value(years))};
        const pdfsign::OrganisationCa authority = pdfsign::OrganisationCa::create(
            p.value(dir), p.value(org), passphrase(p, passFile), QDateTime::currentDateTimeUtc(), n);
        const pdfsign::CertificateSummary s = pdfsign::inspectCertificate(authority.certificateDer());
        ctx.out() << tr("ca init: %1 created in %2, valid until %3; SHA-256 fingerprint %4.")
                         .arg(s.commonName, p.value(dir), s.notAfter.toString(Qt::ISODate),
                              QString::fromLatin1(s.sha256.toHex(':')))
                  << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("export")) {
        const QCommandLineOption pem(QStringLiteral("pem"), tr("PEM text instead of DER bytes."));
        const QCommandLineOption out(QStringLiteral("out"), tr("Write to FILE instead of standard output."),
                                     QStringLiteral("FILE"));
        p.addOptions({pem, out});
        if (!ctx.parse(p, QStringList{path} + args.mid(1),
                       tr("Export the CA certificate of DIR, or without --dir the organisation's CA from the "
                          "database (DER, or PEM with --pem); no passphrase needed.")))
            return 0;
        QByteArray bytes;
        if (p.isSet(dir)) {
            const QByteArray der = pdfsign::OrganisationCa::storedCertificate(p.value(dir));
            bytes = p.isSet(pem) ? pdfsign::certificatePem(der) : der;
        } else {
            // The database's CA (every one, oldest first, with --pem; the current one as DER).
            const QList<QByteArray> cas = rowsigning::organisationCas(ctx.db());
            if (cas.isEmpty())
                fail(NastiError::Kind::NotFound,
                     tr("The database has no X.509 CA yet (nasti-admin keys authority makes it)."));
            if (p.isSet(pem))
                for (const QByteArray &c : cas)
                    bytes += pdfsign::certificatePem(c);
            else
                bytes = pdfsign::certificateDer(cas.last());
        }
        writeOut(ctx, p.value(out), bytes);
        return 0;
    }
    if (sub == QLatin1String("crl")) {
        const QCommandLineOption pem(QStringLiteral("pem"), tr("PEM text instead of DER bytes."));
        const QCommandLineOption out(QStringLiteral("out"), tr("Write to FILE instead of standard output."),
                                     QStringLiteral("FILE"));
        const QCommandLineOption days(QStringLiteral("days"),
                                      tr("Days until the next list is due (default 7)."), QStringLiteral("N"),
                                      QStringLiteral("7"));
        const QCommandLineOption authorityPass(
            QStringLiteral("passphrase-file"),
            tr("Read the authority's passphrase from this file's first line (else "
               "NASTI_AUTHORITY_PASSPHRASE)."),
            QStringLiteral("FILE"));
        p.addOptions({pem, out, days, authorityPass});
        if (!ctx.parse(p, QStringList{path} + args.mid(1),
                       tr("Publish the revocation list (CRL) of the database's CA, signed with the "
                          "authority's key: every revoked officer certificate and when, for those who check "
                          "letters without the database (verify-letter --crl).")))
            return 0;
        bool ok = false;
        const int n = p.value(days).toInt(&ok);
        if (!ok || n < 1 || n > 366)
            throw UsageError{tr("--days takes 1 to 366 days, not “%1”.").arg(p.value(days))};
        QString pass;
        if (p.isSet(authorityPass)) {
            QByteArray text = readFile(p.value(authorityPass), 4096);
            pass = QString::fromUtf8(text.left(text.indexOf('\n') < 0 ? text.size() : text.indexOf('\n')))
                       .trimmed();
        } else if (qEnvironmentVariableIsSet("NASTI_AUTHORITY_PASSPHRASE")) {
            pass = qEnvironmentVariable("NASTI_AUTHORITY_PASSPHRASE");
        } else {
            throw UsageError{tr("Give the authority's passphrase with --passphrase-file FILE or "
                                "NASTI_AUTHORITY_PASSPHRASE.")};
        }
        X509Backend::Material material =
            KeyService(ctx.db(), ctx.clock(), ctx.hasAs() ? ctx.session() : Session{}).x509Authority(pass);
        const pdfsign::OrganisationCa authority =
            pdfsign::OrganisationCa::fromKey(material.certificateOrRequest, material.privateKeyPkcs8);
        material.privateKeyPkcs8.fill('\0');
        const pdfsign::CertificateSummary caSummary = pdfsign::inspectCertificate(authority.certificateDer());
        QList<pdfsign::OrganisationCa::Revoked> revoked;
        for (const rowsigning::RevokedX509 &r : rowsigning::revokedX509(ctx.db())) {
            const pdfsign::CertificateSummary s = pdfsign::inspectCertificate(r.certificatePem);
            // (Only this CA's own: an older authority's certificates are not its to list.)
            if (s.issuerCommonName == caSummary.commonName && s.issuerOrganisation == caSummary.organisation)
                revoked << pdfsign::OrganisationCa::Revoked{
                    s.serial, QDateTime::fromMSecsSinceEpoch(r.revokedAt, Qt::UTC)};
        }
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(ctx.clock().nowMs(), Qt::UTC);
        const QByteArray der = authority.revocationList(revoked, now, now.addDays(n));
        QByteArray bytes = der;
        if (p.isSet(pem)) {
            bytes = "-----BEGIN X509 CRL-----\n";
            const QByteArray b64 = der.toBase64();
            for (qsizetype i = 0; i < b64.size(); i += 64)
                bytes += b64.mid(i, 64) + '\n';
            bytes += "-----END X509 CRL-----\n";
        }
        writeOut(ctx, p.value(out), bytes);
        if (p.isSet(out))
            ctx.out() << QCoreApplication::translate(
                             "nasti::cli",
                             "ca crl: %n revoked certificate(s) listed; the next list is due on %1.", nullptr,
                             int(revoked.size()))
                             .arg(ist(now.addDays(n)))
                      << Qt::endl;
        return 0;
    }
    throw UsageError{tr("ca takes init, export or crl (see nasti-admin ca init --help).")};
}

} // namespace nasti::cli
