#!/usr/bin/env bash
# Measures the corridor graph at 1,000 places and 3,000 legs (issue: geographic view within 2 s,
# force layout within 5 s). Runs in a virtual display; needs xvfb.
# Usage: bench/graph.sh [PLACES LEGS RUNS]    (builds the jar and the test classes first)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package test-compile >/dev/null
display=:${BENCH_DISPLAY:-95}
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display java -Xmx1g -cp target/sco-explorer.jar:target/test-classes org.scoexplorer.bench.GraphBench \
  "${1:-1000}" "${2:-3000}" "${3:-5}" 2>/dev/null
