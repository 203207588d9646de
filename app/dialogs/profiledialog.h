#pragma once

#include "workspace/serviceprofile.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;

// Edits the service profile: name, organisation, sites, NHS, variants, planned dates; and the
// name this computer records in the audit trail.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(const seqohs::ServiceProfile &profile, QWidget *parent = nullptr);

    seqohs::ServiceProfile profile() const;
    QString userName() const;

private:
    seqohs::ServiceProfile m_profile;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_sites = nullptr;
    QCheckBox *m_nhs = nullptr;
    QCheckBox *m_physio = nullptr;
    QCheckBox *m_construction = nullptr;
    QCheckBox *m_hasVisit = nullptr;
    QDateEdit *m_visit = nullptr;
    QCheckBox *m_hasReturn = nullptr;
    QDateEdit *m_return = nullptr;
    QLineEdit *m_user = nullptr;
};
