#pragma once

namespace seqohs {

// How this process's heap is laid out, set once at the start of main(), before any thread.
class ProcessHeap
{
public:
    // Reading a large workspace fills memory that the kernel otherwise hands over 4 KiB at a
    // time, each page a fault: on a virtual machine a third of the time of reading 50,000
    // evidence items. The heap is laid out in one large region at start, asked to be backed
    // with huge pages where the kernel can (as glibc's own malloc.hugetlb tunable does for the
    // main heap), and kept rather than given back while the process runs. The region is
    // address space only: memory is used as it is touched. Does nothing where the C library is
    // not glibc, or under a sanitizer.
    static void preferLargePages();
};

} // namespace seqohs
