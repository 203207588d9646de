#pragma once

#include "common/expected.h"
#include "workspace/assessment.h"
#include "workspace/evidenceitem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace seqohs {

// What a pack showed the assessor, kept with the pack's record in the workspace
// (PackRecord::contents) so that the next follow-up pack can tell what changed since: each
// evidence item's content digest, version, title and the items it supported, and each item's
// assessment. Compact JSON:
// {"evidence": {"<id>": {"kind", "version", "sha256", "title", "items": [...]}},
//  "assessments": {"<item>": {"result", "narrative", "justification"}}, "scope": [...]}.
struct PackContents
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::PackContents)

public:
    struct Evidence
    {
        QString kind;      // "file", "link", "statement"
        int version = 0;   // files
        QByteArray sha256; // a file's content; a link's address or a statement's text, hashed
        QString title;
        QStringList items; // sorted

        bool operator==(const Evidence &) const = default;
    };
    struct Assessed
    {
        QString result; // resultToString()
        // The text itself rather than a hash: the follow-up shows what it said before.
        QString narrative;
        QString justification; // why it does not apply, for a not-applicable result

        bool operator==(const Assessed &) const = default;
    };

    QMap<qint64, Evidence> evidence;
    QMap<QString, Assessed> assessments;
    // A follow-up's standards: those whose findings it answers. Empty for a full pack.
    QStringList scope;

    // The state the pack shows of evidence (what went in, without what was left out), its
    // links, and the assessments.
    static PackContents of(const QList<EvidenceItem> &evidence, const QList<EvidenceLink> &links,
                           const QHash<QString, Assessment> &assessments);

    // What identifies an item's content: a file's SHA-256, or that of a link's address or a
    // statement's text.
    static QByteArray digestOf(const EvidenceItem &item);
    static Evidence entryOf(const EvidenceItem &item, QStringList items);
    static Assessed entryOf(const Assessment &assessment);

    QByteArray toJson() const;
    // where names the pack in errors.
    static Expected<PackContents> fromJson(const QByteArray &json, const QString &where);

    bool operator==(const PackContents &) const = default;
};

} // namespace seqohs
