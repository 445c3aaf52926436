#include "services/orgcsv.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/types.h"
#include "services/orgservice.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace nasti {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::OrgCsvImporter", text);
}

const QStringList kHeader = {QStringLiteral("record"), QStringLiteral("code"),       QStringLiteral("name_en"),
                             QStringLiteral("name_hi"), QStringLiteral("department"), QStringLiteral("section"),
                             QStringLiteral("level"),  QStringLiteral("reports_to"), QStringLiteral("post"),
                             QStringLiteral("role")};
enum Col { Record, Code, NameEn, NameHi, Department, Section, Level, ReportsTo, Post, RoleCol };

bool exists(Database &db, const QString &table, const QString &column, const QString &value)
{
    return db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = :v").arg(table, column), {{QStringLiteral("v"), value}})
        .isValid();
}
} // namespace

QList<OrgCsvImporter::Row> OrgCsvImporter::parse(const QByteArray &csv, QStringList *errors)
{
    QList<Row> rows;
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(QChar::ReplacementCharacter)) {
        errors->append(tr("the file is not valid UTF-8 text"));
        return rows;
    }
    Row row;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1;
    row.line = 1;
    auto endField = [&] {
        row.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        if (!(row.fields.size() == 1 && row.fields.first().trimmed().isEmpty()))
            rows << row;
        row = Row{};
        row.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        errors->append(tr("line %1: a quoted field is not closed").arg(row.line));
    else if (!field.isEmpty() || !row.fields.isEmpty())
        endRow();
    return rows;
}

