#pragma once

// Ctrl-C (SIGINT) and SIGTERM during a long command: instead of dying mid-write, the command
// finishes the step it is in, undoes nothing already committed, says what was done and exits.
// While an Interruption exists the signals only set a flag; the previous handlers come back
// when it goes.
class Interruption
{
public:
    Interruption();
    ~Interruption();
    Interruption(const Interruption &) = delete;
    Interruption &operator=(const Interruption &) = delete;

    static bool requested();
};
