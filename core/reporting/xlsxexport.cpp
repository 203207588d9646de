#include "xlsxexport.h"

#include "common/formulaguard.h"
#include "common/savefile.h"
#include "reporttable.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

// Excel refuses cells longer than this.
constexpr qsizetype MaxCellLength = 32767;

constexpr lxw_color_t Teal = 0x2F6F73;
constexpr lxw_color_t Slate = 0x3C4650;
constexpr lxw_color_t PaleTeal = 0xE3EFEF;
constexpr lxw_color_t PaleSlate = 0xF0F2F4;
constexpr lxw_color_t Amber = 0xE0A526;
constexpr lxw_color_t Red = 0xC0392B;

// Rows of wrapped text get a height for their lines: LibreOffice keeps the default height of a
// row written without one and lets the text run over the rows below.
constexpr double LineHeight = 12.75;

int linesFor(const QString &text, double widthChars)
{
    const int perLine = qMax(1, int(widthChars * 1.1) - 1);
    int lines = 0;
    for (const QString &paragraph : text.split(QLatin1Char('\n')))
        lines += qMax(1, int((paragraph.size() + perLine - 1) / perLine));
    return lines;
}

// Landscape A4, one page wide, the header row on every page, and page numbers.
void setUpPrinting(lxw_worksheet *sheet, int headerRow)
{
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_set_margins(sheet, 0.5, 0.5, 0.6, 0.6);
    if (headerRow >= 0)
        worksheet_repeat_rows(sheet, lxw_row_t(headerRow), lxw_row_t(headerRow));
    worksheet_set_header(sheet, "&L&A");
    worksheet_set_footer(sheet, "&CPage &P of &N");
}

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *wrap = nullptr;
    lxw_format *date = nullptr;
    lxw_format *dateTime = nullptr;
    lxw_format *percent = nullptr;
    lxw_format *number = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *domain = nullptr;
    lxw_format *domainPercent = nullptr;
    lxw_format *standard = nullptr;
    lxw_format *standardPercent = nullptr;
    lxw_format *title = nullptr;
    lxw_format *label = nullptr;
    lxw_format *notice = nullptr;
    lxw_format *factDate = nullptr;
    lxw_format *factDateTime = nullptr;
    lxw_format *factPercent = nullptr;
    lxw_format *factInteger = nullptr;
    lxw_format *verdict = nullptr;

    explicit Formats(lxw_workbook *wb, Verdict verdictShown)
    {
        header = workbook_add_format(wb);
        format_set_bold(header);
        format_set_font_color(header, LXW_COLOR_WHITE);
        format_set_bg_color(header, Teal);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);

        text = workbook_add_format(wb);
        format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
        wrap = workbook_add_format(wb);
        format_set_text_wrap(wrap);
        format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
        date = workbook_add_format(wb);
        format_set_num_format(date, "yyyy-mm-dd");
        format_set_align(date, LXW_ALIGN_VERTICAL_TOP);
        dateTime = workbook_add_format(wb);
        format_set_num_format(dateTime, "yyyy-mm-dd hh:mm");
        format_set_align(dateTime, LXW_ALIGN_VERTICAL_TOP);
        percent = workbook_add_format(wb);
        format_set_num_format(percent, "0%");
        format_set_align(percent, LXW_ALIGN_VERTICAL_TOP);
        number = workbook_add_format(wb);
        format_set_num_format(number, "0.##");
        format_set_align(number, LXW_ALIGN_VERTICAL_TOP);
        integer = workbook_add_format(wb);
        format_set_num_format(integer, "0");
        format_set_align(integer, LXW_ALIGN_VERTICAL_TOP);

        domain = workbook_add_format(wb);
        format_set_bold(domain);
        format_set_bg_color(domain, PaleTeal);
        domainPercent = workbook_add_format(wb);
        format_set_bold(domainPercent);
        format_set_bg_color(domainPercent, PaleTeal);
        format_set_num_format(domainPercent, "0%");
        standard = workbook_add_format(wb);
        format_set_bold(standard);
        format_set_bg_color(standard, PaleSlate);
        standardPercent = workbook_add_format(wb);
        format_set_bold(standardPercent);
        format_set_bg_color(standardPercent, PaleSlate);
        format_set_num_format(standardPercent, "0%");

        title = workbook_add_format(wb);
        format_set_bold(title);
        format_set_font_size(title, 14);
        format_set_font_color(title, Slate);
        label = workbook_add_format(wb);
        format_set_bold(label);
        format_set_align(label, LXW_ALIGN_VERTICAL_TOP);
        // The Summary's facts, left-aligned like the text beside them.
        factDate = workbook_add_format(wb);
        format_set_num_format(factDate, "yyyy-mm-dd");
        format_set_align(factDate, LXW_ALIGN_LEFT);
        factDateTime = workbook_add_format(wb);
        format_set_num_format(factDateTime, "yyyy-mm-dd hh:mm");
        format_set_align(factDateTime, LXW_ALIGN_LEFT);
        factPercent = workbook_add_format(wb);
        format_set_num_format(factPercent, "0%");
        format_set_align(factPercent, LXW_ALIGN_LEFT);
        factInteger = workbook_add_format(wb);
        format_set_num_format(factInteger, "0");
        format_set_align(factInteger, LXW_ALIGN_LEFT);
        // The verdict in white on its colour, as on the report's cover.
        verdict = workbook_add_format(wb);
        format_set_bold(verdict);
        format_set_font_size(verdict, 12);
        format_set_font_color(verdict, LXW_COLOR_WHITE);
        format_set_bg_color(verdict, verdictShown == Verdict::Ready         ? Teal
                                     : verdictShown == Verdict::NearlyReady ? Amber
                                                                            : Red);

        notice = workbook_add_format(wb);
        format_set_text_wrap(notice);
        format_set_italic(notice);
        format_set_align(notice, LXW_ALIGN_VERTICAL_TOP);
    }
};

