#include "conflictdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

// A value as it is shown beside its choice: long narratives wrap, an empty one says so.
QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text.isEmpty() ? ConflictDialog::tr("(empty)") : text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    label->setMinimumWidth(280);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

} // namespace

ConflictDialog::ConflictDialog(const QString &subject, const QList<Choice> &choices,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Someone else changed %1").arg(subject));
    auto *intro = new QLabel(
        tr("Someone else saved a change to %1 since you opened it, in the same fields as "
           "yours. Choose which to keep for each; what either of you changed anywhere else is "
           "kept.")
            .arg(subject),
        this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Field</b>"), this), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Yours</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Theirs, as saved</b>"), this), 0, 2);
    int row = 1;
    for (const Choice &choice : choices) {
        const QString &name = choice.name;
        auto *group = new QButtonGroup(this);
        auto *keepMine = new QRadioButton(tr("Keep mine"), this);
        auto *takeTheirs = new QRadioButton(tr("Take theirs"), this);
        keepMine->setAccessibleName(tr("Keep my %1").arg(name.toLower()));
        takeTheirs->setAccessibleName(tr("Take their %1").arg(name.toLower()));
        keepMine->setObjectName(QStringLiteral("keepMine%1").arg(row));
        takeTheirs->setObjectName(QStringLiteral("takeTheirs%1").arg(row));
        group->addButton(keepMine);
        group->addButton(takeTheirs);
        keepMine->setChecked(true);
        grid->addWidget(new QLabel(name, this), row * 2 - 1, 0, 2, 1, Qt::AlignTop);
        grid->addWidget(valueLabel(choice.mine, this), row * 2 - 1, 1);
        grid->addWidget(valueLabel(choice.theirs, this), row * 2 - 1, 2);
        grid->addWidget(keepMine, row * 2, 1);
        grid->addWidget(takeTheirs, row * 2, 2);
        m_theirs << qMakePair(choice.place, takeTheirs);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Save my choice"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addStretch();
    layout->addWidget(buttons);
}

QList<int> ConflictDialog::takeTheirs() const
{
    QList<int> fields;
    for (const auto &[field, button] : m_theirs) {
        if (button->isChecked())
            fields << field;
    }
    return fields;
}
