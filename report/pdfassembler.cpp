#include "pdfassembler.h"

#include <QCoreApplication>
#include <QHash>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAnnotationObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>
#include <string>
#include <vector>

namespace seqohs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("seqohs", text);
}

// A PDF text string: UTF-16BE with a byte order mark, which holds any title.
QPDFObjectHandle pdfString(const QString &text)
{
    std::string utf16("\xFE\xFF", 2);
    utf16.reserve(2 + 2 * std::size_t(text.size()));
    for (QChar ch : text) {
        utf16 += char(ch.unicode() >> 8);
        utf16 += char(ch.unicode() & 0xFF);
    }
    return QPDFObjectHandle::newString(utf16);
}

QPDFObjectHandle destination(const std::vector<QPDFPageObjectHelper> &pages, int page)
{
    QPDFObjectHandle dest = QPDFObjectHandle::newArray();
    dest.appendItem(
        pages.at(std::size_t(qBound(1, page, int(pages.size())) - 1)).getObjectHandle());
    dest.appendItem(QPDFObjectHandle::newName("/XYZ"));
    for (int i = 0; i < 3; ++i)
        dest.appendItem(QPDFObjectHandle::newNull());
    return dest;
}

// Link annotations to "#anchor" become jumps to the section's page.
void linkSections(const std::vector<QPDFPageObjectHelper> &pages, const QHash<QString, int> &pageOf)
{
    for (QPDFPageObjectHelper page : pages) {
        for (QPDFAnnotationObjectHelper &annotation : page.getAnnotations("/Link")) {
            QPDFObjectHandle dict = annotation.getObjectHandle();
            QPDFObjectHandle action = dict.getKey("/A");
            if (!action.isDictionary() || !action.getKey("/S").isNameAndEquals("/URI") ||
                !action.getKey("/URI").isString())
                continue;
            const QString uri = QString::fromStdString(action.getKey("/URI").getStringValue());
            if (!uri.startsWith(QLatin1Char('#')) || !pageOf.contains(uri.mid(1)))
                continue;
            dict.removeKey("/A");
            dict.replaceKey("/Dest", destination(pages, pageOf.value(uri.mid(1))));
        }
    }
}

// The outline: one entry per section, in order. Returns the outline's root.
QPDFObjectHandle outline(QPDF &pdf, const std::vector<QPDFPageObjectHelper> &pages,
                         const QList<PdfAssembler::Section> &sections)
{
    QPDFObjectHandle root = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    std::vector<QPDFObjectHandle> entries;
    entries.reserve(std::size_t(sections.size()));
    for (const PdfAssembler::Section &section : sections) {
        QPDFObjectHandle entry = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        entry.replaceKey("/Title", pdfString(section.title));
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
    root.replaceKey("/Count", QPDFObjectHandle::newInteger(qlonglong(entries.size())));
    return root;
}

} // namespace

Expected<QByteArray> PdfAssembler::assemble(const QList<QByteArray> &parts,
                                            const QList<Section> &sections, const Info &info)
{
    if (parts.isEmpty())
        return Error{tr("There is nothing to write to the PDF file."), QString(), QString(), {}};
    try {
        // The first part is the document; the others lend it their pages. Their objects are
        // copied when the result is written, so they stay open until then.
        std::vector<std::unique_ptr<QPDF>> documents;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            auto document = std::make_unique<QPDF>();
            document->setSuppressWarnings(true);
            const std::string name = "part " + std::to_string(i + 1);
            document->processMemoryFile(name.c_str(), parts.at(i).constData(),
                                        std::size_t(parts.at(i).size()));
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
        QHash<QString, int> pageOf;
        for (const Section &s : sections)
            pageOf.insert(s.anchor, s.page);
        linkSections(pages, pageOf);

        QPDFObjectHandle catalog = pdf.getRoot();
        if (!info.language.isEmpty())
            catalog.replaceKey("/Lang", pdfString(info.language));
        if (!sections.isEmpty() && !pages.empty()) {
            catalog.replaceKey("/Outlines", outline(pdf, pages, sections));
            catalog.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        }
        QPDFObjectHandle trailer = pdf.getTrailer();
        QPDFObjectHandle information = trailer.getKey("/Info");
        if (!information.isDictionary()) {
            information = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", information);
        }
        information.replaceKey("/Title", pdfString(info.title));
        information.replaceKey("/Author", pdfString(info.author));
        information.replaceKey("/Subject", pdfString(info.subject));
        information.replaceKey("/Creator", pdfString(info.creator));

        // The streams go out as they came in: Qt compressed them already, and decompressing
        // 300 MB of page content to compress it again would cost more than painting it.
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setDecodeLevel(qpdf_dl_none);
        writer.setCompressStreams(false);
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()),
                          qsizetype(out->getSize()));
    } catch (const std::exception &e) {
        return Error{tr("The PDF could not be put together: %1").arg(QString::fromUtf8(e.what())),
                     QString(), QString(), tr("Try again; if it fails again, report it.")};
    }
}

} // namespace seqohs
