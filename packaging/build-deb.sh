#!/usr/bin/env bash
# Builds the Debian package for users: a Release build and `cpack -G DEB`.
# Usage: packaging/build-deb.sh [BUILD_DIR]   (default build-release)
# Install it with: sudo apt install ./BUILD_DIR/bestand_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-release}
packaging/install-build-deps.sh
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBESTAND_BUILD_TESTS=OFF -DBESTAND_BUILD_BENCHMARKS=OFF
cmake --build "$build" --parallel 2
(cd "$build" && cpack -G DEB)
ls "$build"/bestand_*.deb
