#include "mainwindow.h"

#include "assessorwindow.h"
#include "catalogue/standardslibrary.h"
#include "commands/actioncommand.h"
#include "commands/addevidencecommand.h"
#include "commands/editevidencecommand.h"
#include "commands/linkevidencecommand.h"
#include "commands/removeevidencecommand.h"
#include "commands/setprofilecommand.h"
#include "common/clock.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/actiondialog.h"
#include "dialogs/evidencedialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/migrationwizard.h"
#include "dialogs/newworkspacewizard.h"
#include "dialogs/packexportdialog.h"
#include "dialogs/pickevidencedialog.h"
#include "dialogs/printsupport.h"
#include "dialogs/profiledialog.h"
#include "dialogs/prompts.h"
#include "dialogs/responseimportdialog.h"
#include "importcontroller.h"
#include "models/workspacedocument.h"
#include "reporting/readinessreportbuilder.h"
#include "scoring/scorer.h"
#include "scoring/snapshot.h"
#include "welcomepage.h"
#include "widgets/actionplanpage.h"
#include "widgets/criterionpage.h"
#include "widgets/dashboardwidget.h"
#include "widgets/evidencelibrarypage.h"
#include "widgets/navigatorpane.h"
#include "widgets/reconfirmationpanel.h"
#include "widgets/statusicons.h"
#include "workspace/demoworkspace.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

using namespace seqohs;

namespace {
const int MaxRecentFiles = 8;

// The desktop theme's icon where there is one, else our own simple SVG.
QIcon themedIcon(const char *themeName, const char *fallback)
{
    return QIcon::fromTheme(QLatin1String(themeName),
                            QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(fallback))));
}

const QString RecentKey = QStringLiteral("recentFiles");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/seqohs-tracker.svg")));
    setAcceptDrops(false);

    m_welcome = new WelcomePage(this);
    m_navigator = new NavigatorPane(this);
    m_criterion = new CriterionPage(this);
    m_dashboard = new DashboardWidget(this);
    m_evidence = new EvidenceLibraryPage(this);
    m_actions = new ActionPlanPage(this);
    m_reconfirm = new ReconfirmationPanel(this);

    auto *assessment = new QSplitter(this);
    assessment->setObjectName(QStringLiteral("assessmentSplitter"));
    assessment->addWidget(m_navigator);
    assessment->addWidget(m_criterion);
    assessment->setStretchFactor(0, 2);
    assessment->setStretchFactor(1, 3);
    assessment->setSizes({460, 700});

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_tabs->addTab(assessment, tr("Assessment"));
    m_tabs->addTab(m_evidence, tr("Evidence"));
    m_tabs->addTab(m_actions, tr("Action plan"));
    m_tabs->addTab(m_reconfirm, tr("Re-confirm"));
    m_tabs->setTabVisible(ReconfirmPage, false);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    m_statusVerdict = new QLabel(this);
    m_statusPath = new QLabel(this);
    statusBar()->addWidget(m_statusVerdict);
    statusBar()->addPermanentWidget(m_statusPath);

    createActions();
    createMenus();

    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openWorkspaceDialog);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemoWorkspace);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openWorkspace);
    connect(m_navigator, &NavigatorPane::itemSelected, this, [this](const QString &id) {
        if (!id.isEmpty())
            m_criterion->showItem(id);
    });
    connect(m_criterion, &CriterionPage::filesDropped, this,
            [this](const QString &itemId, const QStringList &paths) {
                if (m_importer)
                    m_importer->importFiles(paths, {itemId});
            });
    connect(m_criterion, &CriterionPage::addFilesRequested, this,
            [this](const QString &id) { addFiles(id); });
    connect(m_criterion, &CriterionPage::addLinkRequested, this,
            [this](const QString &id) { addLink(id); });
    connect(m_criterion, &CriterionPage::addStatementRequested, this,
            [this](const QString &id) { addStatement(id); });
    connect(m_criterion, &CriterionPage::linkExistingRequested, this, &MainWindow::linkExisting);
    connect(m_criterion, &CriterionPage::addActionRequested, this,
            [this](const QString &id) { addAction(id); });
    connect(m_criterion, &CriterionPage::evidenceActivated, this, &MainWindow::editEvidence);
    connect(m_criterion, &CriterionPage::actionActivated, this, &MainWindow::editAction);
    connect(m_dashboard, &DashboardWidget::itemActivated, this, &MainWindow::goToItem);
    connect(m_evidence, &EvidenceLibraryPage::addFilesRequested, this, [this] { addFiles(); });
    connect(m_evidence, &EvidenceLibraryPage::addFolderRequested, this, [this] { addFolder(); });
    connect(m_evidence, &EvidenceLibraryPage::editRequested, this, &MainWindow::editEvidence);
    connect(m_evidence, &EvidenceLibraryPage::openRequested, this, &MainWindow::openEvidence);
    connect(m_evidence, &EvidenceLibraryPage::exportRequested, this, &MainWindow::exportEvidence);
    connect(m_evidence, &EvidenceLibraryPage::removeRequested, this, &MainWindow::removeEvidence);
    connect(m_evidence, &EvidenceLibraryPage::itemActivated, this, &MainWindow::goToItem);
    connect(m_reconfirm, &ReconfirmationPanel::itemActivated, this, &MainWindow::goToItem);
    connect(m_reconfirm, &ReconfirmationPanel::countChanged, this, [this](int n) {
        m_tabs->setTabText(ReconfirmPage, tr("Re-confirm (%1)").arg(n));
        m_tabs->setTabVisible(ReconfirmPage, n > 0 || currentPage() == ReconfirmPage);
    });
    connect(m_actions, &ActionPlanPage::addRequested, this, [this] { addAction(); });
    connect(m_actions, &ActionPlanPage::editRequested, this, &MainWindow::editAction);
    connect(m_actions, &ActionPlanPage::markDoneRequested, this, &MainWindow::markActionDone);
    connect(m_actions, &ActionPlanPage::removeRequested, this, &MainWindow::removeAction);
    connect(m_actions, &ActionPlanPage::itemActivated, this, &MainWindow::goToItem);

    readSettings();
    updateTitle();
    updateActions();
    rebuildRecentMenu();
}

