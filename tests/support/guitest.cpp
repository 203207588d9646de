#include "guitest.h"

#include "catalogue/standardslibrary.h"
#include "workspace/workspace.h"

#include <catch2/catch.hpp>

#include <QDir>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTimer>

namespace guitest {

QString makeNhsWorkspace(const QString &folder, const QString &name)
{
    QString path = QDir(folder).filePath(name + QStringLiteral(".seqohs"));
    seqohs::ServiceProfile profile;
    profile.name = name;
    profile.servesNhs = true;
    seqohs::Expected<seqohs::StandardsSet> set =
        seqohs::StandardsLibrary::bundled(seqohs::StandardsLibrary::defaultId());
    REQUIRE(set.ok());
    seqohs::Expected<std::unique_ptr<seqohs::Workspace>> ws =
        seqohs::Workspace::create(path, profile, *set);
    REQUIRE(ws.ok());
    return path;
}

QString plainText(const QString &text)
{
    QString t = text;
    t.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    t.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (t.endsWith(QChar(0x2026)))
        t.chop(1);
    if (t.endsWith(QStringLiteral("...")))
        t.chop(3);
    return t.trimmed();
}

namespace {
void collect(QMenu *menu, const QString &prefix, QStringList &paths,
             QList<QAction *> *actions = nullptr)
{
    // Menus built on demand fill themselves when shown.
    emit menu->aboutToShow();
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        const QString path = prefix + plainText(a->text());
        if (a->menu()) {
            collect(a->menu(), path + QLatin1Char('/'), paths, actions);
            continue;
        }
        paths << path;
        if (actions)
            *actions << a;
    }
}
} // namespace

QStringList menuPaths(QMainWindow *window)
{
    QStringList paths;
    for (QAction *top : window->menuBar()->actions()) {
        if (top->menu())
            collect(top->menu(), plainText(top->text()) + QLatin1Char('/'), paths);
    }
    return paths;
}

QAction *menuAction(QMainWindow *window, const QString &path)
{
    QStringList paths;
    QList<QAction *> actions;
    for (QAction *top : window->menuBar()->actions()) {
        if (top->menu())
            collect(top->menu(), plainText(top->text()) + QLatin1Char('/'), paths, &actions);
    }
    QStringList wanted = path.split(QLatin1Char('/'));
    for (QString &part : wanted)
        part = plainText(part);
    const QString key = wanted.join(QLatin1Char('/'));
    const qsizetype i = paths.indexOf(key);
    return i < 0 ? nullptr : actions.at(i);
}

void triggerMenu(QMainWindow *window, const QString &path)
{
    QAction *a = menuAction(window, path);
    INFO("menu item " << path.toStdString());
    REQUIRE(a != nullptr);
    REQUIRE(a->isEnabled());
    REQUIRE(a->isVisible());
    a->trigger();
}

void whenDialogOpens(const std::function<void(QWidget *)> &handler, const QString &objectName)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handler, tries, objectName] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || (!objectName.isEmpty() && modal->objectName() != objectName)) {
            if (++*tries > 500) // ten seconds
                timer->deleteLater();
            return;
        }
        timer->stop();
        timer->deleteLater();
        handler(modal);
    });
    timer->start();
}

QWidget *buttonWithText(QWidget *root, const QString &text)
{
    const QString wanted = plainText(text);
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
        if (plainText(b->text()) == wanted)
            return b;
    }
    return nullptr;
}

} // namespace guitest
