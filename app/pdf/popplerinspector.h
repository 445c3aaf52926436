#pragma once

#include "domain/documentinspector.h"

namespace nasti {

// Checks uploads with Poppler: readable, not password-protected, has pages.
class PopplerInspector : public DocumentInspector
{
public:
    DocumentCheck inspect(const QByteArray &bytes) const override;
};

} // namespace nasti
