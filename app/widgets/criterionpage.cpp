#include "criterionpage.h"
#include "models/readresult.h"

#include "workspace/personaldataguard.h"
#include "workspace/signoffcoverage.h"

#include "blockericon.h"
#include "commands/linkevidencecommand.h"
#include "commands/setassessmentcommand.h"
#include "common/clock.h"
#include "dialogs/prompts.h"
#include "models/workspacedocument.h"
#include "pack/responseimport.h"
#include "scoring/scoringinput.h"
#include "statusicons.h"
#include "wheelguard.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace seqohs;

namespace {

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    label->setContentsMargins(0, 12, 0, 2);
    return label;
}

QLabel *wrapped(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Quieter than the text but still readable: at least 4.5:1 against the background (WCAG AA).
QColor secondaryTextColour(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor background = palette.color(QPalette::Window);
    for (double share = 0.45; share > 0.0; share -= 0.05) {
        const QColor mixed =
            QColor::fromRgbF(float(text.redF() * (1 - share) + background.redF() * share),
                             float(text.greenF() * (1 - share) + background.greenF() * share),
                             float(text.blueF() * (1 - share) + background.blueF() * share));
        if (contrast(mixed, background) >= 4.6)
            return mixed;
    }
    return text;
}

constexpr int EvidenceIdRole = Qt::UserRole + 1;
constexpr int ActionIdRole = Qt::UserRole + 2;
const char *EvidenceMime = "application/x-seqohs-evidence-ids";

} // namespace

