#!/usr/bin/env bash
# Takes the README screenshots: runs the packaged jar in a virtual X display, clicks through the
# tabs with xdotool and captures each with ImageMagick. Needs: xvfb xdotool imagemagick.
# Usage: scripts/screenshots.sh [OUTPUT_DIR]   (after ./mvnw -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
mkdir -p "$out"
display=:${SCREENSHOT_DISPLAY:-97}
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
java -jar target/sco-explorer.jar >/dev/null 2>&1 &
app=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT

for _ in $(seq 1 60); do
  win=$(xdotool search --name "^SCO Explorer$" 2>/dev/null | head -1 || true)
  [ -n "$win" ] && break
  sleep 0.5
done
[ -n "${win:-}" ] || { echo "the window did not appear" >&2; exit 1; }
xdotool windowmove "$win" 0 0
sleep 3 # the data loads in the background; give it time to fill the tables

shot() { sleep 1; import -window root "$out/$1.png"; echo "$out/$1.png"; }
shot members
xdotool mousemove 115 17 click 1; shot documents
xdotool mousemove 200 17 click 1
xdotool mousemove 300 150 click 1; shot corridors
