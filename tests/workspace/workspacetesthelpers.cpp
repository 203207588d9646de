#include "workspacetesthelpers.h"

#include "teamworkspace.h"
#include "testsupport.h"

#include "server/serveraddress.h"

#include <QCryptographicHash>
#include <QFile>

namespace test {

using namespace seqohs;

StandardsSet tinySet()
{
    StandardsSet set;
    set.id = QStringLiteral("tiny-test");
    set.title = QStringLiteral("Tiny test set");
    set.edition = QStringLiteral("2026");
    set.version = QStringLiteral("1.0.0");
    set.provenance = StandardsSet::Provenance::Summary;

    Criterion must;
    must.id = QStringLiteral("t-a1-1");
    must.code = QStringLiteral("A1.1");
    must.title = QStringLiteral("A legal duty");
    must.level = Level::Must;
    Criterion should;
    should.id = QStringLiteral("t-a1-2");
    should.code = QStringLiteral("A1.2");
    should.title = QStringLiteral("Good practice");
    should.level = Level::Should;
    Standard a1;
    a1.id = QStringLiteral("t-a1");
    a1.code = QStringLiteral("A1");
    a1.title = QStringLiteral("First standard");
    a1.criteria = {must, should};
    Standard a2;
    a2.id = QStringLiteral("t-a2");
    a2.code = QStringLiteral("A2");
    a2.title = QStringLiteral("A standard assessed as a whole");
    a2.level = Level::Should;
    Domain a;
    a.id = QStringLiteral("t-a");
    a.code = QStringLiteral("A");
    a.title = QStringLiteral("Domain A");
    a.standards = {a1, a2};

    Criterion nhs;
    nhs.id = QStringLiteral("t-b1-1");
    nhs.code = QStringLiteral("B1.1");
    nhs.title = QStringLiteral("For NHS clients");
    nhs.level = Level::Should;
    nhs.appliesTo = {QStringLiteral("nhs")};
    Standard b1;
    b1.id = QStringLiteral("t-b1");
    b1.code = QStringLiteral("B1");
    b1.title = QStringLiteral("NHS standard");
    b1.criteria = {nhs};
    Domain b;
    b.id = QStringLiteral("t-b");
    b.code = QStringLiteral("B");
    b.title = QStringLiteral("Domain B");
    b.standards = {b1};

    set.domains = {a, b};
    return set;
}

ServiceProfile tinyProfile()
{
    ServiceProfile p;
    p.name = QStringLiteral("Test OH Service");
    p.organisation = QStringLiteral("Test Trust");
    p.sites = {QStringLiteral("Main site"), QStringLiteral("Annex")};
    p.servesNhs = true;
    p.plannedAssessment = QDate(2026, 6, 1);
    p.annualReturn = QDate(2026, 12, 1);
    return p;
}

std::unique_ptr<Workspace> createWorkspace(const QString &path)
{
    Expected<std::unique_ptr<Workspace>> ws = Workspace::create(path, tinyProfile(), tinySet());
    INFO(ws.errorString());
    REQUIRE(ws.ok());
    if (!onServer())
        return std::move(ws.value());
    ws->reset();
    return openTeamWorkspace(workspaceLocation(path));
}

std::unique_ptr<Workspace> openWorkspace(const QString &path)
{
    if (const QString url = serverUrl(path); !url.isEmpty())
        return openTeamWorkspace(url);
    Expected<std::unique_ptr<Workspace>> ws = Workspace::open(path);
    INFO(ws.errorString());
    REQUIRE(ws.ok());
    return std::move(ws.value());
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint64 state = 0x9E3779B97F4A7C15ull ^ seed;
    for (qint64 i = 0; i < size; ++i) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        bytes[i] = char(state & 0xFF);
    }
    return bytes;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    REQUIRE(hash.addData(&file));
    return hash.result().toHex();
}

QString importChildPath()
{
    return QStringLiteral(SEQOHS_IMPORT_CHILD_PATH);
}

} // namespace test