CriterionPage::CriterionPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("criterionPage"));
    setAcceptDrops(true);

    m_content = new QWidget;
    QWidget *content = m_content;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(6);

    m_breadcrumb = wrapped(content);
    m_breadcrumb->setObjectName(QStringLiteral("criterionBreadcrumb"));
    m_code = new QLabel(content);
    m_code->setObjectName(QStringLiteral("criterionCode"));
    m_title = wrapped(content);
    m_title->setObjectName(QStringLiteral("criterionTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_level = wrapped(content);
    m_applicability = wrapped(content);
    auto *head = new QHBoxLayout;
    head->addWidget(m_code);
    head->addWidget(m_level, 1);
    layout->addWidget(m_breadcrumb);
    layout->addLayout(head);
    layout->addWidget(m_title);
    layout->addWidget(m_applicability);
    // The mark and the words together, as in the navigator.
    m_blockerFrame = new QFrame(content);
    m_blockerFrame->setObjectName(QStringLiteral("blockerFrame"));
    m_blockerFrame->setStyleSheet(QStringLiteral(
        "#blockerFrame { background: #fbeae8; border: 1px solid #b83a2e; border-radius: 4px; }"
        " #blockerFrame QLabel { color: #5c1a14; background: transparent; }"));
    auto *blockerIcon = new QLabel(m_blockerFrame);
    blockerIcon->setPixmap(BlockerIcon::icon().pixmap(20, 20));
    m_blocker = wrapped(m_blockerFrame);
    m_blocker->setObjectName(QStringLiteral("blockerBanner"));
    auto *blockerLayout = new QHBoxLayout(m_blockerFrame);
    blockerLayout->setContentsMargins(8, 8, 8, 8);
    blockerLayout->addWidget(blockerIcon, 0, Qt::AlignTop);
    blockerLayout->addWidget(m_blocker, 1);
    m_blockerFrame->hide();
    layout->addWidget(m_blockerFrame);
    m_reconfirm = wrapped(content);
    m_reconfirm->setObjectName(QStringLiteral("reconfirmBanner"));
    m_reconfirm->setStyleSheet(QStringLiteral(
        "QLabel { background: #fbf3e0; border: 1px solid #d99a1e; border-radius: 4px; "
        "padding: 8px; color: #5c4310; }"));
    m_reconfirm->hide();
    layout->addWidget(m_reconfirm);
    m_findings = wrapped(content);
    m_findings->setObjectName(QStringLiteral("assessorFindings"));
    m_findings->setTextFormat(Qt::RichText);
    m_findings->hide();
    layout->addWidget(m_findings);
    // Who signed this off and whether that still holds; a void sign-off says what changed.
    auto *signOffRow = new QHBoxLayout;
    m_signOffs = wrapped(content);
    m_signOffs->setObjectName(QStringLiteral("signOffStatus"));
    m_signOffs->setTextFormat(Qt::RichText);
    auto *signOff = new QPushButton(tr("Sign off\u2026"), content);
    signOff->setObjectName(QStringLiteral("signOffButton"));
    signOff->setToolTip(tr("Sign off this criterion, its standard, its domain or the whole "
                           "self-assessment"));
    connect(signOff, &QPushButton::clicked, this, [this] { emit signOffRequested(m_itemId); });
    signOffRow->addWidget(m_signOffs, 1);
    signOffRow->addWidget(signOff, 0, Qt::AlignTop);
    layout->addLayout(signOffRow);
    m_signOffsVoid = wrapped(content);
    m_signOffsVoid->setObjectName(QStringLiteral("signOffVoid"));
    m_signOffsVoid->setTextFormat(Qt::RichText);
    m_signOffsVoid->setStyleSheet(
        QStringLiteral("QLabel { background: #fbeae8; border: 1px solid #b83a2e; "
                       "border-radius: 4px; padding: 8px; }"));
    m_signOffsVoid->hide();
    layout->addWidget(m_signOffsVoid);

    layout->addWidget(sectionHeading(tr("What is required"), content));
    m_text = wrapped(content);
    layout->addWidget(m_text);
    layout->addWidget(sectionHeading(tr("Guidance"), content));
    m_guidance = wrapped(content);
    layout->addWidget(m_guidance);
    layout->addWidget(sectionHeading(tr("Suggested evidence"), content));
    m_examples = wrapped(content);
    m_examples->setTextFormat(Qt::RichText);
    layout->addWidget(m_examples);

    layout->addWidget(sectionHeading(tr("Your assessment"), content));
    // One field per row, and rows wrap their label above the field when the page is narrow.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setHorizontalSpacing(14);
    m_result = new QComboBox(content);
    m_result->setObjectName(QStringLiteral("resultCombo"));
    for (auto r :
         {AssessmentResult::NotAssessed, AssessmentResult::NotMet, AssessmentResult::PartiallyMet,
          AssessmentResult::Met, AssessmentResult::NotApplicable})
        m_result->addItem(StatusIcons::resultIcon(r), resultDisplayName(r), int(r));
    m_workflow = new QComboBox(content);
    m_workflow->setObjectName(QStringLiteral("workflowCombo"));
    for (auto s : {WorkflowStatus::ToDo, WorkflowStatus::InProgress, WorkflowStatus::ReadyForReview,
                   WorkflowStatus::Done})
        m_workflow->addItem(workflowDisplayName(s), int(s));
    for (QComboBox *box : {m_result, m_workflow}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
        box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }
    m_owner = new QLineEdit(content);
    m_owner->setObjectName(QStringLiteral("ownerEdit"));
    m_owner->setPlaceholderText(tr("Who looks after this"));
    m_reviewed = new QLabel(content);
    form->addRow(tr("&Result:"), m_result);
    form->addRow(tr("&Status:"), m_workflow);
    m_justification = new QLineEdit(content);
    m_justification->setObjectName(QStringLiteral("justificationEdit"));
    m_justification->setPlaceholderText(
        tr("Why this does not apply to the service (needed for not applicable)"));
    m_justificationRow = new QWidget(content);
    auto *justificationLayout = new QVBoxLayout(m_justificationRow);
    justificationLayout->setContentsMargins(0, 0, 0, 0);
    justificationLayout->setSpacing(2);
    auto *justificationLabel = new QLabel(tr("&Justification:"), content);
    justificationLabel->setBuddy(m_justification);
    form->addRow(justificationLabel, m_justificationRow);
    justificationLayout->addWidget(m_justification);
    m_justificationNeeded = wrapped(m_justificationRow);
    m_justificationNeeded->setObjectName(QStringLiteral("justificationNeeded"));
    m_justificationNeeded->setText(
        tr("\u26a0 Not applicable is not saved until you give a justification."));
    m_justificationNeeded->setStyleSheet(QStringLiteral("QLabel { color: #8f2419; }"));
    justificationLayout->addWidget(m_justificationNeeded);
    m_justificationNeeded->hide();
    m_form = form;
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("Last reviewed:"), m_reviewed);
    layout->addLayout(form);
    m_narrative = new QPlainTextEdit(content);
    m_narrative->setObjectName(QStringLiteral("narrativeEdit"));
    m_narrative->setPlaceholderText(
        tr("How the service meets this criterion, in your own words. Name the evidence."));
    m_narrative->setMinimumHeight(110);
    m_narrative->setTabChangesFocus(true);
    // Undo belongs to the workspace's undo stack, which records the typing in steps; the edit's
    // own history would undo it all at once and leave the stack out of step.
    m_narrative->setUndoRedoEnabled(false);
    m_narrative->installEventFilter(this);
    auto *narrativeLabel = new QLabel(tr("&Narrative:"), content);
    narrativeLabel->setBuddy(m_narrative);
    layout->addWidget(narrativeLabel);
    layout->addWidget(m_narrative);
    // Typed text gets the same check as files: said at once, under the field, while typing.
    m_personalData = new QLabel(content);
    m_personalData->setObjectName(QStringLiteral("personalDataWarning"));
    m_personalData->setWordWrap(true);
    m_personalData->setStyleSheet(QStringLiteral("color: #a4262c;"));
    m_personalData->hide();
    layout->addWidget(m_personalData);

    m_evidenceHeading = sectionHeading(tr("Evidence"), content);
    layout->addWidget(m_evidenceHeading);
    auto *addFiles = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")),
                                     tr("Add files\u2026"), content);
    auto *addLink = new QPushButton(tr("Add link\u2026"), content);
    auto *addStatement = new QPushButton(tr("Add statement\u2026"), content);
    auto *linkExisting = new QPushButton(tr("Use existing\u2026"), content);
    m_unlink = new QPushButton(tr("Unlink"), content);
    m_preview = new QPushButton(tr("Preview"), content);
    m_preview->setEnabled(false);
    m_unlink->setEnabled(false);
    // Three to a row, so that the page fits beside the navigator on a small screen.
    auto *evidenceButtons = new QGridLayout;
    evidenceButtons->setHorizontalSpacing(6);
    int column = 0;
    int row = 0;
    for (QPushButton *b : {addFiles, addLink, addStatement, linkExisting, m_unlink, m_preview}) {
        evidenceButtons->addWidget(b, row, column);
        if (++column == 3) {
            column = 0;
            ++row;
        }
    }
    evidenceButtons->setColumnStretch(3, 1);
    layout->addLayout(evidenceButtons);
    m_evidence = new QListWidget(content);
    m_evidence->setObjectName(QStringLiteral("criterionEvidence"));
    m_evidence->setAccessibleName(tr("Evidence for this criterion"));
    m_evidence->setMinimumHeight(90);
    m_evidence->setAlternatingRowColors(true);
    m_evidence->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_evidence->setTextElideMode(Qt::ElideMiddle);
    // One line per item, elided: rows of one height lay out at once however many there are.
    m_evidence->setUniformItemSizes(true);
    layout->addWidget(m_evidence);
    m_dropHint = wrapped(content);
    m_dropHint->setObjectName(QStringLiteral("dropHint"));
    m_dropHint->setTextInteractionFlags(Qt::NoTextInteraction);
    m_dropHint->setText(tr("Drop files here to add them as evidence for this criterion, or drag "
                           "evidence from the library."));
    m_dropHint->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_dropHint);

    auto *actionsHead = new QHBoxLayout;
    m_actionsHeading = sectionHeading(tr("Actions"), content);
    actionsHead->addWidget(m_actionsHeading);
    actionsHead->addStretch();
    auto *addAction = new QPushButton(tr("Add action\u2026"), content);
    actionsHead->addWidget(addAction, 0, Qt::AlignBottom);
    layout->addLayout(actionsHead);
    m_actions = new QListWidget(content);
    m_actions->setObjectName(QStringLiteral("criterionActions"));
    m_actions->setAccessibleName(tr("Actions for this criterion"));
    m_actions->setMinimumHeight(70);
    m_actions->setTextElideMode(Qt::ElideMiddle);
    layout->addWidget(m_actions);
    layout->addStretch();

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("criterionScroll"));
    m_scroll->setAccessibleName(tr("Criterion details"));
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_placeholder = wrapped(this);
    m_placeholder->setObjectName(QStringLiteral("criterionPlaceholder"));
    m_placeholder->setTextInteractionFlags(Qt::NoTextInteraction);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setContentsMargins(24, 24, 24, 24);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(m_scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    auto *guard = new WheelGuard(this);
    guard->guardChildrenOf(content);
    applySecondaryColours();

    m_narrativeTimer = new QTimer(this);
    m_narrativeTimer->setSingleShot(true);
    m_narrativeTimer->setInterval(800);
    connect(m_narrativeTimer, &QTimer::timeout, this,
            [this] { pushAssessment(NarrativeEnd::Pause); });
    connect(m_narrative, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            m_narrativeTimer->start();
        updatePersonalDataWarning();
    });
    connect(m_justification, &QLineEdit::textChanged, this,
            &CriterionPage::updatePersonalDataWarning);
    connect(m_owner, &QLineEdit::textChanged, this, &CriterionPage::updatePersonalDataWarning);
    connect(m_result, &QComboBox::activated, this, &CriterionPage::onResultChosen);
    connect(m_workflow, &QComboBox::activated, this, [this] { pushAssessment(); });
    connect(m_owner, &QLineEdit::editingFinished, this, [this] { pushAssessment(); });
    connect(m_justification, &QLineEdit::editingFinished, this, [this] { pushAssessment(); });
    connect(addFiles, &QPushButton::clicked, this, [this] { emit addFilesRequested(m_itemId); });
    connect(addLink, &QPushButton::clicked, this, [this] { emit addLinkRequested(m_itemId); });
    connect(addStatement, &QPushButton::clicked, this,
            [this] { emit addStatementRequested(m_itemId); });
    connect(linkExisting, &QPushButton::clicked, this,
            [this] { emit linkExistingRequested(m_itemId); });
    connect(addAction, &QPushButton::clicked, this, [this] { emit addActionRequested(m_itemId); });
    connect(m_unlink, &QPushButton::clicked, this, &CriterionPage::unlinkSelected);
    connect(m_evidence, &QListWidget::itemSelectionChanged, this, [this] {
        m_unlink->setEnabled(!m_evidence->selectedItems().isEmpty());
        m_preview->setEnabled(m_evidence->selectedItems().size() == 1);
    });
    connect(m_preview, &QPushButton::clicked, this, [this] {
        const QList<QListWidgetItem *> selected = m_evidence->selectedItems();
        if (selected.size() == 1)
            emit evidencePreviewRequested(selected.first()->data(EvidenceIdRole).toLongLong());
    });
    connect(m_evidence, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit evidenceActivated(item->data(EvidenceIdRole).toLongLong());
    });
    connect(m_actions, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit actionActivated(item->data(ActionIdRole).toLongLong());
    });
    updateEmptyState();
}

