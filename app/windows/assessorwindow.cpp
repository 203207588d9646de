#include "assessorwindow.h"
#include "evidencepreviewwindow.h"
#include "models/readresult.h"

#include "dialogs/prompts.h"
#include "models/evidencemodel.h"
#include "models/navigatormodel.h"

#include "assessorreportrenderer.h"
#include "common/clock.h"
#include "pack/findingupdate.h"
#include "pack/followupreader.h"
#include "pack/packmanifest.h"
#include "pack/responsefile.h"
#include "pack/signingkey.h"
#include "scoring/scorer.h"
#include "workspace/scoringinputbuilder.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QThread>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

using namespace seqohs;

namespace {

enum Page { ProgressPage, PackPage };
enum Tab { ChecksTab, StandardTab, EvidenceTab, RecommendationTab };

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

AssessorWindow::AssessorWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Assessor - SEQOHS Tracker"));
    buildUi();
    resize(1100, 720);
}

AssessorWindow::~AssessorWindow()
{
    if (m_worker) {
        m_cancel = true;
        m_worker->wait();
        delete m_worker;
    }
    // Models and previews refer to the snapshot; they go first.
    closePreviews();
    delete m_evidence;
    m_evidence = nullptr;
}

void AssessorWindow::buildUi()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open a submission pack\u2026"), this,
                                    &AssessorWindow::chooseAndOpenPack);
    open->setShortcut(QKeySequence::Open);
    m_exportAction = file->addAction(tr("&Export assessor report (PDF)..."), this,
                                     &AssessorWindow::onExportReport);
    m_respondAction =
        file->addAction(tr("Create signed &response..."), this, &AssessorWindow::onCreateResponse);
    file->addSeparator();
    m_followUpAction =
        file->addAction(tr("Open &follow-up pack\u2026"), this, &AssessorWindow::onOpenFollowUp);
    m_followUpAction->setStatusTip(
        tr("Apply the service's follow-up pack to this review as its next round"));
    m_followUpAction->setEnabled(false);
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    QToolBar *toolbar = addToolBar(tr("Assessor"));
    toolbar->setObjectName(QStringLiteral("assessorToolbar"));
    toolbar->addAction(open);
    toolbar->addAction(m_exportAction);
    toolbar->addAction(m_respondAction);
    m_exportAction->setEnabled(false);
    m_respondAction->setEnabled(false);
    if (m_followUpAction)
        m_followUpAction->setEnabled(false);

    m_stack = new QStackedWidget(this);
    setCentralWidget(m_stack);

    // Verification in progress.
    auto *progressPage = new QWidget(m_stack);
    auto *pl = new QVBoxLayout(progressPage);
    pl->addStretch();
    m_progressLabel = new QLabel(
        tr("Open a submission pack to review it (File > Open a submission pack)."), progressPage);
    m_progressLabel->setAlignment(Qt::AlignCenter);
    m_progressLabel->setWordWrap(true);
    pl->addWidget(m_progressLabel);
    m_progress = new QProgressBar(progressPage);
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    pl->addWidget(m_progress);
    m_cancelButton = new QPushButton(tr("Cancel"), progressPage);
    m_cancelButton->setVisible(false);
    pl->addWidget(m_cancelButton, 0, Qt::AlignCenter);
    pl->addStretch();
    connect(m_cancelButton, &QPushButton::clicked, this, &AssessorWindow::cancelVerification);
    m_stack->addWidget(progressPage);

    // The pack.
    auto *splitter = new QSplitter(m_stack);
    m_navigator = new NavigatorModel(this);
    m_tree = new QTreeView(splitter);
    m_tree->setModel(m_navigator);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NavigatorModel::RequirementColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(NavigatorModel::LevelColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(NavigatorModel::StatusColumn,
                                           QHeaderView::ResizeToContents);
    m_tabs = new QTabWidget(splitter);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({440, 760});
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AssessorWindow::onTreeSelection);

    m_checks = new QTextBrowser(m_tabs);
    m_tabs->insertTab(ChecksTab, m_checks, tr("Checks"));

    auto *standardPage = new QWidget(m_tabs);
    auto *sl = new QVBoxLayout(standardPage);
    m_selfAssessment = new QTextBrowser(standardPage);
    sl->addWidget(m_selfAssessment, 3);
    auto *findingBox = new QGroupBox(tr("Your finding"), standardPage);
    auto *fl = new QFormLayout(findingBox);
    m_findingTitle = new QLabel(tr("Choose a standard on the left."), findingBox);
    m_findingTitle->setWordWrap(true);
    fl->addRow(m_findingTitle);
    m_result = new QComboBox(findingBox);
    for (FindingResult r : {FindingResult::NotRecorded, FindingResult::Met, FindingResult::NotMet,
                            FindingResult::FurtherEvidenceRequired})
        m_result->addItem(findingResultDisplayName(r), int(r));
    fl->addRow(tr("&Finding:"), m_result);
    m_grade = new QComboBox(findingBox);
    m_grade->addItem(tr("No grade"), int(FindingGrade::None));
    for (FindingGrade g : {FindingGrade::MajorNonConformity, FindingGrade::MinorNonConformity,
                           FindingGrade::Observation, FindingGrade::GoodPractice})
        m_grade->addItem(findingGradeDisplayName(g), int(g));
    fl->addRow(tr("&Grade:"), m_grade);
    m_earlierFinding = new QLabel(findingBox);
    m_earlierFinding->setObjectName(QStringLiteral("earlierFinding"));
    m_earlierFinding->setWordWrap(true);
    m_earlierFinding->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fl->addRow(tr("Earlier finding:"), m_earlierFinding);
    m_newSinceLastRound = new QTextBrowser(findingBox);
    m_newSinceLastRound->setObjectName(QStringLiteral("newSinceLastRound"));
    m_newSinceLastRound->setAccessibleName(tr("New since last round"));
    m_newSinceLastRound->setMaximumHeight(120);
    fl->addRow(tr("New since last round:"), m_newSinceLastRound);
    m_comments = new QPlainTextEdit(findingBox);
    m_comments->setTabChangesFocus(true);
    m_comments->setPlaceholderText(tr("Your comments for the service"));
    m_comments->setMaximumHeight(90);
    fl->addRow(tr("&Comments:"), m_comments);
    m_actions = new QTableWidget(0, 2, findingBox);
    m_actions->setHorizontalHeaderLabels({tr("Required action"), tr("Due (YYYY-MM-DD)")});
    m_actions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_actions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_actions->setMaximumHeight(120);
    fl->addRow(tr("Required &actions:"), m_actions);
    auto *actionButtons = new QHBoxLayout;
    auto *addAction = new QPushButton(tr("Add action"), findingBox);
    auto *removeAction = new QPushButton(tr("Remove action"), findingBox);
    actionButtons->addWidget(addAction);
    actionButtons->addWidget(removeAction);
    actionButtons->addStretch();
    fl->addRow(actionButtons);
    sl->addWidget(findingBox, 2);
    m_tabs->insertTab(StandardTab, standardPage, tr("Standard"));
    findingBox->setEnabled(false);
    findingBox->setObjectName(QStringLiteral("findingBox"));

    connect(m_result, &QComboBox::currentIndexChanged, this, &AssessorWindow::commitFinding);
    connect(m_grade, &QComboBox::currentIndexChanged, this, &AssessorWindow::commitFinding);
    connect(m_comments, &QPlainTextEdit::textChanged, this, &AssessorWindow::commitFinding);
    connect(m_actions, &QTableWidget::itemChanged, this, &AssessorWindow::commitFinding);
    connect(addAction, &QPushButton::clicked, this, [this] {
        addActionRow();
        m_actions->editItem(m_actions->item(m_actions->rowCount() - 1, 0));
    });
    connect(removeAction, &QPushButton::clicked, this, [this] {
        if (m_actions->currentRow() >= 0) {
            m_actions->removeRow(m_actions->currentRow());
            commitFinding();
        }
    });

    m_evidenceView = new QTableView(m_tabs);
    m_evidenceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evidenceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_evidenceView->setSortingEnabled(false);
    // The evidence tab: the table, and a preview of the selected PDF or image read from the
    // pack's workspace (Space), beside opening it in another program (double-click).
    auto *evidencePage = new QWidget(m_tabs);
    auto *evidenceLayout = new QVBoxLayout(evidencePage);
    auto *evidenceButtons = new QHBoxLayout;
    auto *previewButton = new QPushButton(tr("Preview"), evidencePage);
    auto *openButton = new QPushButton(tr("Open"), evidencePage);
    evidenceButtons->addWidget(previewButton);
    evidenceButtons->addWidget(openButton);
    evidenceButtons->addStretch(1);
    evidenceLayout->addLayout(evidenceButtons);
    m_evidenceView->setParent(evidencePage);
    evidenceLayout->addWidget(m_evidenceView, 1);
    m_tabs->insertTab(EvidenceTab, evidencePage, tr("Evidence"));
    connect(m_evidenceView, &QTableView::doubleClicked, this, &AssessorWindow::openEvidence);
    auto *previewAction = new QAction(tr("Preview"), m_evidenceView);
    previewAction->setShortcut(QKeySequence(Qt::Key_Space));
    previewAction->setShortcutContext(Qt::WidgetShortcut);
    m_evidenceView->addAction(previewAction);
    m_evidenceView->setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto previewSelected = [this] {
        const QModelIndex index = m_evidenceView->currentIndex();
        if (!m_snapshot || !index.isValid())
            return;
        auto *preview = new EvidencePreviewWindow(
            *m_snapshot, index.data(EvidenceModel::EvidenceIdRole).toLongLong(), this);
        m_previews << preview;
        preview->show();
    };
    connect(previewAction, &QAction::triggered, this, previewSelected);
    connect(previewButton, &QPushButton::clicked, this, previewSelected);
    connect(openButton, &QPushButton::clicked, this,
            [this] { openEvidence(m_evidenceView->currentIndex()); });

    auto *recPage = new QWidget(m_tabs);
    auto *rl = new QFormLayout(recPage);
    m_assessor = new QLineEdit(recPage);
    rl->addRow(tr("Assessor's &name:"), m_assessor);
    m_recommendation = new QComboBox(recPage);
    for (Recommendation r : {Recommendation::None, Recommendation::Accredit,
                             Recommendation::DeferWithActions, Recommendation::NotAccredit})
        m_recommendation->addItem(recommendationDisplayName(r), int(r));
    rl->addRow(tr("&Recommendation:"), m_recommendation);
    m_summary = new QPlainTextEdit(recPage);
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("Your overall comments"));
    rl->addRow(tr("&Overall comments:"), m_summary);
    m_reviewStatus = new QLabel(recPage);
    m_reviewStatus->setWordWrap(true);
    rl->addRow(m_reviewStatus);
    auto *buttons = new QHBoxLayout;
    auto *exportButton = new QPushButton(tr("Export assessor report (PDF)..."), recPage);
    auto *respondButton = new QPushButton(tr("Create signed response..."), recPage);
    buttons->addWidget(exportButton);
    buttons->addWidget(respondButton);
    buttons->addStretch();
    rl->addRow(buttons);
    m_tabs->insertTab(RecommendationTab, recPage, tr("Recommendation"));
    connect(m_recommendation, &QComboBox::currentIndexChanged, this,
            &AssessorWindow::commitRecommendation);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &AssessorWindow::commitRecommendation);
    connect(m_assessor, &QLineEdit::editingFinished, this, &AssessorWindow::commitRecommendation);
    connect(exportButton, &QPushButton::clicked, this, &AssessorWindow::onExportReport);
    connect(respondButton, &QPushButton::clicked, this, &AssessorWindow::onCreateResponse);

    m_stack->addWidget(splitter);
    m_stack->setCurrentIndex(ProgressPage);
}

