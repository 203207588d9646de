#include "migrationwizard.h"

#include "catalogue/standardsformat.h"
#include "standardsimportdialog.h"

#include "dialogs/prompts.h"

#include "catalogue/crosswalkformat.h"
#include "catalogue/standardslibrary.h"
#include "common/savefile.h"
#include "migration/migrationapplier.h"
#include "migration/migrationplanner.h"
#include "workspace/workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace seqohs;

namespace {

const QString LoadFromFile = QStringLiteral("file:");

QString itemLabel(const QString &code, const QString &title)
{
    return code + QStringLiteral("  ") + title;
}

QComboBox *relationBox(Crosswalk::Relation relation, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (Crosswalk::Relation r : {Crosswalk::Relation::Equal, Crosswalk::Relation::Superset,
                                  Crosswalk::Relation::Subset, Crosswalk::Relation::Intersect}) {
        box->addItem(relationToString(r), int(r));
    }
    box->setCurrentIndex(box->findData(int(relation)));
    return box;
}

} // namespace

MigrationWizard::MigrationWizard(Workspace &workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Move to another standards set"));
    setWizardStyle(QWizard::ModernStyle);
    setPage(SetPageId, makeSetPage());
    setPage(CrosswalkPageId, makeCrosswalkPage());
    setPage(PreviewPageId, makePreviewPage());
    setButtonText(QWizard::FinishButton, tr("&Move"));
    resize(980, 640);
}

QWizardPage *MigrationWizard::makeSetPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("The standards set to move to"));
    page->setSubTitle(tr("The workspace follows %1. Nothing changes until you have seen the "
                         "preview and chosen Move.")
                          .arg(m_workspace.standardsSet().title));
    m_set = new QComboBox(page);
    for (const QString &id : StandardsLibrary::bundledIds()) {
        if (id == m_workspace.standardsSet().id)
            continue;
        const Expected<StandardsSet> set = StandardsLibrary::bundled(id);
        if (set.ok())
            m_set->addItem(set->title, id);
    }
    // Sets loaded earlier (Workspace > Load a standards set) are kept in the user's folder.
    for (const QString &path : StandardsImportDialog::loadedSetPaths()) {
        const Expected<StandardsSet> set = StandardsFormat::readFile(path);
        if (set.ok() && set->id != m_workspace.standardsSet().id)
            m_set->addItem(set->title, path);
    }
    m_set->addItem(tr("Load from a file (a standards set, or a spreadsheet made with the "
                      "template)\u2026"),
                   LoadFromFile);
    m_setNote = new QLabel(
        tr("To move to the official wording, choose \u201cLoad from a file\u201d and the "
           "spreadsheet you filled in from the template, saved as CSV."),
        page);
    m_setNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    auto *setLabel = new QLabel(tr("&Standards set:"), page);
    setLabel->setBuddy(m_set);
    layout->addWidget(setLabel);
    layout->addWidget(m_set);
    layout->addWidget(m_setNote);
    layout->addStretch();
    connect(m_set, &QComboBox::activated, this, [this]() {
        if (m_set->currentData().toString() == LoadFromFile)
            browseForSet();
    });
    return page;
}

QWizardPage *MigrationWizard::makeCrosswalkPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("How the old items map to the new"));
    page->setSubTitle(tr("A crosswalk says, for each item, where its work goes and how the "
                         "scopes relate: equal, subset, superset or intersect."));
    m_bundled = new QRadioButton(tr("Use the &bundled crosswalk"), page);
    m_fromFile = new QRadioButton(tr("Use a crosswalk &file:"), page);
    m_suggest = new QRadioButton(tr("&Suggest one from codes and wording, to check here"), page);
    m_crosswalkChoice = new QButtonGroup(page);
    m_crosswalkChoice->addButton(m_bundled);
    m_crosswalkChoice->addButton(m_fromFile);
    m_crosswalkChoice->addButton(m_suggest);
    m_crosswalkPath = new QLineEdit(page);
    auto *browse = new QPushButton(tr("&Browse..."), page);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fromFile);
    fileRow->addWidget(m_crosswalkPath, 1);
    fileRow->addWidget(browse);

    m_suggestions = new QTableWidget(0, SuggestionColumnCount, page);
    m_suggestions->setHorizontalHeaderLabels(
        {tr("Accept"), tr("From"), tr("To"), tr("Relation"), tr("Score")});
    m_suggestions->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    m_suggestions->horizontalHeader()->setSectionResizeMode(DestinationColumn,
                                                            QHeaderView::Stretch);
    m_suggestions->verticalHeader()->hide();
    m_suggestions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *save = new QPushButton(tr("Save as a crosswalk &file..."), page);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_bundled);
    layout->addLayout(fileRow);
    layout->addWidget(m_suggest);
    layout->addWidget(m_suggestions, 1);
    layout->addWidget(save, 0, Qt::AlignRight);

    connect(browse, &QPushButton::clicked, this, &MigrationWizard::browseForCrosswalk);
    connect(save, &QPushButton::clicked, this, &MigrationWizard::saveSuggestions);
    connect(m_suggest, &QRadioButton::toggled, this, [this, save](bool on) {
        m_suggestions->setEnabled(on);
        save->setEnabled(on);
        if (on && m_suggestions->rowCount() == 0)
            fillSuggestions();
    });
    m_suggestions->setEnabled(false);
    save->setEnabled(false);
    return page;
}

