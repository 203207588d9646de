#pragma once

#include "catalogue/assessableitem.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
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
    void showItem(const QString &itemId);
    QString itemId() const { return m_itemId; }

    // For tests and the main window's actions: the same as the user's clicks.
    void setResult(int result);
    void setJustification(const QString &text);
    void setNarrative(const QString &text);
    void commitPendingEdits();

Q_SIGNALS:
    void filesDropped(const QString &itemId, const QStringList &paths);
    void addFilesRequested(const QString &itemId);
    void addLinkRequested(const QString &itemId);
    void addStatementRequested(const QString &itemId);
    void linkExistingRequested(const QString &itemId);
    void addActionRequested(const QString &itemId);
    void evidenceActivated(qint64 evidenceId);
    void actionActivated(qint64 actionId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void refresh();
    void refreshAssessment();
    void refreshEvidence();
    void refreshActions();
    void pushAssessment();
    void onResultChosen();
    void unlinkSelected();
    void setDropHighlight(bool on);

    WorkspaceDocument *m_document = nullptr;
    QString m_itemId;
    seqohs::AssessableItem m_item;
    bool m_updating = false;

    QLabel *m_code = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_breadcrumb = nullptr;
    QLabel *m_level = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_guidance = nullptr;
    QLabel *m_examples = nullptr;
    QLabel *m_applicability = nullptr;
    QLabel *m_reconfirm = nullptr;
    QLabel *m_findings = nullptr;
    QComboBox *m_result = nullptr;
    QComboBox *m_workflow = nullptr;
    QLineEdit *m_owner = nullptr;
    QLabel *m_reviewed = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_justificationRow = nullptr;
    QLineEdit *m_justification = nullptr;
    QPlainTextEdit *m_narrative = nullptr;
    QTimer *m_narrativeTimer = nullptr;
    QLabel *m_evidenceHeading = nullptr;
    QListWidget *m_evidence = nullptr;
    QPushButton *m_unlink = nullptr;
    QLabel *m_dropHint = nullptr;
    QLabel *m_actionsHeading = nullptr;
    QListWidget *m_actions = nullptr;
};