void CriterionPage::updateEmptyState()
{
    const bool empty = !m_document || m_itemId.isEmpty();
    m_placeholder->setText(
        !m_document ? tr("Open or create a workspace to assess its criteria.")
                    : tr("Choose a criterion in the navigator to see what is required and record "
                         "your assessment.\nUse the search box or the filters there to find one."));
    m_pages->setCurrentWidget(empty ? static_cast<QWidget *>(m_placeholder) : m_scroll);
}

void CriterionPage::applySecondaryColours()
{
    if (!m_breadcrumb)
        return;
    const QColor secondary = secondaryTextColour(palette());
    for (QLabel *label : {m_breadcrumb, m_dropHint, m_placeholder}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, secondary);
        label->setPalette(p);
    }
    setDropHighlight(false);
}

void CriterionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applySecondaryColours();
    QWidget::changeEvent(event);
}

bool CriterionPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_narrative) {
        if (event->type() == QEvent::ShortcutOverride) {
            // Let the window's Undo and Redo have these keys even while typing.
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
                // Typing not yet saved becomes a step now, so that Undo is enabled for it
                // before the window looks for the shortcut.
                if (key->matches(QKeySequence::Undo))
                    commitPendingEdits();
                event->ignore();
                return true;
            }
        } else if (event->type() == QEvent::FocusOut) {
            // Leaving the narrative ends a step of typing.
            commitPendingEdits();
            m_typingRun = false;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CriterionPage::setDocument(WorkspaceDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(&m_document->workspace(), nullptr, this, nullptr);
    }
    m_document = document;
    m_itemId.clear();
    m_typingRun = false;
    updateEmptyState();
    if (!document)
        return;
    Workspace *ws = &document->workspace();
    connect(ws, &Workspace::assessmentChanged, this, [this](const QString &id) {
        if (id == m_itemId)
            refreshAssessment();
    });
    connect(ws, &Workspace::reconfirmationsChanged, this, &CriterionPage::refreshAssessment);
    connect(ws, &Workspace::signOffsChanged, this, &CriterionPage::refreshSignOffs);
    connect(document, &WorkspaceDocument::readinessChanged, this, [this] {
        refreshBlocker();
        refreshEvidence();
        refreshActions();
    });
    // Undo and redo move away from the typing just recorded: the next typing is a new step.
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (!m_pushing)
            m_typingRun = false;
    });
}

