#include "util/translator.h"

#include <QFile>
#include <QXmlStreamReader>

namespace nasti {

bool NastiTranslator::loadLanguage(const QString &language)
{
    m_bySource.clear();
    const bool loaded = load(QStringLiteral(":/i18n/nasti_%1.qm").arg(language));
    QFile ts(QStringLiteral(":/i18n/nasti_%1.ts").arg(language));
    if (ts.open(QIODevice::ReadOnly)) {
        QXmlStreamReader xml(&ts);
        QString source, translation;
        bool numerus = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("message")) {
                    source.clear();
                    translation.clear();
                    numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                } else if (xml.name() == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation") && !numerus) {
                    translation = xml.readElementText(QXmlStreamReader::SkipChildElements);
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                if (!numerus && !translation.isEmpty() && !m_bySource.contains(source))
                    m_bySource.insert(source, translation);
            }
        }
    }
    return loaded;
}

QString NastiTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                   int n) const
{
    const QString found = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!found.isEmpty() || n >= 0 || !sourceText)
        return found;
    return m_bySource.value(QString::fromUtf8(sourceText));
}

} // namespace nasti
