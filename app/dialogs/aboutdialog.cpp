#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About SEQOHS Tracker"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/seqohs-tracker.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(aboutText(), this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(false);
    text->setMinimumWidth(420);

    auto *row = new QHBoxLayout;
    row->setSpacing(18);
    row->addWidget(icon);
    row->addWidget(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->setSpacing(16);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString AboutDialog::aboutText()
{
    return tr("<h2>SEQOHS Tracker %1</h2>"
              "<p>Prepare an occupational health service for SEQOHS accreditation, and review a "
              "service's submission offline.</p>"
              "<p>SEQOHS and its standards belong to the Faculty of Occupational Medicine. This "
              "project is independent of the Faculty and is not endorsed by it. The bundled "
              "standards sets are summaries in the project's own words; load the official "
              "wording you hold to work with it.</p>"
              "<p>Licensed under the GNU General Public License, version 3 or any later version "
              "(GPL-3.0-or-later). Built with Qt %2.</p>")
        .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()));
}
