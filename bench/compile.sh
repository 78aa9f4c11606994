#!/usr/bin/env bash
# Compiles the benchmark into bench/target/classes and prints its classpath (for running a
# dev.tradeoff.bench main by hand: java -cp "$(bench/compile.sh)" dev.tradeoff.bench.StageTimes ...).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/classpath.sh >&2
echo "$BENCH_CP"
