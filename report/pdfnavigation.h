#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace seqohs {

// What Qt 6.4's PDF writer cannot write, added to a finished PDF as an incremental update (new
// objects appended after the original bytes, which stay as they were): internal links that
// jump to a page instead of "URI" links to "#anchor", an outline of the sections (the
// bookmarks pane), the document language, and the author and subject in the information
// dictionary. A PDF this does not understand is returned unchanged.
class PdfNavigation
{
public:
    struct Section
    {
        QString anchor;
        QString title;
        int page = 1; // 1-based
    };

    struct Info
    {
        QString title;
        QString author;
        QString subject;
        QString creator;
        QString language; // BCP 47, "en-GB"
    };

    static QByteArray add(const QByteArray &pdf, const QList<Section> &sections, const Info &info);
};

} // namespace seqohs
