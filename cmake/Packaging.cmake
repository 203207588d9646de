# The Debian package, made by CPack from the install rules: `scripts/package` (or `cpack` in the
# build folder) writes seqohs-tracker_VERSION_ARCH.deb. Its dependencies on the Debian 12 runtime
# libraries are found by dpkg-shlibdeps from the installed programs; what they load at run time
# as plugins cannot be seen that way and is named here.
# Installing (and so packaging) builds nothing by itself: scripts/package builds just the installed
# targets first, and a tree built for the tests has them already. Without this, cpack would first
# build every test program and benchmark.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(SEQOHS_PACKAGE_MAINTAINER "SEQOHS Tracker maintainers <maintainers@seqohs-tracker.invalid>"
    CACHE STRING "The Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME seqohs-tracker)
set(CPACK_PACKAGE_VENDOR "SEQOHS Tracker contributors")
set(CPACK_PACKAGE_CONTACT "${SEQOHS_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "An occupational health service prepares for SEQOHS accreditation with it, and an assessor \
reviews a service's submission offline. One workspace file holds the standards, the \
self-assessment, the evidence and the action plan, and produces the readiness report, the \
spreadsheets and a signed submission pack. The package holds the desktop application and the \
command line, seqohs-tracker-cli.")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SEQOHS_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Workspaces are SQLite files opened through Qt SQL's SQLite driver, a plugin; the icons are SVG,
# drawn by Qt Svg's icon engine plugin.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
# Qt's own translations (dialogs, shortcuts) in the user's language, and more image formats for
# evidence previews.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-image-formats-plugins")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "minisign")

include(CPack)
