# Opening and scoring a workspace with 5,000 evidence items and 100,000 audit rows.
add_executable(bench_score scorebench.cpp benchworkspace.cpp benchworkspace.h)
target_link_libraries(bench_score PRIVATE seqohs_core SQLite::SQLite3)
add_dependencies(bench_score seqohs-tracker-cli)

if(TARGET seqohs_gui)
    # How long the window's interactions block the event loop on the same workspace.
    add_executable(bench_ui uibench.cpp benchworkspace.cpp benchworkspace.h)
    target_link_libraries(bench_ui PRIVATE seqohs_gui SQLite::SQLite3)
endif()
