#include "passwordprompt.h"

#include "workspacecli.h"

#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

QString PasswordPrompt::ask(const QString &serverDisplay)
{
    if (isatty(STDIN_FILENO) == 0)
        return {};
    std::fputs(WorkspaceCli::tr("Password for %1: ").arg(serverDisplay).toLocal8Bit().constData(),
               stderr);
    std::fflush(stderr);
    termios saved{};
    const bool haveTerminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.push_back(char(c));
    if (haveTerminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}