void AssessorWindow::chooseAndOpenPack()
{
    const QString path = Prompts::openFileName(this, tr("Open submission pack"),
                                               tr("Submission packs (*.zip);;All files (*)"));
    if (!path.isEmpty())
        openPack(path);
}

void AssessorWindow::openPack(const QString &packPath, const QString &expectedKey)
{
    if (m_worker)
        return;
    // Drop what was shown; the previous extraction folder goes with it.
    m_tree->setEnabled(false);
    delete m_evidence;
    m_evidence = nullptr;
    m_evidenceView->setModel(nullptr);
    closePreviews();
    m_snapshot.reset();
    m_extractDir = std::make_unique<QTemporaryDir>(); // private: 0700
    if (!m_extractDir->isValid()) {
        Prompts::error(this, tr("Open a pack"),
                       tr("Cannot create a private temporary folder to check the pack in: %1")
                           .arg(m_extractDir->errorString()),
                       tr("Check that the temporary folder exists and has free space."));
        return;
    }
    m_packPath = packPath;
    m_expectedKey = expectedKey;
    m_verification = {};
    m_cancel = false;
    m_exportAction->setEnabled(false);
    m_respondAction->setEnabled(false);
    if (m_followUpAction)
        m_followUpAction->setEnabled(false);

    m_stack->setCurrentIndex(ProgressPage);
    m_progressLabel->setText(tr("Checking %1: every file's hash and the signature, before "
                                "anything is shown...")
                                 .arg(QFileInfo(packPath).fileName()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);

    const QString extractTo = m_extractDir->path();
    m_worker = QThread::create([this, packPath, expectedKey, extractTo] {
        PackVerifier verifier(packPath);
        verifier.setExpectedKey(expectedKey);
        verifier.setExtractTo(extractTo);
        int last = -1;
        verifier.setProgress([this, &last](qint64 done, qint64 total) {
            const int permille = total > 0 ? int(done * 1000 / total) : 0;
            if (permille != last) {
                last = permille;
                QMetaObject::invokeMethod(
                    m_progress, [bar = m_progress, permille] { bar->setValue(permille); },
                    Qt::QueuedConnection);
            }
            return !m_cancel.load();
        });
        m_verification = verifier.verify();
    });
    connect(m_worker, &QThread::finished, this, &AssessorWindow::onVerified);
    m_worker->start();
}

void AssessorWindow::onVerified()
{
    m_worker->deleteLater();
    m_worker = nullptr;
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    setWindowTitle(
        tr("%1 \u2014 Assessor \u2014 SEQOHS Tracker").arg(QFileInfo(m_packPath).fileName()));

    bool ok = m_verification.ok();
    if (ok) {
        // The snapshot is untrusted input: Workspace's read-only open runs quick_check with
        // SQLite's defensive mode and trusted_schema off before reading it.
        Expected<std::unique_ptr<Workspace>> ws = Workspace::open(
            QDir(m_extractDir->path()).filePath(PackManifest::WorkspacePath), Workspace::ReadOnly);
        if (ws) {
            m_snapshot = std::move(ws.value());
        } else {
            m_verification.problems += ws.errors();
            ok = false;
        }
    }
    showChecks();
    m_stack->setCurrentIndex(PackPage);
    if (!ok) {
        // Nothing of a pack that failed is shown, and its extracted files are removed.
        m_extractDir.reset();
        m_tabs->setCurrentIndex(ChecksTab);
        for (int t = StandardTab; t <= RecommendationTab; ++t)
            m_tabs->setTabEnabled(t, false);
        m_tree->setEnabled(false);
        Q_EMIT packOpened(false);
        return;
    }
    for (int t = StandardTab; t <= RecommendationTab; ++t)
        m_tabs->setTabEnabled(t, true);
    m_navigator->setStandardsSet(m_snapshot->standardsSet());
    if (const std::optional<ScoringInput> input =
            shown(scoringInputFor(*m_snapshot, Clock::today())))
        m_navigator->setReadiness(Scorer::score(*input));
    m_tree->setEnabled(true);
    m_tree->expandToDepth(0);
    m_evidence = new EvidenceModel(m_snapshot.get(), nullptr, this);
    m_evidenceView->setModel(m_evidence);
    loadOrStartReview();
    m_exportAction->setEnabled(true);
    m_respondAction->setEnabled(true);
    m_followUpAction->setEnabled(true);
    statusBar()->showMessage(tr("Your review is saved in %1").arg(m_reviewPath));
    Q_EMIT packOpened(true);
}

void AssessorWindow::showChecks()
{
    const PackVerification &v = m_verification;
    QString h;
    if (v.ok()) {
        h += QStringLiteral("<h2 style=\"color:#1b7f4b\">&#10004; %1</h2>")
                 .arg(esc(tr("The pack is complete and unaltered")));
    } else if (v.refused) {
        h += QStringLiteral("<h2 style=\"color:#b3261e\">&#10008; %1</h2>")
                 .arg(esc(tr("The pack was refused: it was not opened")));
    } else if (v.cancelled) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Checking was cancelled")));
    } else {
        h += QStringLiteral("<h2 style=\"color:#b3261e\">&#10008; %1</h2>")
                 .arg(esc(tr("The pack failed its checks: do not rely on it")));
    }
    if (v.signatureValid) {
        h +=
            QStringLiteral("<p>%1</p>")
                .arg(v.signerConfirmed
                         ? tr("Signed by the key you named: <b>%1</b>.").arg(v.signer.fingerprint())
                         : tr("Signed by key <b>%1</b>. Check this fingerprint with the service "
                              "(by telephone or letter) before you rely on the pack.")
                               .arg(v.signer.fingerprint()));
    }
    if (!v.problems.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul style=\"list-style-type: none\">")
                 .arg(esc(tr("What failed")));
        for (const Error &e : v.problems)
            h += QStringLiteral("<li style=\"color:#b3261e\">&#10008; %1</li>")
                     .arg(esc(e.toString()));
        h += QStringLiteral("</ul>");
    }
    if (!v.passed.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul style=\"list-style-type: none\">")
                 .arg(esc(tr("What passed")));
        for (const QString &p : v.passed)
            h += QStringLiteral("<li>&#10004; %1</li>").arg(esc(p));
        h += QStringLiteral("</ul>");
    }
    for (const QString &note : v.notes)
        h += QStringLiteral("<p><i>%1</i></p>").arg(esc(note));
    if (v.manifestRead) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("Service: %1. Standards: %2 (version %3). Made %4. Root hash %5.")
                              .arg(v.manifest.serviceName, v.manifest.setId, v.manifest.setVersion,
                                   QLocale().toString(v.manifest.created.toLocalTime(),
                                                      QLocale::ShortFormat),
                                   v.manifest.rootHash)));
        // The service's sign-offs as they stood when it made the pack: a void one means the
        // signed work changed afterwards and nobody signed it again.
        if (!v.manifest.signOffs.isEmpty()) {
            h += QStringLiteral("<h3>%1</h3><ul style=\"list-style-type: none\">")
                     .arg(esc(tr("The service's sign-offs")));
            for (const PackManifest::SignOffEntry &s : v.manifest.signOffs) {
                const QString when =
                    QLocale().toString(s.signedAt.toLocalTime().date(), QLocale::ShortFormat);
                if (s.holds) {
                    h += QStringLiteral("<li>&#10004; %1</li>")
                             .arg(esc(tr("%1: signed off by %2 on %3; still holds.")
                                          .arg(s.covers, s.signer, when)));
                } else {
                    h += QStringLiteral("<li style=\"color:#b3261e\">&#9888; %1</li>")
                             .arg(esc(tr("%1: signed off by %2 on %3; VOID, changed since: %4")
                                          .arg(s.covers, s.signer, when,
                                               s.changes.join(QStringLiteral("; ")))));
                }
            }
            h += QStringLiteral("</ul>");
        }
    }
    m_checks->setHtml(h);
}

