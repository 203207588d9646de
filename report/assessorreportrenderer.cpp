#include "assessorreportrenderer.h"

#include "common/savefile.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AssessorReportRenderer", text);
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

QString AssessorReportRenderer::html() const
{
    const Review &r = m_review;
    QString h;
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title>"
                        "<style>"
                        "body { font-family: sans-serif; font-size: 10pt; color: #1f2933; }"
                        "h1 { font-size: 20pt; color: #17324d; margin-bottom: 2pt; }"
                        "h2 { font-size: 14pt; color: #17324d; margin-top: 16pt; "
                        "border-bottom: 1px solid #c9d3dd; }"
                        "h3 { font-size: 11pt; margin-top: 10pt; margin-bottom: 2pt; }"
                        "td, th { vertical-align: top; }"
                        "th { background: #e8eef4; text-align: left; }"
                        ".muted { color: #5f6b7a; }"
                        ".rec { font-size: 14pt; font-weight: bold; }"
                        "</style></head><body>")
             .arg(esc(tr("Assessor report")));
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("SEQOHS assessor report")));
    h += QStringLiteral("<p class=\"muted\">%1</p>")
             .arg(esc(r.organisation.isEmpty()
                          ? r.serviceName
                          : r.serviceName + QStringLiteral(", ") + r.organisation));

    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    auto row = [&h](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), value);
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
             .arg(esc(recommendationDisplayName(r.recommendation)));
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
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" "
                        "cellpadding=\"3\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                        "<th>%5</th></tr><tr><td>%6</td><td>%7</td><td>%8</td><td>%9</td><td>%10</"
                        "td></tr></table>")
             .arg(esc(tr("Met")), esc(tr("Not met")), esc(tr("Further evidence required")),
                  esc(tr("Not recorded")), esc(tr("Required actions")))
             .arg(met)
             .arg(notMet)
             .arg(further)
             .arg(open)
             .arg(actions);

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Findings by standard")));
    QString domain;
    for (const StandardFinding &f : r.findings) {
        if (f.domainCode + f.domainTitle != domain) {
            domain = f.domainCode + f.domainTitle;
            h += QStringLiteral("<h3 style=\"color:#17324d\">%1 %2</h3>")
                     .arg(esc(f.domainCode), esc(f.domainTitle));
        }
        h += QStringLiteral(
            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" style=\"margin-top: 4px\">");
        QString heading =
            QStringLiteral("<b>%1 %2</b><br>%3")
                .arg(esc(f.standardCode), esc(f.standardTitle), resultBadge(f.result));
        if (f.grade != FindingGrade::None)
            heading += QStringLiteral(" &middot; %1").arg(esc(findingGradeDisplayName(f.grade)));
        // A light band per standard keeps one finding visually apart from the next.
        h += QStringLiteral("<tr><td style=\"background: #f5f8fb\">%1").arg(heading);
        if (!f.comments.isEmpty())
            h += QStringLiteral("<br>%1").arg(esc(f.comments));
        for (const RequiredAction &a : f.actions) {
            h += QStringLiteral("<br>&#9656; <i>%1</i> %2")
                     .arg(esc(tr("Required action, due %1:").arg(date(a.due))), esc(a.text));
        }
        h += QStringLiteral("</td></tr></table>");
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Required actions")));
    if (actions == 0) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    } else {
        h += QStringLiteral("<table width=\"100%\" "
                            "cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                 .arg(esc(tr("Standard")), esc(tr("Action")), esc(tr("Due")));
        for (const StandardFinding &f : r.findings) {
            for (const RequiredAction &a : f.actions) {
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                         .arg(esc(f.standardCode), esc(a.text), esc(date(a.due)));
            }
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}

Status AssessorReportRenderer::writePdf(QIODevice &device) const
{
    QPdfWriter writer(&device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("SEQOHS assessor report: %1").arg(m_review.serviceName));
    writer.setCreator(QStringLiteral("seqohs-tracker"));
    QTextDocument document;
    document.setHtml(html());
    // print() adds a page number at the foot of every page.
    document.print(&writer);
    return success();
}

Status AssessorReportRenderer::writePdf(const QString &path) const
{
    return saveFileAtomically(path, [this](QIODevice &device) { return writePdf(device); });
}

} // namespace seqohs
