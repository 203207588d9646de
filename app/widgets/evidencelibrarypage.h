#pragma once

#include <QWidget>

class EvidenceModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSortFilterProxyModel;
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

Q_SIGNALS:
    void addFilesRequested();
    void addFolderRequested();
    void editRequested(qint64 id);
    void openRequested(qint64 id);
    void exportRequested(qint64 id);
    void removeRequested(const QList<qint64> &ids);
    void itemActivated(const QString &itemId);

private:
    void updateWhereUsed();

    WorkspaceDocument *m_document = nullptr;
    EvidenceModel *m_model = nullptr;
    class Filter;
    Filter *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_show = nullptr;
    QListWidget *m_whereUsed = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_count = nullptr;
};
