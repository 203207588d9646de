#include "qpdfassembly.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAnnotationObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <exception>
#include <map>
#include <memory>
#include <stdexcept>

namespace seqohs {

namespace {

QPDFObjectHandle destination(const std::vector<QPDFPageObjectHelper> &pages, int page)
{
    const int count = int(pages.size());
    QPDFObjectHandle dest = QPDFObjectHandle::newArray();
    dest.appendItem(pages.at(std::size_t(std::clamp(page, 1, count) - 1)).getObjectHandle());
    dest.appendItem(QPDFObjectHandle::newName("/XYZ"));
    for (int i = 0; i < 3; ++i)
        dest.appendItem(QPDFObjectHandle::newNull());
    return dest;
}

// Link annotations to "#anchor" become jumps to the section's page.
void linkSections(const std::vector<QPDFPageObjectHelper> &pages,
                  const std::map<std::string, int> &pageOf)
{
    for (QPDFPageObjectHelper page : pages) {
        for (QPDFAnnotationObjectHelper &annotation : page.getAnnotations("/Link")) {
            QPDFObjectHandle dict = annotation.getObjectHandle();
            QPDFObjectHandle action = dict.getKey("/A");
            if (!action.isDictionary() || !action.getKey("/S").isNameAndEquals("/URI") ||
                !action.getKey("/URI").isString())
                continue;
            const std::string uri = action.getKey("/URI").getStringValue();
            const auto found =
                uri.empty() || uri.front() != '#' ? pageOf.end() : pageOf.find(uri.substr(1));
            if (found == pageOf.end())
                continue;
            dict.removeKey("/A");
            dict.replaceKey("/Dest", destination(pages, found->second));
        }
    }
}

// The outline: one entry per section, in order. Returns the outline's root.
QPDFObjectHandle outline(QPDF &pdf, const std::vector<QPDFPageObjectHelper> &pages,
                         const std::vector<QpdfAssembly::Section> &sections)
{
    QPDFObjectHandle root = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    std::vector<QPDFObjectHandle> entries;
    entries.reserve(sections.size());
    for (const QpdfAssembly::Section &section : sections) {
        QPDFObjectHandle entry = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        entry.replaceKey("/Title", QPDFObjectHandle::newString(section.title));
        entry.replaceKey("/Parent", root);
        entry.replaceKey("/Dest", destination(pages, section.page));
        entries.push_back(entry);
    }
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i > 0)
            entries[i].replaceKey("/Prev", entries[i - 1]);
        if (i + 1 < entries.size())
            entries[i].replaceKey("/Next", entries[i + 1]);
    }
    root.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
    root.replaceKey("/First", entries.front());
    root.replaceKey("/Last", entries.back());
    root.replaceKey("/Count", QPDFObjectHandle::newInteger(static_cast<long long>(entries.size())));
    return root;
}

QPDFObjectHandle compressedStream(QPDF &pdf, const std::string &data)
{
    QPDFObjectHandle stream = QPDFObjectHandle::newStream(&pdf);
    stream.replaceStreamData(data, QPDFObjectHandle::newName("/FlateDecode"),
                             QPDFObjectHandle::newNull());
    return stream;
}

QPDFObjectHandle number(double value)
{
    return QPDFObjectHandle::newReal(value, 3, true);
}

// A Type 0 font whose codes are the glyph numbers of an embedded TrueType font.
QPDFObjectHandle embed(QPDF &pdf, const QpdfAssembly::Font &font)
{
    QPDFObjectHandle file = compressedStream(pdf, font.file);
    file.getDict().replaceKey(
        "/Length1", QPDFObjectHandle::newInteger(static_cast<long long>(font.fileLength)));

    QPDFObjectHandle descriptor = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    descriptor.replaceKey("/Type", QPDFObjectHandle::newName("/FontDescriptor"));
    descriptor.replaceKey("/FontName", QPDFObjectHandle::newName("/" + font.baseFont));
    descriptor.replaceKey("/Flags", QPDFObjectHandle::newInteger(4)); // symbolic: not Latin-1
    QPDFObjectHandle box = QPDFObjectHandle::newArray();
    for (double v : font.box)
        box.appendItem(number(v));
    descriptor.replaceKey("/FontBBox", box);
    descriptor.replaceKey("/ItalicAngle", QPDFObjectHandle::newInteger(0));
    descriptor.replaceKey("/Ascent", number(font.ascent));
    descriptor.replaceKey("/Descent", number(font.descent));
    descriptor.replaceKey("/CapHeight", number(font.capHeight));
    descriptor.replaceKey("/StemV", QPDFObjectHandle::newInteger(80));
    descriptor.replaceKey("/FontFile2", file);

    QPDFObjectHandle widths = QPDFObjectHandle::newArray();
    for (const auto &[glyph, width] : font.widths) {
        widths.appendItem(QPDFObjectHandle::newInteger(glyph));
        QPDFObjectHandle one = QPDFObjectHandle::newArray();
        one.appendItem(number(width));
        widths.appendItem(one);
    }
    QPDFObjectHandle system = QPDFObjectHandle::newDictionary();
    system.replaceKey("/Registry", QPDFObjectHandle::newString("Adobe"));
    system.replaceKey("/Ordering", QPDFObjectHandle::newString("Identity"));
    system.replaceKey("/Supplement", QPDFObjectHandle::newInteger(0));
    QPDFObjectHandle cidFont = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    cidFont.replaceKey("/Type", QPDFObjectHandle::newName("/Font"));
    cidFont.replaceKey("/Subtype", QPDFObjectHandle::newName("/CIDFontType2"));
    cidFont.replaceKey("/BaseFont", QPDFObjectHandle::newName("/" + font.baseFont));
    cidFont.replaceKey("/CIDSystemInfo", system);
    cidFont.replaceKey("/FontDescriptor", descriptor);
    cidFont.replaceKey("/W", widths);
    cidFont.replaceKey("/CIDToGIDMap", QPDFObjectHandle::newName("/Identity"));

    QPDFObjectHandle descendants = QPDFObjectHandle::newArray();
    descendants.appendItem(cidFont);
    QPDFObjectHandle type0 = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    type0.replaceKey("/Type", QPDFObjectHandle::newName("/Font"));
    type0.replaceKey("/Subtype", QPDFObjectHandle::newName("/Type0"));
    type0.replaceKey("/BaseFont", QPDFObjectHandle::newName("/" + font.baseFont));
    type0.replaceKey("/Encoding", QPDFObjectHandle::newName("/Identity-H"));
    type0.replaceKey("/DescendantFonts", descendants);
    type0.replaceKey("/ToUnicode", compressedStream(pdf, font.toUnicode));
    return type0;
}

