#include "demoworkspace.h"

#include "catalogue/standardslibrary.h"
#include "scoring/scorer.h"
#include "scoring/snapshot.h"
#include "scoringinputbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

// A one-page PDF with one line of text, written by hand: enough to show a real PDF as evidence.
QByteArray minimalPdf(const QByteArray &title, const QByteArray &line)
{
    const QByteArray content =
        "BT /F1 16 Tf 72 760 Td (" + title + ") Tj /F1 11 Tf 0 -28 Td (" + line + ") Tj ET";
    // The page object is one literal split over two lines, kept out of the list below where
    // two adjacent literals would read as a missing comma.
    const QByteArray page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
                            "<< /Font << /F1 4 0 R >> >> /Contents 5 0 R >>";
    QList<QByteArray> objects{"<< /Type /Catalog /Pages 2 0 R >>",
                              "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page,
                              "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                              "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" +
                                  content + "\nendstream"};
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

struct DemoFile
{
    const char *name;
    const char *title;
    const char *description;
    const char *owner;
    int documentAge; // days before today
    int reviewIn;    // days after today; 0 = no review date
    QByteArray content;
    QStringList supports; // codes of the criteria it is evidence for
};

// Links to the criteria with these codes, those the set has: each item sits on the criteria
// it is about, whatever order the set lists them in.
QList<EvidenceLink> linksTo(const QHash<QString, QString> &idByCode, const QStringList &codes,
                            const QString &note = {})
{
    QList<EvidenceLink> links;
    for (const QString &code : codes) {
        const QString id = idByCode.value(code);
        if (!id.isEmpty())
            links << EvidenceLink{0, id, note};
    }
    return links;
}

const char *const owners[] = {"Dr Priya Shah, Clinical Lead", "Tom Okafor, Lead OH Nurse",
                              "Helen Marsh, Service Manager", "Gareth Lewis, Practice Manager"};

QString narrativeFor(AssessmentResult result, const AssessableItem &item, int index)
{
    const QString title = item.title;
    switch (result) {
    case AssessmentResult::Met:
        return index % 2 == 0
                   ? tr("We meet \"%1\". The arrangements are written into our operating "
                        "procedures, were last audited this year with no exceptions, and the "
                        "clinical governance group reviews them quarterly. Evidence is linked.")
                         .arg(title)
                   : tr("\"%1\" is met across all three sites. Staff confirm the process at "
                        "induction and "
                        "in annual appraisal; the most recent spot check of ten cases found all "
                        "compliant.")
                         .arg(title);
    case AssessmentResult::PartiallyMet:
        return tr("Largely in place for \"%1\" at Northgate House, but the Riverside Clinic "
                  "still follows the older procedure. An action is open to align the sites "
                  "before the visit.")
            .arg(title);
    case AssessmentResult::NotMet:
        return tr("Not yet met: we have no written process for \"%1\". A draft is with the "
                  "Clinical Lead and an action is in the plan.")
            .arg(title);
    case AssessmentResult::NotApplicable:
        return tr("Does not apply to our service.");
    case AssessmentResult::NotAssessed:
        break;
    }
    return QString();
}

} // namespace

Expected<std::unique_ptr<Workspace>> DemoWorkspace::create(const QString &path, const QDate &today)
{
    Expected<StandardsSet> set = StandardsLibrary::bundled(StandardsLibrary::defaultId());
    if (!set.ok())
        return set.errors();
    return create(path, today, *set);
}

