# Sourced by the bench scripts: the launcher's JVM flags (app.runtimeFlags in the pom) in $flags, and a
# virtual display of its own (display number $1 unless BENCH_DISPLAY is set), stopped on exit.
flags=$(sed -n 's:.*<app.runtimeFlags>\(.*\)</app.runtimeFlags>.*:\1:p' pom.xml)
display=:${BENCH_DISPLAY:-$1}
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display