// The part's text, each page's on top of what Qt painted there. Qt's content is put between
// "q" and "Q" first, so that the text starts from the page's own coordinates whatever Qt's
// content leaves set.
void addTexts(QPDF &pdf, const QpdfAssembly::Part &part)
{
    if (part.texts.empty())
        return;
    const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
    std::vector<std::pair<std::string, QPDFObjectHandle>> fonts;
    for (const QpdfAssembly::Font &font : part.fonts)
        fonts.emplace_back("/" + font.resource, embed(pdf, font));
    QPDFObjectHandle save = QPDFObjectHandle::newStream(&pdf, "q\n");
    QPDFObjectHandle restore = QPDFObjectHandle::newStream(&pdf, "\nQ\n");
    for (const QpdfAssembly::Text &text : part.texts) {
        if (text.page < 0 || std::size_t(text.page) >= pages.size())
            throw std::runtime_error("text for a page the part does not have");
        QPDFPageObjectHelper page = pages[std::size_t(text.page)];
        page.addPageContents(save, true);
        page.addPageContents(restore, false);
        page.addPageContents(compressedStream(pdf, text.content), false);
        QPDFObjectHandle resources = page.getAttribute("/Resources", true);
        if (!resources.isDictionary())
            throw std::runtime_error("a page without resources");
        QPDFObjectHandle dict = resources.getKey("/Font");
        if (!dict.isDictionary()) {
            dict = QPDFObjectHandle::newDictionary();
            resources.replaceKey("/Font", dict);
        }
        for (const auto &[name, font] : fonts) {
            if (dict.hasKey(name) && dict.getKey(name).getObjGen() != font.getObjGen())
                throw std::runtime_error("a page has a font named " + name + " already");
            dict.replaceKey(name, font);
        }
    }
}

} // namespace

std::string QpdfAssembly::assemble(const std::vector<Part> &parts,
                                   const std::vector<Section> &sections, const Info &info,
                                   std::string &error)
{
    if (parts.empty()) {
        error = "no parts";
        return {};
    }
    try {
        // The first part is the document; the others lend it their pages. Their objects are
        // copied when the result is written, so they stay open until then.
        std::vector<std::unique_ptr<QPDF>> documents;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            auto document = std::make_unique<QPDF>();
            document->setSuppressWarnings(true);
            const std::string name = "part " + std::to_string(i + 1);
            document->processMemoryFile(name.c_str(), parts[i].data, parts[i].size);
            addTexts(*document, parts[i]);
            documents.push_back(std::move(document));
        }
        QPDF &pdf = *documents.front();
        QPDFPageDocumentHelper joined(pdf);
        for (std::size_t i = 1; i < documents.size(); ++i) {
            for (const QPDFPageObjectHelper &page :
                 QPDFPageDocumentHelper(*documents[i]).getAllPages())
                joined.addPage(page, false);
        }

        const std::vector<QPDFPageObjectHelper> pages = joined.getAllPages();
        std::map<std::string, int> pageOf;
        for (const Section &s : sections)
            pageOf.emplace(s.anchor, s.page);
        linkSections(pages, pageOf);

        QPDFObjectHandle catalog = pdf.getRoot();
        if (!info.language.empty())
            catalog.replaceKey("/Lang", QPDFObjectHandle::newString(info.language));
        if (!sections.empty() && !pages.empty()) {
            catalog.replaceKey("/Outlines", outline(pdf, pages, sections));
            catalog.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        }
        QPDFObjectHandle trailer = pdf.getTrailer();
        QPDFObjectHandle information = trailer.getKey("/Info");
        if (!information.isDictionary()) {
            information = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", information);
        }
        information.replaceKey("/Title", QPDFObjectHandle::newString(info.title));
        information.replaceKey("/Author", QPDFObjectHandle::newString(info.author));
        information.replaceKey("/Subject", QPDFObjectHandle::newString(info.subject));
        information.replaceKey("/Creator", QPDFObjectHandle::newString(info.creator));

        // The streams go out as they came in: Qt compressed them already, and decompressing
        // 300 MB of page content to compress it again would cost more than painting it.
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setDecodeLevel(qpdf_dl_none);
        writer.setCompressStreams(false);
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        if (!out || out->getSize() == 0) {
            error = "libqpdf wrote nothing";
            return {};
        }
        return std::string(reinterpret_cast<const char *>(out->getBuffer()), out->getSize());
    } catch (const std::exception &e) {
        error = e.what();
        return {};
    }
}

} // namespace seqohs
