// Follow-up in the client (issue 17), through real widgets on both backends: the
// Section Officer's Reminders, the Under Secretary's "Escalated to me", the Chief
// Secretary's desk (the Review first) and watch-list, and a call for the file
// answered from the direction at the top of the file. A history built 60 days ago
// with a ManualClock; the client runs on today's clock, so the file is long late.
// NASTI_SCREENSHOT_DIR=dir saves the screens in English and Hindi.
#include "client/queryworker.h"
#include "dialogs.h"
#include "fileactions.h"
#include "filedesk.h"
#include "followuppage.h"
#include "languagemanager.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "support/guitest.h"

#include "access/connect.h"
#include "services/authservice.h"
#include "services/fileservice.h"
#include "services/followupservice.h"
#include "services/orgservice.h"
#include "support/testdatabase.h"
#include "util/error.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace nasti;
using namespace Qt::StringLiterals;

namespace {
const QString kPassword = u"pw"_s;
constexpr qint64 kDay = 86400000;

using test::whenShown;
} // namespace

class TestGuiFollowup : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    bool m_roles = false;
    QString m_fileNo;

    LoginDialog::Connector connector()
    {
        if (m_db->isPostgres() && !m_roles) {
            const DbUrl url = m_tdb->url();
            return [url](const DbUrl &, const QString &login, const QString &password) {
                access::UserConnection c;
                c.db = Database::open(url);
                SystemClock clock;
                c.session = AuthService(*c.db, clock).login(login, password);
                return c;
            };
        }
        return &access::connectAs;
    }

    std::unique_ptr<MainWindow> signIn(const QString &login)
    {
        LoginDialog dialog;
        dialog.setConnector(connector());
        auto *profile = dialog.findChild<QComboBox *>(u"profileCombo"_s);
        profile->setCurrentIndex(profile->findText(u"Test"_s));
        auto *loginEdit = dialog.findChild<QLineEdit *>(u"loginEdit"_s);
        loginEdit->clear();
        QTest::keyClicks(loginEdit, login);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"passwordEdit"_s), kPassword);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
        if (dialog.result() != QDialog::Accepted)
            return nullptr;
        auto w = std::make_unique<MainWindow>(dialog.takeConnection());
        w->resize(1366, 768);
        w->show();
        return w;
    }

    static FollowupPage *page(MainWindow &w, const char *name)
    {
        return w.findChild<FollowupPage *>(QString::fromLatin1(name));
    }

    static void shot(QWidget &w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("NASTI_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QApplication::processEvents();
        w.grab().save(dir + QLatin1Char('/') + name + u".png"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"NastiTest"_s);
        QCoreApplication::setApplicationName(u"tst_gui_followup_"_s + test::TestDatabase::backendName());
        QSettings().clear();
        m_tdb = std::make_unique<test::TestDatabase>();
        m_db = m_tdb->create();
        const qint64 now = SystemClock().nowMs();
        ManualClock clock(now - 60 * kDay);
        test::seedSmallOffice(*m_db, clock);
        auto as = [&](const QString &login) {
            return FileService(*m_db, clock, test::sessionOf(*m_db, clock, login));
        };
        CreateFileRequest c;
        c.sectionCode = u"GAD-1"_s;
        c.subject = u"Recruitment rules for stenographers"_s;
        m_fileNo = as(u"clerk.gad1"_s).create(c);
        clock.set(now - 45 * kDay);
        ForwardRequest up;
        up.fileNo = m_fileNo;
        up.target = ForwardRequest::Target::Up;
        as(u"clerk.gad1"_s).forward(up);
        clock.set(now - 20 * kDay);
        as(u"so.gad1"_s).recordDelay(m_fileNo, u"Comments of the Law Department awaited"_s);
        clock.set(now - 10 * kDay);
        FollowupService(*m_db, clock, test::sessionOf(*m_db, clock, u"cs"_s))
            .call(m_fileNo, u"call"_s, u"Put up with the Law Department's comments"_s,
                  Clock::officeDate(now - 5 * kDay));
        ProfileStore profiles;
        // The review reads through the profile's "replica" (here the same database: the
        // wiring; tests/replica-test.sh reads a real standby).
        profiles.save({u"Test"_s, m_tdb->url().toString(), {}, false, m_tdb->url().toString()});
        profiles.setLastProfile(u"Test"_s);
        if (m_db->isPostgres()) {
            try {
                access::connectAs(m_tdb->url(), u"clerk.gad1"_s, kPassword);
                m_roles = true;
            } catch (const NastiError &) {
            }
        }
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_tdb.reset();
    }

    void remindersEscalationAndTheWatchList()
    {
        // The holder: a reminder (and a notification) for his late file.
        auto so = signIn(u"so.gad1"_s);
        QVERIFY(so);
        FollowupPage *reminders = page(*so, "remindersPage");
        QTRY_COMPARE_WITH_TIMEOUT(reminders->model()->rowCount(), 1, 15000);
        QCOMPARE(reminders->model()->fileNoAt(0), m_fileNo);
        so->showPage(MainWindow::Page::Reminders);
        shot(*so, u"followup-reminders-en"_s);

        // His reporting officer: the file escalated to him, with the reason for delay.
        auto us = signIn(u"us.gad"_s);
        QVERIFY(us);
        FollowupPage *escalated = page(*us, "escalatedPage");
        QTRY_COMPARE_WITH_TIMEOUT(escalated->model()->rowCount(), 1, 15000);
        QVERIFY(escalated->model()->data(escalated->model()->index(0, 6)).toString().contains(u"Law"_s));
        us->showPage(MainWindow::Page::Escalated);
        shot(*us, u"followup-escalated-en"_s);

        // The Chief Secretary lands on the Review; his watch-list has the call.
        auto cs = signIn(u"cs"_s);
        QVERIFY(cs);
        QCOMPARE(cs->currentPage(), MainWindow::Page::Review);
        QVERIFY(cs->session()->reviewWorker() != cs->session()->worker());
        FollowupPage *watch = page(*cs, "watchListPage");
        QTRY_COMPARE_WITH_TIMEOUT(watch->model()->rowCount(), 1, 15000);
        QCOMPARE(watch->model()->data(watch->model()->index(0, 7)).toInt(), 5);
        cs->showPage(MainWindow::Page::WatchList);
        shot(*cs, u"followup-watchlist-en"_s);

        // The holder sees the direction at the top of the file and answers it.
        FileDesk *desk = so->openFile(m_fileNo);
        QTRY_VERIFY_WITH_TIMEOUT(desk->isLoaded(), 15000);
        auto *bar = desk->findChild<QWidget *>(u"callBar"_s);
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(desk->findChild<QLabel *>(u"callText"_s)->text().contains(u"CS"_s));
        shot(*so, u"followup-direction-en"_s);
        QSignalSpy done(so->session(), &ClientSession::actionFinished);
        whenShown<ActionDialog>([](ActionDialog *a) {
            a->setRemarks(u"Law's comments received; putting up today."_s);
            QTest::mouseClick(a->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        });
        QTest::mouseClick(desk->findChild<QPushButton *>(u"answerCallButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 15000);
        QVERIFY2(done.first().at(1).toBool(), qPrintable(done.first().at(3).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 15000);

        // The answer on the watch-list.
        cs->refreshAll();
        QTRY_VERIFY_WITH_TIMEOUT(
            watch->model()->data(watch->model()->index(0, 6)).toString().contains(u"putting up"_s), 15000);

        // The same screens in Hindi.
        if (!qEnvironmentVariableIsEmpty("NASTI_SCREENSHOT_DIR")) {
            cs->findChild<QAction *>(u"actionLanguage_hi"_s)->trigger();
            QApplication::processEvents();
            shot(*cs, u"followup-watchlist-hi"_s);
            cs->showPage(MainWindow::Page::Review);
            QTest::qWait(1500);
            shot(*cs, u"review-cs-desk-hi"_s);
            us->showPage(MainWindow::Page::Escalated);
            shot(*us, u"followup-escalated-hi"_s);
            so->showPage(MainWindow::Page::Reminders);
            shot(*so, u"followup-reminders-hi"_s);
            cs->findChild<QAction *>(u"actionLanguage_en"_s)->trigger();
            QApplication::processEvents();
            shot(*cs, u"review-cs-desk-en"_s);
        }
        QTRY_VERIFY(QueryWorker::pendingJobs() == 0);
    }
};

QTEST_MAIN(TestGuiFollowup)
#include "tst_gui_followup.moc"
