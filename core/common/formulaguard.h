#pragma once

#include <QString>

namespace seqohs {

// Keeps text that a spreadsheet would take for a formula from becoming one (OWASP's advice on
// CSV injection): an owner of "=HYPERLINK(...)" must reach Excel or LibreOffice as the text the
// user typed, never as a live formula. Every CSV and XLSX writer passes its text cells here.
class FormulaGuard
{
public:
    // True when text starts with '=', '+', '-', '@', a tab or a carriage return, the characters
    // with which a spreadsheet starts a formula or a command.
    static bool startsLikeFormula(const QString &text);

    // The text with a single quote in front when it starts like a formula, else unchanged. A
    // spreadsheet shows the rest as text; a reader can see that the quote was added.
    static QString neutralised(const QString &text);
};

} // namespace seqohs
