#pragma once

#include "domain/types.h"
#include "domain/workingcalendar.h"
#include "services/session.h"

#include <QList>
#include <QString>

#include <optional>

namespace nasti {

class Database;
class Clock;

struct DepartmentInfo
{
    qint64 id = 0;
    QString code, nameEn, nameHi;
    int timeLimitDays = 7;
};

struct SectionInfo
{
    qint64 id = 0;
    QString code, nameEn, nameHi, departmentCode;
    qint64 departmentId = 0;
};

struct PostInfo
{
    qint64 id = 0;
    QString code, titleEn, titleHi, departmentCode, sectionCode, reportsToCode, holderLogin, holderName;
    int level = 0;
};

struct UserInfo
{
    qint64 id = 0;
    QString login, fullName;
    Role role = Role::Clerk;
    bool enabled = true;
    QStringList postCodes;
};

// The organisation: departments, sections, posts and the users who hold them.
// Every change is one transaction and one event.
class OrgService
{
public:
    OrgService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Set once by init: a random id naming this database (chain-head memory, profiles).
    QString databaseId();
    QString setting(const QString &key, const QString &fallback = {});
    void setSetting(const QString &key, const QString &value);

    qint64 addDepartment(const QString &code, const QString &nameEn, const QString &nameHi,
                         int timeLimitDays = 7);
    qint64 addSection(const QString &code, const QString &departmentCode, const QString &nameEn,
                      const QString &nameHi);
    qint64 addPost(const QString &code, const QString &titleEn, const QString &titleHi,
                   const QString &departmentCode, const QString &sectionCode, int level,
                   const QString &reportsToCode);
    // password may be empty: the user cannot log in until one is set.
    qint64 addUser(const QString &login, const QString &fullName, Role role, const QString &password,
                   const QString &postCode);
    void setPassword(const QString &login, const QString &password);
    void setEnabled(const QString &login, bool enabled);
    // Charge handover: the post passes to another user; its files stay with the post.
    void transferPost(const QString &postCode, const QString &toLogin, qint64 byUserId = 0);
    void addHoliday(const QDate &day, const QString &name);
    // The working-day calendar with the configured holidays (CSMOP para 60).
    WorkingCalendar calendar();
    // The same as this connection read it at most kHolidaysMaxAgeMs ago (each inbox page and
    // file needs it): a holiday declared on another desktop counts here within a minute.
    WorkingCalendar recentCalendar();
    static constexpr qint64 kHolidaysMaxAgeMs = 60000;

    QList<DepartmentInfo> departments();
    QList<SectionInfo> sections();
    QList<PostInfo> posts();
    std::optional<UserInfo> user(const QString &login);
    std::optional<PostInfo> post(const QString &code);

    // The session of a login (posts held), without checking any password.
    Session sessionFor(const QString &login);

    static bool isValidCode(const QString &code);
    static bool isValidLogin(const QString &login);

private:
    qint64 idOf(const QString &table, const QString &code, const QString &what);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace nasti
