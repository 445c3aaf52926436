#pragma once

#include <QObject>
#include <QString>

class QAction;
class QTranslator;

namespace nasti {

// Installs our translator (:/i18n/nasti_<lang>.qm) for the chosen language and
// removes the previous one; every open widget then gets QEvent::LanguageChange
// and retranslates itself at once.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    static LanguageManager *instance();

    QString current() const { return m_current; }
    void apply(const QString &code); // "en" or "hi"
    // The language menu's actions (actionLanguage_en, actionLanguage_hi), checked
    // for the current language; choosing one applies it and keeps it in the settings.
    QList<QAction *> createActions(QObject *parent);

Q_SIGNALS:
    void changed(const QString &code);

private:
    QString m_current = QStringLiteral("en");
    QTranslator *m_translator = nullptr;
};

} // namespace nasti
