#include "packtesthelpers.h"

#include "teamworkspace.h"
#include "testsupport.h"

#include "pack/packwriter.h"
#include "workspace/demoworkspace.h"
#include "workspace/sha256.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <zip.h>

using namespace seqohs;

namespace packtest {

std::unique_ptr<Workspace> demoWorkspace(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("demo.seqohs"));
    auto ws = DemoWorkspace::create(path, QDate(2026, 3, 1));
    INFO(ws.errorString());
    REQUIRE(ws.ok());
    return test::onThisEngine(std::move(ws.value()), path);
}

SigningKey newKey()
{
    Expected<SigningKey> key = SigningKey::generate();
    REQUIRE(key.ok());
    return *key;
}

QString writePack(Workspace &ws, const SigningKey &key, const QString &path)
{
    PackWriter writer(ws, key);
    Expected<PackSummary> summary = writer.write(path);
    INFO(summary.errorString());
    REQUIRE(summary.ok());
    REQUIRE(PackWriter::recordCreatedPack(ws, *summary).ok());
    return summary->rootHash;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray fileHash(const QString &path)
{
    return Sha256::hexHash(readFile(path));
}

QStringList zipNames(const QString &path)
{
    int code = 0;
    zip_t *za = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    REQUIRE(za);
    QStringList names;
    const zip_int64_t n = zip_get_num_entries(za, 0);
    for (zip_int64_t i = 0; i < n; ++i)
        names << QString::fromUtf8(zip_get_name(za, static_cast<zip_uint64_t>(i), 0));
    zip_discard(za);
    return names;
}

QByteArray zipEntry(const QString &path, const QString &name)
{
    int code = 0;
    zip_t *za = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    REQUIRE(za);
    zip_stat_t st;
    REQUIRE(zip_stat(za, name.toUtf8().constData(), 0, &st) == 0);
    QByteArray bytes(static_cast<qsizetype>(st.size), Qt::Uninitialized);
    zip_file_t *f = zip_fopen(za, name.toUtf8().constData(), 0);
    REQUIRE(f);
    REQUIRE(zip_fread(f, bytes.data(), st.size) == static_cast<zip_int64_t>(st.size));
    zip_fclose(f);
    zip_discard(za);
    return bytes;
}

void rewriteZip(const QString &from, const QString &to,
                const QList<QPair<QString, QByteArray>> &replace,
                const QList<QPair<QString, QByteArray>> &add)
{
    REQUIRE(QFile::copy(from, to));
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    int code = 0;
    zip_t *za = zip_open(QFile::encodeName(to).constData(), 0, &code);
    REQUIRE(za);
    // Buffers must outlive zip_close.
    QList<QByteArray> keep;
    for (const auto &[name, bytes] : replace) {
        const zip_int64_t index = zip_name_locate(za, name.toUtf8().constData(), 0);
        REQUIRE(index >= 0);
        if (bytes.isNull()) {
            REQUIRE(zip_delete(za, static_cast<zip_uint64_t>(index)) == 0);
            continue;
        }
        keep.append(bytes);
        zip_source_t *s = zip_source_buffer(za, keep.last().constData(),
                                            static_cast<zip_uint64_t>(bytes.size()), 0);
        REQUIRE(zip_file_replace(za, static_cast<zip_uint64_t>(index), s, 0) == 0);
        zip_set_file_compression(za, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    }
    for (const auto &[name, bytes] : add) {
        keep.append(bytes);
        zip_source_t *s = zip_source_buffer(za, keep.last().constData(),
                                            static_cast<zip_uint64_t>(bytes.size()), 0);
        REQUIRE(zip_file_add(za, name.toUtf8().constData(), s, ZIP_FL_ENC_UTF_8) >= 0);
    }
    REQUIRE(zip_close(za) == 0);
}

bool hasProblem(const PackVerification &result, const QString &file, const QString &text)
{
    for (const Error &e : result.problems) {
        if (e.file == file && (text.isEmpty() || e.message.contains(text, Qt::CaseInsensitive)))
            return true;
    }
    return false;
}

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

} // namespace packtest
