#!/usr/bin/env bash
# Adds the application CDS archive (installer/linux/app-cds.sh) to a built .deb, recorded from the package's own files
# as if installed at /opt/sanggwon-desk. Not from the app-image: jpackage copies the image into the package with new
# file times, and JDK 17 refuses an archive whose jars have other times than when it was dumped. dpkg-deb -R unpacks
# the package with the times it holds (dpkg installs them with those times too), the archive is recorded there, and
# the package is built again (Installed-Size updated). Without Xvfb or a private mount namespace the .deb stays as it
# was. Usage: installer/linux/deb-cds.sh target/dist/sanggwon-desk_VERSION-1_amd64.deb
set -euo pipefail
deb=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -R "$deb" "$work/root"
"$here/app-cds.sh" "$work/root/opt/sanggwon-desk" /opt/sanggwon-desk
[ -s "$work/root/opt/sanggwon-desk/lib/app/sanggwon-desk.jsa" ] || { echo "deb-cds.sh: no archive; $deb unchanged" >&2; exit 0; }
size=$(du -sk --exclude=DEBIAN "$work/root" | cut -f1)
sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$work/root/DEBIAN/control"
if [ -f "$work/root/DEBIAN/md5sums" ]; then
  (cd "$work/root" && find . -path ./DEBIAN -prune -o -type f -print | sed 's|^\./||' | sort | xargs md5sum >DEBIAN/md5sums)
fi
# xz preset 1: the package is compressed a second time here; the default preset 6 took over 10 min of CPU on 2 busy cores
dpkg-deb --root-owner-group -Zxz -z1 -b "$work/root" "$deb.new" >/dev/null
mv "$deb.new" "$deb"
echo "deb with the application CDS archive: $deb $(du -h "$deb" | cut -f1), Installed-Size $size KiB"
