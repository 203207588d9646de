#include "packmanifest.h"

#include "workspace/sha256.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace seqohs {

const QString PackManifest::ManifestPath = QStringLiteral("manifest.json");
const QString PackManifest::SignaturePath = QStringLiteral("manifest.json.minisig");
const QString PackManifest::PublicKeyPath = QStringLiteral("signing-key.minisign.pub");
const QString PackManifest::WorkspacePath = QStringLiteral("workspace.seqohs");
const QString PackManifest::ReportPath = QStringLiteral("report/readiness.pdf");
const QString PackManifest::ReadmePath = QStringLiteral("README.txt");
const QString PackManifest::FollowUpPath = QStringLiteral("follow-up.json");
const QString PackManifest::FullKind = QStringLiteral("full");
const QString PackManifest::FollowUpKind = QStringLiteral("follow-up");

namespace {

const QLatin1String Format("seqohs-pack");

QJsonObject toObject(const PackManifest &m)
{
    QJsonArray entries;
    for (const PackManifest::Entry &e : m.entries) {
        QJsonObject o{{QStringLiteral("path"), e.path},
                      {QStringLiteral("size"), QString::number(e.size)},
                      {QStringLiteral("sha256"), QString::fromLatin1(e.sha256)},
                      {QStringLiteral("kind"), e.kind}};
        if (e.kind == QLatin1String("evidence")) {
            // Sizes and ids are strings: JSON numbers are doubles and lose digits past 2^53.
            o.insert(QStringLiteral("evidence"),
                     QJsonObject{{QStringLiteral("id"), QString::number(e.evidenceId)},
                                 {QStringLiteral("title"), e.evidenceTitle},
                                 {QStringLiteral("fileName"), e.fileName},
                                 {QStringLiteral("version"), QString::number(e.evidenceVersion)},
                                 {QStringLiteral("items"), QJsonArray::fromStringList(e.items)}});
        }
        entries.append(o);
    }
    QJsonObject o{
        {QStringLiteral("format"), Format},
        {QStringLiteral("formatVersion"), PackManifest::FormatVersion},
        {QStringLiteral("created"), m.created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("generator"), m.generator},
        {QStringLiteral("service"), QJsonObject{{QStringLiteral("name"), m.serviceName},
                                                {QStringLiteral("organisation"), m.organisation}}},
        {QStringLiteral("standardsSet"),
         QJsonObject{{QStringLiteral("id"), m.setId},
                     {QStringLiteral("version"), m.setVersion},
                     {QStringLiteral("contentHash"), m.setContentHash}}},
        {QStringLiteral("signerFingerprint"), m.signerFingerprint},
        {QStringLiteral("entries"), entries}};
    // Only when known, so that packs made before keep their root hash.
    if (m.auditCount > 0) {
        o.insert(QStringLiteral("auditTrail"),
                 QJsonObject{{QStringLiteral("count"), QString::number(m.auditCount)},
                             {QStringLiteral("head"), m.auditHead}});
    }
    if (m.personalDataLeftOut > 0 || !m.personalDataIncluded.isEmpty()) {
        QJsonArray included;
        for (const auto &[id, reason] : m.personalDataIncluded) {
            included.append(QJsonObject{{QStringLiteral("evidenceId"), QString::number(id)},
                                        {QStringLiteral("reason"), reason}});
        }
        o.insert(QStringLiteral("personalData"),
                 QJsonObject{{QStringLiteral("leftOut"), QString::number(m.personalDataLeftOut)},
                             {QStringLiteral("included"), included}});
    }
    if (!m.signOffs.isEmpty()) {
        QJsonArray signOffs;
        for (const PackManifest::SignOffEntry &s : m.signOffs) {
            signOffs.append(QJsonObject{
                {QStringLiteral("covers"), s.covers},
                {QStringLiteral("signer"), s.signer},
                {QStringLiteral("signed"), s.signedAt.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("coveredHash"), s.coveredHash},
                {QStringLiteral("status"),
                 s.holds ? QStringLiteral("holds") : QStringLiteral("void")},
                {QStringLiteral("changes"), QJsonArray::fromStringList(s.changes)}});
        }
        o.insert(QStringLiteral("signOffs"), signOffs);
    }
    if (m.isFollowUp()) {
        o.insert(QStringLiteral("kind"), m.kind);
        o.insert(
            QStringLiteral("followUp"),
            QJsonObject{{QStringLiteral("base"), m.followUp.base},
                        {QStringLiteral("chain"), QJsonArray::fromStringList(m.followUp.chain)},
                        {QStringLiteral("round"), QString::number(m.followUp.round)},
                        {QStringLiteral("response"), m.followUp.response}});
    }
    return o;
}

} // namespace

QByteArray PackManifest::canonicalJson() const
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QJsonDocument(toObject(*this)).toJson(QJsonDocument::Compact);
}

QString PackManifest::computeRootHash() const
{
    return QString::fromLatin1(Sha256::hexHash(canonicalJson()));
}

