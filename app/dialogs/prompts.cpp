#include "prompts.h"

#include <QFileDialog>

namespace Prompts {

namespace {
QStringList g_nextFileNames;
bool g_hasNextFileNames = false;
std::optional<QMessageBox::StandardButton> g_nextAnswer;
bool g_recordErrors = false;
QStringList g_errors;
QStringList g_information;

bool takeNext(QStringList &out)
{
    if (!g_hasNextFileNames)
        return false;
    out = g_nextFileNames;
    g_nextFileNames.clear();
    g_hasNextFileNames = false;
    return true;
}
} // namespace

QString openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    QStringList next;
    if (takeNext(next))
        return next.value(0);
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QStringList openFileNames(QWidget *parent, const QString &caption, const QString &filter)
{
    QStringList next;
    if (takeNext(next))
        return next;
    return QFileDialog::getOpenFileNames(parent, caption, QString(), filter);
}

QString existingDirectory(QWidget *parent, const QString &caption)
{
    QStringList next;
    if (takeNext(next))
        return next.value(0);
    return QFileDialog::getExistingDirectory(parent, caption);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                     const QString &filter)
{
    QStringList next;
    if (takeNext(next))
        return next.value(0);
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton)
{
    if (g_nextAnswer) {
        const QMessageBox::StandardButton answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    if (g_recordErrors) {
        g_information << text;
        return;
    }
    QMessageBox::information(parent, title, text);
}

QStringList recordedInformation()
{
    return g_information;
}

void error(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    if (g_recordErrors) {
        g_errors << text + (details.isEmpty() ? QString() : QLatin1Char('\n') + details);
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

void setNextFileNames(const QStringList &names)
{
    g_nextFileNames = names;
    g_hasNextFileNames = true;
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void setRecordErrors(bool on)
{
    g_recordErrors = on;
}

QStringList recordedErrors()
{
    return g_errors;
}

void clearRecordedErrors()
{
    g_errors.clear();
    g_information.clear();
}

} // namespace Prompts
