#pragma once

#include <QList>
#include <QMetaObject>
#include <QWidget>

class EvidenceModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class WorkspaceDocument;

// All the workspace's evidence: sort, filter, where each item is used, duplicates, expiry.
class EvidenceLibraryPage : public QWidget
{
    Q_OBJECT
public:
    explicit EvidenceLibraryPage(QWidget *parent = nullptr);

    void setDocument(WorkspaceDocument *document);
    EvidenceModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void selectEvidence(qint64 id);
    QList<qint64> selectedIds() const;

    enum class Show { All, Expired, Expiring, Unused, Duplicates };
    void setShow(Show show);
    void setFilterText(const QString &text);
    int visibleRows() const;

    // The line under the table ("3 of 5 evidence items shown"), and the text shown instead of
    // the table when it would be empty (empty when the table shows).
    QString countText() const;
    QString emptyStateText() const;

Q_SIGNALS:
    void addFilesRequested();
    void addFolderRequested();
    void editRequested(qint64 id);
    void openRequested(qint64 id);
    void previewRequested(qint64 id);
    void exportRequested(qint64 id);
    void removeRequested(const QList<qint64> &ids);
    void itemActivated(const QString &itemId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateWhereUsed();
    void updateCount();
    void updateEmptyState();
    void updateActions();
    qint64 currentId() const;
    QString firstUsedBy() const;
    void clearFilter();

    WorkspaceDocument *m_document = nullptr;
    QList<QMetaObject::Connection> m_documentConnections;
    EvidenceModel *m_model = nullptr;
    class Filter;
    Filter *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QStackedWidget *m_tableOrEmpty = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_clearFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_show = nullptr;
    QWidget *m_side = nullptr;
    QListWidget *m_whereUsed = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_whereUsedAction = nullptr;
    QAction *m_goToAction = nullptr;
};
