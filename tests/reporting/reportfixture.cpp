#include "reportfixture.h"

#include "catalogue/standardslibrary.h"

#include <QCryptographicHash>

#include <catch2/catch.hpp>

using namespace seqohs;

ScoringInput richInput(int evidenceCount)
{
    ScoringInput in;
    Expected<StandardsSet> set = StandardsLibrary::bundled(StandardsLibrary::defaultId());
    REQUIRE(set.ok());
    in.set = set.value();
    in.asOf = QDate(2026, 3, 1);
    in.profile.name = QStringLiteral("Northgate Occupational Health");
    in.profile.organisation = QStringLiteral("Northgate Health Partnership");
    in.profile.sites = {QStringLiteral("Leeds"), QStringLiteral("York")};
    in.profile.servesNhs = true;
    in.profile.plannedAssessment = QDate(2026, 9, 15);

    const QList<AssessableItem> items = in.set.assessables();
    REQUIRE(items.size() > 10);
    const AssessmentResult cycle[] = {AssessmentResult::Met,          AssessmentResult::Met,
                                      AssessmentResult::PartiallyMet, AssessmentResult::NotMet,
                                      AssessmentResult::Met,          AssessmentResult::NotAssessed,
                                      AssessmentResult::Met};
    for (int i = 0; i < items.size(); ++i) {
        Assessment a;
        a.itemId = items.at(i).id;
        a.result = cycle[i % 7];
        if (i == 5) {
            a.result = AssessmentResult::NotApplicable;
            a.justification = QStringLiteral("We run no clinics on client premises.");
        }
        if (a.result == AssessmentResult::NotAssessed && i % 2)
            continue; // never touched: absent from the workspace
        a.workflow =
            a.result == AssessmentResult::Met ? WorkflowStatus::Done : WorkflowStatus::InProgress;
        a.owner = i % 3 ? QStringLiteral("Dr Ann Patel") : QStringLiteral("Sam O'Neill");
        a.narrative = QStringLiteral("Our approach to %1, reviewed at the quality meeting; see "
                                     "the \"policy\" folder.\nSecond paragraph: caf\u00e9 "
                                     "audit, 12% sample, \u2264 5 days.")
                          .arg(items.at(i).title);
        a.lastReviewed = QDateTime(QDate(2026, 2, 1 + i % 27), QTime(9, 30), Qt::UTC);
        in.assessments.insert(a.itemId, a);
    }

    for (int n = 1; n <= evidenceCount; ++n) {
        EvidenceItem e;
        e.id = n;
        e.kind = n % 5 == 0   ? EvidenceItem::Kind::Link
                 : n % 7 == 0 ? EvidenceItem::Kind::Statement
                              : EvidenceItem::Kind::File;
        e.title =
            QStringLiteral("Evidence %1: policy, procedure and audit \"v%2\"").arg(n).arg(n % 4);
        e.owner = QStringLiteral("Quality lead");
        e.documentDate = QDate(2025, 1 + n % 12, 1 + n % 28);
        // A mix: expired, expiring before the visit, current beyond it, and no expiry.
        switch (n % 4) {
        case 0:
            e.reviewBy = QDate(2026, 1, 1 + n % 28);
            break;
        case 1:
            e.reviewBy = QDate(2026, 4 + n % 5, 1 + n % 28);
            break;
        case 2:
            e.reviewBy = QDate(2027, 1 + n % 12, 1);
            break;
        default:
            break;
        }
        e.added = QDateTime(QDate(2026, 1, 10), QTime(10, 0), Qt::UTC);
        switch (e.kind) {
        case EvidenceItem::Kind::File:
            e.fileName = QStringLiteral("evidence-%1.pdf").arg(n);
            e.sha256 =
                QCryptographicHash::hash(e.fileName.toUtf8(), QCryptographicHash::Sha256).toHex();
            e.size = 1000 + n;
            break;
        case EvidenceItem::Kind::Link:
            e.url = QStringLiteral("https://intranet.example/policies/%1").arg(n);
            break;
        case EvidenceItem::Kind::Statement:
            e.statement = QStringLiteral("We confirm that the process ran in %1.").arg(n);
            break;
        }
        in.evidence << e;
        // Each item offered for one to three criteria.
        for (int k = 0; k < 1 + n % 3; ++k) {
            const AssessableItem &item = items.at((n * 7 + k * 13) % items.size());
            bool linked = false;
            for (const EvidenceLink &l : std::as_const(in.links))
                linked = linked || (l.evidenceId == n && l.itemId == item.id);
            if (!linked)
                in.links << EvidenceLink{n, item.id, QString()};
        }
    }

    for (int n = 1; n <= 8; ++n) {
        Action a;
        a.id = n;
        a.text = QStringLiteral("Close gap %1: update the procedure, then audit it").arg(n);
        a.itemId = items.at((n * 5) % items.size()).id;
        a.owner = QStringLiteral("Sam O'Neill");
        a.due = QDate(2026, 1 + n, 10);
        a.status = n % 3 == 0   ? Action::Status::Done
                   : n % 3 == 1 ? Action::Status::Open
                                : Action::Status::InProgress;
        if (a.status == Action::Status::Done)
            a.completed = QDate(2026, 2, n);
        in.actions << a;
    }
    return in;
}
