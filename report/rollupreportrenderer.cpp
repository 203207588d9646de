#include "rollupreportrenderer.h"
#include "pagedpdf.h"

#include "common/savefile.h"

#include <QLocale>

namespace seqohs {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

// A code such as "S23-GOV-01" is one word: it never breaks at a hyphen.
QString code(const QString &text)
{
    return QStringLiteral("<span style=\"white-space:nowrap\">%1</span>").arg(esc(text));
}

QString date(const QDate &d)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(d, QStringLiteral("d MMM yyyy"));
}

QString list(const QStringList &items)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).createSeparatedList(items);
}

// Colour and a word together: never colour alone.
QString verdictBadge(Verdict verdict)
{
    const char *colour = verdict == Verdict::Ready         ? "#1b7f4b"
                         : verdict == Verdict::NearlyReady ? "#9a5b00"
                                                           : "#b3261e";
    return QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>")
        .arg(QLatin1String(colour), esc(verdictDisplayName(verdict)));
}

QStringList namesOf(const RollUp &rollUp, const QList<int> &services)
{
    QStringList names;
    for (int s : services)
        names << rollUp.services.at(s).name;
    return names;
}

const QString grid =
    QStringLiteral("width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                   "style=\"border-collapse:collapse; border-color:#c9d3dd; border-style:solid; "
                   "margin-top:4px\"");

} // namespace

RollUpReportRenderer::RollUpReportRenderer(RollUp rollUp)
    : m_rollUp(std::move(rollUp))
{
}

