#include "interruption.h"

#include <atomic>
#include <csignal>

namespace {
std::atomic<bool> g_requested{false};
struct sigaction g_oldInt;
struct sigaction g_oldTerm;

void onSignal(int)
{
    g_requested.store(true);
}
} // namespace

Interruption::Interruption()
{
    g_requested = false;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &g_oldInt);
    sigaction(SIGTERM, &action, &g_oldTerm);
}

Interruption::~Interruption()
{
    sigaction(SIGINT, &g_oldInt, nullptr);
    sigaction(SIGTERM, &g_oldTerm, nullptr);
}

bool Interruption::requested()
{
    return g_requested.load();
}
