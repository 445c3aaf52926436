#include "services/orgservice.h"

#include "access/roles.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/textfields.h"
#include "security/eventlog.h"
#include "security/passwordhasher.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::OrgService", text);
}
QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

bool OrgService::isValidCode(const QString &code)
{
    // \A..\z, not ^..$: "$" would let a trailing newline through.
    static const QRegularExpression re(QStringLiteral("\\A[A-Za-z0-9][A-Za-z0-9._-]{0,39}\\z"));
    return re.match(code).hasMatch();
}

bool OrgService::isValidLogin(const QString &login)
{
    // Logins become PostgreSQL role names: keep them plain.
    static const QRegularExpression re(QStringLiteral("\\A[a-z][a-z0-9._-]{1,59}\\z"));
    return re.match(login).hasMatch();
}

QString OrgService::setting(const QString &key, const QString &fallback)
{
    const QVariant v = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = :k"),
                                   {{QStringLiteral("k"), key}});
    return v.isValid() ? v.toString() : fallback;
}

void OrgService::setSetting(const QString &key, const QString &value)
{
    m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
              {{QStringLiteral("k"), key}, {QStringLiteral("v"), value}});
}

QString OrgService::databaseId()
{
    QString id = setting(QStringLiteral("database_id"));
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_db.exec(
            QStringLiteral(
                "INSERT INTO settings (key, value) VALUES ('database_id', :v) ON CONFLICT (key) DO NOTHING"),
            {{QStringLiteral("v"), id}});
        id = setting(QStringLiteral("database_id"));
    }
    return id;
}

qint64 OrgService::idOf(const QString &table, const QString &code, const QString &what)
{
    const QString column = table == QLatin1String("users") ? QStringLiteral("login") : QStringLiteral("code");
    const QVariant v = m_db.scalar(QStringLiteral("SELECT id FROM %1 WHERE %2 = :c").arg(table, column),
                                   {{QStringLiteral("c"), code}});
    if (!v.isValid())
        fail(NastiError::Kind::NotFound, tr("Unknown %1 “%2”.").arg(what, code));
    return v.toLongLong();
}

qint64 OrgService::addDepartment(const QString &code, const QString &nameEn, const QString &nameHi,
                                 int timeLimitDays)
{
    if (!isValidCode(code))
        fail(NastiError::Kind::Invalid,
             tr("“%1” is not a valid department code (letters, digits, - . _).").arg(code));
    textfields::oneLine(nameEn, tr("department name"));
    textfields::oneLine(nameHi, tr("department name (Hindi)"));
    if (nameEn.trimmed().isEmpty())
        fail(NastiError::Kind::Invalid, tr("Department %1 needs an English name.").arg(code));
    if (timeLimitDays < 1 || timeLimitDays > 90)
        fail(NastiError::Kind::Invalid, tr("A time limit must be between 1 and 90 working days."));
    Transaction tx(m_db);
    m_db.setTriggerTime(m_clock.nowMs());
    const qint64 id =
        m_db.scalar(QStringLiteral("INSERT INTO departments (code, name_en, name_hi, time_limit_days) "
                                   "VALUES (:c, :en, :hi, :t) RETURNING id"),
                    {{QStringLiteral("c"), code},
                     {QStringLiteral("en"), nameEn.trimmed()},
                     {QStringLiteral("hi"), nameHi.trimmed()},
                     {QStringLiteral("t"), timeLimitDays}})
            .toLongLong();
    tx.commit();
    return id;
}

qint64 OrgService::addSection(const QString &code, const QString &departmentCode, const QString &nameEn,
                              const QString &nameHi)
{
    if (!isValidCode(code))
        fail(NastiError::Kind::Invalid,
             tr("“%1” is not a valid section code (letters, digits, - . _).").arg(code));
    textfields::oneLine(nameEn, tr("section name"));
    textfields::oneLine(nameHi, tr("section name (Hindi)"));
    if (nameEn.trimmed().isEmpty())
        fail(NastiError::Kind::Invalid, tr("Section %1 needs an English name.").arg(code));
    Transaction tx(m_db);
    m_db.setTriggerTime(m_clock.nowMs());
    const qint64 dept = idOf(QStringLiteral("departments"), departmentCode, tr("department"));
    const qint64 id =
        m_db.scalar(QStringLiteral("INSERT INTO sections (code, department_id, name_en, name_hi) "
                                   "VALUES (:c, :d, :en, :hi) RETURNING id"),
                    {{QStringLiteral("c"), code},
                     {QStringLiteral("d"), dept},
                     {QStringLiteral("en"), nameEn.trimmed()},
                     {QStringLiteral("hi"), nameHi.trimmed()}})
            .toLongLong();
    tx.commit();
    return id;
}

