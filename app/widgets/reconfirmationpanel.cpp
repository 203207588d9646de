#include "reconfirmationpanel.h"
#include "models/readresult.h"

#include "commands/reconfirmitemcommand.h"
#include "models/workspacedocument.h"
#include "wheelguard.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace seqohs;

ReconfirmationPanel::ReconfirmationPanel(QWidget *parent)
    : QWidget(parent)
{
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Items that need re-confirmation"));
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_why = new QLabel(this);
    m_why->setWordWrap(true);
    m_from = new QLabel(this);
    m_from->setWordWrap(true);
    m_carried = new QPlainTextEdit(this);
    m_carried->setReadOnly(true);
    m_carried->setTabChangesFocus(true);
    m_carried->setAccessibleName(tr("What was carried"));
    m_result = new QComboBox(this);
    for (AssessmentResult r : {AssessmentResult::NotMet, AssessmentResult::PartiallyMet,
                               AssessmentResult::Met, AssessmentResult::NotApplicable}) {
        m_result->addItem(resultDisplayName(r), int(r));
    }
    m_result->setAccessibleName(tr("New result"));
    auto *guard = new WheelGuard(this);
    guard->guard(m_result);
    m_justification = new QLineEdit(this);
    m_justification->setPlaceholderText(tr("Why it does not apply (for not applicable)"));
    m_justification->setAccessibleName(tr("Justification for not applicable"));
    m_confirm = new QPushButton(tr("&Confirm"), this);
    m_confirm->setToolTip(tr("What was carried answers this criterion: keep the result."));
    m_change = new QPushButton(tr("C&hange result"), this);
    m_open = new QPushButton(tr("&Open the item"), this);

    auto *details = new QFormLayout;
    details->addRow(tr("Why:"), m_why);
    details->addRow(tr("From:"), m_from);
    auto *changeRow = new QHBoxLayout;
    changeRow->addWidget(m_result);
    changeRow->addWidget(m_justification, 1);
    changeRow->addWidget(m_change);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_title);
    layout->addLayout(details);
    layout->addWidget(new QLabel(tr("What was carried:"), this));
    layout->addWidget(m_carried, 1);
    layout->addLayout(changeRow);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ReconfirmationPanel::showCurrent);
    connect(m_list, &QListWidget::itemActivated, this, [this]() {
        if (!currentItemId().isEmpty())
            Q_EMIT itemActivated(currentItemId());
    });
    connect(m_open, &QPushButton::clicked, this, [this]() {
        if (!currentItemId().isEmpty())
            Q_EMIT itemActivated(currentItemId());
    });
    connect(m_confirm, &QPushButton::clicked, this, &ReconfirmationPanel::confirmCurrent);
    connect(m_change, &QPushButton::clicked, this, &ReconfirmationPanel::onChange);
    reload();
}

void ReconfirmationPanel::setDocument(WorkspaceDocument *document)
{
    setWorkspace(document ? &document->workspace() : nullptr);
    m_document = document;
}

void ReconfirmationPanel::setWorkspace(Workspace *workspace)
{
    m_document = nullptr;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::reconfirmationsChanged, this,
                &ReconfirmationPanel::reload);
        connect(m_workspace, &Workspace::standardsSetChanged, this, &ReconfirmationPanel::reload);
        connect(m_workspace, &Workspace::assessmentChanged, this, &ReconfirmationPanel::reload);
    }
    reload();
}

QString ReconfirmationPanel::currentItemId() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).item.id : QString();
}

void ReconfirmationPanel::selectItem(const QString &itemId)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).item.id == itemId)
            m_list->setCurrentRow(row);
    }
}

