#pragma once

#include "access/connect.h"
#include "profilestore.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nasti {

class CredentialStore;

// The first screen: which database (profile), who (login, password), remember
// me (OS keychain), and the language, which switches at once and is remembered.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    using Connector = std::function<access::UserConnection(const DbUrl &, const QString &, const QString &)>;

    explicit LoginDialog(QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Tests on a backend without login roles inject their own; the default is access::connectAs.
    void setConnector(Connector connector) { m_connector = std::move(connector); }
    // After accept(): the open connection and session.
    access::UserConnection takeConnection() { return std::move(m_connection); }
    QString profileName() const;
    // The password used to sign in (memory only; some screens open their own connection).
    QString password() const { return m_password; }

    // Fills the form and signs in (screenshots, tests).
    void signIn();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadProfiles(const QString &select);
    void profileChosen();
    void newProfile();
    void setBusy(bool busy);
    void showProblem(const QString &text);

    Connector m_connector;
    access::UserConnection m_connection;
    QString m_password;
    ProfileStore m_profiles;
    CredentialStore *m_credentials = nullptr;

    QLabel *m_heading = nullptr;
    QLabel *m_subheading = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QPushButton *m_newProfileButton = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_loginEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QCheckBox *m_rememberCheck = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_problemLabel = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_quitButton = nullptr;
};

} // namespace nasti
