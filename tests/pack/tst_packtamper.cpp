// Every way a pack can be altered after signing is caught and named.

#include "packtesthelpers.h"
#include "testsupport.h"

#include "pack/minisignsignature.h"
#include "pack/packmanifest.h"
#include "pack/packverifier.h"

#include <QFile>

using namespace seqohs;

namespace {

struct Fixture
{
    test::TempDir dir;
    std::unique_ptr<Workspace> ws = packtest::demoWorkspace(dir.path());
    SigningKey key = packtest::newKey();
    QString pack = dir.filePath(QStringLiteral("pack.zip"));
    QString tampered = dir.filePath(QStringLiteral("tampered.zip"));

    Fixture() { packtest::writePack(*ws, key, pack); }

    QString firstEvidencePath() const
    {
        for (const QString &name : packtest::zipNames(pack)) {
            if (name.startsWith(QLatin1String("evidence/")))
                return name;
        }
        FAIL("the demo pack has no evidence file");
        return QString();
    }

    PackVerification verify(const QString &path, bool withKey = true) const
    {
        PackVerifier verifier(path);
        if (withKey)
            verifier.setExpectedKey(key.fingerprint());
        const QByteArray before = packtest::fileHash(path);
        PackVerification result = verifier.verify();
        INFO(result.summary().toStdString());
        CHECK(packtest::fileHash(path) == before); // verification never modifies
        return result;
    }
};

QByteArray flipped(QByteArray bytes, qsizetype at)
{
    bytes[at] = char(bytes.at(at) ^ 0x01);
    return bytes;
}

} // namespace

TEST_CASE("A flipped byte in an evidence file is named", "[pack][tamper]")
{
    Fixture f;
    const QString name = f.firstEvidencePath();
    const QByteArray content = packtest::zipEntry(f.pack, name);
    packtest::rewriteZip(f.pack, f.tampered, {{name, flipped(content, content.size() / 2)}});
    const PackVerification r = f.verify(f.tampered);
    CHECK_FALSE(r.ok());
    CHECK(r.signatureValid); // the manifest itself is intact
    CHECK(packtest::hasProblem(r, name, QStringLiteral("does not match the manifest")));
    CHECK(r.problems.size() == 1);
    CHECK(r.summary().contains(name + QStringLiteral(": Content does not match the manifest")));
}

TEST_CASE("A flipped byte in the workspace snapshot is named", "[pack][tamper]")
{
    Fixture f;
    const QByteArray content = packtest::zipEntry(f.pack, PackManifest::WorkspacePath);
    packtest::rewriteZip(f.pack, f.tampered,
                         {{PackManifest::WorkspacePath, flipped(content, content.size() - 100)}});
    const PackVerification r = f.verify(f.tampered);
    CHECK_FALSE(r.ok());
    CHECK(packtest::hasProblem(r, PackManifest::WorkspacePath, QStringLiteral("does not match")));
}

TEST_CASE("A changed manifest fails its signature", "[pack][tamper]")
{
    Fixture f;
    QByteArray manifest = packtest::zipEntry(f.pack, PackManifest::ManifestPath);
    // Change one hash digit, as someone covering up a changed file would.
    const qsizetype at = manifest.indexOf("\"sha256\": \"") + 11;
    manifest[at] = manifest.at(at) == '0' ? '1' : '0';
    packtest::rewriteZip(f.pack, f.tampered, {{PackManifest::ManifestPath, manifest}});
    const PackVerification r = f.verify(f.tampered);
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.signatureValid);
    CHECK(packtest::hasProblem(r, PackManifest::SignaturePath, QStringLiteral("does not match")));
    CHECK(packtest::hasProblem(r, PackManifest::ManifestPath, QStringLiteral("root hash")));
}

TEST_CASE("A missing file is named", "[pack][tamper]")
{
    Fixture f;
    const QString name = f.firstEvidencePath();
    packtest::rewriteZip(f.pack, f.tampered, {{name, QByteArray()}});
    const PackVerification r = f.verify(f.tampered);
    CHECK_FALSE(r.ok());
    CHECK(packtest::hasProblem(r, name, QStringLiteral("Missing")));
}

