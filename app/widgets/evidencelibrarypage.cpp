#include "evidencelibrarypage.h"
#include "models/readresult.h"

#include "models/evidencemodel.h"
#include "models/workspacedocument.h"
#include "palettes.h"
#include "statusicons.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringMatcher>
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

    void refilter()
    {
        // Folded once here, not once per row: at 50,000 rows that was most of a filter.
        m_folded.setPattern(text.toCaseFolded());
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        auto currency = [&] {
            return StatusIcons::Currency(first.data(EvidenceModel::CurrencyRole).toInt());
        };
        switch (show) {
        case Show::All:
            break;
        case Show::Expired:
            if (currency() != StatusIcons::Currency::Expired)
                return false;
            break;
        case Show::Expiring:
            if (currency() != StatusIcons::Currency::ExpiringSoon)
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
        return static_cast<const EvidenceModel *>(sourceModel())->contains(row, m_folded);
    }
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        return static_cast<const EvidenceModel *>(sourceModel())
            ->lessThan(left.row(), right.row(), left.column());
    }

private:
    QStringMatcher m_folded;
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
    m_search->setPlaceholderText(tr("Filter by title, owner, criterion\u2026"));
    m_search->setAccessibleName(tr("Filter evidence"));
    m_search->setClearButtonEnabled(true);
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("evidenceShow"));
    m_show->addItem(tr("All evidence"), int(Show::All));
    m_show->addItem(tr("Expired"), int(Show::Expired));
    m_show->addItem(tr("Expiring before the visit"), int(Show::Expiring));
    m_show->addItem(tr("Not linked to any criterion"), int(Show::Unused));
    m_show->addItem(tr("Duplicate content"), int(Show::Duplicates));
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_show);
    m_show->setAccessibleName(tr("Show"));
    auto *addFiles = new QPushButton(tr("Add files\u2026"), this);
    auto *addFolder = new QPushButton(tr("Add folder\u2026"), this);
    m_editButton = new QPushButton(tr("Edit\u2026"), this);
    m_openButton = new QPushButton(tr("Open"), this);
    m_previewButton = new QPushButton(tr("Preview"), this);
    m_exportButton = new QPushButton(tr("Save a copy\u2026"), this);
    m_removeButton = new QPushButton(tr("Remove"), this);
    bar->addWidget(m_search, 2);
    bar->addWidget(showLabel);
    bar->addWidget(m_show, 1);
    layout->addLayout(bar);
    // The buttons get a row of their own so the page fits a narrow window or a large scale.
    auto *buttons = new QHBoxLayout;
    // Buttons are named by their text.
    for (QPushButton *b : {addFiles, addFolder, m_editButton, m_previewButton, m_openButton,
                           m_exportButton, m_removeButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_filter = new Filter(this);
    m_filter->setSortRole(EvidenceModel::SortRole);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("evidenceTable"));
    m_view->setAccessibleName(tr("Evidence"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->installEventFilter(this);

    // What the table's rows offer, on the right-click menu as on the buttons.
    m_openAction = new QAction(tr("Open"), this);
    // A PDF or an image shown inside the program, read from the workspace (Space, as in file
    // managers).
    m_previewAction = new QAction(tr("Preview"), this);
    m_previewAction->setShortcut(QKeySequence(Qt::Key_Space));
    m_previewAction->setShortcutContext(Qt::WidgetShortcut);
    m_editAction = new QAction(tr("Edit\u2026"), this);
    m_exportAction = new QAction(tr("Save a copy\u2026"), this);
    m_whereUsedAction = new QAction(tr("Show where used"), this);
    m_goToAction = new QAction(tr("Go to criterion"), this);
    m_removeAction = new QAction(tr("Remove"), this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    auto separator = [this] {
        auto *s = new QAction(this);
        s->setSeparator(true);
        return s;
    };
    m_view->addActions({m_previewAction, m_openAction, m_editAction, m_exportAction, separator(),
                        m_whereUsedAction, m_goToAction, separator(), m_removeAction});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Instead of an empty table: what to do next.
    auto *emptyPage = new QWidget(this);
    // The message wraps to the room the table had; it must not widen the splitter's side.
    emptyPage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->setContentsMargins(24, 24, 24, 24);
    m_empty = new QLabel(emptyPage);
    m_empty->setObjectName(QStringLiteral("evidenceEmptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_clearFilter = new QPushButton(tr("Clear the filter"), emptyPage);
    m_clearFilter->setObjectName(QStringLiteral("evidenceClearFilter"));
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_empty);
    emptyLayout->addWidget(m_clearFilter, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_tableOrEmpty = new QStackedWidget(this);
    m_tableOrEmpty->addWidget(m_view);
    m_tableOrEmpty->addWidget(emptyPage);

    m_side = new QWidget(this);
    QWidget *side = m_side;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    m_details = new QLabel(side);
    m_details->setObjectName(QStringLiteral("evidenceDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    sideLayout->addWidget(m_details);
    auto *whereUsedLabel = new QLabel(tr("&Where used"), side);
    QFont bold = whereUsedLabel->font();
    bold.setBold(true);
    whereUsedLabel->setFont(bold);
    sideLayout->addWidget(whereUsedLabel);
    m_whereUsed = new QListWidget(side);
    m_whereUsed->setObjectName(QStringLiteral("whereUsed"));
    m_whereUsed->setAccessibleName(tr("Where used"));
    whereUsedLabel->setBuddy(m_whereUsed);
    sideLayout->addWidget(m_whereUsed, 1);

    auto *split = new QSplitter(this);
    split->addWidget(m_tableOrEmpty);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("evidenceCount"));
    Palettes::makeSecondary(m_count);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, &EvidenceLibraryPage::setFilterText);
    connect(m_show, &QComboBox::activated, this,
            [this] { setShow(Show(m_show->currentData().toInt())); });
    connect(addFiles, &QPushButton::clicked, this, &EvidenceLibraryPage::addFilesRequested);
    connect(addFolder, &QPushButton::clicked, this, &EvidenceLibraryPage::addFolderRequested);
    connect(m_editButton, &QPushButton::clicked, m_editAction, &QAction::trigger);
    connect(m_openButton, &QPushButton::clicked, m_openAction, &QAction::trigger);
    connect(m_previewButton, &QPushButton::clicked, m_previewAction, &QAction::trigger);
    connect(m_previewAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            emit previewRequested(id);
    });
    connect(m_exportButton, &QPushButton::clicked, m_exportAction, &QAction::trigger);
    connect(m_removeButton, &QPushButton::clicked, m_removeAction, &QAction::trigger);
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            emit editRequested(id);
    });
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            emit openRequested(id);
    });
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            emit exportRequested(id);
    });
    connect(m_removeAction, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (!ids.isEmpty())
            emit removeRequested(ids);
    });
    connect(m_whereUsedAction, &QAction::triggered, this, [this] {
        m_whereUsed->setFocus(Qt::OtherFocusReason);
        if (m_whereUsed->count() > 0)
            m_whereUsed->setCurrentRow(0);
    });
    connect(m_goToAction, &QAction::triggered, this, [this] {
        const QString itemId = firstUsedBy();
        if (!itemId.isEmpty())
            emit itemActivated(itemId);
    });
    connect(m_clearFilter, &QPushButton::clicked, this, &EvidenceLibraryPage::clearFilter);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit editRequested(index.data(EvidenceModel::EvidenceIdRole).toLongLong());
    });
    connect(m_whereUsed, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString itemId = item->data(Qt::UserRole).toString();
        if (!itemId.isEmpty())
            emit itemActivated(itemId);
    });
    // The view keeps its proxy, and with it its selection model, for the page's lifetime: these
    // connections are made once, never per workspace.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateWhereUsed();
        updateActions();
    });
    auto rowsChanged = [this] {
        updateCount();
        updateEmptyState();
        updateActions();
    };
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, rowsChanged);
    updateCount();
    updateEmptyState();
    updateActions();
    updateWhereUsed();
}

