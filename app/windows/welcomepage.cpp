#include "welcomepage.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/seqohs-tracker.svg")).pixmap(72, 72));
    auto *title = new QLabel(tr("SEQOHS Tracker"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 2.2);
    f.setBold(true);
    title->setFont(f);
    auto *lead = new QLabel(tr("Prepare your occupational health service for SEQOHS accreditation: "
                               "the standards, your evidence and the gaps, in one file."),
                            this);
    lead->setWordWrap(true);
    auto *newButton = new QPushButton(tr("New workspace\u2026"), this);
    auto *openButton = new QPushButton(tr("Open workspace\u2026"), this);
    auto *demoButton = new QPushButton(tr("Explore the demo workspace"), this);
    newButton->setDefault(true);
    for (QPushButton *b : {newButton, openButton, demoButton})
        b->setMinimumHeight(36);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentFiles"));
    m_recent->setMaximumHeight(200);

    auto *column = new QVBoxLayout;
    column->setSpacing(14);
    auto *head = new QHBoxLayout;
    head->addWidget(icon);
    head->addWidget(title, 1);
    column->addLayout(head);
    column->addWidget(lead);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(demoButton);
    column->addLayout(buttons);
    column->addSpacing(10);
    column->addWidget(new QLabel(tr("<b>Recent workspaces</b>"), this));
    column->addWidget(m_recent);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *centre = new QVBoxLayout;
    centre->addStretch(1);
    centre->addLayout(column);
    centre->addStretch(2);
    outer->addLayout(centre, 3);
    outer->addStretch(1);

    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    });
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &p : paths) {
        auto *item = new QListWidgetItem(QFileInfo(p).fileName() + QStringLiteral("  \u2014  ") + p,
                                         m_recent);
        item->setData(Qt::UserRole, p);
    }
    if (paths.isEmpty())
        m_recent->addItem(tr("None yet."));
}
