#pragma once

#include "domain/faircopy.h"

class QTextDocument;

namespace nasti {

// The fair copy as an A4 PDF: the department's letterhead, number and date, the
// addressees, subject and reference, the approved text, the approving officer's
// signature block, the "copy to" list and "Page N of M" on every page. The printed
// words are in the letter's own language (not the program's). Devanagari is shaped
// by Qt's text engine with the Noto fonts.
class FairCopyPdf : public FairCopyRenderer
{
public:
    QByteArray render(const FairCopy &copy) const override;
    // The letter as rich text, for the client's preview.
    static QString html(const FairCopy &copy);
};

} // namespace nasti
