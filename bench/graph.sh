#!/usr/bin/env bash
# Measures the corridor graph at 1,000 places and 3,000 legs (issue: geographic view within 2 s,
# force layout within 5 s). Runs in a virtual display; needs xvfb.
# Usage: bench/graph.sh [PLACES LEGS RUNS]    (builds the jar and the test classes first)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package test-compile >/dev/null
source bench/common.sh 95
java -Xmx1g -cp target/sco-explorer.jar:target/test-classes org.scoexplorer.bench.GraphBench \
  "${1:-1000}" "${2:-3000}" "${3:-5}" 2>/dev/null
