#pragma once

#include "services/filequeries.h"
#include "services/fileservice.h"
#include "services/orgservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace nasti {

// Put up / Forward: the organisation as a tree (department → posts, with who
// holds each), type-to-search over posts, the action asked, remarks and a due date.
class ForwardDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Forward,
        PutUp
    };
    ForwardDialog(Mode mode, const QList<PostInfo> &posts, const QList<DepartmentInfo> &departments,
                  const Session &session, const FileDetail &file, QWidget *parent = nullptr);

    // The request for FileService::forward (expectedVersion = the version shown).
    ForwardRequest request() const;
    QString selectedPostCode() const;
    bool selectPost(const QString &code);
    void setFilter(const QString &text);
    void setRemarks(const QString &text);
    void setAction(ActionAsked action);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void buildTree();
    void applyFilter(const QString &text);
    void updateOk();

    Mode m_mode;
    QList<PostInfo> m_posts;
    QList<DepartmentInfo> m_departments;
    Session m_session;
    FileDetail m_file;
    qint64 m_reportsTo = 0;
    QString m_ownDepartment; // of the post that holds the file

    QLabel *m_fileLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_destination = nullptr;
    QLabel *m_actionLabel = nullptr;
    QComboBox *m_action = nullptr;
    QLabel *m_remarksLabel = nullptr;
    QPlainTextEdit *m_remarks = nullptr;
    QCheckBox *m_dueCheck = nullptr;
    QDateEdit *m_due = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace nasti
