#pragma once

#include "catalogue/crosswalk.h"
#include "catalogue/standardsset.h"
#include "migration/crosswalksuggester.h"
#include "migration/migrationplan.h"

#include <QWizard>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QTableWidget;

namespace seqohs {
class Workspace;
}

// Moves a workspace to another standards set: choose the set (bundled, or a file such as an
// official set imported from the spreadsheet template), the crosswalk (bundled, a file, or
// suggestions to accept, change or reject and save), then a preview of what every item of the
// new set will receive; Finish applies it (a snapshot first, then one transaction). The rules
// live in the core (MigrationPlanner); this only shows and asks.
class MigrationWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SetPageId, CrosswalkPageId, PreviewPageId };
    enum PreviewColumn {
        TargetColumn,
        ReceivesColumn,
        FromColumn,
        RelationColumn,
        ConfidenceColumn,
        ReconfirmColumn,
        PreviewColumnCount
    };
    enum SuggestionColumn {
        AcceptColumn,
        SourceColumn,
        DestinationColumn,
        SuggestedRelationColumn,
        ScoreColumn,
        SuggestionColumnCount
    };

    explicit MigrationWizard(seqohs::Workspace &workspace, QWidget *parent = nullptr);

    // The plan shown on the preview page, once computed.
    const std::optional<seqohs::MigrationPlan> &plan() const { return m_plan; }
    // The snapshot saved before the move, after a successful Finish.
    QString appliedSnapshot() const { return m_appliedSnapshot; }

    // For tests: the same as the user's choices.
    bool chooseSetFile(const QString &path);
    bool chooseCrosswalkFile(const QString &path);
    void chooseSuggestions();
    QTableWidget *suggestionTable() const { return m_suggestions; }
    QTableWidget *previewTable() const { return m_preview; }

    void accept() override;

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    QWizardPage *makeSetPage();
    QWizardPage *makeCrosswalkPage();
    QWizardPage *makePreviewPage();
    void browseForSet();
    void browseForCrosswalk();
    void updateCrosswalkChoices();
    void fillSuggestions();
    void saveSuggestions();
    std::optional<seqohs::StandardsSet> chosenSet();
    std::optional<seqohs::Crosswalk> chosenCrosswalk();
    seqohs::Crosswalk crosswalkFromTable() const;
    void fillPreview();

    seqohs::Workspace &m_workspace;
    std::optional<seqohs::StandardsSet> m_target;
    std::optional<seqohs::MigrationPlan> m_plan;
    QList<seqohs::CrosswalkSuggester::Suggestion> m_suggested;
    QString m_appliedSnapshot;

    QComboBox *m_set = nullptr;
    QLabel *m_setNote = nullptr;
    QRadioButton *m_bundled = nullptr;
    QRadioButton *m_fromFile = nullptr;
    QRadioButton *m_suggest = nullptr;
    QButtonGroup *m_crosswalkChoice = nullptr;
    QLineEdit *m_crosswalkPath = nullptr;
    QTableWidget *m_suggestions = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_preview = nullptr;
    QPlainTextEdit *m_notCarried = nullptr;
};
