// The database is the last line of defence (issue 12, DESIGN.md rule 7): every
// forgery, theft, hiding and stall an ordinary login could try with psql, each as its
// own named row, run as the users' own login roles; and on SQLite, the same forgeries
// made behind the application's back with the sqlite3 shell, caught by verify.
//
// - everyTableEveryWrite: every table x UPDATE/DELETE/TRUNCATE/INSERT x each job
//   role changes nothing (a table's content fingerprint, read as the superuser, is the
//   same before and after; most are refused outright).
// - namedAttacks: the attacks found by trying the product, each refused or made
//   harmless (the server derives what the attacker tried to choose).
// - nobodyStallsTheOffice: a user who locks a table and idles in his transaction
//   costs a writer one "busy, nothing was changed"; the next try goes through.
// - sqliteForgeriesAreCaughtByVerify: the shell cannot write history at all (it lacks
//   the application's functions); with the triggers dropped, verify names the forgery.
#include "support/testdatabase.h"

#include "access/connect.h"
#include "client/clientqueries.h"
#include "letters/faircopypdf.h"
#include "pdf/popplerinspector.h"
#include "security/eventlog.h"
#include "services/draftservice.h"
#include "services/fileservice.h"
#include "services/followupservice.h"
#include "services/keyservice.h"
#include "services/orgservice.h"
#include "services/receiptservice.h"
#include "util/error.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace nasti;

namespace {
const QString kPw = QStringLiteral("pw");

QByteArray letter(const char *name)
{
    QFile f(QStringLiteral(NASTI_SOURCE_DIR "/resources/demo/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing demo letter %s", name);
    return f.readAll();
}

struct Psql
{
    int code = -1;
    QString out, err;
};

// The tables of the schema, and a column each to "update" with itself.
const std::map<QString, QString> &tables()
{
    static const std::map<QString, QString> t = {
        {QStringLiteral("settings"), QStringLiteral("key")},
        {QStringLiteral("departments"), QStringLiteral("code")},
        {QStringLiteral("sections"), QStringLiteral("code")},
        {QStringLiteral("users"), QStringLiteral("login")},
        {QStringLiteral("posts"), QStringLiteral("holder_user_id")},
        {QStringLiteral("holidays"), QStringLiteral("day")},
        {QStringLiteral("counters"), QStringLiteral("last_value")},
        {QStringLiteral("files"), QStringLiteral("holder_post_id")},
        {QStringLiteral("notes"), QStringLiteral("body")},
        {QStringLiteral("movements"), QStringLiteral("to_post_id")},
        {QStringLiteral("attachments"), QStringLiteral("content")},
        {QStringLiteral("receipts"), QStringLiteral("sender")},
        {QStringLiteral("file_papers"), QStringLiteral("receipt_id")},
        {QStringLiteral("file_links"), QStringLiteral("linked_file_id")},
        {QStringLiteral("events"), QStringLiteral("payload")},
        {QStringLiteral("chain_head"), QStringLiteral("hash")},
        {QStringLiteral("event_queue"), QStringLiteral("payload")},
        {QStringLiteral("review_weeks"), QStringLiteral("dak")},
        {QStringLiteral("review_rollup"), QStringLiteral("pending")},
        {QStringLiteral("review_longest"), QStringLiteral("since")},
        {QStringLiteral("schema_version"), QStringLiteral("version")},
        // Schema step 9 (letterheads are the administrator's to change, and each change is stamped).
        {QStringLiteral("drafts"), QStringLiteral("kind")},
        {QStringLiteral("draft_versions"), QStringLiteral("body")},
        {QStringLiteral("draft_approvals"), QStringLiteral("designation")},
        {QStringLiteral("issued_letters"), QStringLiteral("pdf_sha256")},
        {QStringLiteral("dispatch_entries"), QStringLiteral("postage_paise")},
        {QStringLiteral("followups"), QStringLiteral("level")},
        {QStringLiteral("file_calls"), QStringLiteral("direction")},
        {QStringLiteral("categories"), QStringLiteral("default_days")},
        {QStringLiteral("category_limits"), QStringLiteral("days")},
        // Schema step 12: signatures (rows appended by the server's rules only; an
        // administrator inserts authorities, certificates and revocations, a user his own
        // key and signatures; nobody updates, deletes or truncates them).
        {QStringLiteral("signing_authorities"), QStringLiteral("x509_ca")},
        {QStringLiteral("signing_keys"), QStringLiteral("sealed_secret")},
        {QStringLiteral("key_certificates"), QStringLiteral("x509_certificate")},
        {QStringLiteral("key_revocations"), QStringLiteral("reason")},
        {QStringLiteral("signatures"), QStringLiteral("signature")},
        // Schema step 17: done actions' keys (written by nasti_action_done() only).
        {QStringLiteral("done_actions"), QStringLiteral("result")},
        // Schema step 18: DSC tokens (an administrator trusts external CAs and registers
        // tokens; revocations also by the server's own triggers; nothing changes afterwards).
        {QStringLiteral("trusted_cas"), QStringLiteral("certificate")},
        {QStringLiteral("dsc_tokens"), QStringLiteral("user_id")},
        {QStringLiteral("dsc_token_revocations"), QStringLiteral("reason")},
        // Schema step 24: the running week's stored days (the owner's, as the rollup).
        {QStringLiteral("review_days"), QStringLiteral("computed_at")},
        {QStringLiteral("review_day_flows"), QStringLiteral("received")},
        // Schema step 26: the posts' inbox stamps (the linker's only).
        {QStringLiteral("inbox_stamps"), QStringLiteral("seq")},
    };
    return t;
}
} // namespace

class TestAttacks : public QObject
{
    Q_OBJECT

    test::TestDatabase m_t;
    std::unique_ptr<Database> m_admin; // the URL's own (superuser) connection
    std::unique_ptr<ManualClock> m_clock;
    std::map<QString, access::UserConnection> m_users;
    PopplerInspector m_inspector;
    QMap<QString, QString> m_vars; // {name} -> value, for the attack SQL

    bool pg() const { return m_admin->isPostgres(); }

    Session sessionOf(const char *login)
    {
        return OrgService(*m_admin, *m_clock).sessionFor(QString::fromLatin1(login));
    }
    FileService as(const char *login) { return FileService(*m_admin, *m_clock, sessionOf(login)); }

    QString value(const QString &sql) { return m_admin->scalar(sql).toString(); }

    QString newFile(const char *login, const char *section, const QString &subject, Grading grading)
    {
        CreateFileRequest r;
        r.sectionCode = QString::fromLatin1(section);
        r.subject = subject;
        r.grading = grading;
        return as(login).create(r);
    }
    void putUp(const char *login, const QString &no)
    {
        ForwardRequest r;
        r.fileNo = no;
        r.target = ForwardRequest::Target::Up;
        r.action = ActionAsked::Approval;
        as(login).forward(r);
    }
    QString diarise(const char *login, const char *pdf, Grading grading)
    {
        DiariseRequest d;
        d.fileName = QString::fromLatin1(pdf);
        d.sender = QStringLiteral("Collector, Bhopal");
        d.subject = QStringLiteral("A letter");
        d.content = letter(pdf);
        d.grading = grading;
        return ReceiptService(*m_admin, *m_clock, sessionOf(login), m_inspector).diarise(d);
    }

