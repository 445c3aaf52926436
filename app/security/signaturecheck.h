#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <utility>

namespace nasti {

class Database;

// verify's part for signatures (schema step 12): every certificate carries the
// organisation authority's signature; every signature verifies over the hash of its
// row as the row is now, with a key certified for that moment and not revoked by then;
// and every note frozen, draft approved and letter issued by a user certified at that
// moment carries his signature. EventLog::verify feeds it each signable row it hashes.
class SignatureCheck
{
public:
    explicit SignatureCheck(Database &db);

    bool active() const { return m_active; }
    qint64 checked() const { return m_checked; }
    // For a row of notes (frozen), draft_versions, draft_approvals or issued_letters with
    // its recomputed hash: the first problem, or empty.
    QString checkRow(const QString &table, const QVariantMap &row, const QString &hash);
    // Problems found outside the rows: certificates, signatures on rows that are not there.
    QStringList finish();

private:
    struct Certificate
    {
        qint64 id = 0, keyId = 0, userId = 0, validFrom = 0, validUntil = 0, revokedAt = 0;
        bool authentic = false;
    };
    struct Signature
    {
        qint64 id = 0, keyId = 0, signerId = 0, signedAt = 0;
        QString objectHash, signature;
    };
    bool certifiedAt(qint64 userId, qint64 at) const;
    bool keyValidAt(qint64 keyId, qint64 at) const;
    QString describe(const QString &table, const QVariantMap &row);

    Database &m_db;
    bool m_active = false;
    qint64 m_checked = 0;
    QString m_databaseId;
    QHash<qint64, QByteArray> m_keys; // key id -> public key
    QHash<qint64, qint64> m_keyUser;  // key id -> user id
    QList<Certificate> m_certificates;
    QHash<QString, Signature> m_signatures;                      // "table:id"
    QHash<qint64, std::pair<qint64, qint64>> m_versionApprovals; // version id -> (approver, approved at)
    QHash<qint64, QString> m_fileNos;
    QStringList m_problems;
};

} // namespace nasti
