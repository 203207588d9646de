#pragma once

#include <QList>
#include <QMetaObject>
#include <QWidget>

class ActionModel;
class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class WorkspaceDocument;

// The action plan: every action, overdue ones highlighted, filtered by owner and status.
class ActionPlanPage : public QWidget
{
    Q_OBJECT
public:
    explicit ActionPlanPage(QWidget *parent = nullptr);

    void setDocument(WorkspaceDocument *document);
    ActionModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    int visibleRows() const;
    void setOwnerFilter(const QString &owner); // empty = everyone
    void setStatusFilter(int filter);          // see StatusFilter
    // Selects the action's row, showing every status first when the filter hides it.
    void selectAction(qint64 id);

    enum StatusFilter { AnyStatus, NotDone, Overdue, DoneOnly };

    // The line under the table, and the text shown instead of the table when it would be empty
    // (empty when the table shows).
    QString summaryText() const;
    QString emptyStateText() const;

Q_SIGNALS:
    void addRequested();
    void editRequested(qint64 id);
    void markDoneRequested(qint64 id);
    void removeRequested(qint64 id);
    void itemActivated(const QString &itemId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void refreshOwners();
    void updateSummary();
    void updateEmptyState();
    void updateActions();
    qint64 currentId() const;
    QModelIndex currentRow() const;
    void clearFilter();

    WorkspaceDocument *m_document = nullptr;
    QList<QMetaObject::Connection> m_documentConnections;
    ActionModel *m_model = nullptr;
    class Filter;
    Filter *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_tableOrEmpty = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_clearFilter = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_doneButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_doneAction = nullptr;
    QAction *m_goToAction = nullptr;
    QAction *m_removeAction = nullptr;
};
