#include "personaldataprompt.h"

#include "prompts.h"
#include "workspace/personaldataguard.h"

#include <QCoreApplication>

using namespace seqohs;

namespace PersonalDataPrompt {

bool confirmText(QWidget *parent, const QList<std::pair<QString, QString>> &fields)
{
    QStringList found;
    for (const auto &[what, text] : fields) {
        if (text.trimmed().isEmpty())
            continue;
        const PersonalDataGuard::Result scan = PersonalDataGuard::scanText(text);
        for (const PersonalDataGuard::Finding &f : scan.findings)
            found << QStringLiteral("%1: %2").arg(what, f.description());
    }
    if (found.isEmpty())
        return true;
    const QString text =
        QCoreApplication::translate("PersonalDataPrompt",
                                    "This looks as if it contains patient-identifiable data:") +
        QStringLiteral("\n\n") + found.mid(0, 8).join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
        QCoreApplication::translate(
            "PersonalDataPrompt",
            "Accreditation work should not hold personal data. Keep the text anyway? No goes "
            "back so you can change it.");
    return Prompts::question(
               parent, QCoreApplication::translate("PersonalDataPrompt", "Possible personal data"),
               text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

} // namespace PersonalDataPrompt
