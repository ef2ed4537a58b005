#!/usr/bin/env bash
# Builds the Debian package from the jpackage app-image, laid out the Debian way so that lintian
# has no errors: the app under /usr/lib/sco-explorer (not /opt), a /usr/bin command, the menu
# entry, file type, icons and AppStream data in /usr/share, copyright and changelog, stripped
# native libraries. (jpackage's own .deb installs to /opt and its postinst fails on machines
# without menu folders.) Usage: packaging/linux/build-deb.sh VERSION
set -euo pipefail
cd "$(dirname "$0")/../.."
version=${1:?version}
name=sco-explorer
root=target/deb/$name
rm -rf target/deb
mkdir -p "$root/DEBIAN" "$root/usr/lib" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/mime/packages" "$root/usr/share/metainfo" "$root/usr/share/doc/$name"
cp -a "target/dist/$name" "$root/usr/lib/$name"
# the app-image's dynamic CDS archive names the build folder; it cannot serve the installed copy
rm -f "$root/usr/lib/$name/lib/app/$name.jsa"
sed -i '/SharedArchiveFile\|-Xlog:cds/d' "$root/usr/lib/$name/lib/app/$name.cfg"
ln -s "../lib/$name/bin/$name" "$root/usr/bin/$name"
# native libraries: no debug symbols, not executable
find "$root/usr/lib/$name" -name '*.so' -exec chmod 644 {} + -exec strip --strip-unneeded {} + 2>/dev/null || true
find "$root/usr/lib/$name/lib/runtime/bin" -type f -exec strip --strip-unneeded {} + 2>/dev/null || true
strip --strip-unneeded "$root/usr/lib/$name/bin/$name" "$root/usr/lib/$name/lib/runtime/lib/jexec" \
  "$root/usr/lib/$name/lib/runtime/lib/jspawnhelper" 2>/dev/null || true
chmod -R u+w,go-w "$root/usr/lib/$name"
find "$root/usr/lib/$name" -type f -perm 0444 -exec chmod 644 {} +
install -m 644 packaging/linux/sco-explorer.desktop "$root/usr/share/applications/$name.desktop"
install -m 644 packaging/linux/sco-explorer-mime.xml "$root/usr/share/mime/packages/$name.xml"
install -m 644 packaging/linux/sco-explorer.metainfo.xml "$root/usr/share/metainfo/org.scoexplorer.SCOExplorer.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
  install -D -m 644 "packaging/icons/sco-explorer-$size.png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/$name.png"
done
install -m 644 packaging/linux/copyright "$root/usr/share/doc/$name/copyright"
printf '%s (%s) unstable; urgency=medium\n\n  * Release %s.\n\n -- SCO Explorer project <sco-explorer@users.noreply.example>  %s\n' \
  "$name" "$version" "$version" "$(date -R)" | gzip -9n > "$root/usr/share/doc/$name/changelog.gz"
install -m 755 packaging/linux/debian-postinst "$root/DEBIAN/postinst"
install -m 755 packaging/linux/debian-postrm "$root/DEBIAN/postrm"
size=$(du -sk "$root/usr" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: $name
Version: $version
Section: education
Priority: optional
Architecture: amd64
Maintainer: SCO Explorer project <sco-explorer@users.noreply.example>
Installed-Size: $size
Depends: libc6, libgcc-s1, libstdc++6, zlib1g, libasound2, libfreetype6, libfontconfig1, libglib2.0-0, libgtk-3-0, libx11-6, libxext6, libxi6, libxrender1, libxtst6, libgl1
Homepage: https://example.org/sco-explorer
Description: offline explorer of the 24th SCO summit (Astana, 2024)
 SCO Explorer lets analysts, journalists, students and diplomats look up and
 cite what happened at the 24th summit of the Shanghai Cooperation
 Organisation: member states and partners, who represented them, the
 documents adopted, what was proposed, and the transport corridors discussed,
 drawn as a node graph with shortest routes. Every record names its sources.
 It works offline on a dataset that ships with it and opens datasets of your
 own.
CONTROL
mkdir -p target/installer
fakeroot dpkg-deb --build -Zxz "$root" "target/installer/${name}_${version}_amd64.deb" >/dev/null
echo "built target/installer/${name}_${version}_amd64.deb"
