#pragma once

#include <QWidget>

class NavigatorFilter;
class NavigatorModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;
class WorkspaceDocument;

// The navigator: the standards tree with its filter bar.
class NavigatorPane : public QWidget
{
    Q_OBJECT
public:
    explicit NavigatorPane(QWidget *parent = nullptr);

    void setDocument(WorkspaceDocument *document);
    NavigatorModel *model() const { return m_model; }
    NavigatorFilter *filter() const { return m_filter; }
    QTreeView *view() const { return m_view; }

    // Selects the node (and shows it), clearing filters that would hide it.
    void selectId(const QString &id);
    QString currentItemId() const;
    void focusSearch();
    // Shows only the items that need re-confirmation after a move (or everything again).
    void showReconfirmationQueue(bool on);
    // Shows only the items assigned to the person working (Workspace::person), or everything.
    void showMyItems(bool on);
    bool showsMyItems() const;
    // Empties the search box and unticks every filter.
    void clearFilters();

Q_SIGNALS:
    void itemSelected(const QString &itemId); // an assessable item; empty for other nodes
    void myItemsShown(bool on);

private:
    void updateEmptyState();
    void updateBlockerCount();
    void updateMyItems();

    WorkspaceDocument *m_document = nullptr;
    NavigatorModel *m_model = nullptr;
    NavigatorFilter *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_result = nullptr;
    QCheckBox *m_must = nullptr;
    QCheckBox *m_noEvidence = nullptr;
    QCheckBox *m_expiring = nullptr;
    QCheckBox *m_reconfirm = nullptr;
    QCheckBox *m_blockers = nullptr;
    QCheckBox *m_mine = nullptr;
    QWidget *m_empty = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_clear = nullptr;
};
