#pragma once

#include "common/expected.h"

#include <QColor>
#include <QFont>
#include <QString>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace seqohs {

// An HTML document written as an A4 PDF in the reports' house style: laid out at 96 units per
// inch, a running header (a title on the left, a date or mark on the right, a rule), "Page N of
// M" at the foot, and no paragraph running over a page end (DocumentPage), so that the text
// layer holds only what is seen. The assessor report and the roll-up report are written so.
//
// Uses Qt Gui's text layout only, so it may run on any thread.
class PagedPdf
{
public:
    struct Options
    {
        QString title;       // the PDF's title
        QString headerLeft;  // on every page, top left
        QString headerRight; // on every page, top right
        QColor headerRightColour = QColor(0x3c, 0x46, 0x50);
        QString watermark;     // a faint diagonal word behind every page ("DRAFT"), or empty
        int keepTableRows = 3; // a table's first rows that start on one page
    };

    // The reports' font: sans serif without ligatures, so that search and copy find words as
    // they read.
    static QFont font(qreal pointSize);

    // The start of such a document up to <body>: the house style of headings, tables and muted
    // text, and the styles a report adds.
    static QString htmlStart(const QString &title, const QString &moreStyle = {});

    static Status write(QIODevice &device, const QString &html, const Options &options);
};

} // namespace seqohs
