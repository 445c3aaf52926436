#pragma once

#include "domain/types.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace nasti {

class SigningIdentity;

struct PostRef
{
    qint64 id = 0;
    QString code;
    QString titleEn;
    QString titleHi;
    int level = 0;
    qint64 sectionId = 0; // 0 when the post belongs to no section
    qint64 departmentId = 0;
    qint64 reportsTo = 0; // 0 at the top
};

// Who is acting: the user and the posts he holds (his own and any in his charge).
struct Session
{
    qint64 userId = 0;
    QString login;
    QString fullName;
    Role role = Role::Clerk;
    QList<PostRef> posts;
    // His unlocked signing key (issue 16); null until unlocked, or when he has none.
    std::shared_ptr<const SigningIdentity> signer;
    // Why it is not unlocked, when sign-in found that out (the sealed copy did not open and
    // the keychain had none): what a refused freeze then says.
    QString signingProblem;
    // His DSC token (schema step 018), the subject of its registered certificate, when a
    // registration was valid at sign-in: the letters he issues are signed on it (its PIN asked).
    QString dscToken;

    bool holds(qint64 postId) const
    {
        for (const PostRef &p : posts)
            if (p.id == postId)
                return true;
        return false;
    }
    const PostRef *post(qint64 postId) const
    {
        for (const PostRef &p : posts)
            if (p.id == postId)
                return &p;
        return nullptr;
    }
    const PostRef *primaryPost() const { return posts.isEmpty() ? nullptr : &posts.first(); }

    // The ids of the posts held, and of their sections, as SQL list literals
    // ("3,17"; "-1" when there are none). Ids come from the database, never from input.
    QString postIdList() const
    {
        QStringList ids;
        for (const PostRef &p : posts)
            ids << QString::number(p.id);
        return ids.isEmpty() ? QStringLiteral("-1") : ids.join(QLatin1Char(','));
    }
    QString sectionIdList() const
    {
        QStringList ids;
        for (const PostRef &p : posts)
            if (p.sectionId)
                ids << QString::number(p.sectionId);
        return ids.isEmpty() ? QStringLiteral("-1") : ids.join(QLatin1Char(','));
    }
};

} // namespace nasti
