#include "jsonout.h"

#include "util/clock.h"

#include <QJsonDocument>

namespace nasti::json {

QString time(qint64 ms)
{
    return ms ? Clock::toOffice(ms).toString(Qt::ISODate) : QString();
}

QJsonObject summary(const FileSummary &f)
{
    return {
        {QStringLiteral("file_no"), f.fileNo},
        {QStringLiteral("subject"), f.subject},
        {QStringLiteral("section"), f.sectionCode},
        {QStringLiteral("status"), codes::status(f.status)},
        {QStringLiteral("priority"), codes::priority(f.priority)},
        {QStringLiteral("grading"), codes::grading(f.grading)},
        {QStringLiteral("custodian"), f.holderPostCode},
        {QStringLiteral("custodian_since"), time(f.holderSince)},
        {QStringLiteral("from"), f.fromPostCode},
        {QStringLiteral("action"), codes::action(f.actionAsked)},
        {QStringLiteral("due"), f.movementDue.isEmpty() ? f.dueDate : f.movementDue},
        {QStringLiteral("remarks"), f.remarks},
        {QStringLiteral("unread"), f.unread},
        {QStringLiteral("days_pending"), f.daysPending},
        {QStringLiteral("version"), f.version},
    };
}

QJsonObject detail(const FileDetail &d)
{
    QJsonObject o = summary(d.summary);
    o.insert(QStringLiteral("head"), d.head);
    o.insert(QStringLiteral("created_by"), d.createdPostCode);
    o.insert(QStringLiteral("created_at"), time(d.summary.createdAt));
    o.insert(QStringLiteral("approved_at"), time(d.approvedAt));
    o.insert(QStringLiteral("closed_at"), time(d.closedAt));
    o.insert(QStringLiteral("retention"), d.retention);
    o.insert(QStringLiteral("review_year"), d.reviewYear ? QJsonValue(d.reviewYear) : QJsonValue());
    o.insert(QStringLiteral("delay_reason"), d.delayReason);
    QJsonArray notes;
    for (const NoteView &n : d.notes) {
        notes.append(QJsonObject{
            {QStringLiteral("paragraphs"),
             n.isDraft()
                 ? QJsonValue()
                 : QJsonValue(QStringLiteral("%1-%2").arg(n.paraStart).arg(n.paraStart + n.paraCount - 1))},
            {QStringLiteral("first_paragraph"), n.paraStart},
            {QStringLiteral("kind"), codes::noteKind(n.kind)},
            {QStringLiteral("author"), n.authorName},
            {QStringLiteral("designation"), n.designation},
            {QStringLiteral("post"), n.authorPostCode},
            {QStringLiteral("text"), n.body},
            {QStringLiteral("written_at"), time(n.updatedAt)},
            {QStringLiteral("frozen_at"), time(n.frozenAt)},
            {QStringLiteral("draft"), n.isDraft()},
            {QStringLiteral("hash"), n.contentHash},
        });
    }
    o.insert(QStringLiteral("notes"), notes);
    QJsonArray moves;
    for (const MovementView &m : d.movements) {
        moves.append(QJsonObject{
            {QStringLiteral("kind"), codes::movement(m.kind)},
            {QStringLiteral("from"), m.fromCode},
            {QStringLiteral("to"), m.toCode},
            {QStringLiteral("by"), m.byLogin},
            {QStringLiteral("action"), codes::action(m.action)},
            {QStringLiteral("remarks"), m.remarks},
            {QStringLiteral("due"), m.dueDate},
            {QStringLiteral("sent_at"), time(m.sentAt)},
        });
    }
    o.insert(QStringLiteral("movements"), moves);
    QJsonArray papers;
    for (const PaperView &p : d.papers) {
        papers.append(QJsonObject{
            {QStringLiteral("flag"), p.label()},
            {QStringLiteral("diary_no"), p.diaryNo},
            {QStringLiteral("subject"), p.subject},
            {QStringLiteral("sender"), p.sender},
            {QStringLiteral("first_page"), p.firstPage},
            {QStringLiteral("pages"), p.pageCount},
            {QStringLiteral("sha256"), p.attachmentSha256},
        });
    }
    o.insert(QStringLiteral("correspondence"), papers);
    QJsonArray links;
    for (const LinkView &l : d.links)
        links.append(
            QJsonObject{{QStringLiteral("file_no"), l.fileNo}, {QStringLiteral("subject"), l.subject}});
    o.insert(QStringLiteral("linked_files"), links);
    return o;
}

QJsonObject org(const QList<DepartmentInfo> &departments, const QList<SectionInfo> &sections,
                const QList<PostInfo> &posts)
{
    QJsonArray depts;
    for (const DepartmentInfo &d : departments) {
        QJsonArray secs;
        for (const SectionInfo &s : sections)
            if (s.departmentCode == d.code)
                secs.append(QJsonObject{{QStringLiteral("code"), s.code},
                                        {QStringLiteral("name_en"), s.nameEn},
                                        {QStringLiteral("name_hi"), s.nameHi}});
        QJsonArray ps;
        for (const PostInfo &p : posts)
            if (p.departmentCode == d.code)
                ps.append(QJsonObject{{QStringLiteral("code"), p.code},
                                      {QStringLiteral("title_en"), p.titleEn},
                                      {QStringLiteral("title_hi"), p.titleHi},
                                      {QStringLiteral("section"), p.sectionCode},
                                      {QStringLiteral("level"), p.level},
                                      {QStringLiteral("holder"), p.holderLogin},
                                      {QStringLiteral("reports_to"), p.reportsToCode}});
        depts.append(QJsonObject{{QStringLiteral("code"), d.code},
                                 {QStringLiteral("name_en"), d.nameEn},
                                 {QStringLiteral("name_hi"), d.nameHi},
                                 {QStringLiteral("time_limit_days"), d.timeLimitDays},
                                 {QStringLiteral("sections"), secs},
                                 {QStringLiteral("posts"), ps}});
    }
    return {{QStringLiteral("departments"), depts}};
}

QByteArray dump(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace nasti::json