lxw_datetime toLxw(const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    return lxw_datetime{utc.date().year(),   utc.date().month(),
                        utc.date().day(),    utc.time().hour(),
                        utc.time().minute(), utc.time().second() + utc.time().msec() / 1000.0};
}

lxw_datetime toLxw(const QDate &date)
{
    return lxw_datetime{date.year(), date.month(), date.day(), 0, 0, 0};
}

class SheetWriter
{
public:
    SheetWriter(lxw_worksheet *sheet, const Formats &formats)
        : m_sheet(sheet)
        , m_formats(formats)
    {
    }

    // Always a string cell, never a formula; and neutralised as in the CSV files, because a
    // spreadsheet may turn the text back into a formula when someone edits the cell or saves
    // the sheet as CSV.
    void string(int row, int col, const QString &text, lxw_format *format)
    {
        const QByteArray utf8 = FormulaGuard::neutralised(text).left(MaxCellLength).toUtf8();
        track(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(col), utf8.constData(),
                                     format));
    }

    void cell(int row, int col, const QVariant &value, ReportTable::Kind kind, lxw_format *format)
    {
        if (!value.isValid() || value.isNull()) {
            if (format)
                worksheet_write_blank(m_sheet, lxw_row_t(row), lxw_col_t(col), format);
            return;
        }
        switch (kind) {
        case ReportTable::Kind::Integer:
        case ReportTable::Kind::Number:
        case ReportTable::Kind::Percent:
            track(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(col), value.toDouble(),
                                         format));
            return;
        case ReportTable::Kind::Date: {
            lxw_datetime when = toLxw(value.toDate());
            track(worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(col), &when, format));
            return;
        }
        case ReportTable::Kind::DateTime: {
            lxw_datetime when = toLxw(value.toDateTime());
            track(worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(col), &when, format));
            return;
        }
        case ReportTable::Kind::Text:
        case ReportTable::Kind::LongText:
            string(row, col, value.toString(), format);
            return;
        }
    }

    lxw_format *formatFor(ReportTable::Kind kind) const
    {
        switch (kind) {
        case ReportTable::Kind::Text:
            return m_formats.text;
        case ReportTable::Kind::LongText:
            return m_formats.wrap;
        case ReportTable::Kind::Integer:
            return m_formats.integer;
        case ReportTable::Kind::Number:
            return m_formats.number;
        case ReportTable::Kind::Percent:
            return m_formats.percent;
        case ReportTable::Kind::Date:
            return m_formats.date;
        case ReportTable::Kind::DateTime:
            return m_formats.dateTime;
        }
        return nullptr;
    }

    // The table with its header at firstRow; returns the row after it.
    // The table with its header at firstRow; returns the row after it. With a total row, the
    // last row stands apart after a blank row, outside the filter, so that filtering and
    // sorting the table never take it in.
    int table(const ReportTable &table, int firstRow, bool outline, bool totalRow = false)
    {
        int headerLines = 1;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const ReportTable::Column &column = table.columns.at(c);
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), column.width, nullptr);
            string(firstRow, int(c), column.name, m_formats.header);
            headerLines = qMax(headerLines, linesFor(column.name, column.width));
        }
        worksheet_set_row(m_sheet, lxw_row_t(firstRow), LineHeight * headerLines + 3, nullptr);
        int r = firstRow + 1;
        int lastFiltered = firstRow;
        for (qsizetype i = 0; i < table.rows.size(); ++i) {
            const ReportTable::Row &row = table.rows.at(i);
            if (totalRow && i + 1 == table.rows.size())
                ++r; // the blank row that keeps the total out of the table
            int lines = 1;
            for (qsizetype c = 0; c < table.columns.size(); ++c) {
                if (table.columns.at(c).kind == ReportTable::Kind::LongText)
                    lines = qMax(
                        lines, linesFor(row.cells.value(c).toString(), table.columns.at(c).width));
            }
            const double height = lines > 1 ? LineHeight * lines + 3 : LXW_DEF_ROW_HEIGHT;
            lxw_row_col_options options{};
            options.level = outline ? uint8_t(row.level) : 0;
            worksheet_set_row_opt(m_sheet, lxw_row_t(r), height, nullptr, &options);
            for (qsizetype c = 0; c < table.columns.size(); ++c) {
                const ReportTable::Kind kind = table.columns.at(c).kind;
                lxw_format *format = formatFor(kind);
                if (row.heading) {
                    const bool pct = kind == ReportTable::Kind::Percent;
                    if (row.level == 0)
                        format = pct ? m_formats.domainPercent : m_formats.domain;
                    else
                        format = pct ? m_formats.standardPercent : m_formats.standard;
                }
                cell(r, int(c), row.cells.value(c), kind, format);
            }
            if (!(totalRow && i + 1 == table.rows.size()))
                lastFiltered = r;
            ++r;
        }
        if (!table.columns.isEmpty()) {
            // Freezing a header further down would pin the rows above it to the screen.
            if (firstRow == 0)
                worksheet_freeze_panes(m_sheet, lxw_row_t(firstRow + 1), 0);
            worksheet_autofilter(m_sheet, lxw_row_t(firstRow), 0, lxw_row_t(lastFiltered),
                                 lxw_col_t(table.columns.size() - 1));
        }
        return r;
    }

    lxw_error firstError() const { return m_error; }

