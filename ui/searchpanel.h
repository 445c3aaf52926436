#pragma once

#include "services/filequeries.h"
#include "services/orgservice.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nasti {

// The advanced search's fields (sender, letter and diary numbers, file number,
// the dates the file was opened, priority, grading, holder, status); the words
// come from the search line above it. Enter in any field searches.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(QWidget *parent = nullptr);

    SearchCriteria criteria(const QString &words) const;
    void setPosts(const QList<PostInfo> &posts);
    void clear();
    // For tests and screenshots.
    QLineEdit *senderEdit() const { return m_sender; }
    QLineEdit *diaryEdit() const { return m_diary; }
    QComboBox *statusCombo() const { return m_status; }

Q_SIGNALS:
    void searchRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_senderLabel, *m_letterLabel, *m_diaryLabel, *m_fileNoLabel, *m_holderLabel, *m_priorityLabel,
        *m_gradingLabel, *m_statusLabel;
    QLineEdit *m_sender, *m_letterNo, *m_diary, *m_fileNo;
    QComboBox *m_holder, *m_priority, *m_grading, *m_status;
    QCheckBox *m_fromCheck, *m_toCheck;
    QDateEdit *m_from, *m_to;
    QPushButton *m_search, *m_clear;
    QList<PostInfo> m_posts;
};

} // namespace nasti