void AssessorWindow::loadOrStartReview()
{
    const QFileInfo pack(m_packPath);
    m_reviewPath =
        pack.absoluteDir().filePath(pack.completeBaseName() + QStringLiteral(".review.json"));
    auto fresh = [this] {
        return Review::begin(m_verification, m_packPath, m_snapshot->standardsSet(),
                             shown(m_snapshot->profile()).value_or(ServiceProfile{}),
                             Workspace::userName());
    };
    // A review file is never overwritten unless it is this pack's and could be read: an
    // unreadable one, or one of another pack, stays as it is and the review goes elsewhere.
    auto freePath = [&pack](const QString &stem) {
        QString path = pack.absoluteDir().filePath(stem + QStringLiteral(".json"));
        for (int n = 2; QFileInfo::exists(path); ++n)
            path = pack.absoluteDir().filePath(QStringLiteral("%1-%2.json").arg(stem).arg(n));
        return path;
    };
    const QString hashStem =
        QStringLiteral("%1.review-%2")
            .arg(pack.completeBaseName(), m_verification.manifest.rootHash.left(12));
    if (!QFileInfo::exists(m_reviewPath)) {
        m_review = fresh();
    } else if (Expected<Review> existing = Review::load(m_reviewPath); !existing) {
        m_reviewPath = freePath(hashStem);
        Prompts::error(this, tr("Review"),
                       tr("The review file beside the pack cannot be read, so it is left as it "
                          "is and this review is kept in %1.")
                           .arg(m_reviewPath),
                       existing.errorString());
        m_review = fresh();
    } else if (existing->packRootHash == m_verification.manifest.rootHash ||
               existing->chain().contains(m_verification.manifest.rootHash)) {
        // Follow-ups applied to the review change its current pack, not whose review it is.
        m_review = *existing;
    } else {
        m_reviewPath = pack.absoluteDir().filePath(hashStem + QStringLiteral(".json"));
        if (!QFileInfo::exists(m_reviewPath)) {
            m_review = fresh();
        } else if (Expected<Review> other = Review::load(m_reviewPath); other) {
            m_review = *other;
        } else {
            m_reviewPath = freePath(hashStem);
            Prompts::error(this, tr("Review"),
                           tr("An earlier review of this pack cannot be read, so it is left as "
                              "it is and this review is kept in %1.")
                               .arg(m_reviewPath),
                           other.errorString());
            m_review = fresh();
        }
    }
    saveReview();
    m_loading = true;
    m_recommendation->setCurrentIndex(m_recommendation->findData(int(m_review.recommendation)));
    m_summary->setPlainText(m_review.summary);
    m_assessor->setText(m_review.assessor);
    m_loading = false;
    if (!m_review.findings.isEmpty())
        selectStandard(m_review.findings.first().standardId);
}

