#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace seqohs {

// Looks for patient-identifiable data in an evidence file before it is stored: NHS numbers
// (10 digits, optionally spaced 3-3-4, with a valid modulus-11 check digit) and labelled dates
// of birth ("DOB: 01/02/1980", "Date of birth 1 March 1980", a CSV column headed "DOB").
//
// Text files (txt, csv, tsv, md, log, json, xml, html) are read line by line; docx, xlsx and odt
// through their XML inside the zip; PDF page by page through the reader the application installs
// (Qt PDF lives outside the core), within bounds of pages and time. Memory stays bounded whatever
// the file's size. Other binary formats, and PDF without a reader, are not scanned, and the
// result says so. Findings say what and where, never the
// matched text: the guard itself must not copy personal data anywhere.
class PersonalDataGuard
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::PersonalDataGuard)

public:
    struct Finding
    {
        Q_DECLARE_TR_FUNCTIONS(seqohs::PersonalDataGuard::Finding)

    public:
        enum class Kind { NhsNumber, DateOfBirth };
        Kind kind = Kind::NhsNumber;
        qint64 line = 0;   // 1-based line (paragraph or row for documents); 0 when unknown
        bool page = false; // line is a PDF page

        // "line 12: what looks like an NHS number", translated.
        QString description() const;
        bool operator==(const Finding &) const = default;
    };

    struct Result
    {
        bool scanned = true;      // false for formats the guard cannot read
        QString notScannedReason; // why, when not scanned
        QList<Finding> findings;  // at most MaxFindings, in file order

        bool isClean() const { return scanned && findings.isEmpty(); }
    };

    static constexpr int MaxFindings = 100;
    // A PDF is read for at most this many pages and this long; the result says when it stopped.
    static constexpr int MaxPdfPages = 2000;
    static constexpr int MaxPdfMilliseconds = 20000;

    // Reads a PDF's text, calling page(number, text) for each page from 1 until it returns false.
    using PdfTextReader = std::function<Status(
        const QString &path, const std::function<bool(int number, const QString &text)> &page)>;
    // Installed once at start-up by a program that can read PDF; without one, PDFs are not
    // scanned.
    static void setPdfTextReader(PdfTextReader reader);

    // Scans a file; an error only when the file cannot be read at all.
    static Expected<Result> scanFile(const QString &path);

    // Scans text already in memory (a written statement, a test).
    static Result scanText(const QString &text);

    // True for ten digits whose modulus-11 check digit is right.
    static bool isValidNhsNumber(const QString &tenDigits);

private:
    static Result scanPdf(const QString &path);
};

} // namespace seqohs
