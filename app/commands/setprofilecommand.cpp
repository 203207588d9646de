#include "setprofilecommand.h"

#include "models/workspacedocument.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

using namespace seqohs;

SetProfileCommand::SetProfileCommand(WorkspaceDocument *document, const ServiceProfile &after,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(document->workspace().profile())
    , m_after(after)
{
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
    if (!apply(m_after))
        setObsolete(true);
}
