#pragma once

#include "pack/responsefile.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace seqohs {
class Workspace;
}

// Service side: loads the assessor's signed response, shows who signed it (the fingerprint,
// to compare with what the assessor said) and what it says, then imports it into the
// workspace: findings appear on the criteria and required actions become actions.
class ResponseImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ResponseImportDialog(seqohs::Workspace *workspace, QWidget *parent = nullptr);

    // Reads and checks a response file and shows it (as choosing one does).
    void setResponseFile(const QString &path);
    void setExpectedFingerprint(const QString &fingerprint);
    // Imports the response shown, as the Import button does. True on success.
    bool importResponse();

Q_SIGNALS:
    // After a successful import: the workspace has new actions and findings.
    void responseImported(const QString &responseId);

private:
    void browse();
    void showResponse();

    seqohs::Workspace *m_workspace;
    QLineEdit *m_file;
    QLineEdit *m_expected;
    QLabel *m_details;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
    std::optional<seqohs::ResponseFile> m_response;
};
