#include "evidencedialog.h"

#include "personaldataprompt.h"

#include "common/clock.h"
#include "workspace/personaldataguard.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUrl>
#include <QVBoxLayout>

using namespace seqohs;

namespace {
QDateEdit *dateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date.isValid() ? date : Clock::today(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    return edit;
}

QHBoxLayout *optionalRow(QCheckBox *check, QWidget *edit)
{
    auto *row = new QHBoxLayout;
    row->addWidget(check);
    row->addWidget(edit, 1);
    QObject::connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    edit->setEnabled(check->isChecked());
    return row;
}
} // namespace

EvidenceDialog::EvidenceDialog(const EvidenceItem &item, bool isNew, QWidget *parent)
    : QDialog(parent)
    , m_item(item)
{
    setObjectName(QStringLiteral("evidenceDialog"));
    const QString kind = item.kind == EvidenceItem::Kind::File   ? tr("file")
                         : item.kind == EvidenceItem::Kind::Link ? tr("link")
                                                                 : tr("written statement");
    setWindowTitle(isNew ? tr("Add a %1").arg(kind) : tr("Evidence details"));
    auto *form = new QFormLayout;
    m_title = new QLineEdit(item.title, this);
    m_title->setObjectName(QStringLiteral("evidenceTitle"));
    form->addRow(tr("Title:"), m_title);
    if (item.kind == EvidenceItem::Kind::Link) {
        m_url = new QLineEdit(item.url, this);
        m_url->setObjectName(QStringLiteral("evidenceUrl"));
        m_url->setPlaceholderText(
            tr("https://intranet/policies/... or \\\\server\\share\\file.docx"));
        form->addRow(tr("Address:"), m_url);
    }
    if (item.kind == EvidenceItem::Kind::Statement) {
        m_statement = new QPlainTextEdit(item.statement, this);
        m_statement->setTabChangesFocus(true);
        m_statement->setObjectName(QStringLiteral("evidenceStatement"));
        m_statement->setPlaceholderText(tr("The statement, as the service would put it to an "
                                           "assessor. No patient-identifiable data."));
        form->addRow(tr("Statement:"), m_statement);
    }
    if (item.kind == EvidenceItem::Kind::File)
        form->addRow(tr("File:"), new QLabel(item.fileName, this));
    m_description = new QPlainTextEdit(item.description, this);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
    form->addRow(tr("Description:"), m_description);
    m_owner = new QLineEdit(item.owner, this);
    form->addRow(tr("Owner:"), m_owner);
    m_hasDate = new QCheckBox(tr("Dated"), this);
    m_hasDate->setChecked(item.documentDate.isValid() || isNew);
    m_date = dateEdit(item.documentDate, this);
    form->addRow(tr("Document date:"), optionalRow(m_hasDate, m_date));
    m_hasReview = new QCheckBox(tr("Review by"), this);
    m_hasReview->setChecked(item.reviewBy.isValid());
    m_review = dateEdit(item.reviewBy.isValid() ? item.reviewBy : Clock::today().addYears(1), this);
    m_review->setObjectName(QStringLiteral("evidenceReviewBy"));
    form->addRow(tr("Expiry:"), optionalRow(m_hasReview, m_review));
    m_hasCovers = new QCheckBox(tr("Covers"), this);
    m_hasCovers->setChecked(item.coversFrom.isValid() || item.coversTo.isValid());
    m_coversFrom =
        dateEdit(item.coversFrom.isValid() ? item.coversFrom : Clock::today().addYears(-1), this);
    m_coversTo = dateEdit(item.coversTo, this);
    auto *covers = new QWidget(this);
    auto *coversRow = new QHBoxLayout(covers);
    coversRow->setContentsMargins(0, 0, 0, 0);
    coversRow->addWidget(m_coversFrom);
    coversRow->addWidget(new QLabel(tr("to"), covers));
    coversRow->addWidget(m_coversTo);
    form->addRow(tr("Period:"), optionalRow(m_hasCovers, covers));
    m_personal = new QCheckBox(tr("Contains personal data (left out of submission packs)"), this);
    m_personal->setObjectName(QStringLiteral("evidencePersonalData"));
    m_personal->setChecked(item.personalData);
    form->addRow(tr("Personal data:"), m_personal);

    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b83a2e;"));
    m_warning->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

EvidenceItem EvidenceDialog::item() const
{
    EvidenceItem e = m_item;
    e.title = m_title->text().trimmed();
    e.description = m_description->toPlainText().trimmed();
    e.owner = m_owner->text().trimmed();
    if (m_url)
        e.url = m_url->text().trimmed();
    if (m_statement)
        e.statement = m_statement->toPlainText().trimmed();
    e.documentDate = m_hasDate->isChecked() ? m_date->date() : QDate();
    e.reviewBy = m_hasReview->isChecked() ? m_review->date() : QDate();
    e.coversFrom = m_hasCovers->isChecked() ? m_coversFrom->date() : QDate();
    e.coversTo = m_hasCovers->isChecked() ? m_coversTo->date() : QDate();
    e.personalData = m_personal->isChecked();
    return e;
}

void EvidenceDialog::accept()
{
    const EvidenceItem e = item();
    QString problem;
    if (e.title.isEmpty())
        problem = tr("Give the evidence a title.");
    else if (m_url && e.url.isEmpty())
        problem = tr("Give the address of the linked document.");
    else if (m_statement && e.statement.isEmpty())
        problem = tr("Write the statement.");
    else if (m_hasCovers->isChecked() && e.coversTo < e.coversFrom)
        problem = tr("The period ends before it starts.");
    if (!problem.isEmpty()) {
        m_warning->setText(problem);
        m_warning->show();
        return;
    }
    const QList<std::pair<QString, QString>> typed{{tr("Title"), e.title},
                                                   {tr("Description"), e.description},
                                                   {tr("Owner"), e.owner},
                                                   {tr("Address"), e.url},
                                                   {tr("Statement"), e.statement}};
    if (!PersonalDataPrompt::confirmText(this, typed))
        return;
    // Kept although it looks like personal data: marked, so that packs leave it out.
    for (const auto &[label, text] : typed) {
        if (!PersonalDataGuard::scanText(text).findings.isEmpty())
            m_personal->setChecked(true);
    }
    QDialog::accept();
}
