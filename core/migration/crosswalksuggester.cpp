#include "crosswalksuggester.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace seqohs {

namespace {

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const char *list[] = {
            "a",    "an",   "and",  "are",    "as",    "at",    "be",   "by",   "can",    "for",
            "from", "has",  "have", "how",    "in",    "is",    "it",   "its",  "of",     "on",
            "or",   "that", "the",  "their",  "them",  "there", "they", "this", "to",     "was",
            "were", "what", "when", "where",  "which", "who",   "will", "with", "within", "all",
            "any",  "each", "must", "should", "does",  "do",    "so",   "such", "these",  "those",
            "our",  "we",   "you",  "your",   "not",   "been",  "but",  "if",   "into",   "than"};
        for (const char *w : list)
            set.insert(QLatin1String(w));
        return set;
    }();
    return words;
}

// British and American spellings, and simple plurals, made alike: enough to compare wording,
// not a stemmer.
QString normalise(QString w)
{
    static const QList<QPair<QLatin1String, QLatin1String>> endings = {
        {QLatin1String("isations"), QLatin1String("ization")},
        {QLatin1String("isation"), QLatin1String("ization")},
        {QLatin1String("ising"), QLatin1String("izing")},
        {QLatin1String("ised"), QLatin1String("ized")},
        {QLatin1String("ises"), QLatin1String("izes")},
        {QLatin1String("ise"), QLatin1String("ize")},
        {QLatin1String("yse"), QLatin1String("yze")},
        {QLatin1String("ogue"), QLatin1String("og")},
        {QLatin1String("ours"), QLatin1String("ors")},
        {QLatin1String("our"), QLatin1String("or")},
        {QLatin1String("tre"), QLatin1String("ter")},
        {QLatin1String("ence"), QLatin1String("ense")}};
    for (const auto &[uk, us] : endings) {
        if (w.size() > uk.size() + 2 && w.endsWith(uk)) {
            w.chop(uk.size());
            w += us;
            break;
        }
    }
    if (w.size() > 3 && w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss")))
        w.chop(1);
    return w;
}

QString codeKey(const QString &code)
{
    QString key;
    for (QChar ch : code) {
        if (ch.isLetterOrNumber())
            key += ch.toLower();
    }
    return key;
}

// The words an item is compared by: its title and its text.
QString itemText(const StandardsSet &set, const AssessableItem &item)
{
    const Standard &standard = set.domains.at(item.domainIndex).standards.at(item.standardIndex);
    if (item.criterionIndex < 0)
        return standard.title + QLatin1Char(' ') + standard.text;
    const Criterion &c = standard.criteria.at(item.criterionIndex);
    return c.title + QLatin1Char(' ') + c.text;
}

double jaccard(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 0;
    qsizetype common = 0;
    for (const QString &w : a)
        common += b.contains(w) ? 1 : 0;
    return double(common) / double(a.size() + b.size() - common);
}

} // namespace

QSet<QString> CrosswalkSuggester::words(const QString &text)
{
    static const QRegularExpression split(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QSet<QString> set;
    const QStringList parts = text.toLower().split(split, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (stopWords().contains(part))
            continue;
        set.insert(normalise(part));
    }
    return set;
}

double CrosswalkSuggester::similarity(const QString &a, const QString &b)
{
    return jaccard(words(a), words(b));
}

QList<CrosswalkSuggester::Suggestion>
CrosswalkSuggester::suggestions(const StandardsSet &from, const StandardsSet &to, double minScore)
{
    struct Prepared
    {
        AssessableItem item;
        QString code;
        QSet<QString> words;
    };
    const auto prepare = [](const StandardsSet &set) {
        QList<Prepared> list;
        for (const AssessableItem &item : set.assessables())
            list << Prepared{item, codeKey(item.code), words(itemText(set, item))};
        return list;
    };
    const QList<Prepared> sources = prepare(from);
    const QList<Prepared> targets = prepare(to);

    QList<Suggestion> result;
    for (const Prepared &s : sources) {
        QList<Suggestion> candidates;
        for (const Prepared &t : targets) {
            Suggestion c;
            c.similarity = jaccard(s.words, t.words);
            c.sameCode = !s.code.isEmpty() && s.code == t.code;
            c.score = c.sameCode ? 0.5 + 0.5 * c.similarity : c.similarity;
            if (c.score < minScore)
                continue;
            c.mapping.from = s.item.id;
            c.mapping.to = t.item.id;
            c.mapping.relation = c.similarity >= EqualSimilarity ? Crosswalk::Relation::Equal
                                                                 : Crosswalk::Relation::Intersect;
            c.mapping.note = (c.sameCode ? tr("Suggested: same code, %1% similar wording")
                                         : tr("Suggested: %1% similar wording"))
                                 .arg(qRound(c.similarity * 100));
            candidates << c;
        }
        std::stable_sort(
            candidates.begin(), candidates.end(),
            [](const Suggestion &a, const Suggestion &b) { return a.score > b.score; });
        // The best, and any close runner-up: one old item may well have become two.
        for (qsizetype i = 0; i < candidates.size() && i < 3; ++i) {
            if (i > 0 && candidates.at(i).score < candidates.first().score - 0.1)
                break;
            result << candidates.at(i);
        }
    }
    return result;
}

Crosswalk CrosswalkSuggester::toCrosswalk(const StandardsSet &from, const StandardsSet &to,
                                          const QList<Suggestion> &chosen)
{
    Crosswalk c;
    c.id = from.id + QStringLiteral("-to-") + to.id;
    c.title = tr("%1 to %2 (suggested; check every mapping)").arg(from.title, to.title);
    c.fromSetId = from.id;
    c.toSetId = to.id;
    c.version = QStringLiteral("0.1.0");
    c.attribution = tr("Suggested by seqohs-tracker from codes and wording, then reviewed by the "
                       "service. It is not an official mapping.");
    QSet<QPair<QString, QString>> seen;
    for (const Suggestion &s : chosen) {
        if (seen.contains({s.mapping.from, s.mapping.to}))
            continue;
        seen.insert({s.mapping.from, s.mapping.to});
        c.mappings << s.mapping;
    }
    return c;
}

Crosswalk CrosswalkSuggester::suggest(const StandardsSet &from, const StandardsSet &to,
                                      double minScore)
{
    return toCrosswalk(from, to, suggestions(from, to, minScore));
}

} // namespace seqohs
