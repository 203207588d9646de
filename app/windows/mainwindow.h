#pragma once

#include "common/error.h"
#include "reporting/readinessreport.h"
#include "scoring/evidencefacts.h"
#include "scoring/scoringinput.h"
#include "workspace/action.h"
#include "workspace/evidenceitem.h"

#include <QMainWindow>
#include <QThread>

#include <memory>
#include <optional>

class ActionPlanPage;
class CriterionPage;
class DashboardWidget;
class EvidenceLibraryPage;
class ImportController;
class NavigatorPane;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTemporaryDir;
class QDragEnterEvent;
class QShowEvent;
class QDropEvent;
class ReconfirmationPanel;
class WelcomePage;
class WorkspaceDocument;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { DashboardPage, AssessmentPage, EvidencePage, ActionsPage, ReconfirmPage };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace; errors are shown and false returned, the current one staying open.
    bool openWorkspace(const QString &path);
    // A workspace, or a submission pack (which opens in the assessor's window), or a team
    // workspace when path is a postgresql:// URL.
    bool openFile(const QString &path);
    // Opens the team workspace at a postgresql:// URL, asking for a password if the server
    // wants one; errors are shown and false returned, the current one staying open.
    bool openServerWorkspace(const QString &url);
    // Opens a submission pack in an assessor's window of its own.
    void openPack(const QString &path);
    // True for a file that is a submission pack rather than a workspace (by its content).
    static bool isPackFile(const QString &path);
    // Creates the demo workspace if there is none yet, and opens it.
    bool openDemoWorkspace();
    // Creates a workspace from the wizard's answers.
    bool createWorkspace(const QString &path, const QString &name, bool servesNhs,
                         const QString &setIdOrPath, const QDate &visit);
    void closeWorkspace();

    WorkspaceDocument *document() const { return m_document; }
    NavigatorPane *navigator() const { return m_navigator; }
    CriterionPage *criterionPage() const { return m_criterion; }
    DashboardWidget *dashboard() const { return m_dashboard; }
    EvidenceLibraryPage *evidenceLibrary() const { return m_evidence; }
    ActionPlanPage *actionPlan() const { return m_actions; }
    ReconfirmationPanel *reconfirmation() const { return m_reconfirm; }
    ImportController *importer() const { return m_importer; }
    void showPage(Page page);
    Page currentPage() const;
    // Whether the check before changes of the workspace just opened is still running on its
    // own thread (edits wait for it).
    bool isCheckingBeforeChanges() const { return m_gateCheck != nullptr; }

    // The one place errors reach the user.
    void showErrors(const seqohs::ErrorList &errors, const QString &title = {});

    static QString demoWorkspacePath();

    // What the menus, buttons and pages call; private, so that tests reach them as a person does.
private Q_SLOTS:
    void showAbout();
    void newWorkspace();
    void openWorkspaceDialog();
    void openFileDialog();
    void openServerDialog();
    void shareWithTeam();
    void showReadinessChecks();
    void explainScore();
    void compareSnapshots();
    void loadStandardsSet(bool official);
    void saveCopy();
    void exportReport();
    void exportCalendar();
    void showRollUp();
    void previewEvidence(qint64 id);
    void printReport();
    void printPreview();
    void editProfile();
    void addFiles(const QString &itemId = {});
    void addFolder(const QString &itemId = {});
    void addLink(const QString &itemId = {});
    void addStatement(const QString &itemId = {});
    void linkExisting(const QString &itemId);
    void addPlanAction(const QString &itemId = {});
    void editAction(qint64 id);
    void markActionDone(qint64 id);
    void removePlanAction(qint64 id);
    void editEvidence(qint64 id);
    void openEvidence(qint64 id);
    void exportEvidence(qint64 id);
    void removeEvidence(const QList<qint64> &ids);
    void saveSnapshot();
    void moveToAnotherSet();
    void checkIntegrity();
    void createSubmissionPack();
    void openPackAsAssessor();
    // Follow-up packs: the next round with the assessor, and the rounds so far.
    void makeFollowUpPack();
    void showAssessmentRounds();
    void importAssessorResponse();
    void signOff(const QString &itemId);
    void showAssignments();
    void showSignOffs();
    void setForecast();
    void goToItem(const QString &itemId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // The readiness report as printed: with the snapshots' history and the latest assessor's
    // response; none when reading them failed (the error has been shown).
    std::optional<seqohs::ReadinessReport> currentReport();
    // A link or a written statement, described in a dialog.
    void addDescribedEvidence(seqohs::EvidenceItem::Kind kind, const QString &itemId);
    void createActions();
    void createMenus();
    void setDocument(std::unique_ptr<WorkspaceDocument> document);
    // ask: whether a result still waiting for its justification may stop the close.
    void closeDocument(bool ask);
    // Checks the workspace just opened for changes on a thread of its own (WriteGate: it reads
    // the whole audit trail); when it is damaged, reopens it for reading only and says why.
    void checkBeforeChanges(const QString &path);
    void reopenReadOnly(const QString &path, const seqohs::ErrorList &damage);
    // The action or evidence dialog on shown, saved as a change from seen.
    void changeAction(const seqohs::Action &seen, const seqohs::Action &shown);
    void changeEvidence(const seqohs::EvidenceItem &seen, const seqohs::EvidenceItem &shown);
    void attachViews();
    // True (after telling the user) while evidence is being added in the background.
    bool importRunning();
    void updateTitle();
    void updateForecastBanner();
    // Says what expired or became overdue since this computer last opened the workspace.
    void notePassedSinceLastOpened();
    // Undoes or redoes one step and brings what it changed into view.
    void undoOrRedo(bool undo);
    // The criterion on screen, if the assessment page shows one.
    QString currentItemId() const;
    // A private folder (mode 0700) for evidence opened in other programs; emptied on close.
    QString viewerFolder();
    void fitToScreen();
    // Moves to another set, with the set file chosen already when one is given.
    void moveToSet(const QString &setFile);
    // Asks which criteria the files serve and their review-by date, then imports them.
    void importWithTargets(const QStringList &paths, const QString &itemId, const QString &what);
    void updateStatus();
    void updateActions();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void readSettings();
    void writeSettings();

    WorkspaceDocument *m_document = nullptr;
    ImportController *m_importer = nullptr;
    QThread *m_gateCheck = nullptr;
    // The open workspace passed the check: closing records the file as this program left it.
    bool m_checkedWritable = false;
    bool m_opening = false; // a workspace is being read, off this thread
    std::optional<seqohs::ScoringInput> readOffTheWindow(const QString &path,
                                                         seqohs::EvidenceFacts &facts);
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QTabWidget *m_tabs = nullptr;
    NavigatorPane *m_navigator = nullptr;
    CriterionPage *m_criterion = nullptr;
    DashboardWidget *m_dashboard = nullptr;
    EvidenceLibraryPage *m_evidence = nullptr;
    ActionPlanPage *m_actions = nullptr;
    ReconfirmationPanel *m_reconfirm = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusVerdict = nullptr;
    QLabel *m_statusPath = nullptr;
    QWidget *m_forecastBanner = nullptr;
    QLabel *m_forecastText = nullptr;
    QWidget *m_passedBanner = nullptr;
    QLabel *m_passedText = nullptr;
    QAction *m_backToToday = nullptr;
    std::unique_ptr<QTemporaryDir> m_viewerDir;
    bool m_fittedOnShow = false;
    QSize m_restoredSize;
    QList<QAction *> m_documentActions;
    QAction *m_shareAction = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
};
