#include "standardsformat.h"

#include "jsonsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

#include <cmath>

namespace seqohs {

namespace {

// Nothing in the catalogue needs more than a century.
constexpr int MaxMonths = 1200;

const QStringList &setFields()
{
    static const QStringList fields{QStringLiteral("format"),     QStringLiteral("formatVersion"),
                                    QStringLiteral("id"),         QStringLiteral("title"),
                                    QStringLiteral("edition"),    QStringLiteral("publisher"),
                                    QStringLiteral("version"),    QStringLiteral("effectiveDate"),
                                    QStringLiteral("provenance"), QStringLiteral("attribution"),
                                    QStringLiteral("domains")};
    return fields;
}

const QStringList &domainFields()
{
    static const QStringList fields{QStringLiteral("id"),        QStringLiteral("code"),
                                    QStringLiteral("title"),     QStringLiteral("text"),
                                    QStringLiteral("appliesTo"), QStringLiteral("standards")};
    return fields;
}

QStringList nodeFields()
{
    return {QStringLiteral("id"),       QStringLiteral("code"),
            QStringLiteral("title"),    QStringLiteral("text"),
            QStringLiteral("guidance"), QStringLiteral("evidenceExamples"),
            QStringLiteral("level"),    QStringLiteral("appliesTo"),
            QStringLiteral("weight"),   QStringLiteral("currency")};
}

const QStringList &standardFields()
{
    static const QStringList fields = nodeFields() << QStringLiteral("criteria");
    return fields;
}

const QStringList &criterionFields()
{
    static const QStringList fields = nodeFields();
    return fields;
}

// Reads one document's content, collecting every problem.
class SetReader
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::SetReader)

public:
    explicit SetReader(const QString &fileName)
        : m_schema(fileName)
    {
    }

    Expected<StandardsSet> read(const QJsonObject &root)
    {
        const QString path = QStringLiteral("$");
        if (!checkFormat(root))
            return m_schema.errors();
        m_schema.checkMembers(root, path, setFields());

        StandardsSet set;
        set.id = m_schema.identifier(root, path, QStringLiteral("id"));
        set.title = m_schema.string(root, path, QStringLiteral("title"), true);
        set.edition = m_schema.string(root, path, QStringLiteral("edition"), false);
        set.publisher = m_schema.string(root, path, QStringLiteral("publisher"), false);
        set.version = m_schema.string(root, path, QStringLiteral("version"), false);
        set.attribution = m_schema.string(root, path, QStringLiteral("attribution"), false);

        const QString date = m_schema.string(root, path, QStringLiteral("effectiveDate"), false);
        if (!date.isEmpty()) {
            set.effectiveDate = QDate::fromString(date, Qt::ISODate);
            if (!set.effectiveDate.isValid() || date.size() != 10) {
                m_schema.error(json::member(path, QStringLiteral("effectiveDate")),
                               tr("\"%1\" is not a date").arg(date),
                               tr("Write dates as YYYY-MM-DD, for example 2023-11-01."));
                set.effectiveDate = QDate();
            }
        }

        const QString provenance = m_schema.string(root, path, QStringLiteral("provenance"), true);
        if (provenance == QLatin1String("official")) {
            set.provenance = StandardsSet::Provenance::Official;
        } else if (provenance == QLatin1String("summary")) {
            set.provenance = StandardsSet::Provenance::Summary;
        } else if (!provenance.trimmed().isEmpty()) {
            m_schema.error(json::member(path, QStringLiteral("provenance")),
                           tr("Unknown provenance \"%1\"").arg(provenance),
                           tr("Use \"official\" for the owner's wording or \"summary\" for a "
                              "summary in other words."));
        }

        const QString domainsPath = json::member(path, QStringLiteral("domains"));
        const QJsonArray domains = m_schema.array(root, path, QStringLiteral("domains"), true);
        for (qsizetype d = 0; d < domains.size(); ++d) {
            if (const auto object = m_schema.objectAt(domains, domainsPath, d))
                set.domains << readDomain(*object, json::index(domainsPath, d));
        }

        if (m_schema.hasErrors())
            return m_schema.errors();
        return set;
    }

private:
    bool checkFormat(const QJsonObject &root)
    {
        const QString path = QStringLiteral("$");
        const QJsonValue format = root.value(QStringLiteral("format"));
        if (format.toString() != QLatin1String(StandardsFormat::FormatName)) {
            const QString hint =
                format.toString() == QLatin1String("seqohs-crosswalk")
                    ? tr("This is a crosswalk file, not a standards set.")
                    : tr("A standards set starts with \"format\": \"seqohs-standards\".");
            m_schema.error(json::member(path, QStringLiteral("format")),
                           format.isUndefined()
                               ? tr("The \"format\" field is missing")
                               : tr("This is not a standards set (format \"%1\")")
                                     .arg(format.isString() ? format.toString() : tr("not text")),
                           hint);
            return false;
        }
        const QJsonValue version = root.value(QStringLiteral("formatVersion"));
        const double number = version.toDouble(std::nan(""));
        if (!version.isDouble() || number != std::floor(number) || number < 1) {
            m_schema.error(
                json::member(path, QStringLiteral("formatVersion")),
                version.isUndefined() ? tr("The \"formatVersion\" field is missing")
                                      : tr("\"formatVersion\" must be a whole number from 1"),
                tr("This version reads format version %1.").arg(StandardsSet::FormatVersion));
            return false;
        }
        if (number > StandardsSet::FormatVersion) {
            m_schema.error(json::member(path, QStringLiteral("formatVersion")),
                           tr("The file was written by a newer version of seqohs-tracker (format "
                              "version %1; this version reads up to %2)")
                               .arg(QString::number(number, 'f', 0))
                               .arg(StandardsSet::FormatVersion),
                           tr("Update seqohs-tracker to load it."));
            return false;
        }
        return true;
    }

