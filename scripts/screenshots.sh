#!/usr/bin/env bash
# Takes the README screenshots: runs the packaged jar in a virtual X display with fresh settings,
# drives it with the keyboard and mouse (xdotool) and captures views with ImageMagick.
# Needs: xvfb xdotool imagemagick (and fonts-wqy-microhei for the Chinese interface).
# Usage: scripts/screenshots.sh [OUTPUT_DIR]      after ./mvnw -q package -DskipTests
#   The default run takes every view in English and the light theme, then a few views in the dark
#   theme, in Russian and in Chinese.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
mkdir -p "$out"
display=:${SCREENSHOT_DISPLAY:-97}
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
app=""
settings=$(mktemp -d)
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$settings"' EXIT
sleep 1

# start THEME LANGUAGE: a fresh settings folder, the app, the window at 0,0
start() {
  [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  rm -rf "$settings/sco-explorer"; mkdir -p "$settings/sco-explorer"
  printf '{"version":1,"theme":"%s","language":"%s","windowX":0,"windowY":0,"windowWidth":1280,"windowHeight":800}\n' \
    "$1" "$2" > "$settings/sco-explorer/settings.json"
  XDG_CONFIG_HOME=$settings java -jar target/sco-explorer.jar >/dev/null 2>&1 &
  app=$!
  win=""
  for _ in $(seq 1 60); do
    win=$(xdotool search --name "^SCO Explorer$" 2>/dev/null | head -1 || true)
    [ -n "$win" ] && break
    sleep 0.5
  done
  [ -n "$win" ] || { echo "the window did not appear" >&2; exit 1; }
  xdotool windowmove "$win" 0 0
  sleep 3 # the data loads in the background
}
shot() { sleep 1.2; import -window root -crop 1280x800+0+0 "$out/$1.png"; echo "$out/$1.png"; }
# open a record through the search, as a user would: Ctrl+K, type, Enter
open() { xdotool key ctrl+k; xdotool type --delay 20 "$1"; sleep 0.6; xdotool key Return; }
corridors_with_route() {
  xdotool key ctrl+4; sleep 2
  open "Trans-Caspian Express"; sleep 2
  xdotool mousemove 1110 144 click 1; xdotool type --delay 20 "Kashgar"; xdotool key Escape
  xdotool mousemove 1110 174 click 1; xdotool type --delay 20 "Istanbul"; xdotool key Escape Return
  sleep 0.5; xdotool mousemove 700 650 click 1   # an empty spot of the graph closes the completion pop-ups
}

start light en
shot overview
open "India"; shot members
open "Astana Declaration"; shot documents
corridors_with_route; shot corridors-route
xdotool mousemove 416 114 click 1; sleep 2; shot corridors-force
xdotool mousemove 314 114 click 1
open "Jaishankar"; shot directory
xdotool key ctrl+k; xdotool type --delay 20 "caspian"; shot search
xdotool key Escape

start dark en
shot overview-dark
corridors_with_route; shot corridors-dark

start light ru
open "India"; shot members-ru
corridors_with_route; shot corridors-ru

start light zh
corridors_with_route; shot corridors-zh
