#pragma once

#include "common/expected.h"
#include "pack/packverifier.h"
#include "pack/review.h"

#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <memory>

class EvidenceModel;
class NavigatorModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class EvidencePreviewWindow;
class QTableWidget;
class QTemporaryDir;
class QTextBrowser;
class QThread;
class QTreeView;

namespace seqohs {
class Workspace;
}

// Assessor mode: opens a submission pack offline, verifies it on a worker thread (with
// progress and cancel) before showing anything, then shows the result of every check, the
// service's self-assessment and evidence read-only, and per standard a finding panel (finding,
// grade, comments, required actions with due dates) plus the overall recommendation. The
// review is the assessor's own file beside the pack ("<pack>.review.json"), saved after every
// change; from it come the assessor report (PDF) and the signed response for the service.
class AssessorWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit AssessorWindow(QWidget *parent = nullptr);
    ~AssessorWindow() override;

    // Verifies the pack off the UI thread, then shows it. expectedKey is the service's key
    // fingerprint, minisign key or .pub file; empty: the pack's own key, whose fingerprint
    // the window then asks the assessor to check with the service.
    void openPack(const QString &packPath, const QString &expectedKey = {});
    bool isVerifying() const { return m_worker != nullptr; }
    void cancelVerification() { m_cancel = true; }

    const seqohs::PackVerification &verification() const { return m_verification; }
    const seqohs::Review &review() const { return m_review; }
    QString reviewPath() const { return m_reviewPath; }
    // The path an evidence file of the pack was extracted to (empty when there is none).
    QString extractedEvidencePath(qint64 evidenceId) const;

    // Shows the finding panel of a standard (by id or code); false when the review has none.
    bool selectStandard(const QString &idOrCode);
    // Records a finding for the selected standard, as the panel's controls do.
    void setFinding(seqohs::FindingResult result, seqohs::FindingGrade grade,
                    const QString &comments, const QList<seqohs::RequiredAction> &actions);
    void setRecommendation(seqohs::Recommendation recommendation, const QString &summary = {});

    seqohs::Status exportReport(const QString &pdfPath) const;
    seqohs::Status createResponse(const QString &responsePath, const QString &keyPath) const;

Q_SIGNALS:
    // Verification has ended; ok when the pack is complete, unaltered and signed.
    void packOpened(bool ok);

private:
    void buildUi();
    void chooseAndOpenPack();
    void onVerified();
    void showChecks();
    void loadOrStartReview();
    void onTreeSelection();
    void showFinding(const QString &standardId);
    void showSelfAssessment(const QString &nodeId, bool isStandard);
    void commitFinding();
    void commitRecommendation();
    void saveReview();
    void addActionRow(const QString &text = {}, const QDate &due = {});
    void onExportReport();
    void onCreateResponse();
    // Verifies a follow-up pack and applies it to the review as its next round.
    void onOpenFollowUp();
    // The selected standard's earlier finding and what the last follow-up says is new.
    void showRoundHistory(const QString &standardId);
    void openEvidence(const QModelIndex &index);
    // Previews read from the snapshot: they let go of it before it goes.
    void closePreviews();

    QStackedWidget *m_stack = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTreeView *m_tree = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_checks = nullptr;
    QTextBrowser *m_selfAssessment = nullptr;
    QLabel *m_findingTitle = nullptr;
    QComboBox *m_result = nullptr;
    QComboBox *m_grade = nullptr;
    QPlainTextEdit *m_comments = nullptr;
    QTableWidget *m_actions = nullptr;
    QTableView *m_evidenceView = nullptr;
    QLineEdit *m_assessor = nullptr;
    QComboBox *m_recommendation = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QLabel *m_reviewStatus = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_respondAction = nullptr;
    QAction *m_followUpAction = nullptr;
    QLabel *m_earlierFinding = nullptr;
    QTextBrowser *m_newSinceLastRound = nullptr;

    NavigatorModel *m_navigator = nullptr;
    EvidenceModel *m_evidence = nullptr;

    QString m_packPath;
    QString m_expectedKey;
    std::unique_ptr<QTemporaryDir> m_extractDir;
    std::unique_ptr<seqohs::Workspace> m_snapshot;
    QList<QPointer<EvidencePreviewWindow>> m_previews;
    seqohs::PackVerification m_verification;
    seqohs::Review m_review;
    QString m_reviewPath;
    QString m_currentStandard;
    bool m_loading = false;

    QThread *m_worker = nullptr;
    std::atomic_bool m_cancel{false};
};
