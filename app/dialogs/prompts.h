#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

// The one way the application asks the user for a file or a yes/no, so that tests can answer
// in advance instead of blocking on a modal dialog.
namespace Prompts {

QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
QStringList openFileNames(QWidget *parent, const QString &caption, const QString &filter);
QString existingDirectory(QWidget *parent, const QString &caption);
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                     const QString &filter);

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton);
void information(QWidget *parent, const QString &title, const QString &text);
void error(QWidget *parent, const QString &title, const QString &text, const QString &details = {});

// Test seams: the next calls return these instead of showing a dialog.
void setNextFileNames(const QStringList &names);
void setNextAnswer(QMessageBox::StandardButton answer);
// While set, errors and information are recorded instead of shown.
void setRecordErrors(bool on);
QStringList recordedErrors();
QStringList recordedInformation();
void clearRecordedErrors();

} // namespace Prompts
