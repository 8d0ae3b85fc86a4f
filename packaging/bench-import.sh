#!/bin/sh
# Import benchmark (issue 4): a clean SIS list of ROWS rows into an empty database,
# side by side with sqlite3's own .import of the same file into a bare table.
#
#   packaging/bench-import.sh [BUILD_DIR] [ROWS]
#
# BUILD_DIR defaults to ./build (use a Release build), ROWS to 1000000. The
# generator is ../shared/tools/legacygen.py next to the checkout, or $LEGACYGEN;
# BENCH_CSV=FILE reuses a list generated before. Prints wall and CPU times of
# both, the ratios and the peak resident memory of each. On a busy machine the
# CPU times (user + sys) are the fairer comparison.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
rows=${2:-1000000}
generator=${LEGACYGEN:-$here/../shared/tools/legacygen.py}
bestand=$build/app/bestand

for tool in sqlite3 python3 /usr/bin/time; do
    command -v "$tool" >/dev/null 2>&1 || { echo "bench-import: $tool is missing" >&2; exit 2; }
done
[ -x "$bestand" ] || { echo "bench-import: $bestand not built" >&2; exit 2; }
[ -n "${BENCH_CSV:-}" ] || [ -f "$generator" ] || {
    echo "bench-import: generator $generator not found (set LEGACYGEN)" >&2
    exit 2
}

work=$(mktemp -d "${TMPDIR:-/tmp}/bench-import.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

if [ -n "${BENCH_CSV:-}" ]; then
    ln -s "$(cd "$(dirname "$BENCH_CSV")" && pwd)/$(basename "$BENCH_CSV")" "$work/sis.csv"
    rows=$(($(wc -l <"$BENCH_CSV") - 1))
else
    echo "Generating $rows clean SIS rows ..."
    python3 "$generator" sis --clean --rows "$rows" --seed 1 --out "$work/sis.csv"
fi
echo "File: $(du -hL "$work/sis.csv" | cut -f1), $rows rows"
sync

/usr/bin/time -f '%e %U %S %M' -o "$work/sqlite.time" \
    sqlite3 "$work/bare.db" '.mode csv' '.separator ;' ".import $work/sis.csv t"

/usr/bin/time -f '%e %U %S %M' -o "$work/bestand.time" \
    "$bestand" import --db "$work/bestand.db" --profile sis --rejects "$work/rejects.csv" --json "$work/sis.csv" \
    >"$work/result.json"

read -r sqlite_s sqlite_user sqlite_sys sqlite_kb <"$work/sqlite.time"
read -r bestand_s bestand_user bestand_sys bestand_kb <"$work/bestand.time"
created=$(sed -n 's/.*"created": \([0-9]*\).*/\1/p' "$work/result.json")
rejected=$(sed -n 's/.*"rejected": \([0-9]*\).*/\1/p' "$work/result.json")

echo "sqlite3 .import:       ${sqlite_s} s wall, ${sqlite_user}+${sqlite_sys} s CPU, peak RSS $((sqlite_kb / 1024)) MB"
echo "bestand import (sis):  ${bestand_s} s wall, ${bestand_user}+${bestand_sys} s CPU, peak RSS $((bestand_kb / 1024)) MB," \
    "created ${created}, rejected ${rejected}"
awk -v a="$bestand_s" -v b="$sqlite_s" -v r="$rows" \
    -v au="$bestand_user" -v as="$bestand_sys" -v bu="$sqlite_user" -v bs="$sqlite_sys" \
    'BEGIN { printf "ratio bestand/sqlite3: %.1fx wall, %.1fx CPU  (%.0f rows/s; target <= 2x, < 256 MB)\n",
                    a / b, (au + as) / (bu + bs), r / a }'
