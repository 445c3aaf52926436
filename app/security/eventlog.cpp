#include "security/eventlog.h"

#include "db/database.h"
#include "db/readsnapshot.h"
#include "security/chainheadstore.h"
#include "security/signaturecheck.h"
#include "util/error.h"

#include <algorithm>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlRecord>

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::EventLog", text);
}

// Columns that make up each history row's hash, in order. Changing a list
// invalidates every stored hash: add a new schema step instead.
const QHash<QString, QStringList> &hashedColumns()
{
    static const QHash<QString, QStringList> columns = {
        {QStringLiteral("movements"),
         {QStringLiteral("id"), QStringLiteral("file_id"), QStringLiteral("kind"),
          QStringLiteral("from_post_id"), QStringLiteral("to_post_id"), QStringLiteral("by_user_id"),
          QStringLiteral("action_asked"), QStringLiteral("remarks"), QStringLiteral("priority"),
          QStringLiteral("due_date"), QStringLiteral("sent_at"), QStringLiteral("file_version")}},
        {QStringLiteral("notes"),
         {QStringLiteral("id"), QStringLiteral("file_id"), QStringLiteral("kind"),
          QStringLiteral("author_user_id"), QStringLiteral("author_post_id"), QStringLiteral("author_name"),
          QStringLiteral("designation"), QStringLiteral("body"), QStringLiteral("created_at"),
          QStringLiteral("frozen_at"), QStringLiteral("para_start"), QStringLiteral("para_count")}},
        {QStringLiteral("receipts"),
         {QStringLiteral("id"), QStringLiteral("diary_no"), QStringLiteral("section_id"),
          QStringLiteral("sender"), QStringLiteral("subject"), QStringLiteral("letter_no"),
          QStringLiteral("letter_date"), QStringLiteral("grading"), QStringLiteral("received_at"),
          QStringLiteral("diarised_by_post_id"), QStringLiteral("diarised_by_user_id"),
          QStringLiteral("attachment_sha256"), QStringLiteral("file_name")}},
        {QStringLiteral("file_papers"),
         {QStringLiteral("id"), QStringLiteral("file_id"), QStringLiteral("receipt_id"),
          QStringLiteral("position"), QStringLiteral("flag"), QStringLiteral("fr_number"),
          QStringLiteral("first_page"), QStringLiteral("added_at"), QStringLiteral("added_by_post_id")}},
        // Schema step 9: drafts, approvals, issued letters and the dispatch register.
        {QStringLiteral("drafts"),
         {QStringLiteral("id"), QStringLiteral("file_id"), QStringLiteral("number"), QStringLiteral("kind"),
          QStringLiteral("language"), QStringLiteral("created_by_post_id"),
          QStringLiteral("created_by_user_id"), QStringLiteral("created_at")}},
        {QStringLiteral("draft_versions"),
         {QStringLiteral("id"), QStringLiteral("draft_id"), QStringLiteral("version"),
          QStringLiteral("subject"), QStringLiteral("addressees"), QStringLiteral("copy_to"),
          QStringLiteral("reference"), QStringLiteral("body"), QStringLiteral("pdf_sha256"),
          QStringLiteral("author_user_id"), QStringLiteral("author_post_id"), QStringLiteral("author_name"),
          QStringLiteral("designation"), QStringLiteral("created_at")}},
        {QStringLiteral("draft_approvals"),
         {QStringLiteral("id"), QStringLiteral("draft_version_id"), QStringLiteral("approved_by_post_id"),
          QStringLiteral("approved_by_user_id"), QStringLiteral("approver_name"),
          QStringLiteral("designation"), QStringLiteral("note_id"), QStringLiteral("approved_at")}},
        {QStringLiteral("issued_letters"),
         {QStringLiteral("id"), QStringLiteral("draft_id"), QStringLiteral("draft_version_id"),
          QStringLiteral("file_id"), QStringLiteral("section_id"), QStringLiteral("dispatch_no"),
          QStringLiteral("issued_at"), QStringLiteral("issued_by_post_id"),
          QStringLiteral("issued_by_user_id"), QStringLiteral("signed_by_post_id"),
          QStringLiteral("pdf_sha256")}},
        // Schema step 12: signing keys, their certificates and revocations, signatures.
        {QStringLiteral("signing_authorities"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("public_key"),
          QStringLiteral("sealed_secret"), QStringLiteral("x509_ca"), QStringLiteral("x509_sealed_key"),
          QStringLiteral("created_at"), QStringLiteral("created_by_user_id")}},
        {QStringLiteral("signing_keys"),
         {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("public_key"),
          QStringLiteral("sealed_secret"), QStringLiteral("x509_request"), QStringLiteral("created_at")}},
        {QStringLiteral("key_certificates"),
         {QStringLiteral("id"), QStringLiteral("key_id"), QStringLiteral("authority_id"),
          QStringLiteral("user_id"), QStringLiteral("posts"), QStringLiteral("valid_from"),
          QStringLiteral("valid_until"), QStringLiteral("certified_at"),
          QStringLiteral("certified_by_user_id"), QStringLiteral("authority_signature"),
          QStringLiteral("x509_certificate")}},
        {QStringLiteral("key_revocations"),
         {QStringLiteral("id"), QStringLiteral("certificate_id"), QStringLiteral("reason"),
          QStringLiteral("revoked_at"), QStringLiteral("revoked_by_user_id")}},
        {QStringLiteral("signatures"),
         {QStringLiteral("id"), QStringLiteral("object_table"), QStringLiteral("object_id"),
          QStringLiteral("object_hash"), QStringLiteral("key_id"), QStringLiteral("signer_user_id"),
          QStringLiteral("signed_at"), QStringLiteral("signature")}},
        // Schema step 18: trusted external CAs, DSC token registrations and their revocations.
        {QStringLiteral("trusted_cas"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("certificate"),
          QStringLiteral("fingerprint"), QStringLiteral("added_at"), QStringLiteral("added_by_user_id")}},
        {QStringLiteral("dsc_tokens"),
         {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("ca_id"), QStringLiteral("posts"),
          QStringLiteral("certificate"), QStringLiteral("fingerprint"), QStringLiteral("subject"),
          QStringLiteral("valid_from"), QStringLiteral("valid_until"), QStringLiteral("module_path"),
          QStringLiteral("registered_at"), QStringLiteral("registered_by_user_id")}},
        {QStringLiteral("dsc_token_revocations"),
         {QStringLiteral("id"), QStringLiteral("token_id"), QStringLiteral("reason"),
          QStringLiteral("revoked_at"), QStringLiteral("revoked_by_user_id")}},
        {QStringLiteral("dispatch_entries"),
         {QStringLiteral("id"), QStringLiteral("letter_id"), QStringLiteral("position"),
          QStringLiteral("copy"), QStringLiteral("addressee"), QStringLiteral("address"),
          QStringLiteral("mode"), QStringLiteral("to_section_id"), QStringLiteral("receipt_id")}},
    };
    return columns;
}

