#include "followuppackdialog.h"

#include "models/readresult.h"
#include "prompts.h"

#include "pack/followupwriter.h"
#include "pack/signingkey.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

using namespace seqohs;

FollowUpPackDialog::FollowUpPackDialog(Workspace *workspace, WorkspaceLocation location,
                                       QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_location(std::move(location))
{
    setWindowTitle(tr("Make follow-up pack"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_scope = new QTreeWidget(this);
    m_scope->setObjectName(QStringLiteral("followUpScope"));
    m_scope->setAccessibleName(tr("What changed since the pack the assessor reviewed"));
    m_scope->setHeaderLabels({tr("Standard and what changed")});
    layout->addWidget(m_scope, 2);
    auto *answersLabel = new QLabel(tr("Your &answers to the required actions:"), this);
    layout->addWidget(answersLabel);
    m_answers = new QTableWidget(0, 3, this);
    m_answers->setObjectName(QStringLiteral("followUpAnswers"));
    m_answers->setAccessibleName(tr("Answers to the required actions"));
    m_answers->setHorizontalHeaderLabels({tr("Standard"), tr("Required action"), tr("Answer")});
    // The action and the answer share the width: both are sentences.
    m_answers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_answers->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_answers->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_answers->setWordWrap(true);
    m_answers->verticalHeader()->hide();
    answersLabel->setBuddy(m_answers);
    layout->addWidget(m_answers, 1);

    auto *form = new QFormLayout;
    auto *keyRow = new QHBoxLayout;
    m_keyPath = new QLineEdit(SigningKey::defaultPath(), this);
    m_keyPath->setObjectName(QStringLiteral("followUpKey"));
    auto *browseKey = new QPushButton(tr("Choose..."), this);
    keyRow->addWidget(m_keyPath, 1);
    keyRow->addWidget(browseKey);
    // A label for a row of several widgets takes its mnemonic only with a buddy.
    auto *keyLabel = new QLabel(tr("Signing &key:"), this);
    keyLabel->setBuddy(m_keyPath);
    form->addRow(keyLabel, keyRow);
    m_fingerprint = new QLabel(this);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setWordWrap(true);
    form->addRow(tr("Fingerprint:"), m_fingerprint);
    auto *destRow = new QHBoxLayout;
    m_destination = new QLineEdit(
        QDir(m_location.folder()).filePath(m_location.baseName() + tr("-follow-up.zip")), this);
    m_destination->setObjectName(QStringLiteral("followUpDestination"));
    auto *browseDest = new QPushButton(tr("Browse..."), this);
    destRow->addWidget(m_destination, 1);
    destRow->addWidget(browseDest);
    auto *destLabel = new QLabel(tr("&Save pack as:"), this);
    destLabel->setBuddy(m_destination);
    form->addRow(destLabel, destRow);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("followUpStatus"));
    // Its texts are escaped HTML: shown as such, never guessed.
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_create = m_buttons->addButton(tr("Create follow-up pack"), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);

    connect(m_keyPath, &QLineEdit::editingFinished, this, &FollowUpPackDialog::loadKey);
    connect(browseKey, &QPushButton::clicked, this, &FollowUpPackDialog::browseKey);
    connect(browseDest, &QPushButton::clicked, this, &FollowUpPackDialog::browseDestination);
    connect(m_destination, &QLineEdit::textChanged, this, &FollowUpPackDialog::updateButtons);
    connect(m_create, &QPushButton::clicked, this, &FollowUpPackDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FollowUpPackDialog::reject);
    loadPlan();
    loadKey();
    resize(760, 620);
}

FollowUpPackDialog::~FollowUpPackDialog()
{
    if (m_worker) {
        m_cancel = true;
        m_worker->wait();
        delete m_worker;
    }
}

void FollowUpPackDialog::loadPlan()
{
    m_scope->clear();
    m_answers->setRowCount(0);
    Expected<FollowUpPlan> plan = FollowUpPlan::make(*m_workspace);
    if (!plan) {
        m_plan.reset();
        m_intro->setText(tr("There is nothing to follow up yet."));
        m_status->setText(plan.errorString().toHtmlEscaped());
        updateButtons();
        return;
    }
    m_plan = *plan;
    m_intro->setText(
        tr("A follow-up pack answers the assessor's latest response (%1, on pack %2) as round "
           "%3. It holds only what changed since that pack for the standards below, and your "
           "answers to the required actions; sign it with the key that signed the pack.")
            .arg(m_plan->response.assessor, m_plan->base.fileName)
            .arg(m_plan->round()));
    for (const FollowUpContent::Standard &s : std::as_const(m_plan->content.standards)) {
        auto *top =
            new QTreeWidgetItem(m_scope, {tr("%1 %2 (earlier: %3)")
                                              .arg(s.standardCode, s.standardTitle,
                                                   findingResultDisplayName(s.earlier.result))});
        for (const FollowUpContent::EvidenceChange &e : s.evidence) {
            const QString change = e.change == QLatin1String("new") ? tr("New evidence")
                                   : e.change == QLatin1String("changed")
                                       ? tr("Changed evidence")
                                       : tr("Newly linked evidence");
            new QTreeWidgetItem(top, {tr("%1: %2").arg(change, e.title)});
        }
        for (const FollowUpContent::AssessmentChange &a : s.assessments) {
            new QTreeWidgetItem(top, {tr("Changed assessment %1: %2 \u2192 %3")
                                          .arg(a.itemCode, a.resultBefore, a.resultNow)});
        }
        if (s.evidence.isEmpty() && s.assessments.isEmpty())
            new QTreeWidgetItem(top, {tr("No evidence or assessment changed")});
        for (const FollowUpContent::Answer &a : s.answers) {
            const int row = m_answers->rowCount();
            m_answers->insertRow(row);
            auto *standard = new QTableWidgetItem(s.standardCode);
            standard->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            auto *required = new QTableWidgetItem(a.requiredAction);
            required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            required->setData(Qt::UserRole, a.actionId);
            auto *answer = new QTableWidgetItem(a.answer);
            if (a.actionId == 0) {
                // The action was removed: there is nowhere to keep an answer.
                answer->setFlags(Qt::ItemIsEnabled);
                answer->setToolTip(tr("The action made of this requirement was removed."));
            }
            m_answers->setItem(row, 0, standard);
            m_answers->setItem(row, 1, required);
            m_answers->setItem(row, 2, answer);
        }
    }
    m_scope->expandAll();
    m_status->setText(
        m_plan->warnings.isEmpty()
            ? QString()
            : tr("Note: %1").arg(m_plan->warnings.join(QLatin1Char(' '))).toHtmlEscaped());
    updateButtons();
}

void FollowUpPackDialog::loadKey()
{
    m_fingerprint->setProperty("fingerprint", QString());
    if (Expected<SigningKey> key = SigningKey::load(m_keyPath->text()); key) {
        m_fingerprint->setProperty("fingerprint", key->fingerprint());
        m_fingerprint->setText(key->fingerprint());
    } else {
        m_fingerprint->setText(key.errorString().toHtmlEscaped());
    }
    updateButtons();
}

void FollowUpPackDialog::browseKey()
{
    const QString path = Prompts::openFileName(this, tr("Choose signing key"),
                                               tr("Signing keys (*.key);;All files (*)"));
    if (path.isEmpty())
        return;
    m_keyPath->setText(path);
    loadKey();
}

void FollowUpPackDialog::browseDestination()
{
    const QString path = Prompts::saveFileName(this, tr("Save follow-up pack"),
                                               m_destination->text(), tr("Packs (*.zip)"));
    if (!path.isEmpty())
        m_destination->setText(path);
}

void FollowUpPackDialog::updateButtons()
{
    const bool running = m_worker != nullptr;
    m_create->setEnabled(!running && m_plan.has_value() &&
                         !m_fingerprint->property("fingerprint").toString().isEmpty() &&
                         !m_destination->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("Cancel") : tr("Close"));
}

bool FollowUpPackDialog::saveAnswers()
{
    for (int row = 0; row < m_answers->rowCount(); ++row) {
        const qint64 id = m_answers->item(row, 1)->data(Qt::UserRole).toLongLong();
        if (id == 0)
            continue;
        const QString answer = m_answers->item(row, 2)->text().trimmed();
        const std::optional<std::optional<Action>> read = shown(m_workspace->action(id));
        if (!read || !*read)
            return false;
        Action action = **read;
        if (action.answer == answer)
            continue;
        action.answer = answer;
        if (Status s = m_workspace->updateAction(action); !s) {
            Prompts::error(this, tr("Make follow-up pack"), tr("The answer could not be saved."),
                           s.errorString());
            return false;
        }
    }
    return true;
}

void FollowUpPackDialog::start()
{
    if (m_worker || !m_plan)
        return;
    if (!saveAnswers())
        return;
    // The answers are in the workspace now: the plan reads them again.
    Expected<FollowUpPlan> plan = FollowUpPlan::make(*m_workspace);
    if (!plan) {
        m_status->setText(plan.errorString().toHtmlEscaped());
        return;
    }
    m_plan = *plan;
    Expected<SigningKey> key = SigningKey::load(m_keyPath->text());
    if (!key) {
        Prompts::error(this, tr("Make follow-up pack"), key.errorString());
        return;
    }
    m_summary.reset();
    m_errors.clear();
    m_cancel = false;
    m_progress->setVisible(true);
    m_progress->setValue(0);
    m_status->setText(tr("Writing the follow-up pack..."));
    const QString workspacePath = m_location.location();
    const auto askPassword = m_location.passwordPrompt();
    const QString destination = m_destination->text();
    auto signer = std::make_shared<SigningKey>(*key);
    const FollowUpPlan planned = *m_plan;
    m_worker = QThread::create([this, workspacePath, askPassword, destination, signer, planned] {
        int lastPermille = -1;
        Expected<PackSummary> summary = FollowUpWriter::write(
            workspacePath, *signer, planned, destination,
            [this, &lastPermille](qint64 done, qint64 total) {
                const int permille = total > 0 ? int(done * 1000 / total) : 0;
                if (permille != lastPermille) {
                    lastPermille = permille;
                    QMetaObject::invokeMethod(
                        m_progress, [bar = m_progress, permille] { bar->setValue(permille); },
                        Qt::QueuedConnection);
                }
                return !m_cancel.load();
            },
            askPassword);
        if (summary)
            m_summary = *summary;
        else
            m_errors = summary.errors();
    });
    connect(m_worker, &QThread::finished, this, &FollowUpPackDialog::onWorkerDone);
    m_worker->start();
    updateButtons();
}

void FollowUpPackDialog::onWorkerDone()
{
    m_worker->deleteLater();
    m_worker = nullptr;
    m_progress->setVisible(false);
    if (m_summary) {
        if (Status s = FollowUpWriter::record(*m_workspace, *m_plan, *m_summary); !s) {
            m_errors = s.errors();
            Prompts::error(this, tr("Make follow-up pack"),
                           tr("The follow-up pack was written, but the workspace could not record "
                              "it, so the assessor's response to it will not be accepted. Make it "
                              "again."),
                           joinErrors(m_errors));
        }
        QString text =
            tr("Wrote %1 (round %2): %n evidence file(s).", nullptr, m_summary->evidenceFiles)
                .arg(m_summary->path.toHtmlEscaped())
                .arg(m_plan->round());
        if (m_plan->content.unanswered() > 0)
            text += QStringLiteral("<br>") +
                    tr("%n required action(s) have no answer; the pack was made all the same.",
                       nullptr, m_plan->content.unanswered());
        m_status->setText(text);
    } else {
        m_status->setText(m_cancel ? tr("Cancelled: no pack was written.")
                                   : joinErrors(m_errors).toHtmlEscaped());
        if (!m_cancel)
            Prompts::error(this, tr("Make follow-up pack"),
                           tr("The follow-up pack could not be written."), joinErrors(m_errors));
    }
    updateButtons();
    Q_EMIT packFinished(m_summary.has_value());
}

void FollowUpPackDialog::reject()
{
    if (m_worker) {
        m_cancel = true;
        return;
    }
    QDialog::reject();
}
