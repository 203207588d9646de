#include "evidencepreviewwindow.h"

#include "models/readresult.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QIODevice>
#include <QImageReader>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfSearchModel>
#include <QPdfView>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace seqohs;

namespace {
QPushButton *toolButton(const QString &text, const QKeySequence &key, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    if (!key.isEmpty()) {
        b->setShortcut(key);
        b->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    }
    return b;
}
} // namespace

EvidencePreviewWindow::EvidencePreviewWindow(const Workspace &workspace, qint64 id, QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("evidencePreview"));
    resize(900, 760);

    auto *layout = new QVBoxLayout(this);
    auto *tools = new QHBoxLayout;
    m_pdfTools = new QWidget(this);
    auto *pdfTools = new QHBoxLayout(m_pdfTools);
    pdfTools->setContentsMargins(0, 0, 0, 0);
    auto *previous = toolButton(tr("Previous page"), QKeySequence(Qt::Key_PageUp), this);
    auto *next = toolButton(tr("Next page"), QKeySequence(Qt::Key_PageDown), this);
    m_page = new QLabel(this);
    m_page->setObjectName(QStringLiteral("previewPage"));
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find in the document"));
    m_find->setAccessibleName(tr("Find in the document"));
    m_find->setClearButtonEnabled(true);
    auto *findNext = toolButton(tr("Find next"), QKeySequence(QKeySequence::FindNext), this);
    m_matches = new QLabel(this);
    m_matches->setObjectName(QStringLiteral("previewMatches"));
    pdfTools->addWidget(previous);
    pdfTools->addWidget(next);
    pdfTools->addWidget(m_page);
    pdfTools->addSpacing(12);
    pdfTools->addWidget(m_find, 1);
    pdfTools->addWidget(findNext);
    pdfTools->addWidget(m_matches);
    auto *zoomOut = toolButton(tr("Zoom out"), QKeySequence(QKeySequence::ZoomOut), this);
    auto *zoomIn = toolButton(tr("Zoom in"), QKeySequence(QKeySequence::ZoomIn), this);
    auto *fit = toolButton(tr("Fit width"), QKeySequence(), this);
    tools->addWidget(m_pdfTools, 1);
    tools->addWidget(zoomOut);
    tools->addWidget(zoomIn);
    tools->addWidget(fit);
    layout->addLayout(tools);

    m_stack = new QStackedWidget(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(previous, &QPushButton::clicked, this, [this] { goToPage(currentPage() - 1); });
    connect(next, &QPushButton::clicked, this, [this] { goToPage(currentPage() + 1); });
    connect(zoomOut, &QPushButton::clicked, this, [this] { zoomBy(1 / 1.25); });
    connect(zoomIn, &QPushButton::clicked, this, [this] { zoomBy(1.25); });
    connect(fit, &QPushButton::clicked, this, &EvidencePreviewWindow::fitWidth);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { find(1); });
    connect(findNext, &QPushButton::clicked, this, [this] { find(1); });
    auto *findPrevious = new QShortcut(QKeySequence::FindPrevious, this);
    connect(findPrevious, &QShortcut::activated, this, [this] { find(-1); });
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, m_find,
            qOverload<>(&QWidget::setFocus));

    const std::optional<EvidenceItem> item = found(workspace.evidenceItem(id));
    if (!item) {
        showMessage(tr("Evidence item %1 cannot be read.").arg(id));
        return;
    }
    setWindowTitle(tr("Preview: %1").arg(item->title));
    if (item->kind != EvidenceItem::Kind::File) {
        showMessage(tr("A link or a written statement has no file to preview."));
        return;
    }
    Expected<std::unique_ptr<QIODevice>> device = workspace.openEvidenceContent(id);
    if (!device) {
        showMessage(device.errorString());
        return;
    }
    m_device = std::move(*device);
    if (!m_device->open(QIODevice::ReadOnly)) {
        showMessage(tr("The stored file cannot be read."));
        return;
    }
    const QString suffix = item->fileName.section(QLatin1Char('.'), -1).toLower();
    if (suffix == QLatin1String("pdf"))
        openPdf();
    else if (!QImageReader::imageFormat(m_device.get()).isEmpty())
        openImage();
    else
        showMessage(tr("There is no preview for \u201c%1\u201d. Use Open to view it in the program "
                       "your computer uses for such files.")
                        .arg(item->fileName));
}

EvidencePreviewWindow::~EvidencePreviewWindow()
{
    release();
}

void EvidencePreviewWindow::closeWith(QObject *owner)
{
    // The device reads through the workspace's connection: it goes before the workspace does.
    connect(owner, &QObject::destroyed, this, [this] {
        release();
        close();
    });
}

void EvidencePreviewWindow::release()
{
    if (m_pdfView)
        m_pdfView->setDocument(nullptr);
    if (m_search)
        m_search->setDocument(nullptr);
    if (m_pdf)
        m_pdf->close();
    m_device.reset();
}

