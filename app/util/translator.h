#pragma once

#include <QHash>
#include <QTranslator>

namespace nasti {

// Nasti's catalogue for one language (:/i18n/nasti_<lang>.qm), with a safety net:
// lupdate files a tr() call under the class or namespace around it, while some
// helpers translate under their own context name. When a lookup by context
// misses, the message is found by its English source text alone (from the
// embedded .ts), so no translated string ever shows in English by accident.
class NastiTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool loadLanguage(const QString &language);
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return QTranslator::isEmpty() && m_bySource.isEmpty(); }

private:
    QHash<QString, QString> m_bySource;
};

} // namespace nasti
