#!/usr/bin/env bash
# Packaging figures (Linux), after `mvn -Ppackage package`:  packaging/figures.sh [runs]
# Prints, each with its target and MET / NOT MET:
#  - installed size of the app-image (target/dist/SpotSpec) and of the .deb (its Installed-Size,
#    plus the AppCDS archive its post-install makes on Java 17) against a plain jpackage app-image
#    bundling the whole JDK the runtime comes from (built here into target/figures/full-jdk);
#    target: at most half;
#  - time from launch to the first window (median of <runs>, default 5, under Xvfb): SpotSpec with
#    its class cache (the AOT cache of a JDK 25 runtime, or AppCDS on Java 17); the same app-image
#    without it (as a user has it when the cache could not be used: the runtime has no other
#    archive, so no class sharing at all); the app-image with the JDK's default CDS archive in its
#    place (what shipping no cache but the JDK's own 11 MB archive would give: the stricter
#    comparison); and a minimal JavaFX window (packaging/hello) packaged the same way, with its own
#    cache; targets: at most 1.3x hello, the cache >= 20% faster than without; and when SpotSpec's
#    sign-in view, which replaces its start screen, was drawn: at most 1.2x hello's first window;
#    and, beside them, the median of each round's own ratio to hello (drift cancels within a round).
# Runs alternate between the four apps so a busy machine slows them alike. Needs xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
dist=target/dist
fig=target/figures
image=$dist/SpotSpec
[ -x "$image/bin/SpotSpec" ] || { echo "figures.sh: build first: mvn -Ppackage package -DskipTests" >&2; exit 1; }
# The class cache the build made: the AOT cache (runtime JDK 25 or later) or the AppCDS archive (Java 17).
if [ -f "$image/lib/app/spotspec.aot" ]; then
    cache=spotspec.aot kind="AOT cache"
elif [ -f "$image/lib/app/spotspec.jsa" ]; then
    cache=spotspec.jsa kind=AppCDS
else
    echo "figures.sh: $image has neither an AOT cache nor an AppCDS archive" >&2; exit 1
fi
runtime_jdk=$(sed -n 's/^runtime\.jdk=//p' target/runtime-jdk.properties 2>/dev/null || true)
runtime_jdk=${runtime_jdk:-$(dirname "$(dirname "$(readlink -f "$(command -v jpackage)")")")}
rm -rf "$fig" && mkdir -p "$fig/hello-input" "$fig/hello-classes" "$fig/home"

