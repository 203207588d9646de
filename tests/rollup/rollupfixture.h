#pragma once

#include "testsupport.h"

#include <QDate>
#include <QString>

namespace test {

// The date the roll-up tests are for.
QDate rollUpToday();

// A demo workspace at dir/file for a service of this name, as of rollUpToday().
QString demoService(const TempDir &dir, const QString &file, const QString &name);

// Marks the file as written by a newer version of the program (its schema version 99).
void makeNewer(const QString &path);

} // namespace test
