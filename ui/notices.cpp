#include "notices.h"

#include "uiutil.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace nasti {

DraftBanner::DraftBanner(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("draftBannerBox"));
    setStyleSheet(
        QStringLiteral("#draftBannerBox { background: #fff4d6; border-bottom: 1px solid #e0c060; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("draftBanner"));
    m_text->setWordWrap(true);
    m_button = ui::named(new QPushButton(this), QStringLiteral("openDraftsButton"), tr("Open them"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, [this]() {
        hide();
        Q_EMIT openRequested();
    });
    hide();
}

void DraftBanner::offer(const QStringList &fileNos)
{
    m_files = fileNos;
    retranslateUi();
    setVisible(!fileNos.isEmpty());
}

void DraftBanner::retranslateUi()
{
    m_button->setText(tr("Open them"));
    m_text->setText(tr("Notes you typed but did not send are kept on this computer for: %1.")
                        .arg(m_files.join(QStringLiteral(", "))));
}

Toast::Toast(QWidget *window) : QLabel(window)
{
    setObjectName(QStringLiteral("arrivalToast"));
    setWordWrap(true);
    setStyleSheet(
        QStringLiteral("background: #0b4f8a; color: white; padding: 10px 14px; border-radius: 6px;"));
    hide();
    m_timer.setSingleShot(true);
    m_timer.setInterval(8000);
    connect(&m_timer, &QTimer::timeout, this, &QWidget::hide);
}

void Toast::showText(const QString &text, int top)
{
    setText(text);
    setMaximumWidth(460);
    adjustSize();
    move(parentWidget()->width() - width() - 24, top);
    raise();
    show();
    m_timer.start();
}

} // namespace nasti
