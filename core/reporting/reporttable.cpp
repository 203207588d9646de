#include "reporttable.h"

#include <QCoreApplication>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

using Kind = ReportTable::Kind;

QVariant optionalShare(const std::optional<double> &share)
{
    return share ? QVariant(*share) : QVariant();
}

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

QString evidenceStatus(const ReadinessReport::EvidenceRow &row)
{
    if (!row.current)
        return tr("Expired");
    if (row.expiresBeforeVisit)
        return tr("Expires before the visit");
    return tr("Current");
}

QString levelName(Level level)
{
    switch (level) {
    case Level::Must:
        return tr("Must");
    case Level::Should:
        return tr("Should");
    case Level::Unspecified:
        return tr("Unspecified");
    }
    return QString();
}

QString kindName(EvidenceItem::Kind kind)
{
    switch (kind) {
    case EvidenceItem::Kind::File:
        return tr("File");
    case EvidenceItem::Kind::Link:
        return tr("Link");
    case EvidenceItem::Kind::Statement:
        return tr("Statement");
    }
    return QString();
}

QString yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

} // namespace

ReportTable ReportTable::assessment(const ReadinessReport &report, bool groupRows)
{
    ReportTable table;
    table.name = tr("Assessment");
    table.columns = {
        {tr("Domain code"), Kind::Text, 8},
        {tr("Domain"), Kind::Text, 22},
        {tr("Standard code"), Kind::Text, 12},
        {tr("Standard"), Kind::Text, 26},
        {tr("Item id"), Kind::Text, 14},
        {tr("Item code"), Kind::Text, 12},
        {tr("Item"), Kind::LongText, 40},
        {tr("Level"), Kind::Text, 9},
        {tr("Weight"), Kind::Number, 7},
        {tr("Included"), Kind::Text, 8},
        {tr("Result"), Kind::Text, 14},
        {tr("Score"), Kind::Percent, 8},
        {tr("Workflow"), Kind::Text, 14},
        {tr("Owner"), Kind::Text, 24},
        {tr("Last reviewed"), Kind::DateTime, 17},
        {tr("Linked evidence"), Kind::Integer, 9},
        {tr("Current evidence"), Kind::Integer, 9},
        {tr("Narrative"), Kind::LongText, 60},
        {tr("Justification or exclusion"), Kind::LongText, 30},
        {tr("Gaps"), Kind::LongText, 30},
    };

    auto nodeScore = [](const QList<NodeScore> &nodes, const QString &code,
                        const QString &title) -> QVariant {
        for (const NodeScore &node : nodes) {
            if (node.code == code && node.title == title)
                return optionalShare(node.figures.score());
        }
        return QVariant();
    };
    bool first = true;
    QString lastDomain;
    QString lastStandard;
    for (const ReadinessReport::Item &item : report.items) {
        if (groupRows) {
            if (first || item.domainCode + item.domainTitle != lastDomain) {
                first = false;
                lastDomain = item.domainCode + item.domainTitle;
                lastStandard.clear();
                Row row;
                row.heading = true;
                row.level = 0;
                row.cells.resize(table.columns.size());
                row.cells[0] = item.domainCode;
                row.cells[1] = item.domainTitle;
                row.cells[11] = nodeScore(report.domains, item.domainCode, item.domainTitle);
                table.rows << row;
            }
            if (!item.isStandard && (item.standardCode + item.standardTitle != lastStandard)) {
                lastStandard = item.standardCode + item.standardTitle;
                Row row;
                row.heading = true;
                row.level = 1;
                row.cells.resize(table.columns.size());
                row.cells[0] = item.domainCode;
                row.cells[1] = item.domainTitle;
                row.cells[2] = item.standardCode;
                row.cells[3] = item.standardTitle;
                row.cells[11] = nodeScore(report.standards, item.standardCode, item.standardTitle);
                table.rows << row;
            }
        }
        Row row;
        row.level = groupRows ? (item.isStandard ? 1 : 2) : 0;
        row.cells = {
            item.domainCode,
            item.domainTitle,
            item.standardCode,
            item.standardTitle,
            item.itemId,
            item.code,
            item.title,
            levelName(item.level),
            item.weight,
            yesNo(item.included),
            resultDisplayName(item.result),
            optionalShare(item.score),
            workflowDisplayName(item.workflow),
            item.owner,
            item.lastReviewed.isValid() ? QVariant(item.lastReviewed.toUTC()) : QVariant(),
            qint64(item.evidenceCount),
            qint64(item.currentEvidence),
            item.narrative,
            item.included
                ? item.justification
                : (item.justification.isEmpty() ? item.exclusionReason : item.justification),
            item.gaps.join(QStringLiteral("; ")),
        };
        table.rows << row;
    }
    return table;
}

