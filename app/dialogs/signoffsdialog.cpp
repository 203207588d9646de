#include "signoffsdialog.h"

#include "commands/withdrawsignoffcommand.h"
#include "models/readresult.h"
#include "models/workspacedocument.h"
#include "workspace/signoffcoverage.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace seqohs;

SignOffsDialog::SignOffsDialog(WorkspaceDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Sign-offs"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("signOffTable"));
    m_table->setHorizontalHeaderLabels({tr("Covers"), tr("Signed by"), tr("Signed"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Sign-offs"));
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("signOffDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_owners = new QCheckBox(tr("Owners may sign off their &own assessments"), this);
    m_owners->setObjectName(QStringLiteral("ownersMaySignOff"));
    m_owners->setToolTip(tr("When unticked, a sign-off is refused if its signer owns any of the "
                            "assessments it covers."));
    if (const std::optional<bool> may = shown(document->workspace().ownersMaySignOff()))
        m_owners->setChecked(*may);
    m_owners->setEnabled(!document->workspace().isReadOnly());
    connect(m_owners, &QCheckBox::toggled, this, [this](bool on) {
        if (Status set = m_document->workspace().setOwnersMaySignOff(on); !set)
            m_document->reportErrors(set.errors());
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_withdraw = buttons->addButton(tr("&Withdraw"), QDialogButtonBox::ActionRole);
    m_withdraw->setEnabled(false);
    connect(m_withdraw, &QPushButton::clicked, this, &SignOffsDialog::withdrawSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SignOffsDialog::showDetail);
    connect(&document->workspace(), &Workspace::signOffsChanged, this, &SignOffsDialog::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_owners);
    layout->addWidget(buttons);
    reload();
    resize(760, 480);
}

void SignOffsDialog::reload()
{
    const std::optional<QList<SignOff>> all = shown(m_document->workspace().signOffs());
    m_signOffs = all.value_or(QList<SignOff>());
    const StandardsSet &set = m_document->workspace().standardsSet();
    m_table->setRowCount(int(m_signOffs.size()));
    int voided = 0;
    for (int row = 0; row < m_signOffs.size(); ++row) {
        const SignOff &s = m_signOffs.at(row);
        voided += s.isVoid() ? 1 : 0;
        const QStringList cells{SignOffCoverage::describe(set, s.scope, s.target), s.signer,
                                QLocale().toString(s.signedAt.toLocalTime(), QLocale::ShortFormat),
                                s.isVoid() ? tr("\u26a0 Void: changed since") : tr("\u2714 Holds")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 3)
                item->setForeground(s.isVoid() ? QColor(0x8f, 0x24, 0x19)
                                               : QColor(0x1f, 0x5c, 0x5f));
            m_table->setItem(row, column, item);
        }
    }
    m_summary->setText(
        m_signOffs.isEmpty()
            ? tr("No sign-offs yet. Sign off a criterion, a standard, a domain or the whole "
                 "self-assessment with Submission > Sign off.")
            : tr("%n sign-off(s); %1 void because what they cover changed after signing.", nullptr,
                 int(m_signOffs.size()))
                  .arg(voided));
    showDetail();
}

void SignOffsDialog::showDetail()
{
    const int row = m_table->currentRow();
    const bool any = row >= 0 && row < m_signOffs.size() && !m_table->selectedItems().isEmpty();
    m_withdraw->setEnabled(any && !m_document->workspace().isReadOnly());
    if (!any) {
        m_detail->setText(tr("Choose a sign-off to see what it covers and what changed since."));
        return;
    }
    const SignOff &s = m_signOffs.at(row);
    QString text;
    if (!s.comment.isEmpty())
        text += tr("Comment: %1").arg(s.comment).toHtmlEscaped() + QStringLiteral("<br>");
    if (!s.isVoid()) {
        text += tr("Holds: nothing it covers has changed since it was signed.").toHtmlEscaped();
    } else {
        const std::optional<QStringList> changes = shown(m_document->workspace().signOffChanges(s));
        text += QStringLiteral("<b>") + tr("What changed since the sign-off:").toHtmlEscaped() +
                QStringLiteral("</b><ul style='margin:0'>");
        for (const QString &c : changes.value_or(QStringList()))
            text += QStringLiteral("<li>") + c.toHtmlEscaped() + QStringLiteral("</li>");
        text += QStringLiteral("</ul>");
    }
    m_detail->setText(text);
}

void SignOffsDialog::withdrawSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_signOffs.size())
        return;
    m_document->undoStack()->push(new WithdrawSignOffCommand(m_document, m_signOffs.at(row)));
}
