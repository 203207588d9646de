#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace seqohs {

// A named person's sign-off of part of the self-assessment. It keeps exactly what it covered (the
// assessments in its scope and the content of the evidence linked to them, see SignOffCoverage),
// so that any later change under it voids it and can be named.
struct SignOff
{
    // What is signed off: one assessable item, a standard (its criteria), a domain, or the
    // whole self-assessment.
    enum class Scope { Criterion, Standard, Domain, Whole };

    qint64 id = 0;
    Scope scope = Scope::Criterion;
    QString target; // the item, standard or domain id; empty for the whole self-assessment
    QString signer;
    QString comment;
    QDateTime signedAt; // UTC
    QByteArray covered; // compact JSON of what it covered
    QString coveredHash;
    QDateTime voided;   // UTC; invalid while the sign-off holds
    QString voidReason; // what had changed when it was voided, one change per line

    bool isVoid() const { return voided.isValid(); }

    bool operator==(const SignOff &) const = default;
};

// File and CLI spellings: "criterion", "standard", "domain", "whole".
QString signOffScopeToString(SignOff::Scope scope);
std::optional<SignOff::Scope> signOffScopeFromString(const QString &text);

} // namespace seqohs
