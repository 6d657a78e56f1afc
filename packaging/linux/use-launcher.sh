#!/usr/bin/env bash
# Puts packaging/linux/launcher.sh in place of the launcher jpackage made in an app-image, after
# checking that the image's cfg asks for nothing that script does not do (it reads the class path,
# the main class and the JVM options; jpackage also knows default arguments and modules).
# usage: use-launcher.sh <app-image> <name>
set -euo pipefail
image=$1 name=$2
here=$(cd "$(dirname "$0")" && pwd)
cfg=$image/lib/app/$name.cfg
unknown=$(grep -v -E '^(\[Application\]|\[JavaOptions\]|app\.classpath=.*|app\.mainclass=.+|java-options=.*|)$' "$cfg" || true)
if [ -n "$unknown" ]; then
    echo "use-launcher.sh: $cfg has lines launcher.sh does not handle:" >&2
    echo "$unknown" >&2
    exit 1
fi
install -m 755 "$here/launcher.sh" "$image/bin/$name"
