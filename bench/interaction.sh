#!/usr/bin/env bash
# The window under the hand: start-up, then every tab opened in turn (the corridor graph drawn), then
# "tashkent" typed and deleted in the Directory's filter and in the search box at about 8 keys a second
# (--measure-startup --tour --type=tashkent); N runs with the launcher's JVM flags in a virtual display.
# Prints every run and the medians: frame gaps, keystroke times, resident memory and heap after GC.
# Usage: bench/interaction.sh [N] [DATASET]    e.g. a scaled one: java -jar target/sco-explorer.jar
#        --scale 100 target/bench/scaled-x100.sco.json
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-5}
data=${2:-}
./mvnw -q -B -DskipTests package >/dev/null
source bench/common.sh 93
runs=()
for i in $(seq 1 "$n"); do
  r=$(timeout 300 java $flags -jar target/sco-explorer.jar --measure-startup --tour --type=tashkent $data 2>/dev/null | tail -1)
  echo "run $i  $r"
  runs+=("$r")
done
python3 - "$flags" "${runs[@]}" <<'PY'
import json, statistics, sys
flags = sys.argv[1]
runs = [json.loads(r) for r in sys.argv[2:]]
keys = ['dataShownMs', 'maxFrameGapMs', 'tourMaxGapMs', 'graphShownMs', 'keystrokeP95Ms', 'keystrokeMaxMs', 'typingMaxGapMs', 'rssMb', 'heapMb']
print(f"median of {len(runs)} ({flags}): " + ", ".join(f"{k} {statistics.median(r[k] for r in runs):g}" for k in keys))
PY
