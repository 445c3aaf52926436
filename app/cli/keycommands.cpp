#include "keycommands.h"

#include "clicontext.h"
#include "services/dsctokens.h"
#include "services/keyservice.h"
#include "util/error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTimeZone>

namespace nasti::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nasti::cli::keys", text);
}

QString istDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(QByteArrayLiteral("Asia/Kolkata")))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The authority's passphrase: a file's first line, else NASTI_AUTHORITY_PASSPHRASE, else asked.
QString passphrase(CliContext &ctx, const QCommandLineParser &p, const QCommandLineOption &file)
{
    if (p.isSet(file)) {
        QFile f(p.value(file));
        if (!f.open(QIODevice::ReadOnly))
            fail(NastiError::Kind::NotFound, tr("Cannot read the passphrase file %1.").arg(p.value(file)));
        return QString::fromUtf8(f.readLine()).trimmed();
    }
    return ctx.password(tr("Passphrase of the signing authority: "), "NASTI_AUTHORITY_PASSPHRASE");
}

Session actor(CliContext &ctx)
{
    return ctx.hasAs() ? ctx.session() : Session{};
}
} // namespace

int keys(CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QString path = QStringLiteral("nasti-admin keys ") + sub;
    QCommandLineParser p;
    const QCommandLineOption passFile(QStringLiteral("passphrase-file"),
                                      tr("Read the authority's passphrase from this file's first line."),
                                      QStringLiteral("FILE"));
    if (sub == QLatin1String("authority")) {
        const QCommandLineOption name(QStringLiteral("name"), tr("The organisation's name."),
                                      QStringLiteral("NAME"));
        p.addOptions({name, passFile});
        if (!ctx.parse(p, QStringList{path} + args.mid(1),
                       tr("Create the organisation's signing authority, its private key sealed under a "
                          "passphrase (administrators; once per database).")))
            return 0;
        if (!p.isSet(name))
            throw UsageError{tr("keys authority needs --name.")};
        const QString pass = passphrase(ctx, p, passFile);
        ctx.keyed(
            [&] { KeyService(ctx.db(), ctx.clock(), actor(ctx)).createAuthority(p.value(name), pass); });
        KeyService keys(ctx.db(), ctx.clock(), actor(ctx));
        ctx.out()
            << (keys.authorityHasX509()
                    ? tr("Signing authority created, with the organisation's X.509 CA for signed letters "
                         "(nasti-admin ca export writes its certificate).")
                    : tr("Signing authority created."))
            << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("enrol")) {
        if (!ctx.parse(p, QStringList{path} + args.mid(1),
                       tr("Make a new signing key for --as LOGIN, sealed under his password (the desktop "
                          "client does this at his first sign-in). It signs once certified.")))
            return 0;
        const Session &s = ctx.session();
        const QString pw = ctx.password(tr("Password for %1: ").arg(s.login));
        ctx.keyed([&] { KeyService(ctx.db(), ctx.clock(), ctx.session()).enrol(pw); });
        ctx.out() << tr("Signing key made for %1; the administrator certifies it next.").arg(s.login)
                  << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("certify")) {
        const QCommandLineOption days(QStringLiteral("days"),
                                      tr("How long the certificate is valid (default 365)."),
                                      QStringLiteral("N"), QStringLiteral("365"));
        p.addOptions({days, passFile});
        p.addPositionalArgument(QStringLiteral("LOGIN"), tr("Whom to certify; none: every key awaiting it."),
                                QStringLiteral("[LOGIN...]"));
        if (!ctx.parse(
                p, QStringList{path} + args.mid(1),
                tr("Certify officers' signing keys for their posts with the organisation's authority."),
                QStringLiteral("[LOGIN...]")))
            return 0;
        bool ok = false;
        const int n = p.value(days).toInt(&ok);
        if (!ok)
            throw UsageError{tr("--days takes a number of days, not “%1”.").arg(p.value(days))};
        const QString pass = passphrase(ctx, p, passFile);
        QStringList withoutX509;
        QStringList done;
        ctx.keyed([&] {
            withoutX509.clear();
            done = KeyService(ctx.db(), ctx.clock(), actor(ctx))
                       .certify(p.positionalArguments(), pass, n, &withoutX509);
        });
        KeyService keys(ctx.db(), ctx.clock(), actor(ctx));
        if (done.isEmpty())
            ctx.out() << tr("No key was awaiting certification.") << Qt::endl;
        for (const QString &login : done)
            ctx.out() << tr("%1 certified for %2 days.").arg(login).arg(n) << Qt::endl;
        if (!withoutX509.isEmpty())
            ctx.out() << (keys.authorityHasX509()
                              ? tr("No X.509 certificate for signed letters for %1: their keys predate PDF "
                                   "signing; they get one when they enrol again (nasti-admin keys enrol) and "
                                   "are certified.")
                                    .arg(withoutX509.join(QStringLiteral(", ")))
                              : tr("No X.509 certificates for signed letters: this authority predates PDF "
                                   "signing; run nasti-admin keys authority again to add the CA, then "
                                   "certify again."))
                      << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("revoke")) {
        const QCommandLineOption reason(QStringLiteral("reason"),
                                        tr("compromised (default), disabled, transferred or renewed."),
                                        QStringLiteral("REASON"), QStringLiteral("compromised"));
        p.addOption(reason);
        p.addPositionalArgument(QStringLiteral("LOGIN"), tr("Whose certificates to revoke."));
        if (!ctx.parse(
                p, QStringList{path} + args.mid(1),
                tr("Revoke a user's signing certificates (from now; what he signed before stays valid)."),
                QStringLiteral("LOGIN")))
            return 0;
        if (p.positionalArguments().size() != 1)
            throw UsageError{tr("keys revoke takes one LOGIN.")};
        int n = 0;
        ctx.keyed([&] {
            n = KeyService(ctx.db(), ctx.clock(), actor(ctx))
                    .revoke(p.positionalArguments().first(), p.value(reason));
        });
        ctx.out() << QCoreApplication::translate("nasti::cli::keys", "%n certificate(s) revoked.", nullptr, n)
                  << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("list")) {
        if (!ctx.parse(p, QStringList{path} + args.mid(1), tr("List signing keys and their certificates.")))
            return 0;
        for (const KeyListRow &r : KeyService(ctx.db(), ctx.clock(), actor(ctx)).list()) {
            QString state;
            if (!r.certificateId)
                state = tr("awaiting certification");
            else if (!r.revokedReason.isEmpty())
                state = tr("revoked %1 (%2)").arg(istDate(r.revokedAt), r.revokedReason);
            else if (r.validUntil <= ctx.clock().nowMs())
                state = tr("expired %1").arg(istDate(r.validUntil));
            else
                state = tr("valid until %1").arg(istDate(r.validUntil));
            ctx.out() << r.login << "  " << tr("key %1").arg(r.keyId) << "  " << r.publicKeyHex.left(16)
                      << "  " << (r.posts.isEmpty() ? QStringLiteral("-") : r.posts) << "  " << state
                      << Qt::endl;
        }
        return 0;
    }
    if (sub == QLatin1String("status")) {
        if (!ctx.parse(p, QStringList{path} + args.mid(1),
                       tr("Show --as LOGIN's signing key and certificate.")))
            return 0;
        const Session &s = ctx.session();
        const KeyStatus st = KeyService(ctx.db(), ctx.clock(), s).status();
        if (!st.keyId)
            ctx.out() << tr("%1 has no signing key.").arg(s.login) << Qt::endl;
        else if (st.validNow)
            ctx.out() << tr("%1 signs with key %2, certified until %3.")
                             .arg(s.login)
                             .arg(st.keyId)
                             .arg(istDate(st.validUntil))
                      << Qt::endl;
        else
            ctx.out() << tr("%1 has key %2, not certified now%3.")
                             .arg(s.login)
                             .arg(st.keyId)
                             .arg(st.revokedReason.isEmpty() ? QString()
                                                             : QStringLiteral(" (%1)").arg(st.revokedReason))
                      << Qt::endl;
        return 0;
    }
    // DSC tokens (schema step 018): an external CA trusted, a token's certificate registered.
    if (sub == QLatin1String("trust-ca")) {
        const QCommandLineOption name(QStringLiteral("name"),
                                      tr("What to call the CA (e.g. its licence name)."),
                                      QStringLiteral("NAME"));
        p.addOption(name);
        p.addPositionalArgument(QStringLiteral("CA_CERT"), tr("The CA's certificate (PEM or DER)."));
        if (!ctx.parse(p, QStringList{path} + args.mid(1),
                       tr("Trust an external certifying authority (a licensed CA under CCA India) whose "
                          "certificates officers hold on DSC tokens (administrators)."),
                       QStringLiteral("CA_CERT")))
            return 0;
        if (p.positionalArguments().size() != 1 || !p.isSet(name))
            throw UsageError{tr("keys trust-ca takes --name NAME and one CA_CERT file.")};
        QFile f(p.positionalArguments().first());
        if (!f.open(QIODevice::ReadOnly))
            fail(NastiError::Kind::NotFound, tr("Cannot read the certificate file %1.").arg(f.fileName()));
        const qint64 id =
            DscTokenService(ctx.db(), ctx.clock(), actor(ctx)).trustCa(p.value(name), f.readAll());
        ctx.out() << tr("CA %1 trusted (%2) for DSC tokens.").arg(p.value(name)).arg(id) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("trusted-cas")) {
        if (!ctx.parse(p, QStringList{path} + args.mid(1),
                       tr("List the external CAs trusted for DSC tokens.")))
            return 0;
        for (const TrustedCaRow &r : DscTokenService(ctx.db(), ctx.clock(), actor(ctx)).trustedCas())
            ctx.out() << r.id << "  " << r.name << "  " << r.subject << "  " << r.fingerprint.left(16) << "  "
                      << tr("trusted %1").arg(istDate(r.addedAt)) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("register-token")) {
        const QCommandLineOption user(QStringLiteral("user"), tr("The officer whose token it is."),
                                      QStringLiteral("LOGIN"));
        const QCommandLineOption cert(QStringLiteral("cert"),
                                      tr("The token's certificate (PEM or DER), exported from the token."),
                                      QStringLiteral("FILE"));
        const QCommandLineOption module(
            QStringLiteral("module"),
            tr("The token's PKCS#11 driver on the officers' desktops (e.g. the CA's libeps2003 or "
               "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so)."),
            QStringLiteral("PATH"));
        p.addOptions({user, cert, module});
        if (!ctx.parse(
                p, QStringList{path} + args.mid(1),
                tr("Register an officer's DSC token certificate (from a trusted external CA) to him and "
                   "the posts he holds; he then signs the letters he issues with the token.")))
            return 0;
        if (!p.isSet(user) || !p.isSet(cert) || !p.isSet(module))
            throw UsageError{tr("keys register-token needs --user LOGIN, --cert FILE and --module PATH.")};
        QFile f(p.value(cert));
        if (!f.open(QIODevice::ReadOnly))
            fail(NastiError::Kind::NotFound, tr("Cannot read the certificate file %1.").arg(f.fileName()));
        const qint64 id = DscTokenService(ctx.db(), ctx.clock(), actor(ctx))
                              .registerToken(p.value(user), f.readAll(), p.value(module));
        ctx.out() << tr("DSC token registered to %1 (registration %2).").arg(p.value(user)).arg(id)
                  << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("tokens")) {
        if (!ctx.parse(p, QStringList{path} + args.mid(1), tr("List registered DSC tokens.")))
            return 0;
        for (const DscTokenRow &r : DscTokenService(ctx.db(), ctx.clock(), actor(ctx)).tokens()) {
            QString state;
            if (!r.revokedReason.isEmpty())
                state = tr("revoked %1 (%2)").arg(istDate(r.revokedAt), r.revokedReason);
            else if (r.validUntil <= ctx.clock().nowMs())
                state = tr("expired %1").arg(istDate(r.validUntil));
            else
                state = tr("valid until %1").arg(istDate(r.validUntil));
            ctx.out() << r.login << "  " << r.subject << "  " << r.caName << "  "
                      << (r.posts.isEmpty() ? QStringLiteral("-") : r.posts) << "  " << state << Qt::endl;
        }
        return 0;
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub.isEmpty()) {
        ctx.out()
            << tr("Usage: nasti-admin keys authority|enrol|certify|revoke|list|status|trust-ca|trusted-cas|"
                  "register-token|tokens ... (each has --help)")
            << Qt::endl;
        return sub.isEmpty() ? 2 : 0;
    }
    throw UsageError{
        tr("Unknown keys command “%1” (authority, enrol, certify, revoke, list, status, trust-ca, "
           "trusted-cas, register-token, tokens).")
            .arg(sub)};
}

} // namespace nasti::cli
