#pragma once

#include "db/dialect.h"

#include <QString>

namespace nasti {

// Joins a receipt (alias r) to its attachment's page_count and byte_size, as alias a.
// PostgreSQL (schema step 19): through nasti_receipt_attachment(r.id), which checks the one
// receipt instead of the attachments policy's search of every receipt sharing the PDF (all
// of them, when thousands share one and the user may read few); no row when the receipt is
// not readable, as the policy gives. SQLite has no row-level security: the plain join.
inline QString receiptAttachmentJoin(const Dialect &dialect)
{
    return dialect.isPostgres() ? QStringLiteral("CROSS JOIN LATERAL nasti_receipt_attachment(r.id) a ")
                                : QStringLiteral("JOIN attachments a ON a.sha256 = r.attachment_sha256 ");
}

} // namespace nasti
