#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace seqohs {

// What a submission pack holds, as written to manifest.json (see docs/pack-format.md).
//
// The manifest lists every file of the pack except itself, its signature and the signer's
// public key, sorted by path, with size and SHA-256. Its root hash is the SHA-256 of the
// canonical JSON of the manifest without the "rootHash" member (compact, keys sorted), so it
// names this exact content: the assessor's response quotes it.
struct PackManifest
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::PackManifest)

public:
    static constexpr int FormatVersion = 1;

    // The files of a pack that the manifest does not list.
    static const QString ManifestPath;  // "manifest.json"
    static const QString SignaturePath; // "manifest.json.minisig"
    static const QString PublicKeyPath; // "signing-key.minisign.pub"
    static const QString WorkspacePath; // "workspace.seqohs"
    static const QString ReportPath;    // "report/readiness.pdf"
    static const QString ReadmePath;    // "README.txt"
    static const QString FollowUpPath;  // "follow-up.json", in follow-up packs

    struct Entry
    {
        QString path; // inside the pack, '/'-separated
        qint64 size = 0;
        QByteArray sha256;     // lower-case hex
        QString kind;          // "workspace", "evidence", "report", "readme"
        qint64 evidenceId = 0; // kind "evidence"
        QString evidenceTitle;
        QString fileName; // the evidence file's own name
        int evidenceVersion = 0;
        QStringList items; // the assessable items the evidence is linked to

        bool operator==(const Entry &) const = default;
    };

    QDateTime created; // UTC
    QString generator; // "seqohs-tracker 0.1.0"
    QString serviceName;
    QString organisation;
    QString setId;
    QString setVersion;
    QString setContentHash;
    QString signerFingerprint;
    // Where the workspace's audit trail stood when the pack was made: a record outside the
    // workspace of its history (0 and empty in packs made before it was recorded).
    qint64 auditCount = 0;
    QString auditHead;
    // Evidence marked as containing personal data: how many were left out, and the ids of those
    // the lead included, each with the reason given. Written only when there was any.
    int personalDataLeftOut = 0;
    QList<QPair<qint64, QString>> personalDataIncluded;
    // The sign-offs of the self-assessment when the pack was made, holding and void, so the
    // assessor sees which still stood. Written only when there was any.
    struct SignOffEntry
    {
        QString covers; // "standard S23-GOV-T1 (...)"
        QString signer;
        QDateTime signedAt;
        QString coveredHash;
        bool holds = true;
        QStringList changes; // what changed since, for a void one

        bool operator==(const SignOffEntry &) const = default;
    };
    QList<SignOffEntry> signOffs;
    QList<Entry> entries; // sorted by path
    QString rootHash;     // as read from the file; rootHash() is what it should be

    // A follow-up pack answers the assessor's findings on the pack they reviewed last (its
    // base) and holds only what changed since; "kind" is written only for follow-ups, so that
    // full packs keep their root hash.
    static const QString FullKind;     // "full"
    static const QString FollowUpKind; // "follow-up"
    struct FollowUp
    {
        QString base;      // root hash of the pack the assessor reviewed last
        QStringList chain; // root hashes from the first full pack to the base, in order
        int round = 0;     // 2 for the first follow-up (the full pack is round 1)
        QString response;  // the id of the response it answers

        bool operator==(const FollowUp &) const = default;
    };
    QString kind = FullKind;
    FollowUp followUp; // kind "follow-up" only
    bool isFollowUp() const { return kind == FollowUpKind; }

    // The canonical bytes the root hash covers.
    QByteArray canonicalJson() const;
    // SHA-256 (hex) of canonicalJson().
    QString computeRootHash() const;

    // manifest.json as written: indented JSON with the root hash.
    QByteArray toJson() const;
    // Parses manifest.json. Fails when it is not a pack manifest, comes from a newer format,
    // or lists a path twice or a path that could escape a folder.
    static Expected<PackManifest> fromJson(const QByteArray &json);

    const Entry *entry(const QString &path) const;

    // True for a path that is safe to create under a folder: relative, '/'-separated, no
    // "." or ".." parts, no backslash, drive letter, control character or empty part.
    static bool isSafePath(const QString &path);

    bool operator==(const PackManifest &) const = default;
};

} // namespace seqohs
