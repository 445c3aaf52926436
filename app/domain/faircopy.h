#pragma once

#include "domain/drafts.h"

#include <QByteArray>
#include <QDate>
#include <QRectF>
#include <QString>

namespace nasti {

// Everything printed on an issued letter (the fair copy), as the issue gathered it.
struct FairCopy
{
    QString language = QStringLiteral("en"); // en or hi: the letter's own language
    QString kind;                            // draftkinds code
    QString letterheadHeading;               // lines: "Government of ...", the department
    QString letterheadAddress;
    QString fileNo, dispatchNo;
    QDate date;
    QList<Addressee> addressees, copyTo;
    QString subject, reference;
    QString bodyHtml;   // rich text; empty when the approved version is a PDF
    QByteArray bodyPdf; // the uploaded PDF of such a version
    QString signerName, signerDesignation;
    // Issue 16: leave room above the signer's name for the visible PDF signature (FairCopyPdf
    // reports where: FairCopyPdf::SignaturePlace), and print qrText (if any) as a QR code
    // beside it (e.g. the dispatch number, the date and the content hash).
    bool signatureBox = false;
    QByteArray qrText;
};

// Where the visible digital signature goes: the reserved box above the signer's name
// (FairCopy::signatureBox). rect is in PDF points from the page's top-left corner; page
// is 0-based, -1 when no box was reserved.
struct SignaturePlace
{
    int page = -1;
    QRectF rect;
};

// Renders a fair copy to an A4 PDF (implemented with QtGui in app/letters, so the
// core stays free of it). Throws NastiError when it cannot.
class FairCopyRenderer
{
public:
    virtual ~FairCopyRenderer() = default;
    virtual QByteArray render(const FairCopy &copy) const = 0;
    // The same, saying where the signature box is (a renderer that reserves none says so).
    virtual QByteArray render(const FairCopy &copy, SignaturePlace *place) const
    {
        if (place)
            *place = SignaturePlace();
        return render(copy);
    }
};

} // namespace nasti
