#include "welcomepage.h"

#include "models/workspacelocation.h"

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
    auto *newButton = new QPushButton(tr("&New workspace\u2026"), this);
    auto *openButton = new QPushButton(tr("&Open\u2026"), this);
    openButton->setToolTip(tr("Open a workspace, or a submission pack to review"));
    auto *demoButton = new QPushButton(tr("Explore the &demo workspace"), this);
    auto *reviewButton = new QPushButton(tr("&Review a submission pack\u2026"), this);
    reviewButton->setToolTip(tr("For assessors: open a service's pack, check it and record "
                                "findings"));
    newButton->setDefault(true);
    for (QPushButton *b : {newButton, openButton, demoButton, reviewButton})
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
    buttons->addWidget(reviewButton);
    column->addLayout(buttons);
    column->addSpacing(10);
    auto *recentLabel = new QLabel(tr("<b>&Recent workspaces and packs</b>"), this);
    recentLabel->setBuddy(m_recent);
    m_recent->setAccessibleName(tr("Recent workspaces and packs"));
    column->addWidget(recentLabel);
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
    connect(reviewButton, &QPushButton::clicked, this, &WelcomePage::reviewRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString path = item->data(Qt::UserRole).toString();
        if (!path.isEmpty())
            emit recentRequested(path);
    });
}

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &p : paths) {
        auto *item = new QListWidgetItem(
            WorkspaceLocation(p).displayName() + QStringLiteral("  \u2014  ") + p, m_recent);
        item->setData(Qt::UserRole, p);
    }
    if (paths.isEmpty()) {
        auto *none = new QListWidgetItem(
            tr("None yet. Start with a new workspace, or explore the demo to see how it works."),
            m_recent);
        none->setFlags(Qt::ItemIsEnabled);
    }
}
