#!/usr/bin/env bash
# The AOT cache of a jpackage app-image whose runtime is JDK 25 or later (JEPs 483, 514):
# one training start to the sign-in view (--smoke-test, under Xvfb) in which the JVM records the
# classes the start loads and links, then writes them to
# lib/app/spotspec.aot; the launcher maps that file at every start. Unlike Java 17's AppCDS
# archive it is made once, at build time, and shipped: it stays valid where the app-image is
# unpacked or installed, as long as the jars are the ones it was made with (same size and time).
# usage: aot-cache.sh <app-image> <name>   (launcher <app-image>/bin/<name>, options lib/app/<name>.cfg,
#        and lib/spotspec-setup.sh, which sets the jars' times)
set -euo pipefail
image=$1 name=$2
here=$(cd "$(dirname "$0")" && pwd)
cfg=$image/lib/app/$name.cfg
cache=$image/lib/app/spotspec.aot
# The cache takes the place of the AppCDS options of jpackage-linux.txt (for a Java 17 runtime);
# the training start must run without any cache option.
sed -i '/SharedArchiveFile\|-Xshare:\|AOTCache\|-Xlog:aot/d' "$cfg"
rm -f "$cache"
# The jars' times as the installed package will have them (lib/spotspec-setup.sh aot sets them).
"$image/lib/spotspec-setup.sh" aot
# Classes only, no method profiles (JEP 515): replayed, the profiles have the JIT compile at once what
# the training run found hot, and on two cores those compiles took the CPU the start needed. Measured in
# alternating runs: the first window came 40 to 50 ms sooner without them, the sign-in view within the
# noise, and the cache is 2 MB smaller. (A diagnostic flag, read at build time only: the app's own options stay plain.)
training=(-XX:AOTCacheOutput="$cache" -Xlog:aot=off -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining)
if ! "$here/first-window.sh" "$image/bin/$name" "${training[@]}" >/dev/null || [ ! -s "$cache" ]; then
    echo "aot-cache.sh: no AOT cache for $image (the training start failed; is xvfb-run installed?): it starts without" >&2
    rm -f "$cache"
    exit 0
fi
chmod 644 "$cache"
# Quiet when it cannot be used (jars changed after the build): the app then starts without it,
# and the command line's output stays clean.
sed -i '/^\[JavaOptions\]$/a java-options=-XX:AOTCache=$APPDIR/spotspec.aot\njava-options=-Xlog:aot=off' "$cfg"
