#include "processheap.h"

#include <cstddef>
#include <cstdint>

// GCC says it builds with AddressSanitizer by a macro, Clang by a feature test.
#if defined(__SANITIZE_ADDRESS__)
#define SEQOHS_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define SEQOHS_SANITIZED 1
#endif
#endif

#if defined(__GLIBC__) && !defined(SEQOHS_SANITIZED)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace seqohs {

void ProcessHeap::preferLargePages()
{
#if defined(__GLIBC__) && !defined(SEQOHS_SANITIZED) && defined(MADV_HUGEPAGE)
    constexpr size_t region = size_t(256) << 20;
    constexpr size_t huge = size_t(2) << 20;
    // The heap grows by the whole region at once and is never given back during the run, and
    // large blocks come from it too rather than from mappings of their own.
    mallopt(M_TOP_PAD, int(region));
    mallopt(M_TRIM_THRESHOLD, int(region));
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    // More than the heap holds free at start, so that it grows now, by the region.
    void *first = malloc(size_t(1) << 20);
    const auto top = reinterpret_cast<uintptr_t>(sbrk(0));
    const auto from = (reinterpret_cast<uintptr_t>(first) + huge - 1) & ~(huge - 1);
    if (first && top > from)
        madvise(reinterpret_cast<void *>(from), top - from, MADV_HUGEPAGE);
    free(first);
#endif
}

} // namespace seqohs
