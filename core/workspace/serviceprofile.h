#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace seqohs {

struct ServiceProfile
{
    QString name;
    QString organisation;
    QStringList sites;
    bool servesNhs = false;
    QStringList extraTags; // further applicability tags, e.g. "physiotherapy", "construction"
    QDate plannedAssessment;
    QDate annualReturn;

    // The applicability tags of the service: "nhs" when it serves NHS bodies, plus extraTags.
    QStringList tags() const
    {
        QStringList t = extraTags;
        if (servesNhs && !t.contains(QLatin1String("nhs")))
            t.prepend(QStringLiteral("nhs"));
        return t;
    }

    bool operator==(const ServiceProfile &) const = default;
};

} // namespace seqohs
