#include "withdrawsignoffcommand.h"

#include "models/workspacedocument.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

using namespace seqohs;

WithdrawSignOffCommand::WithdrawSignOffCommand(WorkspaceDocument *document, const SignOff &signOff,
                                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_signOff(signOff)
{
    setText(QCoreApplication::translate("WithdrawSignOffCommand", "Withdraw sign-off"));
}

void WithdrawSignOffCommand::redo()
{
    if (Status withdrawn = m_document->workspace().withdrawSignOff(m_signOff.id); !withdrawn) {
        m_document->reportErrors(withdrawn.errors());
        setObsolete(true);
    }
}

void WithdrawSignOffCommand::undo()
{
    if (Status restored = m_document->workspace().restoreSignOff(m_signOff); !restored)
        m_document->reportErrors(restored.errors());
}