QString canonical(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QStringLiteral("\u2400"); // SYMBOL FOR NULL: distinct from ""
    return v.toString();
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace

QString EventLog::rowHash(const QString &table, const QVariantMap &columns)
{
    const QStringList &order = hashedColumns().value(table);
    Q_ASSERT(!order.isEmpty());
    QStringList parts;
    parts.reserve(order.size() + 1);
    parts << table;
    for (const QString &c : order)
        parts << canonical(columns.value(c));
    return sha256Hex(parts.join(QChar(0x1f)));
}

QString EventLog::storedRowHash(Database &db, const QString &table, qint64 id, const QVariantMap &overrides)
{
    const QStringList &cols = hashedColumns().value(table);
    Q_ASSERT(!cols.isEmpty());
    QSqlQuery &q = db.exec(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = :id").arg(cols.join(QStringLiteral(", ")), table),
        {{QStringLiteral("id"), id}});
    QVariantMap row;
    if (q.next())
        for (int i = 0; i < cols.size(); ++i)
            row.insert(cols.at(i), q.value(i));
    q.finish();
    if (row.isEmpty())
        return {};
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
        row.insert(it.key(), it.value());
    return rowHash(table, row);
}

QString EventLog::noteHash(const QVariantMap &noteColumns)
{
    return rowHash(QStringLiteral("notes"), noteColumns);
}

QString EventLog::eventHash(const QString &prevHash, qint64 seq, qint64 at, const QString &kind,
                            qint64 userId, qint64 postId, qint64 fileId, const QString &payload)
{
    const QStringList parts = {prevHash,
                               QString::number(seq),
                               QString::number(at),
                               kind,
                               QString::number(userId),
                               QString::number(postId),
                               QString::number(fileId),
                               payload};
    return sha256Hex(parts.join(QChar(0x1f)));
}

EventLog::RowRef EventLog::insertHistoryRow(const QString &table, const QVariantMap &values)
{
    QStringList cols;
    QStringList params;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        cols << it.key();
        params << QLatin1Char(':') + it.key();
    }
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                            .arg(table, cols.join(QStringLiteral(", ")), params.join(QStringLiteral(", ")));
    const qint64 id = m_db.scalar(sql, values).toLongLong();
    QVariantMap withId = values;
    withId.insert(QStringLiteral("id"), id);
    return RowRef{table, id, rowHash(table, withId)};
}

