#pragma once

#include <QString>

namespace nasti {

class Database;
class Clock;
class DocumentInspector;

// Seeds the demo office: GAD (two sections), Finance (one section) and the
// Chief Secretary's office, the usual chain of posts, demo logins with the
// password "demo", and a few dozen files at every stage with Hindi and English
// subjects and notes, replayed over the past weeks so that inboxes, pendency
// and the weekly review have something to show.
class FairCopyRenderer;

class DemoSeeder
{
public:
    DemoSeeder(Database &db, const Clock &clock, const DocumentInspector &inspector)
        : m_db(db), m_clock(clock), m_inspector(inspector)
    {
    }

    // With a renderer, the demo also issues the approved drafts of its closed files.
    void setFairCopyRenderer(const FairCopyRenderer *renderer) { m_renderer = renderer; }

    enum class Outcome
    {
        Seeded,
        AlreadySeeded
    };
    // Refuses (NastiError Refused) a database that has an organisation but is not the demo.
    Outcome seed();

    static QString demoPassword() { return QStringLiteral("demo"); }
    // The demo authority's passphrase (nasti-admin keys certify asks for it).
    static QString demoAuthorityPassphrase() { return QStringLiteral("demo-authority"); }

private:
    Database &m_db;
    const Clock &m_clock;
    const DocumentInspector &m_inspector;
    const FairCopyRenderer *m_renderer = nullptr;
};

} // namespace nasti