    void claimId(const QString &id, const QString &path)
    {
        if (id.isEmpty() || !json::isIdentifier(id))
            return;
        const auto it = m_idPaths.constFind(id);
        if (it != m_idPaths.constEnd()) {
            m_schema.error(json::member(path, QStringLiteral("id")),
                           tr("Duplicate id \"%1\"; it is already used at %2").arg(id, *it),
                           tr("Every domain, standard and criterion needs an id of its own."));
            return;
        }
        m_idPaths.insert(id, json::member(path, QStringLiteral("id")));
    }

    QStringList tags(const QJsonObject &object, const QString &path)
    {
        QStringList list = m_schema.stringList(object, path, QStringLiteral("appliesTo"));
        const QString at = json::member(path, QStringLiteral("appliesTo"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!json::isTag(list.at(i))) {
                m_schema.error(json::index(at, i), tr("\"%1\" is not a valid tag").arg(list.at(i)),
                               tr("Tags are lower case letters, digits and '-', such as nhs or "
                                  "physiotherapy."));
            } else if (list.indexOf(list.at(i)) != i) {
                m_schema.error(json::index(at, i),
                               tr("The tag \"%1\" is listed twice").arg(list.at(i)));
            }
        }
        return list;
    }

    Level level(const QJsonObject &object, const QString &path)
    {
        const QJsonValue value = object.value(QStringLiteral("level"));
        if (value.isUndefined())
            return Level::Unspecified;
        const QString text = m_schema.string(object, path, QStringLiteral("level"), false);
        if (!value.isString())
            return Level::Unspecified;
        const std::optional<Level> parsed = levelFromString(text);
        if (!parsed) {
            m_schema.error(json::member(path, QStringLiteral("level")),
                           tr("Unknown level \"%1\"").arg(text),
                           tr("Use must (a legal duty), should, or unspecified."));
            return Level::Unspecified;
        }
        return *parsed;
    }

