#pragma once

#include "services/filequeries.h"

#include <QString>

namespace nasti {

// The acknowledgement a receipt's sender gets on request (issue 17): an A4 PDF
// naming his letter and the diary number it was entered under, the date and the
// section, as CM Helpline and CPGRAMS acknowledge a grievance with its number.
class Acknowledgement
{
public:
    static void writePdf(const ReceiptView &receipt, const QString &path, bool hindi);
};

} // namespace nasti
