#include "scoreexplanation.h"

#include <algorithm>

namespace seqohs {

namespace {

// Fixed-width columns, so the table lines up in a terminal and in a monospaced view.
QString padded(const QString &text, int width)
{
    return text.size() > width ? text.left(width - 1) + QChar(0x2026) : text.leftJustified(width);
}

bool isNode(const Readiness &r, const QString &node)
{
    if (node == QLatin1String("overall") || r.domain(node) || r.standard(node))
        return true;
    return std::any_of(r.items.cbegin(), r.items.cend(),
                       [&node](const ItemScore &item) { return item.itemId == node; });
}

} // namespace

QString ScoreExplanation::text(const Readiness &r, const QString &node)
{
    if (node.isEmpty() || !isNode(r, node))
        return QString();
    QString text =
        padded(tr("Item"), 52) +
        tr(" Level        Weight  Result          Points", "column headings; keep the widths") +
        QLatin1Char('\n');
    for (const ItemScore &i : r.contributions(node)) {
        text += padded(i.code + QLatin1Char(' ') + i.title, 52) + QLatin1Char(' ') +
                padded(levelToString(i.level), 12) + QString::number(i.weight).rightJustified(6) +
                QLatin1String("  ") + padded(resultDisplayName(i.result), 15);
        if (i.included)
            text += QString::number(i.points).rightJustified(6) + QLatin1Char('\n');
        else
            text += QStringLiteral("     -  (%1)\n").arg(i.exclusionReason);
    }
    return text;
}

} // namespace seqohs