QString AssessorWindow::extractedEvidencePath(qint64 evidenceId) const
{
    if (!m_extractDir)
        return QString();
    for (const PackManifest::Entry &e : m_verification.manifest.entries) {
        if (e.kind == QLatin1String("evidence") && e.evidenceId == evidenceId)
            return QDir(m_extractDir->path()).filePath(e.path);
    }
    return QString();
}

bool AssessorWindow::selectStandard(const QString &idOrCode)
{
    const StandardFinding *f = m_review.finding(idOrCode);
    if (!f)
        return false;
    const QModelIndex index = m_navigator->indexForId(f->standardId);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    showFinding(f->standardId);
    showSelfAssessment(f->standardId, true);
    return true;
}

void AssessorWindow::onTreeSelection()
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid() || !m_snapshot)
        return;
    const auto kind = NavigatorModel::NodeKind(index.data(NavigatorModel::NodeKindRole).toInt());
    const QString nodeId = index.data(NavigatorModel::NodeIdRole).toString();
    if (kind == NavigatorModel::NodeKind::Domain)
        return;
    QString standardId = nodeId;
    if (!m_review.finding(nodeId))
        standardId = index.parent().data(NavigatorModel::NodeIdRole).toString();
    showFinding(standardId);
    showSelfAssessment(nodeId, kind == NavigatorModel::NodeKind::Standard);
    m_tabs->setCurrentIndex(StandardTab);
}

