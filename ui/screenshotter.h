#pragma once

#include <QString>

namespace nasti {

// `nasti --screenshot-dir DIR`: drives the real client through the sign-in,
// the inbox, a file desk with a PDF open, the forward dialog and the print
// preview, in English and in Hindi, and writes one PNG of each into DIR.
class Screenshotter
{
public:
    Screenshotter(QString dir, QString login, QString password);
    int run();

private:
    bool shoot(const QString &language);
    bool shootAs(const QString &language, const QString &login);

    QString m_dir, m_login, m_password;
};

} // namespace nasti
