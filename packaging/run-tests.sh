#!/usr/bin/env bash
# The whole test suite, as CI runs it: warnings are errors, ASan and UBSan on,
# GUI tests offscreen. Usage: packaging/run-tests.sh [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/install-build-deps.sh

# The CSV reader's libFuzzer target in a clang build of its own, for a bounded time.
# Only the models library (instrumented for the fuzzer) and that target are built.
fuzz_build=build-fuzz
cmake -S . -B "$fuzz_build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DBESTAND_FUZZ=ON \
    -DBESTAND_BUILD_TESTS=ON
cmake --build "$fuzz_build" --parallel 2 --target fuzz_csvreader
ctest --test-dir "$fuzz_build" -R fuzz_csvreader --output-on-failure

# The whole suite last, so its summary is the closing line.
build=build-tests
cmake -S . -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Debug \
    -DBESTAND_WERROR=ON \
    -DBESTAND_SANITIZE=ON \
    -DBESTAND_BUILD_BENCHMARKS=ON
cmake --build "$build" --parallel 2
# The tests that touch storage run twice, the second time on a throw-away
# PostgreSQL server that lives as long as this ctest run.
QT_QPA_PLATFORM=offscreen packaging/with-postgres.sh \
    ctest --test-dir "$build" --output-on-failure --parallel 2 "$@"
