#include "services/orgcsv.h"

#include "db/database.h"
#include "db/transaction.h"
#include "domain/textfields.h"
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

const QStringList kHeader = {QStringLiteral("record"),     QStringLiteral("code"),
                             QStringLiteral("name_en"),    QStringLiteral("name_hi"),
                             QStringLiteral("department"), QStringLiteral("section"),
                             QStringLiteral("level"),      QStringLiteral("reports_to"),
                             QStringLiteral("post"),       QStringLiteral("role")};
enum Col
{
    Record,
    Code,
    NameEn,
    NameHi,
    Department,
    Section,
    Level,
    ReportsTo,
    Post,
    RoleCol
};

// The index of the first byte that is not part of a well-formed UTF-8 sequence
// (no overlong forms, surrogates or code points above U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = b[i];
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c == 0xE0) {
            len = 3;
            lo = 0xA0;
        } else if (c >= 0xE1 && c <= 0xEC)
            len = 3;
        else if (c == 0xED) {
            len = 3;
            hi = 0x9F;
        } else if (c >= 0xEE && c <= 0xEF)
            len = 3;
        else if (c == 0xF0) {
            len = 4;
            lo = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3)
            len = 4;
        else if (c == 0xF4) {
            len = 4;
            hi = 0x8F;
        } else
            return i;
        if (i + 1 >= n || b[i + 1] < lo || b[i + 1] > hi)
            return i;
        for (int k = 2; k < len; ++k)
            if (i + k >= n || b[i + k] < 0x80 || b[i + k] > 0xBF)
                return i;
        i += len;
    }
    return -1;
}

bool exists(Database &db, const QString &table, const QString &column, const QString &value)
{
    return db
        .scalar(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = :v").arg(table, column),
                {{QStringLiteral("v"), value}})
        .isValid();
}
} // namespace