void CriterionPage::showItem(const QString &itemId)
{
    if (!m_document)
        return;
    if (itemId == m_itemId && hasPendingNotApplicable())
        return; // the navigator catching up after the user chose to stay
    commitPendingEdits();
    m_typingRun = false;
    if (itemId != m_itemId && hasPendingNotApplicable()) {
        const QMessageBox::StandardButton answer = Prompts::question(
            this, tr("Not applicable needs a justification"),
            tr("%1 is set to not applicable, but it has no justification, so that result has not "
               "been saved.\n\nCancel to stay on %1 and write the justification, or Discard to "
               "leave its result as it was.")
                .arg(m_item.code),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            // After the view has finished its own handling of the click or key that moved it.
            QTimer::singleShot(0, this, [this, kept = m_itemId] {
                if (kept == m_itemId)
                    emit itemKept(kept);
            });
            m_justification->setFocus();
            return;
        }
    }
    const std::optional<AssessableItem> item =
        m_document->workspace().standardsSet().findAssessable(itemId);
    if (!item) {
        m_itemId.clear();
        updateEmptyState();
        return;
    }
    m_naPending = false;
    // Shown again (the views were reloaded): typing not yet saved stays. Another criterion's
    // text replaces it.
    if (itemId != m_itemId)
        m_narrativeShown = m_narrative->toPlainText();
    m_itemId = itemId;
    m_item = *item;
    m_content->setEnabled(!m_document->workspace().isReadOnly());
    showJustificationNeeded(false);
    refresh();
    updateEmptyState();
    // Each criterion opens at its top, whatever the last one was scrolled to.
    m_scroll->verticalScrollBar()->setValue(0);
    m_scroll->horizontalScrollBar()->setValue(0);
}

void CriterionPage::updatePersonalDataWarning()
{
    QStringList where;
    if (!PersonalDataGuard::scanText(m_narrative->toPlainText()).isClean())
        where << tr("the narrative");
    if (!PersonalDataGuard::scanText(m_justification->text()).isClean())
        where << tr("the justification");
    if (!PersonalDataGuard::scanText(m_owner->text()).isClean())
        where << tr("the owner");
    m_personalData->setVisible(!where.isEmpty());
    if (!where.isEmpty()) {
        m_personalData->setText(
            tr("What you typed in %1 looks like an NHS number or a date of birth. Patient-"
               "identifiable data does not belong in a self-assessment: please take it out.")
                .arg(where.join(tr(" and "))));
    }
}

bool CriterionPage::confirmLeave()
{
    if (!hasPendingNotApplicable())
        return true;
    const QMessageBox::StandardButton answer = Prompts::question(
        this, tr("Not applicable needs a justification"),
        tr("%1 is set to not applicable, but it has no justification, so that result has not "
           "been saved.\n\nCancel to go back and write the justification, or Discard to leave "
           "its result as it was.")
            .arg(m_item.code),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard) {
        m_justification->setFocus();
        return false;
    }
    m_naPending = false;
    return true;
}

bool CriterionPage::hasPendingNotApplicable() const
{
    return m_naPending && !m_itemId.isEmpty() &&
           AssessmentResult(m_result->currentData().toInt()) == AssessmentResult::NotApplicable &&
           m_justification->text().trimmed().isEmpty();
}

void CriterionPage::showJustificationNeeded(bool on)
{
    m_justificationNeeded->setVisible(on);
    m_justification->setStyleSheet(on ? QStringLiteral("QLineEdit { border: 1px solid #b83a2e; }")
                                      : QString());
}

