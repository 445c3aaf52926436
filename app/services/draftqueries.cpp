#include "services/draftqueries.h"

#include "db/database.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

namespace nasti {

QList<DraftView> DraftQueries::drafts(const QString &fileNo)
{
    const QVariant id = m_db.scalar(QStringLiteral("SELECT id FROM files WHERE file_no = :n"),
                                    {{QStringLiteral("n"), fileNo.trimmed()}});
    if (!id.isValid())
        fail(NastiError::Kind::NotFound,
             QCoreApplication::translate("nasti::DraftQueries", "There is no file numbered “%1”.")
                 .arg(fileNo.trimmed()));
    return drafts(id.toLongLong());
}

QList<DraftView> DraftQueries::drafts(qint64 fileId)
{
    QList<DraftView> out;
    QHash<qint64, int> index;
    QSqlQuery &d = m_db.exec(
        QStringLiteral("SELECT d.id, d.number, d.kind, d.language, p.code, d.created_at, "
                       "COALESCE(l.dispatch_no, ''), COALESCE(l.pdf_sha256, ''), COALESCE(l.issued_at, 0) "
                       "FROM drafts d JOIN posts p ON p.id = d.created_by_post_id LEFT JOIN "
                       "issued_letters l ON l.draft_id = d.id AND l.pdf_sha256 IS NOT NULL "
                       "WHERE d.file_id = :f ORDER BY d.number"),
        {{QStringLiteral("f"), fileId}});
    while (d.next()) {
        DraftView v;
        v.id = d.value(0).toLongLong();
        v.number = d.value(1).toInt();
        v.kind = d.value(2).toString();
        v.language = d.value(3).toString();
        v.createdByPostCode = d.value(4).toString();
        v.createdAt = d.value(5).toLongLong();
        v.dispatchNo = d.value(6).toString();
        v.issuedPdfSha256 = d.value(7).toString();
        v.issuedAt = d.value(8).toLongLong();
        index.insert(v.id, int(out.size()));
        out << v;
    }
    d.finish();
    if (out.isEmpty())
        return out;
    QSqlQuery &q = m_db.exec(
        QStringLiteral(
            "SELECT v.draft_id, v.id, v.version, v.subject, v.addressees, v.copy_to, v.reference, v.body, "
            "COALESCE(v.pdf_sha256, ''), v.author_name, v.designation, p.code, v.author_post_id, "
            "v.created_at, COALESCE(a.approved_at, 0), COALESCE(a.approver_name, ''), "
            "COALESCE(a.designation, ''), COALESCE(ap.code, '') FROM draft_versions v JOIN drafts d ON "
            "d.id = v.draft_id JOIN posts p ON p.id = v.author_post_id LEFT JOIN draft_approvals a ON "
            "a.draft_version_id = v.id LEFT JOIN posts ap ON ap.id = a.approved_by_post_id "
            "WHERE d.file_id = :f ORDER BY v.draft_id, v.version"),
        {{QStringLiteral("f"), fileId}});
    while (q.next()) {
        DraftVersionView v;
        v.id = q.value(1).toLongLong();
        v.version = q.value(2).toInt();
        v.subject = q.value(3).toString();
        v.addressees = Addressee::fromJson(q.value(4).toString());
        v.copyTo = Addressee::fromJson(q.value(5).toString());
        v.reference = q.value(6).toString();
        v.bodyHtml = q.value(7).toString();
        v.pdfSha256 = q.value(8).toString();
        v.authorName = q.value(9).toString();
        v.designation = q.value(10).toString();
        v.authorPostCode = q.value(11).toString();
        v.authorPostId = q.value(12).toLongLong();
        v.createdAt = q.value(13).toLongLong();
        v.approvedAt = q.value(14).toLongLong();
        v.approverName = q.value(15).toString();
        v.approverDesignation = q.value(16).toString();
        v.approverPostCode = q.value(17).toString();
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.constEnd())
            out[*it].versions << v;
    }
    q.finish();
    return out;
}

QList<DraftAwaiting> DraftQueries::awaitingApproval(const Session &session, int limit)
{
    QList<DraftAwaiting> out;
    if (session.role != Role::Officer || session.posts.isEmpty())
        return out;
    QSqlQuery &q = m_db.exec(
        QStringLiteral(
            "SELECT f.file_no, f.subject, d.number, d.kind, v.version, v.author_name, p.code, v.subject, "
            "v.created_at FROM files f JOIN drafts d ON d.file_id = f.id JOIN draft_versions v ON "
            "v.draft_id = d.id JOIN posts p ON p.id = v.author_post_id "
            "WHERE f.holder_post_id IN (%1) AND f.status = 'open' "
            "AND v.version = (SELECT MAX(x.version) FROM draft_versions x WHERE x.draft_id = d.id) "
            "AND NOT EXISTS (SELECT 1 FROM draft_approvals a WHERE a.draft_version_id = v.id) "
            "AND NOT EXISTS (SELECT 1 FROM issued_letters l WHERE l.draft_id = d.id) "
            "ORDER BY v.created_at, d.id LIMIT %2")
            .arg(session.postIdList())
            .arg(limit));
    while (q.next()) {
        DraftAwaiting a;
        a.fileNo = q.value(0).toString();
        a.fileSubject = q.value(1).toString();
        a.draft = q.value(2).toInt();
        a.kind = q.value(3).toString();
        a.version = q.value(4).toInt();
        a.authorName = q.value(5).toString();
        a.authorPostCode = q.value(6).toString();
        a.subject = q.value(7).toString();
        a.versionAt = q.value(8).toLongLong();
        out << a;
    }
    q.finish();
    return out;
}

