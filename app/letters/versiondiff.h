#pragma once

#include "domain/drafts.h"

#include <QString>

namespace nasti {

// Two versions of a draft side by side, word by word (Myers' diff, from Debian's dtl):
// each side as HTML with what the other lacks marked, removed words struck through in
// red on the older side, added words underlined in green on the newer one.
struct VersionDiff
{
    QString olderHtml, newerHtml;
    int removedWords = 0, addedWords = 0;

    // The text compared: subject, addressees, reference, copies, then the body.
    static QString comparableText(const DraftVersionView &version);
    static VersionDiff compare(const QString &older, const QString &newer);
    static VersionDiff compare(const DraftVersionView &older, const DraftVersionView &newer)
    {
        return compare(comparableText(older), comparableText(newer));
    }
    // A plain-text rendering for the CLI: "[-removed-]" and "{+added+}".
    static QString unified(const QString &older, const QString &newer);
};

} // namespace nasti
