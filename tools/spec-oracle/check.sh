#!/usr/bin/env bash
# Cross-checks Tradeoff's portfolio.json against an independent implementation of SPEC.md
# (portfolio.py, written from SPEC.md alone, without reading Tradeoff's code): the spec fixtures,
# the sample strategy and generated strategies of 40, 300 and 1,000 initiatives.
# Needs python3 with PyYAML (Debian: python3-yaml). Exits 1 when any figure differs.
set -euo pipefail
cd "$(dirname "$0")/../.."
classpath="$(bench/compile.sh 2>/dev/null | tail -1)"
oracle=tools/spec-oracle
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

check() { # name strategy-folder
    rm -rf "$work/out"
    java -Djava.awt.headless=true -XX:TieredStopAtLevel=1 -cp "$classpath" \
        dev.tradeoff.bench.BenchChild build "$2" "$work/out" 0 1 > "$work/build.log"
    python3 "$oracle/portfolio.py" "$2" > "$work/oracle.json"
    if python3 "$oracle/compare.py" "$work/oracle.json" "$work/out/site/data/portfolio.json" > "$work/compare.log"; then
        echo "match   $1"
    else
        echo "DIFFERS $1"; sed 's/^/        /' "$work/compare.log" | head -20
        failed=1
    fi
}

failed=0
for fixture in plugin/src/test/resources/spec/*/strategy; do
    check "fixture $(basename "$(dirname "$fixture")")" "$fixture"
done
check "sample-site" sample-site/src/strategy
for size_seed in "40 11" "300 12" "1000 13"; do
    read -r size seed <<< "$size_seed"
    java -cp "$classpath" dev.tradeoff.bench.StrategyGenerator "$size" "$work/strategy-$size" "$seed" > /dev/null
    check "generated N=$size seed $seed" "$work/strategy-$size"
done
exit "$failed"