    QString expand(QString sql) const
    {
        for (auto it = m_vars.cbegin(); it != m_vars.cend(); ++it)
            sql.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
        return sql;
    }

    Psql psql(const QString &login, const QString &sql)
    {
        const DbUrl url = m_t.url();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGHOST"), url.host);
        env.insert(QStringLiteral("PGPORT"), QString::number(url.port));
        env.insert(QStringLiteral("PGDATABASE"), url.database);
        env.insert(QStringLiteral("PGUSER"), m_t.rolePrefix() + login);
        env.insert(QStringLiteral("PGPASSWORD"), kPw);
        env.insert(QStringLiteral("PGCLIENTENCODING"), QStringLiteral("UTF8"));
        env.remove(QStringLiteral("PGSERVICE"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"), QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), expand(sql)});
        if (!p.waitForFinished(60000))
            qFatal("psql did not finish");
        return Psql{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                    QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
                    QString::fromUtf8(p.readAllStandardError()).trimmed()};
    }

    // A table's whole content, as the superuser sees it.
    QString fingerprint(const QString &table)
    {
        return value(
            QStringLiteral(
                "SELECT md5(COALESCE(string_agg(CAST(t AS text), ',' ORDER BY CAST(t AS text)), '')) "
                "FROM %1 t")
                .arg(table));
    }

    void requireVerifyOk()
    {
        const EventLog::VerifyResult v = EventLog(*m_admin).verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
    }

private slots:
    void initTestCase()
    {
        m_admin = m_t.create();
        m_clock = std::make_unique<ManualClock>(
            QDateTime(QDate(2026, 3, 2), QTime(10, 0), Clock::officeZone()).toMSecsSinceEpoch());
        test::seedSmallOffice(*m_admin, *m_clock);
        // A department head (level 5) for the graded-content rows.
        OrgService org(*m_admin, *m_clock);
        org.addPost(QStringLiteral("PS-GAD"), QStringLiteral("Principal Secretary, GAD"),
                    QStringLiteral("प्रमुख सचिव"), QStringLiteral("GAD"), {}, 5, QStringLiteral("CS"));
        org.addUser(QStringLiteral("ps.gad"), QStringLiteral("Kavita Rao"), Role::Officer, kPw,
                    QStringLiteral("PS-GAD"));

        const QString gad = newFile("clerk.gad1", "GAD-1", QStringLiteral("Revision of DA"), Grading::Normal);
        putUp("clerk.gad1", gad); // now with SO-GAD1
        const QString conf =
            newFile("clerk.gad1", "GAD-1", QStringLiteral("Confidential: an inquiry"), Grading::Confidential);
        const QString secret =
            newFile("clerk.gad1", "GAD-1", QStringLiteral("Secret: cabinet note"), Grading::Secret);
        putUp("clerk.gad1", secret);
        const QString fin =
            newFile("clerk.fin1", "FIN-1", QStringLiteral("Budget estimates"), Grading::Normal);
        putUp("clerk.fin1", fin); // now with SO-FIN1
        const QString receipt = diarise("clerk.gad1", "letter-da-revision.pdf", Grading::Normal);
        const QString secretReceipt = diarise("clerk.gad1", "letter-budget-circular.pdf", Grading::Secret);
        // A letter drafted, approved and issued from GAD-1 to FIN-1 through Nasti (schema step 9).
        const QString letterFile =
            newFile("clerk.gad1", "GAD-1", QStringLiteral("Holidays 2027"), Grading::Normal);
        {
            NewDraftRequest dr;
            dr.fileNo = letterFile;
            dr.content.subject = QStringLiteral("Holidays 2027");
            Addressee fin;
            fin.name = QStringLiteral("Finance");
            fin.mode = QStringLiteral("nasti");
            fin.section = QStringLiteral("FIN-1");
            Addressee post;
            post.name = QStringLiteral("The Accountant General");
            dr.content.addressees = {fin, post};
            dr.content.bodyHtml = QStringLiteral("<p>The list is enclosed.</p>");
            DraftService(*m_admin, *m_clock, sessionOf("clerk.gad1"), &m_inspector).create(dr);
            putUp("clerk.gad1", letterFile);
            DraftService(*m_admin, *m_clock, sessionOf("so.gad1"), &m_inspector)
                .approve(letterFile, 1, 0, {});
            const FairCopyPdf renderer;
            DraftService(*m_admin, *m_clock, sessionOf("so.gad1"), &m_inspector)
                .issue(letterFile, 1, renderer);
        }

        auto id = [&](const QString &table, const QString &col, const QString &v) {
            return value(QStringLiteral("SELECT id FROM %1 WHERE %2 = '%3'").arg(table, col, v));
        };
        m_vars = {
            {QStringLiteral("F_gad"), id(QStringLiteral("files"), QStringLiteral("file_no"), gad)},
            {QStringLiteral("F_conf"), id(QStringLiteral("files"), QStringLiteral("file_no"), conf)},
            {QStringLiteral("F_secret"), id(QStringLiteral("files"), QStringLiteral("file_no"), secret)},
            {QStringLiteral("F_fin"), id(QStringLiteral("files"), QStringLiteral("file_no"), fin)},
            {QStringLiteral("R_gad"), id(QStringLiteral("receipts"), QStringLiteral("diary_no"), receipt)},
            {QStringLiteral("R_secret"),
             id(QStringLiteral("receipts"), QStringLiteral("diary_no"), secretReceipt)},
        };
        m_vars.insert(QStringLiteral("R_sha"),
                      value(QStringLiteral("SELECT attachment_sha256 FROM receipts WHERE id = %1")
                                .arg(m_vars.value(QStringLiteral("R_gad")))));
        m_vars.insert(QStringLiteral("M_gad"),
                      value(QStringLiteral("SELECT MIN(id) FROM movements WHERE file_id = %1")
                                .arg(m_vars.value(QStringLiteral("F_gad")))));
        for (const char *code : {"ASST-GAD1", "SO-GAD1", "US-GAD", "ASST-FIN1", "SO-FIN1", "CS"})
            m_vars.insert(QStringLiteral("post:") + QString::fromLatin1(code),
                          id(QStringLiteral("posts"), QStringLiteral("code"), QString::fromLatin1(code)));
        for (const char *login : {"clerk.gad1", "so.gad1", "clerk.fin1", "so.fin1", "admin", "cs"})
            m_vars.insert(QStringLiteral("user:") + QString::fromLatin1(login),
                          id(QStringLiteral("users"), QStringLiteral("login"), QString::fromLatin1(login)));
        for (const char *code : {"GAD-1", "FIN-1"})
            m_vars.insert(QStringLiteral("section:") + QString::fromLatin1(code),
                          id(QStringLiteral("sections"), QStringLiteral("code"), QString::fromLatin1(code)));
        m_vars.insert(QStringLiteral("V_letter"),
                      value(QStringLiteral("SELECT MIN(id) FROM draft_versions")));
        m_vars.insert(QStringLiteral("D_letter"), value(QStringLiteral("SELECT MIN(id) FROM drafts")));
        m_vars.insert(QStringLiteral("L_letter"),
                      value(QStringLiteral("SELECT MIN(id) FROM issued_letters")));
        // Follow-up (issue 17): the Chief Secretary calls for the GAD file.
        m_vars.insert(QStringLiteral("C_gad"),
                      QString::number(FollowupService(*m_admin, *m_clock, sessionOf("cs"))
                                          .call(gad, QStringLiteral("call"),
                                                QStringLiteral("Put up by Friday"), QDate(2026, 3, 6))));
        // Signatures (issue 16), by officers no attack below acts as: the authority, two keys
        // certified, a note the Under Secretary signs as the file leaves him, one revocation.
        {
            KeyService(*m_admin, *m_clock, sessionOf("admin"))
                .createAuthority(QStringLiteral("Government of Madhya Pradesh"),
                                 QStringLiteral("authority-pass"));
            Session us = sessionOf("us.gad");
            us.signer = KeyService(*m_admin, *m_clock, us).enrol(kPw);
            const Session ps = sessionOf("ps.gad");
            KeyService(*m_admin, *m_clock, ps).enrol(kPw);
            KeyService(*m_admin, *m_clock, sessionOf("admin"))
                .certify({}, QStringLiteral("authority-pass"), 365);
            const QString signedFile =
                newFile("clerk.gad1", "GAD-1", QStringLiteral("Signed: leave rules"), Grading::Normal);
            putUp("clerk.gad1", signedFile);
            putUp("so.gad1", signedFile);
            FileService(*m_admin, *m_clock, us).saveDraft(signedFile, QStringLiteral("Approved; put up."));
            ForwardRequest r;
            r.fileNo = signedFile;
            r.target = ForwardRequest::Target::Up;
            r.action = ActionAsked::Approval;
            FileService keyed(*m_admin, *m_clock, us); // (a done action's key, for the attacks on it)
            keyed.setActionKey(ActionKey::fresh());
            keyed.forward(r);
            // A trusted external CA and a DSC token registered to ps.gad (the rows as the
            // administrator's tool writes them; the revocation below revokes it too).
            const qint64 now = m_clock->nowMs();
            m_admin->exec(
                QStringLiteral("INSERT INTO trusted_cas (name, certificate, fingerprint, added_at, "
                               "added_by_user_id) VALUES ('Licensed CA', '-----BEGIN CERTIFICATE-----', "
                               ":fp, :now, {admin})")
                    .replace(QStringLiteral("{admin}"), m_vars.value(QStringLiteral("user:admin"))),
                {{QStringLiteral("now"), now}, {QStringLiteral("fp"), QString(64, QLatin1Char('c'))}});
            m_admin->exec(
                QStringLiteral("INSERT INTO dsc_tokens (user_id, ca_id, posts, certificate, fingerprint, "
                               "subject, valid_from, valid_until, module_path, registered_at, "
                               "registered_by_user_id) SELECT u.id, (SELECT MIN(id) FROM trusted_cas), "
                               "'PS-GAD', '-----BEGIN CERTIFICATE-----', :fp, 'P S', :now, "
                               ":until, '/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so', :now, {admin} "
                               "FROM users u WHERE u.login = 'ps.gad'")
                    .replace(QStringLiteral("{admin}"), m_vars.value(QStringLiteral("user:admin"))),
                {{QStringLiteral("now"), now},
                 {QStringLiteral("until"), now + 86400000LL * 365},
                 {QStringLiteral("fp"), QString(64, QLatin1Char('d'))}});
            KeyService(*m_admin, *m_clock, sessionOf("admin"))
                .revoke(QStringLiteral("ps.gad"), QStringLiteral("compromised"));
            for (const char *t :
                 {"signing_authorities", "signing_keys", "key_certificates", "key_revocations", "signatures",
                  "trusted_cas", "dsc_tokens", "dsc_token_revocations"})
                QVERIFY2(
                    value(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(t))).toInt() > 0,
                    t);
        }
        requireVerifyOk();
    }

    void everyTableEveryWrite_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("sql");
        for (const char *login : {"clerk.gad1", "so.gad1", "cs", "admin"}) {
            for (const auto &[table, column] : tables()) {
                const QString l = QString::fromLatin1(login);
                auto row = [&](const char *op, const QString &sql) {
                    QTest::addRow("%s %s %s", login, op, qPrintable(table)) << l << table << sql;
                };
                row("UPDATE", QStringLiteral("UPDATE %1 SET %2 = %2").arg(table, column));
                row("DELETE", QStringLiteral("DELETE FROM %1").arg(table));
                row("TRUNCATE", QStringLiteral("TRUNCATE %1 CASCADE").arg(table));
                row("INSERT", QStringLiteral("INSERT INTO %1 SELECT * FROM %1").arg(table));
            }
        }
    }

