#include "signoffcommand.h"

#include "models/readresult.h"
#include "models/workspacedocument.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

using namespace seqohs;

SignOffCommand::SignOffCommand(WorkspaceDocument *document, SignOff::Scope scope,
                               const QString &target, const QString &signer, const QString &comment,
                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    m_asked.scope = scope;
    m_asked.target = target;
    m_asked.signer = signer;
    m_asked.comment = comment;
    setText(QCoreApplication::translate("SignOffCommand", "Sign off"));
}

void SignOffCommand::redo()
{
    Workspace &ws = m_document->workspace();
    if (m_made.id != 0) {
        if (Status restored = ws.restoreSignOff(m_made); !restored) {
            m_document->reportErrors(restored.errors());
            setObsolete(true);
        }
        return;
    }
    Expected<qint64> id =
        ws.addSignOff(m_asked.scope, m_asked.target, m_asked.signer, m_asked.comment);
    if (!id) {
        m_document->reportErrors(id.errors());
        setObsolete(true);
        return;
    }
    const std::optional<SignOff> made = found(ws.signOff(*id));
    if (!made) {
        setObsolete(true);
        return;
    }
    m_made = *made;
}

void SignOffCommand::undo()
{
    if (m_made.id == 0)
        return;
    if (Status withdrawn = m_document->workspace().withdrawSignOff(m_made.id); !withdrawn)
        m_document->reportErrors(withdrawn.errors());
}
