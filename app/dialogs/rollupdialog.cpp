#include "rollupdialog.h"

#include "dialogs/prompts.h"
#include "dialogs/serveraddressdialog.h"
#include "rollup/rollupbuilder.h"
#include "rollupreportrenderer.h"

#include "common/clock.h"
#include "server/serveraddress.h"
#include "server/serverdirectory.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

using namespace seqohs;

namespace {

QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headings,
                    const QString &accessibleName)
{
    auto *t = new QTableWidget(0, int(headings.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headings);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->setAccessibleName(accessibleName);
    return t;
}

// Each cell's whole text is its tooltip too: a long set title or error is cut in the column.
void setRow(QTableWidget *t, int row, const QStringList &cells, const QString &toolTip = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(toolTip.isEmpty() ? cells.at(c) : toolTip);
        t->setItem(row, c, item);
    }
}

QString names(const RollUp &rollUp, const QList<int> &services)
{
    QStringList list;
    for (int s : services)
        list << rollUp.services.at(s).name;
    return QLocale(QLocale::English, QLocale::UnitedKingdom).createSeparatedList(list);
}

} // namespace

RollUpDialog::RollUpDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Roll-up across services"));
    auto *intro = new QLabel(tr("Add the workspace files of the services to roll up, or the team "
                                "workspaces on a server that you belong to. Each is read as it "
                                "is saved and never changed."),
                             this);
    intro->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add workspaces\u2026"), this);
    add->setObjectName(QStringLiteral("rollUpAdd"));
    connect(add, &QPushButton::clicked, this, &RollUpDialog::addWorkspaces);
    auto *addServer = new QPushButton(tr("Add &team workspaces\u2026"), this);
    addServer->setObjectName(QStringLiteral("rollUpAddServer"));
    addServer->setToolTip(tr("Every team workspace on a PostgreSQL server that your login "
                             "belongs to"));
    connect(addServer, &QPushButton::clicked, this, &RollUpDialog::addTeamWorkspaces);
    auto *adding = new QHBoxLayout;
    adding->addWidget(add);
    adding->addWidget(addServer);
    adding->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rollUpSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A wrapped label otherwise gets one line's height beside the stretching tables.
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_services = table(this, QStringLiteral("rollUpServices"),
                       {tr("Service"), tr("Standards set"), tr("Verdict"), tr("Score"),
                        tr("Coverage"), tr("Must met")},
                       tr("Readiness by service"));
    auto *gapsLabel = new QLabel(tr("Shared gaps: not met, or without current evidence, in two "
                                    "or more services"),
                                 this);
    m_gaps = table(this, QStringLiteral("rollUpGaps"),
                   {tr("Criterion"), tr("Services"), tr("Where")}, tr("Shared gaps"));
    m_gaps->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save PDF\u2026"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("rollUpSavePdf"));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &RollUpDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(adding);
    layout->addWidget(m_summary);
    layout->addWidget(m_services, 1);
    layout->addWidget(gapsLabel);
    layout->addWidget(m_gaps, 2);
    layout->addWidget(buttons);
    resize(860, 600);
}

RollUpDialog::~RollUpDialog()
{
    // The reader holds nothing of the dialog's but must end before its thread object goes.
    if (m_reader)
        m_reader->wait();
}

void RollUpDialog::addWorkspaces()
{
    const QStringList chosen = Prompts::openFileNames(this, tr("Add workspaces"),
                                                      tr("Workspaces (*.seqohs);;All files (*)"));
    if (chosen.isEmpty())
        return;
    m_paths << chosen;
    read();
}

