#!/usr/bin/env bash
# Linux installers: target/dist/sanggwon-desk/ (app-image: run bin/sanggwon-desk from anywhere, no JDK needed) and
# target/dist/sanggwon-desk_VERSION-1_amd64.deb (installs to /opt/sanggwon-desk; depends on fonts-nanum, GTK 3, GL).
# Needs JDK 17+ with jpackage, Maven, and for the .deb fakeroot + dpkg-deb (Debian/Ubuntu: apt-get install fakeroot).
# Usage: installer/build-linux.sh [app-image|deb|all]    (default all; SKIP_STAGE=1 reuses target/jpackage;
#        APP_CDS=0 skips the application CDS archive of the first window's classes, see installer/linux/app-cds.sh:
#        recorded for /opt/sanggwon-desk in the .deb by installer/linux/deb-cds.sh, and for
#        target/dist/sanggwon-desk in the app-image)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
case "$what" in app-image|deb|all) ;; *) echo "usage: $0 [app-image|deb|all]" >&2; exit 1 ;; esac
[ "${SKIP_STAGE:-0}" = 1 ] || installer/stage.sh
version=$(cat target/jpackage/version)
image=target/dist/sanggwon-desk

rm -rf target/dist
jpackage --type app-image @installer/jpackage-common.args @installer/jpackage-linux.args \
  --app-version "$version" --dest target/dist
# the runtime's CDS archive for heaps over 32 GB (compressed oops off): a desk app never runs there
rm -f "$image"/lib/runtime/lib/server/classes_nocoops.jsa

if [ "$what" != app-image ]; then
  command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null \
    || { echo "build-linux.sh: the .deb needs fakeroot and dpkg-deb (apt-get install fakeroot dpkg-dev)" >&2; exit 1; }
  jpackage --type deb --app-image "$image" @installer/jpackage-linux.args @installer/jpackage-linux-deb.args \
    --app-version "$version" --dest target/dist
  [ "${APP_CDS:-1}" = 0 ] || installer/linux/deb-cds.sh target/dist/sanggwon-desk_"$version"-1_amd64.deb
fi
# the app-image's own archive is for where it was built (moved elsewhere, it falls back to the runtime's)
[ "$what" = deb ] || [ "${APP_CDS:-1}" = 0 ] || installer/linux/app-cds.sh "$image"
echo "app-image: $(du -sh "$image" | cut -f1) (runtime $(du -sh "$image/lib/runtime" | cut -f1), app jars $(du -sh "$image/lib/app" | cut -f1))"
for deb in target/dist/*.deb; do
  [ -e "$deb" ] || continue
  echo "deb: $deb $(du -h "$deb" | cut -f1), Installed-Size $(dpkg-deb -f "$deb" Installed-Size) KiB"
  echo "Depends: $(dpkg-deb -f "$deb" Depends)"
done
