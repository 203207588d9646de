#pragma once

#include "common/savefile.h"

#include <QIODevice>

#include <memory>

namespace test {

// A device that passes writes on to another until a given number of bytes has gone through,
// then fails every write as a full disk does (errno ENOSPC), like KeePassXC's FailDevice.
class FailDevice final : public QIODevice
{
public:
    FailDevice(QIODevice &target, qint64 failAfter);

    bool isSequential() const override { return m_target.isSequential(); }
    qint64 size() const override { return m_target.size(); }
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override;

private:
    QIODevice &m_target;
    qint64 m_failAfter;
    qint64 m_written = 0;
};

// Makes every saveFileAtomically of this process fail while it lives (through the seam
// setSaveFileFaultForTesting): after failAfter bytes, or, with AtCommit, once every byte is
// written and the file is about to take its name.
class SaveFileFailure final : public seqohs::SaveFileFault
{
public:
    enum Mode { AfterBytes, AtCommit };

    explicit SaveFileFailure(Mode mode, qint64 failAfter = 0);
    ~SaveFileFailure() override;

    std::unique_ptr<QIODevice> wrap(QFileDevice &file) override;
    bool commitSucceeds() override;

    // How many saves went through here.
    int saves() const { return m_saves; }

private:
    Mode m_mode;
    qint64 m_failAfter;
    int m_saves = 0;
};

} // namespace test