void AssessorWindow::showSelfAssessment(const QString &nodeId, bool isStandard)
{
    if (!m_snapshot)
        return;
    const StandardFinding *f = m_review.finding(nodeId);
    QStringList items;
    if (isStandard && f)
        items = f->criterionIds;
    else
        items = {nodeId};
    const QList<EvidenceLink> links = shown(m_snapshot->links()).value_or(QList<EvidenceLink>());
    QHash<qint64, QString> titles;
    for (const EvidenceItem &e : shown(m_snapshot->evidence()).value_or(QList<EvidenceItem>()))
        titles.insert(e.id, e.title);
    QString h = QStringLiteral("<h3>%1</h3>").arg(esc(tr("The service's self-assessment")));
    for (const QString &id : items) {
        const std::optional<AssessableItem> item = m_snapshot->standardsSet().findAssessable(id);
        const Assessment a = shown(m_snapshot->assessment(id)).value_or(Assessment{});
        h += QStringLiteral("<p><b>%1 %2</b><br>%3 &middot; %4")
                 .arg(esc(item ? item->code : id), esc(item ? item->title : QString()),
                      esc(resultDisplayName(a.result)), esc(workflowDisplayName(a.workflow)));
        if (!a.owner.isEmpty())
            h += QStringLiteral(" &middot; ") + esc(tr("owner %1").arg(a.owner));
        if (a.lastReviewed.isValid())
            h += QStringLiteral(" &middot; ") +
                 esc(tr("reviewed %1")
                         .arg(QLocale().toString(a.lastReviewed.toLocalTime().date(),
                                                 QLocale::ShortFormat)));
        if (!a.narrative.isEmpty())
            h += QStringLiteral("<br>") + esc(a.narrative);
        if (!a.justification.isEmpty())
            h += QStringLiteral("<br><i>%1</i>").arg(esc(a.justification));
        QStringList evidence;
        for (const EvidenceLink &l : links) {
            if (l.itemId == id)
                evidence << esc(titles.value(l.evidenceId));
        }
        if (!evidence.isEmpty())
            h += QStringLiteral("<br>%1 %2")
                     .arg(esc(tr("Evidence:")), evidence.join(QStringLiteral("; ")));
        h += QStringLiteral("</p>");
    }
    m_selfAssessment->setHtml(h);
}

