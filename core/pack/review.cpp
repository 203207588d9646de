#include "review.h"

#include "followupreader.h"
#include "packmanifest.h"
#include "packverifier.h"

#include "catalogue/standardsset.h"
#include "common/clock.h"
#include "common/savefile.h"
#include "workspace/serviceprofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace seqohs {

namespace {

const QLatin1String Format("seqohs-review");

QString shortHashes(const QStringList &hashes)
{
    QStringList out;
    for (const QString &h : hashes)
        out << h.left(16);
    return out.join(QStringLiteral(", "));
}

} // namespace

Review Review::begin(const PackVerification &verification, const QString &packPath,
                     const StandardsSet &set, const ServiceProfile &profile,
                     const QString &assessor)
{
    Review r;
    r.packFile = QFileInfo(packPath).fileName();
    r.packRootHash = verification.manifest.rootHash;
    r.packSigner = verification.signer.fingerprint();
    r.packSignerConfirmed = verification.signerConfirmed;
    r.packAuditCount = verification.manifest.auditCount;
    r.packAuditHead = verification.manifest.auditHead;
    r.serviceName = profile.name;
    r.organisation = profile.organisation;
    r.setId = set.id;
    r.setVersion = set.version;
    r.assessor = assessor;
    r.created = Clock::now().toUTC();
    r.updated = r.created;

    // Applicable assessable items, grouped by their standard in document order.
    QMap<QPair<int, int>, QStringList> applicable;
    const QList<AssessableItem> items = set.assessables();
    for (const AssessableItem &item : items) {
        if (StandardsSet::appliesTo(item, profile.tags()))
            applicable[{item.domainIndex, item.standardIndex}].append(item.id);
    }
    for (auto it = applicable.cbegin(); it != applicable.cend(); ++it) {
        const Domain &domain = set.domains.at(it.key().first);
        const Standard &standard = domain.standards.at(it.key().second);
        StandardFinding f;
        f.standardId = standard.id;
        f.standardCode = standard.code;
        f.standardTitle = standard.title;
        f.domainCode = domain.code;
        f.domainTitle = domain.title;
        f.criterionIds = it.value();
        r.findings.append(f);
    }
    return r;
}