void EventLog::append(qint64 at, const QString &kind, qint64 userId, qint64 postId, qint64 fileId,
                      QJsonObject payload, const std::optional<RowRef> &row)
{
    if (row) {
        payload.insert(QStringLiteral("row_table"), row->table);
        payload.insert(QStringLiteral("row_id"), QString::number(row->id));
        payload.insert(QStringLiteral("row_hash"), row->hash);
    }
    const QString text = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    // The same queue the triggers write (schema step 8): the database links it into the
    // chain (PostgreSQL at COMMIT, SQLite at once), so there is one way events enter it.
    const QVariant null(QMetaType(QMetaType::LongLong));
    m_db.exec(QStringLiteral("INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload) "
                             "VALUES (:at, :kind, :user, :post, :file, :payload)"),
              {{QStringLiteral("at"), at},
               {QStringLiteral("kind"), kind},
               {QStringLiteral("user"), userId ? QVariant(userId) : null},
               {QStringLiteral("post"), postId ? QVariant(postId) : null},
               {QStringLiteral("file"), fileId ? QVariant(fileId) : null},
               {QStringLiteral("payload"), text}});
}

EventLog::ChainHead EventLog::head()
{
    QSqlQuery &q = m_db.exec(QStringLiteral("SELECT seq, hash FROM chain_head WHERE id = 1"));
    ChainHead h;
    if (q.next())
        h = ChainHead{q.value(0).toLongLong(), q.value(1).toString()};
    q.finish();
    return h;
}

QString EventLog::checkSince(const ChainHead &remembered, ChainHead *current)
{
    // Events committed but not yet linked (schema step 16) join the chain first, so the
    // head remembered after this check covers everything committed before it.
    m_db.linkEvents();
    const ChainHead now = head();
    if (current)
        *current = now;
    if (remembered.seq <= 0)
        return {};
    if (now.seq < remembered.seq)
        return olderDatabaseProblem(now.seq + 1);
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    // On PostgreSQL row-level security hides other files' events: read the bare links.
    q.prepare(m_db.dialect().chainLinksSince());
    q.bindValue(QStringLiteral(":s"), remembered.seq);
    if (!q.exec())
        m_db.raise(q.lastError(), QString());
    qint64 expect = remembered.seq;
    QString prev;
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        if (seq > now.seq)
            break; // linked after the head was read
        if (seq != expect)
            return tr("Event %1 is missing from the log.").arg(expect);
        if (seq == remembered.seq && q.value(2).toString() != remembered.hash)
            return tr("The event log was rewritten: event %1 differs from the one seen earlier on this "
                      "computer.")
                .arg(seq);
        if (seq > remembered.seq && q.value(1).toString() != prev)
            return tr("Event %1 does not link to the event before it.").arg(seq);
        prev = q.value(2).toString();
        ++expect;
    }
    if (expect - 1 != now.seq || (now.seq > 0 && prev != now.hash))
        return tr("The chain head does not match the last event in the log.");
    return {};
}

