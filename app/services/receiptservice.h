#pragma once

#include "domain/types.h"
#include "services/actionkey.h"
#include "services/session.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace nasti {

class Database;
class Clock;
class DocumentInspector;

struct DiariseRequest
{
    QByteArray content; // the letter, a PDF
    QString fileName;   // as imported, for display
    QString sender, subject, letterNo;
    std::optional<QDate> letterDate;
    Grading grading = Grading::Normal;
    QString sectionCode; // empty: the section of the diarising post
    // A reference category (vip, assembly, court, cm-helpline, cpgrams) and the number the
    // letter came under; both or neither. A file opened from the receipt takes them over.
    QString category, referenceNo;
};

// Dak: diarising incoming letters. The PDF is checked before anything is
// written, stored once by its SHA-256, and the receipt gets the next diary
// number of its section and year (R-<serial>/<year>-<SECTION>).
class ReceiptService
{
public:
    static constexpr qint64 kDefaultMaxBytes = 25 * 1024 * 1024;

    ReceiptService(Database &db, const Clock &clock, Session session, const DocumentInspector &inspector);

    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    // Returns the diary number.
    // Named by the user's action key (issue 19), a diarising retried after a lost answer
    // gives the diary number it gave the first time and diarises nothing again.
    QString diarise(const DiariseRequest &request);

private:
    QString doDiarise(const DiariseRequest &request);

    Database &m_db;
    const Clock &m_clock;
    Session m_session;
    const DocumentInspector &m_inspector;
    qint64 m_maxBytes = kDefaultMaxBytes;
    KeyedCalls m_keyed;
};

} // namespace nasti
