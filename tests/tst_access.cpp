// Who may see and do what, enforced by the database itself (issue 5).
//
// PostgreSQL: every check acts as the users' own login roles, both through the
// client's code (access::connectAs -> QSqlDatabase) and through psql, and shows
// that a Finance officer cannot read a GAD Confidential file, its notes or its
// letters; that no role can UPDATE or DELETE a frozen note, a movement or an
// event, nor move a file it does not hold; that a clerk cannot approve and a
// reviewer cannot move files. SQLite: wrong passwords, lockout, nothing stored in
// plain text. Both: quotes and SQL injection strings stored and shown verbatim,
// and a full put-up / approve / close cycle as the users themselves.
#include "support/testdatabase.h"

#include "access/connect.h"
#include "access/scram.h"
#include "pdf/popplerinspector.h"
#include "security/eventlog.h"
#include "services/authservice.h"
#include "services/filequeries.h"
#include "services/fileservice.h"
#include "services/keyservice.h"
#include "services/orgservice.h"
#include "services/receiptservice.h"
#include "util/error.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace nasti;

namespace {
const QString kPw = QStringLiteral("pw");

QByteArray letter()
{
    QFile f(QStringLiteral(NASTI_SOURCE_DIR "/resources/demo/letter-rti-application.pdf"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing demo letter");
    return f.readAll();
}

template<typename F> QString refusal(F &&action)
{
    try {
        action();
    } catch (const NastiError &e) {
        return e.message().isEmpty() ? QStringLiteral("(refused)") : e.message();
    }
    return QString();
}

struct Psql
{
    int code = -1;
    QString out, err;
};

// What a raw statement did: refused with an error, or the rows it touched.
struct Raw
{
    bool refused = false;
    int rows = 0;
    QString error;
};

Raw raw(Database &db, const QString &sql)
{
    QSqlQuery q(db.handle());
    Raw r;
    if (!q.exec(sql)) {
        r.refused = true;
        r.error = q.lastError().databaseText();
    } else {
        r.rows = q.numRowsAffected();
        if (q.isSelect() && q.next())
            r.rows = q.value(0).toInt();
    }
    return r;
}
} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Database> m_admin; // the URL's own (superuser) connection
    std::unique_ptr<ManualClock> m_clock;
    std::map<QString, access::UserConnection> m_users;
    PopplerInspector m_inspector;

    bool pg() const { return m_admin->isPostgres(); }

    // The user's own connection: on PostgreSQL his login role, authenticated by the server.
    access::UserConnection &user(const char *login)
    {
        const QString l = QString::fromLatin1(login);
        auto it = m_users.find(l);
        if (it == m_users.end()) {
            try {
                it = m_users.emplace(l, access::connectAs(m_t->url(), l, kPw)).first;
            } catch (const NastiError &e) {
                qWarning("%s cannot connect: %s", login, qPrintable(e.message()));
                throw;
            }
        }
        return it->second;
    }
    Database &dbOf(const char *login) { return *user(login).db; }
    FileService as(const char *login) { return FileService(dbOf(login), *m_clock, user(login).session); }
    FileQueries queriesOf(const char *login) { return FileQueries(dbOf(login), *m_clock); }

    // psql as the user's login role, password from PGPASSWORD.
    Psql psql(const char *login, const QString &sql)
    {
        const DbUrl url = m_t->url();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGHOST"), url.host);
        env.insert(QStringLiteral("PGPORT"), QString::number(url.port));
        env.insert(QStringLiteral("PGDATABASE"), url.database);
        env.insert(QStringLiteral("PGUSER"), m_t->rolePrefix() + QString::fromLatin1(login));
        env.insert(QStringLiteral("PGPASSWORD"), kPw);
        env.insert(QStringLiteral("PGCLIENTENCODING"), QStringLiteral("UTF8"));
        env.remove(QStringLiteral("PGSERVICE"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"), QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql});
        if (!p.waitForFinished(60000))
            qFatal("psql did not finish");
        return Psql{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                    QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
                    QString::fromUtf8(p.readAllStandardError()).trimmed()};
    }

    qint64 adminId(const QString &sql, const QVariantMap &binds = {})
    {
        return m_admin->scalar(sql, binds).toLongLong();
    }
    qint64 postId(const char *code)
    {
        return adminId(QStringLiteral("SELECT id FROM posts WHERE code = :c"),
                       {{QStringLiteral("c"), QString::fromLatin1(code)}});
    }
    qint64 fileId(const QString &no)
    {
        return adminId(QStringLiteral("SELECT id FROM files WHERE file_no = :n"),
                       {{QStringLiteral("n"), no}});
    }
    QString newFile(const char *login, const QString &subject, Grading grading = Grading::Normal)
    {
        CreateFileRequest r;
        r.sectionCode = QStringLiteral("GAD-1");
        r.subject = subject;
        r.grading = grading;
        return as(login).create(r);
    }
    void putUp(const char *login, const QString &no, const QString &remarks = {})
    {
        ForwardRequest r;
        r.fileNo = no;
        r.target = ForwardRequest::Target::Up;
        r.action = ActionAsked::Approval;
        r.remarks = remarks;
        as(login).forward(r);
    }
    // A GAD Confidential file with a frozen note and a letter, now with SO-GAD1.
    struct Graded
    {
        QString no, diary, sha;
        qint64 id = 0;
    };
    Graded confidentialFile()
    {
        try {
            return makeConfidentialFile();
        } catch (const NastiError &e) {
            qWarning("setting up the Confidential file failed: %s", qPrintable(e.message()));
            throw;
        }
    }
    Graded makeConfidentialFile()
    {
        Graded g;
        g.no =
            newFile("clerk.gad1", QStringLiteral("Confidential: disciplinary case"), Grading::Confidential);
        DiariseRequest d;
        d.fileName = QStringLiteral("complaint.pdf");
        d.sender = QStringLiteral("Vigilance Cell");
        d.subject = QStringLiteral("Complaint against an officer");
        d.content = letter();
        d.grading = Grading::Confidential;
        g.diary =
            ReceiptService(dbOf("clerk.gad1"), *m_clock, user("clerk.gad1").session, m_inspector).diarise(d);
        as("clerk.gad1").putReceipt(g.no, g.diary);
        as("clerk.gad1").saveDraft(g.no, QStringLiteral("The complaint is placed below for orders."));
        putUp("clerk.gad1", g.no);
        g.id = fileId(g.no);
        g.sha = m_admin
                    ->scalar(QStringLiteral("SELECT attachment_sha256 FROM receipts WHERE diary_no = :d"),
                             {{QStringLiteral("d"), g.diary}})
                    .toString();
        return g;
    }

private slots:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        m_admin = m_t->create();
        m_clock = std::make_unique<ManualClock>(
            QDateTime(QDate(2026, 3, 2), QTime(10, 0), Clock::officeZone()).toMSecsSinceEpoch());
        test::seedSmallOffice(*m_admin, *m_clock);
    }
    void cleanup()
    {
        m_users.clear();
        m_admin.reset();
        m_t.reset();
    }

    void rolesExistWithScramPasswords()
    {
        if (!pg())
            QSKIP("PostgreSQL roles");
        const QString role = m_t->rolePrefix() + QStringLiteral("so.fin1");
        QCOMPARE(access::roleNameFor(*m_admin, QStringLiteral("so.fin1")), role);
        QVERIFY(m_admin
                    ->scalar(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = :r"),
                             {{QStringLiteral("r"), role}})
                    .toString()
                    .startsWith(QLatin1String("SCRAM-SHA-256$4096:")));
        QVERIFY(
            m_admin
                ->scalar(QStringLiteral("SELECT pg_has_role(:r, 'nasti_officer', 'MEMBER') AND NOT rolsuper "
                                        "FROM pg_roles WHERE rolname = :r"),
                         {{QStringLiteral("r"), role}})
                .toBool());
        QVERIFY(m_admin
                    ->scalar(QStringLiteral("SELECT pg_has_role(:r, 'nasti_reviewer', 'MEMBER')"),
                             {{QStringLiteral("r"), m_t->rolePrefix() + QStringLiteral("cs")}})
                    .toBool());
        // Tables belong to the non-login owner, row-level security is forced.
        QCOMPARE(m_admin
                     ->scalar(QStringLiteral(
                         "SELECT COUNT(*) FROM pg_class WHERE relnamespace = current_schema()::regnamespace "
                         "AND relkind = 'r' AND pg_get_userbyid(relowner) <> 'nasti_owner'"))
                     .toInt(),
                 0);
        QVERIFY(m_admin
                    ->scalar(QStringLiteral(
                        "SELECT bool_and(relforcerowsecurity) FROM pg_class WHERE relname IN "
                        "('files', 'notes', 'movements', 'receipts', 'attachments', 'events')"))
                    .toBool());
        QVERIFY(!m_admin
                     ->scalar(QStringLiteral(
                         "SELECT rolcanlogin OR rolsuper FROM pg_roles WHERE rolname = 'nasti_owner'"))
                     .toBool());
        // PostgreSQL keeps no hash of ours; the users cannot even read the column.
        QCOMPARE(m_admin->scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE password_hash IS NOT NULL"))
                     .toInt(),
                 0);
        QVERIFY(raw(dbOf("so.fin1"), QStringLiteral("SELECT password_hash FROM users")).refused);
        // The RFC 7677 example salt; the expected value computed independently (Python hashlib).
        const QByteArray salt = QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
        QCOMPARE(
            access::scramVerifier(QStringLiteral("pencil"), salt, 4096),
            QStringLiteral(
                "SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
                "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
    }

    void wrongPasswordsAreRefusedAndLockedOut()
    {
        // The client's own login path: connectAs.
        QCOMPARE(refusal([&] {
                     access::connectAs(m_t->url(), QStringLiteral("us.gad"), QStringLiteral("wrong"));
                 }),
                 QStringLiteral("Wrong login or password."));
        QCOMPARE(refusal([&] { access::connectAs(m_t->url(), QStringLiteral("nobody"), kPw); }),
                 QStringLiteral("Wrong login or password."));
        QCOMPARE(refusal([&] { access::connectAs(m_t->url(), QStringLiteral("us.gad"), QString()); }),
                 QStringLiteral("Wrong login or password."));
        QCOMPARE(access::connectAs(m_t->url(), QStringLiteral("us.gad"), kPw).session.login,
                 QStringLiteral("us.gad"));
        if (pg()) {
            QVERIFY(psql("us.gad", QStringLiteral("SELECT 1")).code == 0);
            // Disable = NOLOGIN: refused by the server, files stay with the post.
            OrgService(*m_admin, *m_clock).setEnabled(QStringLiteral("us.gad"), false);
            QVERIFY(refusal([&] {
                        access::connectAs(m_t->url(), QStringLiteral("us.gad"), kPw);
                    }).contains(QLatin1String("disabled")));
            QVERIFY(psql("us.gad", QStringLiteral("SELECT 1")).code != 0);
            OrgService(*m_admin, *m_clock).setEnabled(QStringLiteral("us.gad"), true);
            OrgService(*m_admin, *m_clock)
                .setPassword(QStringLiteral("us.gad"), QStringLiteral("n3w pässword"));
            QVERIFY(
                !refusal([&] { access::connectAs(m_t->url(), QStringLiteral("us.gad"), kPw); }).isEmpty());
            QCOMPARE(access::connectAs(m_t->url(), QStringLiteral("us.gad"), QStringLiteral("n3w pässword"))
                         .session.login,
                     QStringLiteral("us.gad"));
            return;
        }
        // SQLite: five wrong passwords lock the login; the sixth try is locked out even
        // with the right password. Nothing is stored in plain text, the file is private.
        const QString secret = QStringLiteral("Distinctive-Secret-42");
        OrgService(*m_admin, *m_clock).setPassword(QStringLiteral("us.gad"), secret);
        AuthService auth(*m_admin, *m_clock);
        for (int i = 1; i <= 5; ++i)
            QVERIFY(
                !refusal([&] { auth.login(QStringLiteral("us.gad"), QStringLiteral("wrong")); }).isEmpty());
        QVERIFY(
            refusal([&] { auth.login(QStringLiteral("us.gad"), secret); }).contains(QLatin1String("locked")));
        m_clock->advance(AuthService::kLockoutMs + 1000);
        QCOMPARE(auth.login(QStringLiteral("us.gad"), secret).login, QStringLiteral("us.gad"));
        m_admin->execRaw(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QFile file(m_t->url().path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(secret.toUtf8()));
        QVERIFY(bytes.contains("$argon2id$"));
        QCOMPARE(QFileInfo(m_t->url().path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void financeOfficerCannotReadGadConfidential()
    {
        if (!pg())
            QSKIP("row-level security is PostgreSQL's");
        const Graded g = confidentialFile();
        const QString id = QString::number(g.id);
        struct Probe
        {
            const char *what;
            QString sql;
        };
        const QList<Probe> probes = {
            {"file", QStringLiteral("SELECT COUNT(*) FROM files WHERE id = %1").arg(id)},
            {"notes", QStringLiteral("SELECT COUNT(*) FROM notes WHERE file_id = %1").arg(id)},
            {"movements", QStringLiteral("SELECT COUNT(*) FROM movements WHERE file_id = %1").arg(id)},
            {"papers", QStringLiteral("SELECT COUNT(*) FROM file_papers WHERE file_id = %1").arg(id)},
            {"receipt", QStringLiteral("SELECT COUNT(*) FROM receipts WHERE diary_no = '%1'").arg(g.diary)},
            {"attachment", QStringLiteral("SELECT COUNT(*) FROM attachments WHERE sha256 = '%1'").arg(g.sha)},
            {"events", QStringLiteral("SELECT COUNT(*) FROM events WHERE file_id = %1").arg(id)},
        };
        for (const Probe &p : probes) {
            // The Finance officer: nothing, through the client's connection and through psql.
            const Raw fin = raw(dbOf("so.fin1"), p.sql);
            QVERIFY2(!fin.refused && fin.rows == 0, p.what);
            const Psql viaPsql = psql("so.fin1", p.sql);
            QVERIFY2(viaPsql.code == 0, qPrintable(viaPsql.err));
            QVERIFY2(viaPsql.out == QLatin1String("0"), p.what);
            // The Section Officer it was put up to sees it all.
            QVERIFY2(raw(dbOf("so.gad1"), p.sql).rows > 0, p.what);
        }
        // Not even an Under Secretary of GAD off the movement chain, nor the reviewer's
        // notes or letters for a Confidential file... the reviewer does see Confidential
        // (not Secret) files, and counts every file for the review.
        QCOMPARE(raw(dbOf("us.gad"), probes.at(0).sql).rows, 0);
        QCOMPARE(raw(dbOf("cs"), probes.at(0).sql).rows, 1);
        QVERIFY(raw(dbOf("cs"), probes.at(1).sql).rows > 0);
        // The client's own read path says "may not see" rather than showing anything.
        QVERIFY(!refusal([&] { queriesOf("so.fin1").detail(user("so.fin1").session, g.no); }).isEmpty());
        QCOMPARE(queriesOf("so.fin1").attachment(g.sha), QByteArray());
        QCOMPARE(queriesOf("so.gad1").attachment(g.sha), letter());
        QCOMPARE(queriesOf("so.fin1").search(user("so.fin1").session, QStringLiteral("disciplinary")).size(),
                 0);
    }

    void reviewerOpensNothingSecret()
    {
        if (!pg())
            QSKIP("row-level security is PostgreSQL's");
        const QString no = newFile("clerk.gad1", QStringLiteral("Secret: cabinet note"), Grading::Secret);
        as("clerk.gad1").saveDraft(no, QStringLiteral("Secret draft."));
        putUp("clerk.gad1", no);
        const QString id = QString::number(fileId(no));
        // Counted for the review (through its views, with the content blanked), not opened:
        // the base tables show a reviewer nothing of a Secret file off his chain.
        QCOMPARE(raw(dbOf("cs"), QStringLiteral("SELECT COUNT(*) FROM files WHERE id = %1").arg(id)).rows, 0);
        QCOMPARE(
            raw(dbOf("cs"), QStringLiteral("SELECT COUNT(*) FROM movements WHERE file_id = %1").arg(id)).rows,
            0);
        QCOMPARE(
            psql("cs",
                 QStringLiteral("SELECT subject || '|' || remarks FROM review_files WHERE id = %1").arg(id))
                .out,
            QStringLiteral("|"));
        QCOMPARE(
            psql("cs", QStringLiteral("SELECT COUNT(*) FROM review_movements WHERE file_id = %1").arg(id))
                .out,
            QStringLiteral("1"));
        QCOMPARE(
            psql("cs", QStringLiteral("SELECT string_agg(payload, '') FROM review_events WHERE file_id = %1 "
                                      "AND payload <> '{}'")
                           .arg(id))
                .out,
            QString());
        QCOMPARE(
            raw(dbOf("cs"), QStringLiteral("SELECT COUNT(*) FROM notes WHERE file_id = %1").arg(id)).rows, 0);
        QCOMPARE(psql("cs", QStringLiteral("SELECT COUNT(*) FROM notes WHERE file_id = %1").arg(id)).out,
                 QStringLiteral("0"));
        QVERIFY(!refusal([&] { queriesOf("cs").detail(user("cs").session, no); }).isEmpty());
        // Nobody reads another post's draft.
        const QString other = newFile("clerk.gad1", QStringLiteral("Normal file"));
        as("clerk.gad1").saveDraft(other, QStringLiteral("My private draft."));
        QCOMPARE(raw(dbOf("so.gad1"),
                     QStringLiteral("SELECT COUNT(*) FROM notes WHERE file_id = %1").arg(fileId(other)))
                     .rows,
                 0);
    }

    void nobodyChangesHistory()
    {
        if (!pg())
            QSKIP("grants are PostgreSQL's (SQLite's triggers are tested in tst_workflow)");
        const Graded g = confidentialFile(); // a frozen note, a movement, events
        const qint64 noteId =
            adminId(QStringLiteral("SELECT MIN(id) FROM notes WHERE frozen_at IS NOT NULL"));
        QVERIFY(noteId > 0);
        const QStringList statements = {
            QStringLiteral("UPDATE notes SET body = 'forged' WHERE id = %1").arg(noteId),
            QStringLiteral("DELETE FROM notes WHERE id = %1").arg(noteId),
            QStringLiteral("UPDATE movements SET remarks = 'forged'"),
            QStringLiteral("DELETE FROM movements"),
            QStringLiteral("UPDATE events SET payload = 'forged'"),
            QStringLiteral("DELETE FROM events"),
            QStringLiteral("TRUNCATE events"),
            QStringLiteral("UPDATE file_papers SET position = 9"),
            QStringLiteral("UPDATE chain_head SET seq = 0, hash = 'x'"),
            QStringLiteral("UPDATE files SET holder_post_id = %1 WHERE id = %2").arg(postId("CS")).arg(g.id),
        };
        // Every job: the author of the note (clerk), the officer holding the file, the
        // reviewer, the administrator, a Finance officer.
        for (const char *login : {"clerk.gad1", "so.gad1", "cs", "admin", "so.fin1"}) {
            for (const QString &sql : statements) {
                const Raw r = raw(dbOf(login), sql);
                QVERIFY2(r.refused || r.rows == 0,
                         qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(login), sql)));
                const Psql p = psql(login, sql);
                QVERIFY2(p.code != 0 || p.out.isEmpty(),
                         qPrintable(QStringLiteral("psql %1: %2").arg(QString::fromLatin1(login), sql)));
            }
        }
        // The author of the frozen note hears why.
        QVERIFY(raw(dbOf("clerk.gad1"), statements.at(0)).error.contains(QLatin1String("nasti:frozen-note")));
        QVERIFY(psql("clerk.gad1", statements.at(3)).err.contains(QLatin1String("permission denied")));
        QCOMPARE(m_admin
                     ->scalar(QStringLiteral("SELECT body FROM notes WHERE id = :i"),
                              {{QStringLiteral("i"), noteId}})
                     .toString(),
                 QStringLiteral("The complaint is placed below for orders."));
        const auto v = EventLog(*m_admin).verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
    }

    void movementsOnlyFromAHeldFile()
    {
        if (!pg())
            QSKIP("the acting-user checks are PostgreSQL's (SQLite: one machine, the services check)");
        const QString no = newFile("clerk.gad1", QStringLiteral("Held by the SO"));
        putUp("clerk.gad1", no); // now with SO-GAD1
        const qint64 f = fileId(no);
        const qint64 before = adminId(QStringLiteral("SELECT COUNT(*) FROM movements"));
        auto insert = [&](const char *login, const char *from, const char *to, const char *kind) {
            const qint64 uid = user(login).session.userId;
            return QStringLiteral("INSERT INTO movements (file_id, kind, from_post_id, to_post_id, "
                                  "by_user_id, sent_at, file_version) "
                                  "VALUES (%1, '%2', %3, %4, %5, 0, 99)")
                .arg(f)
                .arg(QString::fromLatin1(kind))
                .arg(postId(from))
                .arg(postId(to))
                .arg(uid);
        };
        // The clerk no longer holds it: neither from his own post nor from the holder's.
        QVERIFY(raw(dbOf("clerk.gad1"), insert("clerk.gad1", "ASST-GAD1", "US-GAD", "forward")).refused);
        const Raw spoof = raw(dbOf("clerk.gad1"), insert("clerk.gad1", "SO-GAD1", "US-GAD", "forward"));
        QVERIFY2(spoof.refused && spoof.error.contains(QLatin1String("post-not-held")),
                 qPrintable(spoof.error));
        QVERIFY(psql("clerk.gad1", insert("clerk.gad1", "SO-GAD1", "US-GAD", "forward")).code != 0);
        // A Finance officer, for a file he cannot even see.
        QVERIFY(raw(dbOf("so.fin1"), insert("so.fin1", "SO-FIN1", "US-FIN", "forward")).refused);
        QVERIFY(psql("so.fin1", insert("so.fin1", "SO-GAD1", "US-FIN", "forward")).code != 0);
        // Nor in someone else's name.
        QVERIFY(raw(dbOf("clerk.gad1"), insert("so.gad1", "SO-GAD1", "US-GAD", "forward")).refused);
        QCOMPARE(adminId(QStringLiteral("SELECT COUNT(*) FROM movements")), before);
        // Nor may he recall it once opened... but before, he may (the sender's right).
        as("clerk.gad1").recall(no, QStringLiteral("Forgot the enclosure"));
        QCOMPARE(adminId(QStringLiteral("SELECT holder_post_id FROM files WHERE id = :f"),
                         {{QStringLiteral("f"), f}}),
                 postId("ASST-GAD1"));
    }

    void clerkCannotApproveReviewerCannotMove()
    {
        if (!pg())
            QSKIP("the acting-user checks are PostgreSQL's");
        const QString no = newFile("clerk.gad1", QStringLiteral("Clerk holds this"));
        const qint64 f = fileId(no);
        const qint64 clerk = user("clerk.gad1").session.userId;
        // The service refuses...
        QVERIFY(refusal([&] {
                    as("clerk.gad1").approve(no, QString(), QStringLiteral("SO-GAD1"));
                }).contains(QLatin1String("Only an officer")));
        // ...and so does the database, to the raw statements the service would have run.
        const QString approveMove = QStringLiteral("INSERT INTO movements (file_id, kind, from_post_id, "
                                                   "to_post_id, by_user_id, sent_at, file_version) "
                                                   "VALUES (%1, 'approve', %2, %3, %4, 0, 1)")
                                        .arg(f)
                                        .arg(postId("ASST-GAD1"))
                                        .arg(postId("SO-GAD1"))
                                        .arg(clerk);
        const QString approveFile =
            QStringLiteral("UPDATE files SET approved_at = 1, approved_by_post_id = %1 WHERE id = %2")
                .arg(postId("ASST-GAD1"))
                .arg(f);
        // (Approval columns have no user grant at all since schema step 8: only an approve
        // movement sets them.)
        for (const QString &sql : {approveMove, approveFile}) {
            const Raw r = raw(dbOf("clerk.gad1"), sql);
            QVERIFY2(r.refused && (r.error.contains(QLatin1String("not-authorised")) ||
                                   r.error.contains(QLatin1String("permission denied"))),
                     qPrintable(sql + QLatin1Char(' ') + r.error));
            const QString err = psql("clerk.gad1", sql).err;
            QVERIFY2(err.contains(QLatin1String("nasti:not-authorised")) ||
                         err.contains(QLatin1String("permission denied")),
                     qPrintable(err));
        }
        QCOMPARE(adminId(QStringLiteral("SELECT COUNT(*) FROM files WHERE approved_at IS NOT NULL")), 0);

        // The reviewer: no movement, no change to a file, even one he holds.
        putUp("clerk.gad1", no);
        ForwardRequest r;
        r.fileNo = no;
        r.toPostCode = QStringLiteral("CS");
        as("so.gad1").forward(r);
        const QString byService = refusal([&] {
            as("cs").forward(ForwardRequest{no, ForwardRequest::Target::ToPost, QStringLiteral("SO-GAD1")});
        });
        QVERIFY2(byService.contains(QLatin1String("reviewer")) ||
                     byService.contains(QLatin1String("not authorised")),
                 qPrintable(byService));
        const qint64 cs = user("cs").session.userId;
        const QString move = QStringLiteral("INSERT INTO movements (file_id, kind, from_post_id, to_post_id, "
                                            "by_user_id, sent_at, file_version) "
                                            "VALUES (%1, 'forward', %2, %3, %4, 0, 50)")
                                 .arg(f)
                                 .arg(postId("CS"))
                                 .arg(postId("SO-GAD1"))
                                 .arg(cs);
        QVERIFY(raw(dbOf("cs"), move).error.contains(QLatin1String("permission denied")));
        QVERIFY(psql("cs", move).err.contains(QLatin1String("permission denied")));
        QVERIFY(raw(dbOf("cs"), QStringLiteral("UPDATE files SET version = version + 1 WHERE id = %1").arg(f))
                    .refused);
        QVERIFY(
            raw(dbOf("cs"),
                QStringLiteral(
                    "INSERT INTO notes (file_id, author_user_id, author_post_id, author_name, designation, "
                    "body, created_at, updated_at) VALUES (%1, %2, %3, 'x', 'x', 'x', 0, 0)")
                    .arg(f)
                    .arg(cs)
                    .arg(postId("CS")))
                .refused);
        QCOMPARE(adminId(QStringLiteral("SELECT holder_post_id FROM files WHERE id = :f"),
                         {{QStringLiteral("f"), f}}),
                 postId("CS"));
        // Org tables: readable by all, writable by none of these.
        QVERIFY(
            raw(dbOf("so.gad1"),
                QStringLiteral("UPDATE posts SET holder_user_id = %1").arg(user("so.gad1").session.userId))
                .refused);
        QVERIFY(raw(dbOf("clerk.gad1"),
                    QStringLiteral("UPDATE settings SET value = 'x' WHERE key = 'role_prefix'"))
                    .refused);
    }

    void searchAndChainColumnsBelongToTheDatabase()
    {
        if (!pg())
            QSKIP("schema step 6's columns and search function are PostgreSQL's");
        const QString no = newFile("clerk.gad1", QStringLiteral("Boundary wall of the guest house"));
        as("clerk.gad1").saveDraft(no, QStringLiteral("Quotation from the kingfisher agency."));
        putUp("clerk.gad1", no);
        const QString id = QString::number(fileId(no));
        // chain_posts is exactly the creator and the movements' posts; search_tsv has the frozen note.
        QVERIFY(
            m_admin
                ->scalar(
                    QStringLiteral(
                        "SELECT f.chain_posts @> x.p AND f.chain_posts <@ x.p FROM files f, (SELECT "
                        "array_agg(p) AS p FROM ("
                        "SELECT created_post_id AS p FROM files WHERE id = %1 UNION SELECT to_post_id FROM "
                        "movements WHERE file_id = %1 "
                        "UNION SELECT from_post_id FROM movements WHERE file_id = %1) y) x WHERE f.id = %1")
                        .arg(id))
                .toBool());
        QVERIFY(
            m_admin
                ->scalar(
                    QStringLiteral(
                        "SELECT search_tsv @@ to_tsquery('simple', 'kingfisher') FROM files WHERE id = %1")
                        .arg(id))
                .toBool());
        // Users cannot write either column, not even the holder.
        QVERIFY(raw(dbOf("so.gad1"),
                    QStringLiteral("UPDATE files SET chain_posts = chain_posts || 1 WHERE id = %1").arg(id))
                    .refused);
        QVERIFY(raw(dbOf("so.gad1"), QStringLiteral("UPDATE files SET search_tsv = '' WHERE id = %1").arg(id))
                    .refused);
        // The search function applies rule 4 for the caller's own login, whatever posts he passes.
        const QString call =
            QStringLiteral(
                "SELECT count(*) FROM nasti_search_files('kingfisher:*', '', '', '{%1}', '{}', true, 50)")
                .arg(postId("SO-GAD1"));
        QCOMPARE(psql("so.gad1", call).out, QStringLiteral("1"));
        QCOMPARE(psql("so.fin1", call).out, QStringLiteral("0"));
        QCOMPARE(queriesOf("so.fin1").search(user("so.fin1").session, QStringLiteral("kingfisher")).size(),
                 0);
        QCOMPARE(queriesOf("so.gad1").search(user("so.gad1").session, QStringLiteral("kingfisher")).size(),
                 1);
    }

    void quotesAndInjectionVerbatim()
    {
        const QString evil = QStringLiteral("Robert'); DROP TABLE files; -- \"quoted\" \\ $$ %s :n नस्ती");
        const QString no = newFile("clerk.gad1", evil);
        as("clerk.gad1").saveDraft(no, evil);
        putUp("clerk.gad1", no, evil);
        const FileDetail d = queriesOf("so.gad1").detail(user("so.gad1").session, no);
        QCOMPARE(d.summary.subject, evil);
        QCOMPARE(d.notes.first().body, evil);
        QCOMPARE(d.movements.first().remarks, evil);
        QCOMPARE(queriesOf("so.gad1").search(user("so.gad1").session, QStringLiteral("नस्ती")).size(), 1);
        QCOMPARE(m_admin->scalar(QStringLiteral("SELECT COUNT(*) FROM files")).toInt(), 1);
        if (pg()) {
            const Psql p = psql("so.gad1", QStringLiteral("SELECT subject FROM files"));
            QCOMPARE(p.out, evil);
            QCOMPARE(psql("so.gad1", QStringLiteral("SELECT body FROM notes")).out, evil);
        }
        const auto v = EventLog(*m_admin).verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
    }

    void fullCycleAsTheUsersThemselves()
    {
        // Every step on the acting user's own connection (his login role on PostgreSQL).
        const QString no = newFile("clerk.gad1", QStringLiteral("Grant of leave"));
        as("clerk.gad1").saveDraft(no, QStringLiteral("Leave may be granted.\n\nPlaced for approval."));
        putUp("clerk.gad1", no);
        QCOMPARE(queriesOf("so.gad1").inbox(user("so.gad1").session).size(), 1);
        QCOMPARE(queriesOf("so.fin1").inbox(user("so.fin1").session).size(), 0);
        as("so.gad1").open(no);
        as("so.gad1").saveDraft(no, QStringLiteral("Examined; recommended."));
        putUp("so.gad1", no);
        QCOMPARE(
            as("us.gad").approve(no, QStringLiteral("Approved as proposed."), QStringLiteral("ASST-GAD1")),
            QStringLiteral("ASST-GAD1"));
        as("clerk.gad1").close(no, QStringLiteral("C"), QStringLiteral("Leave order issued."));
        const FileDetail d = queriesOf("clerk.gad1").detail(user("clerk.gad1").session, no);
        QCOMPARE(d.summary.status, FileStatus::Closed);
        QCOMPARE(d.notes.size(), 4);
        QCOMPARE(d.movements.size(), 3);
        as("clerk.gad1").reopen(no, QStringLiteral("Leave extended"));
        as("clerk.gad1").park(no, QStringLiteral("Awaiting the medical certificate"), QDate(2100, 1, 1));
        as("clerk.gad1").unpark(no);
        // A receipt diarised and filed, a link, on the users' connections.
        DiariseRequest r;
        r.fileName = QStringLiteral("letter.pdf");
        r.sender = QStringLiteral("Collector");
        r.subject = QStringLiteral("Medical certificate");
        r.content = letter();
        const QString diary =
            ReceiptService(dbOf("clerk.gad1"), *m_clock, user("clerk.gad1").session, m_inspector).diarise(r);
        as("clerk.gad1").putReceipt(no, diary);
        const QString other = newFile("clerk.gad1", QStringLiteral("Leave rules"));
        as("clerk.gad1").link(no, other);
        QCOMPARE(queriesOf("clerk.gad1").detail(user("clerk.gad1").session, no).papers.size(), 1);
        const auto v = EventLog(*m_admin).verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
    }

    void signedFileOpensForEveryRole()
    {
        // Issue 16: officers enrolled on their own connections, certified; their notes and the
        // decision signed; then the file opens as each role that may see it (clerk, officers,
        // the reviewer) with its signatures readable and valid.
        KeyService(*m_admin, *m_clock, OrgService(*m_admin, *m_clock).sessionFor(QStringLiteral("admin")))
            .createAuthority(QStringLiteral("Government of Madhya Pradesh"),
                             QStringLiteral("authority-pass"));
        for (const char *login : {"clerk.gad1", "so.gad1", "us.gad"}) {
            access::UserConnection &u = user(login);
            u.session.signer = KeyService(*u.db, *m_clock, u.session).enrol(kPw);
        }
        KeyService(*m_admin, *m_clock, OrgService(*m_admin, *m_clock).sessionFor(QStringLiteral("admin")))
            .certify({}, QStringLiteral("authority-pass"), 365);
        const QString no = newFile("clerk.gad1", QStringLiteral("Signed: grant of leave"));
        as("clerk.gad1").saveDraft(no, QStringLiteral("Leave may be granted."));
        putUp("clerk.gad1", no);
        as("so.gad1").saveDraft(no, QStringLiteral("Recommended."));
        putUp("so.gad1", no);
        as("us.gad").approve(no, QStringLiteral("Approved."), QStringLiteral("ASST-GAD1"));
        QCOMPARE(adminId(QStringLiteral("SELECT COUNT(*) FROM signatures WHERE object_table = 'notes'")), 3);
        // (An administrator opens no files at all, signed or not.)
        for (const char *login : {"clerk.gad1", "so.gad1", "us.gad", "cs"}) {
            FileDetail d;
            try {
                d = queriesOf(login).detail(user(login).session, no);
            } catch (const NastiError &e) {
                QFAIL(qPrintable(QStringLiteral("%1 cannot open the signed file: %2")
                                     .arg(QString::fromLatin1(login), e.message())));
            }
            QCOMPARE(d.notes.size(), 3);
            for (const NoteView &n : d.notes)
                QVERIFY2(n.signature == NoteView::Signature::Valid,
                         qPrintable(QStringLiteral("%1 sees note %2 unsigned or broken")
                                        .arg(QString::fromLatin1(login))
                                        .arg(n.id)));
        }
        const auto v = EventLog(*m_admin).verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
    }

    void chargeHandoverAndNewUsersAsRoles()
    {
        OrgService org(*m_admin, *m_clock);
        org.addUser(QStringLiteral("new.so"), QStringLiteral("New Officer"), Role::Officer, kPw, {});
        const QString no = newFile("clerk.gad1", QStringLiteral("Handover"));
        putUp("clerk.gad1", no);
        org.transferPost(QStringLiteral("SO-GAD1"), QStringLiteral("new.so"));
        // The new holder sees and moves the post's files with his own login.
        QCOMPARE(queriesOf("new.so").inbox(user("new.so").session).size(), 1);
        ForwardRequest r;
        r.fileNo = no;
        r.target = ForwardRequest::Target::Back;
        as("new.so").forward(r);
        if (pg()) {
            // The old holder's login no longer sees the post's inbox.
            m_users.erase(QStringLiteral("so.gad1"));
            QCOMPARE(
                raw(dbOf("so.gad1"), QStringLiteral("SELECT COUNT(*) FROM files WHERE holder_post_id = %1")
                                         .arg(postId("ASST-GAD1")))
                    .rows,
                0);
            // A role of that name that is not a Nasti login is never taken over.
            m_admin->execRaw(QStringLiteral("CREATE ROLE \"%1intruder\" LOGIN").arg(m_t->rolePrefix()));
            QVERIFY(refusal([&] {
                        org.addUser(QStringLiteral("intruder"), QStringLiteral("X"), Role::Admin, kPw, {});
                    }).contains(QLatin1String("not a Nasti login")));
            QVERIFY(!org.user(QStringLiteral("intruder")));
        }
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
