#pragma once

// Internal to nasti_pdf: opening PDF bytes with Poppler, shared by the
// inspector and the renderer so both give the same verdicts.

#include <QByteArray>
#include <QList>
#include <QSizeF>
#include <QString>

#include <poppler-qt6.h>

#include <memory>

namespace nasti {

struct OpenedPdf
{
    std::unique_ptr<Poppler::Document> document; // null when !problem.isEmpty()
    QList<QSizeF> pageSizesPt;
    QString problem; // translated, one line
};

// Safe from any thread: each call loads its own document.
OpenedPdf openPopplerDocument(const QByteArray &bytes);

// Renders a tiny built-in PDF once per process. Call it on a render thread
// before rendering anything else: Poppler builds some colour state lazily and
// racing that first build has crashed even separate documents.
void warmUpPoppler();

} // namespace nasti
