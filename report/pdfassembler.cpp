#include "pdfassembler.h"
#include "qpdfassembly.h"

#include <QString>

#include <string>
#include <vector>

namespace seqohs {

namespace {

// A PDF text string: UTF-16BE with a byte order mark, which holds any title.
std::string pdfString(const QString &text)
{
    std::string utf16("\xFE\xFF", 2);
    utf16.reserve(2 + 2 * std::size_t(text.size()));
    for (QChar ch : text) {
        utf16 += char(ch.unicode() >> 8);
        utf16 += char(ch.unicode() & 0xFF);
    }
    return utf16;
}

} // namespace

Expected<QByteArray> PdfAssembler::assemble(const QList<Part> &parts,
                                            const QList<Section> &sections, const Info &info)
{
    std::vector<QpdfAssembly::Part> in;
    in.reserve(std::size_t(parts.size()));
    for (const Part &part : parts) {
        QpdfAssembly::Part p{part.pdf.constData(), std::size_t(part.pdf.size()), {}, {}};
        for (const PdfTextLayer::Font &f : part.text.fonts) {
            QpdfAssembly::Font font;
            font.resource = f.resource.toStdString();
            font.baseFont = f.baseFont.toStdString();
            font.file = f.file.toStdString();
            font.fileLength = std::size_t(f.fileLength);
            font.toUnicode = f.toUnicode.toStdString();
            for (const auto &[glyph, width] : f.widths)
                font.widths.emplace_back(glyph, double(width));
            for (std::size_t i = 0; i < 4; ++i)
                font.box[i] = double(f.box[i]);
            font.ascent = double(f.ascent);
            font.descent = double(f.descent);
            font.capHeight = double(f.capHeight);
            p.fonts.push_back(std::move(font));
        }
        for (const PdfTextLayer::Page &page : part.text.pages)
            p.texts.push_back(QpdfAssembly::Text{page.page, page.content.toStdString()});
        in.push_back(std::move(p));
    }
    std::vector<QpdfAssembly::Section> outline;
    outline.reserve(std::size_t(sections.size()));
    for (const Section &s : sections)
        outline.push_back(
            QpdfAssembly::Section{s.anchor.toStdString(), pdfString(s.title), s.page});
    const QpdfAssembly::Info information{pdfString(info.title), pdfString(info.author),
                                         pdfString(info.subject), pdfString(info.creator),
                                         info.language.isEmpty() ? std::string()
                                                                 : pdfString(info.language)};
    std::string error;
    const std::string pdf = QpdfAssembly::assemble(in, outline, information, error);
    if (!error.empty() || pdf.empty()) // libqpdf's own words: the caller says what failed
        return Error{QString::fromStdString(error), QString(), QString(), QString()};
    return QByteArray(pdf.data(), qsizetype(pdf.size()));
}

} // namespace seqohs
