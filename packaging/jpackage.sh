#!/usr/bin/env bash
# Builds the installable app with jlink + jpackage, from the jars Maven prepared (the -Ppackage
# profile runs this after copying them):
#   target/jpackage/input   the app's own thin jar and every non-JavaFX dependency (classpath)
#   target/jpackage/fxmods  the JavaFX jars for this OS, linked into the runtime as modules
# Output: target/dist/sco-explorer (app-image) and, on Linux, a .deb (and an .rpm when rpmbuild is
# installed) in target/installer; on Windows an .msi, on macOS a .dmg.
# Usage: packaging/jpackage.sh VERSION "JVM FLAGS"   (the pom passes app.jvmFlags and app.runtimeFlags)
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:?version}
flags=${2:-}
jdk_bin=${JAVA_HOME:+$JAVA_HOME/bin/}
input=target/jpackage/input
fxmods=target/jpackage/fxmods
name=sco-explorer
# the app's own classes (the dependencies stay separate jars on the classpath; JavaFX is linked in)
"${jdk_bin}jar" --create --file "$input/$name.jar" --main-class org.scoexplorer.Launcher -C target/classes .

# the modules the app needs, from jdeps over the classpath jars; JavaFX comes in as javafx.controls
deps=$("${jdk_bin}jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
  --module-path "$fxmods" --class-path "$input/*" "$input/$name.jar" 2>/dev/null || true)
modules="javafx.controls,${deps:-java.base,java.desktop,java.logging,java.xml,java.sql,jdk.unsupported},jdk.localedata"
echo "runtime modules: $modules"

# AppCDS: the base archive of the linked runtime; the app's own classes are archived on first run
java_options="$flags -Dfile.encoding=UTF-8"
common=(--name "$name" --app-version "$version" --vendor "SCO Explorer project"
  --description "Offline explorer of the 24th SCO summit (Astana, 2024)"
  --input "$input" --main-jar "$name.jar" --main-class org.scoexplorer.Launcher
  --module-path "$fxmods" --add-modules "$modules"
  --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=2 --include-locales=en,ru,zh --generate-cds-archive"
  --java-options "$java_options")

os=$(uname -s)
rm -rf target/dist target/installer
case "$os" in
  Linux)
    "${jdk_bin}jpackage" --type app-image --dest target/dist --icon packaging/icons/sco-explorer-256.png "${common[@]}"
    bash packaging/linux/app-cds.sh "target/dist/$name"
    bash packaging/linux/build-deb.sh "$version"
    if command -v rpmbuild >/dev/null 2>&1; then
      "${jdk_bin}jpackage" --type rpm --dest target/installer --app-image "target/dist/$name" \
        --linux-package-name "$name" --linux-app-category Education --name "$name" --app-version "$version"
    fi
    ;;
  Darwin)
    "${jdk_bin}jpackage" --type app-image --dest target/dist --icon packaging/icons/sco-explorer.icns "${common[@]}"
    "${jdk_bin}jpackage" --type dmg --dest target/installer --icon packaging/icons/sco-explorer.icns \
      --mac-package-identifier org.scoexplorer.SCOExplorer --file-associations packaging/linux/sco-dataset.properties \
      "${common[@]}"
    ;;
  MINGW*|MSYS*|CYGWIN*)
    "${jdk_bin}jpackage" --type app-image --dest target/dist --icon packaging/icons/sco-explorer.ico "${common[@]}"
    # the upgrade UUID never changes: new versions replace old ones
    "${jdk_bin}jpackage" --type msi --dest target/installer --icon packaging/icons/sco-explorer.ico \
      --win-upgrade-uuid 7d1c2f4e-5b8a-4f0e-9c3d-2a6b8e1f4c57 --win-menu --win-menu-group "SCO Explorer" \
      --win-shortcut --win-dir-chooser --file-associations packaging/linux/sco-dataset.properties "${common[@]}"
    ;;
esac
ls -la target/dist target/installer 2>/dev/null || true
