#include "assessorreportrenderer.h"
#include "pagedpdf.h"

#include "common/savefile.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QLocale>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

// A code such as "S23-GOV-T2" is one word: it never breaks at a hyphen.
QString code(const QString &text)
{
    return QStringLiteral("<span style=\"white-space:nowrap\">%1</span>").arg(text.toHtmlEscaped());
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString date(const QDate &d)
{
    return d.isValid() ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                             .toString(d, QStringLiteral("d MMMM yyyy"))
                       : tr("no date given");
}

// Colour and a word together: never colour alone.
QString resultBadge(FindingResult result)
{
    const char *colour = "#5f6b7a";
    switch (result) {
    case FindingResult::Met:
        colour = "#1b7f4b";
        break;
    case FindingResult::NotMet:
        colour = "#b3261e";
        break;
    case FindingResult::FurtherEvidenceRequired:
        colour = "#9a5b00";
        break;
    case FindingResult::NotRecorded:
        break;
    }
    return QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>")
        .arg(QLatin1String(colour), esc(findingResultDisplayName(result)));
}

} // namespace

AssessorReportRenderer::AssessorReportRenderer(Review review)
    : m_review(std::move(review))
{
}

Expected<QHash<QString, AssessorReportRenderer::Criterion>>
AssessorReportRenderer::criteriaOf(const Workspace &snapshot)
{
    QHash<QString, Criterion> out;
    Expected<QHash<QString, Assessment>> read = snapshot.assessments();
    if (!read)
        return read.errors();
    Expected<QList<EvidenceItem>> items = snapshot.evidence();
    if (!items)
        return items.errors();
    Expected<QList<EvidenceLink>> links = snapshot.links();
    if (!links)
        return links.errors();
    const QHash<QString, Assessment> &assessments = *read;
    QHash<qint64, QString> titles;
    for (const EvidenceItem &e : *items)
        titles.insert(e.id, e.title);
    QHash<QString, QStringList> evidence;
    for (const EvidenceLink &l : *links)
        evidence[l.itemId] << titles.value(l.evidenceId);
    for (const AssessableItem &item : snapshot.standardsSet().assessables()) {
        Criterion c;
        c.code = item.code;
        c.title = item.title;
        c.result = resultDisplayName(assessments.value(item.id).result);
        c.evidence = evidence.value(item.id);
        out.insert(item.id, c);
    }
    return out;
}

bool AssessorReportRenderer::isDraft() const
{
    return m_review.recommendation == Recommendation::None || m_review.unrecorded() > 0;
}

