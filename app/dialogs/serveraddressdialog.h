#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

// Asks for the address of a team workspace on a PostgreSQL server, offering the ones used
// before on this computer. The OK button waits for an address the program can read, and the
// dialog says what is wrong with one it cannot. Passwords are not part of an address: the
// server asks for one when it needs it.
class ServerAddressDialog : public QDialog
{
    Q_OBJECT
public:
    ServerAddressDialog(const QString &title, const QString &intro, const QString &okText,
                        QWidget *parent = nullptr);

    QString address() const;

    // The addresses used before, newest first (kept in the settings, without passwords).
    static QStringList recentAddresses();
    static void rememberAddress(const QString &address);

    // Asks for the password of server (for a prompt from libpq's side); empty when cancelled.
    static QString askPassword(QWidget *parent, const QString &server);

private:
    void check();

    QComboBox *m_address = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
