#pragma once

#include <QWidget>

class ActionModel;
class QComboBox;
class QLabel;
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

    enum StatusFilter { AnyStatus, NotDone, Overdue, DoneOnly };

Q_SIGNALS:
    void addRequested();
    void editRequested(qint64 id);
    void markDoneRequested(qint64 id);
    void removeRequested(qint64 id);
    void itemActivated(const QString &itemId);

private:
    void refreshOwners();
    qint64 currentId() const;

    WorkspaceDocument *m_document = nullptr;
    ActionModel *m_model = nullptr;
    class Filter;
    Filter *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_summary = nullptr;
};
