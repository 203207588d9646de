#include "faildevice.h"

#include <QFileDevice>

#include <cerrno>

namespace test {

FailDevice::FailDevice(QIODevice &target, qint64 failAfter)
    : m_target(target)
    , m_failAfter(failAfter)
{
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

bool FailDevice::seek(qint64 pos)
{
    return m_target.seek(pos) && QIODevice::seek(pos);
}

qint64 FailDevice::writeData(const char *data, qint64 len)
{
    const qint64 room = m_failAfter - m_written;
    if (room > 0) {
        const qint64 passed = m_target.write(data, qMin(room, len));
        if (passed < 0)
            return -1;
        m_written += passed;
        if (passed == len)
            return len;
    }
    // Part of the bytes may have reached the file, as on a disk that fills up mid-write.
    setErrorString(QStringLiteral("No space left on device"));
    errno = ENOSPC;
    return -1;
}

SaveFileFailure::SaveFileFailure(Mode mode, qint64 failAfter)
    : m_mode(mode)
    , m_failAfter(failAfter)
{
    seqohs::setSaveFileFaultForTesting(this);
}

SaveFileFailure::~SaveFileFailure()
{
    seqohs::setSaveFileFaultForTesting(nullptr);
}

std::unique_ptr<QIODevice> SaveFileFailure::wrap(QFileDevice &file)
{
    ++m_saves;
    if (m_mode == AtCommit)
        return nullptr;
    return std::make_unique<FailDevice>(file, m_failAfter);
}

bool SaveFileFailure::commitSucceeds()
{
    return m_mode != AtCommit;
}

} // namespace test
