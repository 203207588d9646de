#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace seqohs {

// Looks for patient-identifiable data in an evidence file before it is stored: NHS numbers
// (10 digits, optionally spaced 3-3-4, with a valid modulus-11 check digit) and labelled dates
// of birth ("DOB: 01/02/1980", "Date of birth 1 March 1980", a CSV column headed "DOB").
//
// Text files (txt, csv, tsv, md, log, json, xml, html) are read line by line; docx, xlsx and odt
// through their XML inside the zip. Memory stays bounded whatever the file's size. PDF and other
// binary formats are not scanned, and the result says so. Findings say what and where, never the
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
        qint64 line = 0; // 1-based line (paragraph or row for documents); 0 when unknown

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

    // Scans a file; an error only when the file cannot be read at all.
    static Expected<Result> scanFile(const QString &path);

    // Scans text already in memory (a written statement, a test).
    static Result scanText(const QString &text);

    // True for ten digits whose modulus-11 check digit is right.
    static bool isValidNhsNumber(const QString &tenDigits);
};

} // namespace seqohs
