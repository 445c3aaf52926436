#include "uiutil.h"

#include "services/filequeries.h"
#include "util/clock.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QMessageBox>
#include <QStyle>

namespace nasti::ui {

namespace {
QString s_language = QStringLiteral("en");
}

QString language()
{
    return s_language;
}

void setLanguage(const QString &code)
{
    s_language = code == QLatin1String("hi") ? code : QStringLiteral("en");
}

bool isHindi()
{
    return s_language == QLatin1String("hi");
}

QString title(const QString &en, const QString &hi)
{
    if (isHindi())
        return hi.isEmpty() ? en : hi;
    return en.isEmpty() ? hi : en;
}

QString dateTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return Clock::toOffice(ms).toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

QString date(qint64 ms)
{
    if (ms <= 0)
        return {};
    return Clock::toOffice(ms).toString(QStringLiteral("dd.MM.yyyy"));
}

QString time(qint64 ms)
{
    return Clock::toOffice(ms).toString(QStringLiteral("HH:mm:ss"));
}

QString paperLabel(const PaperView &paper)
{
    if (paper.flag == QLatin1String("PUC"))
        return QCoreApplication::translate("nasti::ui", "PUC");
    return QCoreApplication::translate("nasti::ui", "FR %1").arg(codes::roman(paper.frNumber));
}

QStringList categoryCodes()
{
    return codes::categoryCodes();
}

QString categoryLabel(const QString &code)
{
    return codes::categoryLabel(code);
}

QString categoryLine(const QString &code, const QString &referenceNo)
{
    if (code.isEmpty())
        return {};
    return QCoreApplication::translate("nasti::ui", "%1 no. %2", "reference category and its number")
        .arg(categoryLabel(code), referenceNo);
}

QIcon icon(const QString &name)
{
    const QString path = QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
    if (QFile::exists(path))
        return QIcon(path);
    return {};
}

void showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

} // namespace nasti::ui
