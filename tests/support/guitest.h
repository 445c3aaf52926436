#pragma once

#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace nasti::test {

// Acts on the first visible top-level dialog of type T once it is shown (the
// actions open their dialogs with exec()).
template<typename T> void whenShown(std::function<void(T *)> act)
{
    auto *timer = new QTimer(qApp);
    auto done = std::make_shared<bool>(false);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, done]() {
        if (*done)
            return;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<T *>(w); dialog && dialog->isVisible()) {
                *done = true;
                timer->stop();
                timer->deleteLater();
                act(dialog);
                return;
            }
    });
    timer->start(20);
}

// Types text into a widget; keyClicks asserts on non-ASCII (PITFALLS), so other
// characters go as text events.
inline void type(QWidget *w, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 128)
            QTest::keyClicks(w, QString(ch));
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

} // namespace nasti::test
