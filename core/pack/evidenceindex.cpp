#include "evidenceindex.h"

#include "common/formulaguard.h"
#include "reporting/csvwriter.h"

#include <algorithm>

#include <QCoreApplication>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

QString kindText(EvidenceItem::Kind kind)
{
    switch (kind) {
    case EvidenceItem::Kind::File:
        return tr("File");
    case EvidenceItem::Kind::Link:
        return tr("Link");
    case EvidenceItem::Kind::Statement:
        return tr("Written statement");
    }
    return QString();
}

QString iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

const QString EvidenceIndex::HtmlPath = QStringLiteral("evidence-index.html");
const QString EvidenceIndex::CsvPath = QStringLiteral("evidence-index.csv");

EvidenceIndex::EvidenceIndex(QString serviceName, const StandardsSet &set,
                             QList<EvidenceItem> evidence, const QList<EvidenceLink> &links)
    : m_serviceName(std::move(serviceName))
    , m_evidence(std::move(evidence))
{
    // Criteria in the order of the standards, each once.
    QHash<QString, int> order;
    QHash<QString, Criterion> byId;
    const QList<AssessableItem> items = set.assessables();
    for (int i = 0; i < items.size(); ++i) {
        order.insert(items.at(i).id, i);
        byId.insert(items.at(i).id, Criterion{items.at(i).code, items.at(i).title});
    }
    QHash<qint64, QList<int>> linked;
    for (const EvidenceLink &l : links) {
        const auto at = order.constFind(l.itemId);
        if (at != order.cend() && !linked.value(l.evidenceId).contains(*at))
            linked[l.evidenceId].append(*at);
    }
    for (auto it = linked.begin(); it != linked.end(); ++it) {
        std::sort(it->begin(), it->end());
        QList<Criterion> &criteria = m_criteria[it.key()];
        for (int i : std::as_const(*it))
            criteria << byId.value(items.at(i).id);
    }
}

QList<EvidenceIndex::Criterion> EvidenceIndex::criteriaOf(qint64 evidenceId) const
{
    return m_criteria.value(evidenceId);
}

QByteArray EvidenceIndex::html() const
{
    QString out;
    out +=
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                       "<title>%1</title><style>"
                       "body{font-family:'DejaVu Sans','Segoe UI',Arial,sans-serif;font-size:10pt;"
                       "color:#2b333b;max-width:200mm;margin:2em auto;line-height:1.35}"
                       "h1{color:#2f6f73;font-size:16pt}h2{font-size:11.5pt;margin:1.4em 0 .3em}"
                       "table{border-collapse:collapse;width:100%}th,td{border:1px solid #c9d0d6;"
                       "padding:3px 6px;vertical-align:top;text-align:left}th{background:#f3f5f7;"
                       "width:24%;font-weight:normal;color:#3c4650}.nw{white-space:nowrap}"
                       "code{font-size:9pt;overflow-wrap:anywhere}"
                       "blockquote{margin:.4em 0;padding:.4em .8em;border-left:3px solid #2f6f73;"
                       "background:#f3f5f7;white-space:pre-wrap}</style></head><body>")
            .arg(esc(tr("Evidence index \u2013 %1").arg(m_serviceName)));
    out +=
        QStringLiteral("<h1>%1</h1>").arg(esc(tr("Evidence index \u2013 %1").arg(m_serviceName)));
    out += QStringLiteral("<p>%1</p>")
               .arg(esc(tr("Every evidence item of the submission, with the criteria it "
                           "supports. Files are in the pack's evidence folder; written "
                           "statements and links are given in full here.")));
    for (const EvidenceItem &e : m_evidence) {
        out += QStringLiteral("<h2 id=\"evidence-%1\">%2</h2><table>").arg(e.id).arg(esc(e.title));
        auto row = [&out](const QString &label, const QString &valueHtml) {
            if (!valueHtml.isEmpty())
                out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), valueHtml);
        };
        auto date = [](const QDate &d) {
            return d.isValid() ? QStringLiteral("<span class=\"nw\">%1</span>").arg(iso(d))
                               : QString();
        };
        row(tr("Kind"), esc(kindText(e.kind)));
        row(tr("Owner"), esc(e.owner));
        row(tr("Dated"), date(e.documentDate));
        if (e.coversFrom.isValid() || e.coversTo.isValid())
            row(tr("Covers"), date(e.coversFrom) + QStringLiteral(" \u2013 ") + date(e.coversTo));
        row(tr("Review by"), e.reviewBy.isValid() ? date(e.reviewBy) : esc(tr("Does not expire")));
        row(tr("Description"), esc(e.description));
        switch (e.kind) {
        case EvidenceItem::Kind::File:
            row(tr("File in the pack"),
                QStringLiteral("<code>%1</code>").arg(esc(m_packPaths.value(e.id, e.fileName))));
            row(tr("SHA-256"),
                QStringLiteral("<code>%1</code>").arg(QString::fromLatin1(e.sha256)));
            row(tr("Version"), QString::number(e.version));
            break;
        case EvidenceItem::Kind::Link:
            // Shown, not linked: the assessor decides whether to follow an address.
            row(tr("Address"), QStringLiteral("<code>%1</code>").arg(esc(e.url)));
            break;
        case EvidenceItem::Kind::Statement:
            row(tr("Statement"),
                QStringLiteral("<blockquote>%1</blockquote>").arg(esc(e.statement)));
            break;
        }
        QStringList criteria;
        for (const Criterion &c : criteriaOf(e.id)) {
            criteria << QStringLiteral("<span class=\"nw\"><b>%1</b></span> %2")
                            .arg(esc(c.code), esc(c.title));
        }
        row(tr("Supports"),
            criteria.isEmpty() ? esc(tr("No criterion")) : criteria.join(QStringLiteral("<br>")));
        out += QStringLiteral("</table>");
    }
    out += QStringLiteral("</body></html>\n");
    return out.toUtf8();
}

QByteArray EvidenceIndex::csv() const
{
    // The return type is spelled out: with QStringBuilder, "+" would return a builder that
    // refers to the encoded record after the lambda's temporary is gone.
    auto record = [](QStringList fields) -> QByteArray {
        for (QString &field : fields)
            field = FormulaGuard::neutralised(field);
        return CsvWriter::encodeRecord(fields) + "\r\n";
    };
    QByteArray out("\xEF\xBB\xBF");
    out += record({tr("Id"), tr("Title"), tr("Kind"), tr("Owner"), tr("Dated"), tr("Covers from"),
                   tr("Covers to"), tr("Review by"), tr("Description"), tr("File in the pack"),
                   tr("SHA-256"), tr("Address"), tr("Statement"), tr("Criterion codes"),
                   tr("Criteria")});
    for (const EvidenceItem &e : m_evidence) {
        QStringList codes;
        QStringList criteria;
        for (const Criterion &c : criteriaOf(e.id)) {
            codes << c.code;
            criteria << c.code + QLatin1Char(' ') + c.title;
        }
        out += record(
            {QString::number(e.id), e.title, kindText(e.kind), e.owner, iso(e.documentDate),
             iso(e.coversFrom), iso(e.coversTo), iso(e.reviewBy), e.description,
             e.kind == EvidenceItem::Kind::File ? m_packPaths.value(e.id, e.fileName) : QString(),
             QString::fromLatin1(e.sha256), e.url, e.statement, codes.join(QStringLiteral("; ")),
             criteria.join(QStringLiteral("; "))});
    }
    return out;
}

} // namespace seqohs
