#include "security/signaturecheck.h"

#include "db/database.h"
#include "security/signingkeys.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::SignatureCheck", text);
}
} // namespace

SignatureCheck::SignatureCheck(Database &db) : m_db(db)
{
    m_active =
        db.scalar(db.dialect().tableExistsQuery(), {{QStringLiteral("name"), QStringLiteral("signatures")}})
            .toInt() > 0;
    if (!m_active)
        return;
    m_databaseId =
        db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'database_id'")).toString();
    QHash<qint64, QByteArray> authorities;
    {
        QSqlQuery &q = db.exec(QStringLiteral("SELECT id, public_key FROM signing_authorities"));
        while (q.next())
            authorities.insert(q.value(0).toLongLong(), signing::fromHex(q.value(1).toString()));
        q.finish();
    }
    QHash<qint64, QString> logins;
    {
        QSqlQuery &q =
            db.exec(QStringLiteral("SELECT k.id, k.user_id, k.public_key, u.login FROM signing_keys k "
                                   "JOIN users u ON u.id = k.user_id"));
        while (q.next()) {
            m_keys.insert(q.value(0).toLongLong(), signing::fromHex(q.value(2).toString()));
            m_keyUser.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
            logins.insert(q.value(1).toLongLong(), q.value(3).toString());
        }
        q.finish();
    }
    {
        QSqlQuery &q = db.exec(QStringLiteral(
            "SELECT c.id, c.key_id, c.authority_id, c.user_id, c.posts, c.valid_from, c.valid_until, "
            "c.authority_signature, (SELECT MIN(r.revoked_at) FROM key_revocations r WHERE r.certificate_id "
            "= c.id) "
            "FROM key_certificates c ORDER BY c.id"));
        while (q.next()) {
            Certificate c;
            c.id = q.value(0).toLongLong();
            c.keyId = q.value(1).toLongLong();
            c.userId = q.value(3).toLongLong();
            c.validFrom = q.value(5).toLongLong();
            c.validUntil = q.value(6).toLongLong();
            c.revokedAt = q.value(8).isNull() ? 0 : q.value(8).toLongLong();
            signing::CertificateFields f;
            f.databaseId = m_databaseId;
            const QByteArray authority = authorities.value(q.value(2).toLongLong());
            f.authorityKeyHex = signing::toHex(authority);
            f.keyHex = signing::toHex(m_keys.value(c.keyId));
            f.userId = c.userId;
            f.login = logins.value(c.userId);
            f.posts = q.value(4).toString();
            f.validFrom = c.validFrom;
            f.validUntil = c.validUntil;
            c.authentic = m_keyUser.value(c.keyId) == c.userId &&
                          signing::verify(authority, signing::certificateStatement(f),
                                          signing::fromHex(q.value(7).toString()));
            if (!c.authentic)
                m_problems
                    << tr("Certificate %1 (of %2) is not signed by the organisation's signing authority: "
                          "it was forged or altered.")
                           .arg(c.id)
                           .arg(f.login);
            m_certificates.append(c);
        }
        q.finish();
    }
    {
        // The numbers of the files whose notes are signed or must be, for the messages.
        QSqlQuery &q =
            db.exec(QStringLiteral("SELECT f.id, f.file_no FROM files f WHERE EXISTS (SELECT 1 FROM notes n "
                                   "WHERE n.file_id = f.id AND "
                                   "n.author_user_id IN (SELECT c.user_id FROM key_certificates c))"));
        while (q.next())
            m_fileNos.insert(q.value(0).toLongLong(), q.value(1).toString());
        q.finish();
    }
    {
        QSqlQuery &q = db.exec(
            QStringLiteral("SELECT draft_version_id, approved_by_user_id, approved_at FROM draft_approvals"));
        while (q.next())
            m_versionApprovals.insert(q.value(0).toLongLong(),
                                      {q.value(1).toLongLong(), q.value(2).toLongLong()});
        q.finish();
    }
    {
        QSqlQuery &q = db.exec(QStringLiteral("SELECT id, object_table, object_id, object_hash, key_id, "
                                              "signer_user_id, signed_at, signature FROM signatures"));
        while (q.next()) {
            Signature s;
            s.id = q.value(0).toLongLong();
            s.objectHash = q.value(3).toString();
            s.keyId = q.value(4).toLongLong();
            s.signerId = q.value(5).toLongLong();
            s.signedAt = q.value(6).toLongLong();
            s.signature = q.value(7).toString();
            m_signatures.insert(q.value(1).toString() + QLatin1Char(':') + q.value(2).toString(), s);
        }
        q.finish();
    }
}