QList<DispatchRow> DraftQueries::dispatchRegister(const Session &session, const QString &sectionCode,
                                                  const QString &text, int limit)
{
    QString where;
    QVariantMap binds;
    if (!sectionCode.trimmed().isEmpty()) {
        where = QStringLiteral("s.code = :sec");
        binds.insert(QStringLiteral("sec"), sectionCode.trimmed());
    } else {
        where = QStringLiteral("l.section_id IN (%1)").arg(session.sectionIdList());
    }
    if (!text.trimmed().isEmpty()) {
        // (LIKE with the pattern's own wildcards escaped: a search for "D-1_" is literal.)
        QString like = text.trimmed();
        like.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        binds.insert(QStringLiteral("t"), QStringLiteral("%") + like.toLower() + QStringLiteral("%"));
        where += QStringLiteral(
            " AND (lower(l.dispatch_no) LIKE :t ESCAPE '\\' OR lower(f.file_no) LIKE :t ESCAPE '\\' "
            "OR lower(v.subject) LIKE :t ESCAPE '\\' OR lower(e.addressee) LIKE :t ESCAPE '\\')");
    }
    QSqlQuery &q = m_db.exec(
        QStringLiteral(
            "SELECT l.id, e.id, l.dispatch_no, f.file_no, v.subject, s.code, l.issued_at, e.position, "
            "e.copy, "
            "e.addressee, e.address, e.mode, COALESCE(ts.code, ''), COALESCE(r.diary_no, ''), "
            "COALESCE(e.postage_paise, -1), ip.code, sp.code, COALESCE(l.pdf_sha256, '') "
            "FROM issued_letters l JOIN dispatch_entries e ON e.letter_id = l.id JOIN files f ON "
            "f.id = l.file_id JOIN draft_versions v ON v.id = l.draft_version_id JOIN sections s ON "
            "s.id = l.section_id JOIN posts ip ON ip.id = l.issued_by_post_id JOIN posts sp ON "
            "sp.id = l.signed_by_post_id LEFT JOIN sections ts ON ts.id = e.to_section_id LEFT JOIN "
            "receipts r ON r.id = e.receipt_id WHERE %1 "
            "ORDER BY l.issued_at DESC, l.id DESC, e.position LIMIT %2")
            .arg(where)
            .arg(limit),
        binds);
    QList<DispatchRow> out;
    while (q.next()) {
        DispatchRow r;
        r.letterId = q.value(0).toLongLong();
        r.entryId = q.value(1).toLongLong();
        r.dispatchNo = q.value(2).toString();
        r.fileNo = q.value(3).toString();
        r.subject = q.value(4).toString();
        r.sectionCode = q.value(5).toString();
        r.issuedAt = q.value(6).toLongLong();
        r.position = q.value(7).toInt();
        r.copy = q.value(8).toInt() != 0;
        r.addressee = q.value(9).toString();
        r.address = q.value(10).toString();
        r.mode = q.value(11).toString();
        r.toSectionCode = q.value(12).toString();
        r.diaryNo = q.value(13).toString();
        r.postagePaise = q.value(14).toInt();
        r.issuedByPostCode = q.value(15).toString();
        r.signedByPostCode = q.value(16).toString();
        r.pdfSha256 = q.value(17).toString();
        out << r;
    }
    q.finish();
    return out;
}

namespace {
QString csvField(const QString &s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) ||
        s.startsWith(QLatin1Char('=')) || s.startsWith(QLatin1Char('+')) || s.startsWith(QLatin1Char('-')) ||
        s.startsWith(QLatin1Char('@')))
        return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return s;
}

QString istTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone("Asia/Kolkata")).toString(Qt::ISODate);
}
} // namespace

QString DraftQueries::registerCsv(const QList<DispatchRow> &rows)
{
    QString text =
        QStringLiteral("dispatch_no,issued_at,file_no,subject,position,copy,addressee,address,mode,"
                       "to_section,diary_no,postage_rupees,issued_by,signed_by\n");
    for (const DispatchRow &r : rows) {
        const QStringList f = {r.dispatchNo,
                               istTime(r.issuedAt),
                               r.fileNo,
                               r.subject,
                               QString::number(r.position),
                               r.copy ? QStringLiteral("1") : QStringLiteral("0"),
                               r.addressee,
                               r.address,
                               r.mode,
                               r.toSectionCode,
                               r.diaryNo,
                               r.postagePaise < 0 ? QString()
                                                  : QString::number(r.postagePaise / 100.0, 'f', 2),
                               r.issuedByPostCode,
                               r.signedByPostCode};
        QStringList cells;
        for (const QString &x : f)
            cells << csvField(x);
        text += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return text;
}

} // namespace nasti