    double weight(const QJsonObject &object, const QString &path)
    {
        const QJsonValue value = object.value(QStringLiteral("weight"));
        if (value.isUndefined())
            return 1.0;
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || !std::isfinite(number) || number < 0) {
            m_schema.error(json::member(path, QStringLiteral("weight")),
                           tr("\"weight\" must be a number of zero or more"),
                           tr("Leave it out for the usual weight of 1."));
            return 1.0;
        }
        return number;
    }

    CurrencyRule currency(const QJsonObject &object, const QString &path)
    {
        const QJsonValue value = object.value(QStringLiteral("currency"));
        if (value.isUndefined())
            return {};
        const QString at = json::member(path, QStringLiteral("currency"));
        if (!value.isObject()) {
            m_schema.error(at, tr("\"currency\" must be an object"),
                           tr("Write it as {\"coverMonths\": 12, \"refreshMonths\": 12}."));
            return {};
        }
        const QJsonObject rule = value.toObject();
        m_schema.checkMembers(rule, at,
                              {QStringLiteral("coverMonths"), QStringLiteral("refreshMonths")});
        CurrencyRule out;
        out.coverMonths =
            m_schema.integer(rule, at, QStringLiteral("coverMonths"), 0, MaxMonths, 0);
        out.refreshMonths =
            m_schema.integer(rule, at, QStringLiteral("refreshMonths"), 0, MaxMonths, 0);
        return out;
    }

    template <typename Node>
    void readCommon(Node &node, const QJsonObject &object, const QString &path)
    {
        node.id = m_schema.identifier(object, path, QStringLiteral("id"));
        claimId(node.id, path);
        node.code = m_schema.string(object, path, QStringLiteral("code"), true);
        node.title = m_schema.string(object, path, QStringLiteral("title"), true);
        node.text = m_schema.string(object, path, QStringLiteral("text"), false);
        node.appliesTo = tags(object, path);
    }

    template <typename Node>
    void readAssessable(Node &node, const QJsonObject &object, const QString &path)
    {
        readCommon(node, object, path);
        node.guidance = m_schema.string(object, path, QStringLiteral("guidance"), false);
        node.evidenceExamples =
            m_schema.stringList(object, path, QStringLiteral("evidenceExamples"));
        node.level = level(object, path);
        node.weight = weight(object, path);
        node.currency = currency(object, path);
    }

    Domain readDomain(const QJsonObject &object, const QString &path)
    {
        m_schema.checkMembers(object, path, domainFields());
        Domain domain;
        readCommon(domain, object, path);
        const QString standardsPath = json::member(path, QStringLiteral("standards"));
        const QJsonArray standards =
            m_schema.array(object, path, QStringLiteral("standards"), true);
        for (qsizetype s = 0; s < standards.size(); ++s) {
            if (const auto standard = m_schema.objectAt(standards, standardsPath, s))
                domain.standards << readStandard(*standard, json::index(standardsPath, s));
        }
        return domain;
    }

    Standard readStandard(const QJsonObject &object, const QString &path)
    {
        m_schema.checkMembers(object, path, standardFields());
        Standard standard;
        readAssessable(standard, object, path);
        const QJsonValue criteriaValue = object.value(QStringLiteral("criteria"));
        if (criteriaValue.isUndefined())
            return standard; // assessed as a whole
        const QString criteriaPath = json::member(path, QStringLiteral("criteria"));
        const QJsonArray criteria = m_schema.array(object, path, QStringLiteral("criteria"), false);
        for (qsizetype c = 0; c < criteria.size(); ++c) {
            const auto criterion = m_schema.objectAt(criteria, criteriaPath, c);
            if (!criterion)
                continue;
            const QString criterionPath = json::index(criteriaPath, c);
            m_schema.checkMembers(*criterion, criterionPath, criterionFields());
            Criterion out;
            readAssessable(out, *criterion, criterionPath);
            standard.criteria << out;
        }
        return standard;
    }

    json::SchemaReader m_schema;
    QHash<QString, QString> m_idPaths;
};