void AssessorWindow::showFinding(const QString &standardId)
{
    const StandardFinding *f = m_review.finding(standardId);
    auto *box = findChild<QGroupBox *>(QStringLiteral("findingBox"));
    box->setEnabled(f != nullptr);
    if (!f)
        return;
    m_currentStandard = f->standardId;
    m_loading = true;
    m_findingTitle->setText(
        QStringLiteral("<b>%1 %2</b>").arg(esc(f->standardCode), esc(f->standardTitle)));
    m_result->setCurrentIndex(m_result->findData(int(f->result)));
    m_grade->setCurrentIndex(m_grade->findData(int(f->grade)));
    m_comments->setPlainText(f->comments);
    m_actions->setRowCount(0);
    for (const RequiredAction &a : f->actions)
        addActionRow(a.text, a.due);
    m_loading = false;
    showRoundHistory(f->standardId);
}

void AssessorWindow::showRoundHistory(const QString &standardId)
{
    QStringList earlier;
    for (const auto &[round, finding] : m_review.history(standardId)) {
        QString text = tr("Round %1: %2").arg(round).arg(findingResultDisplayName(finding.result));
        if (finding.grade != FindingGrade::None)
            text += QStringLiteral(" (%1)").arg(findingGradeDisplayName(finding.grade));
        if (!finding.comments.isEmpty())
            text += QStringLiteral(" \u2013 ") + finding.comments;
        earlier << esc(text);
    }
    m_earlierFinding->setText(earlier.isEmpty() ? tr("None: this is the first round.")
                                                : earlier.join(QStringLiteral("<br>")));
    const FollowUpContent::Standard *s = m_review.newSinceLastRound(standardId);
    if (!s) {
        m_newSinceLastRound->setPlainText(m_review.round() > 1
                                              ? tr("The last follow-up did not concern this "
                                                   "standard.")
                                              : tr("Nothing: no follow-up pack yet."));
        return;
    }
    QString h;
    for (const FollowUpContent::EvidenceChange &e : s->evidence) {
        const QString change = e.change == QLatin1String("new")       ? tr("New evidence")
                               : e.change == QLatin1String("changed") ? tr("Changed evidence")
                                                                      : tr("Newly linked evidence");
        h += QStringLiteral("<p><b>%1:</b> %2").arg(esc(change), esc(e.title));
        if (!e.path.isEmpty())
            h += QStringLiteral(" (%1)").arg(esc(e.path));
        if (!e.url.isEmpty())
            h += QStringLiteral(" (%1)").arg(esc(e.url));
        if (!e.statement.isEmpty())
            h += QStringLiteral("<br>") + esc(e.statement);
        h += QStringLiteral("</p>");
    }
    for (const FollowUpContent::AssessmentChange &a : s->assessments) {
        h +=
            QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(
                    esc(tr("Changed assessment %1:").arg(a.itemCode)),
                    esc(tr("%1 \u2192 %2")
                            .arg(resultDisplayName(resultFromString(a.resultBefore)
                                                       .value_or(AssessmentResult::NotAssessed)),
                                 resultDisplayName(resultFromString(a.resultNow)
                                                       .value_or(AssessmentResult::NotAssessed)))));
        if (a.narrativeBefore != a.narrativeNow)
            h += QStringLiteral("<p>%1</p>").arg(esc(a.narrativeNow));
        if (a.justificationBefore != a.justificationNow)
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(tr("Why it does not apply: %1").arg(a.justificationNow)));
    }
    for (const FollowUpContent::Answer &a : s->answers) {
        h += QStringLiteral("<p><b>%1</b> %2<br>%3</p>")
                 .arg(esc(tr("Required action:")), esc(a.requiredAction),
                      esc(a.answer.isEmpty() ? tr("No answer.") : tr("Answer: %1").arg(a.answer)));
    }
    if (h.isEmpty())
        h = esc(tr("No evidence or assessment changed, and no required action was answered."));
    m_newSinceLastRound->setHtml(h);
}

