#!/usr/bin/env bash
# Command 1 of the README: install, build, and start Gongkai on the embedded demo database
# (created and filled with a demo office on first start in the user's data folder).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/deps.sh"
gongkai_install "${GONGKAI_BUILD_PACKAGES[@]}"
gongkai_build "$GONGKAI_ROOT/build" -DGONGKAI_BUILD_TESTS=OFF
exec "$GONGKAI_ROOT/build/app/gongkai" "$@"
