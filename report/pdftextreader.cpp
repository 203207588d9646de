#include "pdftextreader.h"

#include "workspace/personaldataguard.h"

#include <QPdfDocument>
#include <QPdfSelection>

using namespace seqohs;

Status PdfTextReader::read(const QString &path,
                           const std::function<bool(int number, const QString &text)> &page)
{
    QPdfDocument document;
    if (const QPdfDocument::Error error = document.load(path); error != QPdfDocument::Error::None) {
        const QString why =
            error == QPdfDocument::Error::IncorrectPassword ? tr("it is protected by a password")
            : error == QPdfDocument::Error::UnsupportedSecurityScheme
                ? tr("its security scheme is not supported")
            : error == QPdfDocument::Error::FileNotFound ? tr("it cannot be opened")
                                                         : tr("it is not a PDF Qt PDF can read");
        return Error{why, path};
    }
    for (int p = 0; p < document.pageCount(); ++p) {
        if (!page(p + 1, document.getAllText(p).text()))
            break;
    }
    return success();
}

void PdfTextReader::install()
{
    PersonalDataGuard::setPdfTextReader(&PdfTextReader::read);
}
