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

QString when(const X509Backend::Check &c)
{
    if (!c.signedAt.isValid())
        return QCoreApplication::translate("nasti::LetterSignatures", "(no signing time)");
    return c.signedAt.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Kolkata")))
               .toString(QStringLiteral("dd-MM-yyyy hh:mm")) +
           QStringLiteral(" IST");
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
    PaperSignatures out;
    const X509Backend *x = x509::backend();
    if (!x) {
        out.state = PaperSignatures::State::Unchecked;
        out.problem = QCoreApplication::translate("nasti::LetterSignatures",
                                                  "this program cannot check PDF signatures.");
        return out;
    }
    try {
        out.signatures = x->checkPdf(pdf, rowsigning::organisationCas(m_db));
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
