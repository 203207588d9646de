#pragma once

#include "catalogue/assessableitem.h"
#include "workspace/assessment.h"

#include <QWidget>

class QComboBox;
class QFrame;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;
class WorkspaceDocument;

// Everything about one assessable item: what it asks for, the service's assessment, the
// evidence linked to it and the actions that serve it. Edits become undo commands.
class CriterionPage : public QWidget
{
    Q_OBJECT
public:
    explicit CriterionPage(QWidget *parent = nullptr);

    void setDocument(WorkspaceDocument *document);
    // Shows the item, opened at the top. A not-applicable result still waiting for its
    // justification is not dropped silently: the user is asked whether to stay (itemKept) or
    // discard it.
    void showItem(const QString &itemId);
    QString itemId() const { return m_itemId; }

    // For tests and the main window's actions: the same as the user's clicks.
    void setResult(int result);
    void setJustification(const QString &text);
    void setNarrative(const QString &text);
    // Saves narrative typing not yet saved, as its own undo step.
    void commitPendingEdits();
    // Saves the narrative on screen that could not be saved when typed (the connection was
    // down), checked against the version the person saw like any save.
    void saveKeptTyping();
    // Reads the item shown again, keeping what is typed and not saved.
    void reload();
    // Before the workspace closes: a not-applicable result still waiting for its justification
    // is not dropped silently. False when the user chooses to go back to it.
    bool confirmLeave();

Q_SIGNALS:
    void filesDropped(const QString &itemId, const QStringList &paths);
    void addFilesRequested(const QString &itemId);
    void addLinkRequested(const QString &itemId);
    void addStatementRequested(const QString &itemId);
    void linkExistingRequested(const QString &itemId);
    void addActionRequested(const QString &itemId);
    void signOffRequested(const QString &itemId);
    void evidenceActivated(qint64 evidenceId);
    void evidencePreviewRequested(qint64 evidenceId);
    void actionActivated(qint64 actionId);
    // The page stayed on itemId instead of showing the item asked for (the user chose to write
    // the justification a not-applicable result needs); the navigator should select it again.
    void itemKept(const QString &itemId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class NarrativeEnd { Pause, Boundary };

    void refresh();
    void refreshAssessment();
    void refreshBlocker();
    void refreshEvidence();
    void refreshActions();
    void refreshSignOffs();
    void pushAssessment(NarrativeEnd end = NarrativeEnd::Boundary);
    void onResultChosen();
    bool hasPendingNotApplicable() const;
    void showJustificationNeeded(bool on);
    void updatePersonalDataWarning();
    void unlinkSelected();
    void setDropHighlight(bool on);
    void applySecondaryColours();
    void updateEmptyState();

    WorkspaceDocument *m_document = nullptr;
    QString m_itemId;
    seqohs::AssessableItem m_item;
    bool m_updating = false;
    // The assessment as last shown, for combining a save with a change someone else made.
    seqohs::Assessment m_seen;
    bool m_pushing = false;
    // Not applicable was chosen and waits for its justification before it is saved.
    bool m_naPending = false;
    // The last narrative piece saved ended mid-word at a pause: the next piece continues it.
    bool m_typingRun = false;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_breadcrumb = nullptr;
    QLabel *m_level = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_guidance = nullptr;
    QLabel *m_examples = nullptr;
    QLabel *m_applicability = nullptr;
    QFrame *m_blockerFrame = nullptr;
    QLabel *m_blocker = nullptr;
    QLabel *m_reconfirm = nullptr;
    QLabel *m_findings = nullptr;
    QLabel *m_signOffs = nullptr;
    QLabel *m_signOffsVoid = nullptr;
    QComboBox *m_result = nullptr;
    QComboBox *m_workflow = nullptr;
    QLineEdit *m_owner = nullptr;
    QLabel *m_reviewed = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_justificationRow = nullptr;
    QLineEdit *m_justification = nullptr;
    QLabel *m_justificationNeeded = nullptr;
    QLabel *m_personalData = nullptr;
    QPlainTextEdit *m_narrative = nullptr;
    QTimer *m_narrativeTimer = nullptr;
    // The narrative as last read from or saved to the workspace: text in the editor that differs
    // from it is typing whose save was refused, which a refresh must not replace.
    QString m_narrativeShown;
    QLabel *m_evidenceHeading = nullptr;
    QListWidget *m_evidence = nullptr;
    QPushButton *m_unlink = nullptr;
    QPushButton *m_preview = nullptr;
    QLabel *m_dropHint = nullptr;
    QLabel *m_actionsHeading = nullptr;
    QListWidget *m_actions = nullptr;
};
