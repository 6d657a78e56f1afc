#!/bin/sh
# Shipped in SpotSpec's lib/ folder. The .deb/.rpm scripts call it as root:
#   spotspec-setup.sh install   AppCDS archive for where the app is installed, AppStream metainfo,
#                               the menu entry if xdg-desktop-menu could not add it, and the
#                               command line on PATH (/usr/bin/spotspec → bin/SpotSpec)
#   spotspec-setup.sh remove    removes them again
#   spotspec-setup.sh cds       the AppCDS archive only (also for an unpacked .tar.gz; run it once)
#   spotspec-setup.sh aot       the jars' times as the shipped AOT cache expects them (install does it)
# (AppCDS concerns a Java 17 runtime; from JDK 25 on the package ships an AOT cache instead.)
# The archive (lib/app/spotspec.jsa) is made from lib/app/spotspec.classlist, the classes a start
# to the first window loads (recorded when the package was built). Java 17 only uses an archive
# made for the jars' actual paths, so it is made here, not shipped. Without it the app starts normally.
set -u
lib=$(cd "$(dirname "$0")" && pwd)
app="$lib/app"
metainfo=org.spotspec.SpotSpec.metainfo.xml
desktop=spotspec-SpotSpec.desktop
applications=/usr/share/applications
launcher="$(dirname "$lib")/bin/SpotSpec"
command_link=/usr/bin/spotspec

# The JVM uses an AOT cache only with the very jars it was made from, which it recognises by size
# and modification time; packaging copies them (new times), so the build sets them all to this
# one time before it makes the cache (packaging/linux/aot-cache.sh), and the install sets them back.
jar_time=946684800   # 2000-01-01T00:00:00Z
aot() {
    touch -m -d "@$jar_time" "$app"/*.jar
}

cds() {
    # A runtime of JDK 25 or later comes with its AOT cache (lib/app/spotspec.aot) instead.
    [ -f "$app/spotspec.aot" ] && return 0
    [ -f "$app/spotspec.classlist" ] || { echo "SpotSpec: no class list, no AppCDS archive"; return 0; }
    # The launcher's class path, in its order: the archive only matches that one.
    cp=$(sed -n 's|^app\.classpath=\$APPDIR|'"$app"'|p' "$app/SpotSpec.cfg" | paste -sd: -)
    rm -f "$app/spotspec.jsa"
    if "$lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/spotspec.classlist" \
            -XX:SharedArchiveFile="$app/spotspec.jsa" -cp "$cp" >"$app/spotspec.jsa.log" 2>&1; then
        chmod 644 "$app/spotspec.jsa"
        rm -f "$app/spotspec.jsa.log"
    else
        echo "SpotSpec: no AppCDS archive (see $app/spotspec.jsa.log); the app starts without it" >&2
        rm -f "$app/spotspec.jsa"
    fi
}

case "${1:-}" in
    install)
        aot
        cds
        if [ -d /usr/share/metainfo ] || mkdir -p /usr/share/metainfo; then
            ln -sf "$lib/$metainfo" "/usr/share/metainfo/$metainfo"
        fi
        # xdg-desktop-menu gives up on systems without /etc/xdg/menus (no desktop installed yet).
        if [ ! -e "$applications/$desktop" ] && [ -f "$lib/$desktop" ] && mkdir -p "$applications"; then
            install -m 644 "$lib/$desktop" "$applications/$desktop"
            command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$applications" || true
        fi
        # `spotspec prices ...` from any terminal; never replaces a spotspec that is not ours.
        if [ ! -e "$command_link" ] || [ "$(readlink "$command_link")" = "$launcher" ]; then
            ln -sf "$launcher" "$command_link"
        fi
        ;;
    remove)
        rm -f "$app/spotspec.jsa" "$app/spotspec.jsa.log"
        if [ "$(readlink "/usr/share/metainfo/$metainfo" 2>/dev/null)" = "$lib/$metainfo" ]; then
            rm -f "/usr/share/metainfo/$metainfo"
        fi
        if cmp -s "$lib/$desktop" "$applications/$desktop"; then
            rm -f "$applications/$desktop"
        fi
        if [ "$(readlink "$command_link" 2>/dev/null)" = "$launcher" ]; then
            rm -f "$command_link"
        fi
        ;;
    cds)
        cds
        ;;
    aot)
        aot
        ;;
    *)
        echo "usage: $0 install|remove|cds|aot" >&2
        exit 2
        ;;
esac
