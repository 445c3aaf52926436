#pragma once

#include "db/dburl.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace nasti {

// One line of the benchmark table: the runs through the project's own code and
// the same work done raw (the same SQL on a plain unprepared QSqlQuery with
// literal values, or pdftoppm for a page), measured in the same run.
struct BenchMeasure
{
    QString key, label, unit = QStringLiteral("ms");
    QList<double> runs, baseline;
    double target = 0; // ms (at most) or movements/s (at least)
    bool higherIsBetter = false;
    double maxRatio = 0; // e.g. 2.0: within 2x of the baseline; 0 = not a target
    bool measured = true;
    QString note;

    double median() const;
    double p90() const;
    double minimum() const;
    double maximum() const;
    double baselineMedian() const;
    double ratio() const; // time ratio: ours / raw (for rates: raw / ours); 0 without a baseline
    bool met() const;
    QJsonObject toJson() const;
};

// Measures what users wait for on a database seeded by ScaleSeeder.
class BenchRunner
{
public:
    struct Options
    {
        DbUrl url;        // an administrator's URL (superuser on PostgreSQL)
        QString password; // the seeded users' password
        int repeats = 30;
        int forwardClients = 16;
        int forwardMovesPerClient = 100;
        int forwardRounds = 3;
        QStringList only; // parts to measure (login, queries, review, forward, signing, pdf); empty = all
        bool wants(const QString &part) const { return only.isEmpty() || only.contains(part); }
    };
    using Progress = std::function<void(const QString &line)>;

    BenchRunner(Options options, Progress progress) : m_o(std::move(options)), m_progress(std::move(progress))
    {
    }

    QList<BenchMeasure> run();

    // The login path used (connectAs as the user's own role, or the fallback).
    const QString &loginPath() const { return m_loginPath; }
    qint64 files() const { return m_files; }
    QString heaviestPost() const { return m_heaviestPost; }
    qint64 heaviestOpen() const { return m_heaviestOpen; }

    static QString table(const QList<BenchMeasure> &measures);

private:
    Options m_o;
    Progress m_progress;
    QString m_loginPath;
    qint64 m_files = 0;
    QString m_heaviestPost;
    qint64 m_heaviestOpen = 0;
};

// Median and percentiles of a list of samples.
double benchPercentile(QList<double> values, double p);

} // namespace nasti
