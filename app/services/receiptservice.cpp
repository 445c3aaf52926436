#include "services/receiptservice.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/documentinspector.h"
#include "domain/textfields.h"
#include "security/eventlog.h"
#include "services/rulebook.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QLocale>

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::ReceiptService", text);
}
} // namespace

ReceiptService::ReceiptService(Database &db, const Clock &clock, Session session,
                               const DocumentInspector &inspector)
    : m_db(db), m_clock(clock), m_session(std::move(session)), m_inspector(inspector),
      m_keyed(db, m_session.userId)
{
}

QString ReceiptService::diarise(const DiariseRequest &request)
{
    return m_keyed.once("receipt.diarise", m_clock.nowMs(), [&] { return doDiarise(request); });
}

QString ReceiptService::doDiarise(const DiariseRequest &request)
{
    const QString sender = textfields::oneLine(request.sender, tr("sender"));
    const QString subject = textfields::oneLine(request.subject, tr("subject"));
    textfields::oneLine(request.letterNo, tr("letter number"));
    if (sender.isEmpty())
        fail(NastiError::Kind::Invalid, tr("The sender is empty; say who wrote the letter."));
    if (subject.isEmpty())
        fail(NastiError::Kind::Invalid, tr("The subject is empty; every receipt needs a subject."));
    if (subject.size() > 500 || sender.size() > 300 || request.letterNo.size() > 100)
        fail(NastiError::Kind::Invalid, tr("The sender, subject or letter number is too long."));
    const QString category = request.category.trimmed().toLower();
    const QString reference = textfields::oneLine(request.referenceNo, tr("reference number"));
    if (!category.isEmpty() && reference.isEmpty())
        fail(NastiError::Kind::Invalid, tr("Give the reference number of the %1.").arg(category));
    if (category.isEmpty() && !reference.isEmpty())
        fail(
            NastiError::Kind::Invalid,
            tr("A reference number “%1” needs its category (VIP reference, Assembly question, court case, CM "
               "Helpline or CPGRAMS).")
                .arg(reference));
    if (reference.size() > 60)
        fail(NastiError::Kind::Invalid, tr("The reference number is too long (at most 60 characters)."));
    Rulebook(m_session).mayDiarise().enforce();
    if (!category.isEmpty() && !m_db.scalar(QStringLiteral("SELECT 1 FROM categories WHERE code = :c"),
                                            {{QStringLiteral("c"), category}})
                                    .isValid())
        fail(NastiError::Kind::Invalid,
             tr("There is no reference category “%1” (vip, assembly, court, cm-helpline, cpgrams).")
                 .arg(request.category));
    if (request.content.isEmpty())
        fail(NastiError::Kind::Invalid, tr("The file %1 is empty.").arg(request.fileName));
    if (request.content.size() > m_maxBytes)
        fail(NastiError::Kind::Invalid,
             tr("The file %1 is too large (%2); the limit is %3.")
                 .arg(request.fileName, QLocale::c().formattedDataSize(request.content.size()),
                      QLocale::c().formattedDataSize(m_maxBytes)));
    const DocumentCheck check = m_inspector.inspect(request.content);
    if (!check.ok)
        fail(NastiError::Kind::Invalid,
             tr("%1: %2").arg(request.fileName.isEmpty() ? tr("The document") : request.fileName,
                              check.problem));

    // The diarising post: one of the session's, in the receipt's section if named.
    const PostRef *post = nullptr;
    qint64 section = 0;
    if (!request.sectionCode.trimmed().isEmpty()) {
        const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM sections WHERE code = :c"),
                                        {{QStringLiteral("c"), request.sectionCode.trimmed()}});
        if (!id.isValid())
            fail(NastiError::Kind::NotFound, tr("There is no section “%1”.").arg(request.sectionCode));
        section = id.toLongLong();
        for (const PostRef &p : m_session.posts)
            if (!post && p.sectionId == section)
                post = &p;
    } else {
        for (const PostRef &p : m_session.posts)
            if (!post && p.sectionId) {
                post = &p;
                section = p.sectionId;
            }
    }
    if (!post)
        fail(NastiError::Kind::Refused, tr("You hold no post in a section that could diarise this receipt."));

    const qint64 now = m_clock.nowMs();
    const int year = Clock::officeDate(now).year();
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(request.content, QCryptographicHash::Sha256).toHex());

    m_db.setActing(m_session.userId, now);
    Transaction tx(m_db);
    m_db.exec(QStringLiteral(
                  "INSERT INTO attachments (sha256, byte_size, mime_type, page_count, content, created_at) "
                  "VALUES (:s, :n, :m, :p, :c, :now) ON CONFLICT (sha256) DO NOTHING"),
              {{QStringLiteral("s"), sha},
               {QStringLiteral("n"), request.content.size()},
               {QStringLiteral("m"), check.mimeType},
               {QStringLiteral("p"), check.pageCount},
               {QStringLiteral("c"), request.content},
               {QStringLiteral("now"), now}});
    const QString sectionCode = m_db.scalar(QStringLiteral("SELECT code FROM sections WHERE id = :s"),
                                            {{QStringLiteral("s"), section}})
                                    .toString();
    // PostgreSQL gives the diary number itself (an empty one asks it to).
    QString diaryNo;
    if (!m_db.dialect().serverNumbers()) {
        const int serial =
            m_db.scalar(QStringLiteral(
                            "INSERT INTO counters (scope, year, last_value) VALUES (:s, :y, 1) "
                            "ON CONFLICT (scope, year) DO UPDATE SET last_value = counters.last_value + 1 "
                            "RETURNING last_value"),
                        {{QStringLiteral("s"), QStringLiteral("receipt:") + sectionCode},
                         {QStringLiteral("y"), year}})
                .toInt();
        diaryNo = QStringLiteral("R-%1/%2-%3")
                      .arg(serial)
                      .arg(year)
                      .arg(QString(sectionCode).remove(QLatin1Char('-')));
    }
    QVariantMap values{
        {QStringLiteral("diary_no"), diaryNo},
        {QStringLiteral("section_id"), section},
        {QStringLiteral("sender"), sender},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("letter_no"), request.letterNo.trimmed()},
        {QStringLiteral("letter_date"), request.letterDate
                                            ? QVariant(request.letterDate->toString(Qt::ISODate))
                                            : QVariant(QMetaType(QMetaType::QString))},
        {QStringLiteral("grading"), static_cast<int>(request.grading)},
        {QStringLiteral("received_at"), now},
        {QStringLiteral("diarised_by_post_id"), post->id},
        {QStringLiteral("diarised_by_user_id"), m_session.userId},
        {QStringLiteral("attachment_sha256"), sha},
        {QStringLiteral("file_name"), request.fileName},
    };
    if (!category.isEmpty()) { // (the database records receipt.category)
        values.insert(QStringLiteral("category"), category);
        values.insert(QStringLiteral("reference_no"), reference);
    }
    const EventLog::RowRef row = EventLog(m_db).insertHistoryRow(QStringLiteral("receipts"), values);
    // (The database records receipt.diarised.)
    if (diaryNo.isEmpty())
        diaryNo = m_db.scalar(QStringLiteral("SELECT diary_no FROM receipts WHERE id = :id"),
                              {{QStringLiteral("id"), row.id}})
                      .toString();
    m_keyed.record(diaryNo, now);
    tx.commit();
    return diaryNo;
}

} // namespace nasti
