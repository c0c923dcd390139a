#!/usr/bin/env bash
# Refreshes the translations after the sources changed:
#   scripts/i18n/update.sh [BUILD_DIR]      (default: build)
# 1. lupdate (the build's update_translations target) collects the messages into i18n/*.ts;
# 2. ts_fill.py fills gongkai_zh_CN.ts from zh_CN.tsv and gongkai_en.ts from en.tsv;
# 3. make-zh_TW.sh derives gongkai_zh_TW.ts from zh_CN.tsv with OpenCC.
# Messages without a translation are listed and written to BUILD_DIR/i18n-missing-zh_CN.tsv and
# BUILD_DIR/i18n-missing-en.tsv: complete those lines, append them to zh_CN.tsv / en.tsv and run again.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}

cmake --build "$build" --target update_translations
python3 "$here/ts_fill.py" --missing "$build/i18n-missing-zh_CN.tsv" \
    "$here/zh_CN.tsv" "$root/i18n/gongkai_zh_CN.ts"
python3 "$here/ts_fill.py" --missing "$build/i18n-missing-en.tsv" \
    "$here/en.tsv" "$root/i18n/gongkai_en.ts"
"$here/make-zh_TW.sh"
