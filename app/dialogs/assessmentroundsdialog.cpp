#include "assessmentroundsdialog.h"

#include "models/readresult.h"

#include "pack/assessmentrounds.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace seqohs;

AssessmentRoundsDialog::AssessmentRoundsDialog(const Workspace &workspace, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Assessment rounds"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("roundsTable"));
    m_table->setAccessibleName(tr("Findings per standard and round"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const QList<AssessmentRound> rounds =
        shown(AssessmentRounds::of(workspace)).value_or(QList<AssessmentRound>());
    const QList<AssessmentRounds::StandardRow> standards =
        AssessmentRounds::standards(workspace, rounds);
    if (rounds.isEmpty()) {
        m_summary->setText(tr("No submission pack has been made from this workspace yet."));
    } else {
        m_summary->setText(tr("%n round(s) with the assessor: the full pack, then each follow-up "
                              "pack, with the finding of the response to it.",
                              nullptr, int(rounds.size())));
    }
    QStringList headers;
    for (const AssessmentRound &r : rounds) {
        headers << (r.pack.kind == PackRecord::Kind::FollowUp
                        ? tr("Round %1 (follow-up)").arg(r.number)
                        : tr("Round %1 (full pack)").arg(r.number));
    }
    m_table->setColumnCount(int(rounds.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(standards.size()));
    QStringList rowHeaders;
    for (int row = 0; row < standards.size(); ++row) {
        const AssessmentRounds::StandardRow &s = standards.at(row);
        rowHeaders << s.standardCode;
        for (int column = 0; column < rounds.size(); ++column) {
            const AssessmentRound &r = rounds.at(column);
            auto *item = new QTableWidgetItem(
                r.response ? findingResultDisplayName(r.findingFor(s.standardId))
                           : tr("No response yet"));
            item->setToolTip(s.standardTitle);
            m_table->setItem(row, column, item);
        }
    }
    m_table->setVerticalHeaderLabels(rowHeaders);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    resize(760, 480);
}
