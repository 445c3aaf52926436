#pragma once

#include <QLabel>
#include <QTimer>
#include <QWidget>

class QPushButton;

namespace nasti {

// The yellow band over the window: notes kept on this computer, not yet sent.
class DraftBanner : public QWidget
{
    Q_OBJECT
public:
    explicit DraftBanner(QWidget *parent = nullptr);
    void offer(const QStringList &fileNos); // shows itself when there are any
    void retranslateUi();

Q_SIGNALS:
    void openRequested();

private:
    QLabel *m_text;
    QPushButton *m_button;
    QStringList m_files;
};

// A short notice in the window's top right corner ("New file from …").
class Toast : public QLabel
{
    Q_OBJECT
public:
    explicit Toast(QWidget *window);
    void showText(const QString &text, int top);

private:
    QTimer m_timer;
};

} // namespace nasti
