#include "setprofilecommand.h"

#include "models/readresult.h"
#include "models/workspacedocument.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

using namespace seqohs;

SetProfileCommand::SetProfileCommand(WorkspaceDocument *document, const ServiceProfile &after,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_after(after)
{
    const std::optional<ServiceProfile> before = shown(document->workspace().profile());
    m_readable = before.has_value();
    m_before = before.value_or(after);
    setText(QCoreApplication::translate("SetProfileCommand", "Edit service profile"));
}

bool SetProfileCommand::apply(const ServiceProfile &profile)
{
    const Status status = m_document->workspace().setProfile(profile);
    if (!status.ok()) {
        m_document->reportErrors(status.errors());
        return false;
    }
    return true;
}

void SetProfileCommand::undo()
{
    apply(m_before);
}

void SetProfileCommand::redo()
{
    if (!m_readable) {
        setObsolete(true);
        return;
    }
    if (!apply(m_after))
        setObsolete(true);
}