void CriterionPage::refresh()
{
    const StandardsSet &set = m_document->workspace().standardsSet();
    const Domain &domain = set.domains.at(m_item.domainIndex);
    const Standard &standard = domain.standards.at(m_item.standardIndex);
    const bool whole = m_item.criterionIndex < 0;
    const Criterion *criterion = whole ? nullptr : &standard.criteria.at(m_item.criterionIndex);

    m_breadcrumb->setText(whole ? QString(domain.code + QLatin1Char(' ') + domain.title)
                                : QString(domain.code + QLatin1Char(' ') + domain.title +
                                          QStringLiteral("  \u203a  ") + standard.code +
                                          QLatin1Char(' ') + standard.title));
    m_code->setText(QStringLiteral("<b>%1</b>").arg(m_item.code.toHtmlEscaped()));
    m_title->setText(m_item.title);
    m_level->setText(m_item.level == Level::Must
                         ? tr("<span style='background:#4a5568;color:white;padding:2px 6px;"
                              "border-radius:3px'>&nbsp;MUST&nbsp;</span> required by law")
                     : m_item.level == Level::Should ? tr("should")
                                                     : QString());
    m_applicability->setText(m_item.appliesTo.isEmpty()
                                 ? QString()
                                 : tr("Applies to services marked: %1")
                                       .arg(m_item.appliesTo.join(QStringLiteral(", "))));
    m_applicability->setVisible(!m_item.appliesTo.isEmpty());
    const QString text = whole ? standard.text : criterion->text;
    const QString guidance = whole ? standard.guidance : criterion->guidance;
    const QStringList examples = whole ? standard.evidenceExamples : criterion->evidenceExamples;
    m_text->setText(text.isEmpty() ? tr("No text in this standards set.") : text);
    m_guidance->setText(guidance.isEmpty() ? tr("No guidance in this standards set.") : guidance);
    QString list;
    for (const QString &e : examples)
        list += QStringLiteral("<li>%1</li>").arg(e.toHtmlEscaped());
    m_examples->setText(list.isEmpty() ? tr("None suggested.")
                                       : QStringLiteral("<ul style='margin:0'>%1</ul>").arg(list));
    refreshAssessment();
    refreshBlocker();
    refreshEvidence();
    refreshActions();
    refreshSignOffs();
}

void CriterionPage::refreshSignOffs()
{
    if (!m_document || m_itemId.isEmpty())
        return;
    const Workspace &ws = m_document->workspace();
    const std::optional<QList<SignOff>> all = shown(ws.signOffs());
    if (!all)
        return;
    const SignOffCoverage::ItemSignOffs mine =
        SignOffCoverage::byItem(ws.standardsSet(), *all).value(m_itemId);
    QString voided;
    for (const SignOff &s : mine.voided) {
        const std::optional<QStringList> changes = shown(ws.signOffChanges(s));
        QString list;
        for (const QString &c : changes.value_or(QStringList()))
            list += QStringLiteral("<li>") + c.toHtmlEscaped() + QStringLiteral("</li>");
        voided += QStringLiteral("<p style='margin:0 0 4px 0'><b>%1</b></p><ul style='margin:0'>"
                                 "%2</ul>")
                      .arg(tr("\u26a0 The sign-off of %1 by %2 on %3 is void: what it covers "
                              "changed since. What changed:")
                               .arg(SignOffCoverage::describe(ws.standardsSet(), s.scope, s.target),
                                    s.signer,
                                    QLocale().toString(s.signedAt.toLocalTime().date(),
                                                       QLocale::ShortFormat))
                               .toHtmlEscaped(),
                           list);
    }
    m_signOffsVoid->setText(voided);
    m_signOffsVoid->setVisible(!voided.isEmpty());
    QString holding;
    for (const SignOff &s : mine.holding) {
        holding +=
            QStringLiteral("<p style='margin:0 0 4px 0'>%1</p>")
                .arg(tr("\u2714 Signed off by %1 on %2 (%3).")
                         .arg(s.signer,
                              QLocale().toString(s.signedAt.toLocalTime().date(),
                                                 QLocale::ShortFormat),
                              SignOffCoverage::describe(ws.standardsSet(), s.scope, s.target))
                         .toHtmlEscaped());
    }
    m_signOffs->setText(holding.isEmpty() ? tr("Not signed off.").toHtmlEscaped() : holding);
    m_signOffs->setStyleSheet(
        !holding.isEmpty() ? QStringLiteral("QLabel { background: #e8f1f1; border: 1px solid "
                                            "#2f6f73; border-radius: 4px; padding: 8px; }")
                           : QString());
}

void CriterionPage::refreshBlocker()
{
    if (!m_document || m_itemId.isEmpty())
        return;
    // The core's checks decide what blocks readiness; the page only says so in words.
    QStringList why;
    for (const ReadinessCheck &check : m_document->readiness().checks) {
        if (check.severity != ReadinessCheck::Severity::Blocker || check.itemId != m_itemId)
            continue;
        if (check.kind == ReadinessCheck::Kind::MustNotMet) {
            const AssessmentResult result =
                shown(m_document->workspace().assessment(m_itemId)).value_or(Assessment{}).result;
            why << tr("it is a must criterion and it is %1.")
                       .arg(resultDisplayName(result).toLower());
        } else if (check.kind == ReadinessCheck::Kind::MustWithoutCurrentEvidence) {
            why << tr("it is a must criterion marked met, but none of its evidence is current.");
        } else {
            why << check.message;
        }
    }
    m_blocker->setText(
        why.isEmpty() ? QString()
                      : tr("This criterion blocks readiness: %1 Any unmet must criterion keeps the "
                           "service from being ready, whatever its percentage.")
                            .arg(why.join(QLatin1Char(' '))));
    m_blocker->setAccessibleName(m_blocker->text());
    m_blockerFrame->setVisible(!why.isEmpty());
}