void EvidencePreviewWindow::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    m_pdfTools->setEnabled(false);
}

void EvidencePreviewWindow::openPdf()
{
    m_pdf = new QPdfDocument(this);
    m_pdf->load(m_device.get());
    if (m_pdf->status() != QPdfDocument::Status::Ready || m_pdf->pageCount() == 0) {
        showMessage(tr("The PDF cannot be shown: it is damaged, empty or protected by a "
                       "password."));
        return;
    }
    m_pdfView = new QPdfView(this);
    m_pdfView->setObjectName(QStringLiteral("previewPdf"));
    m_pdfView->setAccessibleName(tr("Document"));
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_pdfView->setDocument(m_pdf);
    m_stack->addWidget(m_pdfView);
    m_stack->setCurrentWidget(m_pdfView);
    m_search = new QPdfSearchModel(this);
    m_search->setDocument(m_pdf);
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_match = -1;
        m_search->setSearchString(text);
        m_matches->clear();
    });
    connect(m_pdfView->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
            &EvidencePreviewWindow::updatePage);
    updatePage();
}

void EvidencePreviewWindow::openImage()
{
    QImageReader reader(m_device.get());
    reader.setAutoTransform(true);
    m_original = reader.read();
    if (m_original.isNull()) {
        showMessage(tr("The image cannot be shown: %1").arg(reader.errorString()));
        return;
    }
    m_imageArea = new QScrollArea(this);
    m_imageArea->setObjectName(QStringLiteral("previewImage"));
    m_imageArea->setAlignment(Qt::AlignCenter);
    m_image = new QLabel(m_imageArea);
    m_image->setAccessibleName(tr("Image"));
    m_imageArea->setWidget(m_image);
    m_stack->addWidget(m_imageArea);
    m_stack->setCurrentWidget(m_imageArea);
    m_pdfTools->setVisible(false);
    fitWidth();
}

void EvidencePreviewWindow::goToPage(int page)
{
    if (!m_pdfView || page < 0 || page >= m_pdf->pageCount())
        return;
    m_pdfView->pageNavigator()->jump(page, QPointF(), m_pdfView->zoomFactor());
    updatePage();
}

void EvidencePreviewWindow::zoomBy(qreal factor)
{
    if (m_pdfView) {
        m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
        m_pdfView->setZoomFactor(qBound(0.1, m_pdfView->zoomFactor() * factor, 10.0));
    } else if (m_image) {
        m_imageZoom = qBound(0.05, m_imageZoom * factor, 10.0);
        const QSize size = m_original.size() * m_imageZoom;
        m_image->setPixmap(QPixmap::fromImage(
            m_original.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        m_image->resize(size);
    }
}

void EvidencePreviewWindow::fitWidth()
{
    if (m_pdfView) {
        m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    } else if (m_image && m_original.width() > 0) {
        m_imageZoom = 1.0;
        const int room = qMax(100, m_imageArea->viewport()->width() - 4);
        zoomBy(qMin(1.0, qreal(room) / m_original.width()));
    }
}

void EvidencePreviewWindow::find(int step)
{
    if (!m_search || m_find->text().isEmpty())
        return;
    const int count = m_search->rowCount({});
    if (count == 0) {
        m_matches->setText(tr("Not found"));
        return;
    }
    m_match = m_match < 0 ? (step > 0 ? 0 : count - 1) : (m_match + step + count) % count;
    const QModelIndex at = m_search->index(m_match, 0);
    const int page = at.data(int(QPdfSearchModel::Role::Page)).toInt();
    const QPointF location = at.data(int(QPdfSearchModel::Role::Location)).toPointF();
    m_pdfView->pageNavigator()->jump(page, location, m_pdfView->zoomFactor());
    m_matches->setText(tr("Match %1 of %2").arg(m_match + 1).arg(count));
    updatePage();
}

void EvidencePreviewWindow::updatePage()
{
    if (m_pdf)
        m_page->setText(tr("Page %1 of %2").arg(currentPage() + 1).arg(m_pdf->pageCount()));
}

QString EvidencePreviewWindow::pageText() const
{
    return m_page->text();
}

QString EvidencePreviewWindow::matchText() const
{
    return m_matches->text();
}

QString EvidencePreviewWindow::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

bool EvidencePreviewWindow::showsPdf() const
{
    return m_pdfView && m_stack->currentWidget() == m_pdfView;
}

bool EvidencePreviewWindow::showsImage() const
{
    return m_imageArea && m_stack->currentWidget() == m_imageArea;
}

int EvidencePreviewWindow::pageCount() const
{
    return m_pdf ? m_pdf->pageCount() : 0;
}

int EvidencePreviewWindow::currentPage() const
{
    return m_pdfView ? m_pdfView->pageNavigator()->currentPage() : 0;
}
