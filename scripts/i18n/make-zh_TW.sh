#!/usr/bin/env bash
# Derives the Traditional Chinese table from the Simplified one with OpenCC (s2twp: Taiwan
# standard with Taiwanese phrases), applies the fixes in zh_TW-terms.tsv, and fills
# i18n/gongkai_zh_TW.ts. A development tool: the build itself needs no OpenCC.
#   scripts/i18n/make-zh_TW.sh            (Debian/Ubuntu: apt-get install opencc)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
command -v opencc >/dev/null || { echo "make-zh_TW.sh: opencc is not installed (apt-get install opencc)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Only the translations go through OpenCC; contexts and English sources stay as they are.
grep -v -e '^#' -e '^[[:space:]]*$' "$here/zh_CN.tsv" > "$tmp/cn.tsv"
cut -f1,2 "$tmp/cn.tsv" > "$tmp/keys.tsv"
cut -f3- "$tmp/cn.tsv" | opencc -c s2twp.json > "$tmp/tw.txt"
python3 - "$here/zh_TW-terms.tsv" "$tmp/tw.txt" <<'PY'
import sys
fixes = []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if line and not line.startswith("#"):
        old, new = line.split("\t")
        fixes.append((old, new))
path = sys.argv[2]
lines = open(path, encoding="utf-8").read().split("\n")
for old, new in fixes:
    if old.startswith("^") and old.endswith("$"):
        lines = [new if line == old[1:-1] else line for line in lines]
    else:
        lines = [line.replace(old, new) for line in lines]
open(path, "w", encoding="utf-8").write("\n".join(lines))
PY
paste "$tmp/keys.tsv" "$tmp/tw.txt" > "$tmp/zh_TW.tsv"
python3 "$here/ts_fill.py" "$tmp/zh_TW.tsv" "$root/i18n/gongkai_zh_TW.ts"
