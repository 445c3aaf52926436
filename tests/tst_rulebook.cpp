// The rulebook, case by case: who may do what to a file, now, and why not.
// Pure: no database; each row is one situation.
#include "services/filequeries.h"
#include "services/orgservice.h"
#include "services/rulebook.h"

#include <QTest>

using namespace nasti;

Q_DECLARE_METATYPE(nasti::FileAction)
Q_DECLARE_METATYPE(nasti::FileStatus)
Q_DECLARE_METATYPE(nasti::Role)
Q_DECLARE_METATYPE(QList<nasti::MovementView>)

namespace {
constexpr qint64 kMine = 1, kBoss = 2, kOther = 3, kTop = 4;

Session sessionAs(Role role)
{
    Session s;
    s.userId = 10;
    s.login = QStringLiteral("me");
    s.role = role;
    PostRef p;
    p.id = kMine;
    p.code = QStringLiteral("MINE");
    p.reportsTo = kBoss;
    s.posts << p;
    return s;
}
} // namespace

class TestRulebook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void may_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<FileAction>("action");
        QTest::addColumn<FileStatus>("status");
        QTest::addColumn<qint64>("holder");
        QTest::addColumn<qint64>("created");
        QTest::addColumn<qint64>("sentBy");
        QTest::addColumn<bool>("opened");
        QTest::addColumn<bool>("approved");
        QTest::addColumn<bool>("overdue");
        QTest::addColumn<QString>("refusal"); // empty: allowed; else a part of the reason

        const auto O = FileStatus::Open, P = FileStatus::Parked, C = FileStatus::Closed;
        const auto clerk = Role::Clerk, officer = Role::Officer, reviewer = Role::Reviewer;
        auto row = [](const char *name, Role r, FileAction a, FileStatus st, qint64 h, qint64 c, qint64 s,
                      bool op, bool ap, bool ov, const char *refusal) {
            QTest::newRow(name) << r << a << st << h << c << s << op << ap << ov
                                << QString::fromUtf8(refusal);
        };
        using A = FileAction;
        row("note: holder", clerk, A::Note, O, kMine, kMine, 0, false, false, false, "");
        row("note: parked is fine", clerk, A::Note, P, kMine, kMine, 0, false, false, false, "");
        row("note: not the holder", clerk, A::Note, O, kOther, kMine, 0, false, false, false,
            "only that post may note on");
        row("note: closed", clerk, A::Note, C, kMine, kMine, 0, false, false, false, "is closed");
        row("note: reviewer", reviewer, A::Note, O, kMine, kMine, 0, false, false, false,
            "A reviewer cannot note on");
        row("opening: holder", clerk, A::RecordOpening, O, kMine, kOther, kOther, false, false, false, "");
        row("opening: not the holder", clerk, A::RecordOpening, O, kOther, kOther, kMine, false, false, false,
            "only that post may open");
        row("put up: holder", clerk, A::PutUp, O, kMine, kMine, 0, false, false, false, "");
        row("put up: parked", clerk, A::PutUp, P, kMine, kMine, 0, false, false, false, "is parked");
        row("put up: closed", clerk, A::PutUp, C, kMine, kMine, 0, false, false, false, "is closed");
        row("forward: other's file", officer, A::Forward, O, kOther, kMine, 0, false, false, false,
            "only that post may move");
        row("forward: holder", officer, A::Forward, O, kMine, kOther, kOther, true, false, false, "");
        row("return: sent to me", clerk, A::Return, O, kMine, kOther, kOther, true, false, false, "");
        row("return: nobody sent it", clerk, A::Return, O, kMine, kMine, 0, false, false, false,
            "no one to return it to");
        row("recall: unopened", clerk, A::Recall, O, kOther, kMine, kMine, false, false, false, "");
        row("recall: opened", clerk, A::Recall, O, kOther, kMine, kMine, true, false, false,
            "already been opened");
        row("recall: not the sender", clerk, A::Recall, O, kOther, kMine, kTop, false, false, false,
            "Only the post that sent");
        row("recall: reviewer", reviewer, A::Recall, O, kOther, kMine, kMine, false, false, false,
            "Only the post that sent");
        row("recall: parked", clerk, A::Recall, P, kOther, kMine, kMine, false, false, false, "is parked");
        row("approve: officer", officer, A::Approve, O, kMine, kOther, kOther, true, false, false, "");
        row("approve: clerk", clerk, A::Approve, O, kMine, kMine, kOther, true, false, false,
            "Only an officer may approve");
        row("reject: clerk", clerk, A::Reject, O, kMine, kMine, kOther, true, false, false,
            "Only an officer may reject");
        row("approve: parked", officer, A::Approve, P, kMine, kOther, kOther, true, false, false,
            "is parked");
        row("approve: not held", officer, A::Approve, O, kOther, kOther, kMine, true, false, false,
            "only that post may approve");
        row("park: open", clerk, A::Park, O, kMine, kMine, 0, false, false, false, "");
        row("park: parked", clerk, A::Park, P, kMine, kMine, 0, false, false, false, "is parked");
        row("unpark: parked", clerk, A::Unpark, P, kMine, kMine, 0, false, false, false, "");
        row("unpark: open", clerk, A::Unpark, O, kMine, kMine, 0, false, false, false, "is not parked");
        row("close: creator, approved", clerk, A::Close, O, kMine, kMine, kOther, true, true, false, "");
        row("close: not approved", clerk, A::Close, O, kMine, kMine, kOther, true, false, false,
            "no approval");
        row("close: not the creator", clerk, A::Close, O, kMine, kOther, kOther, true, true, false,
            "Only the post that opened");
        row("close: closed", clerk, A::Close, C, kMine, kMine, kOther, true, true, false, "is closed");
        row("reopen: closed, creator", clerk, A::Reopen, C, kMine, kMine, 0, true, true, false, "");
        row("reopen: open", clerk, A::Reopen, O, kMine, kMine, 0, true, true, false, "is not closed");
        row("reopen: not the creator", clerk, A::Reopen, C, kMine, kOther, 0, true, true, false,
            "Only the post that opened");
        row("link: holder", clerk, A::Link, P, kMine, kMine, 0, false, false, false, "");
        row("link: closed", clerk, A::Link, C, kMine, kMine, 0, false, false, false, "is closed");
        row("link: not held", clerk, A::Link, O, kOther, kMine, 0, false, false, false,
            "only that post may link");
        row("paper: holder", clerk, A::AddPaper, P, kMine, kMine, 0, false, false, false, "");
        row("paper: closed", clerk, A::AddPaper, C, kMine, kMine, 0, false, false, false, "is closed");
        row("delay: overdue", clerk, A::RecordDelay, O, kMine, kMine, 0, true, false, true, "");
        row("delay: in time", clerk, A::RecordDelay, O, kMine, kMine, 0, true, false, false,
            "within its time limit");
        row("delay: reviewer", reviewer, A::RecordDelay, O, kMine, kMine, 0, true, false, true,
            "A reviewer cannot");
    }

    void may()
    {
        QFETCH(Role, role);
        QFETCH(FileAction, action);
        QFETCH(FileStatus, status);
        QFETCH(qint64, holder);
        QFETCH(qint64, created);
        QFETCH(qint64, sentBy);
        QFETCH(bool, opened);
        QFETCH(bool, approved);
        QFETCH(bool, overdue);
        QFETCH(QString, refusal);
        const Session s = sessionAs(role);
        FileFacts f;
        f.fileNo = QStringLiteral("A-1/1/2025-X");
        f.status = status;
        f.holderPostId = holder;
        f.holderPostCode = holder == kMine ? QStringLiteral("MINE") : QStringLiteral("OTHER");
        f.createdPostId = created;
        f.sentByPostId = sentBy;
        f.openedByHolder = opened;
        f.approved = approved;
        f.overdue = overdue;
        f.workingDays = overdue ? 9 : 2;
        const Verdict v = Rulebook(s).may(action, f);
        QCOMPARE(v.allowed, refusal.isEmpty());
        if (!refusal.isEmpty()) {
            QVERIFY2(v.reason.contains(refusal), qPrintable(v.reason));
            QCOMPARE(v.kind, NastiError::Kind::Refused);
            QVERIFY(!v.reason.contains(QLatin1Char('\n')));
        }
    }

    void putUpNeedsAReportingOfficer()
    {
        Session s = sessionAs(Role::Officer);
        s.posts.first().reportsTo = 0;
        FileFacts f;
        f.holderPostId = kMine;
        const Verdict v = Rulebook(s).may(FileAction::PutUp, f);
        QVERIFY(!v);
        QVERIFY(v.reason.contains(QLatin1String("no reporting officer")));
        QVERIFY(Rulebook(s).may(FileAction::Forward, f));
    }

    // Who may call for a file or watch it: as the database's nasti_may_call (issue 17).
    void callingFor()
    {
        // ASST (holder) -> SO -> US (mine, as an officer); DS heads nothing; PS (level 5) of GAD;
        // FIN-US elsewhere.
        auto post = [](qint64 id, const char *code, const char *up, const char *dept, int level) {
            PostInfo p;
            p.id = id;
            p.code = QString::fromLatin1(code);
            p.reportsToCode = QString::fromLatin1(up);
            p.departmentCode = QString::fromLatin1(dept);
            p.level = level;
            return p;
        };
        const QList<PostInfo> org = {post(20, "ASST", "SO", "GAD", 1), post(21, "SO", "US", "GAD", 2),
                                     post(22, "US", "DS", "GAD", 3),   post(23, "DS", "PS", "GAD", 4),
                                     post(24, "PS", "CS", "GAD", 5),   post(25, "CS", "", "CSO", 6),
                                     post(26, "US-FIN", "", "FIN", 3)};
        const auto as = [](qint64 id, const char *code, Role role) {
            Session s;
            s.role = role;
            PostRef p;
            p.id = id;
            p.code = QString::fromLatin1(code);
            s.posts << p;
            return s;
        };
        FileFacts f;
        f.fileNo = QStringLiteral("A-1/2026");
        f.holderPostId = 20;
        QVERIFY(Rulebook(as(22, "US", Role::Officer)).mayCallFor(f, org));  // above the holder
        QVERIFY(Rulebook(as(24, "PS", Role::Officer)).mayCallFor(f, org));  // head of the department
        QVERIFY(Rulebook(as(25, "CS", Role::Reviewer)).mayCallFor(f, org)); // the Chief Secretary
        const Verdict elsewhere = Rulebook(as(26, "US-FIN", Role::Officer)).mayCallFor(f, org);
        QVERIFY(!elsewhere);
        QVERIFY(elsewhere.reason.contains(QLatin1String("above the holder")));
        QVERIFY(!Rulebook(as(20, "ASST", Role::Clerk)).mayCallFor(f, org)); // the holder himself
        f.status = FileStatus::Closed;
        QVERIFY(!Rulebook(as(22, "US", Role::Officer)).mayCallFor(f, org));
    }

    void creating()
    {
        QVERIFY(Rulebook(sessionAs(Role::Clerk)).mayCreateFiles());
        QVERIFY(!Rulebook(sessionAs(Role::Reviewer)).mayCreateFiles());
        Session none = sessionAs(Role::Admin);
        none.posts.clear();
        QVERIFY(!Rulebook(none).mayCreateFiles());
    }

    // Where Return sends the file: back to the sender, but a decision comes down the way it went up.
    void returnTarget_data()
    {
        QTest::addColumn<QString>("me");                  // the acting post
        QTest::addColumn<QList<MovementView>>("history"); // oldest first
        QTest::addColumn<QString>("target");              // empty: no one
        using K = MovementKind;
        auto mv = [](K kind, const char *from, const char *to) {
            MovementView m;
            m.kind = kind;
            m.fromCode = QString::fromLatin1(from);
            m.toCode = QString::fromLatin1(to);
            return m;
        };
        QTest::newRow("put up to me: back to the sender")
            << QStringLiteral("SO") << QList<MovementView>{mv(K::PutUp, "ASST", "SO")}
            << QStringLiteral("ASST");
        QTest::newRow("forwarded across: back to the sender")
            << QStringLiteral("SO") << QList<MovementView>{mv(K::Forward, "FIN-1", "SO")}
            << QStringLiteral("FIN-1");
        QTest::newRow("approved, down at SO: on down to the dealing hand")
            << QStringLiteral("SO")
            << QList<MovementView>{mv(K::PutUp, "ASST", "SO"), mv(K::PutUp, "SO", "US"),
                                   mv(K::Approve, "US", "SO")}
            << QStringLiteral("ASST");
        QTest::newRow("not approved, down at SO: on down to the dealing hand")
            << QStringLiteral("SO")
            << QList<MovementView>{mv(K::PutUp, "ASST", "SO"), mv(K::PutUp, "SO", "US"),
                                   mv(K::Reject, "US", "SO")}
            << QStringLiteral("ASST");
        QTest::newRow("returned to SO: on down, not back up to the one who returned it")
            << QStringLiteral("SO")
            << QList<MovementView>{mv(K::PutUp, "ASST", "SO"), mv(K::PutUp, "SO", "US"),
                                   mv(K::Return, "US", "SO")}
            << QStringLiteral("ASST");
        QTest::newRow("approved at the dealing hand who opened it: back to the approver")
            << QStringLiteral("ASST")
            << QList<MovementView>{mv(K::PutUp, "ASST", "SO"), mv(K::Approve, "SO", "ASST")}
            << QStringLiteral("SO");
        QTest::newRow("approved after a return and a second put-up: back to the approver")
            << QStringLiteral("ASST")
            << QList<MovementView>{mv(K::PutUp, "ASST", "SO"), mv(K::Return, "SO", "ASST"),
                                   mv(K::PutUp, "ASST", "SO"), mv(K::Approve, "SO", "ASST")}
            << QStringLiteral("SO");
        QTest::newRow("approved by DS, down at US: on down to SO, not to the dealing hand")
            << QStringLiteral("US")
            << QList<MovementView>{mv(K::PutUp, "ASST", "SO"), mv(K::PutUp, "SO", "US"),
                                   mv(K::PutUp, "US", "DS"), mv(K::Approve, "DS", "US")}
            << QStringLiteral("SO");
        QTest::newRow("sent by my own post: no one")
            << QStringLiteral("ASST") << QList<MovementView>{mv(K::Forward, "ASST", "ASST")} << QString();
        QTest::newRow("no movements: no one") << QStringLiteral("ASST") << QList<MovementView>{} << QString();
    }

    void returnTarget()
    {
        QFETCH(QString, me);
        QFETCH(QList<MovementView>, history);
        QFETCH(QString, target);
        Session s = sessionAs(Role::Officer);
        s.posts.first().code = me;
        QCOMPARE(Rulebook(s).returnTarget(history), target);
    }

    // Who may diarise a receipt: a post in a section; not a Deputy Secretary above the sections,
    // not a reviewer, not an administrator without a post.
    void mayDiarise_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<qint64>("section"); // of the one post held; -1: no post at all
        QTest::addColumn<QString>("refusal");
        QTest::newRow("clerk in a section") << Role::Clerk << qint64(7) << QString();
        QTest::newRow("Section Officer") << Role::Officer << qint64(7) << QString();
        QTest::newRow("Deputy Secretary above the sections")
            << Role::Officer << qint64(0) << QStringLiteral("you hold no post in one");
        QTest::newRow("Chief Secretary (reviewer)")
            << Role::Reviewer << qint64(7) << QStringLiteral("A reviewer cannot diarise");
        QTest::newRow("administrator without a post")
            << Role::Admin << qint64(-1) << QStringLiteral("you hold no post in one");
    }

    void mayDiarise()
    {
        QFETCH(Role, role);
        QFETCH(qint64, section);
        QFETCH(QString, refusal);
        Session s = sessionAs(role);
        if (section < 0)
            s.posts.clear();
        else
            s.posts.first().sectionId = section;
        const Verdict v = Rulebook(s).mayDiarise();
        QCOMPARE(v.allowed, refusal.isEmpty());
        if (!refusal.isEmpty())
            QVERIFY2(v.reason.contains(refusal), qPrintable(v.reason));
    }

    void decisionTargets()
    {
        const Session s = sessionAs(Role::Officer);
        const Rulebook rules(s);
        auto p = [](const char *code) {
            return PostChoice{QString::fromLatin1(code)};
        };
        // Sent by SO; the chain latest first: SO->MINE, ASST->SO; up: US.
        const QList<PostChoice> t =
            rules.decisionTargets(p("SO"), {p("SO"), p("MINE"), p("ASST"), p("SO")}, p("US"));
        QStringList codes;
        for (const PostChoice &c : t)
            codes << c.code;
        QCOMPARE(codes, (QStringList{QStringLiteral("SO"), QStringLiteral("ASST"), QStringLiteral("US")}));
        QVERIFY(rules.mayDecideTo(QStringLiteral("ASST"), t));
        QVERIFY(!rules.mayDecideTo(QStringLiteral("MINE"), t));
        QVERIFY(!rules.mayDecideTo(QStringLiteral("FIN-1"), t));
    }
};

QTEST_GUILESS_MAIN(TestRulebook)
#include "tst_rulebook.moc"
