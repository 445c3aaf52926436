// Issue 16: every note, decision, approved draft version and issued letter is signed by
// its officer with his own Ed25519 key, certified by the organisation's authority; no
// signature, no freeze; verify finds a forged, missing or altered signature and a key
// used after its certificate was revoked. On PostgreSQL each user acts through his own
// login role, so the server's checks apply.
#include "access/connect.h"
#include "db/database.h"
#include "letters/faircopypdf.h"
#include "pdf/popplerinspector.h"
#include "security/eventlog.h"
#include "security/signingkeys.h"
#include "services/draftservice.h"
#include "services/fileservice.h"
#include "services/keyservice.h"
#include "services/orgservice.h"
#include "support/testdatabase.h"
#include "util/error.h"

#include <QtTest>

#include <map>

using namespace nasti;

class TestSignatures : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    PopplerInspector m_inspector;
    FairCopyPdf m_renderer;
    bool m_roles = false;
    std::map<QString, access::UserConnection> m_users;
    std::map<QString, Session> m_sqliteSessions;

    // The user's own connection (his PostgreSQL login role), signed in with his password:
    // which also unlocks his signing key.
    std::pair<Database *, Session *> user(const QString &login)
    {
        if (!m_roles) {
            auto it = m_sqliteSessions.find(login);
            if (it == m_sqliteSessions.end()) {
                Session s = test::sessionOf(*m_db, m_clock, login);
                try {
                    s.signer = KeyService(*m_db, m_clock, s).unlock(QStringLiteral("pw"));
                } catch (const NastiError &) {
                }
                it = m_sqliteSessions.emplace(login, s).first;
            }
            return {m_db.get(), &it->second};
        }
        auto it = m_users.find(login);
        if (it == m_users.end())
            it = m_users.emplace(login, access::connectAs(m_tdb->url(), login, QStringLiteral("pw"))).first;
        return {it->second.db.get(), &it->second.session};
    }
    void forget(const QString &login)
    {
        m_users.erase(login);
        m_sqliteSessions.erase(login);
    }
    FileService files(const QString &login)
    {
        auto [db, session] = user(login);
        return FileService(*db, m_clock, *session);
    }
    DraftService drafts(const QString &login)
    {
        auto [db, session] = user(login);
        return DraftService(*db, m_clock, *session, &m_inspector);
    }
    void enrol(const QString &login)
    {
        auto [db, session] = user(login);
        session->signer = KeyService(*db, m_clock, *session).enrol(QStringLiteral("pw"));
    }
    void certifyAll()
    {
        KeyService(*m_db, m_clock, test::sessionOf(*m_db, m_clock, QStringLiteral("admin")))
            .certify({}, QStringLiteral("authority-pass"), 365);
    }
    QString newFile()
    {
        CreateFileRequest r;
        r.sectionCode = QStringLiteral("GAD-1");
        r.subject = QStringLiteral("Revision of dearness allowance");
        return files(QStringLiteral("clerk.gad1")).create(r);
    }
    void up(const QString &login, const QString &fileNo)
    {
        ForwardRequest r;
        r.fileNo = fileNo;
        r.target = ForwardRequest::Target::Up;
        r.action = ActionAsked::Approval;
        files(login).forward(r);
    }
    qint64 count(const QString &sql) { return m_db->scalar(sql).toLongLong(); }
    EventLog::VerifyResult verify() { return EventLog(*m_db).verify(); }
    // Someone with full access to the database, past every trigger.
    void tamper(const QString &sql, const QStringList &sqliteTriggers)
    {
        if (m_db->isPostgres()) {
            m_db->execRaw(QStringLiteral("SET session_replication_role = replica"));
            m_db->execRaw(sql);
            m_db->execRaw(QStringLiteral("SET session_replication_role = DEFAULT"));
        } else {
            for (const QString &t : sqliteTriggers)
                m_db->execRaw(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(t));
            m_db->execRaw(sql);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_users.clear();
        m_sqliteSessions.clear();
        m_tdb = std::make_unique<test::TestDatabase>();
        m_db = m_tdb->create();
        test::seedSmallOffice(*m_db, m_clock);
        OrgService(*m_db, m_clock).databaseId();
        m_roles = false;
        if (m_db->isPostgres()) {
            try {
                access::connectAs(m_tdb->url(), QStringLiteral("clerk.gad1"), QStringLiteral("pw"));
                m_roles = true;
            } catch (const NastiError &e) {
                QFAIL(qPrintable(QStringLiteral("PostgreSQL login roles are needed: %1").arg(e.message())));
            }
        }
        try {
            KeyService(*m_db, m_clock, test::sessionOf(*m_db, m_clock, QStringLiteral("admin")))
                .createAuthority(QStringLiteral("Government of Madhya Pradesh"),
                                 QStringLiteral("authority-pass"));
            for (const char *login : {"clerk.gad1", "so.gad1", "us.gad"})
                enrol(QString::fromLatin1(login));
            certifyAll();
        } catch (const NastiError &e) {
            QFAIL(qPrintable(e.message()));
        }
    }
    void cleanup()
    {
        m_users.clear();
        m_sqliteSessions.clear();
        m_db.reset();
        m_tdb.reset();
    }

    void sealedKeyOpensOnlyWithItsPassword()
    {
        const Session s = test::sessionOf(*m_db, m_clock, QStringLiteral("so.gad1"));
        KeyService keys(*m_db, m_clock, s);
        QVERIFY(keys.unlock(QStringLiteral("pw")));
        try {
            keys.unlock(QStringLiteral("wrong"));
            QFAIL("a wrong password opened the sealed key");
        } catch (const NastiError &e) {
            QCOMPARE(e.kind(), NastiError::Kind::Auth);
            QVERIFY2(e.message().contains(QLatin1String("does not open")), qPrintable(e.message()));
        }
        // Another key's secret is not his.
        QVERIFY(!keys.unlockWithSecret(signing::generate().secretKey));
        const KeyStatus st = keys.status();
        QVERIFY(st.keyId > 0 && st.everCertified && st.validNow);
        // A passphrase that does not open the authority certifies nothing.
        QVERIFY_THROWS_EXCEPTION(
            NastiError, KeyService(*m_db, m_clock, test::sessionOf(*m_db, m_clock, QStringLiteral("admin")))
                            .certify({}, QStringLiteral("not-the-passphrase"), 30));
    }

    void notesDecisionsVersionsAndLetterSigned()
    {
        const QString fileNo = newFile();
        files(QStringLiteral("clerk.gad1"))
            .saveDraft(fileNo, QStringLiteral("The DA may be revised to 50%."));
        NewDraftRequest r;
        r.fileNo = fileNo;
        r.content.subject = QStringLiteral("Revision of DA");
        Addressee a;
        a.name = QStringLiteral("The Accountant General");
        a.mode = QStringLiteral("post");
        a.address = QStringLiteral("Gwalior");
        r.content.addressees << a;
        r.content.bodyHtml = richtext::fromPlainText(QStringLiteral("The DA is revised to 50%."));
        QCOMPARE(drafts(QStringLiteral("clerk.gad1")).create(r), 1);
        up(QStringLiteral("clerk.gad1"), fileNo);
        up(QStringLiteral("so.gad1"), fileNo);
        drafts(QStringLiteral("us.gad")).approve(fileNo, 1, 1, QStringLiteral("Issue."));
        files(QStringLiteral("us.gad"))
            .approve(fileNo, QStringLiteral("Approved as proposed."), QStringLiteral("ASST-GAD1"));
        const IssueResult issued = drafts(QStringLiteral("clerk.gad1")).issue(fileNo, 1, m_renderer);
        QVERIFY(!issued.dispatchNo.isEmpty());

        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM signatures WHERE object_table = 'draft_versions'")),
            1);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM signatures WHERE object_table = 'draft_approvals'")),
            1);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM signatures WHERE object_table = 'issued_letters'")),
            1);
        // Every frozen note is signed by its author (the clerk's note, the draft's and the
        // file's approvals).
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM notes n WHERE n.frozen_at IS NOT NULL AND NOT EXISTS "
                     "(SELECT 1 FROM signatures s WHERE s.object_table = 'notes' AND s.object_id = "
                     "n.id AND s.signer_user_id = n.author_user_id)")),
                 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM signatures WHERE object_table = 'notes'")) >= 3);
        const auto v = verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.signaturesChecked, count(QStringLiteral("SELECT COUNT(*) FROM signatures")));
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'signature'")) >= 6);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM events WHERE kind IN ('key.enrolled', 'key.certified')")),
                 6);
    }

    void noSignatureNoFreeze()
    {
        const QString fileNo = newFile();
        files(QStringLiteral("clerk.gad1")).saveDraft(fileNo, QStringLiteral("A note he cannot sign."));
        // His key is not unlocked here: the service refuses, and nothing moves or freezes.
        user(QStringLiteral("clerk.gad1")).second->signer.reset();
        try {
            up(QStringLiteral("clerk.gad1"), fileNo);
            QFAIL("an unsigned note froze");
        } catch (const NastiError &e) {
            QVERIFY2(e.message().contains(QLatin1String("signature")), qPrintable(e.message()));
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notes WHERE frozen_at IS NOT NULL")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM movements")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notes WHERE frozen_at IS NULL")), 1);
        // The database refuses it too: freezing his note directly, unsigned.
        auto [db, session] = user(QStringLiteral("clerk.gad1"));
        Q_UNUSED(session);
        bool refused = false;
        try {
            db->execRaw(QStringLiteral("BEGIN"));
            db->execRaw(QStringLiteral("UPDATE notes SET frozen_at = %1, para_start = 1, para_count = 1, "
                                       "content_hash = '%2' WHERE frozen_at IS NULL")
                            .arg(m_clock.nowMs())
                            .arg(QString(64, QLatin1Char('a'))));
            db->execRaw(QStringLiteral("COMMIT"));
        } catch (const NastiError &) {
            refused = true;
            try {
                db->execRaw(QStringLiteral("ROLLBACK"));
            } catch (const NastiError &) {
            }
        }
        QVERIFY(refused);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notes WHERE frozen_at IS NOT NULL")), 0);
        // With his key unlocked again it goes.
        forget(QStringLiteral("clerk.gad1"));
        up(QStringLiteral("clerk.gad1"), fileNo);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM signatures WHERE object_table = 'notes'")), 1);
        QVERIFY(verify().ok);
    }

    void alteredNoteOrSignatureIsFound()
    {
        const QString fileNo = newFile();
        files(QStringLiteral("clerk.gad1"))
            .saveDraft(fileNo, QStringLiteral("The DA may be revised to 50%."));
        up(QStringLiteral("clerk.gad1"), fileNo);
        QVERIFY(verify().ok);
        // One character of the frozen note.
        tamper(QStringLiteral("UPDATE notes SET body = 'The DA may be revised to 60%.'"),
               {QStringLiteral("notes_frozen_no_update"), QStringLiteral("notes_draft_custodian")});
        auto v = verify();
        QVERIFY(!v.ok);
        QVERIFY2(v.problem.contains(fileNo) || v.problem.contains(QLatin1String("notes row")),
                 qPrintable(v.problem));
    }

    void forgedSignatureIsFound()
    {
        const QString fileNo = newFile();
        files(QStringLiteral("clerk.gad1"))
            .saveDraft(fileNo, QStringLiteral("The DA may be revised to 50%."));
        up(QStringLiteral("clerk.gad1"), fileNo);
        // A signature made with another key, the chain rewritten around it is not needed:
        // the signature no longer verifies.
        const QString forged = signing::toHex(signing::sign(signing::generate().secretKey, "forged"));
        tamper(QStringLiteral("UPDATE signatures SET signature = '%1'").arg(forged),
               {QStringLiteral("signatures_no_update")});
        const auto v = verify();
        QVERIFY(!v.ok);
        QVERIFY2(v.problem.contains(QLatin1String("does not verify")), qPrintable(v.problem));
        QVERIFY2(v.problem.contains(fileNo), qPrintable(v.problem));
    }

    void missingSignatureIsFound()
    {
        const QString fileNo = newFile();
        files(QStringLiteral("clerk.gad1"))
            .saveDraft(fileNo, QStringLiteral("The DA may be revised to 50%."));
        up(QStringLiteral("clerk.gad1"), fileNo);
        tamper(QStringLiteral("DELETE FROM signatures"), {QStringLiteral("signatures_no_delete")});
        const auto v = verify();
        QVERIFY(!v.ok);
        QVERIFY2(v.problem.contains(QLatin1String("not signed")) ||
                     v.problem.contains(QLatin1String("signatures row")),
                 qPrintable(v.problem));
    }

    void forgedCertificateIsFound()
    {
        // A certificate "signed" by a key that is not the authority's.
        const signing::KeyPair rogue = signing::generate();
        tamper(QStringLiteral("UPDATE key_certificates SET authority_signature = '%1'")
                   .arg(signing::toHex(signing::sign(rogue.secretKey, "x"))),
               {QStringLiteral("key_certificates_no_update")});
        const auto v = verify();
        QVERIFY(!v.ok);
        QVERIFY2(v.problem.contains(QLatin1String("Certificate")) ||
                     v.problem.contains(QLatin1String("key_certificates")),
                 qPrintable(v.problem));
    }

    void revokedKeyCannotSign()
    {
        const QString fileNo = newFile();
        up(QStringLiteral("clerk.gad1"), fileNo);
        up(QStringLiteral("so.gad1"), fileNo);
        QCOMPARE(KeyService(*m_db, m_clock, test::sessionOf(*m_db, m_clock, QStringLiteral("admin")))
                     .revoke(QStringLiteral("us.gad"), QStringLiteral("compromised")),
                 1);
        const qint64 events = count(QStringLiteral("SELECT COUNT(*) FROM events"));
        try {
            files(QStringLiteral("us.gad")).approve(fileNo, QStringLiteral("Approved."));
            QFAIL("a revoked key signed a decision");
        } catch (const NastiError &e) {
            QVERIFY2(e.message().contains(QLatin1String("certificate")), qPrintable(e.message()));
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events")), events);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notes WHERE kind = 'approval'")), 0);
        // A new certificate lets him decide again; verify holds throughout.
        KeyService(*m_db, m_clock, test::sessionOf(*m_db, m_clock, QStringLiteral("admin")))
            .certify({QStringLiteral("us.gad")}, QStringLiteral("authority-pass"), 30);
        files(QStringLiteral("us.gad")).approve(fileNo, QStringLiteral("Approved."));
        const auto v = verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
    }

    void disablingOrTransferRevokes()
    {
        OrgService org(*m_db, m_clock);
        org.setEnabled(QStringLiteral("us.gad"), false);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM key_revocations WHERE reason = 'disabled'")), 1);
        org.transferPost(QStringLiteral("SO-GAD1"), QStringLiteral("clerk.gad1"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM key_revocations WHERE reason = 'transferred'")),
                 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'key.revoked'")), 3);
        const auto v = verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
    }
};

QTEST_MAIN(TestSignatures)
#include "tst_signatures.moc"