bool SignatureCheck::keyValidAt(qint64 keyId, qint64 at) const
{
    for (const Certificate &c : m_certificates)
        if (c.keyId == keyId && c.authentic && c.validFrom <= at && at < c.validUntil &&
            (c.revokedAt == 0 || at < c.revokedAt))
            return true;
    return false;
}

bool SignatureCheck::certifiedAt(qint64 userId, qint64 at) const
{
    for (const Certificate &c : m_certificates)
        if (c.userId == userId && c.validFrom <= at && at < c.validUntil &&
            (c.revokedAt == 0 || at < c.revokedAt))
            return true;
    return false;
}

QString SignatureCheck::describe(const QString &table, const QVariantMap &row)
{
    // (No query here: verify is still reading the table, row by row.)
    const auto fileNo = [this](const QVariant &fileId) {
        return m_fileNos.value(fileId.toLongLong(), QStringLiteral("#") + fileId.toString());
    };
    if (table == QLatin1String("notes")) {
        const int start = row.value(QStringLiteral("para_start")).toInt();
        const int count = row.value(QStringLiteral("para_count")).toInt();
        return tr("The note of paragraphs %1-%2 on file %3 (by %4)")
            .arg(start)
            .arg(start + count - 1)
            .arg(fileNo(row.value(QStringLiteral("file_id"))),
                 row.value(QStringLiteral("author_name")).toString());
    }
    if (table == QLatin1String("issued_letters"))
        return tr("Letter %1").arg(row.value(QStringLiteral("dispatch_no")).toString());
    if (table == QLatin1String("draft_approvals"))
        return tr("The approval %1 (by %2)")
            .arg(row.value(QStringLiteral("id")).toString(),
                 row.value(QStringLiteral("approver_name")).toString());
    return tr("Version %1 of a draft (%2)")
        .arg(row.value(QStringLiteral("version")).toString(),
             row.value(QStringLiteral("subject")).toString());
}

QString SignatureCheck::checkRow(const QString &table, const QVariantMap &row, const QString &hash)
{
    if (!m_active)
        return {};
    const qint64 id = row.value(QStringLiteral("id")).toLongLong();
    const QString key = table + QLatin1Char(':') + QString::number(id);
    // Who had to sign, and when.
    qint64 signer = 0, at = 0;
    if (table == QLatin1String("notes")) {
        signer = row.value(QStringLiteral("author_user_id")).toLongLong();
        at = row.value(QStringLiteral("frozen_at")).toLongLong();
    } else if (table == QLatin1String("draft_approvals")) {
        signer = row.value(QStringLiteral("approved_by_user_id")).toLongLong();
        at = row.value(QStringLiteral("approved_at")).toLongLong();
    } else if (table == QLatin1String("draft_versions")) {
        // An approved version carries its approver's signature.
        const auto a = m_versionApprovals.constFind(id);
        if (a != m_versionApprovals.constEnd()) {
            signer = a->first;
            at = a->second;
        }
    } else if (table == QLatin1String("issued_letters")) {
        signer = row.value(QStringLiteral("issued_by_user_id")).toLongLong();
        at = row.value(QStringLiteral("issued_at")).toLongLong();
    }
    const auto it = m_signatures.constFind(key);
    if (it == m_signatures.constEnd()) {
        if (signer && certifiedAt(signer, at))
            return tr("%1 is not signed, though its signer held a valid certificate then.")
                .arg(describe(table, row));
        return {};
    }
    const Signature s = *it;
    m_signatures.remove(key);
    ++m_checked;
    if (s.objectHash != hash)
        return tr("%1 was altered after it was signed.").arg(describe(table, row));
    const QByteArray statement = signing::objectStatement(m_databaseId, table, id, s.objectHash);
    if (!signing::verify(m_keys.value(s.keyId), statement, signing::fromHex(s.signature)))
        return tr("%1 carries a signature that does not verify: it was forged or altered.")
            .arg(describe(table, row));
    if (m_keyUser.value(s.keyId) != s.signerId || (signer && s.signerId != signer))
        return tr("%1 is signed with another user's key.").arg(describe(table, row));
    if (!keyValidAt(s.keyId, s.signedAt))
        return tr("%1 is signed with a key that had no valid certificate then (expired, revoked or never "
                  "certified).")
            .arg(describe(table, row));
    return {};
}

QStringList SignatureCheck::finish()
{
    QStringList out = m_problems;
    if (!m_active)
        return out;
    for (auto it = m_signatures.constBegin(); it != m_signatures.constEnd(); ++it)
        out << tr("Signature %1 is on %2, which is not in the record.").arg(it->id).arg(it.key());
    return out;
}

} // namespace nasti