QList<OrgCsvImporter::Row> OrgCsvImporter::parse(const QByteArray &csv, QStringList *errors)
{
    QList<Row> rows;
    // Invalid UTF-8 is named by its line (and byte), each bad line once.
    {
        int line = 1, bad = 0;
        qsizetype start = 0;
        while (start <= csv.size() && bad < 20) {
            qsizetype end = csv.indexOf('\n', start);
            if (end < 0)
                end = csv.size();
            const QByteArray bytes = csv.mid(start, end - start);
            const qsizetype column = firstInvalidUtf8(bytes);
            if (column >= 0) {
                errors->append(tr("line %1: not valid UTF-8 text (byte %2 is 0x%3); save the file as UTF-8")
                                   .arg(line)
                                   .arg(column + 1)
                                   .arg(QString::number(quint8(bytes.at(column)), 16).toUpper()));
                ++bad;
            }
            ++line;
            start = end + 1;
        }
        if (bad)
            return rows;
    }
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
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
            errors << tr("line %1: the header must be: %2")
                          .arg(rows.first().line)
                          .arg(kHeader.join(QLatin1Char(',')));
        rows.removeFirst();
    }
    if (!errors.isEmpty())
        fail(NastiError::Kind::Invalid,
             tr("The CSV file was not imported:\n%1").arg(errors.join(QLatin1Char('\n'))));

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
    auto deptKnown = [&](const QString &c) {
        return fileDepts.contains(c) ||
               exists(m_db, QStringLiteral("departments"), QStringLiteral("code"), c);
    };
    auto sectionKnown = [&](const QString &c) {
        return fileSections.contains(c) ||
               exists(m_db, QStringLiteral("sections"), QStringLiteral("code"), c);
    };
    auto postKnown = [&](const QString &c) {
        return filePosts.contains(c) || exists(m_db, QStringLiteral("posts"), QStringLiteral("code"), c);
    };

    QSet<QString> seen;
    for (const Row &r : rows) {
        auto bad = [&](const QString &why) {
            errors << tr("line %1: %2").arg(r.line).arg(why);
        };
        if (r.fields.size() != kHeader.size()) {
            bad(tr("expected %1 fields, found %2").arg(kHeader.size()).arg(r.fields.size()));
            continue;
        }
        // Every field is one line of text: no control characters (that would reach a
        // terminal), no line breaks inside quotes. The field is named by its column.
        QString textProblem;
        for (int c = 0; c < kHeader.size() && textProblem.isEmpty(); ++c)
            textProblem = textfields::oneLineProblem(r.fields[c], kHeader[c]);
        if (!textProblem.isEmpty()) {
            bad(textProblem);
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
            if (!OrgService::isValidCode(code))
                bad(tr("“%1” is not a valid department code").arg(code));
            else if (code.size() > 20)
                bad(tr("department code “%1” is longer than 20 characters").arg(code));
            else if (exists(m_db, QStringLiteral("departments"), QStringLiteral("code"), code))
                bad(tr("department “%1” already exists").arg(code));
            if (r.fields[NameEn].isEmpty())
                bad(tr("department “%1” has no English name").arg(code));
        } else if (kind == QLatin1String("section")) {
            if (!OrgService::isValidCode(code))
                bad(tr("“%1” is not a valid section code").arg(code));
            else if (code.size() > 20)
                bad(tr("section code “%1” is longer than 20 characters").arg(code));
            else if (exists(m_db, QStringLiteral("sections"), QStringLiteral("code"), code))
                bad(tr("section “%1” already exists").arg(code));
            if (r.fields[NameEn].isEmpty())
                bad(tr("section “%1” has no English name").arg(code));
            if (!deptKnown(r.fields[Department]))
                bad(tr("section “%1”: unknown department “%2”").arg(code, r.fields[Department]));
        } else if (kind == QLatin1String("post")) {
            if (!OrgService::isValidCode(code))
                bad(tr("“%1” is not a valid post code").arg(code));
            else if (exists(m_db, QStringLiteral("posts"), QStringLiteral("code"), code))
                bad(tr("post “%1” already exists").arg(code));
            if (r.fields[NameEn].isEmpty())
                bad(tr("post “%1” has no English title").arg(code));
            if (!deptKnown(r.fields[Department]))
                bad(tr("post “%1”: unknown department “%2”").arg(code, r.fields[Department]));
            if (!r.fields[Section].isEmpty()) {
                if (!sectionKnown(r.fields[Section]))
                    bad(tr("post “%1”: unknown section “%2”").arg(code, r.fields[Section]));
                else if (sectionDept.contains(r.fields[Section]) &&
                         sectionDept.value(r.fields[Section]) != r.fields[Department])
                    bad(tr("post “%1”: section “%2” is not in department “%3”")
                            .arg(code, r.fields[Section], r.fields[Department]));
            }
            bool ok = false;
            const int level = r.fields[Level].toInt(&ok);
            if (!ok || level < 1 || level > 6)
                bad(tr("post “%1”: level must be a number from 1 to 6").arg(code));
            if (!r.fields[ReportsTo].isEmpty() && !postKnown(r.fields[ReportsTo]))
                bad(tr("post “%1”: reports to unknown post “%2”").arg(code, r.fields[ReportsTo]));
            if (r.fields[ReportsTo] == code)
                bad(tr("post “%1” cannot report to itself").arg(code));
        } else if (kind == QLatin1String("user")) {
            if (!OrgService::isValidLogin(code))
                bad(tr("“%1” is not a valid login").arg(code));
            else if (exists(m_db, QStringLiteral("users"), QStringLiteral("login"), code))
                bad(tr("login “%1” already exists").arg(code));
            if (r.fields[NameEn].isEmpty())
                bad(tr("user “%1” has no name").arg(code));
            if (!codes::parseRole(r.fields[RoleCol]))
                bad(tr("user “%1”: role must be clerk, officer, reviewer or admin").arg(code));
            if (!r.fields[Post].isEmpty() && !postKnown(r.fields[Post]))
                bad(tr("user “%1”: unknown post “%2”").arg(code, r.fields[Post]));
        } else {
            bad(tr("unknown record type “%1” (department, section, post or user)").arg(kind));
        }
    }
    // Reporting lines must end at the top: a loop of any length (A reports to B, B to A)
    // is refused, naming the posts in it. Posts already in the database report only to
    // posts already there, so a loop can only run through the file's own posts.
    {
        QHash<QString, QString> reportsTo;
        QHash<QString, int> lineOf;
        for (const Row &r : rows)
            if (r.fields.size() == kHeader.size() && r.fields[Record] == QLatin1String("post") &&
                !r.fields[ReportsTo].isEmpty() && r.fields[ReportsTo] != r.fields[Code]) {
                reportsTo.insert(r.fields[Code], r.fields[ReportsTo]);
                lineOf.insert(r.fields[Code], r.line);
            }
        QSet<QString> done;
        for (const Row &r : rows) {
            if (r.fields.size() != kHeader.size() || r.fields[Record] != QLatin1String("post") ||
                done.contains(r.fields[Code]))
                continue;
            QStringList path;
            QSet<QString> onPath;
            QString at = r.fields[Code];
            while (reportsTo.contains(at) && !done.contains(at) && !onPath.contains(at)) {
                path << at;
                onPath << at;
                at = reportsTo.value(at);
            }
            if (onPath.contains(at)) {
                const QStringList loop = path.mid(path.indexOf(at));
                errors << tr("line %1: posts %2 report to each other in a loop; one of them must report to a "
                             "post outside it")
                              .arg(lineOf.value(loop.first()))
                              .arg(QStringList(loop + QStringList{loop.first()}).join(QStringLiteral(" → ")));
            }
            for (const QString &p : std::as_const(path))
                done << p;
            done << r.fields[Code];
        }
    }
    if (!errors.isEmpty())
        fail(NastiError::Kind::Invalid, tr("The CSV file was not imported; nothing was changed:\n%1")
                                            .arg(errors.join(QLatin1Char('\n'))));

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
        m_org.addPost(r.fields[Code], r.fields[NameEn], r.fields[NameHi], r.fields[Department],
                      r.fields[Section], r.fields[Level].toInt(), QString());
        ++summary.posts;
    }
    for (const Row &r : posts) {
        if (r.fields[ReportsTo].isEmpty())
            continue;
        m_db.exec(QStringLiteral(
                      "UPDATE posts SET reports_to = (SELECT id FROM posts WHERE code = :r) WHERE code = :c"),
                  {{QStringLiteral("r"), r.fields[ReportsTo]}, {QStringLiteral("c"), r.fields[Code]}});
    }
    for (const Row &r : ofKind("user")) {
        m_org.addUser(r.fields[Code], r.fields[NameEn], *codes::parseRole(r.fields[RoleCol]), QString(),
                      r.fields[Post]);
        ++summary.users;
    }
    tx.commit();
    return summary;
}

} // namespace nasti
