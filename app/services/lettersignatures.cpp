#include "services/lettersignatures.h"

#include "services/keyservice.h"
#include "util/error.h"

#include "db/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTimeZone>

namespace nasti {

namespace {

QString who(const X509Backend::Check &c)
{
    QString s = c.signerName.isEmpty()
                    ? QCoreApplication::translate("nasti::LetterSignatures", "an unnamed signer")
                    : c.signerName;
    if (!c.signerTitle.isEmpty())
        s += QStringLiteral(", ") + c.signerTitle;
    return s;
}

QString istTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(QByteArrayLiteral("Asia/Kolkata")))
               .toString(QStringLiteral("dd-MM-yyyy hh:mm")) +
           QStringLiteral(" IST");
}

QString when(const X509Backend::Check &c)
{
    if (!c.signedAt.isValid())
        return QCoreApplication::translate("nasti::LetterSignatures", "(no signing time)");
    return istTime(c.signedAt.toMSecsSinceEpoch());
}

QString revocationReason(const QString &code)
{
    if (code == QLatin1String("disabled"))
        return QCoreApplication::translate("nasti::LetterSignatures", "the officer's login was disabled");
    if (code == QLatin1String("transferred"))
        return QCoreApplication::translate("nasti::LetterSignatures", "the officer handed his post over");
    if (code == QLatin1String("compromised"))
        return QCoreApplication::translate("nasti::LetterSignatures", "the key was reported compromised");
    if (code == QLatin1String("renewed"))
        return QCoreApplication::translate("nasti::LetterSignatures", "a new certificate replaced it");
    return code;
}

} // namespace

QString PaperSignatures::text() const
{
    switch (state) {
    case State::Unsigned:
        return {};
    case State::Unchecked:
        return QCoreApplication::translate("nasti::LetterSignatures",
                                           "Its digital signature could not be checked: %1")
            .arg(problem);
    case State::Valid:
    case State::Invalid:
    case State::Untrusted:
        break;
    }
    QStringList parts;
    for (const X509Backend::Check &c : signatures) {
        switch (c.state) {
        case X509Backend::Check::State::Valid:
            parts << QCoreApplication::translate(
                         "nasti::LetterSignatures",
                         "Digitally signed by %1 on %2: valid, unchanged since signing.")
                         .arg(who(c), when(c));
            break;
        case X509Backend::Check::State::Invalid:
            parts << QCoreApplication::translate("nasti::LetterSignatures",
                                                 "Signature of %1 (%2) is INVALID: %3.")
                         .arg(who(c), when(c), c.problem);
            break;
        case X509Backend::Check::State::Untrusted:
            if (c.revoked) {
                parts << QCoreApplication::translate("nasti::LetterSignatures",
                                                     "Signed by %1 on %2, unchanged, but NOT VALID: %3.")
                             .arg(who(c), when(c), c.problem);
                break;
            }
            parts << QCoreApplication::translate(
                         "nasti::LetterSignatures",
                         "Signed by %1 on %2, unchanged, but not by a certificate of this organisation: %3.")
                         .arg(who(c), when(c), c.problem);
            break;
        }
    }
    // A PDF signature's time is the real clock of the computer that made it: Poppler's
    // signing API takes none (NSS stamps the present), so a letter issued under a simulated
    // clock (the demo) carries another day in its record than in its signature. Said, not hidden.
    if (issuedAt > 0) {
        const QDate issued =
            QDateTime::fromMSecsSinceEpoch(issuedAt, QTimeZone(QByteArrayLiteral("Asia/Kolkata"))).date();
        for (const X509Backend::Check &c : signatures)
            if (c.signedAt.isValid() &&
                c.signedAt.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Kolkata"))).date() != issued) {
                parts << QCoreApplication::translate("nasti::LetterSignatures",
                                                     "Nasti's record issued it as %1 on %2; the signature's "
                                                     "time is the real clock of the "
                                                     "computer that signed it, which a PDF signature cannot "
                                                     "be given otherwise (the demo "
                                                     "simulates its office days).")
                             .arg(dispatchNo, issued.toString(QStringLiteral("dd-MM-yyyy")));
                break;
            }
    }
    return parts.join(QLatin1Char(' '));
}

