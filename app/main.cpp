// nasti: the desktop client.
#include "guardedapplication.h"
#include "languagemanager.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "pdfsign/backend.h"
#include "pdfsign/pdfsignature.h"
#include "profilestore.h"
#include "screenshotter.h"
#include "util/error.h"

#include "db/dburl.h"
#include "security/chainheadstore.h"
#include "util/error.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

using namespace nasti;

namespace {
// Without a display Qt aborts with a message about platform plugins; say plainly
// what is wrong and how to run the client on a virtual X server instead.
bool hasDisplay(int argc, char *argv[])
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "-platform") == 0 || qstrcmp(argv[i], "--help") == 0 ||
            qstrcmp(argv[i], "-h") == 0 || qstrcmp(argv[i], "--version") == 0)
            return true;
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return true;
#endif
}
} // namespace

int main(int argc, char *argv[])
{
    if (!hasDisplay(argc, argv)) {
        fprintf(
            stderr,
            "nasti: there is no display (DISPLAY and WAYLAND_DISPLAY are unset), so the client cannot "
            "open a window.\nRun it on a virtual X server:\n\n    xvfb-run -a nasti\n\n"
            "(from the source tree: xvfb-run -a make run), or set QT_QPA_PLATFORM=offscreen for tests.\n");
        return 1;
    }
    GuardedApplication app(argc, argv);
    // Signed letters: X.509 keys at enrolment, PDF signatures at issue, their check in the
    // viewer; NSS first, before the viewer touches Poppler's signature API.
    nasti::pdfsign::installBackend();
    try {
        nasti::pdfsign::initialiseSigning();
    } catch (const nasti::NastiError &e) {
        qWarning("PDF signatures unavailable: %s", qPrintable(e.message()));
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Nasti"));
    QCoreApplication::setApplicationName(QStringLiteral("nasti"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NASTI_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Nasti"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/nasti.svg")));
    // Noto Sans has a Devanagari companion; fontconfig falls back to it for Hindi.
    QFont font(QStringLiteral("Noto Sans"), 10);
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Devanagari")});
    font.setStyleHint(QFont::SansSerif);
    QApplication::setFont(font);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Nasti e-Office desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption shotDir(
        QStringLiteral("screenshot-dir"),
        QCoreApplication::translate("main", "Write screenshots into DIR and quit."), QStringLiteral("DIR"));
    const QCommandLineOption shotLogin(
        QStringLiteral("screenshot-login"),
        QCoreApplication::translate("main", "Login used for screenshots (us.gad)."), QStringLiteral("LOGIN"),
        QStringLiteral("us.gad"));
    const QCommandLineOption shotPassword(
        QStringLiteral("screenshot-password"),
        QCoreApplication::translate("main", "Password used for screenshots (demo)."),
        QStringLiteral("PASSWORD"), QStringLiteral("demo"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Database URL (sqlite:PATH or postgresql://USER@HOST:PORT/DB); "
                                            "default: $NASTI_DB, else the last profile."),
        QStringLiteral("URL"));
    parser.addOptions({shotDir, shotLogin, shotPassword, dbOption});
    parser.process(app);

    ProfileStore profiles;
    // --db, then NASTI_DB, become the preselected profile; otherwise the saved one is used.
    const QString dbUrl = parser.isSet(dbOption) ? parser.value(dbOption) : qEnvironmentVariable("NASTI_DB");
    if (!dbUrl.isEmpty()) {
        try {
            DbUrl::parse(dbUrl);
        } catch (const NastiError &e) {
            fprintf(stderr, "nasti: %s\n", qPrintable(e.message()));
            return 2;
        }
        Profile p;
        p.name = ProfileStore::stripPassword(dbUrl);
        p.url = dbUrl;
        if (const auto old = profiles.profile(p.name)) {
            p.lastLogin = old->lastLogin;
            p.remember = old->remember;
        }
        profiles.save(p);
        profiles.setLastProfile(p.name);
    }
    LanguageManager::instance()->apply(profiles.language());

    if (parser.isSet(shotDir))
        return Screenshotter(parser.value(shotDir), parser.value(shotLogin), parser.value(shotPassword))
            .run();

    for (;;) {
        LoginDialog login;
        if (login.exec() != QDialog::Accepted)
            return 0;
        access::UserConnection connection = login.takeConnection();
        // Tamper evidence from outside the database: the chain must still contain the
        // head this computer saw last time (a rewritten chain is caught here).
        try {
            ChainHeadStore heads;
            const ChainCheck check = checkChainHead(*connection.db, heads);
            const QString &problem = check.problem;
            if (check.outcome == ChainCheck::Outcome::Older)
                QMessageBox::warning(
                    nullptr, QCoreApplication::translate("main", "Database older than last seen"),
                    QCoreApplication::translate("main", "%1\nWork recorded after that point is not in "
                                                        "it. Inform the administrator.")
                        .arg(problem));
            else if (!problem.isEmpty())
                QMessageBox::critical(
                    nullptr, QCoreApplication::translate("main", "Tampering detected"),
                    QCoreApplication::translate("main", "The record of this database has been altered: %1\n"
                                                        "Inform the administrator at once.")
                        .arg(problem));
        } catch (const NastiError &e) {
            qWarning("chain head check failed: %s", qPrintable(e.message()));
        }
        auto *window = new MainWindow(std::move(connection));
        window->setAttribute(Qt::WA_DeleteOnClose);
        bool signOut = false;
        QObject::connect(window, &MainWindow::signOutRequested, window, [&signOut, window]() {
            signOut = true;
            window->close();
        });
        window->show();
        const int rc = app.exec();
        if (!signOut)
            return rc;
    }
}