EventLog::VerifyResult EventLog::verify(const std::optional<ChainHead> &remembered)
{
    VerifyResult result;
    auto broken = [&result](const QString &problem) {
        if (result.ok) {
            result.ok = false;
            result.problem = problem;
        }
    };
    // What committed before verify began is linked first (schema step 16, ReadSnapshot),
    // and everything is then read in one snapshot, so writers at work meanwhile cannot
    // make the events, the rows and the head disagree with each other.
    int snapshotDepth = 0;
    ReadSnapshot snapshot(m_db, snapshotDepth);

    // 1. The chain itself.
    QHash<QString, QString> rowHashes; // "table:id" -> hash named by the events
    // A bulk seed (nasti-admin seed-scale) is one event naming, per table, the
    // last seeded id, the row count and a digest over those rows' hashes.
    struct SeedCover
    {
        qint64 lastId = 0, rows = 0;
        QString digest;
    };
    QHash<QString, SeedCover> seeded;
    qint64 seedEvent = 0;
    QString prev = QStringLiteral("0000000000000000000000000000000000000000000000000000000000000000");
    qint64 expectSeq = 1;
    {
        QSqlQuery q(m_db.handle());
        q.setForwardOnly(true);
        if (!q.exec(
                QStringLiteral("SELECT seq, at, kind, user_id, post_id, file_id, payload, prev_hash, hash "
                               "FROM events ORDER BY seq")))
            m_db.raise(q.lastError(), QString());
        while (q.next()) {
            const qint64 seq = q.value(0).toLongLong();
            const QString payload = q.value(6).toString();
            const QString stored = q.value(8).toString();
            ++result.eventsChecked;
            if (seq != expectSeq)
                broken(tr("Event %1 is missing from the log (found %2 next).").arg(expectSeq).arg(seq));
            if (q.value(7).toString() != prev)
                broken(tr("Event %1 does not link to the event before it.").arg(seq));
            const QString computed =
                eventHash(prev, seq, q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(),
                          q.value(4).toLongLong(), q.value(5).toLongLong(), payload);
            if (computed != stored)
                broken(tr("Event %1 was altered after it was written.").arg(seq));
            if (remembered && seq == remembered->seq && stored != remembered->hash)
                broken(tr("The event log was rewritten: event %1 differs from the one checked earlier.")
                           .arg(seq));
            const QJsonObject obj = QJsonDocument::fromJson(payload.toUtf8()).object();
            if (q.value(2).toString() == QLatin1String("seed.imported")) {
                if (seedEvent)
                    broken(tr("Event %1 records a second bulk seed; only one is allowed.").arg(seq));
                seedEvent = seq;
                const QJsonObject tables = obj.value(QStringLiteral("seed")).toObject();
                for (auto t = tables.constBegin(); t != tables.constEnd(); ++t) {
                    const QJsonObject c = t.value().toObject();
                    seeded.insert(t.key(), {c.value(QStringLiteral("last_id")).toString().toLongLong(),
                                            c.value(QStringLiteral("rows")).toString().toLongLong(),
                                            c.value(QStringLiteral("digest")).toString()});
                }
            }
            if (obj.contains(QStringLiteral("row_table")))
                rowHashes.insert(obj.value(QStringLiteral("row_table")).toString() + QLatin1Char(':') +
                                     obj.value(QStringLiteral("row_id")).toString(),
                                 obj.value(QStringLiteral("row_hash")).toString());
            prev = stored;
            result.head = ChainHead{seq, stored};
            expectSeq = seq + 1;
        }
    }
    // Rows whose transaction committed after the linking above but before the snapshot:
    // their events are queued, about to be linked (PostgreSQL; SQLite links at once).
    if (m_db.isPostgres()) {
        QSqlQuery &q =
            m_db.exec(QStringLiteral("SELECT row_table, row_id, row_hash FROM nasti_queued_rows()"));
        while (q.next()) {
            const QString key = q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
            if (!rowHashes.contains(key))
                rowHashes.insert(key, q.value(2).toString());
        }
        q.finish();
    }
    const ChainHead stored = head();
    if (stored.seq != result.head.seq || (stored.seq > 0 && stored.hash != result.head.hash))
        broken(tr("The chain head (event %1) does not match the last event in the log (event %2).")
                   .arg(stored.seq)
                   .arg(result.head.seq));
    if (remembered && remembered->seq > result.head.seq)
        broken(olderDatabaseProblem(result.head.seq + 1));

    // 2. Every history row against the hash its event recorded.
    const QStringList tables = {QStringLiteral("movements"),       QStringLiteral("notes"),
                                QStringLiteral("receipts"),        QStringLiteral("file_papers"),
                                QStringLiteral("drafts"),          QStringLiteral("draft_versions"),
                                QStringLiteral("draft_approvals"), QStringLiteral("issued_letters"),
                                QStringLiteral("dispatch_entries")};
    // Schema step 12's rows are history too, and signatures are checked with their rows.
    SignatureCheck signatures(m_db);
    QStringList allTables = tables;
    if (signatures.active())
        allTables << QStringLiteral("signing_authorities") << QStringLiteral("signing_keys")
                  << QStringLiteral("key_certificates") << QStringLiteral("key_revocations")
                  << QStringLiteral("signatures");
    // Schema step 18's rows likewise (every database migrated this far has the tables).
    allTables << QStringLiteral("trusted_cas") << QStringLiteral("dsc_tokens")
              << QStringLiteral("dsc_token_revocations");
    static const QStringList signable = {QStringLiteral("notes"), QStringLiteral("draft_versions"),
                                         QStringLiteral("draft_approvals"), QStringLiteral("issued_letters")};
    for (const QString &table : allTables) {
        const bool checkSignatures = signatures.active() && signable.contains(table);
        const QStringList &cols = hashedColumns().value(table);
        QString sql = QStringLiteral("SELECT %1 FROM %2").arg(cols.join(QStringLiteral(", ")), table);
        if (table == QLatin1String("notes"))
            sql += QStringLiteral(" WHERE frozen_at IS NOT NULL");
        sql += QStringLiteral(" ORDER BY id");
        QSqlQuery q(m_db.handle());
        q.setForwardOnly(true);
        if (!q.exec(sql))
            m_db.raise(q.lastError(), sql);
        const SeedCover cover = seeded.value(table);
        QCryptographicHash seedDigest(QCryptographicHash::Sha256);
        qint64 seedRows = 0;
        while (q.next()) {
            QVariantMap row;
            for (int i = 0; i < cols.size(); ++i)
                row.insert(cols.at(i), q.value(i));
            ++result.rowsChecked;
            if (q.value(0).toLongLong() <= cover.lastId) { // covered by the seed event's digest
                seedDigest.addData(rowHash(table, row).toLatin1());
                ++seedRows;
                continue;
            }

            const QString key = table + QLatin1Char(':') + row.value(QStringLiteral("id")).toString();
            // (After the row's own hash below: "altered after it was recorded" says it first.)
            const QString signatureProblem =
                checkSignatures ? signatures.checkRow(table, row, rowHash(table, row)) : QString();
            const auto reportSignature = qScopeGuard([&] {
                if (!signatureProblem.isEmpty())
                    broken(signatureProblem);
            });
            const auto it = rowHashes.constFind(key);
            if (it == rowHashes.constEnd()) {
                broken(tr("%1 row %2 is not recorded in the event log.")
                           .arg(table, row.value(QStringLiteral("id")).toString()));
                continue;
            }
            if (*it != rowHash(table, row))
                broken(tr("%1 row %2 was altered after it was recorded.")
                           .arg(table, row.value(QStringLiteral("id")).toString()));
            rowHashes.remove(key);
        }
        if (cover.lastId > 0 &&
            (seedRows != cover.rows || QString::fromLatin1(seedDigest.result().toHex()) != cover.digest))
            broken(
                tr("%1 rows seeded by event %2 were altered, added or removed.").arg(table).arg(seedEvent));
    }
    for (const QString &problem : signatures.finish())
        broken(problem);
    result.signaturesChecked = signatures.checked();
    if (!rowHashes.isEmpty()) {
        const QString key = rowHashes.constBegin().key();
        broken(tr("%1 row %2, recorded in the event log, is missing.")
                   .arg(key.section(QLatin1Char(':'), 0, 0), key.section(QLatin1Char(':'), 1)));
    }

    // 3. Events the database queued but never linked into the chain (schema step 8). On
    // PostgreSQL they are linked just after COMMIT (step 16), and verify linked what was
    // waiting before it began: one still waiting a minute after it was queued means the
    // linking failed or was kept from running.
    if (m_db.isPostgres()) {
        QSqlQuery &q = m_db.exec(QStringLiteral("SELECT waiting, oldest_ms FROM nasti_unlinked_events()"));
        const qint64 waiting = q.next() ? q.value(0).toLongLong() : 0;
        const qint64 oldestMs = q.value(1).toLongLong();
        q.finish();
        if (waiting > 0 && oldestMs > kMaxUnlinkedMs)
            broken(
                QCoreApplication::translate("nasti::EventLog",
                                            "%n event(s) were recorded but not linked into the chain within "
                                            "a minute (the oldest has waited %1 s).",
                                            nullptr, int(waiting))
                    .arg(oldestMs / 1000));
    } else if (const qint64 unlinked =
                   m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM event_queue")).toLongLong();
               unlinked > 0) {
        broken(QCoreApplication::translate("nasti::EventLog",
                                           "%n event(s) were recorded but never linked into the chain.",
                                           nullptr, int(unlinked)));
    }

    // 4. Every document's bytes against the SHA-256 they are stored under.
    {
        QSqlQuery q(m_db.handle());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT sha256, content FROM attachments ORDER BY sha256")))
            m_db.raise(q.lastError(), QString());
        while (q.next()) {
            ++result.rowsChecked;
            const QString sha = q.value(0).toString();
            if (QString::fromLatin1(
                    QCryptographicHash::hash(q.value(1).toByteArray(), QCryptographicHash::Sha256).toHex()) !=
                sha)
                broken(tr("The document stored as %1 was altered: its bytes have another SHA-256.")
                           .arg(sha.left(16)));
        }
    }

    // 5. Each file's custody and approval as its movements left them: the holder is where
    // its last movement arrived (or its creator), and an approval is an approve
    // movement's. (Files of a bulk seed, which records approvals without movements,
    // are checked for custody only.)
    {
        const qint64 seedAt = seedEvent ? m_db.scalar(QStringLiteral("SELECT at FROM events WHERE seq = :s"),
                                                      {{QStringLiteral("s"), seedEvent}})
                                              .toLongLong()
                                        : 0;
        const QVariant bad = m_db.scalar(
            QStringLiteral(
                "SELECT f.file_no FROM files f LEFT JOIN movements m ON m.id = f.last_movement_id WHERE "
                "(f.last_movement_id IS NULL AND (f.holder_post_id <> f.created_post_id "
                "  OR EXISTS (SELECT 1 FROM movements x WHERE x.file_id = f.id))) "
                "OR (f.last_movement_id IS NOT NULL AND (m.id IS NULL OR m.file_id <> f.id OR m.to_post_id "
                "<> f.holder_post_id "
                "  OR m.id <> (SELECT MAX(x.id) FROM movements x WHERE x.file_id = f.id))) "
                "OR (f.approved_at IS NOT NULL AND f.created_at > :seed AND NOT EXISTS (SELECT 1 FROM "
                "movements a "
                "  WHERE a.file_id = f.id AND a.kind = 'approve' AND a.sent_at = f.approved_at "
                "  AND a.from_post_id = f.approved_by_post_id)) "
                "ORDER BY f.id LIMIT 1"),
            {{QStringLiteral("seed"), seedAt}});
        if (bad.isValid())
            broken(tr("File %1 is not where its movements took it, or its approval has no approve movement.")
                       .arg(bad.toString()));
    }

    // 6. Issued letters (schema step 9): each has its fair copy, was the latest version and
    // approved (by its signer) when issued, has one register entry per addressee and copy,
    // and each section's dispatch numbers of a year run 1, 2, 3 ... with none skipped.
    if (m_db.scalar(m_db.dialect().tableExistsQuery(),
                    {{QStringLiteral("name"), QStringLiteral("issued_letters")}})
            .toInt() > 0) {
        const QVariant bad = m_db.scalar(QStringLiteral(
            "SELECT l.dispatch_no FROM issued_letters l JOIN draft_versions v ON v.id = l.draft_version_id "
            "LEFT JOIN draft_approvals a ON a.draft_version_id = v.id WHERE l.pdf_sha256 IS NULL OR a.id IS "
            "NULL "
            "OR a.approved_by_post_id <> l.signed_by_post_id OR a.approved_at > l.issued_at OR v.draft_id <> "
            "l.draft_id "
            "OR EXISTS (SELECT 1 FROM draft_versions x WHERE x.draft_id = v.draft_id AND x.version > "
            "v.version "
            "AND x.created_at <= l.issued_at) ORDER BY l.id LIMIT 1"));
        if (bad.isValid())
            broken(
                tr("Letter %1 was issued without its fair copy, or from a version that was not the approved "
                   "latest one.")
                    .arg(bad.toString()));
        QSqlQuery q(m_db.handle());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT l.dispatch_no, v.addressees, v.copy_to, (SELECT COUNT(*) FROM "
                                   "dispatch_entries e WHERE e.letter_id = l.id) FROM issued_letters l JOIN "
                                   "draft_versions v ON v.id = l.draft_version_id ORDER BY l.id")))
            m_db.raise(q.lastError(), QString());
        QHash<QString, QList<int>> serials; // "<section>/<year>" -> serials
        static const QRegularExpression number(QStringLiteral("^D-(\\d+)/(\\d{4})-(.+)$"));
        while (q.next()) {
            ++result.rowsChecked;
            const QString no = q.value(0).toString();
            const qint64 expected = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array().size() +
                                    QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array().size();
            if (q.value(3).toLongLong() != expected)
                broken(tr("Letter %1 has %2 dispatch register entries for %3 addressees and copies.")
                           .arg(no)
                           .arg(q.value(3).toLongLong())
                           .arg(expected));
            const auto m = number.match(no);
            if (m.hasMatch())
                serials[m.captured(3) + QLatin1Char('/') + m.captured(2)] << m.captured(1).toInt();
        }
        for (auto it = serials.begin(); it != serials.end(); ++it) {
            std::sort(it->begin(), it->end());
            for (int i = 0; i < it->size(); ++i)
                if (it->at(i) != i + 1) {
                    broken(
                        tr("The dispatch register %1 skips or repeats number %2.").arg(it.key()).arg(i + 1));
                    break;
                }
        }
    }
    return result;
}

} // namespace nasti
