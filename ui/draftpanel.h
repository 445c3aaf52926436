#pragma once

#include "domain/drafts.h"

#include <QWidget>

class QAction;
class QLabel;
class QTextBrowser;
class QToolButton;
class QTreeWidget;

namespace nasti {

// The drafts of the file in front (DFA): each draft with its versions, who wrote and
// who approved each, and whether it has been issued; the chosen version as it reads.
// Its buttons are the file actions for drafts (FileActions), which ask for the draft
// and version chosen here.
class DraftPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DraftPanel(QWidget *parent = nullptr);

    void setDrafts(const QList<DraftView> &drafts);
    void setActions(const QList<QAction *> &actions);
    // The chosen draft (nullptr: none) and version (0: the latest).
    const DraftView *selectedDraft() const;
    int selectedVersion() const;
    void select(int draft, int version = 0);

Q_SIGNALS:
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void showSelected();

    QList<DraftView> m_drafts;
    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_buttons = nullptr;
};

// The text of a version as the officer reads it before approving (no letterhead).
QString draftVersionHtml(const DraftView &draft, const DraftVersionView &version);

} // namespace nasti
