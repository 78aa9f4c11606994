#!/usr/bin/env bash
# The benchmark of issue 6 (see docs/benchmarks.md). Installs Debian's hugo when it is missing,
# compiles the project, then runs dev.tradeoff.bench.Benchmark; every argument is passed on:
#   bench/run.sh                                   # N = 1,000, 10,000 and 50,000, diff, serve, Hugo
#   bench/run.sh --sizes 1000,10000 --skip diff,serve
# Results: printed at the end and written to bench/target/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v hugo >/dev/null 2>&1; then
    echo "Installing hugo (Debian package) ..."
    if [ "$(id -u)" -eq 0 ]; then
        apt-get install -y -q hugo >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q hugo >/dev/null; }
    else
        sudo apt-get install -y -q hugo >/dev/null || { sudo apt-get update -q >/dev/null && sudo apt-get install -y -q hugo >/dev/null; }
    fi
fi
. bench/classpath.sh
exec java -Xmx2g -cp "$BENCH_CP" dev.tradeoff.bench.Benchmark --work "$PWD/bench/target" "$@"
