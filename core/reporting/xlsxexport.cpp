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

    explicit Formats(lxw_workbook *wb)
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
    int table(const ReportTable &table, int firstRow, bool outline)
    {
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const ReportTable::Column &column = table.columns.at(c);
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), column.width, nullptr);
            string(firstRow, int(c), column.name, m_formats.header);
        }
        int r = firstRow + 1;
        for (const ReportTable::Row &row : table.rows) {
            if (outline) {
                lxw_row_col_options options{};
                options.level = uint8_t(row.level);
                worksheet_set_row_opt(m_sheet, lxw_row_t(r), LXW_DEF_ROW_HEIGHT, nullptr, &options);
            }
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
            ++r;
        }
        if (!table.columns.isEmpty()) {
            // Freezing a header further down would pin the rows above it to the screen.
            if (firstRow == 0)
                worksheet_freeze_panes(m_sheet, lxw_row_t(firstRow + 1), 0);
            worksheet_autofilter(m_sheet, lxw_row_t(firstRow), 0, lxw_row_t(qMax(firstRow, r - 1)),
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

QString percentText(const std::optional<double> &share)
{
    return share ? QStringLiteral("%1%").arg(qRound(*share * 100.0)) : tr("n/a");
}

lxw_error writeSummary(lxw_workbook *wb, const Formats &formats, const ReadinessReport &report)
{
    lxw_worksheet *sheet = workbook_add_worksheet(wb, tr("Summary").toUtf8().constData());
    SheetWriter w(sheet, formats);
    const ReadinessReport::Cover &cover = report.cover;
    w.string(0, 0, cover.title, formats.title);
    const QList<std::pair<QString, QString>> facts{
        {tr("Service"), cover.serviceName},
        {tr("Organisation"), cover.organisation},
        {tr("Standards set"), cover.setTitle},
        {tr("Set id and version"), cover.setId + QStringLiteral(" ") + cover.setVersion},
        {tr("Provenance"), cover.provenance},
        {tr("Figures as of"), cover.asOf.toString(Qt::ISODate)},
        {tr("Planned visit"), cover.plannedVisit.isValid()
                                  ? cover.plannedVisit.toString(Qt::ISODate)
                                  : tr("Not planned")},
        {tr("Verdict"), verdictDisplayName(cover.verdict)},
        {tr("Score"), percentText(cover.score)},
        {tr("Evidence coverage"), percentText(cover.coverage)},
        {tr("Must criteria met"), tr("%1 of %2").arg(cover.mustMet).arg(cover.mustApplicable)},
        {tr("Generated"), cover.generated.toUTC().toString(Qt::ISODate)},
    };
    int r = 2;
    for (const auto &[label, value] : facts) {
        w.string(r, 0, label, formats.label);
        w.string(r, 1, value, formats.text);
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
    w.table(ReportTable::summary(report), r, false);
    // The summary table sets the column widths; the facts above need a wider second column.
    worksheet_set_column(sheet, 0, 0, 24, nullptr);
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

    const Formats formats(wb);
    lxw_error error = writeSummary(wb, formats, report);
    const lxw_error assessment =
        writeTable(wb, formats, ReportTable::assessment(report, true), true);
    const lxw_error evidence = writeTable(wb, formats, ReportTable::evidence(report), false);
    const lxw_error actions = writeTable(wb, formats, ReportTable::actions(report), false);
    for (lxw_error e : {assessment, evidence, actions}) {
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
