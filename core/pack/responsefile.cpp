#include "responsefile.h"

#include "minisignsignature.h"
#include "review.h"
#include "signingkey.h"

#include "common/clock.h"
#include "common/savefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace seqohs {

namespace {

const QLatin1String Format("seqohs-response");
const QLatin1String Algorithm("ed25519-blake2b512");

// The pack the response answers; the audit trail's place only when the pack recorded it, so
// that responses to earlier packs keep their form.
QJsonObject packObject(const ResponseFile &r)
{
    QJsonObject pack{{QStringLiteral("rootHash"), r.packRootHash},
                     {QStringLiteral("signer"), r.packSigner},
                     {QStringLiteral("service"), r.serviceName},
                     {QStringLiteral("setId"), r.setId},
                     {QStringLiteral("setVersion"), r.setVersion}};
    if (r.packAuditCount > 0) {
        pack.insert(QStringLiteral("auditCount"), QString::number(r.packAuditCount));
        pack.insert(QStringLiteral("auditHead"), r.packAuditHead);
    }
    return pack;
}

QJsonObject responseObject(const ResponseFile &r)
{
    QJsonArray findings;
    for (const StandardFinding &f : r.findings)
        findings.append(f.toJson());
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("created"), r.created.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("pack"), packObject(r)},
                       {QStringLiteral("assessor"),
                        QJsonObject{{QStringLiteral("name"), r.assessor},
                                    {QStringLiteral("fingerprint"), r.assessorKey.fingerprint()}}},
                       {QStringLiteral("recommendation"), recommendationToString(r.recommendation)},
                       {QStringLiteral("summary"), r.summary},
                       {QStringLiteral("findings"), findings}};
}

} // namespace

Expected<ResponseFile> ResponseFile::fromReview(const Review &review)
{
    if (review.recommendation == Recommendation::None) {
        return Error{tr("The review has no overall recommendation yet"), QString(), QString(),
                     tr("Record one with 'review recommend' before responding.")};
    }
    // A standard the follow-up re-opened must get a finding again: a response without one
    // would tell the service that nothing more is asked of it.
    QStringList reopened;
    for (const StandardFinding &f : review.findings) {
        if (f.result == FindingResult::NotRecorded && review.earlierFinding(f.standardId))
            reopened << f.standardCode;
    }
    if (!reopened.isEmpty()) {
        return Error{tr("The follow-up pack re-opened %1, which has no finding in this round yet")
                         .arg(reopened.join(QStringLiteral(", "))),
                     QString(), QString(),
                     tr("Record a finding for each with 'review set' (or in the assessor's "
                        "window) before responding; the earlier finding is kept for reference.")};
    }
    ResponseFile r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.created = Clock::now().toUTC();
    r.packRootHash = review.packRootHash;
    r.packSigner = review.packSigner;
    r.packAuditCount = review.packAuditCount;
    r.packAuditHead = review.packAuditHead;
    r.serviceName = review.serviceName;
    r.setId = review.setId;
    r.setVersion = review.setVersion;
    r.assessor = review.assessor;
    r.recommendation = review.recommendation;
    r.summary = review.summary;
    for (const StandardFinding &f : review.findings) {
        if (f.result != FindingResult::NotRecorded)
            r.findings.append(f);
    }
    return r;
}

