#!/usr/bin/env bash
# Start-up against the floor: runs, alternately, the app with --measure-startup and an empty JavaFX
# window (bench EmptyStage), N times each, with the same JVM flags (the launcher's, app.runtimeFlags in
# the pom) and the same classpath style (the shaded jar), in a virtual display; first without, then
# with an AppCDS archive (one per program, made by a first run). Prints every run, the medians and the
# ratios. With the packaged app-image present (./mvnw -Ppackage package), also its own launcher.
# Usage: bench/startup.sh [N] [DATASET]      (builds the jar and the test classes first; needs xvfb)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-7}
data=${2:-}
./mvnw -q -B -DskipTests package test-compile >/dev/null
source bench/common.sh 94
mkdir -p target/bench
jar=target/sco-explorer.jar
# CDS archives only classes from jars, not folders
(cd target/test-classes && jar cf ../bench/empty-stage.jar org/scoexplorer/bench/EmptyStage*.class)
cp=$jar:target/bench/empty-stage.jar
app() { timeout 120 java $flags "$@" -jar $jar --measure-startup $data 2>/dev/null | tail -1; }
empty() { timeout 60 java $flags "$@" -cp $cp org.scoexplorer.bench.EmptyStage 2>/dev/null | tail -1; }

report() {
  python3 - "$1" "${app_runs[@]}" --- "${floor_runs[@]}" <<'PY'
import json, statistics, sys
label = sys.argv[1]
args = sys.argv[2:]
cut = args.index('---')
app = [json.loads(a) for a in args[:cut]]
floor = [json.loads(f) for f in args[cut + 1:]]
first = statistics.median(a['firstFrameMs'] for a in app)
data = statistics.median(a['dataShownMs'] for a in app)
gap = statistics.median(a['maxFrameGapMs'] for a in app)
empty = statistics.median(f['firstFrameMs'] for f in floor)
print(f"{label}: median of {len(app)}: empty window {empty:.0f} ms; app first frame {first:.0f} ms ({first / empty:.2f}x), "
      f"data on screen {data:.0f} ms ({data / empty:.2f}x), longest frame gap {gap:.0f} ms")
PY
}

for mode in plain appcds; do
  app_opts=(); empty_opts=()
  if [ $mode = appcds ]; then
    app -XX:ArchiveClassesAtExit=target/bench/app.jsa >/dev/null
    empty -XX:ArchiveClassesAtExit=target/bench/empty.jsa >/dev/null
    app_opts=(-XX:SharedArchiveFile=target/bench/app.jsa -Xlog:cds=off -Xlog:cds+dynamic=off)
    empty_opts=(-XX:SharedArchiveFile=target/bench/empty.jsa -Xlog:cds=off -Xlog:cds+dynamic=off)
  fi
  app_runs=(); floor_runs=()
  for i in $(seq 1 "$n"); do
    a=$(app "${app_opts[@]}")
    f=$(empty "${empty_opts[@]}")
    echo "$mode run $i  app $a  empty $f"
    app_runs+=("$a"); floor_runs+=("$f")
  done
  report "$mode ($flags)"
done

if [ -x target/dist/sco-explorer/bin/sco-explorer ]; then
  # the floor in the same jlinked runtime, with an AppCDS archive of its own, like the app-image's
  rj=target/dist/sco-explorer/lib/runtime/bin/java
  rcp=target/bench/empty-stage.jar:target/dist/sco-explorer/lib/app/sco-explorer.jar
  $rj $flags -XX:ArchiveClassesAtExit=target/bench/empty-image.jsa -cp $rcp org.scoexplorer.bench.EmptyStage >/dev/null 2>&1
  app_runs=(); floor_runs=()
  for i in $(seq 1 "$n"); do
    a=$(timeout 120 target/dist/sco-explorer/bin/sco-explorer --measure-startup $data 2>/dev/null | tail -1)
    f=$(timeout 60 $rj $flags -XX:SharedArchiveFile=target/bench/empty-image.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
      -cp $rcp org.scoexplorer.bench.EmptyStage 2>/dev/null | tail -1)
    echo "app-image run $i  app $a  empty $f"
    app_runs+=("$a"); floor_runs+=("$f")
  done
  report "app-image (its launcher, runtime and AppCDS archive; the empty window in the same runtime with AppCDS)"
fi
