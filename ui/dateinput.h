#pragma once

#include <QObject>

class QCheckBox;
class QDateEdit;

namespace nasti::ui {

// An optional date: a check box ("Due by", "Letter date known") beside a date
// field that is always editable. Clicking into the field or typing in it ticks
// the box, so a date typed after a mouse click is never lost to a disabled field;
// unticked, the field is shown greyed and its date is not used.
void pairOptionalDate(QCheckBox *check, QDateEdit *date);

} // namespace nasti::ui
