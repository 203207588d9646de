#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

#include "isolatedhome.h"

// GUI tests need a QApplication. Without a display they would abort, and CMake's test
// discovery would then find no tests at all: render offscreen unless told otherwise.
int main(int argc, char *argv[])
{
    const test::IsolatedHome home;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("seqohs-tracker-tests"));
    QApplication::setOrganizationName(QStringLiteral("seqohs-tracker-tests"));
    QApplication::setApplicationVersion(QStringLiteral(SEQOHS_VERSION));
    return Catch::Session().run(argc, argv);
}
