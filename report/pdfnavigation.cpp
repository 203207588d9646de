#include "pdfnavigation.h"

#include <QMap>
#include <QRegularExpression>

namespace seqohs {

namespace {

// A PDF text string: UTF-16BE with a byte order mark, as hex so nothing needs escaping.
QByteArray pdfString(const QString &text)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (QChar ch : text) {
        utf16 += char(ch.unicode() >> 8);
        utf16 += char(ch.unicode() & 0xFF);
    }
    return '<' + utf16.toHex() + '>';
}

QByteArray ref(int object)
{
    return QByteArray::number(object) + " 0 R";
}

} // namespace

QByteArray PdfNavigation::add(const QByteArray &pdf, const QList<Section> &sections,
                              const Info &info)
{
    // The trailer of the last (only) cross-reference table: its size, root and information.
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startAt < trailerAt)
        return pdf;
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startAt - trailerAt));
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(trailer);
    const QRegularExpressionMatch root =
        QRegularExpression(QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R")).match(trailer);
    const QRegularExpressionMatch infoRef =
        QRegularExpression(QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R")).match(trailer);
    const QRegularExpressionMatch prev = QRegularExpression(QStringLiteral("startxref\\s+(\\d+)"))
                                             .match(QString::fromLatin1(pdf.mid(startAt, 64)));
    if (!size.hasMatch() || !root.hasMatch() || !prev.hasMatch())
        return pdf;
    const int rootObject = root.captured(1).toInt();

    // Dictionary objects by number, as written (streams are left alone).
    QMap<int, QByteArray> objects;
    {
        static const QRegularExpression header(QStringLiteral("(?:^|\\n)(\\d+) 0 obj\\s*\\n"));
        const QString text = QString::fromLatin1(pdf.left(trailerAt));
        for (auto it = header.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype end = text.indexOf(QLatin1String("endobj"), m.capturedEnd());
            if (end < 0)
                break;
            const QString body = text.mid(m.capturedEnd(), end - m.capturedEnd()).trimmed();
            if (body.startsWith(QLatin1String("<<")) && body.endsWith(QLatin1String(">>")) &&
                !body.contains(QLatin1String("stream")))
                objects.insert(m.captured(1).toInt(), body.toLatin1());
        }
    }
    const QByteArray catalog = objects.value(rootObject);
    const QRegularExpressionMatch pagesRef =
        QRegularExpression(QStringLiteral("/Pages\\s+(\\d+)\\s+0\\s+R"))
            .match(QString::fromLatin1(catalog));
    if (!pagesRef.hasMatch())
        return pdf;
    const QString pagesTree = QString::fromLatin1(objects.value(pagesRef.captured(1).toInt()));
    const qsizetype kidsAt = pagesTree.indexOf(QLatin1String("/Kids"));
    if (kidsAt < 0)
        return pdf;
    QList<int> pageObjects;
    {
        const QString kids =
            pagesTree.mid(kidsAt, pagesTree.indexOf(QLatin1Char(']'), kidsAt) - kidsAt);
        static const QRegularExpression kid(QStringLiteral("(\\d+)\\s+0\\s+R"));
        for (auto it = kid.globalMatch(kids); it.hasNext();)
            pageObjects << it.next().captured(1).toInt();
    }
    if (pageObjects.isEmpty())
        return pdf;
    auto destination = [&](int page) -> QByteArray {
        return '[' + ref(pageObjects.value(qBound(1, page, int(pageObjects.size())) - 1)) +
               " /XYZ null null null]";
    };
    QHash<QString, int> pageOf;
    for (const Section &s : sections)
        pageOf.insert(s.anchor, s.page);

    QByteArray update = "\n";
    QMap<int, qsizetype> offsets; // object -> offset from the start of the file
    auto write = [&](int object, const QByteArray &body) {
        offsets.insert(object, pdf.size() + update.size());
        update += QByteArray::number(object) + " 0 obj\n" + body + "\nendobj\n";
    };

    // Link annotations to "#anchor" become jumps to the section's page.
    static const QRegularExpression uriAction(QStringLiteral(
        "/A\\s*<<\\s*/Type\\s*/Action\\s*/S\\s*/URI\\s*/URI\\s*\\(#([^)]*)\\)\\s*>>"));
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        QString body = QString::fromLatin1(it.value());
        const QRegularExpressionMatch m = uriAction.match(body);
        if (!m.hasMatch() || !pageOf.contains(m.captured(1)))
            continue;
        body.replace(m.capturedStart(), m.capturedLength(),
                     QStringLiteral("/Dest ") +
                         QString::fromLatin1(destination(pageOf.value(m.captured(1)))));
        write(it.key(), body.toLatin1());
    }

    // The outline: one entry per section, in order.
    int next = size.captured(1).toInt();
    const int outlines = sections.isEmpty() ? 0 : next++;
    if (outlines) {
        const int first = next;
        const int last = next + int(sections.size()) - 1;
        for (qsizetype i = 0; i < sections.size(); ++i) {
            const int object = first + int(i);
            QByteArray entry = "<< /Title " + pdfString(sections.at(i).title) + " /Parent " +
                               ref(outlines) + " /Dest " + destination(sections.at(i).page);
            if (object > first)
                entry += " /Prev " + ref(object - 1);
            if (object < last)
                entry += " /Next " + ref(object + 1);
            write(object, entry + " >>");
        }
        write(outlines, "<< /Type /Outlines /First " + ref(first) + " /Last " + ref(last) +
                            " /Count " + QByteArray::number(sections.size()) + " >>");
        next = last + 1;
    }

    // The catalog with the language and the outline; the information with author and subject.
    QByteArray newCatalog = catalog;
    newCatalog.chop(2); // ">>"
    if (!info.language.isEmpty())
        newCatalog += "/Lang " + pdfString(info.language) + '\n';
    if (outlines)
        newCatalog += "/Outlines " + ref(outlines) + "\n/PageMode /UseOutlines\n";
    newCatalog += ">>";
    write(rootObject, newCatalog);
    const int infoObject = infoRef.hasMatch() ? infoRef.captured(1).toInt() : next++;
    QByteArray newInfo = "<<";
    const QByteArray oldInfo = objects.value(infoObject);
    const QRegularExpressionMatch created =
        QRegularExpression(QStringLiteral("/CreationDate\\s*\\(([^)]*)\\)"))
            .match(QString::fromLatin1(oldInfo));
    newInfo += "\n/Title " + pdfString(info.title);
    newInfo += "\n/Author " + pdfString(info.author);
    newInfo += "\n/Subject " + pdfString(info.subject);
    newInfo += "\n/Creator " + pdfString(info.creator);
    const QRegularExpressionMatch producer =
        QRegularExpression(QStringLiteral("/Producer\\s*(\\([^)]*\\)|<[^>]*>)"))
            .match(QString::fromLatin1(oldInfo));
    if (producer.hasMatch())
        newInfo += "\n/Producer " + producer.captured(1).toLatin1();
    if (created.hasMatch())
        newInfo += "\n/CreationDate (" + created.captured(1).toLatin1() + ')';
    write(infoObject, newInfo + "\n>>");
    next = qMax(next, size.captured(1).toInt());

    // The cross-reference section for what changed, and a trailer pointing back at the old one.
    const qsizetype xrefAt = pdf.size() + update.size();
    update += "xref\n";
    for (auto it = offsets.cbegin(); it != offsets.cend(); ++it) {
        update += QByteArray::number(it.key()) + " 1\n" +
                  QByteArray::number(it.value()).rightJustified(10, '0') + " 00000 n \n";
    }
    update += "trailer\n<< /Size " + QByteArray::number(qMax(next, offsets.lastKey() + 1)) +
              " /Root " + ref(rootObject) + " /Info " + ref(infoObject) + " /Prev " +
              prev.captured(1).toLatin1() + " >>\nstartxref\n" + QByteArray::number(xrefAt) +
              "\n%%EOF\n";
    return pdf + update;
}

} // namespace seqohs