void ReconfirmationPanel::reload()
{
    const QString keep = currentItemId();
    const int keepRow = qMax(0, m_list->currentRow());
    m_entries = m_workspace ? shown(ReconfirmationQueue::entries(*m_workspace))
                                  .value_or(QList<ReconfirmationQueue::Entry>())
                            : QList<ReconfirmationQueue::Entry>();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int select = -1;
    for (int row = 0; row < m_entries.size(); ++row) {
        const ReconfirmationQueue::Entry &e = m_entries.at(row);
        m_list->addItem(e.item.code + QStringLiteral("  ") + e.item.title);
        if (e.item.id == keep)
            select = row;
    }
    // After an item leaves, the next one takes its place, so the lead can work straight down.
    if (select < 0 && !m_entries.isEmpty())
        select = qMin(keepRow, int(m_entries.size()) - 1);
    m_list->setCurrentRow(select);
    m_heading->setText(m_entries.isEmpty()
                           ? tr("Nothing needs re-confirmation.")
                           : tr("%n item(s) need a fresh look after the move to another "
                                "standards set.",
                                nullptr, int(m_entries.size())));
    showCurrent();
    Q_EMIT countChanged(int(m_entries.size()));
}

void ReconfirmationPanel::showCurrent()
{
    const int row = m_list->currentRow();
    const bool has = row >= 0 && row < m_entries.size();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_confirm, m_change, m_open, m_result, m_justification})
        w->setEnabled(has);
    if (!has) {
        m_title->clear();
        m_why->clear();
        m_from->clear();
        m_carried->clear();
        return;
    }
    const ReconfirmationQueue::Entry &e = m_entries.at(row);
    m_title->setText(e.item.code + QStringLiteral("  ") + e.item.title);
    m_why->setText(e.flag.reason);
    QStringList from;
    for (const Reconfirmation::Source &s : e.flag.sources)
        from << tr("%1 (%2, was %3)").arg(s.code, s.relation, s.result);
    m_from->setText(from.join(QStringLiteral("; ")));
    QString carried = tr("Result now: %1").arg(resultDisplayName(e.current.result));
    if (!e.flag.suggestedResult.isEmpty())
        carried +=
            QLatin1Char('\n') + tr("Suggested by the sources: %1").arg(e.flag.suggestedResult);
    if (!e.current.narrative.isEmpty())
        carried += QStringLiteral("\n\n") + e.current.narrative;
    m_carried->setPlainText(carried);
    const std::optional<AssessmentResult> suggested = resultFromString(e.flag.suggestedResult);
    const AssessmentResult preset = e.current.result != AssessmentResult::NotAssessed
                                        ? e.current.result
                                        : suggested.value_or(AssessmentResult::NotMet);
    m_result->setCurrentIndex(qMax(0, m_result->findData(int(preset))));
    m_justification->setText(e.current.justification);
}

// A flag that could not be read counts as still there: the window shows the failed read, and the
// panel does not move on as if the item were done.
bool ReconfirmationPanel::stillFlagged(const QString &itemId) const
{
    const std::optional<std::optional<Reconfirmation>> flag =
        shown(m_workspace->reconfirmation(itemId));
    return !flag || flag->has_value();
}

bool ReconfirmationPanel::confirmCurrent()
{
    const QString id = currentItemId();
    if (!m_document || id.isEmpty())
        return false;
    // The command reports a failure through the document, which the window shows.
    m_document->undoStack()->push(new ReconfirmItemCommand(m_document, id));
    if (stillFlagged(id))
        return false;
    reload();
    Q_EMIT itemCleared(id);
    return true;
}

bool ReconfirmationPanel::changeCurrent(AssessmentResult result, const QString &justification)
{
    const QString id = currentItemId();
    if (!m_document || id.isEmpty())
        return false;
    m_document->undoStack()->push(new ReconfirmItemCommand(m_document, id, result, justification));
    if (stillFlagged(id))
        return false;
    reload();
    Q_EMIT itemCleared(id);
    return true;
}

void ReconfirmationPanel::onChange()
{
    changeCurrent(AssessmentResult(m_result->currentData().toInt()), m_justification->text());
}
