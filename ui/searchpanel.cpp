#include "searchpanel.h"

#include "dateinput.h"
#include "uiutil.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace nasti {

SearchPanel::SearchPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("searchPanel"));
    auto line = [this](const char *name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setClearButtonEnabled(true);
        connect(e, &QLineEdit::returnPressed, this, &SearchPanel::searchRequested);
        return e;
    };
    m_sender = line("searchSender");
    m_letterNo = line("searchLetterNo");
    m_diary = line("searchDiaryNo");
    m_fileNo = line("searchFileNo");
    m_holder = new QComboBox(this);
    m_holder->setObjectName(QStringLiteral("searchHolder"));
    m_holder->setEditable(false);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("searchPriority"));
    m_grading = new QComboBox(this);
    m_grading->setObjectName(QStringLiteral("searchGrading"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    const QDate today = Clock::officeDate(QDateTime::currentMSecsSinceEpoch());
    auto date = [this, today](const char *name, QCheckBox **check, QDateEdit **edit, const QDate &initial) {
        *check = new QCheckBox(this);
        (*check)->setObjectName(QString::fromLatin1(name) + QStringLiteral("Check"));
        *edit = new QDateEdit(this);
        (*edit)->setObjectName(QString::fromLatin1(name));
        (*edit)->setCalendarPopup(true);
        (*edit)->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
        (*edit)->setMaximumDate(today);
        (*edit)->setDate(initial);
        ui::pairOptionalDate(*check, *edit);
    };
    date("searchFrom", &m_fromCheck, &m_from, today.addMonths(-1));
    date("searchTo", &m_toCheck, &m_to, today);
    m_search = new QPushButton(this);
    m_search->setObjectName(QStringLiteral("advancedSearchButton"));
    m_search->setDefault(true);
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearSearchButton"));
    connect(m_search, &QPushButton::clicked, this, &SearchPanel::searchRequested);
    connect(m_clear, &QPushButton::clicked, this, &SearchPanel::clear);

    auto label = [this](QWidget *buddy) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        return l;
    };
    m_senderLabel = label(m_sender);
    m_letterLabel = label(m_letterNo);
    m_diaryLabel = label(m_diary);
    m_fileNoLabel = label(m_fileNo);
    m_holderLabel = label(m_holder);
    m_priorityLabel = label(m_priority);
    m_gradingLabel = label(m_grading);
    m_statusLabel = label(m_status);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->addWidget(m_senderLabel, 0, 0);
    grid->addWidget(m_sender, 0, 1);
    grid->addWidget(m_letterLabel, 0, 2);
    grid->addWidget(m_letterNo, 0, 3);
    grid->addWidget(m_diaryLabel, 0, 4);
    grid->addWidget(m_diary, 0, 5);
    grid->addWidget(m_fileNoLabel, 1, 0);
    grid->addWidget(m_fileNo, 1, 1);
    grid->addWidget(m_holderLabel, 1, 2);
    grid->addWidget(m_holder, 1, 3);
    grid->addWidget(m_statusLabel, 1, 4);
    grid->addWidget(m_status, 1, 5);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_fromCheck);
    dates->addWidget(m_from);
    dates->addWidget(m_toCheck);
    dates->addWidget(m_to);
    dates->addStretch(1);
    grid->addLayout(dates, 2, 0, 1, 2);
    grid->addWidget(m_priorityLabel, 2, 2);
    grid->addWidget(m_priority, 2, 3);
    grid->addWidget(m_gradingLabel, 2, 4);
    grid->addWidget(m_grading, 2, 5);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_search);
    grid->addLayout(buttons, 3, 0, 1, 6);
    for (int c : {1, 3, 5})
        grid->setColumnStretch(c, 1);
    retranslateUi();
}

void SearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SearchPanel::retranslateUi()
{
    m_senderLabel->setText(tr("Se&nder:"));
    m_letterLabel->setText(tr("Letter n&o.:"));
    m_diaryLabel->setText(tr("D&iary no.:"));
    m_fileNoLabel->setText(tr("File n&o.:"));
    m_holderLabel->setText(tr("&Held by:"));
    m_priorityLabel->setText(tr("Priorit&y:"));
    m_gradingLabel->setText(tr("&Grading:"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_fromCheck->setText(tr("Opened &from"));
    m_toCheck->setText(tr("t&o"));
    m_sender->setPlaceholderText(tr("any part, e.g. Collector"));
    m_letterNo->setPlaceholderText(tr("beginning, e.g. L/101"));
    m_diary->setPlaceholderText(tr("beginning, e.g. R-12/2026"));
    m_fileNo->setPlaceholderText(tr("beginning, e.g. A-11011/5"));
    m_search->setText(tr("&Search"));
    m_clear->setText(tr("C&lear"));
    const QList<std::pair<QWidget *, QString>> names = {
        {m_sender, tr("Sender")},      {m_letterNo, tr("Letter number")}, {m_diary, tr("Diary number")},
        {m_fileNo, tr("File number")}, {m_holder, tr("Held by")},         {m_priority, tr("Priority")},
        {m_grading, tr("Grading")},    {m_status, tr("Status")},          {m_from, tr("Opened from")},
        {m_to, tr("Opened up to")},    {m_fromCheck, tr("Opened from")},  {m_toCheck, tr("Opened up to")},
    };
    for (const auto &[w, name] : names)
        w->setAccessibleName(name);
    auto refill = [](QComboBox *box, const QList<std::pair<QString, QVariant>> &items) {
        const int current = qMax(0, box->currentIndex());
        box->clear();
        for (const auto &[text, data] : items)
            box->addItem(text, data);
        box->setCurrentIndex(qMin(current, box->count() - 1));
    };
    QList<std::pair<QString, QVariant>> priorities{{tr("(any)"), QVariant()}};
    for (Priority p : {Priority::Normal, Priority::Priority, Priority::TopPriority, Priority::Immediate})
        priorities.append({codes::priorityLabel(p), static_cast<int>(p)});
    refill(m_priority, priorities);
    QList<std::pair<QString, QVariant>> gradings{{tr("(any)"), QVariant()}};
    for (Grading g : {Grading::Normal, Grading::Confidential, Grading::Secret, Grading::TopSecret})
        gradings.append({codes::gradingLabel(g), static_cast<int>(g)});
    refill(m_grading, gradings);
    QList<std::pair<QString, QVariant>> statuses{{tr("(any)"), QVariant()}};
    for (FileStatus s : {FileStatus::Open, FileStatus::Parked, FileStatus::Closed})
        statuses.append({codes::statusLabel(s), codes::status(s)});
    refill(m_status, statuses);
    QList<std::pair<QString, QVariant>> holders{{tr("(anyone)"), QString()}};
    for (const PostInfo &p : m_posts)
        holders.append({QStringLiteral("%1 — %2").arg(p.code, ui::title(p.titleEn, p.titleHi)), p.code});
    refill(m_holder, holders);
}

void SearchPanel::setPosts(const QList<PostInfo> &posts)
{
    m_posts = posts;
    retranslateUi();
}

void SearchPanel::clear()
{
    for (QLineEdit *e : {m_sender, m_letterNo, m_diary, m_fileNo})
        e->clear();
    for (QComboBox *c : {m_holder, m_priority, m_grading, m_status})
        c->setCurrentIndex(0);
    m_fromCheck->setChecked(false);
    m_toCheck->setChecked(false);
}

SearchCriteria SearchPanel::criteria(const QString &words) const
{
    SearchCriteria c;
    c.words = words;
    c.sender = m_sender->text();
    c.letterNo = m_letterNo->text();
    c.diaryNo = m_diary->text();
    c.fileNo = m_fileNo->text();
    c.holderPostCode = m_holder->currentData().toString();
    if (m_fromCheck->isChecked())
        c.openedFrom = m_from->date();
    if (m_toCheck->isChecked())
        c.openedTo = m_to->date();
    if (m_priority->currentData().isValid())
        c.priority = static_cast<Priority>(m_priority->currentData().toInt());
    if (m_grading->currentData().isValid())
        c.grading = static_cast<Grading>(m_grading->currentData().toInt());
    if (m_status->currentData().isValid())
        c.status = codes::parseStatus(m_status->currentData().toString());
    return c;
}

} // namespace nasti
