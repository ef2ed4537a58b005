#!/usr/bin/env bash
# Load + validate in a fresh JVM, as a user meets it: `--validate FILE` timed from the shell (JVM start,
# read, parse, JSON Schema, records, cross-checks), N runs per size, with the launcher's JVM flags
# (app.runtimeFlags) and with the JVM's defaults. Prints the median wall time and peak resident memory.
# The scaled datasets are written once by --scale into target/bench/.
# Usage: bench/load.sh [N] [SIZES]     e.g. bench/load.sh 7 "1 10 100 1000"
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-7}
sizes=${2:-1 10 100 1000}
./mvnw -q -B -DskipTests package >/dev/null
flags=$(sed -n 's:.*<app.runtimeFlags>\(.*\)</app.runtimeFlags>.*:\1:p' pom.xml)
jar=target/sco-explorer.jar
mkdir -p target/bench
for s in $sizes; do
  f=target/bench/scaled-x$s.sco.json
  [ -f "$f" ] || java -jar $jar --scale "$s" "$f" >/dev/null
  for mode in launcher default; do
    opts=$([ $mode = launcher ] && echo "$flags" || echo "-Xmx2g")
    times=(); mems=()
    for i in $(seq 1 "$n"); do
      /usr/bin/time -f "%e %M" -o target/bench/time.txt java $opts -jar $jar --validate "$f" >/dev/null 2>&1
      out=$(tail -1 target/bench/time.txt)
      times+=("${out% *}"); mems+=("${out#* }")
    done
    python3 - "$s" "$mode" "$(du -m "$f" | cut -f1)" "${times[*]}" "${mems[*]}" <<'PY'
import statistics, sys
size, mode, mb, times, mems = sys.argv[1:]
t = [float(x) for x in times.split()]
m = [int(x) / 1024 for x in mems.split()]
print(f"x{size} ({mb} MB) {mode:8s}: median {statistics.median(t):.2f} s (runs {' '.join(f'{x:.2f}' for x in t)}), peak RSS {statistics.median(m):.0f} MB")
PY
  done
done
