#include "pdf/popplerinspector.h"

#include "pdf/popplerdocument.h"

using namespace Qt::StringLiterals;

namespace nasti {

DocumentCheck PopplerInspector::inspect(const QByteArray &bytes) const
{
    const OpenedPdf opened = openPopplerDocument(bytes);
    DocumentCheck check;
    check.ok = opened.problem.isEmpty();
    check.problem = opened.problem;
    if (check.ok) {
        check.pageCount = int(opened.pageSizesPt.size());
        check.mimeType = u"application/pdf"_s;
    }
    return check;
}

} // namespace nasti
