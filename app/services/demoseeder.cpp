#include "services/demoseeder.h"

#include "domain/faircopy.h"
#include "services/draftqueries.h"
#include "services/draftservice.h"
#include "services/followupservice.h"
#include "services/keyservice.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/documentinspector.h"
#include "services/fileservice.h"
#include "services/orgservice.h"
#include "services/receiptservice.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace nasti {

namespace {
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

struct DemoUser
{
    const char *login, *name, *role, *post;
};

// Everyone's password is "demo"; the extra Finance officers make the chain complete.
constexpr DemoUser kUsers[] = {
    {"clerk.gad1", "Ramesh Kumar", "clerk", "ASST-GAD1"}, {"so.gad1", "Sunita Verma", "officer", "SO-GAD1"},
    {"us.gad", "Anil Sharma", "officer", "US-GAD"},       {"ds.gad", "Meena Iyer", "officer", "DS-GAD"},
    {"ps.gad", "Rajiv Menon", "officer", "PS-GAD"},       {"clerk.fin1", "Pooja Yadav", "clerk", "ASST-FIN1"},
    {"so.fin1", "Harish Chandra", "officer", "SO-FIN1"},  {"us.fin", "Farida Khan", "officer", "US-FIN"},
    {"ds.fin", "Vikram Singh", "officer", "DS-FIN"},      {"ps.fin", "Lata Deshpande", "officer", "PS-FIN"},
    {"cs", "Arvind Kulkarni", "reviewer", "CS"},          {"admin", "System Administrator", "admin", ""},
};

// A file's life in the demo: who opens it, and what happens to it, day by day.
enum class Stage
{
    New,
    PutUpUnopened,
    WithUs,
    Approved,
    Closed,
    Parked,
    LongPending,
    Returned,
    WithDs
};

struct DemoFile
{
    const char *section;
    const char *subject;
    Stage stage;
    int daysAgo; // when the file was opened
    int grading = 0;
    int priority = 0;
    const char *letter = nullptr; // a receipt put into the file as its PUC
};

constexpr DemoFile kFiles[] = {
    {"GAD-1", "Revision of dearness allowance for state government employees", Stage::Approved, 40, 0, 2,
     "letter-da-revision.pdf"},
    {"GAD-1", "राज्य स्तरीय गणतंत्र दिवस समारोह 2027 की व्यवस्था", Stage::WithUs, 20, 0, 1},
    {"GAD-1", "Annual property returns of Group A officers for 2025", Stage::Closed, 60},
    {"GAD-1", "सचिवालय भवन के नवीनीकरण हेतु प्रस्ताव", Stage::LongPending, 50, 0, 0},
    {"GAD-1", "Filling up of vacant posts of Section Officers by promotion", Stage::PutUpUnopened, 1},
    {"GAD-1", "मुख्यमंत्री जनदर्शन में प्राप्त आवेदनों का निराकरण", Stage::New, 0, 0, 3},
    {"GAD-1", "Implementation of e-Office in district collectorates", Stage::WithDs, 25, 0, 2},
    {"GAD-1", "अधिकारियों के स्थानांतरण नीति 2026", Stage::Parked, 30, 1},
    {"GAD-1", "Deputation of Shri R.K. Verma, Under Secretary, to Government of India", Stage::Returned, 12},
    {"GAD-1", "सूचना का अधिकार अधिनियम के अंतर्गत प्राप्त आवेदन – श्री मोहन लाल", Stage::WithUs, 9, 0, 2,
     "letter-rti-application.pdf"},
    {"GAD-1", "Grant of selection grade to stenographers", Stage::Closed, 35},
    {"GAD-1", "विधानसभा प्रश्न क्रमांक 1423 का उत्तर", Stage::Approved, 6, 0, 3},
    {"GAD-1", "Disciplinary proceedings against an Executive Engineer", Stage::WithUs, 15, 1, 1},
    {"GAD-1", "Training calendar of the State Administrative Academy 2027", Stage::New, 2},
    {"GAD-2", "Allotment of government quarters to newly joined officers", Stage::WithUs, 11, 0, 0,
     "letter-quarters-request.pdf"},
    {"GAD-2", "राज्य अतिथि गृह में अतिथियों के ठहरने की व्यवस्था", Stage::Closed, 45},
    {"GAD-2", "Purchase of vehicles for the protocol wing", Stage::LongPending, 42, 0, 0},
    {"GAD-2", "स्वतंत्रता दिवस पर पुलिस पदक हेतु अनुशंसा", Stage::PutUpUnopened, 3},
    {"GAD-2", "Renovation of the Secretariat canteen", Stage::Parked, 18},
    {"GAD-2", "राज्य शासन के कैलेंडर एवं डायरी 2027 का मुद्रण", Stage::Approved, 14},
    {"FIN-1", "Supplementary demand for grants 2026-27", Stage::WithUs, 10, 0, 2},
    {"FIN-1", "वित्तीय वर्ष 2027-28 हेतु बजट अनुमान", Stage::WithDs, 28, 0, 1, "letter-budget-circular.pdf"},
    {"FIN-1", "Release of funds for the Mid-Day Meal scheme", Stage::Approved, 16, 0, 3},
    {"FIN-1", "पेंशन प्रकरणों का शीघ्र निराकरण", Stage::LongPending, 55},
    {"FIN-1", "Audit para reply – Accountant General report 2024-25", Stage::Returned, 8},
    {"FIN-1", "Reimbursement of medical claims of retired employees", Stage::Closed, 50},
    {"FIN-1", "गोपनीय प्रतिवेदन – वार्षिक कार्य मूल्यांकन 2025-26", Stage::WithUs, 13, 1},
    {"FIN-1", "Revision of rates of travelling allowance", Stage::New, 1},
    {"FIN-1", "सातवें वेतन आयोग की अनुशंसाओं का क्रियान्वयन", Stage::PutUpUnopened, 2, 0, 1},
    {"FIN-1", "Investment of surplus cash balances in treasury bills", Stage::Parked, 21},
};

struct Chain
{
    const char *clerk, *so, *us, *ds;
};

Chain chainFor(const QString &section)
{
    if (section.startsWith(QLatin1String("FIN")))
        return {"clerk.fin1", "so.fin1", "us.fin", "ds.fin"};
    return {"clerk.gad1", "so.gad1", "us.gad", "ds.gad"};
}

QByteArray demoLetter(const char *name)
{
    QFile f(QStringLiteral(":/demo/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        fail(NastiError::Kind::NotFound,
             QStringLiteral("Missing demo letter %1").arg(QString::fromLatin1(name)));
    return f.readAll();
}
} // namespace

DemoSeeder::Outcome DemoSeeder::seed()
{
    OrgService org(m_db, m_clock);
    if (org.setting(QStringLiteral("demo")) == QLatin1String("1"))
        return Outcome::AlreadySeeded;
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM departments")).toInt() > 0)
        fail(NastiError::Kind::Refused,
             QCoreApplication::translate(
                 "nasti::DemoSeeder",
                 "This database already has an organisation; the demo office is seeded only "
                 "into an empty database."));

    // Replay the office's recent past on a clock of our own.
    const qint64 realNow = m_clock.nowMs();
    const QDate today = Clock::officeDate(realNow);
    ManualClock clock(Clock::startOfOfficeDay(today.addDays(-70)) + 10 * kHour);
    OrgService orgAt(m_db, clock);

    Transaction tx(m_db);
    orgAt.setSetting(QStringLiteral("demo"), QStringLiteral("1"));
    orgAt.addDepartment(QStringLiteral("GAD"), QStringLiteral("General Administration Department"),
                        QStringLiteral("सामान्य प्रशासन विभाग"));
    orgAt.addDepartment(QStringLiteral("FIN"), QStringLiteral("Finance Department"),
                        QStringLiteral("वित्त विभाग"));
    orgAt.addDepartment(QStringLiteral("CSO"), QStringLiteral("Office of the Chief Secretary"),
                        QStringLiteral("मुख्य सचिव कार्यालय"));
    orgAt.addSection(QStringLiteral("GAD-1"), QStringLiteral("GAD"),
                     QStringLiteral("GAD Section 1 (Establishment)"),
                     QStringLiteral("सा.प्र.वि. अनुभाग-1 (स्थापना)"));
    orgAt.addSection(QStringLiteral("GAD-2"), QStringLiteral("GAD"),
                     QStringLiteral("GAD Section 2 (Protocol and Estate)"),
                     QStringLiteral("सा.प्र.वि. अनुभाग-2 (प्रोटोकॉल एवं संपदा)"));
    orgAt.addSection(QStringLiteral("FIN-1"), QStringLiteral("FIN"),
                     QStringLiteral("Finance Section 1 (Budget)"), QStringLiteral("वित्त अनुभाग-1 (बजट)"));
    struct PostDef
    {
        const char *code, *en, *hi, *dept, *section;
        int level;
        const char *reportsTo;
    };
    const PostDef posts[] = {
        {"CS", "Chief Secretary", "मुख्य सचिव", "CSO", "", 6, ""},
        {"PS-GAD", "Principal Secretary, GAD", "प्रमुख सचिव, सा.प्र.वि.", "GAD", "", 5, "CS"},
        {"DS-GAD", "Deputy Secretary, GAD", "उप सचिव, सा.प्र.वि.", "GAD", "", 4, "PS-GAD"},
        {"US-GAD", "Under Secretary, GAD", "अवर सचिव, सा.प्र.वि.", "GAD", "", 3, "DS-GAD"},
        {"SO-GAD1", "Section Officer, GAD-1", "अनुभाग अधिकारी, सा.प्र.वि.-1", "GAD", "GAD-1", 2, "US-GAD"},
        {"ASST-GAD1", "Assistant, GAD-1", "सहायक, सा.प्र.वि.-1", "GAD", "GAD-1", 1, "SO-GAD1"},
        {"SO-GAD2", "Section Officer, GAD-2", "अनुभाग अधिकारी, सा.प्र.वि.-2", "GAD", "GAD-2", 2, "US-GAD"},
        {"ASST-GAD2", "Assistant, GAD-2", "सहायक, सा.प्र.वि.-2", "GAD", "GAD-2", 1, "SO-GAD2"},
        {"PS-FIN", "Principal Secretary, Finance", "प्रमुख सचिव, वित्त", "FIN", "", 5, "CS"},
        {"DS-FIN", "Deputy Secretary, Finance", "उप सचिव, वित्त", "FIN", "", 4, "PS-FIN"},
        {"US-FIN", "Under Secretary, Finance", "अवर सचिव, वित्त", "FIN", "", 3, "DS-FIN"},
        {"SO-FIN1", "Section Officer, FIN-1", "अनुभाग अधिकारी, वित्त-1", "FIN", "FIN-1", 2, "US-FIN"},
        {"ASST-FIN1", "Assistant, FIN-1", "सहायक, वित्त-1", "FIN", "FIN-1", 1, "SO-FIN1"},
    };
    for (const PostDef &p : posts)
        orgAt.addPost(QString::fromLatin1(p.code), QString::fromUtf8(p.en), QString::fromUtf8(p.hi),
                      QString::fromLatin1(p.dept), QString::fromLatin1(p.section), p.level,
                      QString::fromLatin1(p.reportsTo));
    for (const DemoUser &u : kUsers)
        orgAt.addUser(QString::fromLatin1(u.login), QString::fromUtf8(u.name),
                      *codes::parseRole(QString::fromLatin1(u.role)), demoPassword(),
                      QString::fromLatin1(u.post));
    // GAD-2 has no staff of its own this month: GAD-1's assistant and SO hold its posts in charge.
    orgAt.transferPost(QStringLiteral("ASST-GAD2"), QStringLiteral("clerk.gad1"));
    orgAt.transferPost(QStringLiteral("SO-GAD2"), QStringLiteral("so.gad1"));
    orgAt.addHoliday(today.addDays(-30), QStringLiteral("Gazetted holiday"));
    {
        Session admin = orgAt.sessionFor(QStringLiteral("admin"));
        DraftService letterheads(m_db, clock, admin);
        struct Head
        {
            const char *dept, *en, *hi, *addressEn, *addressHi;
        };
        const Head heads[] = {
            {"GAD", "Government of Madhya Pradesh\nGeneral Administration Department",
             "मध्यप्रदेश शासन\nसामान्य प्रशासन विभाग", "Vallabh Bhavan, Bhopal 462004", "वल्लभ भवन, भोपाल 462004"},
            {"FIN", "Government of Madhya Pradesh\nFinance Department", "मध्यप्रदेश शासन\nवित्त विभाग",
             "Vallabh Bhavan, Bhopal 462004", "वल्लभ भवन, भोपाल 462004"},
            {"CSO", "Government of Madhya Pradesh\nOffice of the Chief Secretary",
             "मध्यप्रदेश शासन\nमुख्य सचिव कार्यालय", "Vallabh Bhavan, Bhopal 462004", "वल्लभ भवन, भोपाल 462004"},
        };
        for (const Head &h : heads) {
            letterheads.setLetterhead(QString::fromLatin1(h.dept), QStringLiteral("en"),
                                      QString::fromUtf8(h.en), QString::fromUtf8(h.addressEn));
            letterheads.setLetterhead(QString::fromLatin1(h.dept), QStringLiteral("hi"),
                                      QString::fromUtf8(h.hi), QString::fromUtf8(h.addressHi));
        }
    }

    QHash<QString, Session> sessions;
    for (const DemoUser &u : kUsers)
        sessions.insert(QString::fromLatin1(u.login), orgAt.sessionFor(QString::fromLatin1(u.login)));
    // Everyone signs (issue 16): the organisation's authority, and each officer's key made
    // and certified before the seeded history begins (as the desktop client would at his
    // first sign-in), so every note, approval and letter of the demo is signed.
    {
        const qint64 seededNow = clock.nowMs();
        clock.set(Clock::startOfOfficeDay(today.addDays(-120)));
        const Session admin = sessions.value(QStringLiteral("admin"));
        KeyService(m_db, clock, admin)
            .createAuthority(QStringLiteral("Government of Madhya Pradesh"), demoAuthorityPassphrase());
        for (const DemoUser &u : kUsers) {
            const QString login = QString::fromLatin1(u.login);
            if (login == QLatin1String("admin"))
                continue;
            Session &s = sessions[login];
            s.signer = KeyService(m_db, clock, s).enrol(demoPassword());
        }
        KeyService(m_db, clock, admin).certify({}, demoAuthorityPassphrase(), 3 * 365);
        clock.set(seededNow);
    }
    auto as = [&](const char *login) {
        return FileService(m_db, clock, sessions.value(QString::fromLatin1(login)));
    };
    // Never in the future: today's events, seeded early in the morning, happen in the
    // last minutes before now, one second apart, in the order they are replayed.
    qint64 latePast = realNow - 20 * 60 * 1000;
    auto at = [&](int daysAgo, int hour) {
        qint64 t = Clock::startOfOfficeDay(today.addDays(-daysAgo)) + hour * kHour;
        if (daysAgo <= 0 || t > realNow - 60 * 1000)
            t = latePast += 1000;
        clock.set(t);
    };
    auto forwardTo = [&](FileService svc, const QString &no, const char *postCode, ActionAsked action,
                         const QString &remarks) {
        ForwardRequest r;
        r.fileNo = no;
        r.toPostCode = QString::fromLatin1(postCode);
        r.action = action;
        r.remarks = remarks;
        svc.forward(r);
    };
    auto putUp = [&](FileService svc, const QString &no, ActionAsked action) {
        ForwardRequest r;
        r.fileNo = no;
        r.target = ForwardRequest::Target::Up;
        r.action = action;
        svc.forward(r);
    };

    int index = 0;
    struct Opened
    {
        QString no;
        Stage stage;
        bool hindi;
    };
    QList<Opened> opened; // for the follow-up below
    for (const DemoFile &f : kFiles) {
        ++index;
        const QString section = QString::fromLatin1(f.section);
        const Chain c = chainFor(section);
        const bool hindi = QString::fromUtf8(f.subject).front().unicode() >= 0x0900;
        int day = f.daysAgo;
        at(day, 10 + index % 5);
        CreateFileRequest req;
        req.sectionCode = section;
        req.subject = QString::fromUtf8(f.subject);
        req.priority = static_cast<Priority>(f.priority);
        req.grading = static_cast<Grading>(f.grading);
        // Some letters are references with a clock of their own (issue 17): a CM Helpline
        // grievance, a VIP reference; the file takes the letter's category over.
        QString category, reference;
        if (f.letter && index % 3 == 1) {
            category = index % 2 ? QStringLiteral("cm-helpline") : QStringLiteral("vip");
            reference = index % 2 ? QStringLiteral("CMH-2026-%1").arg(4400 + index)
                                  : QStringLiteral("VIP/%1/2026").arg(index);
        }
        req.category = category;
        req.referenceNo = reference;
        const QString no = as(c.clerk).create(req);
        opened.append({no, f.stage, hindi});
        if (f.letter) {
            DiariseRequest d;
            d.content = demoLetter(f.letter);
            d.fileName = QString::fromLatin1(f.letter);
            // Who writes to a secretariat: the senders a clerk searches by.
            static const char *const kSenders[] = {
                "Collector, Raipur",
                "Director of Treasuries, Finance Department",
                "Ministry of Home Affairs, Government of India",
                "Accountant General (A&E)",
                "कलेक्टर, बिलासपुर",
                "Secretary, Public Works Department",
            };
            d.sender = QString::fromUtf8(kSenders[index % std::size(kSenders)]);
            d.subject = req.subject;
            d.letterNo = QStringLiteral("L/%1/2026").arg(100 + index);
            d.letterDate = today.addDays(-day - 3);
            d.sectionCode = section;
            d.category = category;
            d.referenceNo = reference;
            const QString diary =
                ReceiptService(m_db, clock, sessions.value(QString::fromLatin1(c.clerk)), m_inspector)
                    .diarise(d);
            as(c.clerk).putReceipt(no, diary);
        }
        as(c.clerk).saveDraft(
            no, hindi ? QStringLiteral("विषयांकित प्रकरण में प्राप्त पत्र पृष्ठ क्रमांक 1 पर अवलोकनार्थ प्रस्तुत है।\n\n"
                                       "प्रकरण में नियमानुसार कार्यवाही हेतु प्रारूप अनुमोदनार्थ प्रस्तुत है।")
                      : QStringLiteral(
                            "The paper under consideration is placed below for perusal.\n\n"
                            "As per the relevant rules, the proposal may be examined and a decision taken. "
                            "A draft reply is put up for approval."));
        // The reply, drafted by the dealing hand (to Finance through Nasti from GAD, else by post).
        const auto drafts = [&](const char *login) {
            return DraftService(m_db, clock, sessions.value(QString::fromLatin1(login)), &m_inspector);
        };
        const bool drafted = f.letter || f.stage == Stage::Approved || f.stage == Stage::Closed;
        if (drafted) {
            NewDraftRequest dr;
            dr.fileNo = no;
            dr.language = hindi ? QStringLiteral("hi") : QStringLiteral("en");
            dr.content.subject = req.subject;
            if (f.letter)
                dr.content.reference = hindi ? QStringLiteral("आपका पत्र क्रमांक L/%1/2026").arg(100 + index)
                                             : QStringLiteral("Your letter No. L/%1/2026").arg(100 + index);
            Addressee to;
            to.name = hindi ? QStringLiteral("संबंधित पत्र-प्रेषक") : QStringLiteral("The Correspondent");
            to.address = QStringLiteral("Bhopal");
            dr.content.addressees << to;
            if (section.startsWith(QLatin1String("GAD"))) {
                Addressee fin;
                fin.name = hindi ? QStringLiteral("प्रमुख सचिव, वित्त विभाग")
                                 : QStringLiteral("The Principal Secretary, Finance Department");
                fin.mode = QStringLiteral("nasti");
                fin.section = QStringLiteral("FIN-1");
                dr.content.copyTo << fin;
            }
            dr.content.bodyHtml = richtext::fromPlainText(
                hindi ? QStringLiteral(
                            "उपरोक्त विषयांतर्गत संदर्भित पत्र के संबंध में लेख है कि प्रकरण का परीक्षण किया गया है।\n\n"
                            "प्रकरण में नियमानुसार कार्यवाही की जा रही है।")
                      : QStringLiteral(
                            "With reference to the letter cited above, I am directed to say that the matter "
                            "has been examined.\n\nNecessary action is being taken as per the rules."));
            drafts(c.clerk).create(dr);
        }
        if (f.stage == Stage::New)
            continue;
        at(day, 16);
        putUp(as(c.clerk), no, ActionAsked::Approval);
        if (f.stage == Stage::PutUpUnopened)
            continue;
        day = qMax(0, day - 1);
        at(day, 11);
        as(c.so).saveDraft(
            no, hindi ? QStringLiteral("प्रस्ताव का परीक्षण किया गया। प्रस्ताव नियमानुसार है। अनुमोदनार्थ प्रस्तुत।")
                      : QStringLiteral(
                            "The proposal has been examined and is in order. Submitted for approval."));
        // The Section Officer improves the draft: version 2, by another post.
        if (drafted && f.stage != Stage::Returned) {
            DraftContent better;
            const DraftVersionView v = *DraftQueries(m_db).drafts(no).value(0).latest();
            better.subject = v.subject;
            better.addressees = v.addressees;
            better.copyTo = v.copyTo;
            better.reference = v.reference;
            better.bodyHtml = richtext::fromPlainText(
                hindi ? QStringLiteral("उपरोक्त विषयांतर्गत संदर्भित पत्र के संबंध में निर्देशानुसार लेख है कि प्रकरण का "
                                       "नियमानुसार परीक्षण किया गया है।\n\nप्रकरण में आवश्यक कार्यवाही शीघ्र की "
                                       "जाएगी।\n\nकृपया सूचनार्थ।")
                      : QStringLiteral(
                            "With reference to the letter cited above, I am directed to say that the "
                            "matter has been examined as per the rules.\n\nNecessary action will be "
                            "taken at the earliest.\n\nThis is for your information."));
            drafts(c.so).revise(no, 1, better);
        }
        if (f.stage == Stage::Parked) {
            as(c.so).park(no, QStringLiteral("Awaiting comments of the Law Department."),
                          Clock::officeDate(m_clock.nowMs()).addDays(14));
            continue;
        }
        if (f.stage == Stage::Returned) {
            ForwardRequest r;
            r.fileNo = no;
            r.target = ForwardRequest::Target::Back;
            r.remarks = hindi ? QStringLiteral("कृपया पूर्व प्रकरणों का संदर्भ देते हुए पुनः प्रस्तुत करें।")
                              : QStringLiteral("Please put up again with the precedents.");
            as(c.so).forward(r);
            continue;
        }
        putUp(as(c.so), no, ActionAsked::Approval);
        day = qMax(0, day - (f.stage == Stage::LongPending ? 2 : 1));
        at(day, 12);
        if (f.stage == Stage::WithUs) {
            as(c.us).open(no);
            continue;
        }
        if (f.stage == Stage::WithDs || f.stage == Stage::LongPending) {
            as(c.us).saveDraft(no, QStringLiteral("Agreed. Deputy Secretary may kindly see."));
            forwardTo(as(c.us), no,
                      c.ds[0] == 'd' && section.startsWith(QLatin1String("FIN")) ? "DS-FIN" : "DS-GAD",
                      ActionAsked::Approval, QStringLiteral("For orders"));
            if (f.stage == Stage::LongPending) {
                at(qMax(0, day - 1), 15);
                as(c.ds).open(no);
                at(0, 10);
                // Long past the limit: the holder has recorded why.
                if (as(c.ds).age(no).overdue)
                    as(c.ds).recordDelay(no, QStringLiteral("Awaiting the opinion of the Law Department."));
            }
            continue;
        }
        // Approved and Closed: the Under Secretary approves the draft and the file; it comes back down.
        if (drafted)
            drafts(c.us).approve(no, 1, 0, {});
        as(c.us).approve(no, hindi ? QStringLiteral("प्रारूप अनुमोदित। जारी करें।")
                                   : QStringLiteral("Draft approved; issue."));
        at(day, 15);
        const QString creator =
            m_db.scalar(QStringLiteral("SELECT p.code FROM files f JOIN posts p ON p.id = f.created_post_id "
                                       "WHERE f.file_no = :n"),
                        {{QStringLiteral("n"), no}})
                .toString();
        forwardTo(as(c.so), no, qPrintable(creator), ActionAsked::None,
                  QStringLiteral("Approved; for issue and record."));
        if (f.stage == Stage::Closed) {
            at(qMax(0, day - 1), 11);
            if (drafted && m_renderer)
                drafts(c.clerk).issue(no, 1, *m_renderer);
            as(c.clerk).close(no, index % 2 ? QStringLiteral("C") : QStringLiteral("B"),
                              QStringLiteral("Orders issued. File closed for record."));
        }
    }
    // Follow-up (issue 17): the Chief Secretary watches the long-pending files, the Deputy
    // Secretary of GAD calls for one waiting with the Under Secretary; late files remind
    // their holders and escalate to their reporting officers (the sweep, as at sign-in).
    at(0, 16);
    for (const Opened &o : std::as_const(opened)) {
        try {
            if (o.stage == Stage::LongPending)
                FollowupService(m_db, clock, sessions.value(QStringLiteral("cs")))
                    .call(o.no, QStringLiteral("watch"),
                          o.hindi ? QStringLiteral("प्रगति से अवगत कराएँ; यह प्रकरण बहुत समय से लंबित है।")
                                  : QStringLiteral("Keep me informed; this has waited too long."),
                          today.addDays(7));
            else if (o.stage == Stage::WithUs && o.no.endsWith(QLatin1String("GAD1")))
                FollowupService(m_db, clock, sessions.value(QStringLiteral("ds.gad")))
                    .call(o.no, QStringLiteral("call"),
                          o.hindi ? QStringLiteral("कृपया अपनी टिप्पणी सहित प्रस्तुत करें।")
                                  : QStringLiteral("Please put up with your comments."),
                          today.addDays(2));
        } catch (const NastiError &) {
            // (a file the rules do not let this officer call for: no call, as in the client)
        }
    }
    FollowupService(m_db, m_clock, sessions.value(QStringLiteral("admin"))).sweep(true);
    tx.commit();
    return Outcome::Seeded;
}

} // namespace nasti
