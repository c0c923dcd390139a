#!/usr/bin/env bash
# Installs what Gongkai needs to build and test on Debian 12. Sourced by the other scripts.
# GONGKAI_SKIP_DEPS=1 skips it (a machine that already has everything).
set -euo pipefail

GONGKAI_BUILD_PACKAGES=(build-essential cmake ninja-build ccache
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-5compat-dev
    libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n libgl-dev fonts-wqy-microhei
    pkgconf libsodium-dev libzip-dev)
GONGKAI_TEST_PACKAGES=(postgresql-15 xvfb xauth poppler-utils sqlite3)

gongkai_install() {
    if [ "${GONGKAI_SKIP_DEPS:-0}" = 1 ]; then
        return 0
    fi
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    echo "== Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# gongkai_build BUILD_DIR [cmake options…]
gongkai_build() {
    local dir=$1
    shift
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$GONGKAI_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" "$@"
    cmake --build "$dir" --parallel "$(nproc)"
}

GONGKAI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
