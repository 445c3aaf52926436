// nasti: the desktop client.
#include "languagemanager.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "screenshotter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>
#include <QIcon>

using namespace nasti;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
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
    parser.addOptions({shotDir, shotLogin, shotPassword});
    parser.process(app);

    ProfileStore profiles;
    LanguageManager::instance()->apply(profiles.language());

    if (parser.isSet(shotDir))
        return Screenshotter(parser.value(shotDir), parser.value(shotLogin), parser.value(shotPassword))
            .run();

    for (;;) {
        LoginDialog login;
        if (login.exec() != QDialog::Accepted)
            return 0;
        auto *window = new MainWindow(login.takeConnection(), login.password());
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