void AssessorWindow::onOpenFollowUp()
{
    if (m_reviewPath.isEmpty())
        return;
    const QString path = Prompts::openFileName(this, tr("Open follow-up pack"),
                                               tr("Follow-up packs (*.zip);;All files (*)"));
    if (path.isEmpty())
        return;
    Expected<FollowUpRead> read = FollowUpReader::read(path, m_review, m_expectedKey);
    Review applied = m_review;
    Status status = read ? applied.applyFollowUp(*read, path) : Status(read.errors());
    if (!status) {
        Prompts::error(this, tr("Open follow-up pack"), tr("The follow-up pack was not applied."),
                       status.errorString());
        return;
    }
    m_review = applied;
    saveReview();
    m_loading = true;
    m_recommendation->setCurrentIndex(m_recommendation->findData(int(m_review.recommendation)));
    m_loading = false;
    const QString first = read->content.standards.isEmpty()
                              ? m_currentStandard
                              : read->content.standards.first().standardId;
    selectStandard(first);
    statusBar()->showMessage(tr("Applied the follow-up pack as round %1: %n standard(s) to "
                                "assess again.",
                                nullptr, int(read->content.standards.size()))
                                 .arg(m_review.round()));
}

void AssessorWindow::addActionRow(const QString &text, const QDate &due)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_actions->rowCount();
    m_actions->insertRow(row);
    m_actions->setItem(row, 0, new QTableWidgetItem(text));
    m_actions->setItem(row, 1, new QTableWidgetItem(due.toString(Qt::ISODate)));
    m_loading = wasLoading;
}

void AssessorWindow::commitFinding()
{
    if (m_loading || m_currentStandard.isEmpty())
        return;
    StandardFinding *f = m_review.finding(m_currentStandard);
    if (!f)
        return;
    // The form shows every part of the finding, so each replaces what was recorded.
    QList<RequiredAction> actions;
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        const QString text =
            m_actions->item(row, 0) ? m_actions->item(row, 0)->text().trimmed() : QString();
        const QString due =
            m_actions->item(row, 1) ? m_actions->item(row, 1)->text().trimmed() : QString();
        if (!text.isEmpty())
            actions.append({text, QDate::fromString(due, Qt::ISODate)});
    }
    FindingUpdate update;
    update.result = FindingResult(m_result->currentData().toInt());
    update.grade = FindingGrade(m_grade->currentData().toInt());
    update.comments = m_comments->toPlainText();
    update.actions = actions;
    update.applyTo(*f);
    saveReview();
}

