#include "spreadsheetimport.h"

#include "common/csvreader.h"
#include "common/formulaguard.h"
#include "jsonsupport.h"
#include "standardsformat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

const QString colDomainCode = QStringLiteral("domain_code");
const QString colDomainTitle = QStringLiteral("domain_title");
const QString colStandardCode = QStringLiteral("standard_code");
const QString colStandardTitle = QStringLiteral("standard_title");
const QString colLevel = QStringLiteral("level");
const QString colCriterionCode = QStringLiteral("criterion_code");
const QString colCriterionText = QStringLiteral("criterion_text");
const QString colGuidance = QStringLiteral("guidance");
const QString colEvidence = QStringLiteral("evidence_examples");
const QString colAppliesTo = QStringLiteral("applies_to");
// Not in the template: a sheet may name criteria; otherwise the title comes from the text.
const QString colCriterionTitle = QStringLiteral("criterion_title");

const QString exampleMarker = QStringLiteral("EXAMPLE");

QString cellLocation(int row, const QString &column)
{
    return tr("row %1, column %2").arg(row).arg(column);
}

// "1.2 (a)" -> "1.2-a": lower case letters, digits and dots survive; anything else becomes
// one '-'. Stable, so the same code always gives the same id.
QString slug(const QString &code)
{
    QString out;
    bool dash = false;
    for (const QChar c : code.toLower()) {
        const bool keep = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                          (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.');
        if (keep) {
            if (dash && !out.isEmpty())
                out += QLatin1Char('-');
            out += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    while (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    return out;
}

QString titleFromText(const QString &text)
{
    QString first = text.section(QLatin1Char('\n'), 0, 0).simplified();
    const qsizetype stop = first.indexOf(QLatin1String(". "));
    if (stop > 0 && stop <= 100)
        first = first.left(stop);
    if (first.endsWith(QLatin1Char('.')))
        first.chop(1);
    constexpr int maxLength = 80;
    if (first.size() > maxLength) {
        qsizetype cut = first.lastIndexOf(QLatin1Char(' '), maxLength);
        if (cut < maxLength / 2)
            cut = maxLength;
        first = first.left(cut).trimmed() + QChar(0x2026);
    }
    return first;
}

QStringList splitList(const QString &cell, const QList<QChar> &separators)
{
    QStringList out;
    QString current;
    for (const QChar c : cell) {
        if (separators.contains(c)) {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

QString csvField(const QString &field)
{
    QString text = FormulaGuard::neutralised(field);
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

struct StandardPlace
{
    int domain = -1;
    int standard = -1;
    bool wholeRow = false; // assessed as a whole: a row without criterion_code
    int firstRow = 0;
};

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::Importer)

public:
    Importer(const QString &fileName, const SpreadsheetImport::ImportOptions &options)
        : m_fileName(fileName)
        , m_options(options)
    {
    }

    Expected<StandardsSet> run(const QByteArray &csv)
    {
        checkOptions();
        const Expected<QList<CsvReader::Row>> rows = CsvReader::parse(csv, m_fileName);
        if (!rows)
            return rows.errors();
        if (rows->isEmpty()) {
            return Error{tr("The spreadsheet is empty"), m_fileName, QString(),
                         tr("Start from the template that 'standards template' writes.")};
        }
        if (!readHeader(rows->first()))
            return m_errors;
        for (qsizetype i = 1; i < rows->size(); ++i)
            readRow(rows->at(i));
        if (m_set.domains.isEmpty() && m_errors.isEmpty()) {
            m_errors << Error{tr("The spreadsheet has a header but no rows"), m_fileName, QString(),
                              tr("Add one row per criterion under the header.")};
        }
        if (!m_errors.isEmpty())
            return m_errors;

        m_set.id = m_options.id;
        m_set.title = m_options.title;
        m_set.edition = m_options.edition;
        m_set.publisher = m_options.publisher;
        m_set.version = m_options.version;
        m_set.effectiveDate = m_options.effectiveDate;
        m_set.provenance = m_options.provenance;
        m_set.attribution = m_options.attribution;
        if (m_set.attribution.isEmpty()) {
            const QString source = QFileInfo(m_fileName).fileName();
            m_set.attribution =
                m_options.provenance == StandardsSet::Provenance::Official
                    ? tr("Imported from %1. The wording belongs to its publisher; use it as your "
                         "licence allows.")
                          .arg(source)
                    : tr("Imported from %1.").arg(source);
        }
        // The same rules as any file: what the format would refuse, the import refuses.
        return StandardsFormat::read(StandardsFormat::write(m_set), m_fileName);
    }

private:
    void checkOptions()
    {
        if (!json::isIdentifier(m_options.id)) {
            m_errors << Error{m_options.id.isEmpty()
                                  ? tr("The new set needs an id")
                                  : tr("\"%1\" is not a valid set id").arg(m_options.id),
                              QString(), QString(),
                              tr("Use letters, digits and '-', for example "
                                 "seqohs-2023-official.")};
        }
        if (m_options.title.trimmed().isEmpty()) {
            m_errors << Error{tr("The new set needs a title"), QString(), QString(),
                              tr("For example \"SEQOHS standards 2023 (official wording)\".")};
        }
    }

    void error(int row, const QString &column, const QString &message,
               const QString &hint = QString())
    {
        m_errors << Error{message, m_fileName,
                          column.isEmpty() ? tr("row %1").arg(row) : cellLocation(row, column),
                          hint};
    }

    bool readHeader(const CsvReader::Row &header)
    {
        const QStringList required = SpreadsheetImport::columns();
        QStringList known = required;
        known << colCriterionTitle;
        for (qsizetype i = 0; i < header.fields.size(); ++i) {
            QString name = header.fields.at(i).trimmed().toLower();
            name.replace(QLatin1Char(' '), QLatin1Char('_'));
            if (name.isEmpty())
                continue;
            if (!known.contains(name)) {
                QString hint = tr("The columns are: %1.").arg(required.join(QLatin1String(", ")));
                if (header.fields.size() == 1 && name.contains(QLatin1Char(';'))) {
                    hint = tr("The file seems to use semicolons between fields; save it as CSV "
                              "with commas.");
                }
                error(header.number, QString::number(i + 1),
                      tr("Unknown column \"%1\"").arg(header.fields.at(i).trimmed()), hint);
                continue;
            }
            if (m_columns.contains(name)) {
                error(header.number, QString::number(i + 1),
                      tr("The column \"%1\" appears twice").arg(name), tr("Delete one of them."));
                continue;
            }
            m_columns.insert(name, i);
        }
        for (const QString &name : required) {
            if (!m_columns.contains(name)) {
                error(header.number, QString(), tr("The column \"%1\" is missing").arg(name),
                      tr("Keep the template's header row; the columns may be in any order."));
            }
        }
        m_headerSize = header.fields.size();
        return m_errors.isEmpty();
    }

    QString cell(const CsvReader::Row &row, const QString &column) const
    {
        const qsizetype at = m_columns.value(column, -1);
        if (at < 0 || at >= row.fields.size())
            return QString();
        return row.fields.at(at).trimmed();
    }

    // Resolves one code column, carrying the row above's value down when it is blank.
    QString carried(const CsvReader::Row &row, const QString &column, QString &previous,
                    bool mayCarry)
    {
        QString value = cell(row, column);
        if (!value.isEmpty()) {
            previous = value;
            return value;
        }
        if (!mayCarry || previous.isEmpty()) {
            error(row.number, column, tr("The %1 is empty").arg(column),
                  tr("Fill it in; it may be left blank only to repeat the row above."));
            return QString();
        }
        return previous;
    }

    QString idFor(const QString &prefix, const QString &code, int row, const QString &column)
    {
        const QString s = slug(code);
        if (s.isEmpty()) {
            error(row, column, tr("The code \"%1\" has no letters or digits").arg(code),
                  tr("Codes become ids; give each a letter or digit."));
            return QString();
        }
        QString id = prefix + QLatin1Char('-') + s;
        const auto it = m_codeForId.constFind(id);
        if (it != m_codeForId.constEnd() && *it != code) {
            error(row, column,
                  tr("The codes \"%1\" and \"%2\" would get the same id \"%3\"").arg(*it, code, id),
                  tr("Codes must differ in more than spaces and punctuation."));
            return QString();
        }
        m_codeForId.insert(id, code);
        return id;
    }

    void readRow(const CsvReader::Row &row)
    {
        for (qsizetype i = m_headerSize; i < row.fields.size(); ++i) {
            if (!row.fields.at(i).trimmed().isEmpty()) {
                error(row.number, QString::number(i + 1),
                      tr("This row has more fields than the header has columns"),
                      tr("Check for a comma that should be inside quotes."));
                return;
            }
        }
        for (const QString &field : row.fields) {
            if (field.trimmed().startsWith(exampleMarker)) {
                error(row.number, QString(), tr("This is one of the template's example rows"),
                      tr("Replace it with your own content, or delete it."));
                return;
            }
        }

        const int errorsBefore = int(m_errors.size());
        const QString previousDomain = m_lastDomainCode;
        const QString domainCode = carried(row, colDomainCode, m_lastDomainCode, true);
        const bool sameDomain = domainCode == previousDomain;
        const QString standardCode = carried(row, colStandardCode, m_lastStandardCode, sameDomain);
        if (m_errors.size() != errorsBefore)
            return;

        const int domainIndex = domainFor(row, domainCode);
        if (domainIndex < 0)
            return;
        const int standardIndex = standardFor(row, domainIndex, standardCode);
        if (standardIndex < 0)
            return;
        StandardPlace &place = m_standards[standardCode];
        Standard &standard = m_set.domains[domainIndex].standards[standardIndex];

        const QString levelText = cell(row, colLevel).toLower();
        Level level = Level::Unspecified;
        if (!levelText.isEmpty()) {
            if (const auto parsed = levelFromString(levelText)) {
                level = *parsed;
            } else {
                error(row.number, colLevel,
                      tr("Unknown level \"%1\"; use must, should or unspecified")
                          .arg(cell(row, colLevel)));
            }
        }
        QStringList tags;
        for (const QString &tag : splitList(cell(row, colAppliesTo), {QLatin1Char(',')})) {
            const QString lower = tag.toLower();
            if (!json::isTag(lower)) {
                error(row.number, colAppliesTo, tr("\"%1\" is not a valid tag").arg(tag),
                      tr("Tags are single words or words joined by '-', such as nhs or "
                         "physiotherapy, separated by commas."));
            } else if (!tags.contains(lower)) {
                tags << lower;
            }
        }
        const QStringList evidence =
            splitList(cell(row, colEvidence), {QLatin1Char(';'), QLatin1Char('\n')});
        const QString text = cell(row, colCriterionText);
        const QString guidance = cell(row, colGuidance);
        const QString criterionCode = cell(row, colCriterionCode);

        if (criterionCode.isEmpty()) {
            if (!standard.criteria.isEmpty() || place.wholeRow) {
                error(row.number, colCriterionCode,
                      tr("The standard \"%1\" already has rows (from row %2); a row without a "
                         "criterion code is allowed only for a standard that has no criteria")
                          .arg(standardCode)
                          .arg(place.firstRow),
                      tr("Give this row a criterion code, or delete it."));
                return;
            }
            place.wholeRow = true;
            if (m_errors.size() != errorsBefore)
                return;
            standard.text = text;
            standard.guidance = guidance;
            standard.evidenceExamples = evidence;
            standard.level = level;
            standard.appliesTo = tags;
            return;
        }
        if (place.wholeRow) {
            error(row.number, colCriterionCode,
                  tr("The standard \"%1\" was given as a whole on row %2 and cannot also have "
                     "criteria")
                      .arg(standardCode)
                      .arg(place.firstRow),
                  tr("Give that row a criterion code too, or leave this one out."));
            return;
        }
        const auto seen = m_criterionRows.constFind(criterionCode);
        if (seen != m_criterionRows.constEnd()) {
            error(row.number, colCriterionCode,
                  tr("The criterion code \"%1\" is already used on row %2")
                      .arg(criterionCode)
                      .arg(*seen),
                  tr("Every criterion needs a code of its own."));
            return;
        }
        m_criterionRows.insert(criterionCode, row.number);
        if (text.isEmpty()) {
            error(row.number, colCriterionText, tr("The criterion_text is empty"),
                  tr("Write what the criterion requires in this cell."));
        }
        const QString id = idFor(QStringLiteral("c"), criterionCode, row.number, colCriterionCode);
        if (m_errors.size() != errorsBefore)
            return;
        Criterion criterion;
        criterion.id = id;
        criterion.code = criterionCode;
        criterion.title = cell(row, colCriterionTitle);
        if (criterion.title.isEmpty())
            criterion.title = titleFromText(text);
        criterion.text = text;
        criterion.guidance = guidance;
        criterion.evidenceExamples = evidence;
        criterion.level = level;
        criterion.appliesTo = tags;
        standard.criteria << criterion;
    }

    int domainFor(const CsvReader::Row &row, const QString &code)
    {
        const QString title = cell(row, colDomainTitle);
        const auto it = m_domains.constFind(code);
        if (it != m_domains.constEnd()) {
            const Domain &domain = m_set.domains.at(*it);
            if (!title.isEmpty() && title != domain.title) {
                error(row.number, colDomainTitle,
                      tr("The domain \"%1\" is titled \"%2\" here but \"%3\" above")
                          .arg(code, title, domain.title),
                      tr("Give a domain one title, or leave the cell blank after its first row."));
                return -1;
            }
            return *it;
        }
        if (title.isEmpty()) {
            error(row.number, colDomainTitle, tr("The domain \"%1\" has no title").arg(code),
                  tr("Give the title on the domain's first row."));
            return -1;
        }
        const QString id = idFor(QStringLiteral("d"), code, row.number, colDomainCode);
        if (id.isEmpty())
            return -1;
        Domain domain;
        domain.id = id;
        domain.code = code;
        domain.title = title;
        m_set.domains << domain;
        m_domains.insert(code, int(m_set.domains.size()) - 1);
        return int(m_set.domains.size()) - 1;
    }

    int standardFor(const CsvReader::Row &row, int domainIndex, const QString &code)
    {
        const QString title = cell(row, colStandardTitle);
        const auto it = m_standards.constFind(code);
        if (it != m_standards.constEnd()) {
            if (it->domain != domainIndex) {
                error(row.number, colStandardCode,
                      tr("The standard \"%1\" is in domain \"%2\" on row %3 and in \"%4\" here")
                          .arg(code, m_set.domains.at(it->domain).code)
                          .arg(it->firstRow)
                          .arg(m_set.domains.at(domainIndex).code),
                      tr("A standard belongs to one domain; check the codes."));
                return -1;
            }
            const Standard &standard = m_set.domains.at(domainIndex).standards.at(it->standard);
            if (!title.isEmpty() && title != standard.title) {
                error(row.number, colStandardTitle,
                      tr("The standard \"%1\" is titled \"%2\" here but \"%3\" above")
                          .arg(code, title, standard.title),
                      tr("Give a standard one title, or leave the cell blank after its first "
                         "row."));
                return -1;
            }
            return it->standard;
        }
        if (title.isEmpty()) {
            error(row.number, colStandardTitle, tr("The standard \"%1\" has no title").arg(code),
                  tr("Give the title on the standard's first row."));
            return -1;
        }
        const QString id = idFor(QStringLiteral("s"), code, row.number, colStandardCode);
        if (id.isEmpty())
            return -1;
        Standard standard;
        standard.id = id;
        standard.code = code;
        standard.title = title;
        QList<Standard> &standards = m_set.domains[domainIndex].standards;
        standards << standard;
        m_standards.insert(
            code, StandardPlace{domainIndex, int(standards.size()) - 1, false, row.number});
        return int(standards.size()) - 1;
    }

    QString m_fileName;
    SpreadsheetImport::ImportOptions m_options;
    ErrorList m_errors;
    QHash<QString, qsizetype> m_columns;
    qsizetype m_headerSize = 0;
    StandardsSet m_set;
    QHash<QString, int> m_domains;             // code -> index
    QHash<QString, StandardPlace> m_standards; // code -> place
    QHash<QString, int> m_criterionRows;       // code -> row
    QHash<QString, QString> m_codeForId;
    QString m_lastDomainCode;
    QString m_lastStandardCode;
};

} // namespace

QStringList SpreadsheetImport::columns()
{
    return {colDomainCode,    colDomainTitle,   colStandardCode, colStandardTitle, colLevel,
            colCriterionCode, colCriterionText, colGuidance,     colEvidence,      colAppliesTo};
}

QByteArray SpreadsheetImport::templateCsv()
{
    const QList<QStringList> rows{
        columns(),
        {QStringLiteral("EXAMPLE-1"), QStringLiteral("EXAMPLE domain title (replace this row)"),
         QStringLiteral("EXAMPLE-1.1"), QStringLiteral("EXAMPLE standard title (replace this row)"),
         QStringLiteral("should"), QStringLiteral("EXAMPLE-1.1a"),
         QStringLiteral("EXAMPLE: one row per criterion. Write what it requires here; commas, "
                        "quotes and line breaks are fine."),
         QStringLiteral("EXAMPLE: what an assessor looks for."),
         QStringLiteral("EXAMPLE policy document; EXAMPLE minutes of a review meeting"), QString()},
        {QStringLiteral("EXAMPLE-6"), QStringLiteral("EXAMPLE NHS domain (replace this row)"),
         QStringLiteral("EXAMPLE-6.1"),
         QStringLiteral("EXAMPLE standard assessed as a whole: leave criterion_code empty"),
         QStringLiteral("must"), QString(),
         QStringLiteral("EXAMPLE: level is must (a legal duty), should or unspecified. "
                        "applies_to lists tags; the row then applies only to services with one "
                        "of them."),
         QString(), QStringLiteral("EXAMPLE service review notes"), QStringLiteral("nhs")},
    };
    QByteArray out("\xEF\xBB\xBF");
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &field : row)
            fields << csvField(field);
        out += fields.join(QLatin1Char(',')).toUtf8();
        out += "\r\n";
    }
    return out;
}

Expected<StandardsSet> SpreadsheetImport::import(const QByteArray &csv, const QString &fileName,
                                                 const ImportOptions &options)
{
    Importer importer(fileName, options);
    return importer.run(csv);
}

} // namespace seqohs
