#include "newworkspacewizard.h"

#include "catalogue/standardsformat.h"
#include "standardsimportdialog.h"

#include "catalogue/standardslibrary.h"
#include "common/clock.h"
#include "prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QWizardPage>

using namespace seqohs;

namespace {
const int LoadFromFile = -1;
}

NewWorkspaceWizard::NewWorkspaceWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("newWorkspaceWizard"));
    setWindowTitle(tr("New workspace"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    auto *service = new QWizardPage(this);
    service->setTitle(tr("The service"));
    service->setSubTitle(tr("Tell us about the occupational health service being prepared for "
                            "accreditation. You can change this later."));
    m_name = new QLineEdit(service);
    m_name->setObjectName(QStringLiteral("serviceName"));
    m_name->setPlaceholderText(tr("For example: Northgate Occupational Health"));
    m_organisation = new QLineEdit(service);
    m_sites = new QLineEdit(service);
    m_sites->setPlaceholderText(tr("Sites, separated by commas"));
    m_nhs =
        new QCheckBox(tr("The service serves NHS organisations (adds the NHS standards)"), service);
    m_nhs->setObjectName(QStringLiteral("servesNhs"));
    m_physio = new QCheckBox(tr("The service includes occupational health physiotherapy"), service);
    auto *serviceForm = new QFormLayout(service);
    serviceForm->addRow(tr("Service name:"), m_name);
    serviceForm->addRow(tr("Organisation:"), m_organisation);
    serviceForm->addRow(tr("Sites:"), m_sites);
    serviceForm->addRow(QString(), m_nhs);
    serviceForm->addRow(QString(), m_physio);
    addPage(service);

    auto *standards = new QWizardPage(this);
    standards->setTitle(tr("Standards and dates"));
    standards->setSubTitle(tr("Choose the edition you are assessed against and when the "
                              "assessment is planned."));
    m_set = new QComboBox(standards);
    m_set->setObjectName(QStringLiteral("standardsSet"));
    for (const QString &id : StandardsLibrary::bundledIds()) {
        const Expected<StandardsSet> set = StandardsLibrary::bundled(id);
        if (set.ok())
            m_set->addItem(set->title, id);
    }
    for (const QString &path : StandardsImportDialog::loadedSetPaths()) {
        const Expected<StandardsSet> set = StandardsFormat::readFile(path);
        if (set.ok())
            m_set->addItem(set->title, path);
    }
    m_set->setCurrentIndex(qMax(0, m_set->findData(StandardsLibrary::defaultId())));
    m_set->addItem(tr("Load from a file\u2026"), LoadFromFile);
    m_hasVisit = new QCheckBox(tr("An assessment is planned on"), standards);
    m_visit = new QDateEdit(Clock::today().addMonths(9), standards);
    m_visit->setCalendarPopup(true);
    m_visit->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_hasVisit->setChecked(true);
    m_path = new QLineEdit(standards);
    m_path->setObjectName(QStringLiteral("workspacePath"));
    auto *browse = new QPushButton(tr("Choose\u2026"), standards);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *note = new QLabel(tr("The bundled sets are summaries in this project's own words. "
                               "Load the official wording you hold from a file to work with "
                               "it."),
                            standards);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *form = new QFormLayout(standards);
    form->addRow(tr("Standards:"), m_set);
    form->addRow(QString(), note);
    auto *visitRow = new QHBoxLayout;
    visitRow->addWidget(m_hasVisit);
    visitRow->addWidget(m_visit, 1);
    form->addRow(tr("Visit:"), visitRow);
    form->addRow(tr("Save as:"), pathRow);
    addPage(standards);

    connect(m_hasVisit, &QCheckBox::toggled, m_visit, &QWidget::setEnabled);
    connect(browse, &QPushButton::clicked, this, &NewWorkspaceWizard::browseForFile);
    connect(m_set, &QComboBox::activated, this, [this] {
        if (m_set->currentData().toInt() == LoadFromFile &&
            m_set->currentData().typeId() == QMetaType::Int)
            browseForSet();
    });
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (m_path->isModified())
            return;
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString base = name.trimmed();
        base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9 _-]")), QString());
        if (base.isEmpty())
            base = tr("workspace");
        m_path->setText(QDir(dir).filePath(base + QStringLiteral(".seqohs")));
    });
    resize(640, 460);
}

void NewWorkspaceWizard::browseForSet()
{
    const QString path =
        Prompts::openFileName(this, tr("Load a standards set"), tr("Standards sets (*.json)"));
    if (path.isEmpty()) {
        m_set->setCurrentIndex(qMax(0, m_set->findData(StandardsLibrary::defaultId())));
        return;
    }
    const Expected<StandardsSet> set = StandardsLibrary::resolve(path);
    if (!set.ok()) {
        Prompts::error(this, tr("The standards set cannot be used"),
                       set.errors().first().toString(), set.errorString());
        m_set->setCurrentIndex(qMax(0, m_set->findData(StandardsLibrary::defaultId())));
        return;
    }
    m_set->insertItem(0, set->title, path);
    m_set->setCurrentIndex(0);
}

void NewWorkspaceWizard::browseForFile()
{
    const QString path = Prompts::saveFileName(this, tr("Save the new workspace as"),
                                               m_path->text(), tr("SEQOHS workspaces (*.seqohs)"));
    if (!path.isEmpty()) {
        m_path->setText(path.endsWith(QLatin1String(".seqohs")) ? path
                                                                : path + QStringLiteral(".seqohs"));
        m_path->setModified(true);
    }
}

ServiceProfile NewWorkspaceWizard::profile() const
{
    ServiceProfile p;
    p.name = m_name->text().trimmed();
    p.organisation = m_organisation->text().trimmed();
    for (const QString &site : m_sites->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.sites << site.trimmed();
    p.servesNhs = m_nhs->isChecked();
    if (m_physio->isChecked())
        p.extraTags << QStringLiteral("physiotherapy");
    if (m_hasVisit->isChecked())
        p.plannedAssessment = m_visit->date();
    return p;
}

Expected<StandardsSet> NewWorkspaceWizard::standardsSet() const
{
    return StandardsLibrary::resolve(m_set->currentData().toString());
}

QString NewWorkspaceWizard::filePath() const
{
    return m_path->text().trimmed();
}

void NewWorkspaceWizard::fill(const QString &name, bool servesNhs, const QString &setIdOrPath,
                              const QDate &visit, const QString &path)
{
    m_name->setText(name);
    m_nhs->setChecked(servesNhs);
    int index = m_set->findData(setIdOrPath);
    if (index < 0) {
        m_set->insertItem(0, setIdOrPath, setIdOrPath);
        index = 0;
    }
    m_set->setCurrentIndex(index);
    m_hasVisit->setChecked(visit.isValid());
    if (visit.isValid())
        m_visit->setDate(visit);
    m_path->setText(path);
    m_path->setModified(true);
}

bool NewWorkspaceWizard::validateCurrentPage()
{
    // Say what is missing instead of greying out Next without a word.
    if (currentId() == 0 && m_name->text().trimmed().isEmpty()) {
        m_name->setPlaceholderText(tr("The service needs a name"));
        m_name->setFocus();
        return false;
    }
    if (currentId() == 1 && m_path->text().trimmed().isEmpty()) {
        m_path->setPlaceholderText(tr("Choose where to save the workspace"));
        m_path->setFocus();
        return false;
    }
    return QWizard::validateCurrentPage();
}