OrgCsvImporter::Summary OrgCsvImporter::import(const QByteArray &csv)
{
    QStringList errors;
    QList<Row> rows = parse(csv, &errors);
    if (errors.isEmpty() && rows.isEmpty())
        errors << tr("the file is empty");
    if (errors.isEmpty()) {
        QStringList header;
        for (const QString &h : rows.first().fields)
            header << h.trimmed().toLower();
        if (header != kHeader)
            errors << tr("line %1: the header must be: %2").arg(rows.first().line).arg(kHeader.join(QLatin1Char(',')));
        rows.removeFirst();
    }
    if (!errors.isEmpty())
        fail(NastiError::Kind::Invalid, tr("The CSV file was not imported:\n%1").arg(errors.join(QLatin1Char('\n'))));

    // Pass 1: validate every row against the file and the database.
    QSet<QString> fileDepts, fileSections, filePosts, fileUsers;
    QHash<QString, QString> sectionDept; // section code -> department code, from the file
    for (Row &r : rows)
        for (QString &f : r.fields)
            f = f.trimmed();
    for (const Row &r : rows) {
        if (r.fields.size() != kHeader.size())
            continue;
        const QString kind = r.fields[Record], code = r.fields[Code];
        if (kind == QLatin1String("department"))
            fileDepts << code;
        else if (kind == QLatin1String("section")) {
            fileSections << code;
            sectionDept.insert(code, r.fields[Department]);
        } else if (kind == QLatin1String("post"))
            filePosts << code;
        else if (kind == QLatin1String("user"))
            fileUsers << code;
    }
    auto deptKnown = [&](const QString &c) { return fileDepts.contains(c) || exists(m_db, QStringLiteral("departments"), QStringLiteral("code"), c); };
    auto sectionKnown = [&](const QString &c) { return fileSections.contains(c) || exists(m_db, QStringLiteral("sections"), QStringLiteral("code"), c); };
    auto postKnown = [&](const QString &c) { return filePosts.contains(c) || exists(m_db, QStringLiteral("posts"), QStringLiteral("code"), c); };

    QSet<QString> seen;
    for (const Row &r : rows) {
        auto bad = [&](const QString &why) { errors << tr("line %1: %2").arg(r.line).arg(why); };
        if (r.fields.size() != kHeader.size()) {
            bad(tr("expected %1 fields, found %2").arg(kHeader.size()).arg(r.fields.size()));
            continue;
        }
        const QString kind = r.fields[Record], code = r.fields[Code];
        const QString key = kind + QLatin1Char(':') + code;
        if (seen.contains(key)) {
            bad(tr("%1 “%2” appears twice in the file").arg(kind, code));
            continue;
        }
        seen << key;
        if (kind == QLatin1String("department")) {
            if (!OrgService::isValidCode(code)) bad(tr("“%1” is not a valid department code").arg(code));
            else if (exists(m_db, QStringLiteral("departments"), QStringLiteral("code"), code)) bad(tr("department “%1” already exists").arg(code));
            if (r.fields[NameEn].isEmpty()) bad(tr("department “%1” has no English name").arg(code));
        } else if (kind == QLatin1String("section")) {
            if (!OrgService::isValidCode(code)) bad(tr("“%1” is not a valid section code").arg(code));
            else if (exists(m_db, QStringLiteral("sections"), QStringLiteral("code"), code)) bad(tr("section “%1” already exists").arg(code));
            if (r.fields[NameEn].isEmpty()) bad(tr("section “%1” has no English name").arg(code));
            if (!deptKnown(r.fields[Department])) bad(tr("section “%1”: unknown department “%2”").arg(code, r.fields[Department]));
        } else if (kind == QLatin1String("post")) {
            if (!OrgService::isValidCode(code)) bad(tr("“%1” is not a valid post code").arg(code));
            else if (exists(m_db, QStringLiteral("posts"), QStringLiteral("code"), code)) bad(tr("post “%1” already exists").arg(code));
            if (r.fields[NameEn].isEmpty()) bad(tr("post “%1” has no English title").arg(code));
            if (!deptKnown(r.fields[Department])) bad(tr("post “%1”: unknown department “%2”").arg(code, r.fields[Department]));
            if (!r.fields[Section].isEmpty()) {
                if (!sectionKnown(r.fields[Section]))
                    bad(tr("post “%1”: unknown section “%2”").arg(code, r.fields[Section]));
                else if (sectionDept.contains(r.fields[Section]) && sectionDept.value(r.fields[Section]) != r.fields[Department])
                    bad(tr("post “%1”: section “%2” is not in department “%3”").arg(code, r.fields[Section], r.fields[Department]));
            }
            bool ok = false;
            const int level = r.fields[Level].toInt(&ok);
            if (!ok || level < 1 || level > 6) bad(tr("post “%1”: level must be a number from 1 to 6").arg(code));
            if (!r.fields[ReportsTo].isEmpty() && !postKnown(r.fields[ReportsTo]))
                bad(tr("post “%1”: reports to unknown post “%2”").arg(code, r.fields[ReportsTo]));
            if (r.fields[ReportsTo] == code) bad(tr("post “%1” cannot report to itself").arg(code));
        } else if (kind == QLatin1String("user")) {
            if (!OrgService::isValidLogin(code)) bad(tr("“%1” is not a valid login").arg(code));
            else if (exists(m_db, QStringLiteral("users"), QStringLiteral("login"), code)) bad(tr("login “%1” already exists").arg(code));
            if (r.fields[NameEn].isEmpty()) bad(tr("user “%1” has no name").arg(code));
            if (!codes::parseRole(r.fields[RoleCol])) bad(tr("user “%1”: role must be clerk, officer, reviewer or admin").arg(code));
            if (!r.fields[Post].isEmpty() && !postKnown(r.fields[Post])) bad(tr("user “%1”: unknown post “%2”").arg(code, r.fields[Post]));
        } else {
            bad(tr("unknown record type “%1” (department, section, post or user)").arg(kind));
        }
    }
    if (!errors.isEmpty())
        fail(NastiError::Kind::Invalid, tr("The CSV file was not imported; nothing was changed:\n%1").arg(errors.join(QLatin1Char('\n'))));

    // Pass 2: write everything in one transaction, in dependency order.
    Summary summary;
    Transaction tx(m_db);
    auto ofKind = [&rows](const char *kind) {
        QList<Row> out;
        for (const Row &r : rows)
            if (r.fields[Record] == QLatin1String(kind))
                out << r;
        return out;
    };
    for (const Row &r : ofKind("department")) {
        m_org.addDepartment(r.fields[Code], r.fields[NameEn], r.fields[NameHi]);
        ++summary.departments;
    }
    for (const Row &r : ofKind("section")) {
        m_org.addSection(r.fields[Code], r.fields[Department], r.fields[NameEn], r.fields[NameHi]);
        ++summary.sections;
    }
    // Posts may report to posts later in the file: insert all, then link.
    const QList<Row> posts = ofKind("post");
    for (const Row &r : posts) {
        m_org.addPost(r.fields[Code], r.fields[NameEn], r.fields[NameHi], r.fields[Department], r.fields[Section],
                      r.fields[Level].toInt(), QString());
        ++summary.posts;
    }
    for (const Row &r : posts) {
        if (r.fields[ReportsTo].isEmpty())
            continue;
        m_db.exec(QStringLiteral("UPDATE posts SET reports_to = (SELECT id FROM posts WHERE code = :r) WHERE code = :c"),
                  {{QStringLiteral("r"), r.fields[ReportsTo]}, {QStringLiteral("c"), r.fields[Code]}});
    }
    for (const Row &r : ofKind("user")) {
        m_org.addUser(r.fields[Code], r.fields[NameEn], *codes::parseRole(r.fields[RoleCol]), QString(), r.fields[Post]);
        ++summary.users;
    }
    tx.commit();
    return summary;
}

} // namespace nasti
