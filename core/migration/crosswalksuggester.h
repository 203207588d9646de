#pragma once

#include "catalogue/crosswalk.h"
#include "catalogue/standardsset.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace seqohs {

// Suggests a crosswalk between two sets that have none, for a person to accept, change or
// reject: by the same display code first, then by the similarity of titles and text. Words are
// compared lower-case with British and American spellings made alike ("organisation",
// "organization"), simple plurals folded and common words left out; similarity is the Jaccard
// index of the two word sets. Near-identical wording (similarity at least EqualSimilarity)
// suggests `equal`, anything else `intersect`: the scope relation is a judgement the suggester
// cannot make, so it never guesses subset or superset.
class CrosswalkSuggester
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::CrosswalkSuggester)

public:
    static constexpr double DefaultMinScore = 0.3;
    static constexpr double EqualSimilarity = 0.8;

    struct Suggestion
    {
        Crosswalk::Mapping mapping;
        double score = 0;      // 0..1; same code adds 0.5 to half the similarity
        double similarity = 0; // 0..1, of titles and text
        bool sameCode = false;
        bool operator==(const Suggestion &) const = default;
    };

    // For each item of from, its best match in to and any others scoring nearly as well (at
    // most three), each scoring at least minScore; in from's document order, best first.
    static QList<Suggestion> suggestions(const StandardsSet &from, const StandardsSet &to,
                                         double minScore = DefaultMinScore);

    // The suggestions as a crosswalk between the two sets (the note of each mapping gives its
    // score), ready for CrosswalkFormat::write; it passes CrosswalkFormat::validate.
    static Crosswalk suggest(const StandardsSet &from, const StandardsSet &to,
                             double minScore = DefaultMinScore);

    // A crosswalk made of the chosen suggestions (after the user has accepted or changed them).
    static Crosswalk toCrosswalk(const StandardsSet &from, const StandardsSet &to,
                                 const QList<Suggestion> &chosen);

    // The normalised words of text, without common words.
    static QSet<QString> words(const QString &text);
    // Jaccard index of words(a) and words(b); 0 when both are empty.
    static double similarity(const QString &a, const QString &b);
};

} // namespace seqohs
