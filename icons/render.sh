#!/usr/bin/env bash
# Regenerates every derived icon file from icons/spotspec.svg:
#   icons/png/spotspec-{16,24,32,48,64,128,256,512}.png   (rsvg-convert)
#   icons/spotspec.ico                                   (ImageMagick, 16-256)
#   icons/spotspec.icns                                  (png2icns, if installed)
#   src/main/resources/org/spotspec/ui/icons/app-{16,32,48,64,128,256}.png
# Tools (Debian): apt-get install -y librsvg2-bin imagemagick icnsutils
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
svg="$here/spotspec.svg"
png="$here/png"
res="$root/src/main/resources/org/spotspec/ui/icons"

command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install -y librsvg2-bin" >&2; exit 1; }
if command -v magick >/dev/null; then im=(magick); else im=(convert); fi

mkdir -p "$png" "$res"

for s in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$s" --height "$s" --format png "$svg" --output "$png/spotspec-$s.png"
done

"${im[@]}" "$png"/spotspec-{16,24,32,48,64,128,256}.png "$here/spotspec.ico"

if command -v png2icns >/dev/null; then
  png2icns "$here/spotspec.icns" "$png"/spotspec-{16,32,128,256,512}.png >/dev/null
else
  echo "png2icns not found (apt-get install -y icnsutils): skipped spotspec.icns" >&2
fi

for s in 16 32 48 64 128 256; do
  cp "$png/spotspec-$s.png" "$res/app-$s.png"
done

echo "icons rendered from $svg"
