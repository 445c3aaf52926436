#pragma once

#include "services/filequeries.h"

class QPrinter;

namespace nasti {

// The printed note sheet: A4, the file number and subject at the head of every
// page, paragraphs numbered as on the record, each note signed (name,
// designation, date and time), "Page n of m" at the foot.
namespace notesheet {
QString html(const FileDetail &file);
void print(QPrinter *printer, const FileDetail &file);
// Writes a PDF (QPrinter::PdfFormat). Returns false if the file cannot be written.
bool savePdf(const QString &path, const FileDetail &file);
} // namespace notesheet

} // namespace nasti
