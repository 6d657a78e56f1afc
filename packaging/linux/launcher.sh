#!/bin/sh
# The app-image's Linux launcher, bin/<name> (packaging/linux/installers.sh puts it in place of the
# one jpackage makes; packaging/figures.sh does the same for hello).
#
# Why not jpackage's: before it starts Java, it asks rpm and dpkg which package installed it
# (`rpm -qf`, then `dpkg -S`, twice: once for itself and once for its library), to find that
# library. On this build machine that took 115 ms of every start, half the time of a short
# command like `spotspec --version`, and it grows with the number of packages installed.
#
# What it does is what jpackage's launcher does with lib/app/<name>.cfg, which stays the one place
# the start is described (aot-cache.sh and spotspec-setup.sh read and edit it): the JVM of
# lib/runtime, each java-options line as one option, the app.classpath lines in their order, the
# app.mainclass, $APPDIR, $BINDIR and $ROOTDIR filled in, and the system property
# jpackage.app-path (this launcher's path, which the app reads to know it is installed). Not
# LD_LIBRARY_PATH: nothing native is loaded from lib/app, and the app's own children (credential
# processes, the browser) should not inherit it. The cfg has no [ArgOptions] (installers.sh checks).
set -eu
self=$(readlink -f "$0")
bindir=${self%/*}
rootdir=${bindir%/*}
appdir=$rootdir/lib/app
name=${self##*/}
cfg=$appdir/$name.cfg
java=$rootdir/lib/runtime/bin/java
[ -r "$cfg" ] || { echo "$name: cannot read $cfg" >&2; exit 1; }

# Sets $expanded to $1 with $APPDIR, $BINDIR and $ROOTDIR filled in (without running sed:
# each process started here would count against the start).
expand() {
    rest=$1 expanded=
    while :; do
        case $rest in
            *'$'*) ;;
            *) break ;;
        esac
        expanded=$expanded${rest%%\$*}
        rest=\$${rest#*\$}
        case $rest in
            '$APPDIR'*) expanded=$expanded$appdir rest=${rest#'$APPDIR'} ;;
            '$BINDIR'*) expanded=$expanded$bindir rest=${rest#'$BINDIR'} ;;
            '$ROOTDIR'*) expanded=$expanded$rootdir rest=${rest#'$ROOTDIR'} ;;
            *) expanded=$expanded\$ rest=${rest#\$} ;;
        esac
    done
    expanded=$expanded$rest
}

# The user's arguments are in "$@": the JVM's are added after them, then the user's are moved
# to the end (a POSIX shell has no other list).
count=$#
classpath= main= section=
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        '['*']') section=$line; continue ;;
        *=*) ;;
        *) continue ;;
    esac
    expand "${line#*=}"
    case $section:${line%%=*} in
        '[Application]:app.classpath') classpath=${classpath:+$classpath:}$expanded ;;
        '[Application]:app.mainclass') main=$expanded ;;
        '[JavaOptions]:java-options') set -- "$@" "$expanded" ;;
    esac
done <"$cfg"
[ -n "$main" ] || { echo "$name: no app.mainclass in $cfg" >&2; exit 1; }
set -- "$@" "-Djpackage.app-path=$self" -cp "$classpath" "$main"
while [ "$count" -gt 0 ]; do
    set -- "$@" "$1"
    shift
    count=$((count - 1))
done
exec "$java" "$@"