QWizardPage *MigrationWizard::makePreviewPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("What will move"));
    page->setSubTitle(tr("Every item of the new set and what it receives. A snapshot of the "
                         "figures is saved before the move; the old assessments stay readable "
                         "with the old set."));
    m_summary = new QLabel(page);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_preview = new QTableWidget(0, PreviewColumnCount, page);
    m_preview->setHorizontalHeaderLabels({tr("Item of the new set"), tr("Receives"), tr("From"),
                                          tr("Relation"), tr("Confidence"),
                                          tr("Needs re-confirmation")});
    m_preview->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::Stretch);
    m_preview->horizontalHeader()->setSectionResizeMode(ReceivesColumn, QHeaderView::Stretch);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_notCarried = new QPlainTextEdit(page);
    m_notCarried->setTabChangesFocus(true);
    m_notCarried->setReadOnly(true);
    m_notCarried->setMaximumHeight(90);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(new QLabel(tr("Not carried (kept with the old set):"), page));
    layout->addWidget(m_notCarried);
    return page;
}

void MigrationWizard::browseForSet()
{
    const QString path = Prompts::openFileName(
        this, tr("Load a standards set"),
        tr("Standards sets and spreadsheets (*.json *.csv);;Standards sets (*.json);;"
           "Spreadsheets saved as CSV (*.csv)"));
    if (!path.isEmpty())
        chooseSetFile(path);
    else if (m_set->count() > 1)
        m_set->setCurrentIndex(0);
}

bool MigrationWizard::chooseSetFile(const QString &path)
{
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        // A spreadsheet needs an id and a title before it is a set: the load dialog asks.
        StandardsImportDialog load(true, this);
        load.fileField()->setText(path);
        if (load.exec() != QDialog::Accepted) {
            if (m_set->count() > 1)
                m_set->setCurrentIndex(0);
            return false;
        }
        return chooseSetFile(load.savedPath());
    }
    const Expected<StandardsSet> set = StandardsLibrary::resolve(path);
    if (!set.ok()) {
        Prompts::error(this, tr("The standards set cannot be used"),
                       set.errors().first().toString(), set.errorString());
        return false;
    }
    m_set->insertItem(0, set->title, path);
    m_set->setCurrentIndex(0);
    return true;
}

std::optional<StandardsSet> MigrationWizard::chosenSet()
{
    const QString choice = m_set->currentData().toString();
    if (choice == LoadFromFile || choice.isEmpty())
        return std::nullopt;
    const Expected<StandardsSet> set = StandardsLibrary::resolve(choice);
    if (!set.ok()) {
        Prompts::error(this, tr("The standards set cannot be used"),
                       set.errors().first().toString(), set.errorString());
        return std::nullopt;
    }
    return *set;
}

void MigrationWizard::updateCrosswalkChoices()
{
    const bool hasBundled =
        m_target &&
        StandardsLibrary::bundledCrosswalk(m_workspace.standardsSet().id, m_target->id).ok();
    m_bundled->setEnabled(hasBundled);
    m_suggestions->setRowCount(0);
    m_suggested.clear();
    if (hasBundled)
        m_bundled->setChecked(true);
    else if (m_crosswalkPath->text().isEmpty())
        m_suggest->setChecked(true);
    else
        m_fromFile->setChecked(true);
    if (m_suggest->isChecked() && m_suggestions->rowCount() == 0)
        fillSuggestions();
}

