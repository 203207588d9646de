#include "packexportdialog.h"
#include "models/readresult.h"

#include "prompts.h"

#include "pack/packjob.h"
#include "pack/signingkey.h"
#include "reportrenderer.h"
#include "workspace/workspace.h"

#include <QCheckBox>
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
#include <QVBoxLayout>

#include <memory>

using namespace seqohs;

PackExportDialog::PackExportDialog(Workspace *workspace, WorkspaceLocation location,
                                   QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_location(std::move(location))
{
    setWindowTitle(tr("Create submission pack"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("A submission pack is one signed file for your assessor: a read-only copy of this "
           "workspace, every evidence file, the readiness report and a list of their SHA-256 "
           "hashes. Any change to it after signing is detected."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *keyRow = new QHBoxLayout;
    m_keyPath = new QLineEdit(SigningKey::defaultPath(), this);
    auto *browseKey = new QPushButton(tr("Choose..."), this);
    m_createKey = new QPushButton(tr("Create key"), this);
    keyRow->addWidget(m_keyPath, 1);
    keyRow->addWidget(browseKey);
    keyRow->addWidget(m_createKey);
    // A label for a row of several widgets takes its mnemonic (and names the field for a
    // screen reader) only with a buddy.
    auto *keyLabel = new QLabel(tr("Signing &key:"), this);
    keyLabel->setBuddy(m_keyPath);
    form->addRow(keyLabel, keyRow);
    m_fingerprint = new QLabel(this);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setWordWrap(true);
    form->addRow(tr("Fingerprint:"), m_fingerprint);

    auto *destRow = new QHBoxLayout;
    m_destination = new QLineEdit(
        QDir(m_location.folder()).filePath(m_location.baseName() + tr("-submission.zip")), this);
    auto *browseDest = new QPushButton(tr("Browse..."), this);
    destRow->addWidget(m_destination, 1);
    destRow->addWidget(browseDest);
    auto *destLabel = new QLabel(tr("&Save pack as:"), this);
    destLabel->setBuddy(m_destination);
    form->addRow(destLabel, destRow);
    m_includeReport = new QCheckBox(tr("Include the readiness report (PDF)"), this);
    m_includeReport->setChecked(true);
    form->addRow(QString(), m_includeReport);
    layout->addLayout(form);

    QList<EvidenceItem> marked;
    for (const EvidenceItem &e : shown(m_workspace->evidence()).value_or(QList<EvidenceItem>())) {
        if (e.personalData)
            marked << e;
    }
    m_personalNote = new QLabel(
        tr("%n evidence item(s) are marked as containing personal data and will be left out of "
           "the pack, and out of its copy of the workspace. To include one, tick it and say "
           "why; the reason goes into the audit trail and the manifest.",
           nullptr, int(marked.size())),
        this);
    m_personalNote->setWordWrap(true);
    m_personal = new QTableWidget(int(marked.size()), 2, this);
    m_personal->setObjectName(QStringLiteral("personalDataTable"));
    m_personal->setAccessibleName(tr("Evidence with personal data"));
    m_personal->setHorizontalHeaderLabels({tr("Include"), tr("Reason for including it")});
    m_personal->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_personal->horizontalHeader()->setStretchLastSection(true);
    m_personal->verticalHeader()->hide();
    for (int row = 0; row < marked.size(); ++row) {
        auto *item =
            new QTableWidgetItem(tr("%1: %2").arg(marked.at(row).id).arg(marked.at(row).title));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, marked.at(row).id);
        m_personal->setItem(row, 0, item);
        m_personal->setItem(row, 1, new QTableWidgetItem(QString()));
    }
    m_personal->setMaximumHeight(140);
    layout->addWidget(m_personalNote);
    layout->addWidget(m_personal);
    m_personalNote->setVisible(!marked.isEmpty());
    m_personal->setVisible(!marked.isEmpty());

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_createPack = m_buttons->addButton(tr("Create pack"), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);

    connect(m_keyPath, &QLineEdit::editingFinished, this, &PackExportDialog::loadKey);
    connect(browseKey, &QPushButton::clicked, this, &PackExportDialog::browseKey);
    connect(m_createKey, &QPushButton::clicked, this, &PackExportDialog::createKey);
    connect(browseDest, &QPushButton::clicked, this, &PackExportDialog::browseDestination);
    connect(m_destination, &QLineEdit::textChanged, this, &PackExportDialog::updateButtons);
    connect(m_createPack, &QPushButton::clicked, this, &PackExportDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PackExportDialog::reject);
    loadKey();
    resize(640, sizeHint().height());
}

PackExportDialog::~PackExportDialog()
{
    if (m_worker) {
        m_cancel = true;
        m_worker->wait();
        delete m_worker;
    }
}

void PackExportDialog::setKeyPath(const QString &path)
{
    m_keyPath->setText(path);
    loadKey();
}

void PackExportDialog::setDestination(const QString &path)
{
    m_destination->setText(path);
}

void PackExportDialog::setIncludeReport(bool include)
{
    m_includeReport->setChecked(include);
}

QString PackExportDialog::fingerprint() const
{
    return m_fingerprint->property("fingerprint").toString();
}

void PackExportDialog::loadKey()
{
    const QString path = m_keyPath->text();
    m_fingerprint->setProperty("fingerprint", QString());
    if (!QFileInfo::exists(path)) {
        m_fingerprint->setText(tr("No key yet: choose \"Create key\" to make one."));
        m_createKey->setEnabled(true);
    } else if (Expected<SigningKey> key = SigningKey::load(path); key) {
        m_fingerprint->setProperty("fingerprint", key->fingerprint());
        m_fingerprint->setText(tr("<b>%1</b><br>Give this fingerprint to your assessor by "
                                  "telephone or letter, so they can tell the pack is yours.")
                                   .arg(key->fingerprint()));
        m_createKey->setEnabled(false);
    } else {
        m_fingerprint->setText(key.errorString().toHtmlEscaped());
        m_createKey->setEnabled(false);
    }
    updateButtons();
}

void PackExportDialog::createKey()
{
    Expected<SigningKey> key = SigningKey::generate();
    Status saved = key ? key->save(m_keyPath->text()) : Status(key.errors());
    if (!saved) {
        Prompts::error(this, tr("Create key"), saved.errorString());
        return;
    }
    loadKey();
}

void PackExportDialog::browseKey()
{
    const QString path = Prompts::openFileName(this, tr("Choose signing key"),
                                               tr("Signing keys (*.key);;All files (*)"));
    if (!path.isEmpty())
        setKeyPath(path);
}

void PackExportDialog::browseDestination()
{
    const QString path = Prompts::saveFileName(this, tr("Save submission pack"),
                                               m_destination->text(), tr("Packs (*.zip)"));
    if (!path.isEmpty())
        m_destination->setText(path);
}

void PackExportDialog::updateButtons()
{
    const bool running = m_worker != nullptr;
    m_createPack->setEnabled(!running && !fingerprint().isEmpty() &&
                             !m_destination->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("Cancel") : tr("Close"));
}

void PackExportDialog::start()
{
    if (m_worker)
        return;
    Expected<PackJob::Key> key = PackJob::signingKey(m_keyPath->text());
    if (!key) {
        Prompts::error(this, tr("Create submission pack"), key.errorString());
        return;
    }
    QHash<qint64, QString> includePersonal;
    for (int row = 0; row < m_personal->rowCount(); ++row) {
        if (m_personal->item(row, 0)->checkState() != Qt::Checked)
            continue;
        const QString reason = m_personal->item(row, 1)->text().trimmed();
        if (reason.isEmpty()) {
            m_status->setText(tr("Say why \u201c%1\u201d, which holds personal data, goes into "
                                 "the pack, or untick it.")
                                  .arg(m_personal->item(row, 0)->text().toHtmlEscaped()));
            m_personal->setCurrentCell(row, 1);
            m_personal->editItem(m_personal->item(row, 1));
            return;
        }
        includePersonal.insert(m_personal->item(row, 0)->data(Qt::UserRole).toLongLong(), reason);
    }
    auto job = std::make_shared<PackJob>(key->key);
    job->setPersonalDataIncluded(includePersonal);
    if (m_includeReport->isChecked()) {
        // Charts need the GUI thread: they are drawn here, the PDF is written on the worker.
        const std::optional<ReadinessReport> read = shown(PackJob::readinessReport(*m_workspace));
        if (!read)
            return;
        ReadinessReport report = *read;
        const ReportRenderer::Charts charts = ReportRenderer::renderCharts(report);
        auto renderer = std::make_shared<ReportRenderer>(std::move(report), charts);
        job->setReportWriter([renderer](const QString &pdf) { return renderer->writePdf(pdf); });
    }
    m_summary.reset();
    m_errors.clear();
    m_cancel = false;
    m_progress->setVisible(true);
    m_progress->setValue(0);
    m_status->setText(tr("Writing the pack..."));

    const QString workspacePath = m_location.location();
    const auto askPassword = m_location.passwordPrompt();
    const QString destination = m_destination->text();
    m_worker = QThread::create([this, workspacePath, askPassword, destination, job] {
        int lastPermille = -1;
        job->setProgress([this, &lastPermille](qint64 done, qint64 total) {
            const int permille = total > 0 ? int(done * 1000 / total) : 0;
            if (permille != lastPermille) {
                lastPermille = permille;
                QMetaObject::invokeMethod(
                    m_progress, [bar = m_progress, permille] { bar->setValue(permille); },
                    Qt::QueuedConnection);
            }
            return !m_cancel.load();
        });
        Expected<PackSummary> summary = job->write(workspacePath, destination, askPassword);
        if (summary)
            m_summary = *summary;
        else
            m_errors = summary.errors();
    });
    connect(m_worker, &QThread::finished, this, &PackExportDialog::onWorkerDone);
    m_worker->start();
    updateButtons();
}

void PackExportDialog::onWorkerDone()
{
    m_worker->deleteLater();
    m_worker = nullptr;
    m_progress->setVisible(false);
    if (m_summary) {
        // Remembered in the workspace so that the assessor's response can be matched to it.
        if (Status s = PackJob::record(*m_workspace, *m_summary); !s) {
            // The pack is good, but without the record the assessor's response cannot be
            // matched to it later: say so now, while the pack can still be made again.
            m_errors = s.errors();
            Prompts::error(this, tr("Create submission pack"),
                           tr("The pack was written, but the workspace could not record it, so "
                              "the assessor's response will not be accepted. Create the pack "
                              "again."),
                           joinErrors(m_errors));
        }
        m_status->setText(tr("Wrote %1: %2 evidence files.<br>Root hash %3<br>Signed with key "
                             "<b>%4</b>: give this fingerprint to your assessor.")
                              .arg(m_summary->path.toHtmlEscaped())
                              .arg(m_summary->evidenceFiles)
                              .arg(m_summary->rootHash, m_summary->signerFingerprint) +
                          (m_summary->personalDataLeftOut > 0
                               ? QStringLiteral("<br>") +
                                     tr("Left out %n item(s) marked as containing personal data.",
                                        nullptr, m_summary->personalDataLeftOut)
                               : QString()));
    } else {
        m_status->setText(m_cancel ? tr("Cancelled: no pack was written.")
                                   : joinErrors(m_errors).toHtmlEscaped());
        if (!m_cancel)
            Prompts::error(this, tr("Create submission pack"), tr("The pack could not be written."),
                           joinErrors(m_errors));
    }
    updateButtons();
    Q_EMIT packFinished(m_summary.has_value());
}

void PackExportDialog::reject()
{
    if (m_worker) {
        m_cancel = true; // the worker stops at its next chunk; onWorkerDone tidies up
        return;
    }
    QDialog::reject();
}
