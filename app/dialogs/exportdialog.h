#pragma once

#include "common/expected.h"
#include "reporting/readinessreport.h"
#include "scoring/scoringinput.h"
#include "scoring/snapshot.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>

#include <memory>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

// File > Export: the readiness report (PDF, HTML, ODT), the spreadsheets (XLSX, CSV) or the
// whole assessment (JSON), written to a file the user chooses. The report model and the chart
// images are made on the GUI thread (Qt Charts need it); writing the file runs on a worker
// thread behind a busy indicator, and an error stays in the dialog so the user can choose
// another place and try again.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Pdf, Html, Odt, Xlsx, Csv, Json };
    Q_ENUM(Format)

    // input is what the scores are computed from (scoringInputFor(workspace, date));
    // history the workspace's snapshots, for the "readiness over time" chart.
    explicit ExportDialog(seqohs::ScoringInput input, QList<seqohs::Snapshot> history = {},
                          QWidget *parent = nullptr);
    ~ExportDialog() override;

    Format format() const;
    void setFormat(Format format);
    QString destination() const;
    void setDestination(const QString &path);
    // For CSV: 0 assessment, 1 evidence, 2 actions.
    void setCsvTable(int table);
    // The imported assessor responses, which the JSON export carries.
    void setAssessorResponses(const QList<QJsonObject> &responses) { m_responses = responses; }
    // The latest assessor's response, which the readiness report shows.
    void setReportSignOffs(const QList<seqohs::ReadinessReport::SignOffLine> &signOffs)
    {
        m_reportSignOffs = signOffs;
    }
    void setReportResponse(std::optional<seqohs::ReadinessReport::AssessorResponse> response)
    {
        m_reportResponse = std::move(response);
    }

    // The file suffix of a format, without the dot.
    static QString suffix(Format format);

    bool isExporting() const;

public Q_SLOTS:
    // Starts the export, as the Export button does.
    void startExport();

Q_SIGNALS:
    // Emitted when the file is written (the dialog then closes) or the export failed.
    void exportFinished(bool ok, const QString &path, const QString &message);

protected:
    void reject() override;

private:
    void browse();
    void updateState();
    void finish();

    seqohs::ScoringInput m_input;
    QList<seqohs::Snapshot> m_history;
    std::optional<seqohs::ReadinessReport::AssessorResponse> m_reportResponse;
    QList<seqohs::ReadinessReport::SignOffLine> m_reportSignOffs;
    QComboBox *m_format = nullptr;
    QComboBox *m_table = nullptr;
    QLabel *m_tableLabel = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_openFile = nullptr;
    QPushButton *m_openFolder = nullptr;
    QString m_confirmedOverwrite; // the path the file dialog already asked about
    QString m_written;            // the last file written
    QList<QJsonObject> m_responses;
    QThread *m_worker = nullptr;
    std::shared_ptr<seqohs::Status> m_result;
    QString m_writing; // the path being written
};
