#!/usr/bin/env bash
# Benchmarks: builds in release mode and prints the ledger figures on a 1,000,000-item SQLite ledger
# (generated once into build-bench/, about 1 GB), beside the sqlite3 tool running the same SQL; then the
# quarterly report's figures and PDF, beside sqlite3 and LibreOffice (when installed).
# Usage: bash scripts/benchmark.sh [--items N]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/deps.sh"
gongkai_install "${GONGKAI_BUILD_PACKAGES[@]}" sqlite3
gongkai_build "$GONGKAI_ROOT/build-bench" -DGONGKAI_BUILD_TESTS=ON >/dev/null
cd "$GONGKAI_ROOT/build-bench"
./tests/benchmarks/bench_ledger "$@"
exec ./tests/benchmarks/bench_report "$@"
