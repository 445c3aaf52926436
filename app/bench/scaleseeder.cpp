#include "bench/scaleseeder.h"

#include "access/roles.h"
#include "db/database.h"
#include "db/transaction.h"
#include "domain/types.h"
#include "security/eventlog.h"
#include "security/passwordhasher.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#ifdef NASTI_HAVE_SQLITE3
#include <sqlite3.h>
#endif

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::ScaleSeeder", text);
}

// The marker of a seed in progress (settings): written, committed, before any row,
// and deleted in the transaction that records seed.imported.
constexpr char kUnfinishedKey[] = "seed_scale_unfinished";
constexpr char kUnfinishedQuery[] = "SELECT value FROM settings WHERE key = 'seed_scale_unfinished'";

// Fault tests (tests/tst_faults.cpp) kill the seeder at a named point, as a power
// cut or kill -9 would: NASTI_SEED_SCALE_CRASH=start|files|written.
void crashPoint(const char *point)
{
    static const QByteArray wanted = qgetenv("NASTI_SEED_SCALE_CRASH");
    if (wanted.isEmpty() || wanted != point)
        return;
    std::fflush(nullptr);
    // Let the writer thread commit what it has, so the kill leaves a half-seeded database.
    std::this_thread::sleep_for(std::chrono::milliseconds(800));
#ifdef Q_OS_UNIX
    ::kill(::getpid(), SIGKILL);
#endif
    std::_Exit(137);
}

constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kDay = 24 * kHour;
constexpr int kRowsPerInsert = 1000;

