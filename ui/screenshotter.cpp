#include "screenshotter.h"

#include "dialogs.h"
#include "draftdialogs.h"
#include "draftpanel.h"
#include "fileactions.h"
#include "filedesk.h"
#include "followuppage.h"
#include "languagemanager.h"
#include "listpages.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "pdf/pdfview.h"
#include "review/reviewwidget.h"
#include "searchpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QScreen>
#include <QTableView>
#include <QThread>

#include <functional>

namespace nasti {

namespace {
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
    return true;
}

void settle(int ms)
{
    waitFor([]() { return false; }, ms);
}

bool save(QWidget *w, const QString &path)
{
    const bool ok = w->grab().save(path);
    qInfo("screenshot %s %s", qPrintable(path), ok ? "written" : "FAILED");
    return ok;
}
} // namespace

Screenshotter::Screenshotter(QString dir, QString login, QString password)
    : m_dir(std::move(dir)), m_login(std::move(login)), m_password(std::move(password))
{
}

int Screenshotter::run()
{
    QDir().mkpath(m_dir);
    bool ok = true;
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("hi")})
        ok = shoot(lang) && ok;
    LanguageManager::instance()->apply(QStringLiteral("en"));
    return ok ? 0 : 1;
}

bool Screenshotter::shoot(const QString &lang)
{
    LanguageManager::instance()->apply(lang);
    const QString suffix = QStringLiteral("_%1.png").arg(lang);
    auto path = [&](const char *name) {
        return QDir(m_dir).filePath(QString::fromLatin1(name) + suffix);
    };

    LoginDialog login;
    login.findChild<QLineEdit *>(QStringLiteral("loginEdit"))->setText(m_login);
    login.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(m_password);
    login.show();
    settle(400);
    bool ok = save(&login, path("01-login"));
    login.signIn();
    if (login.result() != QDialog::Accepted) {
        qWarning("screenshots: sign-in as %s failed", qPrintable(m_login));
        return false;
    }
    MainWindow window(login.takeConnection());
    // The whole screen, as the officer has it (1366x768 is the common office monitor).
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    window.resize(screen);
    window.show();
    FileListModel *inbox = window.model(MainWindow::Page::Inbox);
    waitFor([&]() { return !inbox->isLoading() && window.counts().inbox > 0; }, 10000);
    settle(500);
    if (inbox->rowCount() > 0)
        window.view(MainWindow::Page::Inbox)->selectRow(0);
    ok = save(&window, path("02-inbox")) && ok;

    // A file with a letter in it, from the inbox or else any list.
    FileDesk *desk = nullptr;
    for (MainWindow::Page page :
         {MainWindow::Page::Inbox, MainWindow::Page::CreatedByMe, MainWindow::Page::Sent}) {
        FileListModel *m = window.model(page);
        if (page != MainWindow::Page::Inbox) {
            m->refresh();
            waitFor([&]() { return !m->isLoading(); }, 10000);
        }
        for (int i = 0; i < qMin(20, m->rowCount()) && !desk; ++i) {
            FileDesk *d = window.openFile(m->summary(i).fileNo);
            waitFor([&]() { return d->isLoaded(); }, 10000);
            if (d->paperCount() > 0 && d->isMine())
                desk = d;
            else
                window.closeDesk(d);
            settle(50);
        }
        if (desk)
            break;
    }
    if (!desk) {
        qWarning("screenshots: no file with a letter found for %s", qPrintable(m_login));
        return false;
    }
    desk->setDraftText(
        lang == QLatin1String("hi")
            ? QStringLiteral(
                  "प्रस्ताव का परीक्षण किया गया। वित्त विभाग की सहमति आवश्यक है।\n\nअवलोकनार्थ एवं अनुमोदनार्थ प्रस्तुत।")
            : QStringLiteral(
                  "The proposal has been examined. The concurrence of the Finance Department is needed.\n\n"
                  "Submitted for perusal and approval."));
    waitFor([&]() { return desk->pdfView()->pageCount() > 0 || desk->pdfView()->hasError(); }, 10000);
    settle(1500);
    ok = save(&window, path("03-file-desk")) && ok;

    if (ForwardDialog *forward = window.actions()->createForwardDialog(ForwardDialog::Mode::Forward)) {
        forward->setFilter(lang == QLatin1String("hi") ? QStringLiteral("सचिव")
                                                       : QStringLiteral("Secretary"));
        forward->setAction(ActionAsked::Approval);
        forward->setRemarks(lang == QLatin1String("hi") ? QStringLiteral("कृपया अनुमोदन हेतु।")
                                                        : QStringLiteral("For approval, please."));
        forward->show();
        settle(400);
        ok = save(forward, path("04-forward")) && ok;
        forward->close();
        delete forward;
    }
    if (ActionDialog *decision = window.actions()->createDecisionDialog(true)) {
        decision->setRemarks(lang == QLatin1String("hi") ? QStringLiteral("प्रस्ताव अनुमोदित।")
                                                         : QStringLiteral("Approved as proposed."));
        decision->show();
        settle(400);
        ok = save(decision, path("06-approve")) && ok;
        decision->close();
        delete decision;
    }
    if (QPrintPreviewDialog *preview = window.actions()->createPrintPreview()) {
        preview->show();
        settle(2500);
        ok = save(preview, path("05-print-preview")) && ok;
        preview->close();
        delete preview;
    }
    // Drafts for approval (issue 15): the drafts tab, the editor, two versions compared.
    if (!desk->detail().drafts.isEmpty()) {
        desk->showDrafts();
        desk->draftPanel()->select(desk->detail().drafts.last().number);
        settle(400);
        ok = save(&window, path("07-drafts")) && ok;
        window.actions()->update();
        if (DraftEditorDialog *editor = window.actions()->createDraftEditor(true)) {
            editor->show();
            settle(400);
            ok = save(editor, path("08-draft-editor")) && ok;
            editor->close();
            delete editor;
        }
        if (DraftCompareDialog *compare = window.actions()->createDraftCompare()) {
            compare->show();
            settle(400);
            ok = save(compare, path("09-draft-compare")) && ok;
            compare->close();
            delete compare;
        }
    }
    // Leave the typed sample note nowhere.
    desk->forgetLocalDraft();
    // An issued letter's fair copy, in the correspondence of a file it went out from.
    FileListModel *sent = window.model(MainWindow::Page::Sent);
    sent->refresh();
    waitFor([&]() { return !sent->isLoading(); }, 10000);
    bool issuedShown = false;
    for (int i = 0; i < qMin(30, sent->rowCount()) && !issuedShown; ++i) {
        FileDesk *d = window.openFile(sent->summary(i).fileNo);
        waitFor([&]() { return d->isLoaded(); }, 10000);
        bool issued = false;
        for (const DraftView &dv : d->detail().drafts)
            issued = issued || dv.issued();
        if (!issued) {
            window.closeDesk(d);
            continue;
        }
        auto *papers = d->findChild<QListWidget *>(QStringLiteral("paperList"));
        d->showPaper(papers->count() - 1);
        waitFor([&]() { return d->pdfView()->pageCount() > 0 || d->pdfView()->hasError(); }, 10000);
        settle(1500);
        ok = save(&window, path("10-issued-letter")) && ok;
        issuedShown = true;
    }
    if (!issuedShown)
        qWarning("screenshots: no issued letter found for %s", qPrintable(m_login));
    if (!desk->isLoaded())
        desk = nullptr;

    // The approval on the note sheet: a file that came down approved.
    bool approvalShown = false;
    for (int i = 0; i < qMin(30, sent->rowCount()) && !approvalShown; ++i) {
        FileDesk *d = window.openFile(sent->summary(i).fileNo);
        waitFor([&]() { return d->isLoaded(); }, 10000);
        for (const NoteView &n : d->detail().notes)
            approvalShown = approvalShown || n.kind == NoteKind::Approval;
        if (!approvalShown) {
            window.closeDesk(d);
            continue;
        }
        settle(600);
        ok = save(&window, path("11-approval-note-sheet")) && ok;
        // The printed note sheet, for looking at (signatures kept with their notes, Hindi size).
        window.actions()->printNoteSheetToPdf(
            QDir(m_dir).filePath(QStringLiteral("notesheet_%1.pdf").arg(lang)));
    }
    if (!approvalShown)
        qWarning("screenshots: no approved file found for %s", qPrintable(m_login));

    // The advanced search, filled in and run.
    window.showPage(MainWindow::Page::Search);
    window.showAdvancedSearch();
    if (SearchPanel *panel = window.searchPanel()) {
        panel->statusCombo()->setCurrentIndex(1); // open files
        Q_EMIT panel->searchRequested();
        FileListModel *found = window.model(MainWindow::Page::Search);
        settle(300);
        waitFor([&]() { return found && !found->isLoading(); }, 10000);
        settle(500);
        ok = save(&window, path("12-advanced-search")) && ok;
    }
    window.close();
    settle(100);

    ok = shootAs(lang, QStringLiteral("clerk.gad1")) && ok;
    ok = shootAs(lang, QStringLiteral("cs")) && ok;
    ok = shootAs(lang, QStringLiteral("ds.gad")) && ok;
    return ok;
}