void EvidenceLibraryPage::setDocument(WorkspaceDocument *document)
{
    for (const QMetaObject::Connection &c : std::as_const(m_documentConnections))
        disconnect(c);
    m_documentConnections.clear();
    m_document = document;
    EvidenceModel *old = m_model;
    m_model = nullptr; // the proxy's reset below must not reach the model being replaced
    m_filter->setSourceModel(nullptr);
    if (document) {
        m_model = new EvidenceModel(&document->workspace(), &document->scoringInput(), this);
        m_model->setReadiness(document->readiness());
        // Sorted by review-by date, chosen before the rows arrive so that they are sorted once
        // and not first by the column the view sorted by before.
        m_view->sortByColumn(EvidenceModel::ReviewByColumn, Qt::AscendingOrder);
    }
    m_filter->setSourceModel(m_model);
    delete old;
    if (document) {
        m_documentConnections << connect(document, &WorkspaceDocument::readinessChanged, this,
                                         [this] {
                                             if (!m_model || !m_document)
                                                 return;
                                             m_model->setReadiness(m_document->readiness());
                                             updateWhereUsed();
                                             updateActions();
                                         });
        QHeaderView *h = m_view->horizontalHeader();
        // The title gets room to be read; "used by" takes what is left and elides. The other
        // columns are fitted to their contents once, here: fitting them at every sort and
        // filter measured a thousand rows each time, most of the cost of a sort.
        h->setResizeContentsPrecision(200);
        for (int c = EvidenceModel::KindColumn; c < EvidenceModel::ColumnCount; ++c) {
            h->setSectionResizeMode(c, QHeaderView::Interactive);
            m_view->resizeColumnToContents(c);
        }
        h->setSectionResizeMode(EvidenceModel::TitleColumn, QHeaderView::Interactive);
        h->resizeSection(EvidenceModel::TitleColumn, 300);
        h->setSectionResizeMode(EvidenceModel::UsedByColumn, QHeaderView::Interactive);
        h->resizeSection(EvidenceModel::UsedByColumn, 180);
    }
    updateCount();
    updateEmptyState();
    updateActions();
    updateWhereUsed();
}

