#!/usr/bin/env bash
# Takes the README screenshots: runs the packaged jar in a virtual X display, drives it with the
# keyboard (Ctrl+K search, Enter) via xdotool and captures each view with ImageMagick.
# Needs: xvfb xdotool imagemagick. Usage: scripts/screenshots.sh [OUTPUT_DIR]
# (after ./mvnw -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
mkdir -p "$out"
display=:${SCREENSHOT_DISPLAY:-97}
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
sleep 1
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
sleep 3 # the data loads in the background

shot() { sleep 1.2; import -window root -crop 1280x800+0+0 "$out/$1.png"; echo "$out/$1.png"; }
# open a record through the search, as a user would: Ctrl+K, type, Enter
open() { xdotool key ctrl+k; xdotool type --delay 20 "$1"; sleep 0.6; xdotool key Return; }

shot overview
open "India"; shot members
open "Astana Declaration"; shot documents
open "Trans-Caspian Express"; sleep 2
# a route: From and To in the route panel, Enter finds it
xdotool mousemove 1110 117 click 1; xdotool type --delay 20 "Kashgar"; xdotool key Escape
xdotool mousemove 1110 147 click 1; xdotool type --delay 20 "Istanbul"; xdotool key Escape Return
sleep 0.5; xdotool mousemove 700 650 click 1   # an empty spot of the graph closes the completion pop-ups
shot corridors-route
xdotool mousemove 416 87 click 1; sleep 2; shot corridors-force
xdotool mousemove 314 87 click 1
open "Jaishankar"; shot directory
xdotool key ctrl+k; xdotool type --delay 20 "caspian"; shot search
xdotool key Escape