StandardFinding *Review::finding(const QString &idOrCode)
{
    for (StandardFinding &f : findings) {
        if (f.standardId == idOrCode || f.standardCode.compare(idOrCode, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

const StandardFinding *Review::finding(const QString &idOrCode) const
{
    return const_cast<Review *>(this)->finding(idOrCode);
}

int Review::unrecorded() const
{
    int n = 0;
    for (const StandardFinding &f : findings)
        n += f.result == FindingResult::NotRecorded ? 1 : 0;
    return n;
}

QByteArray Review::toJson() const
{
    QJsonArray findingsJson;
    for (const StandardFinding &f : findings)
        findingsJson.append(f.toJson());
    const QJsonObject o{
        {QStringLiteral("format"), Format},
        {QStringLiteral("formatVersion"), FormatVersion},
        {QStringLiteral("pack"),
         QJsonObject{{QStringLiteral("file"), packFile},
                     {QStringLiteral("rootHash"), packRootHash},
                     {QStringLiteral("signer"), packSigner},
                     {QStringLiteral("signerConfirmed"), packSignerConfirmed},
                     {QStringLiteral("auditCount"), QString::number(packAuditCount)},
                     {QStringLiteral("auditHead"), packAuditHead},
                     {QStringLiteral("service"), serviceName},
                     {QStringLiteral("organisation"), organisation},
                     {QStringLiteral("setId"), setId},
                     {QStringLiteral("setVersion"), setVersion}}},
        {QStringLiteral("assessor"), assessor},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("updated"), updated.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("recommendation"), recommendationToString(recommendation)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("findings"), findingsJson}};
    // Only once there are rounds, so that a review of one pack reads as before.
    if (!rounds.isEmpty()) {
        QJsonArray roundsJson;
        for (const ReviewRound &r : rounds)
            roundsJson.append(r.toJson());
        QJsonObject withRounds = o;
        withRounds.insert(QStringLiteral("rounds"), roundsJson);
        return QJsonDocument(withRounds).toJson(QJsonDocument::Indented);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Expected<Review> Review::fromJson(const QByteArray &json, const QString &file)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("The review file is not valid JSON: %1").arg(parseError.errorString()),
                     file, tr("offset %1").arg(parseError.offset)};
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != Format)
        return Error{tr("This is not a review file"), file, QString(),
                     tr("Start a review with 'review open PACK --review FILE'.")};
    if (o.value(QLatin1String("formatVersion")).toInt() != FormatVersion)
        return Error{tr("The review file was written by a newer version"), file, QString(),
                     tr("Use a newer version of seqohs-tracker.")};
    Review r;
    const QJsonObject pack = o.value(QLatin1String("pack")).toObject();
    r.packFile = pack.value(QLatin1String("file")).toString();
    r.packRootHash = pack.value(QLatin1String("rootHash")).toString();
    r.packSigner = pack.value(QLatin1String("signer")).toString();
    r.packSignerConfirmed = pack.value(QLatin1String("signerConfirmed")).toBool();
    r.packAuditCount = pack.value(QLatin1String("auditCount")).toString().toLongLong();
    r.packAuditHead = pack.value(QLatin1String("auditHead")).toString();
    r.serviceName = pack.value(QLatin1String("service")).toString();
    r.organisation = pack.value(QLatin1String("organisation")).toString();
    r.setId = pack.value(QLatin1String("setId")).toString();
    r.setVersion = pack.value(QLatin1String("setVersion")).toString();
    r.assessor = o.value(QLatin1String("assessor")).toString();
    r.created =
        QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
    r.updated =
        QDateTime::fromString(o.value(QLatin1String("updated")).toString(), Qt::ISODateWithMs);
    const auto rec = recommendationFromString(o.value(QLatin1String("recommendation")).toString());
    if (!rec)
        return Error{tr("Unknown recommendation \"%1\"")
                         .arg(o.value(QLatin1String("recommendation")).toString()),
                     file, QStringLiteral("recommendation")};
    r.recommendation = *rec;
    r.summary = o.value(QLatin1String("summary")).toString();
    const QJsonArray findings = o.value(QLatin1String("findings")).toArray();
    for (const auto &v : findings)
        r.findings.append(StandardFinding::fromJson(v.toObject()));
    for (const auto &v : o.value(QLatin1String("rounds")).toArray())
        r.rounds.append(ReviewRound::fromJson(v.toObject()));
    if (r.packRootHash.size() != 64)
        return Error{tr("The review file does not say which pack it reviews"), file,
                     QStringLiteral("pack.rootHash")};
    return r;
}

QStringList Review::chain() const
{
    if (rounds.isEmpty())
        return {packRootHash};
    QStringList hashes;
    for (const ReviewRound &r : rounds)
        hashes << r.packRootHash;
    return hashes;
}

const FollowUpContent::Standard *Review::newSinceLastRound(const QString &standardId) const
{
    if (rounds.isEmpty() || !rounds.last().isFollowUp())
        return nullptr;
    return rounds.last().followUp.standard(standardId);
}

const StandardFinding *Review::earlierFinding(const QString &standardId) const
{
    if (rounds.isEmpty())
        return nullptr;
    return rounds.last().earlierFinding(standardId);
}

QList<QPair<int, StandardFinding>> Review::history(const QString &standardId) const
{
    QList<QPair<int, StandardFinding>> out;
    for (const ReviewRound &r : rounds) {
        // A round's earlier findings are those of the round before it.
        if (const StandardFinding *f = r.earlierFinding(standardId))
            out.append({r.number - 1, *f});
    }
    return out;
}

Status Review::applyFollowUp(const FollowUpRead &followUp, const QString &packPath)
{
    const PackManifest &m = followUp.verification.manifest;
    const QString file = QFileInfo(packPath).fileName();
    const QStringList held = chain();
    if (!m.isFollowUp()) {
        return Error{tr("This is a full pack, not a follow-up"), packPath, QString(),
                     tr("Start a new review of it instead.")};
    }
    if (const qsizetype at = held.indexOf(m.rootHash); at >= 0) {
        return Error{tr("This follow-up is in the review already (round %1)").arg(at + 1), packPath,
                     QString(), tr("There is nothing to do.")};
    }
    const QString signer = followUp.verification.signer.fingerprint();
    if (signer != packSigner) {
        return Error{tr("The follow-up is signed by key %1, but the pack under review was signed "
                        "by key %2")
                         .arg(signer, packSigner),
                     packPath, QString(),
                     tr("Ask the service to sign the follow-up with the key that signed its "
                        "pack.")};
    }
    const qsizetype baseAt = held.indexOf(m.followUp.base);
    if (baseAt < 0) {
        return Error{tr("The follow-up does not chain to a pack this review holds: it follows up "
                        "pack %1, but this review is of %2")
                         .arg(m.followUp.base.left(16), shortHashes(held)),
                     packPath, QString(),
                     tr("Open it with the review of the pack it follows up, or ask the service "
                        "for a follow-up of the pack you reviewed.")};
    }
    if (baseAt != held.size() - 1) {
        return Error{tr("The follow-up answers round %1 (pack %2), but this review is at round %3 "
                        "(pack %4): it was made against an earlier round")
                         .arg(baseAt + 1)
                         .arg(m.followUp.base.left(16))
                         .arg(held.size())
                         .arg(held.last().left(16)),
                     packPath, QString(),
                     tr("Ask the service for a follow-up that answers your latest response.")};
    }
    if (m.followUp.chain != held || m.followUp.round != held.size() + 1) {
        return Error{tr("The follow-up's chain of earlier packs does not match this review's"),
                     packPath, QStringLiteral("followUp.chain"),
                     tr("Ask the service to make the follow-up again from the workspace that "
                        "made the pack you reviewed.")};
    }
    if (m.setId != setId) {
        return Error{tr("The follow-up is about standards set %1, but this review is of %2")
                         .arg(m.setId, setId),
                     packPath};
    }
    for (const FollowUpContent::Standard &s : followUp.content.standards) {
        if (!finding(s.standardId)) {
            return Error{tr("The follow-up answers standard %1, which this review does not have")
                             .arg(s.standardCode),
                         PackManifest::FollowUpPath};
        }
    }

    const QDateTime now = Clock::now().toUTC();
    if (rounds.isEmpty())
        rounds.append(
            ReviewRound{1, packFile, packRootHash, PackManifest::FullKind, created, {}, {}});
    ReviewRound round;
    round.number = int(held.size()) + 1;
    round.packFile = file;
    round.packRootHash = m.rootHash;
    round.kind = m.kind;
    round.opened = now;
    round.followUp = followUp.content;
    for (const FollowUpContent::Standard &s : followUp.content.standards) {
        StandardFinding *f = finding(s.standardId);
        round.earlier.append(*f);
        f->result = FindingResult::NotRecorded;
        f->grade = FindingGrade::None;
        f->comments.clear();
        f->actions.clear();
        f->recorded = QDateTime();
    }
    rounds.append(round);
    packFile = file;
    packRootHash = m.rootHash;
    packAuditCount = m.auditCount;
    packAuditHead = m.auditHead;
    // The findings changed: the recommendation is made again for this round.
    recommendation = Recommendation::None;
    updated = now;
    return success();
}

Expected<Review> Review::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the review file: %1").arg(file.errorString()), path};
    if (file.size() > 64 * 1024 * 1024)
        return Error{tr("This is not a review file (it is far too large)"), path};
    return fromJson(file.readAll(), path);
}

Status Review::save(const QString &path) const
{
    return saveFileAtomically(path, toJson());
}

} // namespace seqohs
