# bench_report: the PDF readiness report for a workspace of 5,000 evidence items (goal < 2 s).
# Included from bench/CMakeLists.txt; needs the report library, so only in GUI builds.
if(TARGET seqohs_report)
    add_executable(bench_report ${CMAKE_CURRENT_LIST_DIR}/reportbench.cpp)
    target_link_libraries(bench_report PRIVATE seqohs_report)
endif()