PaperSignatures LetterSignatures::check(const QByteArray &pdf)
{
    return check(pdf, rowsigning::organisationCas(m_db));
}

PaperSignatures LetterSignatures::check(const QByteArray &pdf, const QList<QByteArray> &trustedCas)
{
    PaperSignatures out;
    const X509Backend *x = x509::backend();
    if (!x) {
        out.state = PaperSignatures::State::Unchecked;
        out.problem = QCoreApplication::translate("nasti::LetterSignatures",
                                                  "this program cannot check PDF signatures.");
        return out;
    }
    try {
        out.signatures = x->checkPdf(pdf, trustedCas);
    } catch (const NastiError &e) {
        out.state = PaperSignatures::State::Unchecked;
        out.problem = e.message();
        return out;
    }
    if (out.signatures.isEmpty())
        return out;
    {
        // Its issue as this database records it, if the reader may see that.
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        QSqlQuery &q = m_db.exec(QStringLiteral("SELECT dispatch_no, issued_at FROM issued_letters WHERE "
                                                "pdf_sha256 = :s ORDER BY id LIMIT 1"),
                                 {{QStringLiteral("s"), sha}});
        if (q.next()) {
            out.dispatchNo = q.value(0).toString();
            out.issuedAt = q.value(1).toLongLong();
        }
        q.finish();
        out.recordedIssueAt = out.issuedAt;
        if (m_db.isPostgres() && out.recordedIssueAt == 0) {
            // Another department's letter: its record is not the reader's to see, its time is.
            QSqlQuery &t =
                m_db.exec(QStringLiteral("SELECT nasti_letter_issued_at(:s)"), {{QStringLiteral("s"), sha}});
            if (t.next() && !t.value(0).isNull())
                out.recordedIssueAt = t.value(0).toLongLong();
            t.finish();
        }
    }
    // Revoked certificates: a signature made before the revocation stays valid, and the only
    // trustworthy "before" is this database's record of the issue.
    const QList<rowsigning::RevokedX509> revoked = rowsigning::revokedX509(m_db);
    if (!revoked.isEmpty()) {
        for (X509Backend::Check &c : out.signatures) {
            if (c.state != X509Backend::Check::State::Valid || c.certificateDer.isEmpty())
                continue;
            for (const rowsigning::RevokedX509 &r : revoked) {
                if (x->certificateDer(r.certificatePem) != c.certificateDer)
                    continue;
                if (out.recordedIssueAt > 0 && out.recordedIssueAt < r.revokedAt)
                    break; // issued, as recorded here, while the certificate was good
                c.state = X509Backend::Check::State::Untrusted;
                c.revoked = true;
                c.problem = out.recordedIssueAt > 0
                                ? QCoreApplication::translate(
                                      "nasti::LetterSignatures",
                                      "its certificate was revoked on %1 (%2), before this letter was issued")
                                      .arg(istTime(r.revokedAt), revocationReason(r.reason))
                                : QCoreApplication::translate(
                                      "nasti::LetterSignatures",
                                      "its certificate was revoked on %1 (%2), and this database holds no "
                                      "record of the letter's issue before that")
                                      .arg(istTime(r.revokedAt), revocationReason(r.reason));
                break;
            }
        }
    }
    out.state = PaperSignatures::State::Valid;
    for (const X509Backend::Check &c : out.signatures) {
        if (c.state == X509Backend::Check::State::Invalid)
            out.state = PaperSignatures::State::Invalid;
        else if (c.state == X509Backend::Check::State::Untrusted &&
                 out.state == PaperSignatures::State::Valid)
            out.state = PaperSignatures::State::Untrusted;
    }
    return out;
}

} // namespace nasti
