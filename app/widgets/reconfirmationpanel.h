#pragma once

#include "migration/reconfirmationqueue.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

class WorkspaceDocument;

namespace seqohs {
class Workspace;
}

// The items that need a fresh look after a move to another standards set, worked through one
// by one: what was carried into the item and from where, then Confirm (keep the result, or take
// the suggested one when none was carried) or Change result. The rules are the core's
// (ReconfirmationQueue); the panel refreshes itself when the workspace says the queue changed.
class ReconfirmationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReconfirmationPanel(QWidget *parent = nullptr);

    // The workspace to work on, with its undo stack: Confirm and Change result become undo
    // commands. Null clears the panel. The panel does not own it.
    void setDocument(WorkspaceDocument *document);

    int count() const { return int(m_entries.size()); }
    QString currentItemId() const;

    // For tests and keyboard users: the same as the buttons.
    void selectItem(const QString &itemId);
    bool confirmCurrent();
    bool changeCurrent(seqohs::AssessmentResult result, const QString &justification = {});

Q_SIGNALS:
    // The user wants to see the item on its criterion page.
    void itemActivated(const QString &itemId);
    // An item left the queue (confirmed or changed).
    void itemCleared(const QString &itemId);
    void countChanged(int count);

private:
    void setWorkspace(seqohs::Workspace *workspace);
    bool stillFlagged(const QString &itemId) const;
    void reload();
    void showCurrent();
    void onChange();

    WorkspaceDocument *m_document = nullptr;
    seqohs::Workspace *m_workspace = nullptr;
    QList<seqohs::ReconfirmationQueue::Entry> m_entries;
    QLabel *m_heading = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_why = nullptr;
    QLabel *m_from = nullptr;
    QPlainTextEdit *m_carried = nullptr;
    QComboBox *m_result = nullptr;
    QLineEdit *m_justification = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_open = nullptr;
};
