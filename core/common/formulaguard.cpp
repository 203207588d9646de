#include "formulaguard.h"

namespace seqohs {

bool FormulaGuard::startsLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString FormulaGuard::neutralised(const QString &text)
{
    return startsLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

} // namespace seqohs
