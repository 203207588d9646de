#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

// Reads the text of a PDF page by page with Qt PDF, for the personal-data check of the core,
// which cannot link Qt PDF itself. Programs that can read PDF call install() at start-up.
class PdfTextReader
{
    Q_DECLARE_TR_FUNCTIONS(PdfTextReader)

public:
    static seqohs::Status read(const QString &path,
                               const std::function<bool(int number, const QString &text)> &page);
    // Makes PersonalDataGuard read PDFs through read().
    static void install();
};
