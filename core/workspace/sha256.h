#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace seqohs {

// Incremental SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA extensions and runs
// about ten times faster than QCryptographicHash on Qt 6.4: evidence import is bound by it.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(const char *data, qsizetype size);
    void addData(const QByteArray &data) { addData(data.constData(), data.size()); }
    // The digest as lower-case hex; the object starts afresh afterwards.
    QByteArray hexResult();

    static QByteArray hexHash(const QByteArray &data);
    // The file's digest, streamed; empty when it cannot be read to the end.
    static QByteArray hexHashOfFile(const QString &path);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace seqohs
