#include "pickevidencedialog.h"
#include "models/readresult.h"

#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QVBoxLayout>

using namespace seqohs;

PickEvidenceDialog::PickEvidenceDialog(const Workspace &workspace, const QString &excludeLinkedTo,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pickEvidenceDialog"));
    setWindowTitle(tr("Use existing evidence"));
    QSet<qint64> linked;
    for (const EvidenceLink &l : shown(workspace.links()).value_or(QList<EvidenceLink>())) {
        if (l.itemId == excludeLinkedTo)
            linked.insert(l.evidenceId);
    }
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (const EvidenceItem &e : shown(workspace.evidence()).value_or(QList<EvidenceItem>())) {
        if (linked.contains(e.id))
            continue;
        auto *item = new QListWidgetItem(e.title, m_list);
        item->setData(Qt::UserRole, e.id);
        item->setToolTip(e.description);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setHidden(
                !m_list->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 480);
}

QList<qint64> PickEvidenceDialog::selectedIds() const
{
    QList<qint64> ids;
    const QList<QListWidgetItem *> items = m_list->selectedItems();
    for (QListWidgetItem *i : items)
        ids << i->data(Qt::UserRole).toLongLong();
    return ids;
}
