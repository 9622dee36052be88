# Shared helpers for the installer scripts (sourced, not run).
# shellcheck shell=bash

INSTALLER_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$INSTALLER_DIR/.." && pwd)"
WORK="${AISAFE_WORK:-$INSTALLER_DIR/work}"
CACHE="${AISAFE_CACHE:-$INSTALLER_DIR/cache}"
DIST="${AISAFE_DIST:-$REPO/dist}"

# The version has one home: src/aisafe_desktop/__init__.py.
VERSION="$(sed -n 's/^__version__ = "\([^"]*\)"$/\1/p' "$REPO/src/aisafe_desktop/__init__.py")"
[ -n "$VERSION" ] || { echo "error: no __version__ in src/aisafe_desktop/__init__.py" >&2; exit 1; }

log() { printf '\n==> %s\n' "$*" >&2; }
die() { printf '\nFAILED: %s\n' "$*" >&2; exit 1; }

# Seconds since the script started, for the timing lines the benchmarks quote.
elapsed() { echo "$(( $(date +%s) - ${SCRIPT_START:-$(date +%s)} ))"; }

# Copy the source tree as git sees it (tracked + untracked, minus ignored files) into $1.
# AISAFE_SOURCE_REF=<commit> builds exactly that commit instead (CI, releases).
stage_source() {
    local dest="$1"
    rm -rf "$dest" && mkdir -p "$dest"
    if [ -n "${AISAFE_SOURCE_REF:-}" ]; then
        git -C "$REPO" archive "$AISAFE_SOURCE_REF" | tar -x -C "$dest"
    else
        (cd "$REPO" && git ls-files -z -co --exclude-standard \
            | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
            | tar --null -T - -cf -) | tar -x -C "$dest"
    fi
}

# Compile Qt translations (.ts -> .qm) in a staged tree with the given pyside6-lrelease.
compile_translations() {
    local stage="$1" lrelease="$2" ts
    shopt -s nullglob
    for ts in "$stage"/resources/translations/*.ts; do
        "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm" || die "pyside6-lrelease failed on $ts"
    done
    shopt -u nullglob
}

# Write <file>.sha256 next to an artefact (checked with `sha256sum -c` after copying to a USB stick).
write_checksum() {
    (cd "$(dirname "$1")" && sha256sum "$(basename "$1")" > "$(basename "$1").sha256")
}

# Windows DLLs that Wine 8 lacks, as test-only stand-ins compiled into $WINEPREFIX's system32
# (installer/windows/test-*-stub.c). They must never reach a bundle or an installer:
# assert_no_test_stubs checks a folder for them.
TEST_STUB_DLLS=(icuuc bcryptprimitives)
install_test_stubs() {
    local name extra
    for name in "${TEST_STUB_DLLS[@]}"; do
        extra=()
        [ "$name" = bcryptprimitives ] && extra=(-lbcrypt)
        x86_64-w64-mingw32-gcc -O2 -shared -o "$WINEPREFIX/drive_c/windows/system32/$name.dll" \
            "$INSTALLER_DIR/windows/test-$name-stub.c" "${extra[@]}" \
            || die "cannot compile the test-only $name stub"
    done
}
assert_no_test_stubs() {
    local name found
    for name in "${TEST_STUB_DLLS[@]}"; do
        found="$(find "$1" -iname "$name*.dll" | head -5)"
        [ -z "$found" ] || die "test-only $name stub found in $1:"$'\n'"$found"
    done
}
