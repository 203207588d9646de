#include "exportdialog.h"

#include "prompts.h"
#include "reporting/assessmentjson.h"
#include "reporting/csvwriter.h"
#include "reporting/readinessreportbuilder.h"
#include "reporting/xlsxexport.h"
#include "reportrenderer.h"
#include "scoring/scorer.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

using namespace seqohs;

ExportDialog::ExportDialog(ScoringInput input, QList<Snapshot> history, QWidget *parent)
    : QDialog(parent)
    , m_input(std::move(input))
    , m_history(std::move(history))
{
    setWindowTitle(tr("Export"));

    m_format = new QComboBox(this);
    m_format->addItem(tr("Readiness report (PDF)"), int(Format::Pdf));
    m_format->addItem(tr("Readiness report (HTML, one file)"), int(Format::Html));
    m_format->addItem(tr("Readiness report for editing (ODT)"), int(Format::Odt));
    m_format->addItem(tr("Spreadsheet workbook (XLSX)"), int(Format::Xlsx));
    m_format->addItem(tr("Comma-separated values (CSV)"), int(Format::Csv));
    m_format->addItem(tr("Whole assessment for other tools (JSON)"), int(Format::Json));

    m_table = new QComboBox(this);
    m_table->addItem(tr("Assessment"));
    m_table->addItem(tr("Evidence index"));
    m_table->addItem(tr("Action plan"));
    m_tableLabel = new QLabel(tr("&Table:"), this);
    m_tableLabel->setBuddy(m_table);

    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("Choose where to save the file"));
    m_browse = new QPushButton(tr("&Browse\u2026"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(m_tableLabel, m_table);
    auto *pathLabel = new QLabel(tr("&Save as:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy: writing reports no byte counts
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    // Shown once a file is written, so the user can go straight to it.
    m_openFile = m_buttons->addButton(tr("&Open the file"), QDialogButtonBox::ActionRole);
    m_openFolder = m_buttons->addButton(tr("Show the &folder"), QDialogButtonBox::ActionRole);
    m_openFile->setVisible(false);
    m_openFolder->setVisible(false);
    m_path->setAccessibleName(tr("Save as"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_openFile, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_written));
        accept();
    });
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_written).absolutePath()));
        accept();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the chosen name, with the new format's suffix.
        const QString path = m_path->text();
        if (!path.isEmpty()) {
            const QFileInfo info(path);
            m_path->setText(
                info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix(format())));
        }
        updateState();
    });
    updateState();
    resize(520, sizeHint().height());
}

ExportDialog::~ExportDialog()
{
    // A write in progress finishes before the dialog goes: the worker holds no pointer to it,
    // but the file it writes should not be left half done.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

void ExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

QString ExportDialog::destination() const
{
    return m_path->text();
}

void ExportDialog::setDestination(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::setCsvTable(int table)
{
    m_table->setCurrentIndex(table);
}

QString ExportDialog::suffix(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Odt:
        return QStringLiteral("odt");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Json:
        return QStringLiteral("json");
    }
    return QString();
}

bool ExportDialog::isExporting() const
{
    return m_worker != nullptr;
}

void ExportDialog::browse()
{
    const QString ext = suffix(format());
    QString suggested = m_path->text();
    if (suggested.isEmpty()) {
        suggested = (m_input.profile.name.isEmpty() ? tr("readiness") : m_input.profile.name) +
                    QLatin1Char('.') + ext;
    }
    const QString chosen = Prompts::saveFileName(this, tr("Export to"), suggested,
                                                 tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    if (!chosen.isEmpty()) {
        m_path->setText(chosen);
        // The file dialog has asked about replacing an existing file already.
        m_confirmedOverwrite = QFileInfo(chosen).absoluteFilePath();
    }
}

void ExportDialog::updateState()
{
    const bool busy = isExporting();
    const bool csv = format() == Format::Csv;
    m_table->setVisible(csv);
    m_tableLabel->setVisible(csv);
    m_format->setEnabled(!busy);
    m_table->setEnabled(!busy);
    m_path->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_progress->setVisible(busy);
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!busy && !m_path->text().trimmed().isEmpty());
    }
}

void ExportDialog::startExport()
{
    if (isExporting())
        return;
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return;
    const QFileInfo target(path);
    if (target.exists() && target.absoluteFilePath() != m_confirmedOverwrite) {
        const auto answer = Prompts::question(
            this, tr("Replace the file?"),
            tr("%1 already exists in %2. Replace it with the new export?")
                .arg(target.fileName(), QDir::toNativeSeparators(target.absolutePath())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_message->setVisible(false);

    // Everything that needs the GUI thread happens here: the scores are quick, and the charts
    // are graphics widgets. The worker gets plain values only.
    const Format chosen = format();
    const int table = m_table->currentIndex();
    ScoringInput input = m_input;
    std::function<Status()> job;
    if (chosen == Format::Json) {
        job = [input, path, responses = m_responses] {
            return AssessmentJson::write(input, path, true, responses);
        };
    } else {
        ReportOptions options;
        options.history = m_history;
        options.response = m_reportResponse;
        options.signOffs = m_reportSignOffs;
        ReadinessReport report =
            ReadinessReportBuilder::build(input, Scorer::score(input), options);
        if (chosen == Format::Xlsx) {
            job = [report, path] { return XlsxExport::write(report, path); };
        } else if (chosen == Format::Csv) {
            const auto which = table == 1   ? CsvWriter::Table::Evidence
                               : table == 2 ? CsvWriter::Table::Actions
                                            : CsvWriter::Table::Assessment;
            job = [report, path, which] { return CsvWriter::write(report, which, path); };
        } else {
            ReportRenderer::Charts charts = ReportRenderer::renderCharts(report);
            job = [report, charts, path, chosen] {
                const ReportRenderer renderer(report, charts);
                if (chosen == Format::Pdf)
                    return renderer.writePdf(path);
                if (chosen == Format::Html)
                    return renderer.writeHtml(path);
                return renderer.writeOdt(path);
            };
        }
    }

    m_result = std::make_shared<Status>(success());
    m_writing = path;
    auto result = m_result;
    m_worker = QThread::create([job, result] { *result = job(); });
    connect(m_worker, &QThread::finished, this, &ExportDialog::finish);
    m_worker->start();
    updateState();
}

void ExportDialog::finish()
{
    m_worker->wait();
    m_worker->deleteLater();
    m_worker = nullptr;
    const Status status = *m_result;
    updateState();
    if (status.ok()) {
        m_written = m_writing;
        m_message->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(m_written)));
        m_message->setVisible(true);
        m_exportButton->setVisible(false);
        m_openFile->setVisible(true);
        m_openFolder->setVisible(true);
        if (QAbstractButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
            cancel->setText(tr("&Close"));
        m_openFile->setDefault(true);
        m_openFile->setFocus();
        Q_EMIT exportFinished(true, m_writing, tr("Exported to %1.").arg(m_writing));
        return;
    }
    m_message->setText(QStringLiteral("<span style=\"color:#c0392b\">%1</span>")
                           .arg(status.errorString().toHtmlEscaped()));
    m_message->setVisible(true);
    Q_EMIT exportFinished(false, m_writing, status.errorString());
}

void ExportDialog::reject()
{
    // Closing while a file is being written would leave the user unsure whether it exists.
    if (isExporting())
        return;
    QDialog::reject();
}
