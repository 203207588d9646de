#pragma once

#include "assessmentjson.h"
#include "common/expected.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace seqohs {

// Creates a new workspace from an exported assessment (AssessmentJson): the profile, the
// standards set, every assessment, the evidence with its links, the actions, and the assessor
// responses the exporting workspace had imported (their findings show again).
//
// The export holds no file content. A file item whose file is found in evidenceFolder (by its
// recorded name) with the recorded SHA-256 is stored as a file; otherwise it becomes a written
// statement that keeps its title, owner and dates and says which file to add again, so the
// scores stay the same and nothing pretends to be a file it is not.
class AssessmentImport
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::AssessmentImport)

public:
    struct Options
    {
        QString evidenceFolder; // where to look for the files of file evidence; may be empty
    };

    struct Result
    {
        std::unique_ptr<Workspace> workspace;
        int filesRestored = 0;    // file items stored with their content
        int filesPlaceholder = 0; // file items that became statements
        QStringList notes;        // one line per placeholder, naming the file to add again
    };

    // Refuses a path that already exists. On any failure the half-made workspace is removed,
    // and the errors say which file and what to do.
    static Expected<Result> createWorkspace(const AssessmentJson::Document &document,
                                            const QString &path, const Options &options);
    static Expected<Result> createWorkspace(const AssessmentJson::Document &document,
                                            const QString &path)
    {
        return createWorkspace(document, path, Options{});
    }
};

} // namespace seqohs
