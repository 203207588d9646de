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