QList<qint64> EvidenceLibraryPage::selectedIds() const
{
    QList<qint64> ids;
    if (!m_model || !m_view->selectionModel())
        return ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        ids << i.data(EvidenceModel::EvidenceIdRole).toLongLong();
    return ids;
}

qint64 EvidenceLibraryPage::currentId() const
{
    const QList<qint64> ids = selectedIds();
    return ids.isEmpty() ? 0 : ids.first();
}

QString EvidenceLibraryPage::firstUsedBy() const
{
    if (!m_model || !m_view->selectionModel())
        return {};
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QStringList usedBy = rows.first().data(EvidenceModel::UsedByRole).toStringList();
    return usedBy.isEmpty() ? QString() : usedBy.first();
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
    updateCount();
    updateEmptyState();
}

void EvidenceLibraryPage::setFilterText(const QString &text)
{
    // The search box calls back here when its text changes: filter once, then.
    if (m_search->text() != text) {
        m_search->setText(text);
        return;
    }
    m_filter->text = text.trimmed();
    m_filter->refilter();
    updateCount();
    updateEmptyState();
}

void EvidenceLibraryPage::clearFilter()
{
    setFilterText(QString());
    setShow(Show::All);
}

int EvidenceLibraryPage::visibleRows() const
{
    return m_filter->rowCount();
}

QString EvidenceLibraryPage::countText() const
{
    return m_count->text();
}

QString EvidenceLibraryPage::emptyStateText() const
{
    return m_tableOrEmpty->currentWidget() == m_view ? QString() : m_empty->text();
}

void EvidenceLibraryPage::updateCount()
{
    if (!m_model) {
        m_count->clear();
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_count->setText(tr("%1 of %n evidence item(s) shown", nullptr, total).arg(shown));
}

void EvidenceLibraryPage::updateEmptyState()
{
    QString text;
    bool offerClear = false;
    if (!m_model) {
        text = tr("No workspace is open.");
    } else if (m_model->rowCount() == 0) {
        text = tr("No evidence yet.\n\nAdd files with \u201cAdd files\u2026\u201d above, or drop "
                  "files on a criterion on the Assessment page.");
    } else if (m_filter->rowCount() == 0) {
        text = m_filter->text.isEmpty()
                   ? tr("No evidence matches \u201c%1\u201d.").arg(m_show->currentText())
                   : tr("No evidence matches \u201c%1\u201d.").arg(m_filter->text);
        text += QLatin1Char(' ') + tr("Clear the filter to see all evidence.");
        offerClear = true;
    }
    m_empty->setText(text);
    m_clearFilter->setVisible(offerClear);
    // Details and "where used" have nothing to say until there is evidence.
    m_side->setVisible(m_model && m_model->rowCount() > 0);
    m_tableOrEmpty->setCurrentIndex(text.isEmpty() ? 0 : 1);
}

void EvidenceLibraryPage::updateActions()
{
    const QModelIndexList rows = m_model && m_view->selectionModel()
                                     ? m_view->selectionModel()->selectedRows()
                                     : QModelIndexList();
    const bool any = !rows.isEmpty();
    const bool file =
        any && EvidenceItem::Kind(rows.first().data(EvidenceModel::KindRole).toInt()) ==
                   EvidenceItem::Kind::File;
    m_editAction->setEnabled(any);
    m_openAction->setEnabled(any);
    m_previewAction->setEnabled(file);
    // Only a file has content to save; a link or statement is copied from its editor.
    m_exportAction->setEnabled(file);
    m_removeAction->setEnabled(any);
    m_whereUsedAction->setEnabled(any);
    m_goToAction->setEnabled(!firstUsedBy().isEmpty());
    m_editButton->setEnabled(any);
    m_openButton->setEnabled(any);
    m_previewButton->setEnabled(file);
    m_exportButton->setEnabled(file);
    m_removeButton->setEnabled(any);
}

bool EvidenceLibraryPage::eventFilter(QObject *watched, QEvent *event)
{
    // In the table, Delete removes the selected rows: the table claims the key before any
    // shortcut of the window can take it, then acts on it.
    if (watched == m_view &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete)) {
            event->accept();
            if (event->type() == QEvent::KeyPress && m_removeAction->isEnabled())
                m_removeAction->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
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
    const std::optional<EvidenceItem> e = found(ws.evidenceItem(ids.first()));
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
    for (const EvidenceLink &l : shown(ws.linksFor(e->id)).value_or(QList<EvidenceLink>())) {
        const std::optional<AssessableItem> a = set.findAssessable(l.itemId);
        auto *item =
            new QListWidgetItem(a ? a->code + QLatin1Char(' ') + a->title : l.itemId, m_whereUsed);
        item->setData(Qt::UserRole, l.itemId);
    }
    if (m_whereUsed->count() == 0)
        m_whereUsed->addItem(tr("Not linked to any criterion yet."));
}