void CriterionPage::refreshAssessment()
{
    if (!m_document || m_itemId.isEmpty())
        return;
    // Typing not saved yet goes in first, checked against what the person saw: when someone
    // else has changed the criterion meanwhile (a team workspace), the two are combined, the
    // person choosing where both changed the same field; if they cancel, the typing stays on
    // screen instead of being replaced by the other person's words.
    commitPendingEdits();
    const std::optional<Assessment> read = shown(m_document->workspace().assessment(m_itemId));
    if (!read)
        return;
    const Assessment &a = *read;
    const std::optional<Reconfirmation> again =
        found(m_document->workspace().reconfirmation(m_itemId));
    if (again) {
        QStringList from;
        for (const Reconfirmation::Source &source : again->sources)
            from << tr("%1 (%2, %3)").arg(source.code, source.relation, source.result);
        m_reconfirm->setText(tr("\u27f3 Needs re-confirmation after the move to this standards "
                                "set. %1\nCarried from: %2. Confirm it on the Re-confirm page, "
                                "or choose a new result here.")
                                 .arg(again->reason, from.join(QStringLiteral(", "))));
    }
    m_reconfirm->setVisible(again.has_value());
    // What the assessor found, from imported responses; a later change to the item means the
    // finding may no longer describe it.
    QString findings;
    for (const ImportedFinding &f :
         shown(ResponseImport::findingsFor(m_document->workspace(), m_itemId))
             .value_or(QList<ImportedFinding>())) {
        findings +=
            QStringLiteral("<p style='margin:0 0 4px 0'>%1%2</p>")
                .arg(f.displayText().toHtmlEscaped(),
                     f.needsReReview ? tr(" <b>Changed since the response: needs re-review.</b>")
                                     : QString());
    }
    if (!findings.isEmpty()) {
        const std::optional<std::optional<Calibration>> calibration =
            shown(ResponseImport::calibration(m_document->workspace()));
        const AssessableItem item = m_item;
        const StandardsSet &set = m_document->workspace().standardsSet();
        if (calibration && *calibration && item.domainIndex >= 0) {
            const Standard &standard =
                set.domains.at(item.domainIndex).standards.at(item.standardIndex);
            if (const Calibration::StandardRow *row = (*calibration)->forStandard(standard.id)) {
                findings +=
                    QStringLiteral("<p style='margin:0'>%1</p>")
                        .arg(tr("Your own view of standard %1 beside the latest finding: "
                                "%2 against the assessor's %3 (%4).")
                                 .arg(standard.code,
                                      Calibration::serviceViewDisplayName(row->service),
                                      findingResultDisplayName(row->assessor),
                                      Calibration::comparisonDisplayName(row->comparison).toLower())
                                 .toHtmlEscaped());
            }
        }
    }
    m_findings->setText(findings);
    m_findings->setStyleSheet(
        findings.contains(QLatin1String("re-review"))
            ? QStringLiteral("QLabel { background: #fbeae8; border: 1px solid #b83a2e; "
                             "border-radius: 4px; padding: 8px; }")
            : QStringLiteral("QLabel { background: #e8f1f1; border: 1px solid #2f6f73; "
                             "border-radius: 4px; padding: 8px; }"));
    m_findings->setVisible(!findings.isEmpty());
    // A not-applicable result waiting for its justification stays on screen while the rest of
    // the assessment is saved.
    const bool pending = hasPendingNotApplicable();
    m_updating = true;
    if (!pending)
        m_result->setCurrentIndex(m_result->findData(int(a.result)));
    m_workflow->setCurrentIndex(m_workflow->findData(int(a.workflow)));
    if (!m_owner->hasFocus())
        m_owner->setText(a.owner);
    if (!m_justification->hasFocus())
        m_justification->setText(a.justification);
    m_form->setRowVisible(m_justificationRow, pending ||
                                                  a.result == AssessmentResult::NotApplicable ||
                                                  !a.justification.isEmpty());
    showJustificationNeeded(pending);
    // While this page's own save is stored, what is stored is what to show: it may be
    // someone else's text the person chose over theirs (ConflictDialog).
    const bool unsaved = !m_pushing && m_narrative->toPlainText() != m_narrativeShown;
    if (m_narrative->toPlainText() == a.narrative) {
        m_narrativeShown = a.narrative;
    } else if (!unsaved && !m_narrativeTimer->isActive()) {
        m_narrative->setPlainText(a.narrative);
        m_narrative->moveCursor(QTextCursor::End);
        m_narrativeShown = a.narrative;
    }
    // What the person sees now: a save is combined with someone else's change against it.
    m_seen = a;
    m_seen.narrative = m_narrativeShown;
    m_reviewed->setText(a.lastReviewed.isValid()
                            ? QLocale().toString(a.lastReviewed.toLocalTime(), QLocale::ShortFormat)
                            : tr("Never"));
    m_updating = false;
}

