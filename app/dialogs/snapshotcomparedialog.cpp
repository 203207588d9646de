#include "snapshotcomparedialog.h"

#include "reporting/snapshotdifftext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace seqohs;

SnapshotCompareDialog::SnapshotCompareDialog(const QList<Snapshot> &saved, const Snapshot &now,
                                             QWidget *parent)
    : QDialog(parent)
    , m_snapshots(saved)
{
    setObjectName(QStringLiteral("snapshotCompareDialog"));
    setWindowTitle(tr("Compare snapshots"));
    m_snapshots << now;
    m_from = new QComboBox(this);
    m_to = new QComboBox(this);
    for (int i = 0; i < m_snapshots.size(); ++i) {
        const Snapshot &s = m_snapshots.at(i);
        const QString label =
            i == m_snapshots.size() - 1
                ? tr("Now")
                : tr("%1 (%2)").arg(s.name, QLocale().toString(s.created.toLocalTime().date(),
                                                               QLocale::ShortFormat));
        m_from->addItem(label, i);
        m_to->addItem(label, i);
    }
    // The most recent snapshot against today: the question asked before an annual return.
    m_from->setCurrentIndex(qMax(0, int(m_snapshots.size()) - 2));
    m_to->setCurrentIndex(int(m_snapshots.size()) - 1);

    m_text = new QPlainTextEdit(this);

    m_text->setTabChangesFocus(true);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Differences"));

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QComboBox::currentIndexChanged, this, &SnapshotCompareDialog::compare);
    connect(m_to, &QComboBox::currentIndexChanged, this, &SnapshotCompareDialog::compare);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    compare();
    resize(760, 560);
}

QString SnapshotCompareDialog::text() const
{
    return m_text->toPlainText();
}

void SnapshotCompareDialog::compare()
{
    const Snapshot &a = m_snapshots.at(m_from->currentData().toInt());
    const Snapshot &b = m_snapshots.at(m_to->currentData().toInt());
    m_text->setPlainText(SnapshotDiffText::text(SnapshotDiff::compare(a, b)));
}
