#pragma once

// Compiled as C++17 without Qt: libqpdf 11.3's headers (Debian 12) do not compile as C++20
// with Clang (qpdf issue 942, fixed in 11.4), so everything that includes them is here and
// PdfAssembler, which the rest of the report uses, holds none of them.

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace seqohs {

// The libqpdf side of PdfAssembler: joins PDFs' pages, adds text drawn apart to them, and adds
// links, outline, language and information. Text strings are PDF text strings already (UTF-16BE
// with a byte order mark).
class QpdfAssembly
{
public:
    // A font that text added to a part's pages shows (see PdfTextLayer), its streams
    // compressed with zlib.
    struct Font
    {
        std::string resource; // without the slash
        std::string baseFont;
        std::string file; // a TrueType font
        std::size_t fileLength = 0;
        std::string toUnicode;
        std::vector<std::pair<unsigned, double>> widths; // glyph, thousandths of an em
        double box[4] = {0, 0, 0, 0};
        double ascent = 0;
        double descent = 0;
        double capHeight = 0;
    };

    // Text drawn on top of a page of the part, compressed with zlib.
    struct Text
    {
        int page = 0; // 0-based, in the part
        std::string content;
    };

    struct Part
    {
        const char *data = nullptr; // stays valid until assemble() returns
        std::size_t size = 0;
        std::vector<Font> fonts; // every page with text may use any of them
        std::vector<Text> texts;
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
