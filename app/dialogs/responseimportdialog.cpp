#include "responseimportdialog.h"

#include "prompts.h"

#include "pack/responseimport.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace seqohs;

ResponseImportDialog::ResponseImportDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Import assessor response"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    auto *browse = new QPushButton(tr("Browse..."), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    // A label for a row of several widgets takes its mnemonic only with a buddy.
    auto *fileLabel = new QLabel(tr("&Response file:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_expected = new QLineEdit(this);
    m_expected->setPlaceholderText(tr("The fingerprint your assessor gave you (recommended)"));
    form->addRow(tr("Assessor's &key:"), m_expected);
    layout->addLayout(form);
    m_details = new QLabel(tr("Choose the response file your assessor sent you."), this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ResponseImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, &ResponseImportDialog::showResponse);
    connect(m_expected, &QLineEdit::editingFinished, this, &ResponseImportDialog::showResponse);
    connect(m_import, &QPushButton::clicked, this, &ResponseImportDialog::importResponse);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(600, 380);
}

void ResponseImportDialog::setResponseFile(const QString &path)
{
    m_file->setText(path);
    showResponse();
}

void ResponseImportDialog::setExpectedFingerprint(const QString &fingerprint)
{
    m_expected->setText(fingerprint);
    showResponse();
}

void ResponseImportDialog::browse()
{
    const QString path = Prompts::openFileName(this, tr("Import assessor response"),
                                               tr("Responses (*.json);;All files (*)"));
    if (!path.isEmpty())
        setResponseFile(path);
}

void ResponseImportDialog::showResponse()
{
    m_response.reset();
    m_import->setEnabled(false);
    if (m_file->text().isEmpty())
        return;
    Expected<ResponseFile> response =
        ResponseFile::load(m_file->text(), m_expected->text().trimmed());
    if (!response) {
        m_details->setText(QStringLiteral("<b>%1</b><br>%2")
                               .arg(tr("This response cannot be imported."),
                                    response.errorString().toHtmlEscaped()));
        return;
    }
    m_response = *response;
    int actions = 0;
    for (const StandardFinding &f : response->findings)
        actions += int(f.actions.size());
    const QString signer =
        m_expected->text().trimmed().isEmpty()
            ? tr("Signed by key <b>%1</b>: check this fingerprint with your assessor.")
                  .arg(response->assessorKey.fingerprint())
            : tr("Signed by your assessor's key %1.").arg(response->assessorKey.fingerprint());
    m_details->setText(
        tr("From <b>%1</b>, %2.<br>Recommendation: <b>%3</b><br>%4, %5 (they will be added to "
           "your action plan).<br>%6")
            .arg(response->assessor.toHtmlEscaped(),
                 QLocale().toString(response->created.toLocalTime(), QLocale::ShortFormat),
                 recommendationDisplayName(response->recommendation),
                 tr("%n finding(s)", nullptr, int(response->findings.size())),
                 tr("%n required action(s)", nullptr, int(actions)), signer));
    m_import->setEnabled(true);
}

bool ResponseImportDialog::importResponse()
{
    if (!m_response)
        return false;
    Expected<ResponseImport::Result> result =
        ResponseImport::importFile(*m_workspace, m_file->text(), m_expected->text().trimmed());
    if (!result) {
        Prompts::error(this, tr("Import assessor response"), tr("The response was not imported."),
                       result.errorString());
        return false;
    }
    m_details->setText(tr("Imported: %1; %2 added to the action plan.")
                           .arg(tr("%n finding(s)", nullptr, int(result->response.findings.size())),
                                tr("%n required action(s)", nullptr, int(result->actionsAdded))));
    m_import->setEnabled(false);
    if (!result->historyWarning.isEmpty()) {
        Prompts::error(this, tr("Import assessor response"),
                       tr("The response was imported, but the workspace's history has changed "
                          "since the pack was made."),
                       result->historyWarning);
    }
    if (!result->keyWarning.isEmpty()) {
        Prompts::error(this, tr("Import assessor response"),
                       tr("The response was imported, but it is signed with another key than "
                          "the earlier responses."),
                       result->keyWarning);
    }
    Q_EMIT responseImported(result->response.id);
    return true;
}