void MigrationWizard::browseForCrosswalk()
{
    const QString path =
        Prompts::openFileName(this, tr("Load a crosswalk"), tr("Crosswalks (*.json)"));
    if (!path.isEmpty())
        chooseCrosswalkFile(path);
}

bool MigrationWizard::chooseCrosswalkFile(const QString &path)
{
    m_crosswalkPath->setText(path);
    m_fromFile->setChecked(true);
    return true;
}

void MigrationWizard::chooseSuggestions()
{
    m_suggest->setChecked(true);
    if (m_suggestions->rowCount() == 0)
        fillSuggestions();
}

void MigrationWizard::fillSuggestions()
{
    if (!m_target)
        return;
    const StandardsSet &from = m_workspace.standardsSet();
    m_suggested = CrosswalkSuggester::suggestions(from, *m_target);
    QHash<QString, AssessableItem> sources;
    for (const AssessableItem &item : from.assessables())
        sources.insert(item.id, item);
    QHash<QString, AssessableItem> targets;
    for (const AssessableItem &item : m_target->assessables())
        targets.insert(item.id, item);
    m_suggestions->setRowCount(int(m_suggested.size()));
    for (int row = 0; row < m_suggested.size(); ++row) {
        const CrosswalkSuggester::Suggestion &s = m_suggested.at(row);
        auto *accept = new QCheckBox(m_suggestions);
        accept->setChecked(true);
        accept->setAccessibleName(tr("Accept this mapping"));
        m_suggestions->setCellWidget(row, AcceptColumn, accept);
        const AssessableItem a = sources.value(s.mapping.from);
        const AssessableItem b = targets.value(s.mapping.to);
        m_suggestions->setItem(row, SourceColumn, new QTableWidgetItem(itemLabel(a.code, a.title)));
        m_suggestions->setItem(row, DestinationColumn,
                               new QTableWidgetItem(itemLabel(b.code, b.title)));
        m_suggestions->setCellWidget(row, SuggestedRelationColumn,
                                     relationBox(s.mapping.relation, m_suggestions));
        auto *score = new QTableWidgetItem(QStringLiteral("%1%").arg(qRound(s.score * 100)));
        score->setToolTip(s.mapping.note);
        m_suggestions->setItem(row, ScoreColumn, score);
    }
    m_suggestions->resizeColumnToContents(AcceptColumn);
}

Crosswalk MigrationWizard::crosswalkFromTable() const
{
    QList<CrosswalkSuggester::Suggestion> chosen;
    for (int row = 0; row < m_suggestions->rowCount() && row < m_suggested.size(); ++row) {
        const auto *accept =
            qobject_cast<QCheckBox *>(m_suggestions->cellWidget(row, AcceptColumn));
        if (!accept || !accept->isChecked())
            continue;
        CrosswalkSuggester::Suggestion s = m_suggested.at(row);
        if (const auto *box = qobject_cast<QComboBox *>(
                m_suggestions->cellWidget(row, SuggestedRelationColumn))) {
            s.mapping.relation = Crosswalk::Relation(box->currentData().toInt());
            if (s.mapping.relation != m_suggested.at(row).mapping.relation)
                s.mapping.note = tr("Relation changed by the service after review");
        }
        chosen << s;
    }
    return CrosswalkSuggester::toCrosswalk(m_workspace.standardsSet(), *m_target, chosen);
}

void MigrationWizard::saveSuggestions()
{
    if (!m_target)
        return;
    const Crosswalk crosswalk = crosswalkFromTable();
    const QString path =
        Prompts::saveFileName(this, tr("Save the crosswalk as"),
                              crosswalk.id + QStringLiteral(".json"), tr("Crosswalks (*.json)"));
    if (path.isEmpty())
        return;
    const Status saved = saveFileAtomically(path, CrosswalkFormat::write(crosswalk));
    if (!saved.ok()) {
        Prompts::error(this, tr("The crosswalk could not be saved"),
                       saved.errors().first().toString(), saved.errorString());
    }
}

