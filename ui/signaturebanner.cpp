#include "signaturebanner.h"

#include <QEvent>

namespace nasti {

SignatureBanner::SignatureBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("signatureBanner"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(4);
    refresh();
}

void SignatureBanner::setStatus(const PaperSignatures &status)
{
    m_status = status;
    refresh();
}

void SignatureBanner::clear()
{
    setStatus(PaperSignatures());
}

void SignatureBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

void SignatureBanner::refresh()
{
    const QString text = m_status.text();
    setVisible(!text.isEmpty());
    QString colour;
    switch (m_status.state) {
    case PaperSignatures::State::Valid:
        colour = QStringLiteral("#e3f4e3; color: #145214");
        break;
    case PaperSignatures::State::Invalid:
        colour = QStringLiteral("#fbe3e3; color: #8a1010");
        break;
    case PaperSignatures::State::Untrusted:
    case PaperSignatures::State::Unchecked:
        colour = QStringLiteral("#fdf1d8; color: #6b4a00");
        break;
    case PaperSignatures::State::Unsigned:
        break;
    }
    setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("QLabel { background: %1; }").arg(colour));
    setText(text);
    setAccessibleName(tr("Digital signature"));
    setAccessibleDescription(text);
}

} // namespace nasti
