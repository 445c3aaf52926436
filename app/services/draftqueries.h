#pragma once

#include "domain/drafts.h"
#include "services/session.h"

#include <QList>
#include <QString>

namespace nasti {

class Database;

// A draft waiting for its officer: in a file one of his posts holds, its latest
// version not yet approved.
struct DraftAwaiting
{
    QString fileNo, fileSubject, kind, authorName, authorPostCode, subject;
    int draft = 0, version = 0;
    qint64 versionAt = 0;
};

// The read side of drafts and dispatch.
class DraftQueries
{
public:
    explicit DraftQueries(Database &db) : m_db(db) {}

    // The file's drafts, every version, approval and issue, oldest first.
    QList<DraftView> drafts(qint64 fileId);
    QList<DraftView> drafts(const QString &fileNo);
    // Officers only; an empty list for anyone else.
    QList<DraftAwaiting> awaitingApproval(const Session &session, int limit = 200);
    // A section's dispatch register, newest first; text matches the dispatch number,
    // file number, subject or addressee. Empty sectionCode: the sections of the
    // session's posts.
    QList<DispatchRow> dispatchRegister(const Session &session, const QString &sectionCode,
                                        const QString &text = {}, int limit = 500);

    // The register as CSV (UTF-8, a header row; times in IST), for the CLI and the client.
    static QString registerCsv(const QList<DispatchRow> &rows);

private:
    Database &m_db;
};

} // namespace nasti
