#include "savefile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace seqohs {

Status saveFileAtomically(const QString &path, const std::function<Status(QIODevice &)> &writer)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{QCoreApplication::translate("seqohs", "Cannot write the file: %1")
                         .arg(file.errorString()),
                     path, QString(),
                     QCoreApplication::translate(
                         "seqohs", "Check that the folder exists and that you may write to it.")};
    }
    Status written = writer(file);
    if (!written.ok()) {
        file.cancelWriting();
        ErrorList errors = written.errors();
        for (Error &e : errors) {
            if (e.file.isEmpty())
                e.file = path;
        }
        return errors;
    }
    if (!file.commit()) {
        return Error{QCoreApplication::translate("seqohs", "The file could not be saved: %1")
                         .arg(file.errorString()),
                     path, QString(),
                     QCoreApplication::translate(
                         "seqohs", "The previous file, if any, is unchanged. Free some disk space "
                                   "or choose another place, then try again.")};
    }
    return success();
}

Status saveFileAtomically(const QString &path, const QByteArray &bytes)
{
    return saveFileAtomically(path, [&bytes](QIODevice &device) -> Status {
        if (device.write(bytes) != bytes.size()) {
            return Error{QCoreApplication::translate("seqohs", "Writing failed: %1")
                             .arg(device.errorString())};
        }
        return success();
    });
}

} // namespace seqohs
