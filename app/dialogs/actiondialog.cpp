#include "actiondialog.h"

#include "personaldataprompt.h"

#include "common/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace seqohs;

ActionDialog::ActionDialog(const Action &action, const StandardsSet &set, bool isNew,
                           QWidget *parent)
    : QDialog(parent)
    , m_action(action)
{
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(isNew ? tr("Add an action") : tr("Edit action"));
    m_text = new QPlainTextEdit(action.text, this);
    m_text->setTabChangesFocus(true);
    m_text->setObjectName(QStringLiteral("actionText"));
    m_text->setPlaceholderText(tr("What must be done to close the gap"));
    m_text->setMaximumHeight(90);
    // Tab moves on to the next field, as in every other form; an action needs no tab stops.
    m_text->setTabChangesFocus(true);
    m_item = new QComboBox(this);
    m_item->addItem(tr("(No particular criterion)"), QString());
    // Each standard, then its criteria: an action concerns one criterion or a whole standard
    // (as an assessor's required action does).
    for (const Domain &domain : set.domains) {
        for (const Standard &standard : domain.standards) {
            QString label = standard.code + QLatin1Char(' ') + standard.title;
            if (!standard.criteria.isEmpty())
                label += QLatin1Char(' ') + tr("(whole standard)");
            m_item->addItem(label, standard.id);
            for (const Criterion &criterion : standard.criteria)
                m_item->addItem(QStringLiteral("    ") + criterion.code + QLatin1Char(' ') +
                                    criterion.title,
                                criterion.id);
        }
    }
    m_item->setCurrentIndex(qMax(0, m_item->findData(action.itemId)));
    m_owner = new QLineEdit(action.owner, this);
    m_hasDue = new QCheckBox(tr("D&ue on"), this);
    m_hasDue->setChecked(action.due.isValid() || isNew);
    m_due = new QDateEdit(action.due.isValid() ? action.due : Clock::today().addMonths(1), this);
    m_due->setCalendarPopup(true);
    m_due->setAccessibleName(tr("Due date"));
    m_due->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_status = new QComboBox(this);
    m_status->addItem(tr("Open"), int(Action::Status::Open));
    m_status->addItem(tr("In progress"), int(Action::Status::InProgress));
    m_status->addItem(tr("Done"), int(Action::Status::Done));
    m_status->setCurrentIndex(m_status->findData(int(action.status)));
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    m_due->setEnabled(m_hasDue->isChecked());
    // How it repeats: completing an occurrence makes the next one.
    m_repeat = new QComboBox(this);
    m_repeat->setAccessibleName(tr("Repeats"));
    m_repeat->addItem(tr("Does not repeat"), int(Recurrence::Kind::None));
    m_repeat->addItem(tr("Every few months"), int(Recurrence::Kind::EveryMonths));
    m_repeat->addItem(tr("Every year on a date"), int(Recurrence::Kind::Yearly));
    m_months = new QSpinBox(this);
    m_months->setRange(1, 60);
    m_months->setSuffix(tr(" months"));
    m_months->setAccessibleName(tr("Repeat every how many months"));
    m_months->setValue(action.recurrence.kind() == Recurrence::Kind::EveryMonths
                           ? action.recurrence.months()
                           : 12);
    m_yearlyDay = new QDateEdit(this);
    m_yearlyDay->setDisplayFormat(QStringLiteral("d MMMM"));
    m_yearlyDay->setAccessibleName(tr("Repeat every year on"));
    // A leap year, so that 29 February can be chosen.
    m_yearlyDay->setDateRange(QDate(2024, 1, 1), QDate(2024, 12, 31));
    const QDate dueDay = action.due.isValid() ? action.due : Clock::today();
    m_yearlyDay->setDate(action.recurrence.kind() == Recurrence::Kind::Yearly
                             ? QDate(2024, action.recurrence.month(), action.recurrence.day())
                             : QDate(2024, dueDay.month(), qMin(dueDay.day(), 28)));
    m_repeat->setCurrentIndex(m_repeat->findData(int(action.recurrence.kind())));
    auto *repeatRow = new QHBoxLayout;
    repeatRow->addWidget(m_repeat);
    repeatRow->addWidget(m_months);
    repeatRow->addWidget(m_yearlyDay, 1);
    const auto showRepeat = [this] {
        const auto kind = Recurrence::Kind(m_repeat->currentData().toInt());
        m_months->setVisible(kind == Recurrence::Kind::EveryMonths);
        m_yearlyDay->setVisible(kind == Recurrence::Kind::Yearly);
    };
    connect(m_repeat, &QComboBox::currentIndexChanged, this, showRepeat);
    showRepeat();

    auto *form = new QFormLayout;
    form->addRow(tr("&Action:"), m_text);
    form->addRow(tr("&Criterion:"), m_item);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("Due:"), dueRow);
    form->addRow(tr("&Status:"), m_status);
    // A label for a row of several widgets takes its mnemonic only with a buddy.
    auto *repeatLabel = new QLabel(tr("&Repeats:"), this);
    repeatLabel->setBuddy(m_repeat);
    form->addRow(repeatLabel, repeatRow);
    m_warning = new QLabel(this);
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

Action ActionDialog::action() const
{
    Action a = m_action;
    a.text = m_text->toPlainText().trimmed();
    a.itemId = m_item->currentData().toString();
    a.owner = m_owner->text().trimmed();
    a.due = m_hasDue->isChecked() ? m_due->date() : QDate();
    const auto status = Action::Status(m_status->currentData().toInt());
    if (status == Action::Status::Done && a.status != Action::Status::Done)
        a.completed = Clock::today();
    if (status != Action::Status::Done)
        a.completed = QDate();
    a.status = status;
    switch (Recurrence::Kind(m_repeat->currentData().toInt())) {
    case Recurrence::Kind::None:
        a.recurrence = Recurrence();
        break;
    case Recurrence::Kind::EveryMonths:
        a.recurrence = Recurrence::everyMonths(m_months->value());
        break;
    case Recurrence::Kind::Yearly:
        a.recurrence = Recurrence::yearlyOn(m_yearlyDay->date().month(), m_yearlyDay->date().day());
        break;
    }
    return a;
}

void ActionDialog::accept()
{
    if (m_text->toPlainText().trimmed().isEmpty()) {
        m_warning->setText(tr("Say what the action is."));
        m_warning->show();
        return;
    }
    if (!PersonalDataPrompt::confirmText(
            this, {{tr("Action"), m_text->toPlainText()}, {tr("Owner"), m_owner->text()}}))
        return;
    QDialog::accept();
}