MainWindow::~MainWindow()
{
    // Views hold the document's models; take them off before the document goes.
    closeWorkspace();
}

QString MainWindow::demoWorkspacePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo/Northgate Occupational Health (demo).seqohs"));
}

void MainWindow::createActions()
{
    // Actions that need an open workspace are collected so they can be enabled together.
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *newAction =
        file->addAction(themedIcon("document-new", "document-new"), tr("&New workspace\u2026"),
                        this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction =
        file->addAction(themedIcon("document-open", "document-open"), tr("&Open\u2026"), this,
                        &MainWindow::openWorkspaceDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(tr("Open the &demo workspace"), this, &MainWindow::openDemoWorkspace);
    file->addSeparator();
    QAction *saveCopyAction =
        file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                        tr("Save a &copy\u2026"), this, &MainWindow::saveCopy);
    saveCopyAction->setShortcut(QKeySequence::SaveAs);
    QAction *exportAction = file->addAction(themedIcon("document-export", "document-export"),
                                            tr("&Export\u2026"), this, &MainWindow::exportReport);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *printAction =
        file->addAction(QIcon::fromTheme(QStringLiteral("document-print")),
                        tr("&Print report\u2026"), this, &MainWindow::printReport);
    printAction->setShortcut(QKeySequence::Print);
    QAction *previewAction =
        file->addAction(tr("Print pre&view\u2026"), this, &MainWindow::printPreview);
    file->addSeparator();
    QAction *closeAction =
        file->addAction(tr("&Close workspace"), this, &MainWindow::closeWorkspace);
    closeAction->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    m_undo = edit->addAction(themedIcon("edit-undo", "edit-undo"), tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(themedIcon("edit-redo", "edit-redo"), tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_document) {
            m_criterion->commitPendingEdits();
            m_document->undoStack()->undo();
        }
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find requirement"), this, [this] {
        showPage(AssessmentPage);
        m_navigator->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *addFilesAction = edit->addAction(themedIcon("document-import", "evidence-add"),
                                              tr("Add evidence &files\u2026"), this,
                                              [this] { addFiles(m_criterion->itemId()); });
    addFilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction *addFolderAction =
        edit->addAction(tr("Add evidence f&older\u2026"), this, [this] { addFolder(); });
    QAction *addLinkAction = edit->addAction(tr("Add evidence &link\u2026"), this,
                                             [this] { addLink(m_criterion->itemId()); });
    QAction *addStatementAction = edit->addAction(tr("Add written &statement\u2026"), this,
                                                  [this] { addStatement(m_criterion->itemId()); });
    QAction *addActionAction =
        edit->addAction(themedIcon("task-new", "action-add"), tr("Add &action\u2026"), this,
                        [this] { addAction(m_criterion->itemId()); });
    addActionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    edit->addSeparator();
    QAction *profileAction =
        edit->addAction(tr("Service &profile\u2026"), this, &MainWindow::editProfile);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    const QStringList pages{tr("&Dashboard"), tr("&Assessment"), tr("&Evidence"),
                            tr("Action &plan")};
    for (int i = 0; i < pages.size(); ++i) {
        QAction *a = view->addAction(pages.at(i), this, [this, i] { showPage(Page(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_documentActions << a;
    }
    view->addSeparator();
    QAction *forecast =
        view->addAction(tr("&Forecast at a date\u2026"), this, &MainWindow::setForecast);
    QAction *snapshot =
        view->addAction(tr("Save a &snapshot\u2026"), this, &MainWindow::saveSnapshot);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("&About SEQOHS Tracker"), this, &MainWindow::showAbout);

    m_documentActions << saveCopyAction << exportAction << printAction << previewAction
                      << closeAction << find << addFilesAction << addFolderAction << addLinkAction
                      << addStatementAction << addActionAction << profileAction << forecast
                      << snapshot;

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(newAction);
    toolbar->addAction(openAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undo);
    toolbar->addAction(m_redo);
    toolbar->addSeparator();
    toolbar->addAction(addFilesAction);
    toolbar->addAction(addActionAction);
    toolbar->addAction(exportAction);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showErrors(const ErrorList &errors, const QString &title)
{
    if (errors.isEmpty())
        return;
    statusBar()->showMessage(errors.first().message, 8000);
    Prompts::error(this, title.isEmpty() ? tr("Something went wrong") : title,
                   errors.first().toString(), errors.size() > 1 ? joinErrors(errors) : QString());
}

void MainWindow::setDocument(std::unique_ptr<WorkspaceDocument> document)
{
    closeWorkspace();
    m_document = document.release();
    m_document->setParent(this);
    m_importer = new ImportController(m_document, this);
    connect(m_document, &WorkspaceDocument::errorsOccurred, this,
            [this](const ErrorList &errors) { showErrors(errors); });
    connect(m_document, &WorkspaceDocument::readinessChanged, this, &MainWindow::updateStatus);
    QUndoStack *stack = m_document->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, [this](const QString &text) {
        m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString &text) {
        m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    connect(m_document, &WorkspaceDocument::standardsSetChanged, this, [this] {
        // A move to another standards set changes the tree itself: rebuild every view.
        const QString current = m_criterion->itemId();
        attachViews();
        if (m_document->workspace().standardsSet().findAssessable(current))
            m_navigator->selectId(current);
        updateStatus();
    });
    attachViews();
    m_stack->setCurrentWidget(m_tabs);
    addRecentFile(m_document->path());
    updateTitle();
    updateStatus();
    updateActions();
    // Start on the first requirement so the assessment page is never empty.
    const QList<AssessableItem> items = m_document->workspace().standardsSet().assessables();
    if (!items.isEmpty())
        m_navigator->selectId(items.first().id);
}

void MainWindow::attachViews()
{
    m_navigator->setDocument(m_document);
    m_criterion->setDocument(m_document);
    m_dashboard->setDocument(m_document);
    m_evidence->setDocument(m_document);
    m_actions->setDocument(m_document);
    m_reconfirm->setWorkspace(m_document ? &m_document->workspace() : nullptr);
}

void MainWindow::closeWorkspace()
{
    if (!m_document)
        return;
    m_criterion->commitPendingEdits();
    m_navigator->setDocument(nullptr);
    m_criterion->setDocument(nullptr);
    m_dashboard->setDocument(nullptr);
    m_evidence->setDocument(nullptr);
    m_actions->setDocument(nullptr);
    m_reconfirm->setWorkspace(nullptr);
    m_tabs->setTabVisible(ReconfirmPage, false);
    delete m_importer; // waits for a running import to stop
    m_importer = nullptr;
    delete m_document;
    m_document = nullptr;
    if (m_stack)
        m_stack->setCurrentWidget(m_welcome);
    updateTitle();
    updateStatus();
    updateActions();
}

bool MainWindow::openWorkspace(const QString &path)
{
    Expected<std::unique_ptr<Workspace>> opened = Workspace::open(path);
    if (!opened.ok()) {
        showErrors(opened.errors(), tr("The workspace cannot be opened"));
        return false;
    }
    setDocument(std::make_unique<WorkspaceDocument>(std::move(opened).value()));
    return true;
}

bool MainWindow::openDemoWorkspace()
{
    const QString path = demoWorkspacePath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        Expected<std::unique_ptr<Workspace>> demo = DemoWorkspace::create(path, Clock::today());
        if (!demo.ok()) {
            showErrors(demo.errors(), tr("The demo workspace cannot be made"));
            return false;
        }
        setDocument(std::make_unique<WorkspaceDocument>(std::move(demo).value()));
        return true;
    }
    return openWorkspace(path);
}

bool MainWindow::createWorkspace(const QString &path, const QString &name, bool servesNhs,
                                 const QString &setIdOrPath, const QDate &visit)
{
    NewWorkspaceWizard wizard(this);
    wizard.fill(name, servesNhs, setIdOrPath, visit, path);
    const Expected<StandardsSet> set = wizard.standardsSet();
    if (!set.ok()) {
        showErrors(set.errors(), tr("The standards set cannot be used"));
        return false;
    }
    Expected<std::unique_ptr<Workspace>> created =
        Workspace::create(wizard.filePath(), wizard.profile(), *set);
    if (!created.ok()) {
        showErrors(created.errors(), tr("The workspace cannot be created"));
        return false;
    }
    setDocument(std::make_unique<WorkspaceDocument>(std::move(created).value()));
    return true;
}

void MainWindow::newWorkspace()
{
    NewWorkspaceWizard wizard(this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    const Expected<StandardsSet> set = wizard.standardsSet();
    if (!set.ok()) {
        showErrors(set.errors(), tr("The standards set cannot be used"));
        return;
    }
    QDir().mkpath(QFileInfo(wizard.filePath()).absolutePath());
    Expected<std::unique_ptr<Workspace>> created =
        Workspace::create(wizard.filePath(), wizard.profile(), *set);
    if (!created.ok()) {
        showErrors(created.errors(), tr("The workspace cannot be created"));
        return;
    }
    setDocument(std::make_unique<WorkspaceDocument>(std::move(created).value()));
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = Prompts::openFileName(this, tr("Open a workspace"),
                                               tr("SEQOHS workspaces (*.seqohs);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::saveCopy()
{
    if (!m_document)
        return;
    const QString suggested =
        QFileInfo(m_document->path()).completeBaseName() +
        QStringLiteral(" (copy %1).seqohs").arg(Clock::today().toString(Qt::ISODate));
    const QString path = Prompts::saveFileName(this, tr("Save a copy of the workspace"), suggested,
                                               tr("SEQOHS workspaces (*.seqohs)"));
    if (path.isEmpty())
        return;
    const Status saved = m_document->workspace().backupTo(path);
    if (!saved.ok())
        showErrors(saved.errors(), tr("The copy was not saved"));
    else
        statusBar()->showMessage(tr("Saved a copy as %1").arg(path), 6000);
}

void MainWindow::exportReport()
{
    if (!m_document)
        return;
    ExportDialog dialog(m_document->scoringInput(), m_document->snapshots(), this);
    dialog.setDestination(QDir(QFileInfo(m_document->path()).absolutePath())
                              .filePath(QFileInfo(m_document->path()).completeBaseName() +
                                        tr(" readiness report.pdf")));
    dialog.exec();
}

ReadinessReport MainWindow::currentReport() const
{
    return ReadinessReportBuilder::build(m_document->scoringInput(), m_document->readiness());
}

void MainWindow::printReport()
{
    if (m_document)
        PrintSupport::printWithDialog(currentReport(), this);
}

void MainWindow::printPreview()
{
    if (m_document)
        PrintSupport::preview(currentReport(), this);
}

void MainWindow::editProfile()
{
    if (!m_document)
        return;
    ProfileDialog dialog(m_document->workspace().profile(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.userName().isEmpty() && dialog.userName() != Workspace::userName()) {
        Workspace::setUserName(dialog.userName());
        QSettings().setValue(QStringLiteral("audit/userName"), dialog.userName());
    }
    if (dialog.profile() != m_document->workspace().profile())
        m_document->undoStack()->push(new SetProfileCommand(m_document, dialog.profile()));
}

void MainWindow::addFiles(const QString &itemId)
{
    if (!m_document || !m_importer)
        return;
    const QStringList files =
        Prompts::openFileNames(this, tr("Add evidence files"), tr("All files (*)"));
    if (!files.isEmpty())
        m_importer->importFiles(files, itemId.isEmpty() ? QStringList() : QStringList{itemId});
}

void MainWindow::addFolder(const QString &itemId)
{
    if (!m_document || !m_importer)
        return;
    const QString folder = Prompts::existingDirectory(this, tr("Add every file in a folder"));
    if (!folder.isEmpty())
        m_importer->importFiles({folder}, itemId.isEmpty() ? QStringList() : QStringList{itemId});
}

void MainWindow::addLink(const QString &itemId)
{
    addDescribedEvidence(EvidenceItem::Kind::Link, itemId);
}

void MainWindow::addStatement(const QString &itemId)
{
    addDescribedEvidence(EvidenceItem::Kind::Statement, itemId);
}

void MainWindow::addDescribedEvidence(EvidenceItem::Kind kind, const QString &itemId)
{
    if (!m_document)
        return;
    EvidenceItem item;
    item.kind = kind;
    EvidenceDialog dialog(item, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AddEvidenceCommand::Entry entry;
    entry.meta = dialog.item();
    if (!itemId.isEmpty())
        entry.links << EvidenceLink{0, itemId, QString()};
    m_document->undoStack()->push(new AddEvidenceCommand(m_document, {entry}, false));
}

void MainWindow::linkExisting(const QString &itemId)
{
    if (!m_document || itemId.isEmpty())
        return;
    PickEvidenceDialog dialog(m_document->workspace(), itemId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<qint64> ids = dialog.selectedIds();
    if (ids.isEmpty())
        return;
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Link evidence"));
    for (qint64 id : ids)
        stack->push(new LinkEvidenceCommand(m_document, EvidenceLink{id, itemId, QString()},
                                            LinkEvidenceCommand::Link));
    stack->endMacro();
}

void MainWindow::addAction(const QString &itemId)
{
    if (!m_document)
        return;
    Action action;
    action.itemId = itemId;
    action.owner = Workspace::userName();
    ActionDialog dialog(action, m_document->workspace().standardsSet(), true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_document->undoStack()->push(new ActionCommand(m_document, std::nullopt, dialog.action()));
}

void MainWindow::editAction(qint64 id)
{
    if (!m_document)
        return;
    const std::optional<Action> action = m_document->workspace().action(id);
    if (!action)
        return;
    ActionDialog dialog(*action, m_document->workspace().standardsSet(), false, this);
    if (dialog.exec() != QDialog::Accepted || dialog.action() == *action)
        return;
    m_document->undoStack()->push(new ActionCommand(m_document, action, dialog.action()));
}

void MainWindow::markActionDone(qint64 id)
{
    if (!m_document)
        return;
    const std::optional<Action> action = m_document->workspace().action(id);
    if (!action || action->status == Action::Status::Done)
        return;
    Action done = *action;
    done.status = Action::Status::Done;
    done.completed = Clock::today();
    m_document->undoStack()->push(new ActionCommand(m_document, action, done));
}

void MainWindow::removeAction(qint64 id)
{
    if (!m_document)
        return;
    const std::optional<Action> action = m_document->workspace().action(id);
    if (action)
        m_document->undoStack()->push(new ActionCommand(m_document, action, std::nullopt));
}

void MainWindow::editEvidence(qint64 id)
{
    if (!m_document)
        return;
    const std::optional<EvidenceItem> item = m_document->workspace().evidenceItem(id);
    if (!item)
        return;
    EvidenceDialog dialog(*item, false, this);
    if (dialog.exec() != QDialog::Accepted || dialog.item() == *item)
        return;
    m_document->undoStack()->push(new EditEvidenceCommand(m_document, dialog.item()));
}

void MainWindow::openEvidence(qint64 id)
{
    if (!m_document)
        return;
    const std::optional<EvidenceItem> item = m_document->workspace().evidenceItem(id);
    if (!item)
        return;
    if (item->kind == EvidenceItem::Kind::Link) {
        QDesktopServices::openUrl(QUrl::fromUserInput(item->url));
        return;
    }
    if (item->kind == EvidenceItem::Kind::Statement) {
        editEvidence(id);
        return;
    }
    // The desktop's viewer gets a read-only copy, so nothing it does can touch the workspace.
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                            .filePath(QStringLiteral("seqohs-tracker-view"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("%1-%2").arg(id).arg(item->fileName));
    QFile::remove(path);
    const Status exported = m_document->workspace().exportEvidenceFile(id, path);
    if (!exported.ok()) {
        showErrors(exported.errors(), tr("The file cannot be opened"));
        return;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void MainWindow::exportEvidence(qint64 id)
{
    if (!m_document)
        return;
    const std::optional<EvidenceItem> item = m_document->workspace().evidenceItem(id);
    if (!item || item->kind != EvidenceItem::Kind::File)
        return;
    const QString path = Prompts::saveFileName(this, tr("Save a copy of the evidence file"),
                                               item->fileName, tr("All files (*)"));
    if (path.isEmpty())
        return;
    const Status exported = m_document->workspace().exportEvidenceFile(id, path);
    if (!exported.ok())
        showErrors(exported.errors(), tr("The file was not saved"));
}

void MainWindow::removeEvidence(const QList<qint64> &ids)
{
    if (!m_document || ids.isEmpty())
        return;
    const auto answer = Prompts::question(
        this, tr("Remove evidence"),
        ids.size() == 1
            ? tr("Remove this evidence item and its links? You can undo this.")
            : tr("Remove %1 evidence items and their links? You can undo this.").arg(ids.size()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Remove evidence"));
    for (qint64 id : ids)
        stack->push(new RemoveEvidenceCommand(m_document, id));
    stack->endMacro();
}

void MainWindow::saveSnapshot()
{
    if (!m_document)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save a snapshot"),
        tr("Name the snapshot, for example \u201cAnnual return %1\u201d:")
            .arg(Clock::today().year()),
        QLineEdit::Normal, tr("Annual return %1").arg(Clock::today().year()), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const ScoringInput input = m_document->scoringInput();
    const Snapshot s =
        Snapshot::capture(name.trimmed(), Clock::now(), input, m_document->readiness());
    const Status saved = m_document->workspace().saveSnapshot(s.name, s.toJson());
    if (!saved.ok())
        showErrors(saved.errors(), tr("The snapshot was not saved"));
    else
        statusBar()->showMessage(tr("Saved snapshot \u201c%1\u201d").arg(s.name), 6000);
}

bool MainWindow::importRunning()
{
    if (!m_importer || !m_importer->isRunning())
        return false;
    showErrors({Error{tr("Evidence is still being added."), QString(), QString(),
                      tr("Wait for the import to finish, or cancel it, then try again.")}});
    return true;
}

void MainWindow::checkIntegrity()
{
    if (!m_document || importRunning())
        return;
    m_criterion->commitPendingEdits();
    // A read-only connection of the worker's own: the check re-hashes every stored file,
    // which takes seconds on a large workspace, and the window stays responsive meanwhile.
    const QString path = m_document->path();
    auto result = std::make_shared<Status>(success());
    auto done = std::make_shared<std::atomic<qint64>>(0);
    auto total = std::make_shared<std::atomic<qint64>>(0);
    QThread *worker = QThread::create([path, result, done, total] {
        Expected<std::unique_ptr<Workspace>> ws = Workspace::open(path, Workspace::ReadOnly);
        if (!ws.ok()) {
            *result = ws.errors();
            return;
        }
        *result = (*ws)->checkIntegrity([done, total](qint64 d, qint64 t) {
            *done = d;
            *total = t;
            return true;
        });
    });
    QProgressDialog progress(tr("Checking the workspace: the file, the audit trail and every "
                                "stored evidence file\u2026"),
                             QString(), 0, 1000, this);
    progress.setWindowTitle(tr("Check integrity"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QTimer poll;
    connect(&poll, &QTimer::timeout, &progress, [&progress, done, total] {
        if (*total > 0)
            progress.setValue(int(1000 * *done / *total));
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    poll.start(100);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.close();
    if (!result->ok()) {
        showErrors(result->errors(), tr("The workspace has problems"));
        return;
    }
    statusBar()->showMessage(tr("The workspace is intact: the file, the audit trail and every "
                                "stored evidence file check out."),
                             10000);
    Prompts::information(this, tr("Check integrity"),
                         tr("The workspace is intact: SQLite's integrity check, the audit trail's "
                            "hash chain and every stored evidence file all check out."));
}

void MainWindow::createSubmissionPack()
{
    if (!m_document || importRunning())
        return;
    m_criterion->commitPendingEdits();
    PackExportDialog dialog(&m_document->workspace(), this);
    dialog.exec();
}

void MainWindow::openPackAsAssessor()
{
    const QString path = Prompts::openFileName(this, tr("Open a submission pack"),
                                               tr("Submission packs (*.zip);;All files (*)"));
    if (path.isEmpty())
        return;
    // The assessor's window is separate: the pack is read-only and nothing in it touches the
    // workspace open here.
    auto *window = new AssessorWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->openPack(path);
}

void MainWindow::importAssessorResponse()
{
    if (!m_document)
        return;
    ResponseImportDialog dialog(&m_document->workspace(), this);
    connect(&dialog, &ResponseImportDialog::responseImported, m_document, [this] {
        m_document->rescore();
        m_criterion->showItem(m_criterion->itemId());
    });
    dialog.exec();
}

void MainWindow::moveToAnotherSet()
{
    if (!m_document || importRunning())
        return;
    m_criterion->commitPendingEdits();
    MigrationWizard wizard(m_document->workspace(), this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(
        tr("Moved to \u201c%1\u201d. The figures before the move are kept as a snapshot.")
            .arg(m_document->workspace().standardsSet().title),
        10000);
    if (!m_document->workspace().itemsNeedingReconfirmation().isEmpty()) {
        m_tabs->setTabVisible(ReconfirmPage, true);
        showPage(ReconfirmPage);
    }
}

void MainWindow::setForecast()
{
    if (!m_document)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Forecast"));
    auto *edit = new QDateEdit(m_document->workspace().profile().plannedAssessment.isValid()
                                   ? m_document->workspace().profile().plannedAssessment
                                   : Clock::today().addMonths(3),
                               &dialog);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    auto *label = new QLabel(tr("Show the figures as they will be on this date, with evidence "
                                "that will have expired by then. Choose today to go back."),
                             &dialog);
    label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_document->setForecastDate(edit->date() == Clock::today() ? QDate() : edit->date());
    showPage(DashboardPage);
}

void MainWindow::goToItem(const QString &itemId)
{
    if (!m_document || itemId.isEmpty())
        return;
    showPage(AssessmentPage);
    m_navigator->selectId(itemId);
}

void MainWindow::showPage(Page page)
{
    if (m_document)
        m_tabs->setCurrentIndex(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void MainWindow::updateTitle()
{
    const QString product =
        QStringLiteral("SEQOHS Tracker %1").arg(QApplication::applicationVersion());
    setWindowTitle(m_document ? m_document->displayName() + QStringLiteral(" \u2014 ") + product
                              : product);
}

void MainWindow::updateStatus()
{
    if (!m_document) {
        m_statusVerdict->clear();
        m_statusPath->clear();
        return;
    }
    const Readiness &r = m_document->readiness();
    QString text = tr("%1 \u00b7 score %2 \u00b7 evidence coverage %3")
                       .arg(verdictDisplayName(r.verdict), formatShare(r.overall.score()),
                            formatShare(r.overall.coverage()));
    if (m_document->forecastDate().isValid())
        text += tr(" \u00b7 forecast for %1").arg(QLocale().toString(r.asOf, QLocale::ShortFormat));
    m_statusVerdict->setText(text);
    m_statusPath->setText(m_document->path());
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(open);
    m_undo->setEnabled(open && m_document->undoStack()->canUndo());
    m_redo->setEnabled(open && m_document->undoStack()->canRedo());
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(RecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    settings.setValue(RecentKey, files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    const QStringList files = QSettings().value(RecentKey).toStringList();
    m_recentMenu->clear();
    for (const QString &path : files) {
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this, [this, path] { openWorkspace(path); })
            ->setToolTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_welcome->setRecentFiles(files);
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 820);
    const QString user = settings.value(QStringLiteral("audit/userName")).toString();
    if (!user.isEmpty())
        Workspace::setUserName(user);
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_importer && m_importer->isRunning()) {
        const auto answer = Prompts::question(
            this, tr("An import is running"),
            tr("Evidence is still being added. Stop the import and quit? Files added so far are "
               "kept."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    writeSettings();
    closeWorkspace();
    event->accept();
}
