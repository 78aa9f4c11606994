#!/usr/bin/env bash
# Writes a synthetic strategy: bench/generate.sh <initiatives> <folder> [seed, default 1]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
    echo "usage: bench/generate.sh <initiatives> <folder> [seed]" >&2
    exit 2
fi
out=$(realpath -m "$2")
. bench/classpath.sh
exec java -cp "$BENCH_CP" dev.tradeoff.bench.StrategyGenerator "$1" "$out" "${3:-1}"
