#include "personaldataguard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <zip.h>

#include <cstring>
#include <optional>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

const QRegularExpression &nhsPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![0-9])([0-9]{3})([ -]?)([0-9]{3})\\2([0-9]{4})(?![0-9])"));
    return re;
}

const QString datePattern = QStringLiteral(
    "(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|"
    "\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?"
    "\\s+\\d{2,4})");

const QString labelPattern = QStringLiteral(
    "(?:\\bd\\.?\\s?o\\.?\\s?b\\b\\.?|\\bdate\\s+of\\s+birth\\b|\\bbirth\\s?date\\b)");

const QRegularExpression &dobPattern()
{
    static const QRegularExpression re(labelPattern + QStringLiteral("\\s*[:=\\-]?\\s*") +
                                           datePattern,
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &labelOnly()
{
    static const QRegularExpression re(QStringLiteral("^\\s*\"?") + labelPattern +
                                           QStringLiteral("\"?\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &dateOnly()
{
    static const QRegularExpression re(QStringLiteral("^\\s*\"?") + datePattern +
                                           QStringLiteral("\"?\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Splits a stream into lines (capped in length so memory stays bounded) and scans each.
class LineScanner
{
public:
    static constexpr qsizetype MaxLine = 64 * 1024;
    // Long lines are scanned in pieces that overlap by this much, so a match across a cut is
    // still seen.
    static constexpr qsizetype Overlap = 64;

    explicit LineScanner(bool csv)
        : m_csv(csv)
    {
    }

    void feed(const char *data, qsizetype size)
    {
        while (size > 0) {
            const auto *newline = static_cast<const char *>(std::memchr(data, '\n', size_t(size)));
            const qsizetype take = newline ? qsizetype(newline - data) : size;
            append(data, take);
            if (!newline)
                return;
            endLine();
            data += take + 1;
            size -= take + 1;
        }
    }

    void endLine()
    {
        scan(m_line);
        m_line.clear();
        ++m_lineNumber;
    }

    PersonalDataGuard::Result finish()
    {
        if (!m_line.isEmpty())
            endLine();
        return m_result;
    }

    void setLineNumber(qint64 n) { m_lineNumber = n; }

private:
    void append(const char *data, qsizetype size)
    {
        while (size > 0) {
            const qsizetype room = MaxLine - m_line.size();
            const qsizetype n = qMin(room, size);
            m_line.append(data, n);
            data += n;
            size -= n;
            if (m_line.size() >= MaxLine) {
                scan(m_line);
                m_line = m_line.right(Overlap);
            }
        }
    }

    void add(PersonalDataGuard::Finding::Kind kind)
    {
        for (const auto &f : std::as_const(m_result.findings)) {
            if (f.kind == kind && f.line == m_lineNumber)
                return;
        }
        if (m_result.findings.size() < PersonalDataGuard::MaxFindings)
            m_result.findings << PersonalDataGuard::Finding{kind, m_lineNumber};
    }

    void scan(const QByteArray &bytes)
    {
        if (bytes.isEmpty())
            return;
        const QString line = QString::fromUtf8(bytes);
        QRegularExpressionMatchIterator it = nhsPattern().globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (PersonalDataGuard::isValidNhsNumber(m.captured(1) + m.captured(3) +
                                                    m.captured(4))) {
                add(PersonalDataGuard::Finding::Kind::NhsNumber);
                break;
            }
        }
        if (dobPattern().match(line).hasMatch())
            add(PersonalDataGuard::Finding::Kind::DateOfBirth);
        if (m_csv)
            scanCsvColumns(line);
    }

    // A CSV whose header names a date-of-birth column: every row with a date there counts.
    void scanCsvColumns(const QString &line)
    {
        const QChar separator = line.count(QLatin1Char(';')) > line.count(QLatin1Char(','))
                                    ? QLatin1Char(';')
                                    : QLatin1Char(',');
        const QStringList cells = line.split(separator);
        if (m_lineNumber == 1) {
            for (int i = 0; i < cells.size(); ++i) {
                if (labelOnly().match(cells.at(i)).hasMatch())
                    m_dobColumns << i;
            }
            return;
        }
        for (int column : std::as_const(m_dobColumns)) {
            if (column < cells.size() && dateOnly().match(cells.at(column)).hasMatch()) {
                add(PersonalDataGuard::Finding::Kind::DateOfBirth);
                return;
            }
        }
    }

    bool m_csv = false;
    QByteArray m_line;
    qint64 m_lineNumber = 1;
    QList<int> m_dobColumns;
    PersonalDataGuard::Result m_result;
};

// Turns a stream of XML into text: paragraphs and rows become lines, cells are separated, and
// the character references that matter are decoded. Enough for scanning, not a parser.
class XmlText
{
public:
    explicit XmlText(LineScanner &out)
        : m_out(out)
    {
    }

    void feed(const char *data, qsizetype size)
    {
        for (qsizetype i = 0; i < size; ++i) {
            const char c = data[i];
            if (m_inTag) {
                if (c == '>') {
                    m_inTag = false;
                    tagEnded();
                } else if (m_tag.size() < 32) {
                    m_tag.append(c);
                }
            } else if (m_inEntity) {
                if (c == ';' || m_entity.size() > 10) {
                    m_inEntity = false;
                    entityEnded();
                } else {
                    m_entity.append(c);
                }
            } else if (c == '<') {
                m_inTag = true;
                m_tag.clear();
            } else if (c == '&') {
                m_inEntity = true;
                m_entity.clear();
            } else {
                emitChar(c);
            }
        }
    }

private:
    void emitChar(char c) { m_out.feed(&c, 1); }

    void tagEnded()
    {
        // Office XML first, then the HTML elements that end a line or a cell.
        static const QByteArray lineEnds[] = {
            "/w:p", "/text:p", "/text:h", "/row", "/si", "w:br/", "text:line-break/",
            "/p",   "br",      "br/",     "/tr",  "/li", "/div",  "/h1",
            "/h2",  "/h3",     "/h4",     "/h5",  "/h6"};
        static const QByteArray cellEnds[] = {
            "/c",     "/v",        "/is",     "/w:tc", "/table:table-cell",
            "w:tab/", "text:tab/", "text:s/", "/td",   "/th"};
        const QByteArray name = m_tag.split(' ').first().toLower();
        for (const QByteArray &end : lineEnds) {
            if (name == end) {
                m_out.endLine();
                return;
            }
        }
        for (const QByteArray &end : cellEnds) {
            if (name == end) {
                emitChar('\t');
                return;
            }
        }
    }

    void entityEnded()
    {
        if (m_entity == "amp")
            emitChar('&');
        else if (m_entity == "lt")
            emitChar('<');
        else if (m_entity == "gt")
            emitChar('>');
        else if (m_entity.startsWith('#')) {
            bool ok = false;
            const uint code = m_entity.startsWith("#x") ? m_entity.mid(2).toUInt(&ok, 16)
                                                        : m_entity.mid(1).toUInt(&ok, 10);
            if (ok && code < 128)
                emitChar(char(code));
            else
                emitChar(' ');
        } else {
            emitChar(' ');
        }
    }

    LineScanner &m_out;
    bool m_inTag = false;
    bool m_inEntity = false;
    QByteArray m_tag;
    QByteArray m_entity;
};

Expected<PersonalDataGuard::Result> scanZipXml(const QString &path, const QStringList &members,
                                               const QString &prefix)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive) {
        return Error{tr("The document cannot be read as an Office or OpenDocument file."), path,
                     QString(), tr("Check that the file is not damaged.")};
    }
    LineScanner scanner(false);
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (zip_int64_t i = 0; i < count; ++i) {
        const QString name = QString::fromUtf8(zip_get_name(archive, zip_uint64_t(i), 0));
        const bool wanted =
            members.contains(name) ||
            (!prefix.isEmpty() && name.startsWith(prefix) && name.endsWith(QLatin1String(".xml")));
        if (!wanted)
            continue;
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!file)
            continue;
        XmlText text(scanner);
        zip_int64_t n;
        while ((n = zip_fread(file, buffer.data(), zip_uint64_t(buffer.size()))) > 0)
            text.feed(buffer.constData(), qsizetype(n));
        zip_fclose(file);
        scanner.endLine();
    }
    zip_close(archive);
    return scanner.finish();
}

} // namespace

QString PersonalDataGuard::Finding::description() const
{
    QString what = kind == Kind::NhsNumber ? tr("what looks like an NHS number")
                                           : tr("what looks like a date of birth");
    if (line <= 0)
        return what;
    if (page)
        return tr("page %1: %2").arg(line).arg(what);
    return tr("line %1: %2").arg(line).arg(what);
}

namespace {
PersonalDataGuard::PdfTextReader &pdfTextReader()
{
    static PersonalDataGuard::PdfTextReader reader;
    return reader;
}
} // namespace

void PersonalDataGuard::setPdfTextReader(PdfTextReader reader)
{
    pdfTextReader() = std::move(reader);
}

bool PersonalDataGuard::isValidNhsNumber(const QString &digits)
{
    if (digits.size() != 10)
        return false;
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        if (!digits.at(i).isDigit() || digits.at(i).unicode() > '9')
            return false;
        if (i < 9)
            sum += digits.at(i).digitValue() * (10 - i);
    }
    // Ten identical digits pass the arithmetic but are never issued.
    if (digits.count(digits.at(0)) == 10)
        return false;
    int check = 11 - (sum % 11);
    if (check == 11)
        check = 0;
    if (check == 10)
        return false;
    return check == digits.at(9).digitValue();
}

PersonalDataGuard::Result PersonalDataGuard::scanText(const QString &text)
{
    LineScanner scanner(false);
    const QByteArray bytes = text.toUtf8();
    scanner.feed(bytes.constData(), bytes.size());
    return scanner.finish();
}

namespace {
// UTF-16 by its byte order mark, or by the zero bytes that ASCII text leaves in every other
// position without one.
std::optional<QStringConverter::Encoding> detectUtf16(const QByteArray &head)
{
    if (head.startsWith("\xFF\xFE"))
        return QStringConverter::Utf16LE;
    if (head.startsWith("\xFE\xFF"))
        return QStringConverter::Utf16BE;
    if (head.size() < 4)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i + 1 < head.size(); i += 2) {
        evenZeros += head.at(i) == '\0';
        oddZeros += head.at(i + 1) == '\0';
    }
    const qsizetype pairs = head.size() / 2;
    if (oddZeros * 10 > pairs * 7 && evenZeros * 20 < pairs)
        return QStringConverter::Utf16LE;
    if (evenZeros * 10 > pairs * 7 && oddZeros * 20 < pairs)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}
} // namespace

PersonalDataGuard::Result PersonalDataGuard::scanPdf(const QString &path)
{
    // One page is one "line", so that a finding names its page.
    LineScanner scanner(false);
    QElapsedTimer clock;
    clock.start();
    int pages = 0;
    bool stopped = false;
    const Status read = pdfTextReader()(path, [&](int, const QString &text) {
        QString flat = text;
        flat.replace(QLatin1Char('\n'), QLatin1Char(' '))
            .replace(QLatin1Char('\r'), QLatin1Char(' '));
        const QByteArray utf8 = flat.toUtf8();
        scanner.feed(utf8.constData(), utf8.size());
        scanner.endLine();
        ++pages;
        stopped = pages >= MaxPdfPages || clock.elapsed() > MaxPdfMilliseconds;
        return !stopped;
    });
    Result result = scanner.finish();
    for (Finding &f : result.findings)
        f.page = true;
    if (!read) {
        result.scanned = false;
        result.notScannedReason =
            tr("The PDF's text could not be read (%1), so it was not checked for personal data.")
                .arg(read.errors().value(0).message);
    } else if (stopped && result.findings.isEmpty()) {
        result.scanned = false;
        result.notScannedReason =
            tr("Only the first %n page(s) of this PDF were checked for personal data.", nullptr,
               pages);
    }
    return result;
}

Expected<PersonalDataGuard::Result> PersonalDataGuard::scanFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    static const QStringList textSuffixes{
        QStringLiteral("txt"),  QStringLiteral("text"), QStringLiteral("csv"),
        QStringLiteral("tsv"),  QStringLiteral("md"),   QStringLiteral("log"),
        QStringLiteral("json"), QStringLiteral("xml"),  QStringLiteral("html"),
        QStringLiteral("htm"),  QStringLiteral("rtf")};
    if (suffix == QLatin1String("docx"))
        return scanZipXml(path, {QStringLiteral("word/document.xml")}, QString());
    if (suffix == QLatin1String("xlsx")) {
        return scanZipXml(path, {QStringLiteral("xl/sharedStrings.xml")},
                          QStringLiteral("xl/worksheets/"));
    }
    if (suffix == QLatin1String("odt") || suffix == QLatin1String("ods"))
        return scanZipXml(path, {QStringLiteral("content.xml")}, QString());
    if (suffix == QLatin1String("pdf") && pdfTextReader())
        return scanPdf(path);
    if (!textSuffixes.contains(suffix)) {
        Result result;
        result.scanned = false;
        result.notScannedReason =
            suffix == QLatin1String("pdf")
                ? tr("The text of PDF files is not scanned for personal data.")
                : tr("Files of this kind are not scanned for personal data.");
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("The file cannot be read: %1").arg(file.errorString()), path, QString(),
                     tr("Check that the file exists and that you may read it.")};
    }
    LineScanner scanner(suffix == QLatin1String("csv"));
    // Markup is stripped, so a number split by a tag ("<b>943</b> 476 5919") is still seen.
    const bool markup = suffix == QLatin1String("html") || suffix == QLatin1String("htm") ||
                        suffix == QLatin1String("xml");
    XmlText xml(scanner);
    auto feed = [&](const char *data, qsizetype size) {
        if (markup)
            xml.feed(data, size);
        else
            scanner.feed(data, size);
    };
    // Text saved as UTF-16 (either byte order, with or without a byte order mark) is decoded
    // first: the patterns are looked for in the text, not in its bytes.
    const std::optional<QStringConverter::Encoding> utf16 = detectUtf16(file.peek(4096));
    std::optional<QStringDecoder> decoder;
    if (utf16)
        decoder.emplace(*utf16);
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    qint64 n;
    while ((n = file.read(buffer.data(), buffer.size())) > 0) {
        if (decoder) {
            const QString text = decoder->decode(QByteArrayView(buffer.constData(), n));
            const QByteArray utf8 = text.toUtf8();
            feed(utf8.constData(), utf8.size());
        } else {
            feed(buffer.constData(), qsizetype(n));
        }
    }
    if (n < 0) {
        return Error{tr("The file cannot be read: %1").arg(file.errorString()), path, QString(),
                     tr("Check that the file is not damaged.")};
    }
    return scanner.finish();
}

} // namespace seqohs
