#pragma once

#include "catalogue/standardsset.h"
#include "workspace/evidenceitem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace seqohs {

// The evidence of a submission pack as an assessor without the program reads it: one HTML page
// and one CSV file with every item's title, kind, owner, dates, the criteria it supports (code
// and title), a written statement's full text, a link's address, and for a file the path of its
// copy in the pack with its SHA-256. Written statements and links exist nowhere else outside
// the workspace snapshot.
class EvidenceIndex
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::EvidenceIndex)

public:
    static const QString HtmlPath; // "evidence-index.html"
    static const QString CsvPath;  // "evidence-index.csv"

    EvidenceIndex(QString serviceName, const StandardsSet &set, QList<EvidenceItem> evidence,
                  const QList<EvidenceLink> &links);

    // The path of each file item's copy in the pack, by evidence id.
    void setPackPaths(QHash<qint64, QString> paths) { m_packPaths = std::move(paths); }

    QByteArray html() const;
    // UTF-8 with a byte order mark and CRLF line ends, as the program's other CSV files;
    // text that a spreadsheet would run as a formula is neutralised.
    QByteArray csv() const;

private:
    struct Criterion
    {
        QString code;
        QString title;
    };
    QList<Criterion> criteriaOf(qint64 evidenceId) const;

    QString m_serviceName;
    QList<EvidenceItem> m_evidence;
    QHash<qint64, QList<Criterion>> m_criteria;
    QHash<qint64, QString> m_packPaths;
};

} // namespace seqohs
