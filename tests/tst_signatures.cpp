// Issue 16: every note, decision, approved draft version and issued letter is signed by
// its officer with his own Ed25519 key, certified by the organisation's authority; no
// signature, no freeze; verify finds a forged, missing or altered signature and a key
// used after its certificate was revoked. On PostgreSQL each user acts through his own
// login role, so the server's checks apply. Issued letters are also standard signed PDFs
// (the X.509 side: the organisation's CA, officers' certificates, verify-letter).
#include "access/connect.h"
#include "db/database.h"
#include "domain/faircopy.h"
#include "letters/faircopypdf.h"
#include "pdf/popplerinspector.h"
#include "pdfsign/backend.h"
#include "pdfsign/certificates.h"
#include "security/eventlog.h"
#include "security/signingkeys.h"
#include "services/draftservice.h"
#include "services/fileservice.h"
#include "services/keyservice.h"
#include "services/lettersignatures.h"
#include "services/orgservice.h"
#include "support/testdatabase.h"
#include "util/error.h"

#include <QtTest>

#include <map>
#include <optional>

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
    // A draft approved by the Under Secretary and issued by the clerk; its file's number.
    IssueResult issueLetter(QString *fileNoOut = nullptr, const FairCopyRenderer *renderer = nullptr)
    {
        const QString fileNo = newFile();
        NewDraftRequest r;
        r.fileNo = fileNo;
        r.content.subject = QStringLiteral("Revision of DA");
        Addressee a;
        a.name = QStringLiteral("The Accountant General");
        a.mode = QStringLiteral("post");
        a.address = QStringLiteral("Gwalior");
        r.content.addressees << a;
        r.content.bodyHtml = richtext::fromPlainText(QStringLiteral("The DA is revised to 50%."));
        drafts(QStringLiteral("clerk.gad1")).create(r);
        up(QStringLiteral("clerk.gad1"), fileNo);
        up(QStringLiteral("so.gad1"), fileNo);
        drafts(QStringLiteral("us.gad")).approve(fileNo, 1, 1, QStringLiteral("Issue."));
        files(QStringLiteral("us.gad"))
            .approve(fileNo, QStringLiteral("Approved as proposed."), QStringLiteral("ASST-GAD1"));
        if (fileNoOut)
            *fileNoOut = fileNo;
        return drafts(QStringLiteral("clerk.gad1")).issue(fileNo, 1, renderer ? *renderer : m_renderer);
    }
    QByteArray attachment(const QString &sha)
    {
        return m_db
            ->scalar(QStringLiteral("SELECT content FROM attachments WHERE sha256 = :s"),
                     {{QStringLiteral("s"), sha}})
            .toByteArray();
    }
    // nasti-admin on this test's database; its exit status in *rc.
    QString admin(const QStringList &args, int *rc)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(NASTI_ADMIN_PATH),
                QStringList{QStringLiteral("--db"), m_tdb->url().toString()} + args);
        if (!p.waitForFinished(120000))
            p.kill();
        *rc = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAll());
    }
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
    void initTestCase() { pdfsign::installBackend(); }

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
            // (Made 60 days ago, so that a certificate may be issued in the past: one that
            // has already expired, as an officer's does.)
            const ManualClock made(m_clock.nowMs() - 60LL * 24 * 3600 * 1000);
            KeyService(*m_db, made, test::sessionOf(*m_db, made, QStringLiteral("admin")))
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

    // Bad input (issue 16): the sealed copy does not open (his password was reset) and this
    // desktop has no keychain (QtKeychain unavailable): sign-in says both, no other key is
    // made in its place, and what he must sign is refused saying why; nothing is frozen or
    // moved and his draft is kept. The keychain's copy, where there is one, signs.
    void missingKeychainIsSaid()
    {
        const QString fileNo = newFile();
        up(QStringLiteral("clerk.gad1"), fileNo);
        OrgService(*m_db, m_clock).setPassword(QStringLiteral("so.gad1"), QStringLiteral("new-pw"));
        access::UserConnection c =
            access::connectAs(m_tdb->url(), QStringLiteral("so.gad1"), QStringLiteral("new-pw"));
        QVERIFY(!c.session.signer);
        QVERIFY2(c.signingProblem.contains(QLatin1String("does not open")), qPrintable(c.signingProblem));
        const QString problem = access::settleSigningKey(c, QStringLiteral("new-pw"), std::nullopt,
                                                         QStringLiteral("No keychain service available"));
        QVERIFY2(problem.contains(QLatin1String("does not open")) &&
                     problem.contains(QLatin1String("keychain holds no copy")) &&
                     problem.contains(QLatin1String("No keychain service available")),
                 qPrintable(problem));
        QVERIFY(!c.session.signer);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM signing_keys k JOIN users u ON u.id = k.user_id "
                                      "WHERE u.login = 'so.gad1'")),
                 1);
        FileService(*c.db, m_clock, c.session)
            .saveDraft(fileNo, QStringLiteral("Examined; may be approved."));
        const qint64 signatures = count(QStringLiteral("SELECT COUNT(*) FROM signatures"));
        ForwardRequest r;
        r.fileNo = fileNo;
        r.target = ForwardRequest::Target::Up;
        try {
            FileService(*c.db, m_clock, c.session).forward(r);
            QFAIL("a note froze unsigned");
        } catch (const NastiError &e) {
            QVERIFY2(e.message().contains(QLatin1String("does not open")) &&
                         e.message().contains(QLatin1String("No keychain service available")) &&
                         e.message().contains(QLatin1String("draft is kept")),
                     qPrintable(e.message()));
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM movements")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM signatures")), signatures);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notes WHERE frozen_at IS NULL")), 1);
        // The desktop that holds his key in its keychain signs with it.
        const QByteArray secret =
            KeyService(*m_db, m_clock, test::sessionOf(*m_db, m_clock, QStringLiteral("so.gad1")))
                .unlock(QStringLiteral("pw"))
                ->secretKey();
        QCOMPARE(access::settleSigningKey(c, QStringLiteral("new-pw"), secret), QString());
        QVERIFY(c.session.signer);
        QVERIFY(c.session.signingProblem.isEmpty());
        FileService(*c.db, m_clock, c.session).forward(r);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notes WHERE frozen_at IS NULL")), 0);
        const auto v = verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
    }

    // Bad input: a certificate that has expired (issued by the administrator's clock 40 days
    // ago for 30) signs nothing: sign-in says so, the freeze is refused, nothing is frozen
    // or moved, the draft is kept.
    void expiredCertificateSignsNothing()
    {
        enrol(QStringLiteral("clerk.fin1"));
        const ManualClock past(m_clock.nowMs() - 40LL * 24 * 3600 * 1000);
        KeyService(*m_db, past, test::sessionOf(*m_db, past, QStringLiteral("admin")))
            .certify({QStringLiteral("clerk.fin1")}, QStringLiteral("authority-pass"), 30);
        const KeyStatus st =
            KeyService(*m_db, m_clock, test::sessionOf(*m_db, m_clock, QStringLiteral("clerk.fin1")))
                .status();
        QVERIFY(st.everCertified && !st.validNow);
        access::UserConnection c =
            access::connectAs(m_tdb->url(), QStringLiteral("clerk.fin1"), QStringLiteral("pw"));
        QVERIFY(c.session.signer);
        const QString said = access::settleSigningKey(c, QStringLiteral("pw"), std::nullopt);
        QVERIFY2(said.contains(QLatin1String("not valid now")) && said.contains(QLatin1String("expired")),
                 qPrintable(said));
        CreateFileRequest cr;
        cr.sectionCode = QStringLiteral("FIN-1");
        cr.subject = QStringLiteral("Budget re-appropriation");
        FileService fin(*c.db, m_clock, c.session);
        const QString fileNo = fin.create(cr);
        fin.saveDraft(fileNo, QStringLiteral("Re-appropriation proposed."));
        const qint64 signatures = count(QStringLiteral("SELECT COUNT(*) FROM signatures"));
        ForwardRequest r;
        r.fileNo = fileNo;
        r.target = ForwardRequest::Target::Up;
        try {
            fin.forward(r);
            QFAIL("an expired certificate signed a note");
        } catch (const NastiError &e) {
            QVERIFY2(e.message().contains(QLatin1String("certificate")), qPrintable(e.message()));
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM movements")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM signatures")), signatures);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notes WHERE frozen_at IS NOT NULL")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notes WHERE frozen_at IS NULL")), 1);
        const auto v = verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
    }

    // Bad input: a fair copy that comes out as a corrupt PDF cannot be signed: a clear
    // message, nothing issued or signed, no dispatch number used; the approved draft
    // stays, and issues once the fair copy is sound.
    void corruptPdfToSignIssuesNothing()
    {
        struct Corrupting : FairCopyRenderer
        {
            const FairCopyRenderer &real;
            explicit Corrupting(const FairCopyRenderer &r) : real(r) {}
            QByteArray render(const FairCopy &copy) const override { return real.render(copy).left(400); }
            QByteArray render(const FairCopy &copy, SignaturePlace *place) const override
            {
                return real.render(copy, place).left(400);
            }
        } corrupting(m_renderer);
        QString fileNo;
        const qint64 signatures = count(QStringLiteral("SELECT COUNT(*) FROM signatures"));
        try {
            issueLetter(&fileNo, &corrupting);
            QFAIL("a corrupt PDF was issued");
        } catch (const NastiError &e) {
            QVERIFY2(e.message().contains(QLatin1String("PDF")), qPrintable(e.message()));
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM issued_letters")), 0);
        // The version and the approval were signed before; nothing since.
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM signatures WHERE object_table = 'issued_letters'")),
            0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM signatures")) > signatures);
        const QString file = m_db->scalar(QStringLiteral("SELECT file_no FROM files")).toString();
        const IssueResult issued = drafts(QStringLiteral("clerk.gad1")).issue(file, 1, m_renderer);
        QVERIFY2(issued.dispatchNo.startsWith(QLatin1String("D-1/")), qPrintable(issued.dispatchNo));
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM signatures WHERE object_table = 'issued_letters'")),
            1);
        const auto v = verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
    }

    // A PDF signature's time is the signing computer's real clock (Poppler's signing API
    // takes none): the viewer names the letter's issue as recorded, and says so plainly when
    // the record's day is another (the demo's simulated days).
    void signingTimeIsTheRealClockAndSaidSo()
    {
        const IssueResult issued = issueLetter();
        QVERIFY(issued.pdfSigned);
        const PaperSignatures seen = LetterSignatures(*m_db).check(attachment(issued.sha256));
        QCOMPARE(int(seen.state), int(PaperSignatures::State::Valid));
        QCOMPARE(seen.dispatchNo, issued.dispatchNo);
        QVERIFY(seen.issuedAt > 0);
        // Issued today, signed today: nothing more to say.
        QVERIFY2(!seen.text().contains(QLatin1String("real clock")), qPrintable(seen.text()));
        // A record that says months earlier (as the demo's simulated clock makes it).
        PaperSignatures demo = seen;
        demo.issuedAt = seen.issuedAt - 120LL * 24 * 3600 * 1000;
        const QString text = demo.text();
        QVERIFY2(text.contains(QLatin1String("real clock")) && text.contains(issued.dispatchNo) &&
                     text.contains(Clock::toOffice(demo.issuedAt).toString(QStringLiteral("dd-MM-yyyy"))),
                 qPrintable(text));
        // Any other signed PDF has no record here: nothing is said of one.
        QVERIFY(LetterSignatures(*m_db).check("not a pdf").dispatchNo.isEmpty());
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

    void revokedCertificateJudgedByTheIssueRecord()
    {
        // A letter issued while the clerk's certificate was good stays valid after it is
        // revoked; one signed with the same key afterwards (or never issued here: a forgery
        // with a stolen key and a back-dated clock) is not, in the viewer and in verify-letter.
        const IssueResult issued = issueLetter();
        QVERIFY(issued.pdfSigned);
        const QByteArray letter = attachment(issued.sha256);
        auto [db, session] = user(QStringLiteral("clerk.gad1"));
        QVERIFY(session->signer);
        const rowsigning::X509Chain chain =
            rowsigning::x509Chain(*db, session->signer->keyId(), m_clock.nowMs());
        QVERIFY(!chain.certificatePem.isEmpty());
        const QByteArray key = session->signer->x509PrivateKey();
        QTest::qWait(1100); // (a CRL's times are whole seconds: the revocation after the letter's)
        QCOMPARE(KeyService(*m_db, m_clock, test::sessionOf(*m_db, m_clock, QStringLiteral("admin")))
                     .revoke(QStringLiteral("clerk.gad1"), QStringLiteral("compromised")),
                 1);
        FairCopy copy;
        copy.subject = QStringLiteral("Forged order");
        copy.bodyHtml = richtext::fromPlainText(QStringLiteral("Release the funds."));
        X509Backend::Appearance look;
        look.rect = QRectF(300, 600, 200, 60);
        look.text = QStringLiteral("Digitally signed");
        const X509Backend *x = x509::backend();
        const QByteArray forged = x->signPdf(
            m_renderer.render(copy), key, x->certificateDer(chain.certificatePem),
            x->certificateDer(chain.caPem), look, QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC));

        const PaperSignatures before = LetterSignatures(*db).check(letter);
        QCOMPARE(int(before.state), int(PaperSignatures::State::Valid));
        const PaperSignatures after = LetterSignatures(*db).check(forged);
        QCOMPARE(int(after.state), int(PaperSignatures::State::Untrusted));
        QVERIFY(after.signatures.first().revoked);
        QVERIFY2(after.text().contains(QLatin1String("revoked")) &&
                     after.text().contains(QLatin1String("compromised")) &&
                     !after.text().contains(QLatin1String("not by a certificate of this organisation")),
                 qPrintable(after.text()));
        // Another department's reader, who may not see the letter's record, judges it alike.
        Database &finance = *user(QStringLiteral("clerk.fin1")).first;
        const PaperSignatures elsewhere = LetterSignatures(finance).check(letter);
        QCOMPARE(int(elsewhere.state), int(PaperSignatures::State::Valid));
        if (m_db->isPostgres()) {
            // He learns the issue time of bytes he holds, and nothing else: not the record, not
            // the number, nothing for bytes never issued.
            QCOMPARE(finance.scalar(QStringLiteral("SELECT COUNT(*) FROM issued_letters")).toInt(), 0);
            QVERIFY(elsewhere.dispatchNo.isEmpty());
            QVERIFY(elsewhere.recordedIssueAt > 0);
            QVERIFY(finance
                        .scalar(QStringLiteral("SELECT nasti_letter_issued_at(:s)"),
                                {{QStringLiteral("s"), QString(64, QLatin1Char('0'))}})
                        .isNull());
        }
        QCOMPARE(int(LetterSignatures(*user(QStringLiteral("clerk.fin1")).first).check(forged).state),
                 int(PaperSignatures::State::Untrusted));

        QTemporaryDir dir;
        for (const auto &[name, bytes] : {std::pair{QStringLiteral("letter.pdf"), letter},
                                          std::pair{QStringLiteral("forged.pdf"), forged}}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        }
        int rc = -1;
        QString out =
            admin({QStringLiteral("verify-letter"), dir.filePath(QStringLiteral("letter.pdf"))}, &rc);
        QVERIFY2(rc == 0 && out.contains(issued.dispatchNo), qPrintable(out));
        out = admin({QStringLiteral("verify-letter"), dir.filePath(QStringLiteral("forged.pdf"))}, &rc);
        QVERIFY2(rc == 3 && out.contains(QLatin1String("revoked")), qPrintable(out));

        // An outsider without the database: the CA and its revocation list (ca crl), checked
        // in a database of his own that knows nothing of this office.
        qputenv("NASTI_AUTHORITY_PASSPHRASE", "authority-pass");
        out = admin({QStringLiteral("ca"), QStringLiteral("export"), QStringLiteral("--pem"),
                     QStringLiteral("--out"), dir.filePath(QStringLiteral("org.pem"))},
                    &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        out = admin({QStringLiteral("ca"), QStringLiteral("crl"), QStringLiteral("--out"),
                     dir.filePath(QStringLiteral("org.crl"))},
                    &rc);
        QVERIFY2(rc == 0 && out.contains(QLatin1String("1 revoked certificate")), qPrintable(out));
        qunsetenv("NASTI_AUTHORITY_PASSPHRASE");
        out = admin({QStringLiteral("ca"), QStringLiteral("crl"), QStringLiteral("--out"),
                     dir.filePath(QStringLiteral("x.crl"))},
                    &rc);
        QVERIFY2(rc == 2 && out.contains(QLatin1String("passphrase")), qPrintable(out));
        auto outsider = [&](const QString &pdf, bool withCrl, int *code) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            QStringList args{QStringLiteral("--db"),
                             QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("own.db")),
                             QStringLiteral("verify-letter"),
                             dir.filePath(pdf),
                             QStringLiteral("--ca"),
                             dir.filePath(QStringLiteral("org.pem"))};
            if (withCrl)
                args << QStringLiteral("--crl") << dir.filePath(QStringLiteral("org.crl"));
            p.start(QStringLiteral(NASTI_ADMIN_PATH), args);
            p.waitForFinished(120000);
            *code = p.exitCode();
            return QString::fromUtf8(p.readAll());
        };
        out = outsider(QStringLiteral("forged.pdf"), false, &rc);
        QVERIFY2(rc == 0, qPrintable(out)); // (without the list he cannot know)
        out = outsider(QStringLiteral("forged.pdf"), true, &rc);
        QVERIFY2(rc == 3 && out.contains(QLatin1String("revocation list")), qPrintable(out));
        out = outsider(QStringLiteral("letter.pdf"), true, &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        // A list that is not one, or changed after signing, is refused.
        QFile crl(dir.filePath(QStringLiteral("org.crl")));
        QVERIFY(crl.open(QIODevice::ReadWrite));
        QByteArray bytes = crl.readAll();
        bytes[bytes.size() - 10] = char(bytes[bytes.size() - 10] ^ 0x01);
        QVERIFY(crl.seek(0) && crl.write(bytes) == bytes.size());
        crl.close();
        out = outsider(QStringLiteral("letter.pdf"), true, &rc);
        QVERIFY2(rc == 1 && out.contains(QLatin1String("not signed by a trusted CA")), qPrintable(out));
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
        // Certified again, his X.509 certificate names both posts he now holds, his own first.
        certifyAll();
        const QByteArray pem =
            m_db->scalar(QStringLiteral(
                             "SELECT c.x509_certificate FROM key_certificates c JOIN users u ON "
                             "u.id = c.user_id WHERE u.login = 'clerk.gad1' ORDER BY c.id DESC LIMIT 1"))
                .toString()
                .toLatin1();
        QCOMPARE(pdfsign::inspectCertificate(pem).title,
                 QStringLiteral("Assistant, GAD-1; Section Officer, GAD-1"));
        const auto v = verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
    }

    void keysCarryX509Material()
    {
        // The authority is also the organisation's X.509 CA, its key sealed (not PEM, not plain).
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM signing_authorities WHERE x509_ca LIKE "
                                      "'-----BEGIN CERTIFICATE-----%' AND x509_sealed_key LIKE 'v1$%'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM signing_authorities WHERE x509_sealed_key LIKE "
                                      "'%PRIVATE KEY%'")),
                 0);
        // Each enrolled officer has a PKCS#10 request, and his certificate an X.509 one for the
        // same period, naming him and issued by the organisation's CA.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM signing_keys WHERE x509_request <> ''")), 3);
        QSqlQuery &q = m_db->exec(
            QStringLiteral("SELECT u.full_name, c.x509_certificate, c.valid_from, c.valid_until FROM "
                           "key_certificates c JOIN users u ON u.id = c.user_id ORDER BY c.id"));
        int n = 0;
        QList<std::tuple<QString, QByteArray, qint64, qint64>> rows;
        while (q.next())
            rows.append({q.value(0).toString(), q.value(1).toString().toLatin1(), q.value(2).toLongLong(),
                         q.value(3).toLongLong()});
        q.finish();
        for (const auto &[name, pem, from, until] : rows) {
            const pdfsign::CertificateSummary c = pdfsign::inspectCertificate(pem);
            QCOMPARE(c.commonName, name);
            QCOMPARE(c.issuerOrganisation, QStringLiteral("Government of Madhya Pradesh"));
            QCOMPARE(c.notBefore.toSecsSinceEpoch(), from / 1000);
            QCOMPARE(c.notAfter.toSecsSinceEpoch(), until / 1000);
            QVERIFY(!c.isCa);
            ++n;
        }
        QCOMPARE(n, 3);
        // The sealed copy opens with his password to both keys.
        const SigningIdentityPtr me =
            KeyService(*m_db, m_clock, test::sessionOf(*m_db, m_clock, QStringLiteral("so.gad1")))
                .unlock(QStringLiteral("pw"));
        QVERIFY(me && !me->x509PrivateKey().isEmpty());
        // Its keychain copy (both keys) unlocks him too; an Ed25519-only copy of an older
        // desktop still signs notes.
        KeyService keys(*m_db, m_clock, test::sessionOf(*m_db, m_clock, QStringLiteral("so.gad1")));
        QVERIFY(keys.unlockWithSecret(me->secretKey()));
        QVERIFY(keys.unlockWithSecret(me->secretKey().left(64)));
        const auto v = verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
    }

    void issuedLetterIsASignedPdf()
    {
        QString fileNo;
        const IssueResult issued = issueLetter(&fileNo);
        QVERIFY(issued.pdfSigned);
        QVERIFY(issued.pdfUnsignedReason.isEmpty());
        const QByteArray pdf = attachment(issued.sha256);
        QVERIFY(pdf.startsWith("%PDF-"));
        // The stored PDF is the signed one, and the letter's record is signed over it.
        const auto v = verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        const PaperSignatures good = LetterSignatures(*m_db).check(pdf);
        QCOMPARE(int(good.state), int(PaperSignatures::State::Valid));
        QCOMPARE(good.signatures.size(), 1);
        const QString clerk =
            m_db->scalar(QStringLiteral("SELECT full_name FROM users WHERE login = 'clerk.gad1'")).toString();
        QCOMPARE(good.signatures.first().signerName, clerk);
        QVERIFY2(good.text().contains(clerk) && good.text().contains(QLatin1String("valid")),
                 qPrintable(good.text()));

        // One byte changed after signing (in the first stream, inside the signed range): invalid.
        QByteArray tampered = pdf;
        const qsizetype at = tampered.indexOf("stream\n") + 10;
        QVERIFY(at > 10);
        tampered[at] = char(tampered[at] ^ 0x20);
        const PaperSignatures bad = LetterSignatures(*m_db).check(tampered);
        QCOMPARE(int(bad.state), int(PaperSignatures::State::Invalid));
        QVERIFY2(bad.text().contains(QLatin1String("INVALID")), qPrintable(bad.text()));
        // Another organisation's CA does not vouch for it: untrusted.
        const pdfsign::OrganisationCa other =
            pdfsign::OrganisationCa::createDetached(QStringLiteral("Elsewhere"));
        const QList<X509Backend::Check> foreign = x509::backend()->checkPdf(pdf, {other.certificateDer()});
        QCOMPARE(foreign.size(), 1);
        QCOMPARE(int(foreign.first().state), int(X509Backend::Check::State::Untrusted));
        // A file that is not a PDF is said, not crashed on.
        const PaperSignatures junk = LetterSignatures(*m_db).check("not a pdf");
        QCOMPARE(int(junk.state), int(PaperSignatures::State::Unchecked));

        // verify-letter: the database's CA by default; 3 for a tampered or foreign-CA letter.
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
        };
        write(QStringLiteral("letter.pdf"), pdf);
        write(QStringLiteral("tampered.pdf"), tampered);
        write(QStringLiteral("other.pem"), other.certificatePem());
        int rc = -1;
        QString out =
            admin({QStringLiteral("verify-letter"), dir.filePath(QStringLiteral("letter.pdf"))}, &rc);
        QVERIFY2(rc == 0 && out.contains(clerk) && out.contains(QLatin1String("certificate trusted")),
                 qPrintable(out));
        out = admin({QStringLiteral("verify-letter"), dir.filePath(QStringLiteral("tampered.pdf"))}, &rc);
        QVERIFY2(rc == 3 && out.contains(QLatin1String("changed after signing")), qPrintable(out));
        out = admin({QStringLiteral("verify-letter"), dir.filePath(QStringLiteral("letter.pdf")),
                     QStringLiteral("--ca"), dir.filePath(QStringLiteral("other.pem"))},
                    &rc);
        QVERIFY2(rc == 3 && out.contains(QLatin1String("unknown CA")), qPrintable(out));
        // ca export (no --dir): the database's CA, for outsiders to check letters with.
        out = admin({QStringLiteral("ca"), QStringLiteral("export"), QStringLiteral("--pem"),
                     QStringLiteral("--out"), dir.filePath(QStringLiteral("org.pem"))},
                    &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        out = admin({QStringLiteral("verify-letter"), dir.filePath(QStringLiteral("letter.pdf")),
                     QStringLiteral("--ca"), dir.filePath(QStringLiteral("org.pem"))},
                    &rc);
        QVERIFY2(rc == 0, qPrintable(out));
        // pdfsig (poppler-utils) sees a valid signature naming the clerk.
        QProcess pdfsig;
        pdfsig.start(QStringLiteral("pdfsig"), {dir.filePath(QStringLiteral("letter.pdf"))});
        QVERIFY(pdfsig.waitForFinished(60000));
        const QString sig = QString::fromUtf8(pdfsig.readAllStandardOutput());
        QVERIFY2(sig.contains(QLatin1String("Signature is Valid")) && sig.contains(clerk), qPrintable(sig));
    }

    void keysFromBeforePdfSigningKeepWorking()
    {
        // A key enrolled by a program without PDF signing (as every key before it) has no
        // X.509 part; certified, it still signs notes and the letter's record, and the letter
        // goes out unsigned as a PDF, saying why.
        x509::install(nullptr);
        enrol(QStringLiteral("clerk.gad1"));
        pdfsign::installBackend();
        QStringList without;
        KeyService(*m_db, m_clock, test::sessionOf(*m_db, m_clock, QStringLiteral("admin")))
            .certify({QStringLiteral("clerk.gad1")}, QStringLiteral("authority-pass"), 365, &without);
        QCOMPARE(without, QStringList{QStringLiteral("clerk.gad1")});
        const IssueResult old = issueLetter();
        QVERIFY(!old.pdfSigned);
        QVERIFY2(old.pdfUnsignedReason.contains(QLatin1String("enrol")), qPrintable(old.pdfUnsignedReason));
        QCOMPARE(int(LetterSignatures(*m_db).check(attachment(old.sha256)).state),
                 int(PaperSignatures::State::Unsigned));
        auto v = verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
        // His next enrolment carries X.509; once certified, his letters are signed PDFs.
        enrol(QStringLiteral("clerk.gad1"));
        without.clear();
        KeyService(*m_db, m_clock, test::sessionOf(*m_db, m_clock, QStringLiteral("admin")))
            .certify({QStringLiteral("clerk.gad1")}, QStringLiteral("authority-pass"), 365, &without);
        QVERIFY(without.isEmpty());
        const IssueResult renewed = issueLetter();
        QVERIFY(renewed.pdfSigned);
        QCOMPARE(int(LetterSignatures(*m_db).check(attachment(renewed.sha256)).state),
                 int(PaperSignatures::State::Valid));
        v = verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
    }
};

QTEST_MAIN(TestSignatures)
#include "tst_signatures.moc"
