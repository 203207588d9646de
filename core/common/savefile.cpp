#include "savefile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace seqohs {

namespace {
Error writeFailure(const QString &path, int code, const QString &detail)
{
    if (code == ENOSPC || code == EDQUOT) {
        return Error{
            QCoreApplication::translate("seqohs", "The disk is full: the file was not saved."),
            path, QString(),
            QCoreApplication::translate(
                "seqohs", "The previous file, if any, is unchanged. Free some disk space "
                          "or choose another place, then try again.")};
    }
    return Error{
        QCoreApplication::translate("seqohs", "The file could not be saved: %1").arg(detail), path,
        QString(),
        QCoreApplication::translate("seqohs",
                                    "The previous file, if any, is unchanged. Check the disk and "
                                    "that you may write to the folder, then try again.")};
}

// Stands between a writer and the file so that every write is checked where it happens. A
// writer may ignore a failed write (QPdfWriter does), and a file device can lose the record of
// a failed buffered write (a seek clears it); counting here cannot be fooled either way.
class CheckedDevice final : public QIODevice
{
public:
    explicit CheckedDevice(QIODevice &target)
        : m_target(target)
    {
        // Writes to a device that is not open never reach writeData(), so nothing would count
        // them as failed: the save would go on and replace the file with an empty one.
        if (!QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            fail(0);
    }
    bool failed() const { return m_failed; }
    int code() const { return m_code; }
    QString detail() const { return m_detail; }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_target.size(); }
    bool seek(qint64 pos) override
    {
        if (m_failed || !m_target.seek(pos)) {
            fail(0);
            return false;
        }
        return QIODevice::seek(pos);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        if (m_failed)
            return -1;
        errno = 0;
        const qint64 written = m_target.write(data, len);
        if (written != len) {
            fail(errno);
            return -1;
        }
        return written;
    }

private:
    void fail(int code)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_code = code;
        m_detail = m_target.errorString();
    }

    QIODevice &m_target;
    bool m_failed = false;
    int m_code = 0;
    QString m_detail;
};

SaveFileFault *g_fault = nullptr;

// errno does not survive Qt's buffering; the free space on the file system does tell.
int classify(const QString &path, int code)
{
    if (code == ENOSPC || code == EDQUOT)
        return code;
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() < 64 * 1024)
        return ENOSPC;
    return code;
}

Status save(const QString &path, const std::function<Status(QIODevice &)> &writer, bool secret)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        (secret && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))) {
        return Error{QCoreApplication::translate("seqohs", "Cannot write the file: %1")
                         .arg(file.errorString()),
                     path, QString(),
                     QCoreApplication::translate(
                         "seqohs", "Check that the folder exists and that you may write to it.")};
    }
    const std::unique_ptr<QIODevice> faulty = g_fault ? g_fault->wrap(file) : nullptr;
    CheckedDevice checked(faulty ? *faulty : static_cast<QIODevice &>(file));
    Status written = writer(checked);
    if (checked.failed()) {
        file.cancelWriting();
        return writeFailure(path, classify(path, checked.code()), checked.detail());
    }
    if (!written.ok()) {
        file.cancelWriting();
        ErrorList errors = written.errors();
        for (Error &e : errors) {
            if (e.file.isEmpty())
                e.file = path;
        }
        return errors;
    }
    // QSaveFile's buffered writes can fail only when they are flushed, and a file system may
    // report a full disk only when the data is forced out: check both before the rename, so a
    // failed write never replaces the previous file or reports success.
    // A buffered write that failed is recorded only in the device's error state (commit()
    // looks at failures of unbuffered writes alone), so ask the device itself too.
    if (g_fault && !g_fault->commitSucceeds()) {
        file.cancelWriting();
        return writeFailure(path, EIO, QString::fromLocal8Bit(std::strerror(EIO)));
    }
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        const QString detail = file.errorString();
        const int code = classify(path, errno);
        file.cancelWriting();
        return writeFailure(path, code, detail);
    }
    if (::fsync(file.handle()) != 0) {
        const int code = classify(path, errno);
        file.cancelWriting();
        return writeFailure(path, code, QString::fromLocal8Bit(std::strerror(code)));
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

} // namespace

Status saveFileAtomically(const QString &path, const std::function<Status(QIODevice &)> &writer)
{
    return save(path, writer, false);
}

Status saveSecretFileAtomically(const QString &path,
                                const std::function<Status(QIODevice &)> &writer)
{
    return save(path, writer, true);
}

void setSaveFileFaultForTesting(SaveFileFault *fault)
{
    g_fault = fault;
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
