#!/usr/bin/env bash
# AppCDS for the app-image: runs it once (its --self-test, in a virtual display) with
# -XX:ArchiveClassesAtExit, so the app's own classes and the JavaFX ones it uses are archived, and
# points the launcher at the archive. Measured: the packaged app starts about 0.4 s sooner
# (BENCHMARKS.md). The archive records the image's absolute path, so it only serves this
# app-image; the .deb ships without it (and keeps the runtime's base CDS archive from jlink).
# Skipped, with a note, when no Xvfb is installed. Usage: packaging/linux/app-cds.sh APP_IMAGE_DIR
set -uo pipefail
image=${1:?app-image folder}
name=$(basename "$image")
jsa="$image/lib/app/$name.jsa"
cfg="$image/lib/app/$name.cfg"
if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "app-cds: xvfb-run not found; the app-image keeps the base CDS archive only"
  exit 0
fi
rm -f "$jsa"
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$(realpath "$image")/lib/app/$name.jsa" \
  timeout 180 xvfb-run -a -s "-screen 0 1280x800x24" "$image/bin/$name" --self-test >/dev/null 2>&1
if [ -s "$jsa" ]; then
  printf 'java-options=-XX:SharedArchiveFile=$APPDIR/%s.jsa\njava-options=-Xlog:cds=off\njava-options=-Xlog:cds+dynamic=off\n' "$name" >> "$cfg"
  echo "app-cds: $(du -h "$jsa" | cut -f1) archive for the app-image"
else
  echo "app-cds: the archive could not be made; the app-image keeps the base CDS archive only"
  rm -f "$jsa"
fi
exit 0