void RollUpDialog::addTeamWorkspaces()
{
    ServerAddressDialog dialog(
        tr("Add team workspaces"),
        tr("Give the address of a PostgreSQL server as your own login, with any database there "
           "that you may connect to: one of your sites, or postgres. Every team workspace on "
           "that server that your login belongs to is added."),
        tr("&Add"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Expected<ServerAddress> address = ServerAddress::parse(dialog.address());
    if (!address) {
        Prompts::error(this, tr("The team workspaces cannot be added"),
                       joinErrors(address.errors()));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Expected<QList<ServerAddress>> sites =
        ServerDirectory::readableWorkspaces(*address, [this](const QString &server) {
            QApplication::restoreOverrideCursor();
            m_password = ServerAddressDialog::askPassword(this, server);
            QApplication::setOverrideCursor(Qt::WaitCursor);
            return m_password;
        });
    QApplication::restoreOverrideCursor();
    if (!sites) {
        Prompts::error(this, tr("The team workspaces cannot be added"), joinErrors(sites.errors()));
        return;
    }
    ServerAddressDialog::rememberAddress(dialog.address());
    if (sites->isEmpty()) {
        Prompts::information(
            this, tr("No team workspaces"),
            tr("Your login belongs to no team workspace on %1.").arg(address->display()));
        return;
    }
    for (const ServerAddress &site : *sites)
        m_paths << site.url();
    read();
}

void RollUpDialog::read()
{
    if (m_reader) {
        m_readAgain = true;
        return;
    }
    m_summary->setText(tr("Reading %n workspace(s)\u2026", nullptr, int(m_paths.size())));
    m_save->setEnabled(false);
    auto result = std::make_shared<RollUp>();
    const QStringList paths = m_paths;
    const QDate today = Clock::today();
    m_reader = QThread::create([result, paths, today, password = m_password] {
        *result = RollUpBuilder::build(paths, today, {},
                                       [password](const QString &) { return password; });
    });
    m_reader->setParent(this);
    connect(m_reader, &QThread::finished, this, [this, result] {
        m_reader->deleteLater();
        m_reader = nullptr;
        if (m_readAgain) {
            m_readAgain = false;
            read();
            return;
        }
        display(*result);
    });
    m_reader->start();
}

void RollUpDialog::display(const RollUp &rollUp)
{
    m_rollUp = rollUp;
    QStringList lines;
    lines << tr("%n service(s) as of %1.", nullptr, int(rollUp.services.size()))
                 .arg(QLocale(QLocale::English, QLocale::UnitedKingdom)
                          .toString(rollUp.asOf, QStringLiteral("d MMMM yyyy")));
    for (const RollUp::Set &set : rollUp.sets)
        lines << tr("%1: %2").arg(set.title, names(rollUp, set.services));
    for (const RollUp::Service &s : rollUp.services) {
        if (!s.read)
            lines << tr("Not read: %1").arg(joinErrors(s.errors));
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));

    m_services->setRowCount(int(rollUp.services.size()));
    for (int row = 0; row < rollUp.services.size(); ++row) {
        const RollUp::Service &s = rollUp.services.at(row);
        if (!s.read) {
            setRow(m_services, row, {s.name, tr("not read")}, joinErrors(s.errors));
            continue;
        }
        setRow(m_services, row,
               {s.name, s.setTitle, verdictDisplayName(s.verdict), formatShare(s.overall.score()),
                formatShare(s.overall.coverage()),
                QStringLiteral("%1/%2").arg(s.overall.mustMet).arg(s.overall.mustApplicable)});
    }
    m_gaps->setRowCount(int(rollUp.sharedGaps.size()));
    for (int row = 0; row < rollUp.sharedGaps.size(); ++row) {
        const RollUp::SharedGap &g = rollUp.sharedGaps.at(row);
        const RollUp::Set *set = rollUp.set(g.setId);
        QString criterion = g.code + QLatin1Char(' ') + g.title;
        if (g.level == Level::Must)
            criterion += QLatin1Char(' ') + tr("(must)");
        setRow(m_gaps, row,
               {criterion,
                tr("%1 of %2").arg(g.services.size()).arg(set ? set->services.size() : 0),
                names(rollUp, g.services)});
    }
    m_save->setEnabled(rollUp.readCount() > 0);
}

void RollUpDialog::savePdf()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("roll-up.pdf"));
    const QString path =
        Prompts::saveFileName(this, tr("Save the roll-up as PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    // Laying out many pages of expiring evidence takes a moment: off the dialog's thread.
    auto written = std::make_shared<Status>(success());
    const RollUp rollUp = m_rollUp;
    QThread *writer = QThread::create(
        [written, rollUp, path] { *written = RollUpReportRenderer(rollUp).writePdf(path); });
    QEventLoop loop;
    connect(writer, &QThread::finished, &loop, &QEventLoop::quit);
    m_save->setEnabled(false);
    writer->start();
    loop.exec();
    writer->wait();
    delete writer;
    m_save->setEnabled(true);
    if (!written->ok()) {
        Prompts::error(this, tr("Roll-up not saved"), joinErrors(written->errors()));
        return;
    }
    m_summary->setText(m_summary->text() + QLatin1Char('\n') +
                       tr("Saved the roll-up to %1.").arg(QDir::toNativeSeparators(path)));
}