QByteArray ResponseFile::sign(const SigningKey &key)
{
    assessorKey = key.publicKey();
    const QJsonObject response = responseObject(*this);
    const QByteArray canonical = QJsonDocument(response).toJson(QJsonDocument::Compact);
    const QByteArray signature = key.sign(MinisignSignature::blake2b512(canonical));
    const QJsonObject document{
        {QStringLiteral("format"), Format},
        {QStringLiteral("formatVersion"), FormatVersion},
        {QStringLiteral("response"), response},
        {QStringLiteral("signature"),
         QJsonObject{{QStringLiteral("algorithm"), Algorithm},
                     {QStringLiteral("publicKey"), assessorKey.toMinisign()},
                     {QStringLiteral("fingerprint"), assessorKey.fingerprint()},
                     {QStringLiteral("value"), QString::fromLatin1(signature.toBase64())}}}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Status ResponseFile::save(const QString &path, const SigningKey &key)
{
    return saveFileAtomically(path, sign(key));
}

Expected<ResponseFile> ResponseFile::read(const QByteArray &document, const QString &file,
                                          const QString &expectedFingerprint)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{tr("The response is not valid JSON (%1); it may have been altered")
                         .arg(parseError.errorString()),
                     file, tr("offset %1").arg(parseError.offset)};
    }
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != Format)
        return Error{tr("This is not an assessor's response file"), file};
    if (o.value(QLatin1String("formatVersion")).toInt() != FormatVersion)
        return Error{tr("The response was written by a newer version"), file, QString(),
                     tr("Use a newer version of seqohs-tracker.")};
    const QJsonObject sig = o.value(QLatin1String("signature")).toObject();
    if (sig.value(QLatin1String("algorithm")).toString() != Algorithm)
        return Error{
            tr("The response is not signed, or signed in a way this version does not know"), file};
    Expected<PublicKey> key =
        PublicKey::fromMinisign(sig.value(QLatin1String("publicKey")).toString());
    if (!key)
        return Error{tr("The response's signing key is damaged"), file,
                     QStringLiteral("signature.publicKey")};
    const QJsonObject response = o.value(QLatin1String("response")).toObject();
    const QByteArray canonical = QJsonDocument(response).toJson(QJsonDocument::Compact);
    const QByteArray value =
        QByteArray::fromBase64(sig.value(QLatin1String("value")).toString().toLatin1());
    if (!key->verifyDetached(value, MinisignSignature::blake2b512(canonical))) {
        return Error{tr("The response's signature does not match its content: it was altered "
                        "after the assessor signed it"),
                     file, QString(), tr("Ask the assessor to send it again.")};
    }
    if (!expectedFingerprint.isEmpty() && !key->hasFingerprint(expectedFingerprint)) {
        return Error{
            tr("The response is signed by key %1, not by the assessor's key you named (%2)")
                .arg(key->fingerprint(), expectedFingerprint),
            file, QString(), tr("Check the fingerprint with your assessor.")};
    }

    ResponseFile r;
    r.id = response.value(QLatin1String("id")).toString();
    r.created =
        QDateTime::fromString(response.value(QLatin1String("created")).toString(), Qt::ISODate);
    const QJsonObject pack = response.value(QLatin1String("pack")).toObject();
    r.packRootHash = pack.value(QLatin1String("rootHash")).toString();
    r.packSigner = pack.value(QLatin1String("signer")).toString();
    r.serviceName = pack.value(QLatin1String("service")).toString();
    r.setId = pack.value(QLatin1String("setId")).toString();
    r.setVersion = pack.value(QLatin1String("setVersion")).toString();
    r.packAuditCount = pack.value(QLatin1String("auditCount")).toString().toLongLong();
    r.packAuditHead = pack.value(QLatin1String("auditHead")).toString();
    const QJsonObject assessor = response.value(QLatin1String("assessor")).toObject();
    r.assessor = assessor.value(QLatin1String("name")).toString();
    r.assessorKey = *key;
    const auto rec =
        recommendationFromString(response.value(QLatin1String("recommendation")).toString());
    r.recommendation = rec.value_or(Recommendation::None);
    r.summary = response.value(QLatin1String("summary")).toString();
    const QJsonArray findings = response.value(QLatin1String("findings")).toArray();
    for (const auto &v : findings)
        r.findings.append(StandardFinding::fromJson(v.toObject()));
    if (r.id.isEmpty() || r.packRootHash.size() != 64)
        return Error{tr("The response does not say which pack it answers"), file};
    return r;
}

Expected<ResponseFile> ResponseFile::load(const QString &path, const QString &expectedFingerprint)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the response file: %1").arg(file.errorString()), path};
    if (file.size() > 64 * 1024 * 1024)
        return Error{tr("This is not a response file (it is far too large)"), path};
    return read(file.readAll(), path, expectedFingerprint);
}

} // namespace seqohs