// splitmix64: deterministic, fast, good enough for synthetic data.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_s(seed) {}
    quint64 next()
    {
        quint64 z = (m_s += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template<typename T, size_t N> const T &pick(const T (&a)[N]) { return a[below(int(N))]; }

private:
    quint64 m_s;
};

struct Dept
{
    const char *code, *en, *hi;
};
constexpr Dept kDepartments[] = {
    {"GAD", "General Administration", "सामान्य प्रशासन"},
    {"FIN", "Finance", "वित्त"},
    {"HOME", "Home", "गृह"},
    {"REV", "Revenue", "राजस्व"},
    {"AGR", "Agriculture", "कृषि"},
    {"HLT", "Health and Family Welfare", "स्वास्थ्य एवं परिवार कल्याण"},
    {"EDU", "School Education", "स्कूल शिक्षा"},
    {"HED", "Higher Education", "उच्च शिक्षा"},
    {"PWD", "Public Works", "लोक निर्माण"},
    {"WRD", "Water Resources", "जल संसाधन"},
    {"ENR", "Energy", "ऊर्जा"},
    {"FOR", "Forest", "वन"},
    {"IND", "Industries", "उद्योग"},
    {"LAB", "Labour", "श्रम"},
    {"LAW", "Law and Legislative Affairs", "विधि एवं विधायी कार्य"},
    {"PLN", "Planning", "योजना"},
    {"RDV", "Rural Development", "ग्रामीण विकास"},
    {"UDV", "Urban Development", "नगरीय विकास"},
    {"TRN", "Transport", "परिवहन"},
    {"FCS", "Food and Civil Supplies", "खाद्य एवं नागरिक आपूर्ति"},
    {"SWD", "Social Welfare", "सामाजिक कल्याण"},
    {"WCD", "Women and Child Development", "महिला एवं बाल विकास"},
    {"TRB", "Tribal Welfare", "जनजातीय कल्याण"},
    {"CUL", "Culture", "संस्कृति"},
    {"TOU", "Tourism", "पर्यटन"},
    {"ITD", "Information Technology", "सूचना प्रौद्योगिकी"},
    {"CMT", "Commercial Tax", "वाणिज्यिक कर"},
    {"EXC", "Excise", "आबकारी"},
    {"COP", "Cooperation", "सहकारिता"},
    {"FSH", "Fisheries", "मत्स्य पालन"},
    {"ANH", "Animal Husbandry", "पशुपालन"},
    {"MIN", "Mineral Resources", "खनिज साधन"},
    {"PHE", "Public Health Engineering", "लोक स्वास्थ्य यांत्रिकी"},
    {"SPT", "Sports and Youth Welfare", "खेल एवं युवा कल्याण"},
    {"HSG", "Housing", "आवास"},
    {"PAR", "Parliamentary Affairs", "संसदीय कार्य"},
    {"MNR", "Minority Welfare", "अल्पसंख्यक कल्याण"},
    {"SCI", "Science and Technology", "विज्ञान एवं प्रौद्योगिकी"},
    {"ENV", "Environment", "पर्यावरण"},
    {"PNC", "Panchayat", "पंचायत"},
};
constexpr int kSectionsPerDept = 10;
constexpr int kAssistantsPerSection = 10;
constexpr int kUsersPerPost = 4;

const char *const kFirstNames[] = {"Ramesh",   "Sunita", "Anil",    "Meena",    "Rajiv",  "Pooja",  "Harish",
                                   "Farida",   "Vikram", "Lata",    "Arvind",   "Kavita", "Suresh", "Neha",
                                   "Manoj",    "Priya",  "Deepak",  "Asha",     "Sanjay", "Rekha",  "Imran",
                                   "Gurpreet", "Joseph", "Lakshmi", "Abhishek", "Nandini"};
const char *const kSurnames[] = {"Kumar",   "Verma",  "Sharma", "Iyer",      "Menon",    "Yadav",
                                 "Chandra", "Khan",   "Singh",  "Deshpande", "Kulkarni", "Patel",
                                 "Mishra",  "Tiwari", "Reddy",  "Nair",      "Gupta",    "Choudhary",
                                 "Joshi",   "Bose",   "Pillai", "Thakur",    "Dubey",    "Rao"};

const char *const kTopicsEn[] = {
    "Revision of dearness allowance",
    "Transfer and posting of officers",
    "Annual property returns",
    "Construction of district hospital building",
    "Procurement of computers",
    "Grant-in-aid to municipalities",
    "Pension case of retired employee",
    "Audit para reply",
    "Court case reply",
    "Budget estimates",
    "Recruitment rules amendment",
    "Departmental enquiry",
    "Land acquisition compensation",
    "Scholarship disbursement",
    "Road repair works",
    "Drinking water supply scheme",
    "RTI application",
    "Legislative assembly question",
    "Leave travel concession claim",
    "Vehicle purchase sanction",
    "Flood relief measures",
    "Crop insurance claims",
    "Implementation of e-Office",
    "Training programme",
    "Promotion of Section Officers",
    "Medical reimbursement claim",
    "Allotment of government quarters",
};
const char *const kTopicsHi[] = {
    "महंगाई भत्ते का पुनरीक्षण",
    "अधिकारियों का स्थानांतरण एवं पदस्थापना",
    "वार्षिक अचल संपत्ति विवरण",
    "जिला चिकित्सालय भवन का निर्माण",
    "कंप्यूटर का क्रय",
    "नगर पालिकाओं को अनुदान",
    "सेवानिवृत्त कर्मचारी का पेंशन प्रकरण",
    "लेखा परीक्षा कंडिका का उत्तर",
    "न्यायालयीन प्रकरण में जवाब",
    "बजट अनुमान",
    "भर्ती नियमों में संशोधन",
    "विभागीय जांच",
    "भू-अर्जन मुआवजा",
    "छात्रवृत्ति वितरण",
    "सड़क मरम्मत कार्य",
    "पेयजल आपूर्ति योजना",
    "सूचना का अधिकार आवेदन",
    "विधानसभा प्रश्न",
    "अवकाश यात्रा सुविधा दावा",
    "वाहन क्रय की स्वीकृति",
    "बाढ़ राहत उपाय",
    "फसल बीमा दावे",
    "ई-ऑफिस का क्रियान्वयन",
    "प्रशिक्षण कार्यक्रम",
    "अनुभाग अधिकारियों की पदोन्नति",
    "चिकित्सा प्रतिपूर्ति दावा",
    "शासकीय आवास का आवंटन",
};
const char *const kPlacesEn[] = {"Bhopal",     "Indore",  "Jabalpur",    "Gwalior", "Ujjain",
                                 "Sagar",      "Rewa",    "Satna",       "Ratlam",  "Dewas",
                                 "Chhindwara", "Khandwa", "Hoshangabad", "Betul",   "Mandla"};
const char *const kPlacesHi[] = {"भोपाल", "इंदौर", "जबलपुर",   "ग्वालियर", "उज्जैन",     "सागर", "रीवा", "सतना",
                                 "रतलाम", "देवास", "छिंदवाड़ा", "खंडवा",    "होशंगाबाद", "बैतूल",  "मंडला"};
const char *const kSentencesEn[] = {
    "The proposal received from the district office is placed below for kind perusal.",
    "The matter has been examined in the light of the relevant rules and circulars.",
    "Financial concurrence of the Finance Department may be obtained before approval.",
    "The draft reply to the Government of India is placed below for approval.",
    "As directed, the comments of the concerned section have been obtained.",
    "The file may kindly be seen; orders are solicited on the proposal at para above.",
    "Approved as proposed. Issue the orders.",
    "Please examine and put up with specific recommendations.",
    "The budget provision is available under the relevant head of account.",
    "The applicant may be informed accordingly and the file may be filed.",
};
const char *const kSentencesHi[] = {
    "जिला कार्यालय से प्राप्त प्रस्ताव अवलोकनार्थ नीचे प्रस्तुत है।",
    "प्रकरण का परीक्षण संबंधित नियमों एवं परिपत्रों के प्रकाश में किया गया।",
    "स्वीकृति से पूर्व वित्त विभाग की सहमति प्राप्त की जाना उचित होगा।",
    "भारत सरकार को भेजे जाने वाले उत्तर का प्रारूप अनुमोदनार्थ प्रस्तुत है।",
    "निर्देशानुसार संबंधित शाखा की टिप्पणी प्राप्त कर ली गई है।",
    "कृपया नस्ती का अवलोकन करें; उपरोक्त कंडिका के प्रस्ताव पर आदेश अपेक्षित हैं।",
    "प्रस्तावानुसार अनुमोदित। आदेश जारी करें।",
    "कृपया परीक्षण कर स्पष्ट अनुशंसा सहित प्रस्तुत करें।",
    "संबंधित लेखा शीर्ष में बजट प्रावधान उपलब्ध है।",
    "आवेदक को तदनुसार सूचित कर नस्ती दाखिल की जाए।",
};
const char *const kSenders[] = {"Collector, Bhopal",
                                "Government of India, Ministry of Finance",
                                "Accountant General",
                                "Commissioner, Indore Division",
                                "High Court of Madhya Pradesh",
                                "District Education Officer, Sagar",
                                "Municipal Corporation, Jabalpur",
                                "Chief Engineer, PWD",
                                "कलेक्टर, ग्वालियर",
                                "संभागायुक्त, रीवा"};

QString lit(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += QLatin1Char('\'');
    for (const QChar c : s) {
        if (c == QLatin1Char('\''))
            out += QLatin1Char('\'');
        out += c;
    }
    out += QLatin1Char('\'');
    return out;
}
QString litOrNull(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QStringLiteral("NULL");
    if (v.metaType().id() == QMetaType::QString)
        return lit(v.toString());
    return v.toString();
}

// Statements handed from the generator to the writer thread, which owns its own
// connection (QtSql: a connection belongs to the thread that opened it).
class Writer
{
public:
    static constexpr const char *kCommit = "--commit";

    explicit Writer(DbUrl url) : m_url(std::move(url))
    {
        m_thread = std::thread([this] { run(); });
    }
    ~Writer()
    {
        if (m_thread.joinable()) { // unwinding after an error: stop without throwing
            {
                std::lock_guard lock(m_mutex);
                m_closing = true;
                m_queue.clear();
                m_notEmpty.notify_one();
            }
            m_thread.join();
        }
    }
    void push(QString sql)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_queue.size() < 16 || !m_error.isEmpty(); });
        if (!m_error.isEmpty())
            fail(NastiError::Kind::Database, m_error);
        m_queue.push_back(std::move(sql));
        m_notEmpty.notify_one();
    }
    void commitPoint() { push(QString::fromLatin1(kCommit)); }
    // Waits for everything queued; throws what the writer hit.
    void finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closing = true;
            m_notEmpty.notify_one();
        }
        m_thread.join();
        if (!m_error.isEmpty())
            fail(NastiError::Kind::Database, m_error);
    }

private:
    void run()
    {
        try {
            auto db = Database::open(m_url);
            if (db->isPostgres()) {
                // Rows arrive in their final state; the one-action-at-a-time guard
                // triggers (and FK triggers) would refuse them. Needs a superuser.
                db->execRaw(QStringLiteral("SET session_replication_role = replica"));
                db->execRaw(QStringLiteral("SET synchronous_commit = off"));
            } else {
                disableSqliteTriggers(*db);
                // Batches of parents and children interleave; the rows are consistent when the seed ends.
                db->execRaw(QStringLiteral("PRAGMA foreign_keys = OFF"));
                db->execRaw(QStringLiteral("PRAGMA synchronous = OFF"));
                db->execRaw(QStringLiteral("PRAGMA cache_size = -1000000"));
                db->execRaw(QStringLiteral("PRAGMA temp_store = MEMORY"));
            }
            db->execRaw(db->dialect().beginWrite());
            for (;;) {
                QString sql;
                {
                    std::unique_lock lock(m_mutex);
                    m_notEmpty.wait(lock, [this] { return !m_queue.empty() || m_closing; });
                    if (m_queue.empty())
                        break;
                    sql = std::move(m_queue.front());
                    m_queue.pop_front();
                    m_notFull.notify_one();
                }
                if (sql == QLatin1String(kCommit)) {
                    db->execRaw(QStringLiteral("COMMIT"));
                    db->execRaw(db->dialect().beginWrite());
                } else {
                    db->execRaw(sql);
                }
            }
            db->execRaw(QStringLiteral("COMMIT"));
            if (!db->isPostgres()) {
                // The FTS tables were kept by triggers that were off: build them now.
                db->execRaw(QStringLiteral("INSERT INTO files_fts (files_fts) VALUES ('rebuild')"));
                db->execRaw(QStringLiteral("INSERT INTO notes_fts (notes_fts) VALUES ('rebuild')"));
                // Likewise rule 4's file_chain (schema step 6).
                db->execRaw(QStringLiteral("INSERT OR IGNORE INTO file_chain (post_id, file_id) "
                                           "SELECT created_post_id, id FROM files"));
                db->execRaw(QStringLiteral("INSERT OR IGNORE INTO file_chain (post_id, file_id) "
                                           "SELECT to_post_id, file_id FROM movements"));
            }
        } catch (const NastiError &e) {
            std::lock_guard lock(m_mutex);
            m_error = e.message();
            m_queue.clear();
            m_notFull.notify_all();
        }
    }

    static void disableSqliteTriggers(Database &db)
    {
#ifdef NASTI_HAVE_SQLITE3
        const QVariant handle = db.handle().driver()->handle();
        sqlite3 *h = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                         ? *static_cast<sqlite3 *const *>(handle.constData())
                         : nullptr;
        int enabled = 1;
        if (h)
            sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &enabled);
        if (!h || enabled != 0)
            fail(NastiError::Kind::Database, tr("Cannot switch triggers off on the seeding connection."));