Expected<std::unique_ptr<Workspace>> DemoWorkspace::create(const QString &path, const QDate &today,
                                                           const StandardsSet &set)
{
    ServiceProfile profile;
    profile.name = QStringLiteral("Northgate Occupational Health");
    profile.organisation = QStringLiteral("Northgate Health Partnership (fictional)");
    profile.sites = QStringList{QStringLiteral("Northgate House, Leeds"),
                                QStringLiteral("Riverside Clinic, Wakefield"),
                                QStringLiteral("Mobile screening unit")};
    profile.servesNhs = true;
    profile.plannedAssessment = today.addDays(75);
    profile.annualReturn = today.addDays(200);

    Expected<std::unique_ptr<Workspace>> created = Workspace::create(path, profile, set);
    if (!created.ok())
        return created.errors();
    Workspace &ws = **created;
    const QList<AssessableItem> items = set.assessables();
    if (items.isEmpty())
        return created;
    QHash<QString, QString> idByCode;
    for (const AssessableItem &item : items)
        idByCode.insert(item.code, item.id);

    // Assessments: every applicable item of every domain, in a repeating but uneven pattern.
    static const AssessmentResult pattern[] = {
        AssessmentResult::Met,          AssessmentResult::Met,    AssessmentResult::PartiallyMet,
        AssessmentResult::Met,          AssessmentResult::NotMet, AssessmentResult::Met,
        AssessmentResult::PartiallyMet, AssessmentResult::Met,    AssessmentResult::NotAssessed,
        AssessmentResult::Met,          AssessmentResult::Met,    AssessmentResult::NotApplicable};
    for (int i = 0; i < items.size(); ++i) {
        const AssessableItem &item = items.at(i);
        if (!StandardsSet::appliesTo(item, profile.tags()))
            continue;
        AssessmentResult result = pattern[i % std::size(pattern)];
        if (result == AssessmentResult::NotApplicable && item.level == Level::Must)
            result = AssessmentResult::Met;
        if (result == AssessmentResult::NotAssessed)
            continue;
        Assessment a;
        a.itemId = item.id;
        a.result = result;
        a.narrative = narrativeFor(result, item, i);
        a.owner = QString::fromUtf8(owners[i % std::size(owners)]);
        // Reviewed at least a day ago: a review time later today would be in the future, and
        // an assessor's response imported today would already look out of date.
        a.lastReviewed = QDateTime(today.addDays(-qMax(1, (i * 7) % 120)), QTime(9, 30), Qt::UTC);
        switch (result) {
        case AssessmentResult::Met:
            a.workflow = i % 3 == 0 ? WorkflowStatus::ReadyForReview : WorkflowStatus::Done;
            break;
        case AssessmentResult::NotApplicable:
            a.workflow = WorkflowStatus::Done;
            a.justification = tr("We provide no services of this kind: our contracts exclude it, "
                                 "and referrals for it go to the regional specialist service.");
            break;
        default:
            a.workflow = WorkflowStatus::InProgress;
            break;
        }
        Status ok = ws.setAssessment(a);
        if (!ok.ok())
            return ok.errors();
    }

    // Evidence files, written to a temporary folder and copied in like a user's files.
    QTemporaryDir folder;
    if (!folder.isValid()) {
        return Error{tr("A temporary folder for the demo files could not be made."), path,
                     QString(), tr("Check the free space in the temporary folder.")};
    }
    const QByteArray today8 = today.toString(Qt::ISODate).toUtf8();
    const QList<DemoFile> files{
        {"oh-service-policy.txt",
         "Occupational health service policy",
         "The service's scope, values and governance, approved by the partnership board.",
         owners[2],
         180,
         185,
         "Northgate Occupational Health - Service Policy (version 3)\n\nScope: pre-placement, "
         "management referral, health surveillance and immunisation for NHS and private "
         "clients.\nGovernance: quarterly clinical governance group; annual review by the "
         "board.\n",
         {QStringLiteral("S23-GOV-01"), QStringLiteral("S23-GOV-02"), QStringLiteral("S23-GOV-03"),
          QStringLiteral("S23-RES-09"), QStringLiteral("S23-QAI-03")}},
        {"governance-minutes-q3.txt",
         "Clinical governance group minutes, Q3",
         "Minutes with audit results, incidents and complaints reviewed.",
         owners[0],
         40,
         325,
         "Clinical governance group - minutes\nPresent: Clinical Lead, Lead OH Nurse, Service "
         "Manager\n1. Referral turnaround audit: 94% within 10 working days.\n2. No serious "
         "incidents. One complaint, resolved.\n3. Actions carried forward: see action plan.\n",
         {QStringLiteral("S23-GOV-01"), QStringLiteral("S23-QAI-01"), QStringLiteral("S23-QAI-04"),
          QStringLiteral("S23-QAI-05")}},
        {"training-matrix.csv",
         "Staff training matrix",
         "Mandatory and role-specific training by role, with renewal dates.",
         owners[3],
         20,
         40,
         "role,course,completed,renewal\nOH nurse,Safeguarding adults level 3,2025-05-01,"
         "2028-05-01\nOH nurse,Basic life support,2025-09-12,2026-09-12\nOH physician,"
         "Information governance,2025-11-03,2026-11-03\nAdministrator,Information governance,"
         "2025-10-20,2026-10-20\n",
         {QStringLiteral("S23-RES-02"), QStringLiteral("S23-RES-03"),
          QStringLiteral("S23-NHS-06")}},
        {"referral-turnaround-audit.csv",
         "Audit: management referral turnaround",
         "Monthly turnaround from referral to report, all clients.",
         owners[1],
         60,
         300,
         "month,referrals,within_10_days,percent\n2025-07,84,78,92.9\n2025-08,71,68,95.8\n"
         "2025-09,90,84,93.3\n",
         {QStringLiteral("S23-OUT-01"), QStringLiteral("S23-NHS-10"), QStringLiteral("S23-NHS-11"),
          QStringLiteral("S23-QAI-01")}},
        {"client-satisfaction-2025.pdf",
         "Client satisfaction survey 2025",
         "Summary of the annual survey of managers and workers.",
         owners[2],
         90,
         275,
         QByteArray(),
         {QStringLiteral("S23-OUT-05"), QStringLiteral("S23-OUT-07"),
          QStringLiteral("S23-INF-06")}},
        {"ipc-audit.pdf",
         "Infection prevention and control audit",
         "Annual audit of the clinic rooms at all sites.",
         owners[1],
         400,
         -35,
         QByteArray(),
         {QStringLiteral("S23-RES-05"), QStringLiteral("S23-RES-07"),
          QStringLiteral("S23-NHS-12")}},
        {"business-continuity-plan.txt",
         "Business continuity plan",
         "How the service keeps running when a site, a system or staff are unavailable.",
         owners[2],
         420,
         -20,
         "Business continuity plan\n1. Loss of a site: clinics move to the other site within "
         "two working days.\n2. Loss of the records system: paper fallback, see appendix.\n",
         {QStringLiteral("S23-GOV-04"), QStringLiteral("S23-NHS-09")}},
        {"registration-checks.csv",
         "Professional registration checks",
         "Monthly NMC and GMC registration checks for clinical staff.",
         owners[3],
         10,
         30,
         "month,staff_checked,all_current\n2025-10,14,yes\n2025-11,14,yes\n",
         {QStringLiteral("S23-RES-01")}},
    };
    QList<qint64> evidenceIds;
    for (int f = 0; f < files.size(); ++f) {
        const DemoFile &file = files.at(f);
        QByteArray content = file.content;
        if (content.isEmpty()) {
            content = minimalPdf(QByteArray(file.title),
                                 "Northgate Occupational Health - summary dated " + today8);
        }
        const QString source = folder.filePath(QString::fromUtf8(file.name));
        QFile out(source);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size()) {
            return Error{tr("A demo file could not be written."), source, QString(),
                         tr("Check the free space in the temporary folder.")};
        }
        out.close();
        EvidenceItem meta;
        meta.title = QString::fromUtf8(file.title);
        meta.description = QString::fromUtf8(file.description);
        meta.owner = QString::fromUtf8(file.owner);
        meta.documentDate = today.addDays(-file.documentAge);
        meta.coversFrom = today.addDays(-file.documentAge - 365);
        meta.coversTo = today.addDays(-file.documentAge);
        if (file.reviewIn != 0)
            meta.reviewBy = today.addDays(file.reviewIn);
        Expected<qint64> id = ws.addEvidenceFile(source, meta, linksTo(idByCode, file.supports));
        if (!id.ok())
            return id.errors();
        evidenceIds << *id;
    }

    // The policy was revised: a second version keeps the first.
    {
        const QString revised = folder.filePath(QStringLiteral("oh-service-policy.txt"));
        QFile out(revised);
        const QByteArray content =
            "Northgate Occupational Health - Service Policy (version 4)\n\nScope: pre-placement, "
            "management referral, health surveillance, immunisation and fitness-to-work advice "
            "for NHS and private clients.\nGovernance: quarterly clinical governance group; "
            "annual review by the board.\n";
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
            return Error{tr("A demo file could not be written."), revised};
        out.close();
        Status ok = ws.replaceEvidenceFile(evidenceIds.first(), revised);
        if (!ok.ok())
            return ok.errors();
    }

    // Links and written statements, each on the criteria it is about.
    EvidenceItem leaflet;
    leaflet.title = QStringLiteral("Service user information leaflet (intranet)");
    leaflet.owner = QString::fromUtf8(owners[2]);
    leaflet.documentDate = today.addDays(-120);
    leaflet.reviewBy = today.addDays(245);
    const QList<EvidenceLink> leafletLinks =
        linksTo(idByCode, {QStringLiteral("S23-INF-03"), QStringLiteral("S23-INF-05"),
                           QStringLiteral("S23-INF-07")});
    EvidenceItem retention;
    retention.title = QStringLiteral("Records retention schedule");
    retention.description = QStringLiteral("Held on the shared drive; reviewed annually.");
    retention.owner = QString::fromUtf8(owners[3]);
    retention.documentDate = today.addDays(-300);
    retention.reviewBy = today.addDays(60);
    const QList<EvidenceLink> retentionLinks = linksTo(
        idByCode,
        {QStringLiteral("S23-INF-01"), QStringLiteral("S23-INF-02"), QStringLiteral("S23-INF-04")},
        QStringLiteral("Section 4"));
    Expected<qint64> leafletId = ws.addEvidenceLink(
        QStringLiteral("https://intranet.northgate.example/oh/service-user-leaflet"), leaflet,
        leafletLinks);
    if (!leafletId.ok())
        return leafletId.errors();
    Expected<qint64> retentionId = ws.addEvidenceLink(
        QStringLiteral("\\\\northgate-fs01\\oh\\governance\\records-retention.docx"), retention,
        retentionLinks);
    if (!retentionId.ok())
        return retentionId.errors();

    EvidenceItem premises;
    premises.title = QStringLiteral("Statement: premises and accessibility");
    premises.owner = QString::fromUtf8(owners[2]);
    premises.documentDate = today.addDays(-15);
    premises.reviewBy = today.addDays(350);
    Expected<qint64> premisesId = ws.addEvidenceStatement(
        QStringLiteral("All three sites have step-free access, a hearing loop at reception and "
                       "private consulting rooms. The mobile unit is used only for health "
                       "surveillance and has a ramp. Checked by the Service Manager this "
                       "month."),
        premises, linksTo(idByCode, {QStringLiteral("S23-RES-05")}));
    if (!premisesId.ok())
        return premisesId.errors();
    EvidenceItem complaints;
    complaints.title = QStringLiteral("Statement: complaints handling");
    complaints.owner = QString::fromUtf8(owners[0]);
    complaints.documentDate = today.addDays(-200);
    complaints.reviewBy = today.addDays(-5);
    Expected<qint64> complaintsId = ws.addEvidenceStatement(
        QStringLiteral("Complaints are acknowledged within three working days and answered "
                       "within twenty. Each is reviewed at the clinical governance group and "
                       "lessons are shared with the team."),
        complaints,
        linksTo(idByCode, {QStringLiteral("S23-QAI-04"), QStringLiteral("S23-GOV-03")}));
    if (!complaintsId.ok())
        return complaintsId.errors();

    // The action plan.
    struct DemoAction
    {
        const char *text;
        const char *code; // the criterion it serves
        const char *owner;
        int dueIn;
        Action::Status status;
    };
    const DemoAction actions[] = {
        {"Align the Riverside Clinic with the current referral procedure", "S23-RES-09", owners[1],
         30, Action::Status::InProgress},
        {"Write and approve the financial procedures; present them to the governance group",
         "S23-GOV-05", owners[0], 45, Action::Status::Open},
        {"Repeat the infection prevention and control audit at all sites", "S23-RES-05", owners[1],
         -10, Action::Status::Open},
        {"Update the business continuity plan and test it with a desk exercise", "S23-GOV-04",
         owners[2], -3, Action::Status::Open},
        {"Complete the health and safety risk assessment for each site", "S23-RES-06", owners[2],
         21, Action::Status::Open},
        {"Renew basic life support training for two nurses", "S23-RES-02", owners[3], 20,
         Action::Status::Open},
        {"Publish the client satisfaction survey results on the intranet", "S23-OUT-05", owners[2],
         -30, Action::Status::Done},
        {"Add the records retention schedule to the induction pack", "S23-INF-04", owners[3], -60,
         Action::Status::Done},
    };
    for (const DemoAction &d : actions) {
        Action a;
        a.text = QString::fromUtf8(d.text);
        a.itemId = idByCode.value(QString::fromLatin1(d.code));
        a.owner = QString::fromUtf8(d.owner);
        a.due = today.addDays(d.dueIn);
        a.status = d.status;
        if (d.status == Action::Status::Done)
            a.completed = today.addDays(d.dueIn - 4);
        Expected<qint64> id = ws.addAction(a);
        if (!id.ok())
            return id.errors();
    }

    // Snapshots over the past year, so that "readiness over time" has a story: a year ago
    // much was not yet assessed and little evidence was in, and it has grown since. Each is
    // the workspace as it stands, with the later work taken away.
    Expected<ScoringInput> read = scoringInputFor(ws, today);
    if (!read)
        return read.errors();
    const ScoringInput now = *read;
    const struct
    {
        int daysAgo;
        int unassessedOutOf10; // of the assessed items, how many in ten were not yet assessed
        const char *name;
    } history[] = {{360, 7, "Gap analysis"},
                   {270, 5, "Quarterly review 1"},
                   {180, 3, "Quarterly review 2"},
                   {90, 1, "Quarterly review 3"}};
    for (const auto &h : history) {
        ScoringInput then = now;
        then.asOf = today.addDays(-h.daysAgo);
        int n = 0;
        for (const AssessableItem &item : items) {
            auto a = then.assessments.find(item.id);
            if (a == then.assessments.end())
                continue;
            if (n++ % 10 < h.unassessedOutOf10)
                then.assessments.erase(a);
            else if (a->result == AssessmentResult::Met && n % 3 == 0 && h.daysAgo > 200)
                a->result = AssessmentResult::PartiallyMet;
        }
        // Evidence not yet written then is left out, with its links.
        QSet<qint64> later;
        then.evidence.removeIf([&](const EvidenceItem &e) {
            const bool notYet = e.documentDate.isValid() && e.documentDate > then.asOf;
            if (notYet)
                later.insert(e.id);
            return notYet;
        });
        then.links.removeIf([&](const EvidenceLink &l) { return later.contains(l.evidenceId); });
        then.actions.clear();
        const Snapshot snapshot = Snapshot::capture(
            QString::fromLatin1(h.name) + QStringLiteral(", ") +
                then.asOf.toString(QStringLiteral("MMMM yyyy")),
            QDateTime(then.asOf, QTime(9, 0), Qt::UTC), then, Scorer::score(then));
        if (Status saved = ws.saveSnapshot(snapshot.name, snapshot.toJson()); !saved.ok())
            return saved.errors();
    }
    return created;
}

} // namespace seqohs