qint64 OrgService::addPost(const QString &code, const QString &titleEn, const QString &titleHi,
                           const QString &departmentCode, const QString &sectionCode, int level,
                           const QString &reportsToCode)
{
    if (!isValidCode(code))
        fail(NastiError::Kind::Invalid,
             tr("“%1” is not a valid post code (letters, digits, - . _).").arg(code));
    textfields::oneLine(titleEn, tr("post title"));
    textfields::oneLine(titleHi, tr("post title (Hindi)"));
    if (titleEn.trimmed().isEmpty())
        fail(NastiError::Kind::Invalid, tr("Post %1 needs an English title.").arg(code));
    if (level < 1 || level > 6)
        fail(NastiError::Kind::Invalid,
             tr("Post %1: level must be 1 (Assistant) to 6 (Chief Secretary).").arg(code));
    Transaction tx(m_db);
    m_db.setTriggerTime(m_clock.nowMs());
    const qint64 dept = idOf(QStringLiteral("departments"), departmentCode, tr("department"));
    qint64 section = 0;
    if (!sectionCode.isEmpty()) {
        section = idOf(QStringLiteral("sections"), sectionCode, tr("section"));
        const qint64 sectionDept =
            m_db.scalar(QStringLiteral("SELECT department_id FROM sections WHERE id = :s"),
                        {{QStringLiteral("s"), section}})
                .toLongLong();
        if (sectionDept != dept)
            fail(NastiError::Kind::Invalid,
                 tr("Post %1: section %2 is not in department %3.").arg(code, sectionCode, departmentCode));
    }
    const qint64 reportsTo =
        reportsToCode.isEmpty() ? 0 : idOf(QStringLiteral("posts"), reportsToCode, tr("post"));
    const qint64 id =
        m_db.scalar(QStringLiteral("INSERT INTO posts (code, title_en, title_hi, department_id, section_id, "
                                   "level, reports_to) VALUES (:c, :en, :hi, :d, :s, :l, :r) RETURNING id"),
                    {{QStringLiteral("c"), code},
                     {QStringLiteral("en"), titleEn.trimmed()},
                     {QStringLiteral("hi"), titleHi.trimmed()},
                     {QStringLiteral("d"), dept},
                     {QStringLiteral("s"), nullableId(section)},
                     {QStringLiteral("l"), level},
                     {QStringLiteral("r"), nullableId(reportsTo)}})
            .toLongLong();
    tx.commit();
    return id;
}

qint64 OrgService::addUser(const QString &login, const QString &fullName, Role role, const QString &password,
                           const QString &postCode)
{
    if (!isValidLogin(login))
        fail(NastiError::Kind::Invalid,
             tr("“%1” is not a valid login: use 2–60 lower-case letters, digits, dot, dash or underscore, "
                "starting with a letter.")
                 .arg(login));
    textfields::oneLine(fullName, tr("user's name"));
    if (fullName.trimmed().isEmpty())
        fail(NastiError::Kind::Invalid, tr("User %1 needs a name.").arg(login));
    Transaction tx(m_db);
    m_db.setTriggerTime(m_clock.nowMs());
    const qint64 post = postCode.isEmpty() ? 0 : idOf(QStringLiteral("posts"), postCode, tr("post"));
    // PostgreSQL: the server keeps the password (a SCRAM secret of the user's login role).
    const QVariant hash = password.isEmpty() || m_db.isPostgres() ? QVariant(QMetaType(QMetaType::QString))
                                                                  : QVariant(passwords::hash(password));
    const qint64 id =
        m_db.scalar(QStringLiteral("INSERT INTO users (login, full_name, role, password_hash, created_at) "
                                   "VALUES (:l, :n, :r, :h, :t) RETURNING id"),
                    {{QStringLiteral("l"), login},
                     {QStringLiteral("n"), fullName.trimmed()},
                     {QStringLiteral("r"), codes::role(role)},
                     {QStringLiteral("h"), hash},
                     {QStringLiteral("t"), m_clock.nowMs()}})
            .toLongLong();
    access::createLogin(m_db, login, role, password);
    if (post)
        transferPost(postCode, login);
    tx.commit();
    return id;
}