#else
        Q_UNUSED(db);
        fail(NastiError::Kind::Database,
             tr("This build cannot seed SQLite at scale (built without sqlite3.h)."));
#endif
    }

    DbUrl m_url;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_notEmpty, m_notFull;
    std::deque<QString> m_queue;
    bool m_closing = false;
    QString m_error;
};

// Accumulates rows of one table into multi-row INSERTs.
class Batch
{
public:
    Batch(Writer &w, QString table, const QString &columns, qint64 *counter)
        : m_writer(w), m_head(QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns)),
          m_counter(counter)
    {
    }
    void add(const QString &values)
    {
        if (m_rows == 0) {
            m_sql.reserve(256 * 1024);
            m_sql = m_head;
        } else {
            m_sql += QLatin1Char(',');
        }
        m_sql += QLatin1Char('(');
        m_sql += values;
        m_sql += QLatin1Char(')');
        ++*m_counter;
        if (++m_rows >= kRowsPerInsert)
            flush();
    }
    void flush()
    {
        if (m_rows == 0)
            return;
        m_writer.push(std::move(m_sql));
        m_sql.clear();
        m_rows = 0;
    }

private:
    Writer &m_writer;
    QString m_head, m_sql;
    int m_rows = 0;
    qint64 *m_counter;
};

// Running digest over a table's seeded rows, in id order.
struct TableDigest
{
    QCryptographicHash hash{QCryptographicHash::Sha256};
    qint64 rows = 0, lastId = 0;
    void add(qint64 id, const QString &rowHash)
    {
        hash.addData(rowHash.toLatin1());
        ++rows;
        lastId = id;
    }
    QJsonObject json() const
    {
        return {{QStringLiteral("last_id"), QString::number(lastId)},
                {QStringLiteral("rows"), QString::number(rows)},
                {QStringLiteral("digest"), QString::fromLatin1(hash.result().toHex())}};
    }
};

struct Post
{
    qint64 id;
    QString code, titleEn, titleHi;
    int level;
    qint64 dept, section, reportsTo, holderUser;
    QString holderName;
};

// ", '{posts}', to_tsvector(...)" for files.chain_posts and files.search_tsv: what schema
// step 6's triggers would hold (the distinct posts that created or held the file, the
// words of its subject and frozen notes in paragraph order).
QString pgSearchColumns(QList<qint64> posts, const QString &subject, const QStringList &noteBodies)
{
    std::sort(posts.begin(), posts.end());
    posts.erase(std::unique(posts.begin(), posts.end()), posts.end());
    QStringList ids;
    for (const qint64 p : posts)
        ids << QString::number(p);
    return QStringLiteral(", '{%1}', to_tsvector('simple', %2)")
        .arg(ids.join(QLatin1Char(',')), lit(subject + QLatin1Char(' ') + noteBodies.join(QLatin1Char(' '))));
}

QString isoDate(qint64 ms)
{
    return Clock::officeDate(ms).toString(Qt::ISODate);
}

int officeYear(qint64 ms)
{
    // Asia/Kolkata has no DST: +05:30 always.
    return QDateTime::fromMSecsSinceEpoch(ms + 19800000LL, Qt::UTC).date().year();
}

QString formatEta(double seconds)
{
    const int s = int(seconds);
    return s >= 60 ? QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'))
                   : QStringLiteral("%1s").arg(s);
}
} // namespace