QString RollUpReportRenderer::html() const
{
    const RollUp &r = m_rollUp;
    QString h;
    h += PagedPdf::htmlStart(tr("Roll-up across services"),
                             QStringLiteral(".num { text-align: right; }"));
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("SEQOHS roll-up across services")));
    QStringList services;
    for (const RollUp::Service &s : r.services)
        services << s.name;
    h +=
        QStringLiteral("<p>%1</p>").arg(esc(tr("%1, as of %2.").arg(list(services), date(r.asOf))));
    for (const RollUp::Set &set : r.sets) {
        h += QStringLiteral("<p class=\"muted\">%1</p>")
                 .arg(esc(tr("%1 (version %2): %3")
                              .arg(set.title, set.versions.join(QStringLiteral(", ")),
                                   list(namesOf(r, set.services)))));
    }
    if (r.sets.size() > 1) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("The services follow different standards sets: their domains and "
                             "gaps are shown set by set and never added together.")));
    }
    for (const RollUp::Service &s : r.services) {
        if (s.read)
            continue;
        QStringList why;
        for (const Error &e : s.errors)
            why << e.toString();
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>"
                            "<td bgcolor=\"#fbeaea\"><b>%1</b> %2</td></tr></table>")
                 .arg(esc(tr("Not read:")), esc(why.join(QLatin1Char('\n'))));
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Readiness by service")));
    h += QStringLiteral("<table %1><tr><th width=\"30%\">%2</th><th width=\"16%\">%3</th>"
                        "<th width=\"12%\">%4</th><th width=\"12%\">%5</th>"
                        "<th width=\"12%\">%6</th><th width=\"18%\">%7</th></tr>")
             .arg(grid, esc(tr("Service")), esc(tr("Verdict")), esc(tr("Score")),
                  esc(tr("Coverage")), esc(tr("Must met")), esc(tr("Planned visit")));
    for (const RollUp::Service &s : r.services) {
        if (!s.read) {
            h += QStringLiteral("<tr><td>%1</td><td colspan=\"5\" class=\"muted\">%2</td></tr>")
                     .arg(esc(s.name), esc(tr("not read")));
            continue;
        }
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td>"
                            "<td class=\"num\">%4</td><td class=\"num\">%5</td><td>%6</td></tr>")
                 .arg(esc(s.name), verdictBadge(s.verdict), esc(formatShare(s.overall.score())),
                      esc(formatShare(s.overall.coverage())),
                      esc(QStringLiteral("%1/%2")
                              .arg(s.overall.mustMet)
                              .arg(s.overall.mustApplicable)),
                      esc(s.plannedVisit.isValid() ? date(s.plannedVisit) : tr("none planned")));
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Score by domain")));
    for (const RollUp::Set &set : r.sets) {
        if (r.sets.size() > 1)
            h += QStringLiteral("<h3>%1</h3>").arg(esc(set.title));
        const int columns = int(set.domains.size());
        const int nameWidth = 100 - 9 * columns;
        h += QStringLiteral("<table %1><tr><th width=\"%2%\">%3</th>")
                 .arg(grid)
                 .arg(nameWidth)
                 .arg(esc(tr("Service")));
        for (const RollUp::DomainColumn &d : set.domains)
            h += QStringLiteral("<th width=\"9%\" class=\"num\">%1</th>").arg(code(d.code));
        h += QStringLiteral("</tr>");
        for (int s : set.services) {
            const RollUp::Service &service = r.services.at(s);
            h += QStringLiteral("<tr><td>%1</td>").arg(esc(service.name));
            for (const std::optional<Figures> &f : service.domains) {
                h += QStringLiteral("<td class=\"num\">%1</td>")
                         .arg(esc(f ? formatShare(f->score()) : QStringLiteral("\u2013")));
            }
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
        QStringList legend;
        for (const RollUp::DomainColumn &d : set.domains)
            legend << QStringLiteral("%1 %2").arg(d.code, d.title);
        h += QStringLiteral("<p class=\"muted\">%1</p>")
                 .arg(esc(legend.join(QStringLiteral(" \u00B7 "))));
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Shared gaps")));
    for (const RollUp::Set &set : r.sets) {
        QList<RollUp::SharedGap> gaps;
        for (const RollUp::SharedGap &g : r.sharedGaps) {
            if (g.setId == set.id)
                gaps << g;
        }
        if (r.sets.size() > 1)
            h += QStringLiteral("<h3>%1</h3>").arg(esc(set.title));
        if (gaps.isEmpty()) {
            h += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
            continue;
        }
        h += QStringLiteral("<table %1><tr><th width=\"42%\">%2</th><th width=\"12%\">%3</th>"
                            "<th width=\"46%\">%4</th></tr>")
                 .arg(grid, esc(tr("Criterion")), esc(tr("Services")), esc(tr("Where")));
        for (const RollUp::SharedGap &g : gaps) {
            QList<int> withoutEvidence;
            for (int s : g.services) {
                if (!g.notMet.contains(s))
                    withoutEvidence << s;
            }
            QStringList where;
            if (!g.notMet.isEmpty())
                where << tr("not met: %1").arg(list(namesOf(r, g.notMet)));
            if (!withoutEvidence.isEmpty())
                where << tr("no current evidence: %1").arg(list(namesOf(r, withoutEvidence)));
            QString criterion = QStringLiteral("%1 %2").arg(code(g.code), esc(g.title));
            if (g.level == Level::Must)
                criterion += QStringLiteral(" <b>%1</b>").arg(esc(tr("(must)")));
            h += QStringLiteral("<tr><td>%1</td><td class=\"num\">%2</td><td>%3</td></tr>")
                     .arg(criterion,
                          esc(tr("%1 of %2").arg(g.services.size()).arg(set.services.size())),
                          esc(where.join(QLatin1Char('\n'))));
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<p class=\"muted\">%1</p>")
             .arg(esc(tr("Criteria not met, or without current evidence, in two or more "
                         "services following the same set; those shared by most come first.")));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Evidence expiring")));
    if (r.expiring.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    } else {
        h += QStringLiteral("<table %1><tr><th width=\"15%\">%2</th><th width=\"25%\">%3</th>"
                            "<th width=\"38%\">%4</th><th width=\"22%\">%5</th></tr>")
                 .arg(grid, esc(tr("Review by")), esc(tr("Service")), esc(tr("Evidence")),
                      esc(tr("Owner")));
        for (const RollUp::ExpiringEvidence &e : r.expiring) {
            QString title = esc(e.title);
            if (e.beforeVisit)
                title += QStringLiteral(" <i>%1</i>").arg(esc(tr("(before the visit)")));
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(date(e.reviewBy)), esc(r.services.at(e.service).name), title,
                          esc(e.owner));
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<p class=\"muted\">%1</p>")
             .arg(esc(tr("Evidence current on the date above whose review-by date falls within %n "
                         "day(s) of it, "
                         "or before its service's planned visit.",
                         nullptr, RollUp::expiringWithinDays)));
    h += QStringLiteral("</body></html>");
    return h;
}

Status RollUpReportRenderer::writePdf(QIODevice &device) const
{
    PagedPdf::Options options;
    options.title = tr("SEQOHS roll-up across services");
    options.headerLeft =
        tr("SEQOHS roll-up \u00B7 %n service(s)", nullptr, int(m_rollUp.services.size()));
    options.headerRight = date(m_rollUp.asOf);
    // A heading's table keeps its header row and first row with it.
    options.keepTableRows = 2;
    return PagedPdf::write(device, html(), options);
}

Status RollUpReportRenderer::writePdf(const QString &path) const
{
    return saveFileAtomically(path, [this](QIODevice &device) { return writePdf(device); });
}

} // namespace seqohs