void OrgService::setPassword(const QString &login, const QString &password)
{
    if (password.size() < 4)
        fail(NastiError::Kind::Invalid, tr("The password is too short (at least 4 characters)."));
    Transaction tx(m_db);
    m_db.setTriggerTime(m_clock.nowMs());
    const qint64 id = idOf(QStringLiteral("users"), login, tr("login"));
    m_db.exec(
        QStringLiteral(
            "UPDATE users SET password_hash = :h, failed_logins = 0, locked_until = NULL WHERE id = :id"),
        {{QStringLiteral("h"),
          m_db.isPostgres() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(passwords::hash(password))},
         {QStringLiteral("id"), id}});
    access::setLoginPassword(m_db, login, password);
    tx.commit();
}

void OrgService::setEnabled(const QString &login, bool enabled)
{
    Transaction tx(m_db);
    m_db.setTriggerTime(m_clock.nowMs());
    const qint64 id = idOf(QStringLiteral("users"), login, tr("login"));
    m_db.exec(QStringLiteral("UPDATE users SET enabled = :e WHERE id = :id"),
              {{QStringLiteral("e"), enabled ? 1 : 0}, {QStringLiteral("id"), id}});
    access::setLoginEnabled(m_db, login, enabled);
    tx.commit();
}

void OrgService::transferPost(const QString &postCode, const QString &toLogin, qint64 byUserId)
{
    Transaction tx(m_db);
    m_db.setTriggerTime(m_clock.nowMs());
    const qint64 post = idOf(QStringLiteral("posts"), postCode, tr("post"));
    const qint64 user = idOf(QStringLiteral("users"), toLogin, tr("login"));
    // A disabled login cannot sign in to act for the post (PostgreSQL's function refuses it too).
    if (m_db.scalar(QStringLiteral("SELECT enabled FROM users WHERE id = :u"), {{QStringLiteral("u"), user}})
            .toInt() != 1)
        fail(NastiError::Kind::Refused,
             tr("The login %1 is disabled; enable it before handing it the charge of %2.")
                 .arg(toLogin, postCode));
    if (byUserId)
        m_db.setActing(byUserId, m_clock.nowMs());
    // (The database records the charge event; on PostgreSQL this is the administrator's
    // only way to change a post's holder.)
    m_db.exec(m_db.dialect().transferCharge(),
              {{QStringLiteral("user"), user}, {QStringLiteral("post"), post}});
    tx.commit();
}

void OrgService::addHoliday(const QDate &day, const QString &name)
{
    Transaction tx(m_db);
    m_db.setTriggerTime(m_clock.nowMs());
    m_db.exec(QStringLiteral("INSERT INTO holidays (day, name) VALUES (:d, :n) ON CONFLICT (day) DO UPDATE "
                             "SET name = excluded.name"),
              {{QStringLiteral("d"), day.toString(Qt::ISODate)}, {QStringLiteral("n"), name}});
    tx.commit();
    m_db.forget(QStringLiteral("holidays")); // this desktop's lists count it at once
}

namespace {
QStringList holidayDays(Database &db)
{
    QStringList days;
    QSqlQuery &q = db.exec(QStringLiteral("SELECT day FROM holidays"));
    while (q.next())
        days << q.value(0).toString();
    q.finish();
    return days;
}

WorkingCalendar calendarOf(const QStringList &days)
{
    QSet<QDate> holidays;
    for (const QString &day : days)
        holidays.insert(QDate::fromString(day, Qt::ISODate));
    return WorkingCalendar(std::move(holidays));
}
} // namespace

