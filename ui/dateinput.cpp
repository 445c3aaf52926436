#include "dateinput.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QLineEdit>
#include <QPalette>

namespace nasti::ui {

namespace {
class TickOnUse : public QObject
{
public:
    TickOnUse(QCheckBox *check, QObject *parent) : QObject(parent), m_check(check) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::KeyPress:
        case QEvent::InputMethod:
            if (!m_check->isChecked())
                m_check->setChecked(true);
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QCheckBox *m_check;
};

void showUse(QDateEdit *date, bool used)
{
    QPalette p = date->palette();
    p.setColor(QPalette::Text, used ? QPalette().color(QPalette::Text)
                                    : QPalette().color(QPalette::Disabled, QPalette::Text));
    date->setPalette(p);
}
} // namespace

void pairOptionalDate(QCheckBox *check, QDateEdit *date)
{
    date->setEnabled(true);
    auto *filter = new TickOnUse(check, date);
    date->installEventFilter(filter);
    if (QLineEdit *edit = date->findChild<QLineEdit *>())
        edit->installEventFilter(filter);
    QObject::connect(check, &QCheckBox::toggled, date, [date](bool on) { showUse(date, on); });
    showUse(date, check->isChecked());
}

} // namespace nasti::ui
