#include "logindialog.h"

#include "security/signingkeys.h"

#include "languagemanager.h"
#include "uiutil.h"
#include "util/error.h"

#if __has_include("credentials/credentialstore.h")
#include "credentials/credentialstore.h"
#include "credentials/offlinekeychain.h"
#include "credentials/signingkeychain.h"
#define NASTI_HAVE_CREDENTIALS 1
#endif

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace nasti {

LoginDialog::LoginDialog(QWidget *parent) : QDialog(parent), m_connector(&access::connectAs)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/nasti.svg")));
    setMinimumWidth(520);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("loginHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_heading->setFont(big);
    m_subheading = new QLabel(this);
    m_subheading->setWordWrap(true);

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/nasti.svg")).pixmap(64, 64));
    auto *head = new QHBoxLayout;
    head->addWidget(logo);
    auto *headText = new QVBoxLayout;
    headText->addWidget(m_heading);
    headText->addWidget(m_subheading);
    head->addLayout(headText, 1);

    m_profileCombo = ui::named(new QComboBox(this), QStringLiteral("profileCombo"), tr("Profile"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_newProfileButton =
        ui::named(new QPushButton(this), QStringLiteral("newProfileButton"), tr("New profile"));
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileCombo, 1);
    profileRow->addWidget(m_newProfileButton);
    m_urlLabel = new QLabel(this);
    m_urlLabel->setObjectName(QStringLiteral("urlLabel"));
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_urlLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_urlLabel->setWordWrap(true);

    m_loginEdit = ui::named(new QLineEdit(this), QStringLiteral("loginEdit"), tr("Login"));
    m_passwordEdit = ui::named(new QLineEdit(this), QStringLiteral("passwordEdit"), tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_rememberCheck = ui::named(new QCheckBox(this), QStringLiteral("rememberCheck"), tr("Remember me"));
    m_languageCombo = ui::named(new QComboBox(this), QStringLiteral("languageCombo"), tr("Language"));
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("हिन्दी"), QStringLiteral("hi"));
    m_languageCombo->setCurrentIndex(LanguageManager::instance()->current() == QLatin1String("hi") ? 1 : 0);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_problemLabel->hide();

    m_profileLabel = new QLabel(this);
    m_loginLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_profileLabel->setBuddy(m_profileCombo);
    m_loginLabel->setBuddy(m_loginEdit);
    m_passwordLabel->setBuddy(m_passwordEdit);
    m_languageLabel->setBuddy(m_languageCombo);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_profileLabel, profileRow);
    form->addRow(QString(), m_urlLabel);
    form->addRow(m_loginLabel, m_loginEdit);
    form->addRow(m_passwordLabel, m_passwordEdit);
    form->addRow(QString(), m_rememberCheck);
    form->addRow(m_languageLabel, m_languageCombo);

    m_signInButton = ui::named(new QPushButton(this), QStringLiteral("signInButton"), tr("Sign in"));
    m_signInButton->setDefault(true);
    m_quitButton = ui::named(new QPushButton(this), QStringLiteral("quitButton"), tr("Quit"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_quitButton);
    buttons->addWidget(m_signInButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addLayout(head);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addStretch(1);
    layout->addLayout(buttons);

#ifdef NASTI_HAVE_CREDENTIALS
    // Outlives the dialog: saving to the keychain finishes after sign-in.
    m_credentials = new CredentialStore(QCoreApplication::instance());
    connect(m_credentials, &CredentialStore::loaded, this,
            [this](const QString &login, const QString &password) {
                if (login == m_loginEdit->text() && m_passwordEdit->text().isEmpty())
                    m_passwordEdit->setText(password);
            });
    connect(
        m_credentials, &CredentialStore::loadFailed, this,
        [this](const QString &, const QString &message, bool keychainMissing) {
            if (keychainMissing)
                showProblem(
                    tr("No keychain on this computer; your password cannot be remembered. %1").arg(message));
        });
    connect(m_credentials, &CredentialStore::saved, this, [this](bool ok, const QString &message) {
        if (!ok)
            qWarning("remember me: %s", qPrintable(message));
    });
#else
    m_rememberCheck->setEnabled(false);
#endif

    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &LoginDialog::profileChosen);
    connect(m_newProfileButton, &QPushButton::clicked, this, &LoginDialog::newProfile);
    connect(m_signInButton, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(m_quitButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, [this]() {
        const QString code = m_languageCombo->currentData().toString();
        m_profiles.setLanguage(code);
        LanguageManager::instance()->apply(code);
    });

    retranslateUi();
    reloadProfiles(m_profiles.lastProfile());
}

LoginDialog::~LoginDialog() = default;

QString LoginDialog::profileName() const
{
    return m_profileCombo->currentText();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Nasti — Sign in"));
    m_heading->setText(tr("Nasti e-Office"));
    m_subheading->setText(tr("Files, notes and receipts of the Secretariat"));
    m_profileLabel->setText(tr("&Profile:"));
    m_loginLabel->setText(tr("&Login:"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_languageLabel->setText(tr("Lan&guage:"));
    m_newProfileButton->setText(tr("&New profile…"));
    m_newProfileButton->setToolTip(tr("Add a database to sign in to"));
    m_rememberCheck->setText(tr("&Remember me on this computer"));
    m_rememberCheck->setToolTip(tr("Keeps your password in the system keychain, never in a file"));
    m_signInButton->setText(tr("&Sign in"));
    m_quitButton->setText(tr("&Quit"));
    m_profileCombo->setAccessibleName(tr("Profile"));
    m_loginEdit->setAccessibleName(tr("Login"));
    m_loginEdit->setPlaceholderText(tr("e.g. so.gad1"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_rememberCheck->setAccessibleName(tr("Remember me"));
    m_languageCombo->setAccessibleName(tr("Language"));
    m_newProfileButton->setAccessibleName(tr("New profile"));
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_quitButton->setAccessibleName(tr("Quit"));
}

void LoginDialog::reloadProfiles(const QString &select)
{
    const QSignalBlocker block(m_profileCombo);
    m_profileCombo->clear();
    for (const Profile &p : m_profiles.profiles())
        m_profileCombo->addItem(p.name, p.url);
    const int i = m_profileCombo->findText(select);
    m_profileCombo->setCurrentIndex(i >= 0 ? i : 0);
    profileChosen();
}

void LoginDialog::profileChosen()
{
    const auto p = m_profiles.profile(m_profileCombo->currentText());
    if (!p)
        return;
    m_urlLabel->setText(p->url);
    m_loginEdit->setText(p->lastLogin);
    m_passwordEdit->clear();
    m_rememberCheck->setChecked(p->remember);
    if (p->remember && !p->lastLogin.isEmpty() && m_credentials) {
#ifdef NASTI_HAVE_CREDENTIALS
        m_credentials->load(p->url, p->lastLogin);
#endif
    }
    if (p->lastLogin.isEmpty())
        m_loginEdit->setFocus();
    else
        m_passwordEdit->setFocus();
}

void LoginDialog::newProfile()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("newProfileDialog"));
    dialog.setWindowTitle(tr("New profile"));
    auto *name = ui::named(new QLineEdit(&dialog), QStringLiteral("profileNameEdit"), tr("Profile name"));
    auto *url = ui::named(new QLineEdit(&dialog), QStringLiteral("profileUrlEdit"), tr("Database URL"));
    url->setPlaceholderText(QStringLiteral("postgresql://db.secretariat.local/nasti?sslmode=verify-full"));
    url->setMinimumWidth(460);
    auto *reviewUrl = ui::named(new QLineEdit(&dialog), QStringLiteral("profileReviewUrlEdit"),
                                tr("Review replica URL (optional)"));
    reviewUrl->setPlaceholderText(
        QStringLiteral("postgresql://replica.secretariat.local/nasti?sslmode=verify-full"));
    auto *offlineDays = ui::named(new QSpinBox(&dialog), QStringLiteral("profileOfflineDaysSpin"),
                                  tr("Days to keep offline copies"));
    offlineDays->setRange(0, 30);
    offlineDays->setValue(7);
    offlineDays->setSpecialValueText(tr("none kept"));
    offlineDays->setSuffix(tr(" days"));
    auto *offlineHighest = ui::named(new QComboBox(&dialog), QStringLiteral("profileOfflineGradingCombo"),
                                     tr("Highest grading kept offline"));
    offlineHighest->addItem(tr("Unclassified files only"), QStringLiteral("normal"));
    offlineHighest->addItem(tr("Up to Confidential"), QStringLiteral("confidential"));
    offlineHighest->setCurrentIndex(1);
    offlineHighest->setToolTip(tr("Secret and Top Secret files are never kept on a desktop."));
    auto *hint = new QLabel(tr("A PostgreSQL server (postgresql://HOST[:PORT]/DATABASE) or a SQLite file "
                               "(sqlite:/path/file.db). Do not put a password here."),
                            &dialog);
    hint->setWordWrap(true);
    auto *problem = new QLabel(&dialog);
    problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Database URL:"), url);
    form->addRow(tr("Review replica URL (optional):"), reviewUrl);
    form->addRow(tr("Offline copies of the inbox:"), offlineDays);
    form->addRow(tr("Kept offline:"), offlineHighest);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&]() {
        if (name->text().trimmed().isEmpty()) {
            problem->setText(tr("Give the profile a name."));
            return;
        }
        try {
            DbUrl::parse(url->text().trimmed());
            if (!reviewUrl->text().trimmed().isEmpty())
                DbUrl::parse(reviewUrl->text().trimmed());
        } catch (const NastiError &e) {
            problem->setText(e.message());
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_profiles.save({name->text().trimmed(),
                     url->text().trimmed(),
                     {},
                     false,
                     reviewUrl->text().trimmed(),
                     offlineDays->value(),
                     offlineHighest->currentData().toString()});
    reloadProfiles(name->text().trimmed());
}

void LoginDialog::setBusy(bool busy)
{
    m_signInButton->setEnabled(!busy);
    if (busy)
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    else
        QGuiApplication::restoreOverrideCursor();
}

void LoginDialog::showProblem(const QString &text)
{
    m_problemLabel->setText(text);
    m_problemLabel->setVisible(!text.isEmpty());
}

void LoginDialog::signIn()
{
    const auto profile = m_profiles.profile(m_profileCombo->currentText());
    const QString login = m_loginEdit->text().trimmed();
    if (!profile) {
        showProblem(tr("Choose a profile, or add one with “New profile”."));
        return;
    }
    if (login.isEmpty()) {
        showProblem(tr("Enter your login."));
        m_loginEdit->setFocus();
        return;
    }
    const QString password = m_passwordEdit->text();
    showProblem({});
    setBusy(true);
    try {
        m_connection = m_connector(DbUrl::parse(profile->url), login, password);
        m_connection.reviewUrl = profile->reviewUrl;
        m_connection.offlineKeepDays = profile->offlineDays;
        m_connection.offlineHighest = profile->offlineHighest;
    } catch (const NastiError &e) {
        setBusy(false);
        showProblem(e.message());
        m_passwordEdit->selectAll();
        m_passwordEdit->setFocus();
        return;
    }
    // His signing key: made at his first sign-in, kept in this desktop's keychain; the
    // keychain's copy when the database's sealed one does not open (issue 16).
    std::optional<QByteArray> keychainKey;
    QString keychainProblem;
#ifdef NASTI_HAVE_CREDENTIALS
    if (!m_connection.session.signer && !m_connection.signingProblem.isEmpty())
        keychainKey = signingkeychain::load(profile->url, login, 3000, &keychainProblem);
#else
    keychainProblem = tr("this build has no keychain support");
#endif
    m_connection.signingProblem =
        access::settleSigningKey(m_connection, password, keychainKey, keychainProblem);
#ifdef NASTI_HAVE_CREDENTIALS
    if (m_connection.session.signer)
        signingkeychain::save(profile->url, login, m_connection.session.signer->secretKey());
#endif
        // The key of his offline copies on this desktop (issue 19).
#ifdef NASTI_HAVE_CREDENTIALS
    if (m_connection.offlineKeepDays > 0) {
        if (auto key = offlinekeychain::loadOrCreate(profile->url, login, 3000, &m_connection.offlineProblem))
            m_connection.offlineKey = *key;
    }
#else
    m_connection.offlineProblem = tr("this build has no keychain support");
#endif
    setBusy(false);
    m_password = password;
    Profile updated = *profile;
    updated.lastLogin = login;
    updated.remember = m_rememberCheck->isChecked();
    m_profiles.save(updated);
    m_profiles.setLastProfile(updated.name);
#ifdef NASTI_HAVE_CREDENTIALS
    if (updated.remember)
        m_credentials->save(updated.url, login, password);
    else if (profile->remember)
        m_credentials->remove(updated.url, login);
#endif
    accept();
}

} // namespace nasti
