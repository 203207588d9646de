#pragma once

// Compiled as C++17 without Qt: libqpdf 11.3's headers (Debian 12) do not compile as C++20
// with Clang (qpdf issue 942, fixed in 11.4), so everything that includes them is here and
// PdfAssembler, which the rest of the report uses, holds none of them.

#include <cstddef>
#include <string>
#include <vector>

namespace seqohs {

// The libqpdf side of PdfAssembler: joins PDFs' pages and adds links, outline, language and
// information. Text strings are PDF text strings already (UTF-16BE with a byte order mark).
class QpdfAssembly
{
public:
    struct Part
    {
        const char *data = nullptr; // stays valid until assemble() returns
        std::size_t size = 0;
    };

    struct Section
    {
        std::string anchor; // UTF-8, as in the links' "#anchor"
        std::string title;  // a PDF text string
        int page = 1;       // 1-based, in the joined document
    };

    struct Info
    {
        std::string title; // PDF text strings, as all four below
        std::string author;
        std::string subject;
        std::string creator;
        std::string language; // empty: not set
    };

    // The joined PDF; an empty string with `error` set when it cannot be made.
    static std::string assemble(const std::vector<Part> &parts,
                                const std::vector<Section> &sections, const Info &info,
                                std::string &error);
};

} // namespace seqohs
