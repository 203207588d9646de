#pragma once

#include "catalogue/standardsset.h"
#include "common/expected.h"
#include "workspace/serviceprofile.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

// Asks what a new workspace needs: the service, whether it serves NHS bodies, the edition of
// the standards, the planned assessment date, and where to keep the file.
class NewWorkspaceWizard : public QWizard
{
    Q_OBJECT
public:
    explicit NewWorkspaceWizard(QWidget *parent = nullptr);

    seqohs::ServiceProfile profile() const;
    // The chosen set, loaded; an error when a file was chosen and cannot be loaded.
    seqohs::Expected<seqohs::StandardsSet> standardsSet() const;
    QString filePath() const;

    // For tests: fill the fields as a user would.
    void fill(const QString &name, bool servesNhs, const QString &setIdOrPath, const QDate &visit,
              const QString &path);

protected:
    bool validateCurrentPage() override;

private:
    void browseForSet();
    void browseForFile();

    QLineEdit *m_name = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_sites = nullptr;
    QCheckBox *m_nhs = nullptr;
    QCheckBox *m_physio = nullptr;
    QComboBox *m_set = nullptr;
    QCheckBox *m_hasVisit = nullptr;
    QDateEdit *m_visit = nullptr;
    QLineEdit *m_path = nullptr;
};
