#include "standardsimportdialog.h"

#include "catalogue/spreadsheetimport.h"
#include "catalogue/standardsformat.h"
#include "catalogue/standardslibrary.h"
#include "common/savefile.h"
#include "prompts.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace seqohs;

namespace {
const qint64 MaxSpreadsheetBytes = 16 * 1024 * 1024;

int countAssessable(const StandardsSet &set)
{
    return int(set.assessables().size());
}
} // namespace

StandardsImportDialog::StandardsImportDialog(bool official, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("standardsImportDialog"));
    setWindowTitle(official ? tr("Load the official wording") : tr("Load a standards set"));
    auto *intro = new QLabel(
        official ? tr("Load the official wording of the standards, which your service holds under "
                      "licence: save the spreadsheet template, fill in one row per criterion, "
                      "save it as CSV, and choose it here.")
                 : tr("Choose a standards set file (.json), or a spreadsheet saved as CSV from "
                      "the template. Nothing is kept until the whole file has been checked."),
        this);
    intro->setWordWrap(true);

    m_file = new QLineEdit(this);
    m_file->setAccessibleName(tr("File"));
    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    auto *saveTemplate = new QPushButton(tr("Save the spreadsheet &template\u2026"), this);
    saveTemplate->setObjectName(QStringLiteral("saveTemplate"));
    connect(saveTemplate, &QPushButton::clicked, this, [this] {
        const QString path = Prompts::saveFileName(this, tr("Save the spreadsheet template"),
                                                   QStringLiteral("standards-template.csv"),
                                                   tr("Spreadsheets saved as CSV (*.csv)"));
        if (path.isEmpty())
            return;
        const Status saved = saveFileAtomically(path, SpreadsheetImport::templateCsv());
        m_result->setText(
            saved.ok() ? tr("Saved the template as %1. Open it in a spreadsheet, fill in "
                            "one row per criterion, save it as CSV and choose it above.")
                             .arg(QDir::toNativeSeparators(path).toHtmlEscaped())
                       : tr("<b>Not saved.</b> %1").arg(saved.errorString().toHtmlEscaped()));
    });

    m_csvOptions = new QWidget(this);
    m_id = new QLineEdit(m_csvOptions);
    m_id->setPlaceholderText(tr("for example seqohs-2023-official"));
    m_title = new QLineEdit(m_csvOptions);
    m_title->setPlaceholderText(tr("for example SEQOHS standards 2023 (official wording)"));
    m_edition = new QLineEdit(m_csvOptions);
    m_edition->setPlaceholderText(tr("for example 2023"));
    m_official =
        new QCheckBox(tr("This is the standards owner\u2019s &official wording"), m_csvOptions);
    m_official->setChecked(official);
    auto *csvForm = new QFormLayout(m_csvOptions);
    csvForm->setContentsMargins(0, 0, 0, 0);
    auto addRow = [csvForm, this](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, m_csvOptions);
        l->setBuddy(field);
        csvForm->addRow(l, field);
    };
    addRow(tr("Set &id:"), m_id);
    addRow(tr("&Title:"), m_title);
    addRow(tr("&Edition:"), m_edition);
    csvForm->addRow(QString(), m_official);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("standardsImportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *loadButton = m_buttons->addButton(tr("&Load"), QDialogButtonBox::AcceptRole);
    loadButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(saveTemplate, 0, Qt::AlignLeft);
    layout->addWidget(fileLabel);
    layout->addLayout(fileRow);
    layout->addWidget(m_csvOptions);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &StandardsImportDialog::browse);
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_csvOptions->setVisible(isSpreadsheet());
        m_result->clear();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StandardsImportDialog::load);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_csvOptions->setVisible(official);
    resize(600, sizeHint().height());
}

QString StandardsImportDialog::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("standards"));
}

QStringList StandardsImportDialog::loadedSetPaths()
{
    QStringList paths;
    const QDir dir(folder());
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

bool StandardsImportDialog::isSpreadsheet() const
{
    return m_file->text().trimmed().endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
}

void StandardsImportDialog::browse()
{
    const QString path = Prompts::openFileName(
        this, windowTitle(),
        tr("Standards sets and spreadsheets (*.json *.csv);;Standards sets (*.json);;"
           "Spreadsheets saved as CSV (*.csv)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void StandardsImportDialog::check()
{
    m_set.reset();
    const QString path = m_file->text().trimmed();
    Expected<StandardsSet> set = [&]() -> Expected<StandardsSet> {
        if (path.isEmpty())
            return ErrorList{Error{tr("Choose a file first.")}};
        if (!isSpreadsheet())
            return StandardsLibrary::resolve(path);
        QFile file(path);
        if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
            return ErrorList{Error{tr("The file cannot be read."), path, QString(),
                                   tr("Check the name and that you may read it.")}};
        if (file.size() > MaxSpreadsheetBytes)
            return ErrorList{Error{tr("The file is too large for a standards spreadsheet."), path,
                                   QString(),
                                   tr("A spreadsheet of the standards is well under "
                                      "16 MB; check that this is the right file.")}};
        SpreadsheetImport::ImportOptions options;
        options.id = m_id->text().trimmed();
        options.title = m_title->text().trimmed();
        options.edition = m_edition->text().trimmed();
        options.provenance = m_official->isChecked() ? StandardsSet::Provenance::Official
                                                     : StandardsSet::Provenance::Summary;
        if (options.id.isEmpty() || options.title.isEmpty())
            return ErrorList{Error{tr("Give the set an id and a title."), QString(), QString(),
                                   tr("The id names the set in workspaces; the title is what "
                                      "people read.")}};
        return SpreadsheetImport::import(file.readAll(), path, options);
    }();
    if (!set.ok()) {
        QStringList lines;
        for (const Error &e : set.errors())
            lines << e.toString().toHtmlEscaped();
        m_result->setText(tr("<b>Not loaded.</b> Nothing was kept.<br>%1")
                              .arg(lines.mid(0, 12).join(QStringLiteral("<br>"))));
        return;
    }
    m_set = *set;
}

void StandardsImportDialog::load()
{
    check();
    if (!m_set)
        return;
    if (!QDir().mkpath(folder())) {
        m_result->setText(tr("<b>Not loaded.</b> The folder %1 cannot be made; check that you may "
                             "write to it.")
                              .arg(QDir::toNativeSeparators(folder()).toHtmlEscaped()));
        return;
    }
    QString name = m_set->id;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString target = QDir(folder()).filePath(name + QStringLiteral(".json"));
    if (QFileInfo::exists(target)) {
        const auto answer = Prompts::question(
            this, windowTitle(),
            tr("A set with the id %1 is already loaded. Replace it with this file?").arg(m_set->id),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    const Status saved = saveFileAtomically(target, StandardsFormat::write(*m_set));
    if (!saved.ok()) {
        m_result->setText(tr("<b>Not loaded.</b> %1").arg(saved.errorString().toHtmlEscaped()));
        return;
    }
    m_saved = target;
    m_result->setText(tr("Loaded %1: %n item(s) to assess.", nullptr, int(countAssessable(*m_set)))
                          .arg(m_set->title.toHtmlEscaped()));
    accept();
}
