#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

#include "isolatedhome.h"

// Qt's SQL drivers and event loop need an application object before any test runs.
int main(int argc, char *argv[])
{
    const test::IsolatedHome home;
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