ScaleSeeder::Result ScaleSeeder::seed(const Options &o)
{
    if (o.files < 1)
        fail(NastiError::Kind::Invalid, tr("--files must be at least 1."));
    if (o.pdfs.isEmpty() || o.pdfs.size() != o.pdfPages.size())
        fail(NastiError::Kind::Invalid, tr("The seeder needs at least one receipt PDF."));
    // A run that was killed (or failed) left its marker: everything in the database
    // is its half-written output, removed below on the writer's connection (the
    // guard triggers are off there) before seeding again from the start.
    const bool resume = m_db.scalar(QString::fromLatin1(kUnfinishedQuery)).isValid();
    // Only into an empty database (or nothing): never next to real work.
    const qint64 existing =
        resume ? 0
               : m_db.scalar(QStringLiteral(
                                 "SELECT (SELECT COUNT(*) FROM departments) + (SELECT COUNT(*) FROM posts) "
                                 "+ (SELECT COUNT(*) FROM files) + (SELECT COUNT(*) FROM users)"))
                     .toLongLong();
    if (existing > 0)
        fail(NastiError::Kind::Refused, tr("The database %1 already has an organisation or files; seed-scale "
                                           "only seeds an empty database "
                                           "(create a new one for the benchmark).")
                                            .arg(m_db.url().display()));
    if (m_db.isPostgres() &&
        !m_db.scalar(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).toBool())
        fail(NastiError::Kind::Refused,
             tr("seed-scale on PostgreSQL needs a superuser connection (it writes history rows "
                "with the guard triggers off on its own session)."));

    QElapsedTimer timer;
    timer.start();
    Result r;
    Rng rng(o.seed);
    const qint64 now = o.nowMs;
    const qint64 span = 3 * 365 * kDay;
    const qint64 start = now - span;
    const QString pwHash = passwords::hash(o.password);
    const bool pg = m_db.isPostgres();

    // The marker goes in first, committed, and leaves with the seed.imported event.
    if (!resume)
        m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('%1', :v)")
                      .arg(QLatin1String(kUnfinishedKey)),
                  {{QStringLiteral("v"), QString::number(o.files)}});
    else
        m_progress(
            tr("seed-scale: an earlier run was interrupted; removing what it wrote and seeding again"));
    crashPoint("start");

    Writer writer(m_db.url());
    qint64 dummy = 0;
    if (resume) {
        for (const char *table : {"file_papers", "receipts", "notes", "movements", "files", "attachments",
                                  "counters", "posts", "users", "sections", "departments"})
            writer.push(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
        if (!pg)
            writer.push(QStringLiteral("DELETE FROM file_chain"));
        writer.commitPoint();
    }

    // --- Organisation -------------------------------------------------------------
    std::vector<Post> posts;
    posts.reserve(5001);
    struct SectionInfo
    {
        qint64 id;
        QString code, noDash;
        int dept, primary, secondary;
        qint64 asst[kAssistantsPerSection];
        qint64 so, us, ds, sec;
    };
    std::vector<SectionInfo> sections;
    {
        Batch depts(writer, QStringLiteral("departments"),
                    QStringLiteral("id, code, name_en, name_hi, time_limit_days"), &r.departments);
        Batch secs(writer, QStringLiteral("sections"),
                   QStringLiteral(
                       "id, code, department_id, name_en, name_hi, basic_head, primary_head, secondary_head"),
                   &r.sections);
        qint64 postId = 0;
        auto addPost = [&](const QString &code, const QString &en, const QString &hi, int level, qint64 dept,
                           qint64 section, qint64 reportsTo) {
            posts.push_back({++postId, code, en, hi, level, dept, section, reportsTo, 0, {}});
            return postId;
        };
        const qint64 cs = addPost(QStringLiteral("CS"), QStringLiteral("Chief Secretary"),
                                  QStringLiteral("मुख्य सचिव"), 6, 1, 0, 0);
        int d = 0;
        for (const Dept &dept : kDepartments) {
            ++d;
            const QString code = QString::fromUtf8(dept.code);
            const QString en = QString::fromUtf8(dept.en), hi = QString::fromUtf8(dept.hi);
            depts.add(QStringLiteral("%1, %2, %3, %4, 7").arg(d).arg(lit(code), lit(en), lit(hi)));
            const qint64 sec =
                addPost(QStringLiteral("PS-") + code, QStringLiteral("Principal Secretary, ") + en,
                        QStringLiteral("प्रमुख सचिव, ") + hi, 5, d, 0, cs);
            qint64 ds[4];
            for (int j = 0; j < 4; ++j)
                ds[j] = addPost(QStringLiteral("DS-%1-%2").arg(code).arg(j + 1),
                                QStringLiteral("Deputy Secretary, ") + en, QStringLiteral("उप सचिव, ") + hi,
                                4, d, 0, sec);
            for (int n = 1; n <= kSectionsPerDept; ++n) {
                SectionInfo s;
                s.id = qint64(sections.size()) + 1;
                s.code = QStringLiteral("%1-%2").arg(code).arg(n);
                s.noDash = QStringLiteral("%1%2").arg(code).arg(n);
                s.dept = d;
                s.primary = 10 + d;
                s.secondary = 10 + n;
                secs.add(QStringLiteral("%1, %2, %3, %4, %5, 'A', %6, %7")
                             .arg(s.id)
                             .arg(lit(s.code))
                             .arg(d)
                             .arg(lit(QStringLiteral("%1 Section %2").arg(en).arg(n)),
                                  lit(QStringLiteral("%1 शाखा %2").arg(hi).arg(n)))
                             .arg(s.primary)
                             .arg(s.secondary));
                s.sec = sec;
                s.ds = ds[(n - 1) / 3];
                s.us = addPost(QStringLiteral("US-") + s.noDash, QStringLiteral("Under Secretary, ") + s.code,
                               QStringLiteral("अवर सचिव, ") + s.code, 3, d, s.id, s.ds);
                s.so = addPost(QStringLiteral("SO-") + s.noDash, QStringLiteral("Section Officer, ") + s.code,
                               QStringLiteral("अनुभाग अधिकारी, ") + s.code, 2, d, s.id, s.us);
                for (int k = 0; k < kAssistantsPerSection; ++k)
                    s.asst[k] = addPost(QStringLiteral("ASST-%1-%2").arg(s.noDash).arg(k + 1),
                                        QStringLiteral("Assistant, ") + s.code,
                                        QStringLiteral("सहायक, ") + s.code, 1, d, s.id, s.so);
                sections.push_back(s);
            }
        }
        depts.flush();
        secs.flush();

        // Users: four per post, the first holds it; one administrator.
        Batch users(
            writer, QStringLiteral("users"),
            QStringLiteral("id, login, full_name, role, password_hash, enabled, failed_logins, created_at"),
            &r.users);
        qint64 userId = 0;
        for (Post &p : posts) {
            const QString role = p.level == 6   ? QStringLiteral("reviewer")
                                 : p.level == 1 ? QStringLiteral("clerk")
                                                : QStringLiteral("officer");
            for (int k = 1; k <= kUsersPerPost; ++k) {
                const QString name = QString::fromUtf8(rng.pick(kFirstNames)) + QLatin1Char(' ') +
                                     QString::fromUtf8(rng.pick(kSurnames));
                const QString login = p.code.toLower() + QLatin1Char('.') + QString::number(k);
                users.add(QStringLiteral("%1, %2, %3, %4, %5, 1, 0, %6")
                              .arg(++userId)
                              .arg(lit(login), lit(name), lit(role), lit(pwHash))
                              .arg(start - 30 * kDay));
                if (k == 1) {
                    p.holderUser = userId;
                    p.holderName = name;
                }
            }
        }
        users.add(QStringLiteral("%1, 'bench.admin', 'Benchmark Administrator', 'admin', %2, 1, 0, %3")
                      .arg(++userId)
                      .arg(lit(pwHash))
                      .arg(start - 30 * kDay));
        users.flush();
        Batch postRows(
            writer, QStringLiteral("posts"),
            QStringLiteral(
                "id, code, title_en, title_hi, department_id, section_id, level, reports_to, holder_user_id"),
            &r.posts);
        // Parents first: reports_to points at a lower id, the FK holds row by row.
        for (const Post &p : posts)
            postRows.add(QStringLiteral("%1, %2, %3, %4, %5, %6, %7, %8, %9")
                             .arg(p.id)
                             .arg(lit(p.code), lit(p.titleEn), lit(p.titleHi))
                             .arg(p.dept)
                             .arg(p.section ? QString::number(p.section) : QStringLiteral("NULL"))
                             .arg(p.level)
                             .arg(p.reportsTo ? QString::number(p.reportsTo) : QStringLiteral("NULL"))
                             .arg(p.holderUser));
        postRows.flush();
        writer.commitPoint();
    }
    auto post = [&](qint64 id) -> const Post & {
        return posts[size_t(id - 1)];
    };

    // Attachments: a handful of small distinct PDFs, shared by all receipts.
    QStringList pdfSha;
    {
        Batch att(writer, QStringLiteral("attachments"),
                  QStringLiteral("sha256, byte_size, mime_type, page_count, content, created_at"), &dummy);
        for (int i = 0; i < o.pdfs.size(); ++i) {
            const QByteArray &bytes = o.pdfs.at(i);
            const QString sha =
                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            pdfSha << sha;
            const QString hex = QString::fromLatin1(bytes.toHex());
            att.add(QStringLiteral("%1, %2, 'application/pdf', %3, %4, %5")
                        .arg(lit(sha))
                        .arg(bytes.size())
                        .arg(o.pdfPages.at(i))
                        .arg(pg ? QStringLiteral("decode('%1', 'hex')").arg(hex)
                                : QStringLiteral("X'%1'").arg(hex))
                        .arg(start));
        }
        att.flush();
    }

    // Sections by Zipf-like weight: a few sections (and so a few posts) are very busy.
    std::vector<double> cumulative(sections.size());
    {
        std::vector<int> order(sections.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        Rng shuffle(o.seed ^ 0x5eed);
        for (size_t i = order.size() - 1; i > 0; --i)
            std::swap(order[i], order[size_t(shuffle.below(int(i + 1)))]);
        std::vector<double> w(sections.size());
        for (size_t rank = 0; rank < order.size(); ++rank)
            w[size_t(order[rank])] = 1.0 / std::pow(double(rank + 2), 1.1);
        double sum = 0;
        for (size_t i = 0; i < w.size(); ++i)
            cumulative[i] = (sum += w[i]);
        for (double &c : cumulative)
            c /= sum;
    }

    // --- Files and their history -------------------------------------------------------
    Batch files(
        writer, QStringLiteral("files"),
        QStringLiteral(
            "id, file_no, section_id, year, serial, subject, head, priority, grading, status, due_date, "
            "created_post_id, created_user_id, created_at, holder_post_id, holder_since, last_movement_id, "
            "sent_by_post_id, action_asked, movement_due, remarks, opened_at, approved_at, "
            "approved_by_post_id, retention, review_year, closed_at, version")
            // Schema step 6: rule 4's posts and the frozen notes' words, which the
            // triggers (off while seeding) would otherwise keep.
            + (pg ? QStringLiteral(", chain_posts, search_tsv") : QString()),
        &r.files);
    Batch movements(
        writer, QStringLiteral("movements"),
        QStringLiteral(
            "id, file_id, kind, from_post_id, to_post_id, by_user_id, action_asked, remarks, priority, "
            "due_date, sent_at, file_version, arrived_at"),
        &r.movements);
    Batch notes(
        writer, QStringLiteral("notes"),
        QStringLiteral(
            "id, file_id, kind, author_user_id, author_post_id, author_name, designation, body, created_at, "
            "updated_at, frozen_at, para_start, para_count, content_hash"),
        &r.notes);
    Batch receipts(
        writer, QStringLiteral("receipts"),
        QStringLiteral(
            "id, diary_no, section_id, sender, subject, letter_no, letter_date, grading, received_at, "
            "diarised_by_post_id, diarised_by_user_id, attachment_sha256, file_name"),
        &r.receipts);
    Batch papers(
        writer, QStringLiteral("file_papers"),
        QStringLiteral(
            "id, file_id, receipt_id, position, flag, fr_number, first_page, added_at, added_by_post_id"),
        &dummy);
    TableDigest dMovements, dNotes, dReceipts, dPapers;

    QHash<QString, int> fileCounters, receiptCounters; // "code|year" -> last serial
    qint64 movementId = 0, noteId = 0, receiptId = 0, paperId = 0;
    std::vector<qint64> openHeld(posts.size() + 1, 0);
    const qint64 progressEvery = qMax<qint64>(1000, qMin<qint64>(50000, o.files / 20));
    const qint64 commitEvery = 20000;

    struct Step
    {
        qint64 from, to, at;
        QString kind, action;
    };
    std::vector<Step> steps;
    std::vector<qint64> arrival;

    for (qint64 i = 0; i < o.files; ++i) {
        const qint64 fileId = i + 1;
        const double pickSection = rng.unit();
        const size_t si =
            size_t(std::lower_bound(cumulative.begin(), cumulative.end(), pickSection) - cumulative.begin());
        const SectionInfo &s = sections[qMin(si, sections.size() - 1)];
        const qint64 createdAt = start + qint64((double(i) + rng.unit()) * double(span) / double(o.files));
        const int year = officeYear(createdAt);
        const int serial = ++fileCounters[s.code + QLatin1Char('|') + QString::number(year)];
        const QString head =
            QStringLiteral("A-%1%2").arg(s.primary).arg(QLatin1Char('0') + QString::number(s.secondary));
        const QString fileNo = QStringLiteral("%1/%2/%3-%4").arg(head).arg(serial).arg(year).arg(s.noDash);
        const bool hindi = rng.chance(0.5);
        const QString subject =
            hindi ? QStringLiteral("%1 - %2 %3")
                        .arg(QString::fromUtf8(rng.pick(kTopicsHi)), QString::fromUtf8(rng.pick(kPlacesHi)))
                        .arg(year)
                  : QStringLiteral("%1 - %2 %3")
                        .arg(QString::fromUtf8(rng.pick(kTopicsEn)), QString::fromUtf8(rng.pick(kPlacesEn)))
                        .arg(year);
        const double pr = rng.unit();
        const int priority = pr < 0.70 ? 0 : pr < 0.90 ? 1 : pr < 0.97 ? 2 : 3;
        const double gr = rng.unit();
        const int grading = gr < 0.90 ? 0 : gr < 0.97 ? 1 : gr < 0.995 ? 2 : 3;
        const qint64 creator = s.asst[rng.below(kAssistantsPerSection)];
        const qint64 age = now - createdAt;
        const double openChance = age < 30 * kDay ? 0.9 : age < 180 * kDay ? 0.4 : 0.05;
        const bool open = rng.chance(openChance);
        const bool parked = open && rng.chance(0.02);

        // Walk the chain: assistant -> SO -> US -> DS -> PS, up and back down.
        const qint64 chain[5] = {creator, s.so, s.us, s.ds, s.sec};
        const int moves = 5 + rng.below(11);
        steps.clear();
        int pos = 0;
        for (int k = 0; k < moves; ++k) {
            const bool up = pos == 0 || (pos < 4 && rng.chance(0.6));
            const int next = up ? pos + 1 : pos - 1;
            Step st{chain[pos], chain[next], 0, {}, {}};
            if (up) {
                st.kind = pos == 0 ? QStringLiteral("putup") : QStringLiteral("forward");
                st.action = rng.chance(0.6) ? QStringLiteral("approval") : QStringLiteral("comments");
            } else {
                st.kind = pos >= 2 && rng.chance(0.25) ? QStringLiteral("approve") : QStringLiteral("return");
                st.action = rng.chance(0.5) ? QStringLiteral("information") : QString();
            }
            steps.push_back(st);
            pos = next;
        }
        if (!open && pos != 0) // only the creating post closes a file
            steps.push_back({chain[pos], chain[0], 0, QStringLiteral("return"), QString()});
        // Times: the file's life uses part of the time since it was opened.
        const qint64 budget = open ? qint64(double(age) * (0.3 + 0.65 * rng.unit()))
                                   : qMin<qint64>(qint64(double(age) * 0.9), (20 + rng.below(100)) * kDay);
        {
            std::vector<double> w(steps.size());
            double sum = 0;
            for (double &x : w)
                sum += (x = 0.2 + rng.unit());
            double acc = 0;
            for (size_t k = 0; k < steps.size(); ++k) {
                acc += w[k];
                steps[k].at =
                    createdAt + qMax<qint64>(qint64(k + 1) * 60000, qint64(double(budget) * acc / sum));
            }
            // The last files opened just before now: their minute-apart steps would run past
            // now, and history is never in the future (the running week's review is then not
            // "quiet"), so they are spread evenly over the time there is.
            if (!steps.empty() && steps.back().at >= now - 60000) {
                const qint64 end = now - createdAt > 120000 ? now - 60000 : now;
                const qint64 n = qint64(steps.size()) + 1;
                for (size_t k = 0; k < steps.size(); ++k)
                    steps[k].at = createdAt + (end - createdAt) * qint64(k + 1) / n;
            }
        }

        // Notes: each written by the post holding the file at some step, frozen when it left.
        const int noteCount = 2 + rng.below(7);
        std::vector<int> noteSteps(static_cast<size_t>(noteCount), 0);
        for (int &x : noteSteps)
            x = rng.below(int(steps.size()));
        std::sort(noteSteps.begin(), noteSteps.end());
        int para = 1;
        QStringList noteBodies;
        for (const int k : noteSteps) {
            const Step &st = steps[size_t(k)];
            const Post &author = post(st.from);
            const qint64 arrivedAt = k == 0 ? createdAt : steps[size_t(k - 1)].at;
            const qint64 written = arrivedAt + (st.at - arrivedAt) / 2;
            const int paragraphs = 1 + rng.below(3);
            QStringList parts;
            const bool hi = rng.chance(0.5);
            for (int p = 0; p < paragraphs; ++p)
                parts << (hi ? QString::fromUtf8(rng.pick(kSentencesHi))
                             : QString::fromUtf8(rng.pick(kSentencesEn)));
            const QString body = parts.join(QStringLiteral("\n\n"));
            noteBodies << body;
            const QString kind =
                st.kind == QLatin1String("approve") ? QStringLiteral("approval") : QStringLiteral("note");
            const qint64 id = ++noteId;
            const QVariantMap cols = {{QStringLiteral("id"), id},
                                      {QStringLiteral("file_id"), fileId},
                                      {QStringLiteral("kind"), kind},
                                      {QStringLiteral("author_user_id"), author.holderUser},
                                      {QStringLiteral("author_post_id"), author.id},
                                      {QStringLiteral("author_name"), author.holderName},
                                      {QStringLiteral("designation"), author.titleEn},
                                      {QStringLiteral("body"), body},
                                      {QStringLiteral("created_at"), written},
                                      {QStringLiteral("frozen_at"), st.at},
                                      {QStringLiteral("para_start"), para},
                                      {QStringLiteral("para_count"), paragraphs}};
            const QString hash = EventLog::rowHash(QStringLiteral("notes"), cols);
            dNotes.add(id, hash);
            notes.add(QStringLiteral("%1, %2, %3, %4, %5, %6, %7, %8, %9, %9, %10, %11, %12, %13")
                          .arg(id)
                          .arg(fileId)
                          .arg(lit(kind))
                          .arg(author.holderUser)
                          .arg(author.id)
                          .arg(lit(author.holderName), lit(author.titleEn), lit(body))
                          .arg(written)
                          .arg(st.at)
                          .arg(para)
                          .arg(paragraphs)
                          .arg(lit(hash)));
            para += paragraphs;
        }

        qint64 approvedAt = 0, approvedBy = 0, firstMovement = movementId + 1;
        for (size_t k = 0; k < steps.size(); ++k) {
            const Step &st = steps[k];
            const qint64 id = ++movementId;
            const QString remarks = st.kind == QLatin1String("return") && rng.chance(0.3)
                                        ? QStringLiteral("Please see.")
                                        : QString();
            const QVariant action = st.action.isEmpty() ? QVariant() : QVariant(st.action);
            const int version = int(2 * k + 1);
            const QVariantMap cols = {{QStringLiteral("id"), id},
                                      {QStringLiteral("file_id"), fileId},
                                      {QStringLiteral("kind"), st.kind},
                                      {QStringLiteral("from_post_id"), st.from},
                                      {QStringLiteral("to_post_id"), st.to},
                                      {QStringLiteral("by_user_id"), post(st.from).holderUser},
                                      {QStringLiteral("action_asked"), action},
                                      {QStringLiteral("remarks"), remarks},
                                      {QStringLiteral("priority"), priority},
                                      {QStringLiteral("due_date"), QVariant()},
                                      {QStringLiteral("sent_at"), st.at},
                                      {QStringLiteral("file_version"), version}};
            dMovements.add(id, EventLog::rowHash(QStringLiteral("movements"), cols));
            // When the file reached the sender (schema step 16): the step before, or its opening.
            const qint64 arrivedAt = k == 0 ? createdAt : steps[k - 1].at;
            movements.add(QStringLiteral("%1, %2, %3, %4, %5, %6, %7, %8, %9, NULL, %10, %11, %12")
                              .arg(id)
                              .arg(fileId)
                              .arg(lit(st.kind))
                              .arg(st.from)
                              .arg(st.to)
                              .arg(post(st.from).holderUser)
                              .arg(litOrNull(action), lit(remarks))
                              .arg(priority)
                              .arg(st.at)
                              .arg(version)
                              .arg(arrivedAt));
            if (st.kind == QLatin1String("approve")) {
                approvedAt = st.at;
                approvedBy = st.from;
            }
        }
        Q_UNUSED(firstMovement);
        QList<qint64> chainPosts{creator};
        for (const Step &st : steps)
            chainPosts << st.to;
        const Step &last = steps.back();
        const qint64 holder = last.to;
        const bool opened = rng.chance(0.6) && last.at + kHour < now;
        QString status = QStringLiteral("open");
        qint64 closedAt = 0;
        QString retention;
        if (!open) {
            status = QStringLiteral("closed");
            closedAt = qMax(last.at + 1, qMin(now - kHour, last.at + kDay));
            const double rt = rng.unit();
            retention = rt < 0.1 ? QStringLiteral("A") : rt < 0.3 ? QStringLiteral("B") : QStringLiteral("C");
            if (!approvedAt) {
                approvedAt = last.at;
                approvedBy = steps.front().to;
            }
        } else if (parked) {
            status = QStringLiteral("parked");
        }
        if (status == QLatin1String("open"))
            ++openHeld[size_t(holder)];
        if (open)
            ++r.openFiles;
        const QString due = rng.chance(0.1) ? lit(isoDate(createdAt + 30 * kDay)) : QStringLiteral("NULL");
        files.add(
            QStringLiteral("%1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, ")
                .arg(fileId)
                .arg(lit(fileNo))
                .arg(s.id)
                .arg(year)
                .arg(serial)
                .arg(lit(subject), lit(head))
                .arg(priority)
                .arg(grading)
                .arg(lit(status), due) +
            QStringLiteral("%1, %2, %3, %4, %5, %6, %7, %8, NULL, %9, %10, %11, %12, %13, %14, %15, %16")
                .arg(creator)
                .arg(post(creator).holderUser)
                .arg(createdAt)
                .arg(holder)
                .arg(last.at)
                .arg(movementId)
                .arg(last.from)
                .arg(litOrNull(last.action.isEmpty() ? QVariant() : QVariant(last.action)), lit(QString()),
                     opened ? QString::number(last.at + kHour) : QStringLiteral("NULL"),
                     approvedAt ? QString::number(approvedAt) : QStringLiteral("NULL"),
                     approvedBy ? QString::number(approvedBy) : QStringLiteral("NULL"),
                     retention.isEmpty() ? QStringLiteral("NULL") : lit(retention),
                     retention == QLatin1String("B") ? QString::number(year + 25) : QStringLiteral("NULL"),
                     closedAt ? QString::number(closedAt) : QStringLiteral("NULL"))
                .arg(int(2 * steps.size() + 2)) +
            (pg ? pgSearchColumns(chainPosts, subject, noteBodies) : QString()));

        // Receipts: about one file in eight has its letters in the file (PUC, sometimes FR I).
        if (rng.chance(0.12)) {
            const int letters = rng.chance(0.3) ? 2 : 1;
            int firstPage = 1;
            for (int l = 0; l < letters; ++l) {
                const int pdf = rng.below(int(o.pdfs.size()));
                const qint64 receivedAt = l == 0 ? createdAt - kDay : steps.front().at;
                const int ryear = officeYear(receivedAt);
                const int rserial = ++receiptCounters[s.code + QLatin1Char('|') + QString::number(ryear)];
                const QString diary = QStringLiteral("R-%1/%2-%3").arg(rserial).arg(ryear).arg(s.noDash);
                const qint64 rid = ++receiptId;
                const QString sender = QString::fromUtf8(rng.pick(kSenders));
                const QString letterNo = QStringLiteral("%1/%2").arg(100 + rng.below(9000)).arg(ryear);
                const QString letterDate = isoDate(receivedAt - 2 * kDay);
                const QString fileName = QStringLiteral("letter-%1.pdf").arg(rid);
                const QVariantMap rc = {{QStringLiteral("id"), rid},
                                        {QStringLiteral("diary_no"), diary},
                                        {QStringLiteral("section_id"), s.id},
                                        {QStringLiteral("sender"), sender},
                                        {QStringLiteral("subject"), subject},
                                        {QStringLiteral("letter_no"), letterNo},
                                        {QStringLiteral("letter_date"), letterDate},
                                        {QStringLiteral("grading"), grading},
                                        {QStringLiteral("received_at"), receivedAt},
                                        {QStringLiteral("diarised_by_post_id"), creator},
                                        {QStringLiteral("diarised_by_user_id"), post(creator).holderUser},
                                        {QStringLiteral("attachment_sha256"), pdfSha.at(pdf)},
                                        {QStringLiteral("file_name"), fileName}};
                dReceipts.add(rid, EventLog::rowHash(QStringLiteral("receipts"), rc));
                receipts.add(QStringLiteral("%1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13")
                                 .arg(rid)
                                 .arg(lit(diary))
                                 .arg(s.id)
                                 .arg(lit(sender), lit(subject), lit(letterNo), lit(letterDate))
                                 .arg(grading)
                                 .arg(receivedAt)
                                 .arg(creator)
                                 .arg(post(creator).holderUser)
                                 .arg(lit(pdfSha.at(pdf)), lit(fileName)));
                const qint64 pid = ++paperId;
                const QString flag = l == 0 ? QStringLiteral("PUC") : QStringLiteral("FR");
                const QVariant fr = l == 0 ? QVariant() : QVariant(l);
                const qint64 addedAt = l == 0 ? createdAt : steps.front().at;
                const QVariantMap pc = {{QStringLiteral("id"), pid},
                                        {QStringLiteral("file_id"), fileId},
                                        {QStringLiteral("receipt_id"), rid},
                                        {QStringLiteral("position"), l + 1},
                                        {QStringLiteral("flag"), flag},
                                        {QStringLiteral("fr_number"), fr},
                                        {QStringLiteral("first_page"), firstPage},
                                        {QStringLiteral("added_at"), addedAt},
                                        {QStringLiteral("added_by_post_id"), creator}};
                dPapers.add(pid, EventLog::rowHash(QStringLiteral("file_papers"), pc));
                papers.add(QStringLiteral("%1, %2, %3, %4, %5, %6, %7, %8, %9")
                               .arg(pid)
                               .arg(fileId)
                               .arg(rid)
                               .arg(l + 1)
                               .arg(lit(flag), litOrNull(fr))
                               .arg(firstPage)
                               .arg(addedAt)
                               .arg(creator));
                firstPage += o.pdfPages.at(pdf);
            }
        }

        if ((i + 1) % commitEvery == 0 || i + 1 == o.files) {
            // Parents before children within each commit: files, then their history.
            files.flush();
            receipts.flush();
            notes.flush();
            movements.flush();
            papers.flush();
            writer.commitPoint();
            if ((i + 1) * 10 >= o.files * 4)
                crashPoint("files"); // about 40 %: the organisation and some files are written
        }
        if ((i + 1) % progressEvery == 0 || i + 1 == o.files) {
            const double secs = double(timer.elapsed()) / 1000.0;
            const qint64 rows = r.files + r.movements + r.notes + r.receipts;
            const double rate = double(rows) / qMax(secs, 0.001);
            const double eta = secs * double(o.files - i - 1) / double(i + 1);
            m_progress(tr("seed-scale: %1/%2 files (%3%), %4 rows, %5 rows/s, ETA %6")
                           .arg(i + 1)
                           .arg(o.files)
                           .arg((i + 1) * 100 / o.files)
                           .arg(rows)
                           .arg(qint64(rate))
                           .arg(formatEta(eta)));
        }
    }

    // Counters continue after the seeded serials: new files and receipts never collide.
    {
        Batch counters(writer, QStringLiteral("counters"), QStringLiteral("scope, year, last_value"), &dummy);
        for (auto it = fileCounters.cbegin(); it != fileCounters.cend(); ++it)
            counters.add(QStringLiteral("%1, %2, %3")
                             .arg(lit(QStringLiteral("file:") + it.key().section(QLatin1Char('|'), 0, 0)),
                                  it.key().section(QLatin1Char('|'), 1))
                             .arg(it.value()));
        for (auto it = receiptCounters.cbegin(); it != receiptCounters.cend(); ++it)
            counters.add(QStringLiteral("%1, %2, %3")
                             .arg(lit(QStringLiteral("receipt:") + it.key().section(QLatin1Char('|'), 0, 0)),
                                  it.key().section(QLatin1Char('|'), 1))
                             .arg(it.value()));
        counters.flush();
    }
    m_progress(tr("seed-scale: generated everything in %1; waiting for the database to finish writing…")
                   .arg(formatEta(double(timer.elapsed()) / 1000.0)));
    writer.finish();
    m_progress(tr("seed-scale: rows written in %1; finishing (sequences, statistics, custody check)…")
                   .arg(formatEta(double(timer.elapsed()) / 1000.0)));
    crashPoint("written");

    if (pg) {
        // Identity columns continue after the explicit ids.
        for (const char *table : {"departments", "sections", "posts", "users", "files", "notes", "movements",
                                  "receipts", "file_papers"}) {
            const QString t = QString::fromLatin1(table);
            m_db.execRaw(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), GREATEST((SELECT "
                                        "MAX(id) FROM %1), 1))")
                             .arg(t));
        }
        m_db.execRaw(QStringLiteral("VACUUM ANALYZE"));
    } else {
        m_db.execRaw(QStringLiteral("ANALYZE"));
    }

    const QString custody = checkCustody(m_db);
    if (!custody.isEmpty())
        fail(NastiError::Kind::Database, tr("The seeded custody is inconsistent: %1").arg(custody));

    // The seeded closings are events, as a real closing is (its trigger was off while
    // seeding): the weekly review counts disposals from them.
    {
        m_progress(tr("seed-scale: recording the seeded closings in the event log…"));
        const QString payload =
            pg ? QStringLiteral(
                     "CAST(jsonb_build_object('file_no', f.file_no, 'retention', f.retention) AS text)")
               : QStringLiteral("json_object('file_no', f.file_no, 'retention', f.retention)");
        Transaction tx(m_db);
        m_db.execRaw(
            QStringLiteral("INSERT INTO event_queue (at, kind, user_id, post_id, file_id, payload) "
                           "SELECT f.closed_at, 'file.closed', f.created_user_id, f.holder_post_id, f.id, "
                           "%1 FROM files f WHERE f.status = 'closed' ORDER BY f.closed_at, f.id")
                .arg(payload));
        tx.commit();
        // PostgreSQL links 5,000 at a time after COMMIT (schema step 16): the rest now.
        while (m_db.linkEvents() > 0) {
        }
    }

    // One event covers the seeded history: verify recomputes these digests.
    {
        QJsonObject seed;
        seed.insert(QStringLiteral("movements"), dMovements.json());
        seed.insert(QStringLiteral("notes"), dNotes.json());
        seed.insert(QStringLiteral("receipts"), dReceipts.json());
        seed.insert(QStringLiteral("file_papers"), dPapers.json());
        Transaction tx(m_db);
        EventLog(m_db).append(now, QStringLiteral("seed.imported"), 0, 0, 0,
                              {{QStringLiteral("seed"), seed},
                               {QStringLiteral("files"), QString::number(r.files)},
                               {QStringLiteral("generator"), QStringLiteral("nasti-admin seed-scale")},
                               {QStringLiteral("rng_seed"), QString::number(o.seed)}});
        m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('bench_database', :v)"),
                  {{QStringLiteral("v"), QString::number(r.files)}});
        m_db.exec(QStringLiteral("DELETE FROM settings WHERE key = '%1'").arg(QLatin1String(kUnfinishedKey)));
        tx.commit();
    }

    // PostgreSQL with roles (schema step 2): login roles only for the users the bench
    // logs in as (creating 20,000 roles is slow): the holders of the busiest posts and
    // the Chief Secretary. Everyone else has a users row but no role.
    if (pg && m_db.scalar(QStringLiteral("SELECT to_regproc('nasti_manage_login') IS NOT NULL")).toBool()) {
        QList<std::pair<QString, Role>> logins;
        QSqlQuery &q = m_db.exec(QStringLiteral(
            "SELECT u.login, u.role FROM users u WHERE u.id IN (SELECT p.holder_user_id FROM files f "
            "JOIN posts p ON p.id = f.holder_post_id WHERE f.status = 'open' GROUP BY p.holder_user_id "
            "ORDER BY COUNT(*) DESC LIMIT 40) OR u.id IN (SELECT holder_user_id FROM posts WHERE level = "
            "6)"));
        while (q.next())
            logins.append(
                {q.value(0).toString(), codes::parseRole(q.value(1).toString()).value_or(Role::Officer)});
        q.finish();
        for (const auto &[login, role] : logins)
            access::createLogin(m_db, login, role, o.password);
        m_progress(tr("seed-scale: created %1 login roles for the bench's users").arg(logins.size()));
    }

    qint64 best = 0;
    for (size_t p = 1; p < openHeld.size(); ++p)
        if (openHeld[p] > openHeld[size_t(best)])
            best = qint64(p);
    r.heaviestPost = best ? post(best).code : QString();
    r.heaviestOpen = best ? openHeld[size_t(best)] : 0;
    r.rows = r.departments + r.sections + r.posts + r.users + r.files + r.movements + r.notes + r.receipts +
             paperId;
    r.seconds = double(timer.elapsed()) / 1000.0;
    return r;
}

