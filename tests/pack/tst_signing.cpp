#include "packtesthelpers.h"
#include "testsupport.h"

#include "pack/minisignsignature.h"
#include "pack/publickey.h"
#include "pack/signingkey.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace seqohs;

TEST_CASE("A signing key is saved privately, loads back and is never overwritten", "[pack][key]")
{
    test::TempDir dir;
    const SigningKey key = packtest::newKey();
    const QString path = dir.filePath(QStringLiteral("keys/service.key"));
    REQUIRE(key.save(path).ok());
    CHECK(QFileInfo(path).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    Expected<SigningKey> loaded = SigningKey::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->publicKey() == key.publicKey());
    CHECK(loaded->fingerprint() == key.fingerprint());
    CHECK(QRegularExpression(QStringLiteral("^([0-9A-F]{4} ){7}[0-9A-F]{4}$"))
              .match(key.fingerprint())
              .hasMatch());

    const Status again = packtest::newKey().save(path);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("never overwritten")));
    CHECK(SigningKey::load(path)->fingerprint() == key.fingerprint());
}

TEST_CASE("A damaged key file is refused with its name", "[pack][key]")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.key"));
    packtest::writeFile(path, "{\"format\": \"seqohs-signing-key\", \"formatVersion\": 1, "
                              "\"publicKey\": \"RWQ\", \"secretKey\": \"AAAA\"}");
    Expected<SigningKey> key = SigningKey::load(path);
    REQUIRE_FALSE(key.ok());
    CHECK(key.error().file == path);
    CHECK(key.error().message.contains(QStringLiteral("damaged")));
    CHECK_FALSE(SigningKey::load(dir.filePath(QStringLiteral("missing.key"))).ok());
}

TEST_CASE("A fingerprint matches whatever its spacing and case", "[pack][key]")
{
    const SigningKey key = packtest::newKey();
    QString typed = key.fingerprint().toLower();
    typed.remove(QLatin1Char(' '));
    CHECK(key.publicKey().hasFingerprint(typed));
    CHECK_FALSE(packtest::newKey().publicKey().hasFingerprint(typed));
    Expected<PublicKey> parsed = PublicKey::fromMinisign(key.publicKey().toMinisignFile());
    REQUIRE(parsed.ok());
    CHECK(*parsed == key.publicKey());
}

TEST_CASE("A minisign signature verifies and names a wrong key or altered data", "[pack][key]")
{
    const SigningKey key = packtest::newKey();
    const QByteArray data = "the manifest\n";
    const QString sig = MinisignSignature::create(key, data, QStringLiteral("trusted words"));
    CHECK(MinisignSignature::verify(sig, data, key.publicKey()).ok());
    CHECK(MinisignSignature::trustedComment(sig) == QStringLiteral("trusted words"));

    const Status altered = MinisignSignature::verify(sig, "the manifest!\n", key.publicKey());
    REQUIRE_FALSE(altered.ok());
    CHECK(altered.error().message.contains(QStringLiteral("does not match")));

    const Status other = MinisignSignature::verify(sig, data, packtest::newKey().publicKey());
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().message.contains(QStringLiteral("another key")));

    QString badComment = sig;
    badComment.replace(QStringLiteral("trusted words"), QStringLiteral("trusted wordz"));
    CHECK_FALSE(MinisignSignature::verify(badComment, data, key.publicKey()).ok());
}

TEST_CASE("The stock minisign tool verifies our signatures", "[pack][key][minisign]")
{
    const QString minisign = QStandardPaths::findExecutable(QStringLiteral("minisign"));
    if (minisign.isEmpty()) {
        FAIL("minisign is not installed: scripts/setup installs it");
        return;
    }
    test::TempDir dir;
    const SigningKey key = packtest::newKey();
    const QString file = dir.filePath(QStringLiteral("manifest.json"));
    const QByteArray data = "{\"format\": \"seqohs-pack\"}\n";
    packtest::writeFile(file, data);
    packtest::writeFile(file + QStringLiteral(".minisig"),
                        MinisignSignature::create(key, data, QStringLiteral("root abc")).toUtf8());
    packtest::writeFile(dir.filePath(QStringLiteral("key.pub")),
                        key.publicKey().toMinisignFile().toUtf8());

    QProcess p;
    p.start(minisign, {QStringLiteral("-Vm"), file, QStringLiteral("-p"),
                       dir.filePath(QStringLiteral("key.pub"))});
    REQUIRE(p.waitForFinished(10000));
    INFO(p.readAllStandardError().toStdString());
    CHECK(p.exitCode() == 0);

    // And with the key given on the command line, against altered data: refused.
    packtest::writeFile(file, "{\"format\": \"seqohs-pack!\"}\n");
    QProcess q;
    q.start(minisign,
            {QStringLiteral("-Vm"), file, QStringLiteral("-P"), key.publicKey().toMinisign()});
    REQUIRE(q.waitForFinished(10000));
    CHECK(q.exitCode() != 0);
}
