#!/usr/bin/env bash
# Start-up against the floor: runs, alternately, the app with --measure-startup and an empty JavaFX
# window (bench EmptyStage), N times each, same JVM, same flags, same classpath style (the shaded
# jar), in a virtual display; prints every run and the medians and ratios.
# Usage: bench/startup.sh [N]      (builds the jar and the test classes first; needs xvfb)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-7}
./mvnw -q -B -DskipTests package test-compile >/dev/null
display=:${BENCH_DISPLAY:-94}
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display
app=(); floor=()
for i in $(seq 1 "$n"); do
  a=$(timeout 60 java -jar target/sco-explorer.jar --measure-startup 2>/dev/null | tail -1)
  f=$(timeout 60 java -cp target/sco-explorer.jar:target/test-classes org.scoexplorer.bench.EmptyStage 2>/dev/null | tail -1)
  echo "run $i  app $a  empty $f"
  app+=("$a"); floor+=("$f")
done
python3 - "${app[@]}" --- "${floor[@]}" <<'PY'
import json, statistics, sys
args = sys.argv[1:]
cut = args.index('---')
app = [json.loads(a) for a in args[:cut]]
floor = [json.loads(f) for f in args[cut + 1:]]
first = statistics.median(a['firstFrameMs'] for a in app)
data = statistics.median(a['dataShownMs'] for a in app)
gap = statistics.median(a['maxFrameGapMs'] for a in app)
empty = statistics.median(f['firstFrameMs'] for f in floor)
print(f"median: empty window {empty:.0f} ms; app first frame {first:.0f} ms ({first / empty:.2f}x), "
      f"data on screen {data:.0f} ms ({data / empty:.2f}x), longest frame gap {gap:.0f} ms")
PY