std::optional<Crosswalk> MigrationWizard::chosenCrosswalk()
{
    if (!m_target)
        return std::nullopt;
    if (m_bundled->isChecked()) {
        const Expected<Crosswalk> c =
            StandardsLibrary::bundledCrosswalk(m_workspace.standardsSet().id, m_target->id);
        if (c.ok())
            return *c;
        Prompts::error(this, tr("No crosswalk is bundled"), c.errors().first().toString());
        return std::nullopt;
    }
    if (m_fromFile->isChecked()) {
        const Expected<Crosswalk> c = CrosswalkFormat::readFile(m_crosswalkPath->text());
        if (c.ok())
            return *c;
        Prompts::error(this, tr("The crosswalk cannot be used"), c.errors().first().toString(),
                       c.errorString());
        return std::nullopt;
    }
    const Crosswalk c = crosswalkFromTable();
    if (c.mappings.isEmpty()) {
        Prompts::error(this, tr("No mapping is accepted"),
                       tr("Accept at least one suggestion, or choose a crosswalk file."));
        return std::nullopt;
    }
    return c;
}

bool MigrationWizard::validateCurrentPage()
{
    switch (currentId()) {
    case SetPageId: {
        std::optional<StandardsSet> set = chosenSet();
        if (!set)
            return false;
        const bool changed = !m_target || *m_target != *set;
        m_target = std::move(set);
        if (changed)
            updateCrosswalkChoices();
        return true;
    }
    case CrosswalkPageId: {
        const std::optional<Crosswalk> crosswalk = chosenCrosswalk();
        if (!crosswalk)
            return false;
        Expected<MigrationPlan> plan = MigrationPlanner::plan(m_workspace, *m_target, *crosswalk);
        if (!plan.ok()) {
            Prompts::error(this, tr("The move cannot be planned"), plan.errors().first().toString(),
                           plan.errorString());
            return false;
        }
        m_plan = std::move(*plan);
        return true;
    }
    default:
        return true;
    }
}

void MigrationWizard::initializePage(int id)
{
    if (id == PreviewPageId)
        fillPreview();
    QWizard::initializePage(id);
}

void MigrationWizard::fillPreview()
{
    if (!m_plan)
        return;
    m_summary->setText(m_plan->toText(true).trimmed());
    m_preview->setRowCount(int(m_plan->targets.size()));
    for (int row = 0; row < m_plan->targets.size(); ++row) {
        const MigrationPlan::Target &t = m_plan->targets.at(row);
        QStringList receives;
        if (!t.isMapped()) {
            receives << tr("nothing: stays not assessed");
        } else {
            receives << (t.resultCarried ? resultDisplayName(t.assessment.result)
                                         : tr("no result"));
            if (!t.assessment.narrative.isEmpty())
                receives << tr("narrative");
            receives << tr("%n evidence item(s)", nullptr, int(t.links.size()));
            receives << tr("%n action(s)", nullptr, int(t.actionIds.size()));
        }
        QStringList from;
        QStringList relations;
        for (const MigrationPlan::Source &s : t.sources) {
            from << QStringLiteral("%1 (%2)").arg(s.code, resultDisplayName(s.result));
            relations << relationToString(s.relation);
        }
        const auto set = [&](int column, const QString &text, const QString &tip = {}) {
            auto *item = new QTableWidgetItem(text);
            if (!tip.isEmpty())
                item->setToolTip(tip);
            m_preview->setItem(row, column, item);
        };
        set(TargetColumn, itemLabel(t.code, t.title), t.itemId);
        set(ReceivesColumn, receives.join(QStringLiteral(", ")), t.assessment.narrative);
        set(FromColumn, from.join(QStringLiteral(", ")));
        set(RelationColumn, relations.join(QStringLiteral(", ")));
        set(ConfidenceColumn, confidenceToString(t.confidence));
        // Said in words as well as marked, so it never rests on colour alone.
        set(ReconfirmColumn, t.needsReconfirmation ? tr("Yes") : QString(), t.reason);
    }
    QStringList notCarried;
    for (const MigrationPlan::NotCarried &n : m_plan->notCarried) {
        notCarried << tr("%1  %2: %3, %4, %5")
                          .arg(n.code, n.title, resultDisplayName(n.result),
                               tr("%n evidence item(s)", nullptr, int(n.links)),
                               tr("%n action(s)", nullptr, int(n.actions)));
    }
    m_notCarried->setPlainText(notCarried.isEmpty() ? tr("Nothing: every item has a mapping.")
                                                    : notCarried.join(QLatin1Char('\n')));
}

void MigrationWizard::accept()
{
    if (!m_plan)
        return;
    const Expected<QString> applied = MigrationApplier::apply(m_workspace, *m_plan);
    if (!applied.ok()) {
        Prompts::error(this, tr("The workspace was not moved"), applied.errors().first().toString(),
                       applied.errorString());
        return;
    }
    m_appliedSnapshot = *applied;
    QWizard::accept();
}
