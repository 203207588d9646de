#pragma once

#include <QImage>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPdfDocument;
class QPdfSearchModel;
class QPdfView;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace seqohs {
class Workspace;
}

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

// A window that shows one evidence file, read from the workspace as it is shown (nothing is
// copied to disk): a PDF with paging, zoom and text search, or an image with zoom. It reads
// through the workspace's connection, so whoever owns the workspace calls release() (or the
// window closes with closeWith()'s object) before the workspace goes.
class EvidencePreviewWindow : public QWidget
{
    Q_OBJECT
public:
    // Opens the current version of evidence item id; any error is shown in the window itself.
    EvidencePreviewWindow(const seqohs::Workspace &workspace, qint64 id, QWidget *parent = nullptr);
    ~EvidencePreviewWindow() override;

    // Lets go of the workspace and closes: owner's destruction does this by itself.
    void closeWith(QObject *owner);
    void release();

    // What the window shows, for tests: "Page 2 of 5", "Match 1 of 3", the message instead of
    // a document.
    QString pageText() const;
    QString matchText() const;
    QString message() const;
    bool showsPdf() const;
    bool showsImage() const;
    int pageCount() const;
    int currentPage() const; // 0-based

private:
    void showMessage(const QString &text);
    void openPdf();
    void openImage();
    void goToPage(int page);
    void zoomBy(qreal factor);
    void fitWidth();
    void find(int step);
    void updatePage();

    std::unique_ptr<QIODevice> m_device;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QPdfDocument *m_pdf = nullptr;
    QPdfView *m_pdfView = nullptr;
    QPdfSearchModel *m_search = nullptr;
    QScrollArea *m_imageArea = nullptr;
    QLabel *m_image = nullptr;
    QImage m_original;
    qreal m_imageZoom = 1.0;
    QLabel *m_page = nullptr;
    QLabel *m_matches = nullptr;
    QLineEdit *m_find = nullptr;
    QWidget *m_pdfTools = nullptr;
    int m_match = -1;
};
