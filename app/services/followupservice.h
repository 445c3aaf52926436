#pragma once

#include "domain/followup.h"
#include "services/actionkey.h"
#include "services/session.h"

#include <QDate>
#include <QList>
#include <QString>

namespace nasti {

class Database;
class Clock;

// Follow-up of files (issue 17, schema step 011): reminders and escalations of late
// files, the return of parked files on their review date, calls for a file and the
// watch-list, reference categories. Time-driven things need no daemon: the lists are
// derived when read, and sweep() records what has fallen due, idempotently, whenever
// a client refreshes or nasti-admin followup run is called (from cron, say); the
// database refuses a reminder that is not due and derives what it records.
class FollowupService
{
public:
    FollowupService(Database &db, const Clock &clock, Session session);

    struct SweepResult
    {
        int reminders = 0, escalations = 0, returned = 0;
    };
    // For the session's own posts, or (everything) for every file: the trusted
    // database owner's run (nasti-admin followup run).
    SweepResult sweep(bool everything = false);

    // Reminders to my posts for files they still hold in the same stay, newest first.
    QList<FollowupView> reminders();
    // Files escalated to my posts (level 2 and 3), still late with the same holder.
    QList<FollowupView> escalatedToMe();

    // Call for a file (kind "call") or put it on the watch-list ("watch"), with a
    // direction and a date; returns the call's id.
    qint64 call(const QString &fileNo, const QString &kind, const QString &direction, const QDate &due);
    // The holder answers a call or a watch.
    void answer(qint64 callId, const QString &text);
    // The caller takes a file off his watch-list.
    void endWatch(qint64 callId);
    // The calls and watches raised by my posts, not ended (a call stays until answered,
    // and a week after).
    QList<CallView> watchList();
    // The open calls and watches on one file (the holder sees them at the top of the file).
    QList<CallView> callsOn(const QString &fileNo);

    // Mark a file the session holds as a reference category (empty: none) with its number.
    void setCategory(const QString &fileNo, const QString &category, const QString &referenceNo);
    QList<CategoryView> categories();

private:
    qint64 doCall(const QString &fileNo, const QString &kind, const QString &direction, const QDate &due);
    void doAnswer(qint64 callId, const QString &text);
    void doEndWatch(qint64 callId);
    void doSetCategory(const QString &fileNo, const QString &category, const QString &referenceNo);
    QList<CallView> readCalls(const QString &where, const QVariantMap &binds);
    QList<FollowupView> readFollowups(const QString &where);

    Database &m_db;
    const Clock &m_clock;
    Session m_session;
    // Calls, answers, the end of a watch and categories are named by the user's action key
    // (issue 19): retried after a lost answer, each is done once and answers as before.
    KeyedCalls m_keyed;
};

} // namespace nasti
