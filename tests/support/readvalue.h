#pragma once

#include "common/expected.h"

#include <catch2/catch.hpp>

#include <utility>

namespace test {

// The value of a read that the test needs to go on; a failed read stops the test, naming the
// errors, instead of going on with a default.
template <typename T> T read(seqohs::Expected<T> result)
{
    INFO(result.errorString().toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

} // namespace test
