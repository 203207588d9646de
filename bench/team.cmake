# bench_team: a team workspace on a PostgreSQL server started with scripts/test-postgres: open
# and score, rescore after one edit, how soon another person's workspace hears a change, and
# many sessions editing at once with every write counted, and importing evidence into it. Included from bench/CMakeLists.txt.
add_executable(bench_team ${CMAKE_CURRENT_LIST_DIR}/teambench.cpp
    ${CMAKE_CURRENT_LIST_DIR}/benchworkspace.cpp ${CMAKE_CURRENT_LIST_DIR}/benchworkspace.h)
target_link_libraries(bench_team PRIVATE seqohs_bench_support SQLite::SQLite3 PkgConfig::LIBPQ)
add_dependencies(bench_team seqohs-tracker-cli)