QString ScaleSeeder::checkCustody(Database &db, const QList<qint64> &fileIds)
{
    QString only, onlyM;
    if (!fileIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : fileIds)
            ids << QString::number(id);
        only = QStringLiteral(" AND f.id IN (%1)").arg(ids.join(QLatin1Char(',')));
        onlyM = QStringLiteral(" WHERE file_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    // The holder is where the file's last movement arrived (or its creator, if it never moved).
    QVariant bad = db.scalar(
        QStringLiteral(
            "SELECT f.file_no FROM files f LEFT JOIN movements m ON m.id = f.last_movement_id WHERE ("
            "(f.last_movement_id IS NULL AND f.holder_post_id <> f.created_post_id) OR (f.last_movement_id "
            "IS NOT NULL AND "
            "(m.id IS NULL OR m.file_id <> f.id OR m.to_post_id <> f.holder_post_id OR "
            "m.id <> (SELECT MAX(x.id) FROM movements x WHERE x.file_id = f.id))))%1 LIMIT 1")
            .arg(only));
    if (bad.isValid())
        return tr("file %1 is not held where its last movement took it.").arg(bad.toString());
    // Each movement leaves from where the one before it arrived; the first from the creator.
    bad = db.scalar(QStringLiteral("SELECT f.file_no FROM (SELECT file_id, from_post_id, LAG(to_post_id) "
                                   "OVER (PARTITION BY file_id ORDER BY id) AS prev_to "
                                   "FROM movements%1) x JOIN files f ON f.id = x.file_id WHERE "
                                   "x.from_post_id <> COALESCE(x.prev_to, f.created_post_id) "
                                   "LIMIT 1")
                        .arg(onlyM));
    if (bad.isValid())
        return tr("file %1 has a movement that does not start where the previous one ended.")
            .arg(bad.toString());
    return {};
}

} // namespace nasti
