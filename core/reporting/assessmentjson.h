#pragma once

#include "common/expected.h"
#include "scoring/scoringinput.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace seqohs {

class Workspace;

// The whole assessment of a workspace as one JSON document ("format": "seqohs-assessment",
// "formatVersion": 1) for other tools and for moving an assessment into a new workspace:
// the service profile, the standards set (id, version, content hash and, unless left out, the
// set itself), every assessment, the evidence metadata with its links, the action plan, and
// the assessor responses imported into the workspace (signed, as received).
// The content of evidence files is not included: only their name, size and SHA-256. The layout
// is described field by field in docs/reports.md.
//
// Reading then scoring gives exactly the Readiness that scoring the exported input gave.
class AssessmentJson
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::AssessmentJson)

public:
    static constexpr const char *FormatName = "seqohs-assessment";
    static constexpr int FormatVersion = 1;

    struct Document
    {
        ScoringInput input; // asOf is the date the export was made for
        QString setContentHash;
        QDateTime exported;
        bool setEmbedded = true;
        // Assessor responses imported into the workspace, each as the workspace stores it:
        // {"id", "imported", "actionsAdded", "document"} with the signed response as received.
        QList<QJsonObject> assessorResponses;
    };

    // The assessor responses stored in a workspace, for toJson and write.
    static Expected<QList<QJsonObject>> assessorResponsesOf(const Workspace &workspace);
    // Stores responses read from a document in a workspace (AssessmentImport does this).
    static Status storeAssessorResponses(Workspace &workspace, const QList<QJsonObject> &responses);

    // The JSON. exported defaults to Clock::now(). Without embedSet only the set's id, version
    // and content hash are written, and reading needs the set to be one of the bundled sets.
    // With responses (assessorResponsesOf), the imported assessor responses go with it.
    static QByteArray toJson(const ScoringInput &input, const QDateTime &exported = {},
                             bool embedSet = true, const QList<QJsonObject> &responses = {});

    static Status write(const ScoringInput &input, QIODevice &device, bool embedSet = true,
                        const QList<QJsonObject> &responses = {});
    // Writes the file atomically: a failure leaves any earlier file as it was.
    static Status write(const ScoringInput &input, const QString &path, bool embedSet = true,
                        const QList<QJsonObject> &responses = {});

    // Parses and checks a document; every problem is reported with its JSON path
    // ($.assessments[3].result). Fails for another format, a newer format version, a set whose
    // content does not match its recorded hash, and links or assessments that name evidence or
    // items that do not exist. fileName is used in errors only.
    static Expected<Document> read(const QByteArray &json, const QString &fileName);
    static Expected<Document> readFile(const QString &path);
};

} // namespace seqohs
