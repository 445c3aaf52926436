#include "bench/signingbench.h"

#include "db/database.h"
#include "db/transaction.h"
#include "services/fileservice.h"
#include "services/keyservice.h"
#include "services/orgservice.h"
#include "util/clock.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace nasti {

namespace {
const char *const kPassphrase = "bench-authority-passphrase";
const char *const kPassword = "bench-signing-password";
} // namespace

BenchMeasure measureSigningOnForward(Database &db, const SigningBenchInput &in)
{
    SystemClock clock;
    BenchMeasure m;
    m.key = QStringLiteral("forward_signed");
    m.label = QCoreApplication::translate("nasti::BenchRunner",
                                          "Forward with a signed note (one client; raw: the same unsigned)");
    if (in.fileNos.isEmpty() || in.abovePost.isEmpty()) {
        m.measured = false;
        m.note = QCoreApplication::translate(
            "nasti::BenchRunner", "not measured: the heaviest post holds no open file or reports to nobody");
        return m;
    }
    if (KeyService(db, clock, Session{}).hasAuthority()) {
        m.measured = false;
        m.note = QCoreApplication::translate(
            "nasti::BenchRunner",
            "not measured: this database has a signing authority of its own (run it on a database "
            "made by seed-scale)");
        return m;
    }
    Transaction tx(db); // never committed: see the header
    Session s = OrgService(db, clock).sessionFor(in.login);
    for (const PostInfo &p : OrgService(db, clock).posts())
        if (p.code == in.abovePost)
            s.posts.append({p.id, p.code, p.titleEn, p.titleHi, p.level, 0, 0, 0});
    auto round = [&](const Session &session, QList<double> &into) {
        FileService files(db, clock, session);
        for (int i = 0; i < in.repeats; ++i) {
            const QString no = in.fileNos.at(i % in.fileNos.size());
            files.saveDraft(no, QCoreApplication::translate("nasti::BenchRunner",
                                                            "Bench note %1: examined; put up for orders.")
                                    .arg(i + 1));
            ForwardRequest up;
            up.fileNo = no;
            up.toPostCode = in.abovePost;
            up.action = ActionAsked::Approval;
            QElapsedTimer t;
            t.start();
            files.forward(up);
            into << double(t.nsecsElapsed()) / 1e6;
            ForwardRequest down; // back where it was, no note
            down.fileNo = no;
            down.toPostCode = in.ownPost;
            down.action = ActionAsked::Information;
            files.forward(down);
        }
    };
    round(s, m.baseline);
    KeyService(db, clock, Session{})
        .createAuthority(QStringLiteral("Nasti bench"), QString::fromLatin1(kPassphrase));
    s.signer = KeyService(db, clock, s).enrol(QString::fromLatin1(kPassword));
    KeyService(db, clock, Session{}).certify({in.login}, QString::fromLatin1(kPassphrase), 1);
    const qint64 before = db.scalar(QStringLiteral("SELECT COUNT(*) FROM signatures")).toLongLong();
    round(s, m.runs);
    const qint64 signedNotes =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM signatures")).toLongLong() - before;
    if (signedNotes != in.repeats) {
        m.measured = false;
        m.note = QCoreApplication::translate("nasti::BenchRunner", "BROKEN: %1 notes frozen, %2 signed")
                     .arg(in.repeats)
                     .arg(signedNotes);
        return m;
    }
    // Target: signing adds under 20 ms to the same forward measured unsigned in this run.
    m.target = m.baselineMedian() + 20;
    m.note = QCoreApplication::translate("nasti::BenchRunner",
                                         "signing adds %1 ms to a forward (%2 notes signed; rolled back)")
                 .arg(QString::number(m.median() - m.baselineMedian(), 'f', 2))
                 .arg(signedNotes);
    return m;
}

} // namespace nasti