void writeTags(json::Writer &w, const QStringList &tags)
{
    if (!tags.isEmpty())
        w.value(QStringLiteral("appliesTo"), tags, true);
}

template <typename Node> void writeAssessable(json::Writer &w, const Node &node)
{
    w.value(QStringLiteral("id"), node.id);
    w.value(QStringLiteral("code"), node.code);
    w.value(QStringLiteral("title"), node.title);
    if (!node.text.isEmpty())
        w.value(QStringLiteral("text"), node.text);
    if (!node.guidance.isEmpty())
        w.value(QStringLiteral("guidance"), node.guidance);
    if (!node.evidenceExamples.isEmpty())
        w.value(QStringLiteral("evidenceExamples"), node.evidenceExamples);
    w.value(QStringLiteral("level"), levelToString(node.level));
    writeTags(w, node.appliesTo);
    if (node.weight != 1.0)
        w.value(QStringLiteral("weight"), node.weight);
    if (!node.currency.isEmpty()) {
        w.beginObjectMember(QStringLiteral("currency"));
        if (node.currency.coverMonths != 0)
            w.value(QStringLiteral("coverMonths"), node.currency.coverMonths);
        if (node.currency.refreshMonths != 0)
            w.value(QStringLiteral("refreshMonths"), node.currency.refreshMonths);
        w.endObject();
    }
}

} // namespace

Expected<StandardsSet> StandardsFormat::read(const QByteArray &json, const QString &fileName)
{
    const Expected<QJsonObject> root = json::parseDocument(json, fileName);
    if (!root)
        return root.errors();
    SetReader reader(fileName);
    return reader.read(*root);
}

Expected<StandardsSet> StandardsFormat::readFile(const QString &path)
{
    const Expected<QByteArray> data = json::readFileBytes(path);
    if (!data)
        return data.errors();
    return read(*data, path);
}

QByteArray StandardsFormat::write(const StandardsSet &set)
{
    json::Writer w;
    w.beginObject();
    w.value(QStringLiteral("format"), QString::fromLatin1(FormatName));
    w.value(QStringLiteral("formatVersion"), StandardsSet::FormatVersion);
    w.value(QStringLiteral("id"), set.id);
    w.value(QStringLiteral("title"), set.title);
    if (!set.edition.isEmpty())
        w.value(QStringLiteral("edition"), set.edition);
    if (!set.publisher.isEmpty())
        w.value(QStringLiteral("publisher"), set.publisher);
    if (!set.version.isEmpty())
        w.value(QStringLiteral("version"), set.version);
    if (set.effectiveDate.isValid())
        w.value(QStringLiteral("effectiveDate"), set.effectiveDate.toString(Qt::ISODate));
    w.value(QStringLiteral("provenance"), provenanceToString(set.provenance));
    if (!set.attribution.isEmpty())
        w.value(QStringLiteral("attribution"), set.attribution);
    w.beginArray(QStringLiteral("domains"));
    for (const Domain &domain : set.domains) {
        w.beginObject();
        w.value(QStringLiteral("id"), domain.id);
        w.value(QStringLiteral("code"), domain.code);
        w.value(QStringLiteral("title"), domain.title);
        if (!domain.text.isEmpty())
            w.value(QStringLiteral("text"), domain.text);
        writeTags(w, domain.appliesTo);
        w.beginArray(QStringLiteral("standards"));
        for (const Standard &standard : domain.standards) {
            w.beginObject();
            writeAssessable(w, standard);
            if (!standard.criteria.isEmpty()) {
                w.beginArray(QStringLiteral("criteria"));
                for (const Criterion &criterion : standard.criteria) {
                    w.beginObject();
                    writeAssessable(w, criterion);
                    w.endObject();
                }
                w.endArray();
            }
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.finish();
}

QByteArray StandardsFormat::contentHash(const StandardsSet &set)
{
    return QCryptographicHash::hash(write(set), QCryptographicHash::Sha256).toHex();
}

} // namespace seqohs
