#include "submissionchange.h"

#include "auditjson.h"
#include "common/clock.h"
#include "storagekernel.h"
#include "submissionstore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace seqohs {

Status SubmissionChange::recordPack(PackRecord pack)
{
    return m_kernel.transact(tr("Recording the submission pack failed"), [&]() -> Status {
        Expected<qint64> count = m_kernel.auditCount();
        if (!count)
            return count.errors();
        Expected<QString> head = m_kernel.auditHead();
        if (!head)
            return head.errors();
        pack.auditCount = *count;
        pack.auditHead = *head;
        if (!pack.created.isValid())
            pack.created = Clock::now().toUTC();
        if (Status stored = m_submissions.insertPack(pack); !stored)
            return stored;
        return m_kernel.audit(QStringLiteral("pack.create"),
                              QStringLiteral("pack:") + pack.rootHash, QJsonObject(),
                              AuditJson::of(pack));
    });
}

Status SubmissionChange::putResponse(const ResponseRecord &response)
{
    return m_kernel.transact(tr("Recording the assessor's response failed"), [&]() -> Status {
        if (Status stored = m_submissions.putResponse(response); !stored)
            return stored;
        return m_kernel.audit(QStringLiteral("response.import"),
                              QStringLiteral("response:") + response.id, QJsonObject(),
                              AuditJson::of(response));
    });
}

} // namespace seqohs
