# The build policy, stated once: every target of the project links seqohs_build_policy.
add_library(seqohs_build_policy INTERFACE)

target_compile_features(seqohs_build_policy INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(seqohs_build_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    SEQOHS_VERSION="${PROJECT_VERSION}")

target_compile_options(seqohs_build_policy INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wno-missing-field-initializers -Wimplicit-fallthrough -Wformat=2
    # GCC only: Clang has no -Wshadow=local, and an unknown warning option is itself an error
    # under -Werror.
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>)

if(SEQOHS_WERROR)
    target_compile_options(seqohs_build_policy INTERFACE -Werror)
endif()

if(SEQOHS_SANITIZE)
    target_compile_options(seqohs_build_policy INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(seqohs_build_policy INTERFACE -fsanitize=address,undefined)
endif()

if(SEQOHS_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "SEQOHS_FUZZ needs Clang (libFuzzer); use the 'fuzz' preset")
    endif()
    # Coverage instrumentation for libFuzzer in every library; the fuzz targets themselves link
    # -fsanitize=fuzzer, which brings libFuzzer's main.
    target_compile_options(seqohs_build_policy INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(seqohs_build_policy INTERFACE -fsanitize=address,undefined)
endif()

# Precompiled headers: the Qt headers that most sources of a library include are parsed once per
# target instead of once per file, which takes about 45% off compiling the core. Each test program
# gets one too, with Catch2 and QtTest (EXTRA): their headers were half the compile time of a test
# file. SEQOHS_PCH=OFF checks that every file includes what it uses.
option(SEQOHS_PCH "Precompile the Qt headers the libraries include most" ON)
function(seqohs_precompile_headers target)
    cmake_parse_arguments(P "WIDGETS" "" "EXTRA" ${ARGN})
    if(NOT SEQOHS_PCH)
        return()
    endif()
    set(headers
        <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash>
        <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QMap> <QObject> <QSet> <QString>
        <QStringList> <QVariant> <functional> <memory> <optional>)
    if(P_WIDGETS)
        list(APPEND headers
            <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout> <QHBoxLayout>
            <QLabel> <QLineEdit> <QPlainTextEdit> <QPushButton> <QUndoCommand> <QVBoxLayout>
            <QWidget>)
    endif()
    target_precompile_headers(${target} PRIVATE ${headers} ${P_EXTRA})
endfunction()