void CriterionPage::refreshEvidence()
{
    if (!m_document || m_itemId.isEmpty())
        return;
    // From the document's in-memory input: refreshed after every edit, so no file reads here.
    const ScoringInput &input = m_document->scoringInput();
    const Readiness &r = m_document->readiness();
    // The evidence and the currency lists are in id order: look up this item's few hundred
    // links there rather than index tens of thousands of items on every refresh.
    const auto inIdOrder = [](const QList<qint64> &ids, qint64 id) {
        return std::binary_search(ids.cbegin(), ids.cend(), id);
    };
    const auto evidenceWithId = [&input](qint64 id) -> const EvidenceItem * {
        const auto at =
            std::lower_bound(input.evidence.cbegin(), input.evidence.cend(), id,
                             [](const EvidenceItem &e, qint64 wanted) { return e.id < wanted; });
        return at != input.evidence.cend() && at->id == id ? &*at : nullptr;
    };
    m_evidence->setUpdatesEnabled(false);
    m_evidence->clear();
    for (const EvidenceLink &l : input.links) {
        if (l.itemId != m_itemId)
            continue;
        const EvidenceItem *e = evidenceWithId(l.evidenceId);
        if (!e)
            continue;
        const auto currency =
            inIdOrder(r.currency.expiredIds, e->id)    ? StatusIcons::Currency::Expired
            : inIdOrder(r.currency.expiringIds, e->id) ? StatusIcons::Currency::ExpiringSoon
            : e->reviewBy.isValid()                    ? StatusIcons::Currency::Current
                                                       : StatusIcons::Currency::None;
        QString line = e->title;
        line += QStringLiteral("  \u00b7  ") + (e->kind == EvidenceItem::Kind::File ? tr("file")
                                                : e->kind == EvidenceItem::Kind::Link
                                                    ? tr("link")
                                                    : tr("statement"));
        if (e->reviewBy.isValid())
            line += QStringLiteral("  \u00b7  ") +
                    tr("review by %1").arg(QLocale().toString(e->reviewBy, QLocale::ShortFormat));
        line += QStringLiteral("  \u00b7  ") + StatusIcons::currencyText(currency);
        if (!l.note.isEmpty())
            line += QStringLiteral("  \u2014  ") + l.note;
        // Complete before it joins the list: a change to an item in a list finds its row by
        // searching the list.
        auto *item = new QListWidgetItem(StatusIcons::currencyIcon(currency), line);
        item->setData(EvidenceIdRole, e->id);
        item->setToolTip(e->description.isEmpty() ? e->title : e->description);
        m_evidence->addItem(item);
    }
    m_evidence->setUpdatesEnabled(true);
    m_evidenceHeading->setText(tr("Evidence (%1)").arg(m_evidence->count()));
    m_unlink->setEnabled(false);
}

void CriterionPage::refreshActions()
{
    if (!m_document || m_itemId.isEmpty())
        return;
    const QDate asOf = m_document->asOf();
    m_actions->clear();
    // The criterion's own actions, and those on its whole standard.
    QString standardId;
    const StandardsSet &set = m_document->workspace().standardsSet();
    if (m_item.criterionIndex >= 0 && m_item.domainIndex >= 0 &&
        m_item.domainIndex < set.domains.size()) {
        const Domain &domain = set.domains.at(m_item.domainIndex);
        if (m_item.standardIndex >= 0 && m_item.standardIndex < domain.standards.size())
            standardId = domain.standards.at(m_item.standardIndex).id;
    }
    for (const Action &a : m_document->scoringInput().actions) {
        const bool onStandard = !standardId.isEmpty() && a.itemId == standardId;
        if (a.itemId != m_itemId && !onStandard)
            continue;
        QString line = a.text;
        if (onStandard)
            line += QStringLiteral("  \u00b7  ") + tr("whole standard");
        if (!a.owner.isEmpty())
            line += QStringLiteral("  \u00b7  ") + a.owner;
        if (a.due.isValid())
            line += QStringLiteral("  \u00b7  ") +
                    tr("due %1").arg(QLocale().toString(a.due, QLocale::ShortFormat));
        const bool overdue = a.isOverdueOn(asOf);
        if (overdue)
            line += QStringLiteral("  \u00b7  ") + tr("overdue");
        const QIcon icon = overdue ? StatusIcons::currencyIcon(StatusIcons::Currency::Expired)
                           : a.status == Action::Status::Done
                               ? StatusIcons::resultIcon(AssessmentResult::Met)
                               : StatusIcons::resultIcon(AssessmentResult::NotAssessed);
        auto *item = new QListWidgetItem(icon, line, m_actions);
        item->setData(ActionIdRole, a.id);
    }
    m_actionsHeading->setText(tr("Actions (%1)").arg(m_actions->count()));
}

void CriterionPage::onResultChosen()
{
    const auto result = AssessmentResult(m_result->currentData().toInt());
    if (result == AssessmentResult::NotApplicable && m_justification->text().trimmed().isEmpty()) {
        // Not applicable needs a reason: ask for it before anything is recorded, and say so.
        m_naPending = true;
        m_form->setRowVisible(m_justificationRow, true);
        showJustificationNeeded(true);
        m_justification->setFocus();
        return;
    }
    m_naPending = false;
    pushAssessment();
}

