#!/usr/bin/env bash
# Builds the Debian package from a configured and built build directory and checks
# what an administrator gets: the files a desktop and a shell need, valid metadata,
# the dependencies apt must bring, a man page that renders, a completion that completes.
# Usage: packaging/check-package.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" > "$work/cpack.log") || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/bestand_*.deb)
echo "package: $(basename "$deb")"

dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's#^\./#/#' > "$work/contents"
failed=0
for path in \
    /usr/bin/bestand \
    /usr/share/applications/de.ksm_mv.Bestand.desktop \
    /usr/share/metainfo/de.ksm_mv.Bestand.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/de.ksm_mv.Bestand.svg \
    /usr/share/icons/hicolor/48x48/apps/de.ksm_mv.Bestand.png \
    /usr/share/icons/hicolor/256x256/apps/de.ksm_mv.Bestand.png \
    /usr/share/man/man1/bestand.1.gz \
    /usr/share/man/de/man1/bestand.1.gz \
    /usr/share/bestand/translations/bestand_de.qm \
    /usr/share/bash-completion/completions/bestand; do
    if grep -qx "$path" "$work/contents"; then echo "contains $path"; else echo "MISSING $path"; failed=1; fi
done

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dependency in libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n libqt6widgets6; do
    [[ "$depends" == *"$dependency"* ]] || { echo "MISSING dependency $dependency"; failed=1; }
done

dpkg-deb -x "$deb" "$work/root"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/de.ksm_mv.Bestand.metainfo.xml"
desktop-file-validate "$work/root/usr/share/applications/de.ksm_mv.Bestand.desktop"
echo "desktop file valid"

# The man page renders without warnings and documents every command.
for page in man1 de/man1; do
    zcat "$work/root/usr/share/man/$page/bestand.1.gz" > "$work/page.1"
    warnings=$(LC_ALL=C.UTF-8 groff -k -man -Tutf8 -ww -z "$work/page.1" 2>&1 || true)
    [ -z "$warnings" ] || { echo "man page $page: $warnings"; failed=1; }
    for command in "bestand check" "bestand import" "bestand export" "bestand undo-import" \
        "bestand audit new" "bestand audit close" "bestand licences"; do
        grep -q "^\.SS \"${command//-/\\\\-}\"" "$work/page.1" || { echo "man page $page lacks $command"; failed=1; }
    done
done
echo "man pages render and name every command"

# Complete as bash would: the commands, a command's options, an audit's subcommands.
complete_line() {
    bash -c '
        source /usr/share/bash-completion/bash_completion
        source "$1"
        shift
        COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
        COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        _bestand
        printf "%s\n" "${COMPREPLY[@]}"' _ "$work/root/usr/share/bash-completion/completions/bestand" "$@"
}
expect_completion() {
    local expected=$1; shift
    if complete_line "$@" | grep -qx -- "$expected"; then
        echo "completes '$*' with $expected"
    else
        echo "'$*' does not complete to $expected: $(complete_line "$@" | tr '\n' ' ')"; failed=1
    fi
}
expect_completion check bestand ch
expect_completion undo-import bestand undo
expect_completion --dry-run bestand import --dr
expect_completion new bestand audit n
expect_completion --responsible bestand audit new --resp
expect_completion plain bestand export --format pl

exit $failed
