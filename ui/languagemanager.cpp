#include "languagemanager.h"

#include "profilestore.h"
#include "uiutil.h"

#include <QAction>
#include <QActionGroup>

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include "util/translator.h"

namespace nasti {

namespace {
QPointer<LanguageManager> s_instance;
}

LanguageManager::LanguageManager(QObject *parent) : QObject(parent)
{
    s_instance = this;
}

LanguageManager *LanguageManager::instance()
{
    if (!s_instance)
        s_instance = new LanguageManager(QCoreApplication::instance());
    return s_instance;
}

void LanguageManager::apply(const QString &code)
{
    const QString lang = code == QLatin1String("hi") ? code : QStringLiteral("en");
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
        m_translator = nullptr;
    }
    ui::setLanguage(lang);
    QLocale::setDefault(
        QLocale(lang == QLatin1String("hi") ? QLocale::Hindi : QLocale::English, QLocale::India));
    if (QFile::exists(QStringLiteral(":/i18n/nasti_%1.qm").arg(lang))) {
        auto *t = new NastiTranslator(this);
        if (t->loadLanguage(lang)) {
            QCoreApplication::installTranslator(t);
            m_translator = t;
        } else {
            delete t;
        }
    }
    // Qt's own dialogs and standard buttons (:/i18n/qt_hi.qm; Debian has no qtbase_hi.qm).
    // A QTranslator uninstalls itself when deleted.
    delete findChild<QTranslator *>(QStringLiteral("qtCatalogue"), Qt::FindDirectChildrenOnly);
    if (auto *qt = new QTranslator(this); qt->load(QStringLiteral(":/i18n/qt_%1.qm").arg(lang))) {
        qt->setObjectName(QStringLiteral("qtCatalogue"));
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    const bool changedLanguage = lang != m_current;
    m_current = lang;
    // installTranslator sends LanguageChange only when a translator was added;
    // switching to a language without one must still retranslate.
    if (!m_translator) {
        QEvent e(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &e);
    }
    if (changedLanguage)
        Q_EMIT changed(lang);
}

QList<QAction *> LanguageManager::createActions(QObject *parent)
{
    auto *group = new QActionGroup(parent);
    QList<QAction *> out;
    for (const QString &code : {QStringLiteral("en"), QStringLiteral("hi")}) {
        auto *a = new QAction(
            code == QLatin1String("hi") ? QStringLiteral("हिन्दी") : QStringLiteral("English"), group);
        a->setObjectName(QStringLiteral("actionLanguage_") + code);
        a->setCheckable(true);
        a->setChecked(m_current == code);
        connect(a, &QAction::triggered, this, [this, code]() {
            ProfileStore().setLanguage(code);
            apply(code);
        });
        connect(this, &LanguageManager::changed, a,
                [a, code](const QString &now) { a->setChecked(now == code); });
        out << a;
    }
    return out;
}

} // namespace nasti
