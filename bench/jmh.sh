#!/usr/bin/env bash
# JMH benchmarks (src/jmh/java, Maven profile jmh; not part of verify). Arguments go to JMH, e.g.
#   bench/jmh.sh                        every benchmark (about 25 minutes)
#   bench/jmh.sh SearchBenchmark        one class
#   bench/jmh.sh Load -p scale=1,100    one parameter subset
#   bench/jmh.sh -l                     list them
# Results: the JMH report on stdout; target/jmh-result.json in JMH's JSON format.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pjmh -DskipTests package >/dev/null
args="${*:-.*} -rf json -rff target/jmh-result.json"
case " $* " in *" -l "*|*" -h "*) args="$*";; esac
./mvnw -q -B -Pjmh exec:exec@jmh -Djmh.args="$args"
