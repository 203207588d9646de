#include "benchsupport.h"

#include <sys/resource.h>

using namespace seqohs;

StandardsSet benchStandardsSet()
{
    Criterion c;
    c.id = QStringLiteral("bench-1");
    c.code = QStringLiteral("B1");
    c.title = QStringLiteral("Benchmark criterion");
    Standard s;
    s.id = QStringLiteral("bench");
    s.code = QStringLiteral("B");
    s.title = QStringLiteral("Benchmark standard");
    s.criteria = {c};
    Domain d;
    d.id = QStringLiteral("bench-domain");
    d.code = QStringLiteral("D");
    d.title = QStringLiteral("Benchmark domain");
    d.standards = {s};
    StandardsSet set;
    set.id = QStringLiteral("bench-set");
    set.title = QStringLiteral("Benchmark set");
    set.version = QStringLiteral("1");
    set.domains = {d};
    return set;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}