private:
    void track(lxw_error error)
    {
        if (error != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
            m_error = error;
    }

    lxw_worksheet *m_sheet;
    const Formats &m_formats;
    lxw_error m_error = LXW_NO_ERROR;
};

lxw_error writeSummary(lxw_workbook *wb, const Formats &formats, const ReadinessReport &report)
{
    lxw_worksheet *sheet = workbook_add_worksheet(wb, tr("Summary").toUtf8().constData());
    SheetWriter w(sheet, formats);
    const ReadinessReport::Cover &cover = report.cover;
    w.string(0, 0, cover.title, formats.title);
    // Facts typed as what they are: dates as dates, shares as numbers shown as percentages.
    int r = 2;
    auto fact = [&](const QString &label, const QVariant &value, ReportTable::Kind kind,
                    lxw_format *format) {
        w.string(r, 0, label, formats.label);
        w.cell(r, 1, value, kind, format);
        ++r;
    };
    auto share = [](const std::optional<double> &value) {
        return value ? QVariant(*value) : QVariant();
    };
    fact(tr("Service"), cover.serviceName, ReportTable::Kind::Text, formats.text);
    fact(tr("Organisation"), cover.organisation, ReportTable::Kind::Text, formats.text);
    fact(tr("Standards set"), cover.setTitle, ReportTable::Kind::Text, formats.text);
    fact(tr("Set id and version"), QString(cover.setId + QStringLiteral(" ") + cover.setVersion),
         ReportTable::Kind::Text, formats.text);
    fact(tr("Provenance"), cover.provenance, ReportTable::Kind::Text, formats.text);
    fact(cover.forecast ? tr("Forecast for") : tr("Figures as of"), cover.asOf,
         ReportTable::Kind::Date, formats.factDate);
    if (cover.plannedVisit.isValid())
        fact(tr("Planned visit"), cover.plannedVisit, ReportTable::Kind::Date, formats.factDate);
    else
        fact(tr("Planned visit"), tr("Not planned"), ReportTable::Kind::Text, formats.text);
    if (report.response) {
        const ReadinessReport::AssessorResponse &a = *report.response;
        fact(tr("Assessor's recommendation"),
             a.recommendation.isEmpty() ? tr("Not given") : a.recommendation,
             ReportTable::Kind::Text, formats.text);
        fact(tr("Assessor"), a.assessor, ReportTable::Kind::Text, formats.text);
        fact(tr("Response imported"), a.imported, ReportTable::Kind::Date, formats.factDate);
    }
    fact(tr("Verdict"), verdictDisplayName(cover.verdict), ReportTable::Kind::Text,
         formats.verdict);
    worksheet_set_row(sheet, lxw_row_t(r - 1), 20, nullptr);
    fact(tr("Score"), share(cover.score), ReportTable::Kind::Percent, formats.factPercent);
    fact(tr("Evidence coverage"), share(cover.coverage), ReportTable::Kind::Percent,
         formats.factPercent);
    fact(tr("Must criteria met"), qint64(cover.mustMet), ReportTable::Kind::Integer,
         formats.factInteger);
    fact(tr("Must criteria that apply"), qint64(cover.mustApplicable), ReportTable::Kind::Integer,
         formats.factInteger);
    fact(tr("Generated"), cover.generated, ReportTable::Kind::DateTime, formats.factDateTime);
    bool firstReason = true;
    for (const QString &reason : report.verdictReasons) {
        worksheet_merge_range(sheet, lxw_row_t(r), 1, lxw_row_t(r), 8, "", formats.wrap);
        w.string(r, 0, firstReason ? tr("Why") : QString(), formats.label);
        firstReason = false;
        w.string(r, 1, reason, formats.wrap);
        worksheet_set_row(sheet, lxw_row_t(r), LineHeight * linesFor(reason, 120) + 3, nullptr);
        ++r;
    }
    if (report.summarySet) {
        ++r;
        worksheet_merge_range(sheet, lxw_row_t(r), 0, lxw_row_t(r), 6, "", formats.notice);
        w.string(r, 0, report.summaryNotice, formats.notice);
        worksheet_set_row(sheet, lxw_row_t(r), 48, nullptr);
        ++r;
    }
    ++r;
    const int headerRow = r;
    w.table(ReportTable::summary(report), r, false, true);
    setUpPrinting(sheet, headerRow);
    // The summary table sets the column widths; the facts above need a wider second column.
    worksheet_set_column(sheet, 0, 0, 28, nullptr);
    worksheet_set_column(sheet, 1, 1, 36, nullptr);
    return w.firstError();
}