    void everyTableEveryWrite()
    {
        if (!pg())
            QSKIP(
                "grants and row-level security are PostgreSQL's (SQLite: sqliteForgeriesAreCaughtByVerify)");
        QFETCH(QString, login);
        QFETCH(QString, table);
        QFETCH(QString, sql);
        const QString before = fingerprint(table);
        const Psql r = psql(login, sql);
        QVERIFY2(fingerprint(table) == before,
                 qPrintable(QStringLiteral("%1 changed %2: %3").arg(login, table, r.out)));
    }

    void namedAttacks_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("sql");
        // "refused", or the output the statement must print (what the server made of it).
        QTest::addColumn<QString>("expect");
        QTest::addColumn<QString>("untouched"); // tables whose content must not change
        auto row = [](const char *name, const char *login, const QString &sql, const QString &expect,
                      const char *untouched) {
            QTest::newRow(name) << QString::fromLatin1(login) << sql << expect
                                << QString::fromLatin1(untouched);
        };
        const QString refused = QStringLiteral("refused");
        // Forged history that verify would accept.
        row("finance officer appends a closing event for a GAD file", "so.fin1",
            QStringLiteral(
                "INSERT INTO events (seq, at, kind, user_id, post_id, file_id, payload, prev_hash, hash) "
                "SELECT seq + 1, 0, 'file.closed', NULL, NULL, {F_gad}, '{}', hash, md5('x') FROM "
                "chain_head"),
            refused, "events chain_head");
        row("reviewer takes the next sequence number", "cs",
            QStringLiteral("INSERT INTO events (seq, at, kind, payload, prev_hash, hash) "
                           "SELECT seq + 1, 0, 'x', '{}', hash, md5('y') FROM chain_head"),
            refused, "events chain_head");
        row("user records an action key no action of his wrote", "so.fin1",
            QStringLiteral("SELECT nasti_action_done('forged-action-key', 'file.forward', 'CS')"), refused,
            "done_actions");
        row("user moves the chain head", "cs",
            QStringLiteral("UPDATE chain_head SET seq = seq + 1, hash = md5('z')"), refused, "chain_head");
        row("user locks the chain head", "so.fin1", QStringLiteral("SELECT * FROM chain_head FOR UPDATE"),
            refused, "chain_head");
        row("user queues an event", "so.fin1",
            QStringLiteral("INSERT INTO event_queue (at, kind, payload) VALUES (0, 'file.closed', '{}')"),
            refused, "event_queue events");
        row("user calls the event writer", "so.fin1",
            QStringLiteral("SELECT nasti_emit(0, 'file.closed', NULL, NULL, {F_gad}, '{}'::jsonb)"), refused,
            "event_queue events");
        // Another department's letters.
        row("finance officer puts a GAD receipt into his file", "so.fin1",
            QStringLiteral("INSERT INTO file_papers (file_id, receipt_id, position, flag, first_page, "
                           "added_at, added_by_post_id) "
                           "VALUES ({F_fin}, {R_gad}, 1, 'PUC', 1, 0, {post:SO-FIN1})"),
            refused, "file_papers");
        row("filed or not: a missing receipt gets the same answer", "so.fin1",
            QStringLiteral("INSERT INTO file_papers (file_id, receipt_id, position, flag, first_page, "
                           "added_at, added_by_post_id) "
                           "VALUES ({F_fin}, 987654, 1, 'PUC', 1, 0, {post:SO-FIN1})"),
            refused, "file_papers");
        row("finance officer reads the GAD letter", "so.fin1",
            QStringLiteral("SELECT count(*) FROM receipts WHERE id = {R_gad}"), QStringLiteral("0"), "");
        // Poisoned documents.
        row("bytes stored under another document's SHA-256", "clerk.fin1",
            QStringLiteral(
                "INSERT INTO attachments (sha256, byte_size, mime_type, page_count, content, created_at) "
                "VALUES (repeat('a', 64), 3, 'application/pdf', 1, CAST('abc' AS bytea), 0)"),
            refused, "attachments");
        row("which documents exist? no answer", "clerk.fin1",
            QStringLiteral("SELECT CAST(nasti_can_read_attachment('{R_sha}') AS text) || "
                           "CAST(nasti_can_read_attachment(repeat('b', 64)) AS text)"),
            QStringLiteral("falsefalse"), "");
        // Schema step 19: a receipt's page count and size through the receipt itself.
        row("a GAD letter's pages through its receipt id: no answer", "clerk.fin1",
            QStringLiteral("SELECT count(*) FROM nasti_receipt_attachment({R_gad})"), QStringLiteral("0"),
            "");
        row("a Secret letter's pages through its receipt id: no answer for the reviewer", "cs",
            QStringLiteral("SELECT count(*) FROM nasti_receipt_attachment({R_secret})"), QStringLiteral("0"),
            "");
        row("a missing receipt's pages: the same answer", "clerk.fin1",
            QStringLiteral("SELECT count(*) FROM nasti_receipt_attachment(987654)"), QStringLiteral("0"), "");
        row("the diarising clerk reads his letter's pages", "clerk.gad1",
            QStringLiteral("SELECT count(*) FROM nasti_receipt_attachment({R_gad}) WHERE page_count > 0"),
            QStringLiteral("1"), "");
        // Schema step 20: the open files for a whole-office review, from the index.
        row("an officer asks for the whole office's open files: no rows", "so.fin1",
            QStringLiteral("SELECT count(*) FROM nasti_review_open_files(9000000000000)"),
            QStringLiteral("0"), "");
        row("a department head asks for them too: no rows (his review reads his scope)", "ps.gad",
            QStringLiteral("SELECT count(*) FROM nasti_review_open_files(9000000000000)"),
            QStringLiteral("0"), "");
        row("the reviewer gets exactly the open files the review view gives him", "cs",
            QStringLiteral("SELECT CAST((SELECT count(*) FROM nasti_review_open_files(9000000000000)) = "
                           "(SELECT count(*) FROM review_files WHERE status <> 'closed') AS text)"),
            QStringLiteral("true"), "");
        // Schema step 23: the running week's pendency per holder, counted in the function.
        row("an officer asks for the whole office's pendency by holder: no rows", "so.fin1",
            QStringLiteral("SELECT count(*) FROM nasti_review_pending_by_holder(9000000000000, 99999, "
                           "'{7}', '{99990}')"),
            QStringLiteral("0"), "");
        row("a department head asks for it too: no rows", "ps.gad",
            QStringLiteral("SELECT count(*) FROM nasti_review_pending_by_holder(9000000000000, 99999, "
                           "'{7}', '{99990}')"),
            QStringLiteral("0"), "");
        row("the reviewer's count is the open files the review view gives him", "cs",
            QStringLiteral(
                "SELECT CAST((SELECT sum(pending) FROM nasti_review_pending_by_holder(9000000000000, "
                "99999, '{7}', '{99990}')) = (SELECT count(*) FROM review_files WHERE status <> "
                "'closed') AS text)"),
            QStringLiteral("true"), "");
        // Forged notes and approvals.
        row("clerk writes an approval signed Chief Secretary", "clerk.gad1",
            QStringLiteral(
                "INSERT INTO notes (file_id, kind, author_user_id, author_post_id, author_name, designation, "
                "body, "
                "created_at, updated_at) VALUES ({F_conf}, 'approval', {user:clerk.gad1}, {post:ASST-GAD1}, "
                "'Chief Secretary', 'Chief Secretary', 'Approved.', 0, 0)"),
            refused, "notes");
        row("a note signed with another's name carries the author's own", "clerk.gad1",
            QStringLiteral("BEGIN; INSERT INTO notes (file_id, kind, author_user_id, author_post_id, "
                           "author_name, designation, "
                           "body, created_at, updated_at) VALUES ({F_conf}, 'note', {user:clerk.gad1}, "
                           "{post:ASST-GAD1}, "
                           "'Chief Secretary', 'Chief Secretary', 'Noted.', 0, 0) "
                           "RETURNING author_name || '|' || designation || '|' || CAST(created_at > 1000 AS "
                           "text); ROLLBACK;"),
            QStringLiteral("Ramesh Kumar|Assistant, GAD-1|true"), "notes");
        row("holder sets the approval himself", "so.gad1",
            QStringLiteral(
                "UPDATE files SET approved_at = 1, approved_by_post_id = {post:SO-GAD1} WHERE id = {F_gad}"),
            refused, "files");
        row("clerk closes a file nobody approved", "clerk.gad1",
            QStringLiteral(
                "UPDATE files SET status = 'closed', retention = 'A', closed_at = 1 WHERE id = {F_conf}"),
            refused, "files");
        // Custody by replay.
        row("holder points custody at an old movement", "so.gad1",
            QStringLiteral("UPDATE files SET holder_post_id = {post:ASST-GAD1}, last_movement_id = {M_gad}, "
                           "sent_by_post_id = NULL, opened_at = NULL WHERE id = {F_gad}"),
            refused, "files");
        row("holder winds the version back", "so.gad1",
            QStringLiteral("UPDATE files SET version = version - 1 WHERE id = {F_gad}"), refused, "files");
        row("a movement's author and time are the server's", "so.gad1",
            QStringLiteral("BEGIN; INSERT INTO movements (file_id, kind, from_post_id, to_post_id, "
                           "by_user_id, sent_at, file_version) "
                           "SELECT id, 'forward', {post:SO-GAD1}, {post:US-GAD}, {user:so.gad1}, 1, version "
                           "FROM files WHERE id = {F_gad} "
                           "RETURNING CAST(sent_at > 1000 AS text); "
                           "SELECT p.code FROM files f JOIN posts p ON p.id = f.holder_post_id WHERE f.id = "
                           "{F_gad}; ROLLBACK;"),
            QStringLiteral("true\nUS-GAD"), "movements files");
        row("a movement's arrival is the server's", "so.gad1",
            QStringLiteral(
                "BEGIN; INSERT INTO movements (file_id, kind, from_post_id, to_post_id, "
                "by_user_id, sent_at, file_version, arrived_at) "
                "SELECT id, 'forward', {post:SO-GAD1}, {post:US-GAD}, {user:so.gad1}, 1, version, 1 "
                "FROM files WHERE id = {F_gad} "
                "RETURNING CAST(arrived_at > 1 AS text); ROLLBACK;"),
            QStringLiteral("true"), "movements files");
        // Silent take-over.
        row("administrator puts himself on a post", "admin",
            QStringLiteral("UPDATE posts SET holder_user_id = {user:admin} WHERE code = 'SO-GAD1'"), refused,
            "posts");
        row("an officer calls the charge function", "so.gad1",
            QStringLiteral("SELECT nasti_transfer_charge({post:US-GAD}, {user:so.gad1})"), refused, "posts");
        // Numbers and sections.
        row("finance clerk opens a file in GAD-1", "clerk.fin1",
            QStringLiteral("INSERT INTO files (file_no, section_id, year, serial, subject, head, "
                           "created_post_id, created_user_id, "
                           "created_at, holder_post_id, holder_since) VALUES ('X-1', {section:GAD-1}, 2026, "
                           "99, 's', 'A', "
                           "{post:ASST-FIN1}, {user:clerk.fin1}, 0, {post:ASST-FIN1}, 0)"),
            refused, "files counters");
        row("a file's number is the server's", "clerk.gad1",
            QStringLiteral(
                "BEGIN; INSERT INTO files (file_no, section_id, year, serial, subject, head, "
                "created_post_id, "
                "created_user_id, created_at, holder_post_id, holder_since) VALUES ('FORGED/1', "
                "{section:GAD-1}, 1999, "
                "999, 's', 'A', {post:ASST-GAD1}, {user:clerk.gad1}, 0, {post:ASST-GAD1}, 0) "
                "RETURNING CAST(file_no <> 'FORGED/1' AND serial <> 999 AND year > 2000 AS text); ROLLBACK;"),
            QStringLiteral("true"), "files counters");
        row("clerk winds a counter back", "clerk.gad1",
            QStringLiteral("UPDATE counters SET last_value = last_value - 1"), refused, "counters");
        row("clerk reads the counters", "clerk.fin1", QStringLiteral("SELECT count(*) FROM counters"),
            refused, "");
        row("finance clerk diarises into GAD-1", "clerk.fin1",
            QStringLiteral("INSERT INTO receipts (diary_no, section_id, sender, subject, received_at, "
                           "diarised_by_post_id, "
                           "diarised_by_user_id, attachment_sha256) VALUES ('R-X', {section:GAD-1}, 's', "
                           "'s', 0, {post:ASST-FIN1}, "
                           "{user:clerk.fin1}, '{R_sha}')"),
            refused, "receipts");
        // Links.
        row("link to a file one cannot see", "so.fin1",
            QStringLiteral(
                "INSERT INTO file_links (file_id, linked_file_id, linked_at, linked_by_post_id) VALUES "
                "(least({F_fin}, {F_secret}), greatest({F_fin}, {F_secret}), 0, {post:SO-FIN1})"),
            refused, "file_links");
        row("link between two files one does not hold", "clerk.gad1",
            QStringLiteral(
                "INSERT INTO file_links (file_id, linked_file_id, linked_at, linked_by_post_id) VALUES "
                "(least({F_gad}, {F_secret}), greatest({F_gad}, {F_secret}), 0, {post:ASST-GAD1})"),
            refused, "file_links");
        // Graded content.
        row("reviewer reads a Secret file's subject", "cs",
            QStringLiteral("SELECT count(*) FROM files WHERE id = {F_secret}"), QStringLiteral("0"), "");
        row("reviewer reads a Secret file's events", "cs",
            QStringLiteral("SELECT count(*) FROM events WHERE file_id = {F_secret}"), QStringLiteral("0"),
            "");
        row("reviewer reads a Secret file's movements", "cs",
            QStringLiteral("SELECT count(*) FROM movements WHERE file_id = {F_secret}"), QStringLiteral("0"),
            "");
        row("reviewer reads a Secret letter", "cs",
            QStringLiteral("SELECT count(*) FROM receipts WHERE id = {R_secret}"), QStringLiteral("0"), "");
        row("the review counts the Secret file without its content", "cs",
            QStringLiteral("SELECT count(*) || '|' || max(subject) || '|' || max(remarks) FROM review_files "
                           "WHERE id = {F_secret}"),
            QStringLiteral("1||"), "");
        row("the review's Secret letter has no sender", "cs",
            QStringLiteral("SELECT count(*) || '|' || max(sender) || max(subject) FROM review_receipts WHERE "
                           "id = {R_secret}"),
            QStringLiteral("1|"), "");
        row("department head reads a Confidential file off his chain", "ps.gad",
            QStringLiteral("SELECT count(*) FROM files WHERE id = {F_conf}"), QStringLiteral("0"), "");
        row("department head counts it, without its subject", "ps.gad",
            QStringLiteral("SELECT count(*) || '|' || max(subject) FROM review_files WHERE id = {F_conf}"),
            QStringLiteral("1|"), "");
        row("department head reads a Normal file of his department", "ps.gad",
            QStringLiteral("SELECT subject FROM review_files WHERE id = {F_gad}"),
            QStringLiteral("Revision of DA"), "");
        row("nobody ends another's session", "clerk.fin1", QStringLiteral("SELECT nasti_unblock()"),
            QStringLiteral("0"), "");
        // Drafts and dispatch (schema step 9).
        row("another department's drafts are not read", "clerk.fin1",
            QStringLiteral("SELECT count(*) FROM draft_versions"), QStringLiteral("0"), "");
        row("an approval in another officer's name", "so.fin1",
            QStringLiteral(
                "INSERT INTO draft_approvals (draft_version_id, approved_by_post_id, approved_by_user_id, "
                "approver_name, designation, approved_at) VALUES ({V_letter}, {post:SO-GAD1}, "
                "{user:so.gad1}, 'x', 'y', 0)"),
            refused, "draft_approvals");
        row("a version slipped in after the issue", "clerk.gad1",
            QStringLiteral(
                "INSERT INTO draft_versions (draft_id, version, subject, addressees, body, author_user_id, "
                "author_post_id, author_name, designation, created_at) VALUES ({D_letter}, 9, 's', "
                "'[{\"name\":\"x\",\"mode\":\"post\"}]', '<p>x</p>', {user:clerk.gad1}, "
                "{post:ASST-GAD1}, 'a', 'b', 0)"),
            refused, "draft_versions");
        row("a register entry written by hand", "clerk.gad1",
            QStringLiteral(
                "INSERT INTO dispatch_entries (letter_id, position, addressee, mode) VALUES ({L_letter}, 99, "
                "'x', 'post')"),
            refused, "dispatch_entries");
        row("a fair copy exchanged after the issue", "so.gad1",
            QStringLiteral("UPDATE issued_letters SET pdf_sha256 = '{R_sha}'"), refused, "issued_letters");
        row("postage on a letter delivered through Nasti", "so.gad1",
            QStringLiteral("UPDATE dispatch_entries SET postage_paise = 500 WHERE mode = 'nasti'"), refused,
            "dispatch_entries");
        row("a dispatch number taken from the counter", "clerk.gad1",
            QStringLiteral("SELECT nasti_next_serial('dispatch:GAD-1', 2026)"), refused, "counters");
        // Follow-up (schema step 010).
        row("a reminder for a stay that is not the file's", "so.gad1",
            QStringLiteral("INSERT INTO followups (file_id, stay_since, level, at) "
                           "SELECT id, holder_since - 86400000, 1, 0 FROM files WHERE id = {F_gad}"),
            refused, "followups events");
        // (The server's clock is today's: the file of March 2026 is long past its limit.)
        row("a due reminder is the server's own: holder, addressee, days, time", "so.gad1",
            QStringLiteral("BEGIN; INSERT INTO followups (file_id, stay_since, level, at) "
                           "SELECT id, holder_since, 1, 0 FROM files WHERE id = {F_gad} "
                           "RETURNING CAST(to_post_id = {post:SO-GAD1} AND holder_post_id = {post:SO-GAD1} "
                           "AND at > 1000 AND working_days > limit_days AS text); ROLLBACK;"),
            QStringLiteral("true"), "followups events");
        row("a reminder's addressee and days are the server's", "so.gad1",
            QStringLiteral("INSERT INTO followups (file_id, stay_since, level, holder_post_id, to_post_id, "
                           "working_days, limit_days, at) SELECT id, holder_since, 1, {post:SO-FIN1}, "
                           "{post:SO-FIN1}, 99, 0, 0 FROM files WHERE id = {F_gad}"),
            refused, "followups events");
        row("an escalation skips the reminder", "cs",
            QStringLiteral("INSERT INTO followups (file_id, stay_since, level, at) "
                           "SELECT id, holder_since, 2, 0 FROM files WHERE id = {F_gad}"),
            refused, "followups events");
        row("finance clerk calls for a GAD file", "clerk.fin1",
            QStringLiteral(
                "INSERT INTO file_calls (file_id, kind, by_post_id, by_user_id, direction, due_date, "
                "created_at) VALUES ({F_gad}, 'call', {post:ASST-FIN1}, {user:clerk.fin1}, 'x', "
                "'2026-03-10', 0)"),
            refused, "file_calls events");
        row("clerk calls for his Section Officer's file", "clerk.gad1",
            QStringLiteral(
                "INSERT INTO file_calls (file_id, kind, by_post_id, by_user_id, direction, due_date, "
                "created_at) VALUES ({F_gad}, 'watch', {post:ASST-GAD1}, {user:clerk.gad1}, 'x', "
                "'2026-03-10', 0)"),
            refused, "file_calls events");
        row("a call carries its caller's name and the server's time", "cs",
            QStringLiteral("BEGIN; INSERT INTO file_calls (file_id, kind, by_post_id, by_user_id, direction, "
                           "due_date, created_at) VALUES ({F_gad}, 'watch', {post:CS}, {user:so.gad1}, 'x', "
                           "'2026-03-10', 0) RETURNING CAST(by_user_id = {user:cs} AND created_at > 1000 AS "
                           "text); ROLLBACK;"),
            QStringLiteral("true"), "file_calls events");
        row("the caller answers his own call", "cs",
            QStringLiteral("UPDATE file_calls SET answer = 'Done', answered_by_post_id = {post:SO-GAD1}, "
                           "answered_at = 1 WHERE id = {C_gad}"),
            refused, "file_calls events");
        row("the holder rewrites the direction", "so.gad1",
            QStringLiteral("UPDATE file_calls SET direction = 'Nothing wanted' WHERE id = {C_gad}"), refused,
            "file_calls events");
        row("nobody deletes a call", "cs", QStringLiteral("DELETE FROM file_calls WHERE id = {C_gad}"),
            refused, "file_calls");
        row("a file is parked without a review date", "so.gad1",
            QStringLiteral("UPDATE files SET status = 'parked', status_reason = 'x' WHERE id = {F_gad}"),
            refused, "files events");
        row("a file is parked without a reason", "so.gad1",
            QStringLiteral(
                "UPDATE files SET status = 'parked', park_until = '2100-01-01' WHERE id = {F_gad}"),
            refused, "files events");
        row("another department's call is not his to read", "clerk.fin1",
            QStringLiteral("SELECT count(*) FROM file_calls"), QStringLiteral("0"), "");
        row("a user changes a category's clock", "admin",
            QStringLiteral("UPDATE categories SET default_days = 90"), refused, "categories");
    }

