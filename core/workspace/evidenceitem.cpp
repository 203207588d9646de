#include "evidenceitem.h"

namespace seqohs {

QString evidenceKindToString(EvidenceItem::Kind kind)
{
    switch (kind) {
    case EvidenceItem::Kind::File:
        return QStringLiteral("file");
    case EvidenceItem::Kind::Link:
        return QStringLiteral("link");
    case EvidenceItem::Kind::Statement:
        break;
    }
    return QStringLiteral("statement");
}

std::optional<EvidenceItem::Kind> evidenceKindFromString(const QString &text)
{
    if (text == QLatin1String("file"))
        return EvidenceItem::Kind::File;
    if (text == QLatin1String("link"))
        return EvidenceItem::Kind::Link;
    if (text == QLatin1String("statement"))
        return EvidenceItem::Kind::Statement;
    return std::nullopt;
}

} // namespace seqohs
