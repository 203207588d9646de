#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace seqohs {

// A file, a link (URL or intranet path) or a written statement offered as evidence.
struct EvidenceItem
{
    enum class Kind { File, Link, Statement };

    qint64 id = 0;
    Kind kind = Kind::File;
    QString title;
    QString description;
    QString owner;
    QDate documentDate;
    QDate coversFrom; // the period the evidence covers; either may be invalid
    QDate coversTo;
    QDate reviewBy; // review-by or expiry date; invalid = does not expire
    QDateTime added;

    // Kind::File: the current version's content.
    QString fileName;
    QByteArray sha256; // hex, lower case
    qint64 size = 0;
    int version = 1; // number of the current version, counting from 1

    QString url;       // Kind::Link
    QString statement; // Kind::Statement

    // Holds patient-identifiable data: left out of submission packs unless the lead includes
    // it, with a reason. Set when the personal-data check found something and the user went
    // ahead, or by hand.
    bool personalData = false;

    // Current on a date: not past its review-by date. An item with no review-by date is current.
    bool isCurrentOn(const QDate &date) const { return !reviewBy.isValid() || reviewBy >= date; }

    bool operator==(const EvidenceItem &) const = default;
};

// How much of each evidence item a read of them all fills in. Scoring needs the kind, the title
// and the dates only; at 50,000 items the rest (descriptions, statements, the current version's
// file) was most of what `score` spent reading. An item read ForScoring has the others empty and
// is for scoring alone.
enum class EvidenceDetail { Full, ForScoring };

QString evidenceKindToString(EvidenceItem::Kind kind); // "file", "link", "statement"
std::optional<EvidenceItem::Kind> evidenceKindFromString(const QString &text);

// One evidence item offered for one assessable item; an item may serve many.
struct EvidenceLink
{
    qint64 evidenceId = 0;
    QString itemId;
    QString note;

    bool operator==(const EvidenceLink &) const = default;
};

} // namespace seqohs
