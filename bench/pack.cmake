# bench_pack: pack verification against `openssl dgst -sha256` over the same bytes, in the same
# run (goal: ratio >= 0.8), with the peak RSS. Included from bench/CMakeLists.txt.
add_executable(bench_pack ${CMAKE_CURRENT_LIST_DIR}/packbench.cpp)
target_link_libraries(bench_pack PRIVATE seqohs_bench_support)