// The other desks: the clerk's receipts register and diary, the Chief Secretary's review
// and watch-list, the escalations to a Deputy Secretary (demo logins, password demo).
bool Screenshotter::shootAs(const QString &lang, const QString &who)
{
    const QString suffix = QStringLiteral("_%1.png").arg(lang);
    auto path = [&](const char *name) {
        return QDir(m_dir).filePath(QString::fromLatin1(name) + suffix);
    };
    LoginDialog login;
    login.findChild<QLineEdit *>(QStringLiteral("loginEdit"))->setText(who);
    login.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(m_password);
    login.show();
    settle(200);
    login.signIn();
    if (login.result() != QDialog::Accepted) {
        qWarning("screenshots: sign-in as %s failed", qPrintable(who));
        return false;
    }
    MainWindow window(login.takeConnection());
    window.resize(QGuiApplication::primaryScreen()->availableGeometry().size());
    window.show();
    settle(1500);
    bool ok = true;
    auto followup = [&](MainWindow::Page page, const char *name) {
        window.showPage(page);
        settle(300);
        for (FollowupPage *p : window.findChildren<FollowupPage *>())
            if (p->isVisible())
                waitFor([&]() { return p->model()->rowCount() > 0; }, 5000);
        settle(500);
        ok = save(&window, path(name)) && ok;
    };
    if (who == QLatin1String("clerk.gad1")) {
        window.showPage(MainWindow::Page::Receipts);
        settle(1500);
        ok = save(&window, path("13-receipts")) && ok;
        DiariseDialog diarise(&window);
        diarise.setPdfFile(QStringLiteral(":/demo/letter-da-revision.pdf"));
        diarise.setFields(lang == QLatin1String("hi") ? QStringLiteral("राम प्रसाद, सीहोर")
                                                      : QStringLiteral("Ram Prasad, Sehore"),
                          QString(), QDate(),
                          lang == QLatin1String("hi") ? QStringLiteral("मार्च से पेंशन का भुगतान नहीं")
                                                      : QStringLiteral("Pension not paid since March"));
        diarise.setCategory(QStringLiteral("cm-helpline"), QStringLiteral("CMH-2026-4411"));
        diarise.show();
        waitFor([&]() { return diarise.preview()->pageCount() > 0 || diarise.preview()->hasError(); }, 10000);
        settle(1200);
        ok = save(&diarise, path("14-diarise-category")) && ok;
        diarise.close();
    } else if (who == QLatin1String("cs")) {
        window.showPage(MainWindow::Page::Review);
        settle(300);
        if (auto *review = window.findChild<ReviewWidget *>())
            waitFor([&]() { return !review->isLoading(); }, 20000);
        settle(1500);
        ok = save(&window, path("15-review")) && ok;
        followup(MainWindow::Page::WatchList, "16-watch-list");
    } else {
        followup(MainWindow::Page::Escalated, "17-escalated");
        followup(MainWindow::Page::Reminders, "18-reminders");
    }
    window.close();
    settle(100);
    return ok;
}

} // namespace nasti
