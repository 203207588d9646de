#pragma once

#include "catalogue/level.h"
#include "scoring/readiness.h"
#include "scoring/snapshot.h"
#include "visitplan.h"
#include "workspace/action.h"
#include "workspace/assessment.h"
#include "workspace/evidenceitem.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace seqohs {

// What a readiness report says, as plain values: the renderers (PDF, HTML, ODT) and the
// spreadsheet and CSV writers turn it into documents, and decide nothing themselves. Built by
// ReadinessReportBuilder from a ScoringInput and the Readiness that Scorer::score gave for it.
struct ReadinessReport
{
    struct Cover
    {
        QString title; // "SEQOHS readiness report"
        QString serviceName;
        QString organisation;
        QStringList sites;
        QString setId;
        QString setTitle;
        QString edition;
        QString setVersion;
        QString publisher;
        QString provenance; // "summary" or "official"
        QString attribution;
        QDate asOf;            // the date the figures are for
        bool forecast = false; // asOf is after the day the report was made
        QDate plannedVisit;    // invalid when none is planned
        QDateTime generated;
        Verdict verdict = Verdict::NotReady;
        std::optional<double> score;
        std::optional<double> coverage;
        int mustApplicable = 0;
        int mustMet = 0;
        int applicable = 0;
        int excluded = 0;

        bool operator==(const Cover &) const = default;
    };

    // One assessable item with its place in the hierarchy and what the service said about it.
    struct Item
    {
        QString itemId;
        QString domainCode;
        QString domainTitle;
        QString standardCode;
        QString standardTitle;
        QString code;
        QString title;
        bool isStandard = false; // a standard assessed as a whole
        Level level = Level::Unspecified;
        double weight = 1;
        AssessmentResult result = AssessmentResult::NotAssessed;
        WorkflowStatus workflow = WorkflowStatus::ToDo;
        bool included = false;
        QString exclusionReason;
        std::optional<double> score; // points / weight, when included with a weight
        int evidenceCount = 0;
        int currentEvidence = 0;
        QString owner;
        QDateTime lastReviewed;
        QString narrative;
        QString justification;
        QStringList evidenceTitles; // linked evidence, by title
        QStringList gaps;           // why this item is on the gap list, in words; empty = no gap

        bool operator==(const Item &) const = default;
    };

    struct EvidenceRow
    {
        qint64 id = 0;
        QString title;
        EvidenceItem::Kind kind = EvidenceItem::Kind::File;
        QString owner;
        QDate documentDate;
        QDate reviewBy;
        QString location;   // file name, URL or "written statement"
        QByteArray sha256;  // full hex digest of a file's current version; empty otherwise
        QString hashPrefix; // the first characters of sha256, as the report prints it
        qint64 size = 0;
        int version = 1;
        QStringList linkedCodes; // codes of the items it is offered for, in document order
        bool current = false;
        bool expiresBeforeVisit = false;

        bool operator==(const EvidenceRow &) const = default;
    };

    struct ActionRow
    {
        qint64 id = 0;
        QString text;
        QString itemId;
        QString itemCode;
        QString itemTitle;
        QString owner;
        QDate due;
        Action::Status status = Action::Status::Open;
        QDate completed;
        QString source;
        bool overdue = false;

        bool operator==(const ActionRow &) const = default;
    };

    // The latest assessor's response imported into the workspace, as the report shows it:
    // the recommendation and the finding for each standard, with the service's own view beside
    // it. Display texts are filled in by whoever reads the response (ResponseImport).
    struct AssessorResponse
    {
        enum class Outcome { NotRecorded, Met, NotMet, FurtherEvidence };

        struct Finding
        {
            Outcome outcome = Outcome::NotRecorded;
            QString standardCode;
            QString standardTitle;
            QString result; // "Further evidence required"
            QString grade;  // "Minor non-conformity"; empty when none
            QString comments;
            struct RequiredAction
            {
                QString text;
                QDate due; // invalid: no date given
                bool operator==(const RequiredAction &) const = default;
            };
            QList<RequiredAction> requiredActions;
            bool needsReReview = false; // criteria changed since the response was imported
            // The service's own view of the standard now ("Partly met") and how it compares
            // with the finding ("More optimistic than the assessor"); empty when not compared.
            QString serviceView;
            QString comparison;

            bool operator==(const Finding &) const = default;
        };
        // Where the service's own view met the assessor's, by domain (see Calibration).
        struct CalibrationRow
        {
            QString domain; // "1 Governance and Finance"; the last row is all domains
            int reviewed = 0;
            int agreed = 0;
            int moreOptimistic = 0;
            int moreCautious = 0;

            bool operator==(const CalibrationRow &) const = default;
        };

        QString assessor;
        QDate imported;
        QString recommendation; // "Defer with actions"; empty when the assessor set none
        QString summary;
        int met = 0;
        int notMet = 0;
        int furtherEvidence = 0;
        int notRecorded = 0;
        int requiredActions = 0;
        int needsReReview = 0;
        int standards = 0; // standards in the set: those without a finding are not in findings
        QList<Finding> findings;           // in document order
        QList<CalibrationRow> calibration; // by domain, then the total; empty when none compared

        bool operator==(const AssessorResponse &) const = default;
    };

    // A sign-off of part of the self-assessment, and whether it still holds.
    struct SignOffLine
    {
        QString covers; // "standard S23-GOV-T1 (Accountable and lawful running of the service)"
        QString signer;
        QDate signedOn;
        QString comment;
        bool holds = true;
        QDate voidedOn;      // for a void one
        QStringList changes; // what changed since, for a void one

        bool operator==(const SignOffLine &) const = default;
    };

    Cover cover;
    std::optional<AssessorResponse> response; // none until a response is imported
    QList<SignOffLine> signOffs;              // oldest first
    // A summary set is our own paraphrase of the standards, not the owner's wording; the report
    // says so on the cover and in every export.
    bool summarySet = false;
    QString summaryNotice; // the sentence that says so; empty for an official set

    Figures overall;
    QList<NodeScore> domains;   // summary by domain, in document order
    QList<NodeScore> standards; // in document order
    QList<Item> items;          // every assessable item, in document order (the appendix)
    QList<Item> mustItems;      // included must items
    QStringList reasons;        // why the verdict is not Ready, as the scorer decided it
    // Every reason for the verdict with the thresholds and the distance to them (VerdictReasons).
    QStringList verdictReasons;
    VisitPlan visitPlan; // "before the visit": what to close first, by whom, by when
    QList<ReadinessCheck> checks;
    QList<Item> gaps;         // included items not met, partially met, not assessed or
                              // without current evidence
    QList<ActionRow> actions; // open first by due date, then done
    QList<EvidenceRow> evidence;
    QList<EvidenceRow> expiringBeforeVisit;
    Currency currency;
    QList<Snapshot> history; // earlier snapshots, oldest first, for "readiness over time"

    bool operator==(const ReadinessReport &) const = default;
};

} // namespace seqohs
