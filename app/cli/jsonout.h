#pragma once

#include "services/filequeries.h"
#include "services/orgservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace nasti::json {

// The stable JSON shapes of nasti-admin --json (documented in README.md).
// Times are ISO 8601 in Asia/Kolkata; codes are the CLI's own words.
QString time(qint64 ms);
QJsonObject summary(const FileSummary &f);
QJsonObject detail(const FileDetail &d);
QJsonObject org(const QList<DepartmentInfo> &departments, const QList<SectionInfo> &sections,
                const QList<PostInfo> &posts);
QByteArray dump(const QJsonObject &o);

} // namespace nasti::json