void AssessorWindow::setFinding(FindingResult result, FindingGrade grade, const QString &comments,
                                const QList<RequiredAction> &actions)
{
    m_loading = true;
    m_result->setCurrentIndex(m_result->findData(int(result)));
    m_grade->setCurrentIndex(m_grade->findData(int(grade)));
    m_comments->setPlainText(comments);
    m_actions->setRowCount(0);
    for (const RequiredAction &a : actions)
        addActionRow(a.text, a.due);
    m_loading = false;
    commitFinding();
}

void AssessorWindow::commitRecommendation()
{
    if (m_loading || m_reviewPath.isEmpty())
        return;
    m_review.recommendation = Recommendation(m_recommendation->currentData().toInt());
    m_review.summary = m_summary->toPlainText();
    if (!m_assessor->text().trimmed().isEmpty())
        m_review.assessor = m_assessor->text().trimmed();
    saveReview();
}

void AssessorWindow::setRecommendation(Recommendation recommendation, const QString &summary)
{
    m_loading = true;
    m_recommendation->setCurrentIndex(m_recommendation->findData(int(recommendation)));
    m_summary->setPlainText(summary);
    m_loading = false;
    commitRecommendation();
}

void AssessorWindow::saveReview()
{
    if (Status s = FindingUpdate::saveChanged(m_review, m_reviewPath); !s) {
        Prompts::error(this, tr("Save review"), tr("Your review could not be saved."),
                       s.errorString());
        return;
    }
    m_reviewStatus->setText(tr("%1 of %n standard(s) have a finding. Saved in %2.", nullptr,
                               int(m_review.findings.size()))
                                .arg(m_review.findings.size() - m_review.unrecorded())
                                .arg(m_reviewPath));
}

Status AssessorWindow::exportReport(const QString &pdfPath) const
{
    AssessorReportRenderer renderer(m_review);
    // Each finding then shows the criteria of its standard with the service's own result.
    if (m_snapshot) {
        Expected<QHash<QString, AssessorReportRenderer::Criterion>> criteria =
            AssessorReportRenderer::criteriaOf(*m_snapshot);
        if (!criteria)
            return criteria.errors();
        renderer.setCriteria(*criteria);
    }
    return renderer.writePdf(pdfPath);
}

Status AssessorWindow::createResponse(const QString &responsePath, const QString &keyPath) const
{
    Expected<SigningKey> key = SigningKey::load(keyPath);
    if (!key)
        return key.errors();
    Expected<ResponseFile> response = ResponseFile::fromReview(m_review);
    if (!response)
        return response.errors();
    return response->save(responsePath, *key);
}

void AssessorWindow::onExportReport()
{
    const QFileInfo pack(m_packPath);
    const QString path = Prompts::saveFileName(
        this, tr("Export assessor report"),
        pack.absoluteDir().filePath(pack.completeBaseName() + tr("-assessor-report.pdf")),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = exportReport(path); !s)
        Prompts::error(this, tr("Export assessor report"), tr("The report was not written."),
                       s.errorString());
    else
        statusBar()->showMessage(tr("Wrote %1").arg(path), 5000);
}

void AssessorWindow::onCreateResponse()
{
    QString keyPath = SigningKey::defaultPath(QStringLiteral("assessor"));
    if (!QFileInfo::exists(keyPath)) {
        const auto answer = Prompts::question(
            this, tr("Create signed response"),
            tr("You have no assessor key yet. Create one now? It is kept in %1, outside any "
               "pack, and its fingerprint is what the service checks.")
                .arg(keyPath),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return;
        Expected<SigningKey> key = SigningKey::generate();
        Status saved = key ? key->save(keyPath) : Status(key.errors());
        if (!saved) {
            Prompts::error(this, tr("Create signed response"), tr("No key was created."),
                           saved.errorString());
            return;
        }
    }
    const QFileInfo pack(m_packPath);
    const QString path = Prompts::saveFileName(
        this, tr("Create signed response"),
        pack.absoluteDir().filePath(pack.completeBaseName() + tr("-response.json")),
        tr("Responses (*.json)"));
    if (path.isEmpty())
        return;
    if (Status s = createResponse(path, keyPath); !s) {
        Prompts::error(this, tr("Create signed response"), tr("The response was not written."),
                       s.errorString());
        return;
    }
    const Expected<SigningKey> key = SigningKey::load(keyPath);
    statusBar()->showMessage(tr("Wrote %1, signed with key %2: give the service this fingerprint.")
                                 .arg(path, key ? key->fingerprint() : QString()));
}

void AssessorWindow::closePreviews()
{
    for (EvidencePreviewWindow *preview : std::as_const(m_previews)) {
        if (preview) {
            preview->release();
            preview->close();
        }
    }
    m_previews.clear();
}

void AssessorWindow::openEvidence(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 id = index.data(EvidenceModel::EvidenceIdRole).toLongLong();
    const QString path = extractedEvidencePath(id);
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}
