#include "assignmentsdialog.h"

#include "commands/assigncommand.h"
#include "models/readresult.h"
#include "models/workspacedocument.h"
#include "workspace/assignedwork.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace seqohs;

AssignmentsDialog::AssignmentsDialog(WorkspaceDocument *document, const QString &itemId,
                                     QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Assignments"));
    const Workspace &ws = document->workspace();
    const StandardsSet &set = ws.standardsSet();

    auto *intro = new QLabel(
        tr("Each person is responsible for the criteria, standards and domains assigned to "
           "them, and for every item under them: their items are the ones View > My items "
           "shows. On a team workspace a contributor may change only what is assigned to them, "
           "and only a lead may assign."),
        this);
    intro->setWordWrap(true);

    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("assignPerson"));
    m_person->setEditable(true);
    m_person->setAccessibleName(tr("Person"));
    m_person->setToolTip(tr("The name their changes are recorded under; on a team workspace, "
                            "their login."));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("assignScope"));
    m_scope->setAccessibleName(tr("What to assign"));
    // Every domain, standard and criterion, indented as in the navigator.
    int current = -1;
    for (const Domain &domain : set.domains) {
        m_scope->addItem(tr("Domain %1 %2").arg(domain.code, domain.title), domain.id);
        for (const Standard &standard : domain.standards) {
            if (standard.id == itemId)
                current = m_scope->count();
            m_scope->addItem(QStringLiteral("    ") + standard.code + QLatin1Char(' ') +
                                 standard.title,
                             standard.id);
            for (const Criterion &criterion : standard.criteria) {
                if (criterion.id == itemId)
                    current = m_scope->count();
                m_scope->addItem(QStringLiteral("        ") + criterion.code + QLatin1Char(' ') +
                                     criterion.title,
                                 criterion.id);
            }
        }
    }
    if (current >= 0)
        m_scope->setCurrentIndex(current);
    m_assign = new QPushButton(tr("&Assign"), this);
    m_assign->setEnabled(!ws.isReadOnly());
    connect(m_assign, &QPushButton::clicked, this, &AssignmentsDialog::assignChosen);

    auto *form = new QFormLayout;
    form->addRow(tr("&Person:"), m_person);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scope, 1);
    scopeRow->addWidget(m_assign);
    // A row of a layout gets no buddy by itself: the label is made here for its shortcut.
    auto *scopeLabel = new QLabel(tr("&Responsible for:"), this);
    scopeLabel->setBuddy(m_scope);
    form->addRow(scopeLabel, scopeRow);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("assignmentTable"));
    m_table->setHorizontalHeaderLabels({tr("Person"), tr("Responsible for"), tr("Progress")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Assignments"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_takeBack = buttons->addButton(tr("&Take back"), QDialogButtonBox::ActionRole);
    m_takeBack->setEnabled(false);
    connect(m_takeBack, &QPushButton::clicked, this, &AssignmentsDialog::takeBackSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_takeBack->setEnabled(!m_document->workspace().isReadOnly() &&
                               !m_table->selectedItems().isEmpty());
    });
    connect(&ws, &Workspace::assignmentsChanged, this, &AssignmentsDialog::reload);
    connect(&ws, &Workspace::assessmentChanged, this, &AssignmentsDialog::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    reload();
    m_person->setCurrentText(ws.person());
    resize(820, 480);
}

void AssignmentsDialog::reload()
{
    const Workspace &ws = m_document->workspace();
    m_assignments = shown(ws.assignments()).value_or(QList<Assignment>());
    const std::optional<ServiceProfile> profile = shown(ws.profile());
    const QHash<QString, Assessment> assessments =
        shown(ws.assessments()).value_or(QHash<QString, Assessment>());
    const AssignedWork work(ws.standardsSet(), m_assignments,
                            profile ? profile->tags() : QStringList());
    QHash<QString, AssignedWork::Progress> progress;
    for (const AssignedWork::Progress &p : work.progress(assessments))
        progress.insert(p.member, p);

    // Everyone known so far, for the person box; what was typed stays.
    const QString typed = m_person->currentText();
    QStringList people = work.members();
    if (!people.contains(ws.person()))
        people.prepend(ws.person());
    m_person->clear();
    m_person->addItems(people);
    m_person->setCurrentText(typed);

    m_table->setRowCount(int(m_assignments.size()));
    for (int row = 0; row < m_assignments.size(); ++row) {
        const Assignment &a = m_assignments.at(row);
        const AssignedWork::Progress p = progress.value(a.member);
        const QStringList cells{
            a.member, AssignedWork::describe(ws.standardsSet(), a.scopeId),
            tr("%1 of %2 assessed, %3 done").arg(p.assessed).arg(p.items).arg(p.done)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    m_takeBack->setEnabled(!ws.isReadOnly() && !m_table->selectedItems().isEmpty());
}

void AssignmentsDialog::assignChosen()
{
    const QString person = m_person->currentText().trimmed();
    const QString scopeId = m_scope->currentData().toString();
    // A refused assignment (no person, assigned already, not permitted) is reported by the
    // command, which the stack then drops.
    m_document->undoStack()->push(new AssignCommand(m_document, {person, scopeId}, true));
}

void AssignmentsDialog::takeBackSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_assignments.size())
        return;
    m_document->undoStack()->push(new AssignCommand(m_document, m_assignments.at(row), false));
}