TEST_CASE("An extra file is named", "[pack][tamper]")
{
    Fixture f;
    packtest::rewriteZip(f.pack, f.tampered, {},
                         {{QStringLiteral("evidence/99-extra.pdf"), "not in the manifest"}});
    const PackVerification r = f.verify(f.tampered);
    CHECK_FALSE(r.ok());
    CHECK(packtest::hasProblem(r, QStringLiteral("evidence/99-extra.pdf"),
                               QStringLiteral("not listed in the manifest")));
}

TEST_CASE("A pack re-signed with another key is caught", "[pack][tamper]")
{
    Fixture f;
    const SigningKey other = packtest::newKey();
    const QByteArray manifest = packtest::zipEntry(f.pack, PackManifest::ManifestPath);
    const QByteArray resigned =
        MinisignSignature::create(other, manifest, QStringLiteral("forged")).toUtf8();

    SECTION("with the other key's public key swapped in")
    {
        packtest::rewriteZip(
            f.pack, f.tampered,
            {{PackManifest::SignaturePath, resigned},
             {PackManifest::PublicKeyPath, other.publicKey().toMinisignFile().toUtf8()}});
        const PackVerification r = f.verify(f.tampered);
        CHECK_FALSE(r.ok());
        CHECK(packtest::hasProblem(r, PackManifest::SignaturePath, other.fingerprint()));
        // Without the expected key it verifies, but says whose key it is, not the service's.
        const PackVerification unchecked = f.verify(f.tampered, false);
        CHECK(unchecked.signatureValid);
        CHECK_FALSE(unchecked.signerConfirmed);
        CHECK(unchecked.summary().contains(other.fingerprint()));
        CHECK_FALSE(unchecked.summary().contains(QStringLiteral("expected key")));
    }
    SECTION("with the service's public key left in place")
    {
        packtest::rewriteZip(f.pack, f.tampered, {{PackManifest::SignaturePath, resigned}});
        const PackVerification r = f.verify(f.tampered, false);
        CHECK_FALSE(r.ok());
        CHECK(packtest::hasProblem(r, PackManifest::SignaturePath, QStringLiteral("another key")));
    }
    SECTION("checked against the service's public key file")
    {
        packtest::rewriteZip(
            f.pack, f.tampered,
            {{PackManifest::SignaturePath, resigned},
             {PackManifest::PublicKeyPath, other.publicKey().toMinisignFile().toUtf8()}});
        const QString pub = f.dir.filePath(QStringLiteral("service.pub"));
        packtest::writeFile(pub, f.key.publicKey().toMinisignFile().toUtf8());
        PackVerifier verifier(f.tampered);
        verifier.setExpectedKey(pub);
        const PackVerification r = verifier.verify();
        CHECK_FALSE(r.ok());
        CHECK(packtest::hasProblem(r, PackManifest::SignaturePath, QStringLiteral("another key")));
    }
}

TEST_CASE("A truncated pack is refused", "[pack][tamper]")
{
    Fixture f;
    QByteArray bytes = packtest::readFile(f.pack);
    for (const qsizetype cut : {bytes.size() - 10, bytes.size() / 2, qsizetype(100)}) {
        packtest::writeFile(f.tampered, bytes.left(cut));
        const PackVerification r = f.verify(f.tampered);
        CHECK(r.refused);
        CHECK_FALSE(r.ok());
        CHECK(packtest::hasProblem(r, f.tampered, QStringLiteral("not a complete zip")));
    }
}

TEST_CASE("A pack that is not a zip at all is refused", "[pack][tamper]")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("pack.zip"));
    packtest::writeFile(path, "This is a letter, not a pack.\n");
    const PackVerification r = PackVerifier(path).verify();
    CHECK(r.refused);
    CHECK(r.summary().contains(QStringLiteral("REFUSED")));
    CHECK(PackVerifier(dir.filePath(QStringLiteral("none.zip"))).verify().refused);
}
