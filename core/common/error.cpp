#include "error.h"

namespace seqohs {

QString Error::toString() const
{
    QString out;
    if (!file.isEmpty())
        out += file + QLatin1String(": ");
    if (!location.isEmpty())
        out += location + QLatin1String(": ");
    out += message;
    if (!hint.isEmpty()) {
        if (!out.endsWith(QLatin1Char('.')))
            out += QLatin1Char('.');
        out += QLatin1Char(' ') + hint;
    }
    return out;
}

QString joinErrors(const ErrorList &errors)
{
    QStringList lines;
    lines.reserve(errors.size());
    for (const Error &e : errors)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace seqohs
