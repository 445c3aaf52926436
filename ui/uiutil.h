#pragma once

#include "domain/types.h"

#include <QIcon>
#include <QString>
#include <QStringList>

class QWidget;

namespace nasti {

struct PaperView;

// Small helpers shared by the screens.
namespace ui {
// "hi" or "en": the language the user chose.
QString language();
void setLanguage(const QString &code);
bool isHindi();
// The title of a post in the user's language (falls back to the other one).
QString title(const QString &en, const QString &hi);
// Office time (Asia/Kolkata), short.
QString dateTime(qint64 ms);
QString date(qint64 ms);
// Office time of day (Asia/Kolkata) with seconds, as the status lines show it.
QString time(qint64 ms);
// "PUC", "FR I" … in the user's language (CSMOP para 25).
QString paperLabel(const PaperView &paper);
// The reference categories (schema step 11 fixes their codes), in the order offered.
QStringList categoryCodes();
// "VIP reference", "Assembly question" …; the code itself when unknown, empty for none.
QString categoryLabel(const QString &code);
// "VIP reference 12/2026" for a header line; empty when there is no category.
QString categoryLine(const QString &code, const QString &referenceNo);
// Gives a widget a stable objectName and accessible name (tests find widgets by them).
template<typename W> W *named(W *w, const QString &objectName, const QString &accessibleName)
{
    w->setObjectName(objectName);
    w->setAccessibleName(accessibleName);
    return w;
}
QIcon icon(const QString &name); // from :/icons/<name>.svg, or a style icon
// Shows an error the way every screen does.
void showError(QWidget *parent, const QString &title, const QString &message);
} // namespace ui

} // namespace nasti