    void namedAttacks()
    {
        if (!pg())
            QSKIP("the attacks are made as the users' PostgreSQL login roles");
        QFETCH(QString, login);
        QFETCH(QString, sql);
        QFETCH(QString, expect);
        QFETCH(QString, untouched);
        QMap<QString, QString> before;
        for (const QString &t : untouched.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            before.insert(t, fingerprint(t));
        const Psql r = psql(login, sql);
        if (expect == QLatin1String("refused")) {
            QVERIFY2(r.code != 0, qPrintable(QStringLiteral("accepted: %1").arg(r.out)));
            // The same through the client's own connection (QPSQL, access::connectAs).
            auto it = m_users.find(login);
            if (it == m_users.end())
                it = m_users.emplace(login, access::connectAs(m_t.url(), login, kPw)).first;
            QSqlQuery q(it->second.db->handle());
            QVERIFY2(!q.exec(expand(sql)), "accepted through QSqlDatabase");
            // Refused by a grant, a policy or a rule, never by an accident of the data.
            QVERIFY2(r.err.contains(QLatin1String("permission denied")) ||
                         r.err.contains(QLatin1String("nasti:")) ||
                         r.err.contains(QLatin1String("row-level security")),
                     qPrintable(r.err));
        } else {
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QCOMPARE(r.out, expect);
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(fingerprint(it.key()) == it.value(), qPrintable(it.key() + QStringLiteral(" changed")));
    }

    void nobodyStallsTheOffice()
    {
        if (!pg())
            QSKIP("SQLite has one desktop; its writers wait on one file lock");
        const DbUrl url = m_t.url();
        auto psqlAsAttacker = [&](QProcess &attacker) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PGHOST"), url.host);
            env.insert(QStringLiteral("PGPORT"), QString::number(url.port));
            env.insert(QStringLiteral("PGDATABASE"), url.database);
            env.insert(QStringLiteral("PGUSER"), m_t.rolePrefix() + QStringLiteral("so.fin1"));
            env.insert(QStringLiteral("PGPASSWORD"), kPw);
            attacker.setProcessEnvironment(env);
            attacker.setProcessChannelMode(QProcess::MergedChannels);
            attacker.start(QStringLiteral("psql"),
                           {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At")});
            return attacker.waitForStarted();
        };
        access::UserConnection clerk = access::connectAs(url, QStringLiteral("clerk.gad1"), kPw);
        CreateFileRequest r;
        r.sectionCode = QStringLiteral("GAD-1");
        r.subject = QStringLiteral("Written while someone held a lock");

        // 1. Until schema step 16 this held the chain head, and with it every writer: he
        // records something on a file he holds, forces his deferred work to run at once and
        // idles in his transaction. Events are now linked after COMMIT, so all he holds is
        // his own file.
        {
            QProcess attacker;
            QVERIFY(psqlAsAttacker(attacker));
            attacker.write(
                expand(
                    QStringLiteral("SET idle_in_transaction_session_timeout = 0; SET statement_timeout = 0;\n"
                                   "BEGIN; UPDATE files SET status = 'parked', status_reason = 'x', "
                                   "park_until = '2100-01-01' WHERE id = {F_fin};\n"
                                   "SET CONSTRAINTS ALL IMMEDIATE; SELECT 'locked';\n"))
                    .toUtf8());
            QByteArray said;
            QTRY_VERIFY_WITH_TIMEOUT((said += attacker.readAllStandardOutput()).contains("locked"), 10000);
            QElapsedTimer timer;
            timer.start();
            QVERIFY(!FileService(*clerk.db, *m_clock, clerk.session).create(r).isEmpty());
            QVERIFY2(timer.elapsed() < 3000, "the writer waited for the attacker");
            attacker.kill();
            attacker.waitForFinished();
        }

        // 2. The linker's lock lasts until the caller's transaction ends: he may not take it
        // inside one and idle.
        {
            QProcess attacker;
            QVERIFY(psqlAsAttacker(attacker));
            attacker.write("BEGIN; SELECT nasti_link_events(true);\nROLLBACK; SELECT 'asked';\n");
            QByteArray said;
            QTRY_VERIFY_WITH_TIMEOUT((said += attacker.readAllStandardOutput()).contains("asked"), 10000);
            QVERIFY2(said.contains("nasti:link-in-transaction"), said.constData());
            attacker.kill();
            attacker.waitForFinished();
        }

        // 3. Nor keep the statement that holds it running: writers wait a quarter of a second
        // for the linker, then go on (their events join the chain with the next linker), and
        // the first to time out after he has held it for 10 s has his session ended.
        QProcess attacker;
        QVERIFY(psqlAsAttacker(attacker));
        // (With nothing queued the linker returns before it locks: he queues an event first.)
        attacker.write(expand(QStringLiteral("SET statement_timeout = 0;\nUPDATE files SET delay_reason = "
                                             "'stalling' WHERE id = {F_fin};\nSELECT 'holding';\n"
                                             "SELECT nasti_link_events(false), pg_sleep(120);\n"))
                           .toUtf8());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += attacker.readAllStandardOutput()).contains("holding"), 10000);
        QTest::qWait(11000); // longer than any linker takes
        QElapsedTimer timer;
        timer.start();
        const QString no = FileService(*clerk.db, *m_clock, clerk.session).create(r);
        QVERIFY(!no.isEmpty());
        QVERIFY2(timer.elapsed() < 3000, "the writer waited too long");
        // A reader of events (the review, the sign-in check) waits for the linker, times
        // out and ends his session; so does the first writer or tick that finds an event
        // waiting for over 10 s.
        clerk.db->linkEvents(true);
        QTRY_VERIFY_WITH_TIMEOUT(attacker.state() == QProcess::NotRunning ||
                                     (said += attacker.readAllStandardOutput()).contains("terminat"),
                                 10000);
        attacker.kill();
        attacker.waitForFinished();
        m_admin->linkEvents();
        QCOMPARE(
            value(QStringLiteral("SELECT count(*) FROM events WHERE kind = 'session.ended' AND payload LIKE "
                                 "'%so.fin1%' AND payload LIKE '%chain linker%'")),
            QStringLiteral("1"));
        QCOMPARE(value(QStringLiteral("SELECT waiting FROM nasti_unlinked_events()")), QStringLiteral("0"));
        const EventLog::VerifyResult v = EventLog(*m_admin).verify();
        QVERIFY2(v.ok, qPrintable(v.problem));
    }

    void eventsLeftUnlinkedAreLinkedOrReported()
    {
        if (!pg())
            QSKIP("SQLite links each event inside its own transaction");
        // A client that commits and dies before linking (psql never links): the events wait
        // in the queue, and the next sign-in check (or verify, a notifier tick, anyone's
        // commit) links them.
        const EventLog::ChainHead before = EventLog(*m_admin).head();
        const Psql r = psql(
            QStringLiteral("so.fin1"),
            QStringLiteral("UPDATE files SET delay_reason = 'awaiting the treasury' WHERE id = {F_fin}"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(value(QStringLiteral("SELECT waiting FROM nasti_unlinked_events()")), QStringLiteral("1"));
        QCOMPARE(EventLog(*m_admin).checkSince(before, nullptr), QString());
        QCOMPARE(value(QStringLiteral("SELECT waiting FROM nasti_unlinked_events()")), QStringLiteral("0"));
        QCOMPARE(value(QStringLiteral("SELECT kind FROM events WHERE seq = (SELECT max(seq) FROM events)")),
                 QStringLiteral("file.delay"));
        requireVerifyOk();

        // Kept from linking for more than a minute (the owner's own session holds the
        // linker; no user can): verify says so.
        const Psql q =
            psql(QStringLiteral("so.fin1"),
                 QStringLiteral("UPDATE files SET delay_reason = 'still awaiting' WHERE id = {F_fin}"));
        QVERIFY2(q.code == 0, qPrintable(q.err));
        m_admin->execRaw(
            QStringLiteral("UPDATE event_queue SET queued_at = queued_at - interval '2 minutes'"));
        auto holder = Database::open(m_t.url());
        holder->execRaw(QStringLiteral("BEGIN"));
        holder->execRaw(QStringLiteral("LOCK TABLE chain_linker IN EXCLUSIVE MODE"));
        const EventLog::VerifyResult v = EventLog(*m_admin).verify();
        holder->execRaw(QStringLiteral("ROLLBACK"));
        QVERIFY(!v.ok);
        QVERIFY2(v.problem.contains(QLatin1String("not linked into the chain within a minute")),
                 qPrintable(v.problem));
        requireVerifyOk(); // linked now

        // Refused the lock, a linker says "kept from linking" (-2, its caller then calls
        // nasti_unblock()) only when an event has waited 10 s, not merely because the office
        // was quiet (the last event is old here: the test's clock is years back).
        {
            auto lockHolder = Database::open(m_t.url());
            lockHolder->execRaw(QStringLiteral("BEGIN"));
            lockHolder->execRaw(QStringLiteral("LOCK TABLE chain_linker IN EXCLUSIVE MODE"));
            const QString link = QStringLiteral("SELECT nasti_link_events(false)");
            QCOMPARE(psql(QStringLiteral("so.gad1"), link).out.trimmed(), QStringLiteral("-1"));
            QVERIFY(psql(QStringLiteral("so.fin1"),
                         QStringLiteral("UPDATE files SET delay_reason = 'waiting' WHERE id = {F_fin}"))
                        .code == 0);
            QCOMPARE(psql(QStringLiteral("so.gad1"), link).out.trimmed(), QStringLiteral("-1"));
            m_admin->execRaw(
                QStringLiteral("UPDATE event_queue SET queued_at = queued_at - interval '11 seconds'"));
            QCOMPARE(psql(QStringLiteral("so.gad1"), link).out.trimmed(), QStringLiteral("-2"));
            lockHolder->execRaw(QStringLiteral("ROLLBACK"));
            requireVerifyOk(); // linked now
        }

        // No job role can take or hold the linker's lock.
        for (const char *login : {"clerk.gad1", "so.gad1", "cs", "admin"})
            for (const char *sql :
                 {"LOCK TABLE chain_linker IN EXCLUSIVE MODE", "SELECT * FROM chain_linker FOR UPDATE",
                  "LOCK TABLE chain_linker IN ROW SHARE MODE"}) {
                const Psql l = psql(QString::fromLatin1(login),
                                    QStringLiteral("BEGIN; %1; COMMIT").arg(QLatin1String(sql)));
                QVERIFY2(l.code != 0 && l.err.contains(QLatin1String("permission denied")),
                         qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(login), QLatin1String(sql))));
            }
    }

    // Schema step 026: a movement moves on the stamp of the post it reached, once linked; each
    // user reads his own posts' stamps only (what the desktop's notifier polls).
    void inboxStampsAreEachPostsOwn()
    {
        if (!pg())
            QSKIP("SQLite's notifier reads its own files (one desktop)");
        auto stampOf = [this](const char *login) {
            auto it = m_users.find(QString::fromLatin1(login));
            if (it == m_users.end())
                it = m_users
                         .emplace(QString::fromLatin1(login),
                                  access::connectAs(m_t.url(), QString::fromLatin1(login), kPw))
                         .first;
            return clientqueries::inboxStamp(*it->second.db, it->second.session);
        };
        const QString clerk = stampOf("clerk.gad1"), so = stampOf("so.gad1"), fin = stampOf("so.fin1");
        const QString no = newFile("clerk.gad1", "GAD-1", QStringLiteral("Stamps"), Grading::Normal);
        putUp("clerk.gad1", no);
        QVERIFY(stampOf("so.gad1") != so);      // it arrived
        QCOMPARE(stampOf("clerk.gad1"), clerk); // the sender's desktop knows
        QCOMPARE(stampOf("so.fin1"), fin);      // another department's desktop is not woken
        for (const char *login : {"clerk.gad1", "so.gad1", "so.fin1", "cs", "admin"}) {
            const Psql r = psql(QString::fromLatin1(login),
                                QStringLiteral("SELECT COUNT(*) FROM inbox_stamps "
                                               "WHERE post_id <> ALL (nasti_my_post_ids())"));
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QCOMPARE(r.out.trimmed(), QStringLiteral("0"));
        }
    }

    void sqliteForgeriesAreCaughtByVerify_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("problem"); // a word of verify's problem line
        QTest::newRow("a closing event with a made-up hash")
            << QStringLiteral("INSERT INTO events (seq, at, kind, file_id, payload, prev_hash, hash) "
                              "SELECT seq + 1, 0, 'file.closed', {F_gad}, '{}', hash, 'bad' FROM chain_head; "
                              "UPDATE chain_head SET seq = seq + 1, hash = 'bad';")
            << QStringLiteral("altered");
        QTest::newRow("a movement rewritten")
            << QStringLiteral("DROP TRIGGER movements_no_update; UPDATE movements SET remarks = 'x';")
            << QStringLiteral("altered");
        QTest::newRow("a movement nobody recorded")
            << QStringLiteral("DROP TRIGGER movements_apply; DROP TRIGGER movements_version_seen; "
                              "INSERT INTO movements (file_id, kind, from_post_id, to_post_id, by_user_id, "
                              "sent_at, file_version) "
                              "SELECT id, 'forward', holder_post_id, {post:CS}, 1, 0, version + 50 FROM "
                              "files WHERE id = {F_fin};")
            << QStringLiteral("not recorded");
        QTest::newRow("a document's bytes replaced")
            << QStringLiteral("DROP TRIGGER attachments_no_update; UPDATE attachments SET content = X'00';")
            << QStringLiteral("document");
        QTest::newRow("an approval without an approve movement")
            << QStringLiteral("UPDATE files SET approved_at = 5, approved_by_post_id = {post:SO-GAD1} WHERE "
                              "id = {F_gad};")
            << QStringLiteral("approval");
        QTest::newRow("a DSC token registration moved to another officer")
            << QStringLiteral(
                   "DROP TRIGGER dsc_tokens_no_update; UPDATE dsc_tokens SET user_id = {user:so.gad1};")
            << QStringLiteral("altered");
        QTest::newRow("a token's revocation removed")
            << QStringLiteral(
                   "DROP TRIGGER dsc_token_revocations_no_delete; DELETE FROM dsc_token_revocations;")
            << QStringLiteral("missing");
        QTest::newRow("a trusted CA nobody recorded")
            << QStringLiteral("DROP TRIGGER trusted_cas_event; INSERT INTO trusted_cas (name, certificate, "
                              "fingerprint, added_at) VALUES "
                              "('Rogue CA', 'x', "
                              "'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee', 0);")
            << QStringLiteral("not recorded");
        QTest::newRow("custody moved by hand")
            << QStringLiteral("DROP TRIGGER files_custody_by_movement; "
                              "UPDATE files SET holder_post_id = {post:CS} WHERE id = {F_gad};")
            << QStringLiteral("movements took it");
    }