echo "Building the comparison images in $fig ..."
# 1. The plain jpackage app-image: the app's jars as Maven resolves them (the EC2 jar unshrunk),
#    jpackage's own runtime (the whole JDK the runtime is linked from, with its default CDS archive).
mkdir -p "$fig/plain-input"
cp target/jpackage-input/*.jar "$fig/plain-input/"
[ -d target/shrink/original ] && cp target/shrink/original/*.jar "$fig/plain-input/"
"$runtime_jdk/bin/jpackage" --type app-image --name SpotSpec --input "$fig/plain-input" --main-jar "$(basename target/jpackage-input/spotspec-*.jar)" \
    --main-class org.spotspec.Launcher --dest "$fig/full-jdk"
# 2. SpotSpec without its class cache: the same image, the cache deleted and its options with it
#    (the launcher then starts without class sharing, as the runtime has no other archive).
cp -a "$image" "$fig/no-appcds"
rm -f "$fig/no-appcds/lib/app/$cache"
sed -i '/AOTCache\|-Xlog:aot/d' "$fig/no-appcds/lib/app/SpotSpec.cfg"
# 3. SpotSpec with the JDK's default CDS archive instead of its own: its launcher without
#    its cache, the runtime with the archive `java -Xshare:dump` makes from the JDK's
#    default class list (what `jlink --generate-cds-archive` would have shipped).
cp -a "$image" "$fig/default-cds"
sed -i '/SharedArchiveFile\|AOTCache\|-Xlog:aot/d' "$fig/default-cds/lib/app/SpotSpec.cfg"
rm -f "$fig/default-cds/lib/app/$cache"
"$fig/default-cds/lib/runtime/bin/java" -Xshare:dump >/dev/null
# 4. Hello, packaged like SpotSpec: same runtime, JavaFX jars on the class path, the same launcher
#    (packaging/linux/launcher.sh), its own class cache.
fx=$(ls target/jpackage-input/javafx-*-linux.jar | paste -sd: -)
javac -d "$fig/hello-classes" -cp "$fx" packaging/hello/Hello.java
jar --create --file "$fig/hello-input/hello.jar" -C "$fig/hello-classes" .
cp target/jpackage-input/javafx-*.jar "$fig/hello-input/"
# The same JVM options as SpotSpec's launcher (its class cache's file name included).
hello_options=()
while IFS= read -r option; do hello_options+=(--java-options "$option"); done \
    < <(sed -n 's/^java-options=\(-X.*\|--.*\|-Djdk\..*\)$/\1/p' "$image/lib/app/SpotSpec.cfg" | grep -v 'AOTCache\|-Xlog:aot')
jpackage --type app-image --name Hello --input "$fig/hello-input" --main-jar hello.jar --main-class Hello \
    --runtime-image target/runtime --dest "$fig" "${hello_options[@]}"
hello=$fig/Hello
packaging/linux/use-launcher.sh "$hello" Hello
cp packaging/linux/spotspec-setup.sh "$hello/lib/"
sed -i 's|/SpotSpec\.cfg|/Hello.cfg|' "$hello/lib/spotspec-setup.sh"
if [ "$cache" = spotspec.aot ]; then
    packaging/linux/aot-cache.sh "$hello" Hello
else
    packaging/linux/first-window.sh "$hello/bin/Hello" -XX:DumpLoadedClassList="$PWD/$hello/lib/app/spotspec.classlist" >/dev/null
    "$hello/lib/spotspec-setup.sh" cds
fi

# Launch times: one warm-up each (JavaFX unpacks its native libraries once per user), then alternate.
export SPOTSPEC_PROBE_HOME=$PWD/$fig/home
declare -A launcher=([appcds]="$image/bin/SpotSpec" [no-appcds]="$fig/no-appcds/bin/SpotSpec"
                     [default-cds]="$fig/default-cds/bin/SpotSpec" [hello]="$hello/bin/Hello")
apps=(appcds no-appcds default-cds hello)
declare -A times=() ready=()
for k in "${apps[@]}"; do packaging/linux/first-window.sh "${launcher[$k]}" >/dev/null; done
for ((i = 1; i <= runs; i++)); do
    for k in "${apps[@]}"; do
        out=$(packaging/linux/first-window.sh "${launcher[$k]}")
        times[$k]="${times[$k]:-} $(sed -n 's/^first window shown in \([0-9]*\) ms$/\1/p' <<<"$out")"
        ready[$k]="${ready[$k]:-} $(sed -n 's/^sign-in ready in \([0-9]*\) ms$/\1/p' <<<"$out")"
    done
done
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

kib() { du -sk "$1" | cut -f1; }
full=$(kib "$fig/full-jdk/SpotSpec")
img=$(kib "$image")
deb=$(ls $dist/spotspec_*.deb)
# The AOT cache is in the package; an AppCDS archive is made by its post-install, so it is added.
debsize=$(dpkg-deb --field "$deb" Installed-Size)
[ "$cache" = spotspec.jsa ] && debsize=$(( debsize + $(du -k "$image/lib/app/spotspec.jsa" | cut -f1) ))
verdict() { if awk "BEGIN {exit !($1)}"; then echo MET; else echo NOT MET; fi; }
mib() { awk "BEGIN {printf \"%.1f MiB\", $1/1024}"; }
row() { printf '%-60s %12s  %-28s %s\n' "$@"; }

a=$(median "${times[appcds]}"); n=$(median "${times[no-appcds]}"); d=$(median "${times[default-cds]}")
h=$(median "${times[hello]}")
ra=$(median "${ready[appcds]}"); rn=$(median "${ready[no-appcds]}"); rd=$(median "${ready[default-cds]}")
echo
echo "SpotSpec packaging figures ($(date -u +%Y-%m-%dT%H:%MZ), $runs runs, $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
echo "Runtime: $(sed -n 's/^JAVA_VERSION="\(.*\)"$/Java \1/p' "$image/lib/runtime/release"), class cache: $kind"
row "Figure" "Value" "Target" "Verdict"
row "Plain jpackage app-image, whole JDK (baseline)" "$(mib $full)" "" ""
row "App-image (jlink runtime + jars + $kind)" "$(mib $img)" "<= $(mib $((full / 2)))" "$(verdict "$img <= $full / 2")"
row "  of which the runtime / jars and $kind" "$(mib $(kib $image/lib/runtime))" "/ $(mib $(kib $image/lib/app))" ""
row ".deb installed (Installed-Size, + the archive post-install makes)" "$(mib $debsize)" "<= $(mib $((full / 2)))" "$(verdict "$debsize <= $full / 2")"
row ".deb download" "$(mib $(( $(stat -c %s "$deb") / 1024 )))" "" ""
row "First window, hello (median; runs:${times[hello]})" "$h ms" "" ""
row "First window, SpotSpec without $kind (${times[no-appcds]})" "$n ms" "" ""
row "First window, SpotSpec, JDK's default CDS (${times[default-cds]})" "$d ms" "" ""
row "First window, SpotSpec with $kind (${times[appcds]})" "$a ms" "<= 1.3 x hello = $((h * 13 / 10)) ms" "$(verdict "$a <= $h * 1.3")"
row "$kind gain over none" "$(( (n - a) * 100 / n ))%" ">= 20%" "$(verdict "($n - $a) >= 0.2 * $n")"
row "$kind gain over the JDK's default CDS (stricter)" "$(( (d - a) * 100 / d ))%" "(>= 20%)" "$(verdict "($d - $a) >= 0.2 * $d")"
row "Sign-in view drawn, without $kind (${ready[no-appcds]})" "$rn ms" "" ""
row "Sign-in view drawn, JDK's default CDS (${ready[default-cds]})" "$rd ms" "" ""
row "Sign-in view drawn, with $kind (${ready[appcds]})" "$ra ms" "<= 1.2 x hello = $((h * 12 / 10)) ms" "$(verdict "$ra <= $h * 1.2")"
row "$kind gain for the sign-in view, over none / default" "$(( (rn - ra) * 100 / rn ))% / $(( (rd - ra) * 100 / rd ))%" "" ""
# The machine's speed drifts (on a shared host by a third within the hour): each round runs the apps
# back to back, so a round's own ratio to hello cancels most of the drift. Shown beside the ratios of
# the medians above (the verdicts), to tell a real change from a slow hour.
paired() {
    paste -d' ' <(tr ' ' '\n' <<<"$1" | grep .) <(tr ' ' '\n' <<<"$2" | grep .) | awk '{printf "%.4f\n", $1 / $2}' | sort -n \
        | awk '{r[NR] = $1} END {printf "%.2f x (rounds %.2f to %.2f)", (NR % 2 ? r[(NR+1)/2] : (r[NR/2] + r[NR/2+1]) / 2), r[1], r[NR]}'
}
row "First window / hello, median of each round's own ratio" "$(paired "${times[appcds]}" "${times[hello]}")" "" ""
row "Sign-in view / hello's first window, the same" "$(paired "${ready[appcds]}" "${times[hello]}")" "" ""
