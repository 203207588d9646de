#include "evidencetargetdialog.h"

#include "catalogue/standardsset.h"
#include "common/clock.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace seqohs;

EvidenceTargetDialog::EvidenceTargetDialog(const StandardsSet &set, const QStringList &preselected,
                                           const QString &what, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("evidenceTargetDialog"));
    setWindowTitle(tr("Add evidence"));
    auto *intro = new QLabel(what, this);
    intro->setWordWrap(true);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search criteria by code or title"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Criteria this evidence serves:"), this);
    searchLabel->setBuddy(m_search);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Criteria"));
    for (const AssessableItem &a : set.assessables()) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2").arg(a.code.isEmpty() ? a.id : a.code, a.title), m_list);
        item->setData(Qt::UserRole, a.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(preselected.contains(a.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_count = new QLabel(this);

    m_expires = new QCheckBox(tr("&Review by:"), this);
    m_reviewBy = new QDateEdit(Clock::today().addYears(1), this);
    m_reviewBy->setCalendarPopup(true);
    m_reviewBy->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_reviewBy->setAccessibleName(tr("Review-by date"));
    m_reviewBy->setEnabled(false);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_expires);
    dateRow->addWidget(m_reviewBy);
    dateRow->addStretch(1);
    auto *dateNote =
        new QLabel(tr("Leave it unticked for evidence that does not go out of date."), this);
    dateNote->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_expires, &QCheckBox::toggled, m_reviewBy, &QWidget::setEnabled);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setHidden(
                !m_list->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
    });
    connect(m_list, &QListWidget::itemChanged, this, &EvidenceTargetDialog::updateCount);
    // Space ticks the current row; Enter in the search box ticks the only match left.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        QListWidgetItem *only = nullptr;
        int shown = 0;
        for (int i = 0; i < m_list->count(); ++i) {
            if (!m_list->item(i)->isHidden()) {
                only = m_list->item(i);
                ++shown;
            }
        }
        if (shown == 1)
            only->setCheckState(Qt::Checked);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addLayout(dateRow);
    layout->addWidget(dateNote);
    layout->addWidget(buttons);
    updateCount();
    resize(560, 520);
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            m_list->scrollToItem(m_list->item(i));
            m_list->setCurrentRow(i);
            break;
        }
    }
    m_search->setFocus();
}

QStringList EvidenceTargetDialog::itemIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toString();
    }
    return ids;
}

QDate EvidenceTargetDialog::reviewBy() const
{
    return m_expires->isChecked() ? m_reviewBy->date() : QDate();
}

void EvidenceTargetDialog::updateCount()
{
    const qsizetype n = itemIds().size();
    m_count->setText(n == 0   ? tr("No criterion chosen: the evidence goes into the library "
                                     "unlinked, and you can link it later.")
                     : n == 1 ? tr("One criterion chosen.")
                              : tr("%1 criteria chosen.").arg(n));
}
