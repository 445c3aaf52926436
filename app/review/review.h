#pragma once

#include "domain/followup.h"
#include "review/weekrange.h"

#include <QList>
#include <QString>

#include <array>

namespace nasti {

// The weekly review's figures. Definitions (also in README, "The weekly review"):
// every figure is reckoned as of the week's end T = Sunday 24:00 IST from history,
// so a past week reads the same whenever it is asked for.
//
//  pending   files open or parked at T (parked counted, and also shown apart),
//            attributed to the post holding them at T (the sender of the first
//            movement after T, else the current holder).
//  age       calendar days from the IST date the holder got the file (arrival,
//            creation or reopening) to the week's Sunday: 0–7, 8–15, 16–30, >30.
//  overdue   open (not parked) files held for more working days (after the arrival
//            date, up to Sunday; Saturdays, Sundays and holidays skipped) than the
//            time limit of the file's department.
//  received  movements into the unit from a post outside it during the week (a
//            recall, and a movement undone by a recall before T, do not count);
//            for the whole secretariat: receipts (dak) diarised during the week.
//  created   files opened during the week by a post of the unit.
//  disposed  closings during the week by a post of the unit (a reopened file that
//            is closed again counts again), and files disposed of by the issue of a
//            letter by a post of the unit that did not also close that week (once each).
//  wait      for stays that ended during the week with a movement out of a post
//            (recalls excepted): days from arrival (movement in, creation or
//            reopening) to departure, averaged by the level of the post.
//  called    pending files with a "call for" unanswered at T (schema step 011).
//  reminders, escalations  raised during the week for files the post held.
//  levels    for the files the unit closed during the week: the distinct posts each
//            passed through (its creator and every post it was sent to), averaged;
//            over four: those that passed more than four (DARPG's delayering norm).
enum class UnitKind
{
    Secretariat,
    Department,
    Section,
    Post
};

enum class AgeBand
{
    Upto7 = 0,
    Upto15 = 1,
    Upto30 = 2,
    Over30 = 3
};

struct WeekCounts
{
    int received = 0;
    int created = 0;
    int disposed = 0;
};

struct UnitFigures
{
    int pending = 0;
    int parked = 0;
    std::array<int, 4> age{}; // by AgeBand
    int overdue = 0;
    WeekCounts week;                // the reviewed week
    WeekCounts lastWeek;            // the week before
    std::array<qint64, 7> waitMs{}; // total wait by post level 1..6 (index 0 unused)
    std::array<int, 7> waitCount{};
    int called = 0;
    int reminders = 0, escalations = 0;
    int levelFiles = 0, levelSum = 0, overFour = 0;
    int officials = 0; // posts with a holder

    double averageLevels() const { return levelFiles ? double(levelSum) / levelFiles : -1.0; }
    double disposalsPerOfficial() const { return officials ? double(week.disposed) / officials : -1.0; }

    // Average days a file waited at posts of that level; < 0 when no stay ended.
    double averageWaitDays(int level) const
    {
        return waitCount[level] ? double(waitMs[level]) / waitCount[level] / 86400000.0 : -1.0;
    }
    void add(const UnitFigures &o);
};

struct TrendPoint
{
    WeekRange week;
    int pending = 0; // at the week's end
    int created = 0;
    int disposed = 0;
};

struct ReviewUnit
{
    UnitKind kind = UnitKind::Secretariat;
    qint64 id = 0; // 0 for the secretariat
    QString code;
    QString nameEn, nameHi;
    int level = 0;   // posts only
    int parent = -1; // index in WeeklyReview::units
    QList<int> children;
    UnitFigures figures;
    QList<TrendPoint> trend; // 12 weeks, oldest first, ending with the reviewed week
};

// One row of a drill-down list or of the longest-pending statement
// (CSMOP weekly arrear statement: number, subject, level held, since when, reason for delay).
struct ReviewFile
{
    qint64 id = 0;
    QString fileNo, subject, sectionCode;
    int grading = 0;
    QString postCode, postTitleEn, postTitleHi; // held at (pending), or where the event happened
    int level = 0;
    qint64 since = 0; // arrival at that post (pending) or the event's time
    int days = 0;     // calendar days to the week's Sunday (pending lists)
    int workingDays = 0;
    bool overdue = false;
    bool parked = false;
    QString delayReason; // for a parked file: why it was parked
    QString reviewDate;  // a parked file's review date (YYYY-MM-DD)
    QString category;    // its reference category, if any
    int levels = 0;      // delayering lists: posts passed through
    // The arrear statement (issue 16): the latest note frozen on the file by the week's end
    // and its author's digital signature, checked over the note as it reads now, as the note
    // sheet checks it. None: that note is unsigned (or the file has no frozen note).
    enum class NoteSignature
    {
        None,
        Valid,
        Broken
    };
    NoteSignature lastNoteSignature = NoteSignature::None;
    QString lastNoteSigner, lastNoteDesignation;
    qint64 lastNoteSignedAt = 0;
};

// One line of the review per reference category: its own clock.
struct CategoryLine
{
    CategoryView category;
    int pending = 0, overdue = 0;
};

struct WeeklyReview
{
    WeekRange week;
    qint64 asOfMs = 0; // the week's end, or now for a week still running
    qint64 generatedMs = 0;
    QString departmentCode;         // empty: the whole secretariat
    QList<ReviewUnit> units;        // units[0] is the root (secretariat or the department)
    QList<ReviewFile> longest;      // the root's 20 longest-pending files
    int rollupWeeks = 0;            // weeks read from the rollup of closed weeks (0: all computed live)
    int storedDays = 0;             // days of the week read from its stored days (schema step 024)
    QList<CategoryLine> categories; // the root's pending files by reference category, as of T
    QList<CallView> watchList;      // calls and watches open at T (or answered during the week)

    const ReviewUnit &root() const { return units.first(); }
    int find(UnitKind kind, qint64 id) const;
    int find(const QString &code) const; // department, section or post code
};

// What a drill-down opens.
enum class Measure
{
    Pending,
    Parked,
    Age0to7,
    Age8to15,
    Age16to30,
    AgeOver30,
    Overdue,
    Received,
    ReceivedLastWeek,
    Created,
    CreatedLastWeek,
    Disposed,
    DisposedLastWeek,
    WaitSO,
    WaitUS,
    WaitDS,
    WaitPS,
    WaitAsst,
    Called,
    Reminders,
    Escalations,
    OverFourLevels,
};

} // namespace nasti