    void sqliteForgeriesAreCaughtByVerify()
    {
        if (pg())
            QSKIP("PostgreSQL refuses these outright (namedAttacks)");
        QFETCH(QString, sql);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        m_admin->execRaw(QStringLiteral("VACUUM INTO '%1'").arg(copy));
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {copy, expand(sql)});
        QVERIFY(shell.waitForFinished(30000));
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
        auto db = Database::open(DbUrl::parse(QStringLiteral("sqlite:") + copy));
        const EventLog::VerifyResult v = EventLog(*db).verify();
        QVERIFY2(!v.ok, "verify found nothing");
        QVERIFY2(v.problem.contains(problem), qPrintable(v.problem));
    }

    void sqliteShellCannotWriteHistory()
    {
        if (pg())
            QSKIP("SQLite only");
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        m_admin->execRaw(QStringLiteral("VACUUM INTO '%1'").arg(copy));
        QProcess shell;
        shell.start(
            QStringLiteral("sqlite3"),
            {copy, expand(QStringLiteral(
                       "INSERT INTO movements (file_id, kind, from_post_id, to_post_id, by_user_id, "
                       "sent_at, file_version) SELECT id, 'forward', holder_post_id, {post:CS}, 1, 0, "
                       "version FROM files WHERE id = {F_fin};"))});
        QVERIFY(shell.waitForFinished(30000));
        QVERIFY(shell.exitCode() != 0);
        QVERIFY2(shell.readAllStandardError().contains("no such function"), "the shell wrote history");
    }

    void historyStillVerifies() { requireVerifyOk(); }
};

QTEST_MAIN(TestAttacks) // (a fair copy is drawn with QtGui)
#include "tst_attacks.moc"