lxw_error writeTable(lxw_workbook *wb, const Formats &formats, const ReportTable &table,
                     bool outline)
{
    lxw_worksheet *sheet = workbook_add_worksheet(wb, table.name.toUtf8().constData());
    if (outline) {
        // Heading rows sit above their details, so the fold buttons belong above too.
        worksheet_outline_settings(sheet, LXW_TRUE, LXW_FALSE, LXW_TRUE, LXW_FALSE);
    }
    SheetWriter w(sheet, formats);
    w.table(table, 0, outline);
    setUpPrinting(sheet, 0);
    return w.firstError();
}

} // namespace

Status XlsxExport::write(const ReadinessReport &report, QIODevice &device)
{
    // libxlsxwriter writes to a named file only: build the workbook in a private folder.
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return Error{
            tr("Cannot create a temporary folder for the workbook: %1").arg(dir.errorString()),
            QString(), QString(), tr("Free some disk space, then try again.")};
    }
    const QString tempPath = dir.filePath(QStringLiteral("report.xlsx"));
    const QByteArray nativePath = QFile::encodeName(tempPath);
    lxw_workbook_options options{};
    const QByteArray tmpdir = QFile::encodeName(dir.path());
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    options.use_zip64 = LXW_TRUE;
    lxw_workbook *wb = workbook_new_opt(nativePath.constData(), &options);
    if (!wb) {
        return Error{tr("Cannot start the workbook."), QString(), QString(),
                     tr("Free some disk space or memory, then try again.")};
    }

    const QByteArray title = report.cover.title.toUtf8();
    const QByteArray subject = report.cover.serviceName.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.constData());
    properties.subject = const_cast<char *>(subject.constData());
    workbook_set_properties(wb, &properties);

    const Formats formats(wb, report.cover.verdict);
    lxw_error error = writeSummary(wb, formats, report);
    const lxw_error assessment =
        writeTable(wb, formats, ReportTable::assessment(report, true), true);
    const lxw_error evidence = writeTable(wb, formats, ReportTable::evidence(report), false);
    const lxw_error actions = writeTable(wb, formats, ReportTable::actions(report), false);
    const lxw_error findings = report.response
                                   ? writeTable(wb, formats, ReportTable::findings(report), false)
                                   : LXW_NO_ERROR;
    for (lxw_error e : {assessment, evidence, actions, findings}) {
        if (error == LXW_NO_ERROR)
            error = e;
    }
    const lxw_error closed = workbook_close(wb);
    if (error == LXW_NO_ERROR)
        error = closed;
    if (error != LXW_NO_ERROR) {
        return Error{
            tr("The workbook could not be written: %1").arg(QString::fromUtf8(lxw_strerror(error))),
            QString(), QString(),
            tr("Free some disk space or choose another place, then try again.")};
    }

    QFile built(tempPath);
    if (!built.open(QIODevice::ReadOnly)) {
        return Error{tr("Cannot read back the workbook: %1").arg(built.errorString()), tempPath};
    }
    while (!built.atEnd()) {
        const QByteArray chunk = built.read(1 << 20);
        if (chunk.isEmpty() && built.error() != QFileDevice::NoError)
            return Error{tr("Cannot read back the workbook: %1").arg(built.errorString()),
                         tempPath};
        if (device.write(chunk) != chunk.size()) {
            return Error{tr("Writing the workbook failed: %1").arg(device.errorString()), QString(),
                         QString(),
                         tr("Free some disk space or choose another place, then try again.")};
        }
    }
    return success();
}

Status XlsxExport::write(const ReadinessReport &report, const QString &path)
{
    return saveFileAtomically(path, [&](QIODevice &device) { return write(report, device); });
}

} // namespace seqohs
