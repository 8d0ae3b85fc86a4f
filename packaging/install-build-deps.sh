#!/usr/bin/env bash
# Installs what building, running and testing Bestand needs on Debian 12 (bookworm).
# Idempotent: when everything is present it returns at once without touching apt.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    clang libclang-rt-14-dev            # sanitizer runtime and libFuzzer for the fuzz target
    qt6-base-dev qt6-base-dev-tools libgl-dev
    qt6-charts-dev libqt6opengl6-dev    # the managers' overview charts (Qt Charts needs Qt OpenGL's CMake files)
    libqrencode-dev libzint-dev         # QR codes and Code 128 barcodes on asset labels
    zbar-tools                          # zbarimg: the label tests read the codes back
    libqt6sql6-sqlite                   # the embedded default database
    libqt6sql6-psql                     # PostgreSQL driver for a shared server
    postgresql                          # the throw-away server the tests start (packaging/with-postgres.sh)
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools   # lupdate/lrelease for the German UI
    qt6-translations-l10n               # Qt's own dialogs in German
    sqlite3 python3 time                # import benchmark: sqlite3 .import as the yardstick, legacygen.py, /usr/bin/time
    poppler-utils                       # pdftotext, to check the audit report PDF in tests
    appstream desktop-file-utils        # validate the package's metainfo and desktop entry
    bash-completion groff-base          # the package test completes and renders what it ships
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