ReportTable ReportTable::evidence(const ReadinessReport &report)
{
    ReportTable table;
    table.name = tr("Evidence");
    table.columns = {
        {tr("Id"), Kind::Integer, 7},          {tr("Title"), Kind::LongText, 40},
        {tr("Kind"), Kind::Text, 10},          {tr("Owner"), Kind::Text, 24},
        {tr("Document date"), Kind::Date, 12}, {tr("Review by"), Kind::Date, 12},
        {tr("Status"), Kind::Text, 22},        {tr("Location"), Kind::LongText, 36},
        {tr("SHA-256"), Kind::Text, 20},       {tr("Size (bytes)"), Kind::Integer, 12},
        {tr("Version"), Kind::Integer, 8},     {tr("Linked items"), Kind::LongText, 30},
    };
    for (const ReadinessReport::EvidenceRow &e : report.evidence) {
        Row row;
        row.cells = {
            e.id,
            e.title,
            kindName(e.kind),
            e.owner,
            date(e.documentDate),
            date(e.reviewBy),
            evidenceStatus(e),
            e.location,
            e.sha256.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(e.sha256)),
            e.kind == EvidenceItem::Kind::File ? QVariant(e.size) : QVariant(),
            e.kind == EvidenceItem::Kind::File ? QVariant(qint64(e.version)) : QVariant(),
            e.linkedCodes.join(QStringLiteral(", ")),
        };
        table.rows << row;
    }
    return table;
}

ReportTable ReportTable::actions(const ReadinessReport &report)
{
    ReportTable table;
    table.name = tr("Actions");
    table.columns = {
        {tr("Id"), Kind::Integer, 7},      {tr("Action"), Kind::LongText, 50},
        {tr("Item code"), Kind::Text, 12}, {tr("Item"), Kind::LongText, 30},
        {tr("Owner"), Kind::Text, 24},     {tr("Due"), Kind::Date, 12},
        {tr("Status"), Kind::Text, 12},    {tr("Overdue"), Kind::Text, 9},
        {tr("Completed"), Kind::Date, 12}, {tr("Source"), Kind::Text, 10},
    };
    for (const ReadinessReport::ActionRow &a : report.actions) {
        Row row;
        row.cells = {
            a.id,
            a.text,
            a.itemCode,
            a.itemTitle,
            a.owner,
            date(a.due),
            actionStatusDisplayName(a.status),
            yesNo(a.overdue),
            date(a.completed),
            a.source.isEmpty() ? tr("Service") : a.source,
        };
        table.rows << row;
    }
    return table;
}

ReportTable ReportTable::findings(const ReadinessReport &report)
{
    ReportTable table;
    table.name = tr("Assessor's findings");
    table.columns = {
        {tr("Standard code"), Kind::Text, 12},   {tr("Standard"), Kind::LongText, 36},
        {tr("Finding"), Kind::Text, 22},         {tr("Grade"), Kind::Text, 18},
        {tr("Comments"), Kind::LongText, 40},    {tr("Required actions"), Kind::LongText, 40},
        {tr("Needs re-review"), Kind::Text, 10},
    };
    if (!report.response)
        return table;
    for (const ReadinessReport::AssessorResponse::Finding &f : report.response->findings) {
        QStringList requiredActions;
        for (const auto &a : f.requiredActions) {
            requiredActions << (a.due.isValid()
                                    ? tr("%1 (due %2)").arg(a.text, a.due.toString(Qt::ISODate))
                                    : a.text);
        }
        Row row;
        row.cells = {f.standardCode,
                     f.standardTitle,
                     f.result,
                     f.grade,
                     f.comments,
                     requiredActions.join(QLatin1Char('\n')),
                     yesNo(f.needsReReview)};
        table.rows << row;
    }
    return table;
}

ReportTable ReportTable::summary(const ReadinessReport &report)
{
    ReportTable table;
    table.name = tr("Summary");
    table.columns = {
        {tr("Domain code"), Kind::Text, 8},      {tr("Domain"), Kind::Text, 34},
        {tr("Score"), Kind::Percent, 9},         {tr("Coverage"), Kind::Percent, 10},
        {tr("Included"), Kind::Integer, 9},      {tr("Met"), Kind::Integer, 7},
        {tr("Partially met"), Kind::Integer, 9}, {tr("Not met"), Kind::Integer, 8},
        {tr("Not assessed"), Kind::Integer, 9},  {tr("Excluded"), Kind::Integer, 9},
        {tr("Must met"), Kind::Integer, 8},      {tr("Must included"), Kind::Integer, 9},
    };
    auto figuresRow = [&table](const QString &code, const QString &title, const Figures &f,
                               bool heading) {
        Row row;
        row.heading = heading;
        row.cells = {
            code,
            title,
            optionalShare(f.score()),
            optionalShare(f.coverage()),
            qint64(f.applicable),
            qint64(f.count(AssessmentResult::Met)),
            qint64(f.count(AssessmentResult::PartiallyMet)),
            qint64(f.count(AssessmentResult::NotMet)),
            qint64(f.count(AssessmentResult::NotAssessed)),
            qint64(f.excluded),
            qint64(f.mustMet),
            qint64(f.mustApplicable),
        };
        table.rows << row;
    };
    for (const NodeScore &domain : report.domains)
        figuresRow(domain.code, domain.title, domain.figures, false);
    figuresRow(QString(), tr("Overall"), report.overall, true);
    return table;
}

} // namespace seqohs