QByteArray PackManifest::toJson() const
{
    QJsonObject o = toObject(*this);
    o.insert(QStringLiteral("rootHash"), computeRootHash());
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool PackManifest::isSafePath(const QString &path)
{
    if (path.isEmpty() || path.size() > 1024 || path.startsWith(QLatin1Char('/')) ||
        path.contains(QLatin1Char('\\')) || (path.size() >= 2 && path.at(1) == QLatin1Char(':'))) {
        return false;
    }
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

Expected<PackManifest> PackManifest::fromJson(const QByteArray &json)
{
    const QString file = ManifestPath;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error{tr("The manifest is not valid JSON: %1").arg(parseError.errorString()), file};
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != Format)
        return Error{tr("The manifest is not a seqohs-tracker pack manifest"), file};
    if (o.value(QLatin1String("formatVersion")).toInt() != FormatVersion) {
        return Error{tr("The pack was written in a newer format (version %1)")
                         .arg(o.value(QLatin1String("formatVersion")).toInt()),
                     file, QString(), tr("Open it with a newer version of seqohs-tracker.")};
    }
    PackManifest m;
    m.created =
        QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
    m.generator = o.value(QLatin1String("generator")).toString();
    const QJsonObject service = o.value(QLatin1String("service")).toObject();
    m.serviceName = service.value(QLatin1String("name")).toString();
    m.organisation = service.value(QLatin1String("organisation")).toString();
    const QJsonObject set = o.value(QLatin1String("standardsSet")).toObject();
    m.setId = set.value(QLatin1String("id")).toString();
    m.setVersion = set.value(QLatin1String("version")).toString();
    m.setContentHash = set.value(QLatin1String("contentHash")).toString();
    m.signerFingerprint = o.value(QLatin1String("signerFingerprint")).toString();
    m.rootHash = o.value(QLatin1String("rootHash")).toString();
    const QJsonObject trail = o.value(QLatin1String("auditTrail")).toObject();
    m.auditCount = trail.value(QLatin1String("count")).toString().toLongLong();
    m.auditHead = trail.value(QLatin1String("head")).toString();
    const QJsonObject personal = o.value(QLatin1String("personalData")).toObject();
    m.personalDataLeftOut = personal.value(QLatin1String("leftOut")).toString().toInt();
    for (const auto &v : personal.value(QLatin1String("included")).toArray()) {
        const QJsonObject i = v.toObject();
        m.personalDataIncluded.append({i.value(QLatin1String("evidenceId")).toString().toLongLong(),
                                       i.value(QLatin1String("reason")).toString()});
    }

    for (const auto &v : o.value(QLatin1String("signOffs")).toArray()) {
        const QJsonObject so = v.toObject();
        SignOffEntry s;
        s.covers = so.value(QLatin1String("covers")).toString();
        s.signer = so.value(QLatin1String("signer")).toString();
        s.signedAt =
            QDateTime::fromString(so.value(QLatin1String("signed")).toString(), Qt::ISODateWithMs);
        s.coveredHash = so.value(QLatin1String("coveredHash")).toString();
        s.holds = so.value(QLatin1String("status")).toString() != QLatin1String("void");
        for (const auto &c : so.value(QLatin1String("changes")).toArray())
            s.changes << c.toString();
        m.signOffs << s;
    }
    if (o.contains(QLatin1String("kind"))) {
        m.kind = o.value(QLatin1String("kind")).toString();
        if (m.kind != FollowUpKind && m.kind != FullKind)
            return Error{tr("The manifest names a kind of pack this version does not know "
                            "(\"%1\")")
                             .arg(m.kind),
                         file, QStringLiteral("kind"),
                         tr("Open it with a newer version of seqohs-tracker.")};
    }
    if (m.isFollowUp()) {
        const QJsonObject f = o.value(QLatin1String("followUp")).toObject();
        m.followUp.base = f.value(QLatin1String("base")).toString();
        for (const auto &v : f.value(QLatin1String("chain")).toArray())
            m.followUp.chain << v.toString();
        m.followUp.round = f.value(QLatin1String("round")).toString().toInt();
        m.followUp.response = f.value(QLatin1String("response")).toString();
        if (m.followUp.base.size() != 64 || m.followUp.chain.isEmpty() ||
            m.followUp.chain.last() != m.followUp.base || m.followUp.round < 2) {
            return Error{tr("The follow-up pack does not say which pack it follows up"), file,
                         QStringLiteral("followUp")};
        }
    }

    QSet<QString> seen;
    const QJsonArray entries = o.value(QLatin1String("entries")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject eo = entries.at(i).toObject();
        Entry e;
        e.path = eo.value(QLatin1String("path")).toString();
        bool sizeOk = false;
        e.size = eo.value(QLatin1String("size")).toString().toLongLong(&sizeOk);
        e.sha256 = eo.value(QLatin1String("sha256")).toString().toLatin1();
        e.kind = eo.value(QLatin1String("kind")).toString();
        const QString where = QStringLiteral("entries[%1]").arg(i);
        if (!isSafePath(e.path))
            return Error{tr("The manifest lists an unsafe path \"%1\"").arg(e.path), file, where};
        if (seen.contains(e.path))
            return Error{tr("The manifest lists \"%1\" twice").arg(e.path), file, where};
        if (!sizeOk || e.size < 0 || e.sha256.size() != 64)
            return Error{
                tr("The manifest entry for \"%1\" has no valid size or SHA-256").arg(e.path), file,
                where};
        seen.insert(e.path);
        if (e.kind == QLatin1String("evidence")) {
            const QJsonObject ev = eo.value(QLatin1String("evidence")).toObject();
            e.evidenceId = ev.value(QLatin1String("id")).toString().toLongLong();
            e.evidenceTitle = ev.value(QLatin1String("title")).toString();
            e.fileName = ev.value(QLatin1String("fileName")).toString();
            e.evidenceVersion = ev.value(QLatin1String("version")).toString().toInt();
            const QJsonArray items = ev.value(QLatin1String("items")).toArray();
            for (const auto &item : items)
                e.items << item.toString();
        }
        m.entries.append(e);
    }
    std::sort(m.entries.begin(), m.entries.end(),
              [](const Entry &a, const Entry &b) { return a.path < b.path; });
    return m;
}

const PackManifest::Entry *PackManifest::entry(const QString &path) const
{
    for (const Entry &e : entries) {
        if (e.path == path)
            return &e;
    }
    return nullptr;
}

} // namespace seqohs