WorkingCalendar OrgService::calendar()
{
    return calendarOf(holidayDays(m_db));
}

WorkingCalendar OrgService::recentCalendar()
{
    return calendarOf(m_db.memo(QStringLiteral("holidays"), kHolidaysMaxAgeMs,
                                [this]() { return QVariant(holidayDays(m_db)); })
                          .toStringList());
}

QList<DepartmentInfo> OrgService::departments()
{
    QList<DepartmentInfo> out;
    QSqlQuery &q = m_db.exec(
        QStringLiteral("SELECT id, code, name_en, name_hi, time_limit_days FROM departments ORDER BY code"));
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toInt()});
    q.finish();
    return out;
}

QList<SectionInfo> OrgService::sections()
{
    QList<SectionInfo> out;
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT s.id, s.code, s.name_en, s.name_hi, d.code, d.id FROM sections s "
                                 "JOIN departments d ON d.id = s.department_id ORDER BY d.code, s.code"));
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong()});
    q.finish();
    return out;
}

QList<PostInfo> OrgService::posts()
{
    QList<PostInfo> out;
    QSqlQuery &q = m_db.exec(QStringLiteral(
        "SELECT p.id, p.code, p.title_en, p.title_hi, d.code, COALESCE(s.code, ''), COALESCE(r.code, ''), "
        "COALESCE(u.login, ''), COALESCE(u.full_name, ''), p.level "
        "FROM posts p JOIN departments d ON d.id = p.department_id "
        "LEFT JOIN sections s ON s.id = p.section_id LEFT JOIN posts r ON r.id = p.reports_to "
        "LEFT JOIN users u ON u.id = p.holder_user_id ORDER BY d.code, p.level DESC, p.code"));
    while (q.next()) {
        PostInfo p;
        p.id = q.value(0).toLongLong();
        p.code = q.value(1).toString();
        p.titleEn = q.value(2).toString();
        p.titleHi = q.value(3).toString();
        p.departmentCode = q.value(4).toString();
        p.sectionCode = q.value(5).toString();
        p.reportsToCode = q.value(6).toString();
        p.holderLogin = q.value(7).toString();
        p.holderName = q.value(8).toString();
        p.level = q.value(9).toInt();
        out.append(p);
    }
    q.finish();
    return out;
}

std::optional<PostInfo> OrgService::post(const QString &code)
{
    for (const PostInfo &p : posts())
        if (p.code == code)
            return p;
    return std::nullopt;
}

std::optional<UserInfo> OrgService::user(const QString &login)
{
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT id, login, full_name, role, enabled FROM users WHERE login = :l"),
                  {{QStringLiteral("l"), login}});
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    UserInfo u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.role = codes::parseRole(q.value(3).toString()).value_or(Role::Clerk);
    u.enabled = q.value(4).toInt() != 0;
    q.finish();
    QSqlQuery &p =
        m_db.exec(QStringLiteral("SELECT code FROM posts WHERE holder_user_id = :u ORDER BY level, code"),
                  {{QStringLiteral("u"), u.id}});
    while (p.next())
        u.postCodes << p.value(0).toString();
    p.finish();
    return u;
}

Session OrgService::sessionFor(const QString &login)
{
    const auto u = user(login);
    if (!u)
        fail(NastiError::Kind::NotFound, tr("Unknown login “%1”.").arg(login));
    Session s;
    s.userId = u->id;
    s.login = u->login;
    s.fullName = u->fullName;
    s.role = u->role;
    QSqlQuery &q =
        m_db.exec(QStringLiteral("SELECT id, code, title_en, title_hi, level, COALESCE(section_id, 0), "
                                 "department_id, COALESCE(reports_to, 0) FROM posts "
                                 "WHERE holder_user_id = :u ORDER BY level, code"),
                  {{QStringLiteral("u"), u->id}});
    while (q.next())
        s.posts.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toInt(), q.value(5).toLongLong(),
                        q.value(6).toLongLong(), q.value(7).toLongLong()});
    q.finish();
    return s;
}

} // namespace nasti