QString AssessorReportRenderer::html() const
{
    const Review &r = m_review;
    const QString grid = QStringLiteral(
        "width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
        "style=\"border-collapse:collapse; border-color:#c9d3dd; border-style:solid; "
        "margin-top:4px\"");
    QString h;
    h += PagedPdf::htmlStart(tr("Assessor report"),
                             QStringLiteral(".rec { font-size: 14pt; font-weight: bold; }"));
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("SEQOHS assessor report")));
    h += QStringLiteral("<p class=\"muted\">%1</p>")
             .arg(esc(r.organisation.isEmpty()
                          ? r.serviceName
                          : r.serviceName + QStringLiteral(", ") + r.organisation));
    if (isDraft()) {
        QStringList why;
        if (r.unrecorded() > 0) {
            why << (r.unrecorded() == 1
                        ? tr("1 of %1 standards has no finding yet").arg(r.findings.size())
                        : tr("%1 of %2 standards have no finding yet")
                              .arg(r.unrecorded())
                              .arg(r.findings.size()));
        }
        if (r.recommendation == Recommendation::None)
            why << tr("the recommendation is not set");
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>"
                            "<td bgcolor=\"#b3261e\" style=\"color:#ffffff\"><b>%1</b> %2</td>"
                            "</tr></table>")
                 .arg(esc(tr("DRAFT")),
                      esc(tr("Not a final report: %1.")
                              .arg(QLocale(QLocale::English, QLocale::UnitedKingdom)
                                       .createSeparatedList(why))));
    }

    h += QStringLiteral("<table %1>").arg(grid);
    auto row = [&h](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><th width=\"28%\">%1</th><td width=\"72%\">%2</td></tr>")
                 .arg(esc(label), value);
    };
    row(tr("Assessor"), esc(r.assessor));
    row(tr("Standards set"), esc(QStringLiteral("%1 (version %2)").arg(r.setId, r.setVersion)));
    row(tr("Pack"), esc(r.packFile));
    row(tr("Pack root hash"), QStringLiteral("<span style=\"font-family: monospace\">%1</span>")
                                  .arg(esc(r.packRootHash)));
    row(tr("Signed by"),
        esc(r.packSigner + (r.packSignerConfirmed ? tr(" (confirmed with the service)")
                                                  : tr(" (fingerprint not confirmed)"))));
    row(tr("Report date"), esc(date(r.updated.toLocalTime().date())));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Recommendation")));
    h += QStringLiteral("<p class=\"rec\">%1</p>")
             .arg(esc(r.recommendation == Recommendation::None
                          ? tr("Not set yet")
                          : recommendationDisplayName(r.recommendation)));
    if (!r.summary.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(r.summary));

    // Counts by finding.
    int met = 0, notMet = 0, further = 0, open = 0, actions = 0;
    for (const StandardFinding &f : r.findings) {
        met += f.result == FindingResult::Met;
        notMet += f.result == FindingResult::NotMet;
        further += f.result == FindingResult::FurtherEvidenceRequired;
        open += f.result == FindingResult::NotRecorded;
        actions += int(f.actions.size());
    }
    h += QStringLiteral("<table %11><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                        "<th>%5</th></tr><tr><td>%6</td><td>%7</td><td>%8</td><td>%9</td>"
                        "<td>%10</td></tr></table>")
             .arg(esc(tr("Met")), esc(tr("Not met")), esc(tr("Further evidence required")),
                  esc(tr("Not recorded")), esc(tr("Required actions")))
             .arg(met)
             .arg(notMet)
             .arg(further)
             .arg(open)
             .arg(actions)
             .arg(grid);

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Findings by standard")));
    QString domain;
    for (const StandardFinding &f : r.findings) {
        if (f.domainCode + f.domainTitle != domain) {
            domain = f.domainCode + f.domainTitle;
            h += QStringLiteral("<h3>%1 %2</h3>").arg(code(f.domainCode), esc(f.domainTitle));
        }
        h += QStringLiteral("<table %1>").arg(grid);
        QString heading =
            QStringLiteral("<b>%1 %2</b><br>%3")
                .arg(code(f.standardCode), esc(f.standardTitle), resultBadge(f.result));
        if (f.grade != FindingGrade::None)
            heading += QStringLiteral(" &middot; %1").arg(esc(findingGradeDisplayName(f.grade)));
        h += QStringLiteral("<tr><td colspan=\"3\" bgcolor=\"#f5f8fb\">%1").arg(heading);
        if (!f.comments.isEmpty())
            h += QStringLiteral("<br>%1").arg(esc(f.comments));
        h += QStringLiteral("</td></tr>");
        // What the finding is about: each criterion, the service's own result, its evidence.
        if (!f.criterionIds.isEmpty()) {
            h += QStringLiteral("<tr><th width=\"46%\">%1</th><th width=\"18%\">%2</th>"
                                "<th width=\"36%\">%3</th></tr>")
                     .arg(esc(tr("Criterion")), esc(tr("Service's result")),
                          esc(tr("Evidence offered")));
            for (const QString &id : f.criterionIds) {
                const auto c = m_criteria.constFind(id);
                if (c == m_criteria.cend()) {
                    h += QStringLiteral("<tr><td>%1</td><td></td><td></td></tr>").arg(code(id));
                    continue;
                }
                h += QStringLiteral("<tr><td>%1 %2</td><td>%3</td><td>%4</td></tr>")
                         .arg(code(c->code), esc(c->title), esc(c->result),
                              c->evidence.isEmpty()
                                  ? QStringLiteral("<span class=\"muted\">%1</span>")
                                        .arg(esc(tr("none")))
                                  : esc(c->evidence.join(QLatin1Char('\n'))));
            }
        }
        for (const RequiredAction &a : f.actions) {
            h += QStringLiteral("<tr><td colspan=\"3\">&#9656; <i>%1</i> %2</td></tr>")
                     .arg(esc(tr("Required action, due %1:").arg(date(a.due))), esc(a.text));
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Required actions")));
    if (actions == 0) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    } else {
        // Ruled columns with room between them: the code, the action and the date never run
        // into each other.
        h += QStringLiteral("<table %1><tr><th width=\"20%\">%2</th><th width=\"58%\">%3</th>"
                            "<th width=\"22%\">%4</th></tr>")
                 .arg(grid, esc(tr("Standard")), esc(tr("Action")), esc(tr("Due")));
        for (const StandardFinding &f : r.findings) {
            for (const RequiredAction &a : f.actions) {
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                         .arg(code(f.standardCode), esc(a.text), esc(date(a.due)));
            }
        }
        h += QStringLiteral("</table>");
    }

    // Sign-off.
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Sign-off")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("I confirm that the findings and the recommendation above are my "
                         "assessment of the submission identified by the pack root hash.")));
    h += QStringLiteral("<table %1>").arg(grid);
    for (const QString &label : {tr("Assessor"), tr("Signature"), tr("Date")}) {
        h += QStringLiteral("<tr><th width=\"28%\" height=\"36\">%1</th><td width=\"72%\">%2</td>"
                            "</tr>")
                 .arg(esc(label), label == tr("Assessor") ? esc(r.assessor) : QString());
    }
    h += QStringLiteral("</table>");
    h += QStringLiteral("</body></html>");
    return h;
}

Status AssessorReportRenderer::writePdf(QIODevice &device) const
{
    PagedPdf::Options options;
    options.title = tr("SEQOHS assessor report: %1").arg(m_review.serviceName);
    options.headerLeft = tr("SEQOHS assessor report \u00B7 %1").arg(m_review.serviceName);
    const bool draft = isDraft();
    options.headerRight = draft ? tr("DRAFT") : date(m_review.updated.toLocalTime().date());
    if (draft) {
        options.headerRightColour = QColor(0xb3, 0x26, 0x1e);
        options.watermark = tr("DRAFT");
    }
    // A finding's heading, the criteria header and the first criterion stay together.
    options.keepTableRows = 3;
    return PagedPdf::write(device, html(), options);
}

Status AssessorReportRenderer::writePdf(const QString &path) const
{
    return saveFileAtomically(path, [this](QIODevice &device) { return writePdf(device); });
}

} // namespace seqohs
