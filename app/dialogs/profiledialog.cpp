#include "profiledialog.h"

#include "common/clock.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace seqohs;

namespace {
QHBoxLayout *dateRow(QCheckBox *check, QDateEdit *edit, const QDate &date)
{
    check->setChecked(date.isValid());
    edit->setDate(date.isValid() ? date : Clock::today().addMonths(6));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    edit->setEnabled(date.isValid());
    QObject::connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    auto *row = new QHBoxLayout;
    row->addWidget(check);
    row->addWidget(edit, 1);
    return row;
}
} // namespace

ProfileDialog::ProfileDialog(const ServiceProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Service profile"));
    m_name = new QLineEdit(profile.name, this);
    m_organisation = new QLineEdit(profile.organisation, this);
    m_sites = new QLineEdit(profile.sites.join(QStringLiteral(", ")), this);
    m_nhs = new QCheckBox(tr("Serves NHS organisations"), this);
    m_nhs->setChecked(profile.servesNhs);
    m_physio = new QCheckBox(tr("Includes occupational health physiotherapy"), this);
    m_physio->setChecked(profile.extraTags.contains(QLatin1String("physiotherapy")));
    m_construction = new QCheckBox(tr("Serves the construction industry"), this);
    m_construction->setChecked(profile.extraTags.contains(QLatin1String("construction")));
    m_hasVisit = new QCheckBox(tr("Planned"), this);
    m_visit = new QDateEdit(this);
    m_hasReturn = new QCheckBox(tr("Due"), this);
    m_return = new QDateEdit(this);
    m_user = new QLineEdit(Workspace::userName(), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Service name:"), m_name);
    form->addRow(tr("Organisation:"), m_organisation);
    form->addRow(tr("Sites:"), m_sites);
    form->addRow(QString(), m_nhs);
    form->addRow(QString(), m_physio);
    form->addRow(QString(), m_construction);
    form->addRow(tr("Assessment visit:"), dateRow(m_hasVisit, m_visit, profile.plannedAssessment));
    form->addRow(tr("Annual return:"), dateRow(m_hasReturn, m_return, profile.annualReturn));
    form->addRow(tr("Your name (audit trail):"), m_user);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

ServiceProfile ProfileDialog::profile() const
{
    ServiceProfile p = m_profile;
    p.name = m_name->text().trimmed();
    p.organisation = m_organisation->text().trimmed();
    p.sites.clear();
    for (const QString &s : m_sites->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.sites << s.trimmed();
    p.servesNhs = m_nhs->isChecked();
    p.extraTags.removeAll(QStringLiteral("physiotherapy"));
    p.extraTags.removeAll(QStringLiteral("construction"));
    if (m_physio->isChecked())
        p.extraTags << QStringLiteral("physiotherapy");
    if (m_construction->isChecked())
        p.extraTags << QStringLiteral("construction");
    p.plannedAssessment = m_hasVisit->isChecked() ? m_visit->date() : QDate();
    p.annualReturn = m_hasReturn->isChecked() ? m_return->date() : QDate();
    return p;
}

QString ProfileDialog::userName() const
{
    return m_user->text().trimmed();
}