void CriterionPage::pushAssessment(NarrativeEnd end)
{
    if (m_updating || !m_document || m_itemId.isEmpty())
        return;
    m_narrativeTimer->stop();
    // Without the stored assessment the fields not on this page would be blanked: stop.
    const std::optional<Assessment> read = shown(m_document->workspace().assessment(m_itemId));
    if (!read)
        return;
    const Assessment &before = *read;
    Assessment after = before;
    after.result = AssessmentResult(m_result->currentData().toInt());
    after.workflow = WorkflowStatus(m_workflow->currentData().toInt());
    after.owner = m_owner->text().trimmed();
    after.justification = m_justification->text().trimmed();
    after.narrative = m_narrative->toPlainText();
    if (after.result == AssessmentResult::NotApplicable && after.justification.isEmpty()) {
        // Waits for the justification; the rest of the assessment may still be saved.
        m_naPending = true;
        m_form->setRowVisible(m_justificationRow, true);
        showJustificationNeeded(true);
        if (before.result == AssessmentResult::NotApplicable)
            return;
        after.result = before.result;
        after.justification = before.justification;
    } else {
        m_naPending = false;
        showJustificationNeeded(false);
    }
    after.lastReviewed = Clock::now();
    Assessment comparable = after;
    comparable.lastReviewed = before.lastReviewed;
    if (comparable == before)
        return;
    auto *command = new SetAssessmentCommand(
        m_document, after,
        m_seen.itemId == m_itemId ? std::optional<Assessment>(m_seen) : std::nullopt);
    command->setContinuesTyping(m_typingRun);
    // A pause in the middle of a word does not end a step of typing; a word boundary does.
    const QString text = after.narrative;
    const bool midWord = !text.isEmpty() && !text.back().isSpace() && !text.back().isPunct();
    const bool narrativeOnly = command->isNarrativeOnly();
    m_pushing = true;
    m_document->undoStack()->push(command);
    m_pushing = false;
    m_typingRun = narrativeOnly && end == NarrativeEnd::Pause && midWord;
}

void CriterionPage::commitPendingEdits()
{
    if (m_narrativeTimer->isActive())
        pushAssessment(NarrativeEnd::Boundary);
}

void CriterionPage::saveKeptTyping()
{
    if (m_document && !m_itemId.isEmpty() && m_narrative->toPlainText() != m_narrativeShown)
        pushAssessment(NarrativeEnd::Boundary);
}

void CriterionPage::reload()
{
    if (m_document && !m_itemId.isEmpty())
        refresh();
}

void CriterionPage::setResult(int result)
{
    m_result->setCurrentIndex(m_result->findData(result));
    onResultChosen();
}

void CriterionPage::setJustification(const QString &text)
{
    m_justification->setText(text);
    pushAssessment();
}

void CriterionPage::setNarrative(const QString &text)
{
    m_narrative->setPlainText(text);
    pushAssessment();
}

void CriterionPage::unlinkSelected()
{
    const QList<QListWidgetItem *> selected = m_evidence->selectedItems();
    if (selected.isEmpty() || !m_document)
        return;
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Unlink evidence"));
    for (QListWidgetItem *item : selected) {
        EvidenceLink link{item->data(EvidenceIdRole).toLongLong(), m_itemId, QString()};
        stack->push(new LinkEvidenceCommand(m_document, link, LinkEvidenceCommand::Unlink));
    }
    stack->endMacro();
}

void CriterionPage::setDropHighlight(bool on)
{
    m_dropHint->setStyleSheet(
        on ? QStringLiteral("QLabel { border: 2px solid #2f6f73; border-radius: 6px; padding: 10px;"
                            " color: #1f4f52; background: #e8f1f1; }")
           : QStringLiteral("QLabel { border: 1px dashed palette(mid); border-radius: 6px; "
                            "padding: 10px; color: %1; }")
                 .arg(secondaryTextColour(palette()).name()));
}

void CriterionPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_content->isEnabled() || m_itemId.isEmpty())
        return;
    const QMimeData *mime = event->mimeData();
    bool acceptable = mime->hasFormat(QLatin1String(EvidenceMime));
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls())
            acceptable = acceptable || url.isLocalFile();
    }
    if (acceptable) {
        setDropHighlight(true);
        event->acceptProposedAction();
    }
}

void CriterionPage::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHighlight(false);
    QWidget::dragLeaveEvent(event);
}

void CriterionPage::dropEvent(QDropEvent *event)
{
    setDropHighlight(false);
    const QMimeData *mime = event->mimeData();
    if (mime->hasFormat(QLatin1String(EvidenceMime))) {
        const QList<QByteArray> ids = mime->data(QLatin1String(EvidenceMime)).split(',');
        QUndoStack *stack = m_document->undoStack();
        stack->beginMacro(tr("Link evidence"));
        for (const QByteArray &id : ids) {
            EvidenceLink link{id.toLongLong(), m_itemId, QString()};
            stack->push(new LinkEvidenceCommand(m_document, link, LinkEvidenceCommand::Link));
        }
        stack->endMacro();
        event->acceptProposedAction();
        return;
    }
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        emit filesDropped(m_itemId, paths);
    }
}
