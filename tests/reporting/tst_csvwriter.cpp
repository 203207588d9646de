#include "reportfixture.h"
#include "scoringfixture.h"
#include "testsupport.h"

#include "common/csvreader.h"
#include "reporting/csvwriter.h"
#include "reporting/readinessreportbuilder.h"
#include "scoring/scorer.h"

#include <QBuffer>
#include <QFile>

using namespace seqohs;

namespace {

ReadinessReport reportOf(const ScoringInput &input)
{
    return ReadinessReportBuilder::build(input, Scorer::score(input));
}

// A device that accepts a few bytes and then fails, like a full disk.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 capacity)
        : m_capacity(capacity)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        if (m_written + len > m_capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_written += len;
        return len;
    }

private:
    qint64 m_capacity;
    qint64 m_written = 0;
};

QList<CsvReader::Row> parsed(const QByteArray &csv)
{
    const Expected<QList<CsvReader::Row>> rows = CsvReader::parse(csv, QStringLiteral("t.csv"));
    REQUIRE(rows.ok());
    return rows.value();
}

} // namespace

TEST_CASE("Records follow RFC 4180: quotes, commas and line breaks are quoted")
{
    CHECK(CsvWriter::encodeRecord({QStringLiteral("plain"), QStringLiteral("a,b"),
                                   QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"),
                                   QString()}) ==
          QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\","));
    CHECK(CsvWriter::encodeRecord({QStringLiteral("caf\u00e9")}) == QByteArray("caf\xC3\xA9"));
}

TEST_CASE("The assessment CSV has a BOM, CRLF line ends and one row per item with its hierarchy")
{
    const ScoringInput input = richInput(20);
    const ReadinessReport report = reportOf(input);
    const QByteArray csv = CsvWriter::toCsv(report, CsvWriter::Table::Assessment);
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains("\r\n"));
    // Every line end outside quoted fields is CRLF: no bare LF follows a closing field.
    CHECK(csv.endsWith("\r\n"));

    const QList<CsvReader::Row> rows = parsed(csv);
    REQUIRE(rows.size() == report.items.size() + 1);
    const QStringList header = rows.first().fields;
    CHECK(header.mid(0, 7) == QStringList{QStringLiteral("Domain code"), QStringLiteral("Domain"),
                                          QStringLiteral("Standard code"),
                                          QStringLiteral("Standard"), QStringLiteral("Item id"),
                                          QStringLiteral("Item code"), QStringLiteral("Item")});
    const qsizetype result = header.indexOf(QStringLiteral("Result"));
    const qsizetype narrative = header.indexOf(QStringLiteral("Narrative"));
    const qsizetype score = header.indexOf(QStringLiteral("Score (%)"));
    REQUIRE(result >= 0);
    REQUIRE(narrative >= 0);
    REQUIRE(score >= 0);
    for (qsizetype i = 0; i < report.items.size(); ++i) {
        const ReadinessReport::Item &item = report.items.at(i);
        const QStringList &fields = rows.at(i + 1).fields;
        REQUIRE(fields.size() == header.size());
        CHECK(fields.at(0) == item.domainCode);
        CHECK(fields.at(4) == item.itemId);
        CHECK(fields.at(5) == item.code);
        CHECK(fields.at(result) == resultDisplayName(item.result));
        // Narratives with quotes, commas, line breaks and non-ASCII text survive whole.
        CHECK(fields.at(narrative) == item.narrative);
        if (item.score)
            CHECK(fields.at(score).toDouble() == Approx(*item.score * 100.0).margin(0.05));
        else
            CHECK(fields.at(score).isEmpty());
    }
}

TEST_CASE("The evidence and action CSV files list every row with ISO dates")
{
    const ScoringInput input = richInput(20);
    const ReadinessReport report = reportOf(input);

    const QList<CsvReader::Row> evidence =
        parsed(CsvWriter::toCsv(report, CsvWriter::Table::Evidence));
    REQUIRE(evidence.size() == 21);
    const QStringList eh = evidence.first().fields;
    CHECK(eh.first() == QStringLiteral("Id"));
    const qsizetype review = eh.indexOf(QStringLiteral("Review by"));
    const qsizetype hash = eh.indexOf(QStringLiteral("SHA-256"));
    const qsizetype linked = eh.indexOf(QStringLiteral("Linked items"));
    REQUIRE(review >= 0);
    for (qsizetype i = 0; i < report.evidence.size(); ++i) {
        const ReadinessReport::EvidenceRow &e = report.evidence.at(i);
        const QStringList &f = evidence.at(i + 1).fields;
        CHECK(f.at(0) == QString::number(e.id));
        CHECK(f.at(1) == e.title);
        CHECK(f.at(review) ==
              (e.reviewBy.isValid() ? e.reviewBy.toString(Qt::ISODate) : QString()));
        CHECK(f.at(hash) == QString::fromLatin1(e.sha256));
        CHECK(f.at(linked) == e.linkedCodes.join(QStringLiteral(", ")));
    }

    const QList<CsvReader::Row> actions =
        parsed(CsvWriter::toCsv(report, CsvWriter::Table::Actions));
    REQUIRE(actions.size() == report.actions.size() + 1);
    CHECK(actions.first().fields.at(1) == QStringLiteral("Action"));
    CHECK(actions.at(1).fields.at(1) == report.actions.first().text);
    CHECK(actions.at(1).fields.at(5) == report.actions.first().due.toString(Qt::ISODate));
}

TEST_CASE("CSV writing reports a failing device and an unwritable path")
{
    const ReadinessReport report = reportOf(workedExample());
    FailingDevice device(10);
    const Status failed = CsvWriter::write(report, CsvWriter::Table::Assessment, device);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.errorString().contains(QStringLiteral("No space left on device")));

    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/out.csv"));
    const Status refused = CsvWriter::write(report, CsvWriter::Table::Assessment, path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().file == path);
    CHECK_FALSE(QFile::exists(path));

    const QString good = dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(CsvWriter::write(report, CsvWriter::Table::Evidence, good).ok());
    QFile file(good);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == CsvWriter::toCsv(report, CsvWriter::Table::Evidence));
}
