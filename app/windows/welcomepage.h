#pragma once

#include <QWidget>

class QListWidget;

// What the window shows with no workspace open: start something, or pick up where you were.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &paths);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void demoRequested();
    void reviewRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent = nullptr;
};
