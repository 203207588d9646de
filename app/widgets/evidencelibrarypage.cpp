#include "evidencelibrarypage.h"

#include "models/evidencemodel.h"
#include "models/workspacedocument.h"
#include "statusicons.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace seqohs;

// Text in any column, plus the "show" choice.
class EvidenceLibraryPage::Filter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    Show show = Show::All;
    QString text;

    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        const auto currency =
            StatusIcons::Currency(first.data(EvidenceModel::CurrencyRole).toInt());
        switch (show) {
        case Show::All:
            break;
        case Show::Expired:
            if (currency != StatusIcons::Currency::Expired)
                return false;
            break;
        case Show::Expiring:
            if (currency != StatusIcons::Currency::ExpiringSoon)
                return false;
            break;
        case Show::Unused:
            if (!first.data(EvidenceModel::UsedByRole).toStringList().isEmpty())
                return false;
            break;
        case Show::Duplicates:
            if (!first.data(EvidenceModel::DuplicateRole).toBool())
                return false;
            break;
        }
        if (text.isEmpty())
            return true;
        for (int c = 0; c < sourceModel()->columnCount(parent); ++c) {
            if (sourceModel()
                    ->index(row, c, parent)
                    .data()
                    .toString()
                    .contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};

EvidenceLibraryPage::EvidenceLibraryPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("evidenceLibrary"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("evidenceSearch"));
    m_search->setPlaceholderText(tr("Filter evidence by title, owner, requirement\u2026"));
    m_search->setClearButtonEnabled(true);
    m_show = new QComboBox(this);
    m_show->addItem(tr("All evidence"), int(Show::All));
    m_show->addItem(tr("Expired"), int(Show::Expired));
    m_show->addItem(tr("Expiring before the visit"), int(Show::Expiring));
    m_show->addItem(tr("Not used by any requirement"), int(Show::Unused));
    m_show->addItem(tr("Duplicate content"), int(Show::Duplicates));
    auto *addFiles = new QPushButton(tr("Add files\u2026"), this);
    auto *addFolder = new QPushButton(tr("Add folder\u2026"), this);
    auto *edit = new QPushButton(tr("Edit\u2026"), this);
    auto *open = new QPushButton(tr("Open"), this);
    auto *exportButton = new QPushButton(tr("Save a copy\u2026"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    bar->addWidget(m_search, 2);
    bar->addWidget(m_show, 1);
    bar->addSpacing(12);
    for (QPushButton *b : {addFiles, addFolder, edit, open, exportButton, remove})
        bar->addWidget(b);
    layout->addLayout(bar);

    m_filter = new Filter(this);
    m_filter->setSortRole(EvidenceModel::SortRole);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("evidenceTable"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setWordWrap(false);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    m_details = new QLabel(side);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    sideLayout->addWidget(m_details);
    sideLayout->addWidget(new QLabel(tr("<b>Where used</b>"), side));
    m_whereUsed = new QListWidget(side);
    m_whereUsed->setObjectName(QStringLiteral("whereUsed"));
    sideLayout->addWidget(m_whereUsed, 1);

    auto *split = new QSplitter(this);
    split->addWidget(m_view);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    m_count = new QLabel(this);
    m_count->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, &EvidenceLibraryPage::setFilterText);
    connect(m_show, &QComboBox::activated, this,
            [this] { setShow(Show(m_show->currentData().toInt())); });
    connect(addFiles, &QPushButton::clicked, this, &EvidenceLibraryPage::addFilesRequested);
    connect(addFolder, &QPushButton::clicked, this, &EvidenceLibraryPage::addFolderRequested);
    auto current = [this]() -> qint64 {
        const QList<qint64> ids = selectedIds();
        return ids.isEmpty() ? 0 : ids.first();
    };
    connect(edit, &QPushButton::clicked, this, [this, current] {
        if (const qint64 id = current())
            emit editRequested(id);
    });
    connect(open, &QPushButton::clicked, this, [this, current] {
        if (const qint64 id = current())
            emit openRequested(id);
    });
    connect(exportButton, &QPushButton::clicked, this, [this, current] {
        if (const qint64 id = current())
            emit exportRequested(id);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (!ids.isEmpty())
            emit removeRequested(ids);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit editRequested(index.data(EvidenceModel::EvidenceIdRole).toLongLong());
    });
    connect(m_whereUsed, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit itemActivated(item->data(Qt::UserRole).toString());
    });
}

void EvidenceLibraryPage::setDocument(WorkspaceDocument *document)
{
    m_document = document;
    m_filter->setSourceModel(nullptr);
    delete m_model;
    m_model = nullptr;
    if (!document)
        return;
    m_model = new EvidenceModel(&document->workspace(), this);
    m_filter->setSourceModel(m_model);
    m_model->setReadiness(document->readiness());
    connect(document, &WorkspaceDocument::readinessChanged, m_model, [this] {
        m_model->setReadiness(m_document->readiness());
        updateWhereUsed();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EvidenceLibraryPage::updateWhereUsed);
    auto updateCount = [this] {
        m_count->setText(
            tr("%1 of %2 evidence items shown").arg(m_filter->rowCount()).arg(m_model->rowCount()));
    };
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, updateCount);
    updateCount();
    QHeaderView *h = m_view->horizontalHeader();
    // The title gets room to be read; "used by" takes what is left and elides.
    for (int c = EvidenceModel::KindColumn; c < EvidenceModel::ColumnCount; ++c)
        h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(EvidenceModel::TitleColumn, QHeaderView::Interactive);
    h->resizeSection(EvidenceModel::TitleColumn, 300);
    h->setSectionResizeMode(EvidenceModel::UsedByColumn, QHeaderView::Interactive);
    h->resizeSection(EvidenceModel::UsedByColumn, 180);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->sortByColumn(EvidenceModel::ReviewByColumn, Qt::AscendingOrder);
    updateWhereUsed();
}

QList<qint64> EvidenceLibraryPage::selectedIds() const
{
    QList<qint64> ids;
    if (!m_view->selectionModel())
        return ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        ids << i.data(EvidenceModel::EvidenceIdRole).toLongLong();
    return ids;
}

void EvidenceLibraryPage::selectEvidence(qint64 id)
{
    if (!m_model)
        return;
    const int row = m_model->rowForId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
}

void EvidenceLibraryPage::setShow(Show show)
{
    m_filter->show = show;
    m_show->setCurrentIndex(m_show->findData(int(show)));
    m_filter->refilter();
}

void EvidenceLibraryPage::setFilterText(const QString &text)
{
    m_filter->text = text.trimmed();
    if (m_search->text() != text)
        m_search->setText(text);
    m_filter->refilter();
}

int EvidenceLibraryPage::visibleRows() const
{
    return m_filter->rowCount();
}

void EvidenceLibraryPage::updateWhereUsed()
{
    m_whereUsed->clear();
    m_details->clear();
    const QList<qint64> ids = selectedIds();
    if (!m_document || ids.isEmpty()) {
        m_details->setText(tr("Select evidence to see its details and where it is used."));
        return;
    }
    const Workspace &ws = m_document->workspace();
    const std::optional<EvidenceItem> e = ws.evidenceItem(ids.first());
    if (!e)
        return;
    const QLocale locale;
    QString html = QStringLiteral("<b>%1</b><br>").arg(e->title.toHtmlEscaped());
    if (!e->description.isEmpty())
        html += e->description.toHtmlEscaped() + QStringLiteral("<br>");
    if (e->kind == EvidenceItem::Kind::File)
        html += tr("File %1, %2, version %3")
                    .arg(e->fileName.toHtmlEscaped(), locale.formattedDataSize(e->size))
                    .arg(e->version) +
                QStringLiteral("<br>");
    if (e->kind == EvidenceItem::Kind::Link)
        html += e->url.toHtmlEscaped() + QStringLiteral("<br>");
    if (e->documentDate.isValid())
        html += tr("Dated %1").arg(locale.toString(e->documentDate, QLocale::ShortFormat)) +
                QStringLiteral("<br>");
    if (e->reviewBy.isValid())
        html += tr("Review by %1").arg(locale.toString(e->reviewBy, QLocale::ShortFormat)) +
                QStringLiteral("<br>");
    if (!e->owner.isEmpty())
        html += tr("Owner: %1").arg(e->owner.toHtmlEscaped());
    m_details->setText(html);
    const StandardsSet &set = ws.standardsSet();
    for (const EvidenceLink &l : ws.linksFor(e->id)) {
        const std::optional<AssessableItem> a = set.findAssessable(l.itemId);
        auto *item =
            new QListWidgetItem(a ? a->code + QLatin1Char(' ') + a->title : l.itemId, m_whereUsed);
        item->setData(Qt::UserRole, l.itemId);
    }
    if (m_whereUsed->count() == 0)
        m_whereUsed->addItem(tr("Not used by any requirement yet."));
}
