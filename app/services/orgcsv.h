#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace nasti {

class OrgService;
class Database;

// Imports an organisation from one CSV file (UTF-8, RFC 4180 quoting, header row):
//
//   record,code,name_en,name_hi,department,section,level,reports_to,post,role
//   department,GAD,General Administration Department,सामान्य प्रशासन विभाग,,,,,,
//   section,GAD-1,GAD Section 1,सा.प्र.वि. अनुभाग 1,GAD,,,,,
//   post,SO-GAD1,Section Officer,अनुभाग अधिकारी,GAD,GAD-1,2,US-GAD,,
//   user,clerk.gad1,Ram Kumar,राम कुमार,,,,,ASST-GAD1,clerk
//
// Every row is validated before anything is written; any bad row refuses the
// whole file, naming each bad row by its line number. Users are created without
// a password (set one with `nasti-admin user passwd`).
class OrgCsvImporter
{
public:
    struct Summary
    {
        int departments = 0, sections = 0, posts = 0, users = 0;
    };

    OrgCsvImporter(Database &db, OrgService &org) : m_db(db), m_org(org) {}

    // Throws NastiError(Invalid) listing every bad row ("line N: ...").
    Summary import(const QByteArray &csv);

    // RFC 4180 parsing; returns rows with the physical line number each starts on.
    struct Row
    {
        int line = 0;
        QStringList fields;
    };
    static QList<Row> parse(const QByteArray &csv, QStringList *errors);

private:
    Database &m_db;
    OrgService &m_org;
};

} // namespace nasti
