#include "services/lettersignatures.h"

#include "services/keyservice.h"
#include "util/error.h"

#include <QCoreApplication>
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
