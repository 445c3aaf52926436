#include "services/lettersignatures.h"

#include "services/dsctokens.h"
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
            if (!c.registeredTo.isEmpty()) {
                parts << QCoreApplication::translate(
                             "nasti::LetterSignatures",
                             "Digitally signed by %1 with the DSC token registered to "
                             "%2, on %3: valid, unchanged since signing.")
                             .arg(who(c), c.registeredTo, when(c));
                break;
            }
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

namespace {
// The letter's state from its signatures': the worst of them.
void summarise(PaperSignatures &out)
{
    out.state = PaperSignatures::State::Valid;
    for (const X509Backend::Check &c : out.signatures) {
        if (c.state == X509Backend::Check::State::Invalid)
            out.state = PaperSignatures::State::Invalid;
        else if (c.state == X509Backend::Check::State::Untrusted &&
                 out.state == PaperSignatures::State::Valid)
            out.state = PaperSignatures::State::Untrusted;
    }
}
} // namespace

PaperSignatures LetterSignatures::check(const QByteArray &pdf)
{
    if (!m_db)
        return check(pdf, {}, {});
    const QList<QByteArray> ours = rowsigning::organisationCas(*m_db);
    return check(pdf, ours + dsctokens::trustedCas(*m_db), ours);
}

PaperSignatures LetterSignatures::check(const QByteArray &pdf, const QList<QByteArray> &trustedCas)
{
    // The CAs given, less the external CAs this database trusts for DSC tokens: a signature
    // chaining only to one of those is a token's, checked against its registration.
    const X509Backend *x = x509::backend();
    if (!m_db)
        return check(pdf, trustedCas, trustedCas);
    const QList<QByteArray> external = dsctokens::trustedCas(*m_db);
    QList<QByteArray> ours;
    for (const QByteArray &ca : trustedCas) {
        bool isExternal = false;
        if (x)
            for (const QByteArray &e : external)
                if (x->certificateDer(e) == x->certificateDer(ca))
                    isExternal = true;
        if (!isExternal)
            ours << ca;
    }
    return check(pdf, trustedCas, ours);
}

PaperSignatures LetterSignatures::check(const QByteArray &pdf, const QList<QByteArray> &trustedCas,
                                        const QList<QByteArray> &ours)
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
    if (!m_db) {
        summarise(out);
        return out;
    }
    Database &db = *m_db;
    qint64 issuer = 0; // who issued it, when the reader may see its record
    {
        // Its issue as this database records it, if the reader may see that.
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        QSqlQuery &q = db.exec(QStringLiteral("SELECT dispatch_no, issued_at, issued_by_user_id FROM "
                                              "issued_letters WHERE pdf_sha256 = :s ORDER BY id LIMIT 1"),
                               {{QStringLiteral("s"), sha}});
        if (q.next()) {
            out.dispatchNo = q.value(0).toString();
            out.issuedAt = q.value(1).toLongLong();
            issuer = q.value(2).toLongLong();
        }
        q.finish();
        out.recordedIssueAt = out.issuedAt;
        if (db.isPostgres() && out.recordedIssueAt == 0) {
            // Another department's letter: its record is not the reader's to see, its time is.
            QSqlQuery &t =
                db.exec(QStringLiteral("SELECT nasti_letter_issued_at(:s)"), {{QStringLiteral("s"), sha}});
            if (t.next() && !t.value(0).isNull())
                out.recordedIssueAt = t.value(0).toLongLong();
            t.finish();
        }
    }
    // DSC tokens: a signature whose certificate does not chain to one of our CAs chains to an
    // external CA trusted for tokens; it holds only for a certificate registered here to the
    // officer who issued the letter, and not revoked before the issue as recorded (a reader
    // without the record: registered and not revoked now).
    for (X509Backend::Check &c : out.signatures) {
        if (c.state != X509Backend::Check::State::Valid || c.certificateDer.isEmpty())
            continue;
        if (x->inspectCertificate(c.certificateDer, ours, c.signedAt).problem.isEmpty())
            continue; // the organisation's own
        const QString fingerprint = QString::fromLatin1(
            QCryptographicHash::hash(c.certificateDer, QCryptographicHash::Sha256).toHex());
        const QList<DscTokenRow> rows = dsctokens::registrationsOf(db, fingerprint);
        const qint64 at = out.recordedIssueAt > 0 ? out.recordedIssueAt : QDateTime::currentMSecsSinceEpoch();
        const DscTokenRow *good = nullptr, *revokedRow = nullptr, *otherOfficer = nullptr;
        for (const DscTokenRow &r : rows) {
            if (issuer && r.userId != issuer) {
                otherOfficer = &r;
                continue;
            }
            if (r.registeredAt > at)
                continue;
            if (r.revokedAt > 0 && r.revokedAt <= at) {
                revokedRow = &r;
                continue;
            }
            good = &r;
        }
        if (good) {
            c.registeredTo = good->fullName.isEmpty() ? good->login : good->fullName;
            continue;
        }
        c.state = X509Backend::Check::State::Untrusted;
        if (revokedRow) {
            c.revoked = true;
            c.problem = QCoreApplication::translate(
                            "nasti::LetterSignatures",
                            "the registration of its DSC token to %1 was revoked on %2 (%3), before this "
                            "letter was issued")
                            .arg(revokedRow->login, istTime(revokedRow->revokedAt),
                                 revocationReason(revokedRow->revokedReason));
        } else if (otherOfficer) {
            c.problem = QCoreApplication::translate(
                            "nasti::LetterSignatures",
                            "its DSC token is registered to %1, not to the officer who issued this letter")
                            .arg(otherOfficer->login);
        } else {
            c.problem = QCoreApplication::translate(
                "nasti::LetterSignatures",
                "its certificate is from an external CA and is not registered here as any officer's DSC "
                "token (nasti-admin keys register-token)");
        }
    }
    // Revoked certificates: a signature made before the revocation stays valid, and the only
    // trustworthy "before" is this database's record of the issue.
    const QList<rowsigning::RevokedX509> revoked = rowsigning::revokedX509(db);
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
    summarise(out);
    return out;
}

} // namespace nasti
