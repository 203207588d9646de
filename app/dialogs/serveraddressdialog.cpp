#include "serveraddressdialog.h"

#include "server/serveraddress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace seqohs;

namespace {
const QString RecentKey = QStringLiteral("recentServers");
constexpr int MaxRecent = 8;
} // namespace

ServerAddressDialog::ServerAddressDialog(const QString &title, const QString &intro,
                                         const QString &okText, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("serverAddressDialog"));
    setWindowTitle(title);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    auto *label = new QLabel(tr("&Address:"), this);
    m_address = new QComboBox(this);
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_address->setEditable(true);
    m_address->setInsertPolicy(QComboBox::NoInsert);
    m_address->addItems(recentAddresses());
    m_address->lineEdit()->setPlaceholderText(
        QStringLiteral("postgresql://name@server.example/ohservice"));
    m_address->setMinimumContentsLength(44);
    m_address->setAccessibleName(tr("Server address"));
    label->setBuddy(m_address);
    auto *hint = new QLabel(
        tr("Sign in as yourself: put your own login before the @. A password is not part of "
           "the address; the server asks for it, or finds it in your ~/.pgpass file."),
        this);
    hint->setWordWrap(true);
    hint->setEnabled(false); // greyed: it explains, it does not ask
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("serverAddressProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QComboBox::currentTextChanged, this, &ServerAddressDialog::check);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addSpacing(6);
    layout->addWidget(label);
    layout->addWidget(m_address);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    check();
}

QString ServerAddressDialog::address() const
{
    return m_address->currentText().trimmed();
}

void ServerAddressDialog::check()
{
    const QString text = address();
    QString problem;
    if (!text.isEmpty()) {
        const Expected<ServerAddress> parsed = ServerAddress::parse(text);
        if (!parsed)
            problem = parsed.errors().first().message;
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty() && problem.isEmpty());
}

QStringList ServerAddressDialog::recentAddresses()
{
    return QSettings().value(RecentKey).toStringList();
}

void ServerAddressDialog::rememberAddress(const QString &address)
{
    QSettings settings;
    QStringList addresses = settings.value(RecentKey).toStringList();
    addresses.removeAll(address);
    addresses.prepend(address);
    while (addresses.size() > MaxRecent)
        addresses.removeLast();
    settings.setValue(RecentKey, addresses);
}

QString ServerAddressDialog::askPassword(QWidget *parent, const QString &server)
{
    bool ok = false;
    const QString password = QInputDialog::getText(
        parent, tr("Password"), tr("The server %1 asks for your password:").arg(server),
        QLineEdit::Password, QString(), &ok);
    return ok ? password : QString();
}
