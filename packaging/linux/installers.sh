#!/usr/bin/env bash
# Linux installers from the app-image jpackage made (called by `mvn -Ppackage package`):
#   <dist>/<name>/bin/<name>                  the launcher (packaging/linux/launcher.sh)
#   <dist>/<name>/lib/app/spotspec.aot        the AOT cache (runtime JDK 25 or later), shipped; or, on Java 17:
#   <dist>/<name>/lib/app/spotspec.classlist  classes a start to the first window loads (AppCDS)
#   <dist>/spotspec-<version>-linux-x64.tar.gz the portable app-image
#   <dist>/spotspec_<version>-1_amd64.deb      (needs dpkg-deb and fakeroot; skipped with a message otherwise)
#   <dist>/spotspec-<version>-1.x86_64.rpm     (needs rpmbuild; skipped with a message otherwise)
#   <dist>/<name>/lib/app/spotspec.jsa         (Java 17) the AppCDS archive for the app-image where it is
# usage: installers.sh <dist-dir> <name> <version> <vendor> <description> <copyright>
set -euo pipefail
dist=$1 name=$2 version=$3 vendor=$4 description=$5 copyright=$6
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."   # the project root: the jpackage argument files use paths relative to it
image="$dist/$name"

# Shipped in lib/: the AppStream metainfo, and the script the packages' scripts call.
cp packaging/linux/org.spotspec.SpotSpec.metainfo.xml "$image/lib/"
install -m 755 packaging/linux/spotspec-setup.sh "$image/lib/"
# The launcher: packaging/linux/launcher.sh in place of jpackage's (which asks rpm and dpkg which
# package installed it at every start), before the class cache's training start uses it.
packaging/linux/use-launcher.sh "$image" "$name"

# What makes the start quick (packaging/tools/RuntimeJdk.java chose the runtime): from JDK 25 on,
# the AOT cache, made here and shipped; on Java 17, AppCDS, whose archive must be made where the
# app is installed, so the packages ship the class list it is made from.
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$image/lib/runtime/release")
if [ "${feature:-17}" -ge 25 ]; then
    echo "installers.sh: AOT cache (runtime: JDK $feature)"
    packaging/linux/aot-cache.sh "$image" "$name"
else
    # The class list: one headless start to the first window (Xvfb), recording the classes.
    packaging/linux/first-window.sh "$image/bin/$name" -XX:DumpLoadedClassList="$image/lib/app/spotspec.classlist" \
        || { echo "installers.sh: no first-window start (is xvfb-run installed?): no AppCDS class list" >&2;
             rm -f "$image/lib/app/spotspec.classlist"; }
    # Less the AWS SDK's classes: at start only the background work loads them (profiles, the region
    # list), not the way to the first window, and they would add an eighth to the archive.
    if [ -f "$image/lib/app/spotspec.classlist" ]; then
        sed -i '\|software/amazon/awssdk|d' "$image/lib/app/spotspec.classlist"
    fi
fi

echo "installers.sh: $dist/spotspec-$version-linux-x64.tar.gz"
tar -C "$dist" -czf "$dist/spotspec-$version-linux-x64.tar.gz" "$name"

common=(--app-image "$image" --name "$name" --app-version "$version" --vendor "$vendor"
        --description "$description" --copyright "$copyright" --dest "$dist"
        @packaging/linux/jpackage-linux-installer.txt)
if command -v dpkg-deb >/dev/null 2>&1 && command -v fakeroot >/dev/null 2>&1; then
    echo "installers.sh: .deb"
    jpackage --type deb "${common[@]}" @packaging/linux/jpackage-linux-deb.txt
else
    echo "installers.sh: SKIPPED the .deb: dpkg-deb or fakeroot is not installed (Debian: apt-get install fakeroot; dpkg-deb comes with dpkg)"
fi
if command -v rpmbuild >/dev/null 2>&1; then
    echo "installers.sh: .rpm"
    jpackage --type rpm "${common[@]}" @packaging/linux/jpackage-linux-rpm.txt
else
    echo "installers.sh: SKIPPED the .rpm: rpmbuild is not installed (Debian: apt-get install rpm)"
fi

# Last, so the packages do not carry it: an AppCDS archive only matches the path it was made for
# (nothing to do with an AOT cache).
"$image/lib/spotspec-setup.sh" cds
ls -l "$dist"
