#pragma once

#include "common/expected.h"
#include "pdftextlayer.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace seqohs {

// Makes the finished PDF from the parts that QPdfWriter painted (the report's pages can be
// painted by several writers at once, each into a part of its own): the parts' pages joined in
// order with libqpdf, their content streams passed through as they were compressed, each part's
// text written apart (PdfTextLayer) added on top of its pages with its fonts, and what
// Qt 6.4's writer cannot write: internal links that jump to a page instead of "URI" links to
// "#anchor", an outline of the sections (the bookmarks pane), the document language, and the
// author and subject in the information dictionary. The first part's catalog, information and
// XMP metadata are kept.
class PdfAssembler
{
public:
    struct Part
    {
        QByteArray pdf;
        PdfTextLayer::Output text; // nothing, or text for the part's pages
    };

    struct Section
    {
        QString anchor;
        QString title;
        int page = 1; // 1-based, in the joined document
    };

    struct Info
    {
        QString title;
        QString author;
        QString subject;
        QString creator;
        QString language; // BCP 47, "en-GB"
    };

    // An error, in libqpdf's words, when a part cannot be read as a PDF or the result cannot be
    // made.
    static Expected<QByteArray> assemble(const QList<Part> &parts, const QList<Section> &sections,
                                         const Info &info);
};

} // namespace seqohs
