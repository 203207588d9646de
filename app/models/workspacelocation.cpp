#include "workspacelocation.h"

#include "server/serveraddress.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace seqohs;

WorkspaceLocation::WorkspaceLocation(QString location, QString password)
    : m_location(std::move(location))
    , m_password(std::move(password))
{
}

bool WorkspaceLocation::isServer() const
{
    return Workspace::isServerLocation(m_location);
}

QString WorkspaceLocation::displayName() const
{
    if (!isServer())
        return QFileInfo(m_location).fileName();
    const Expected<ServerAddress> address = ServerAddress::parse(m_location);
    if (!address)
        return m_location;
    const QString host = address->host().isEmpty() || address->host().startsWith(QLatin1Char('/'))
                             ? tr("this computer")
                             : address->host();
    return tr("%1 on %2").arg(address->database(), host);
}

QString WorkspaceLocation::baseName() const
{
    if (!isServer())
        return QFileInfo(m_location).completeBaseName();
    const Expected<ServerAddress> address = ServerAddress::parse(m_location);
    return address ? address->database() : QString();
}

QString WorkspaceLocation::folder() const
{
    if (!isServer())
        return QFileInfo(m_location).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

Expected<std::unique_ptr<Workspace>> WorkspaceLocation::openCompanion() const
{
    if (isServer())
        return openServer(false);
    return Workspace::openCompanion(m_location);
}

Expected<std::unique_ptr<Workspace>> WorkspaceLocation::openForReading() const
{
    return Workspace::openAt(m_location, Workspace::ReadOnly, passwordPrompt());
}

std::function<QString(const QString &)> WorkspaceLocation::passwordPrompt() const
{
    return [password = m_password](const QString &) {
        return QString(password); // a copy for each asking
    };
}

Expected<std::unique_ptr<Workspace>> WorkspaceLocation::openServer(bool readOnly) const
{
    return Workspace::openAt(m_location, readOnly ? Workspace::ReadOnly : Workspace::ReadWrite,
                             passwordPrompt());
}
