#!/usr/bin/env bash
# Regenerates every derived icon file from icons/spotspec.svg:
#   icons/png/spotspec-{16,24,32,48,64,128,256,512}.png   (rsvg-convert)
#   icons/spotspec.ico                                   (ImageMagick, 16-256)
#   icons/spotspec.icns                                  (icns.py: 16-512 @1x and @2x, i.e. up to 1024)
#   src/main/resources/org/spotspec/ui/icons/app-{16,32,48,64,128,256}.png
# Tools (Debian): apt-get install -y librsvg2-bin imagemagick icnsutils python3
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

# macOS wants 16, 32, 128, 256 and 512 pt at 1x and @2x: 16 ... 1024 px. The 1024 px PNG is
# only needed inside the .icns, so it is rendered to a scratch folder, not kept in png/.
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp "$png"/spotspec-{16,32,64,128,256,512}.png "$tmp/"
rsvg-convert --width 1024 --height 1024 --format png "$svg" --output "$tmp/spotspec-1024.png"
legacy=()
if command -v png2icns >/dev/null; then
  # The old RLE 16/32 px entries, for Finder before OS X 10.7; optional.
  png2icns "$tmp/legacy.icns" "$tmp"/spotspec-{16,32}.png >/dev/null && legacy=("$tmp/legacy.icns")
fi
python3 "$here/icns.py" "$here/spotspec.icns" "$tmp" "${legacy[@]}"

for s in 16 32 48 64 128 256; do
  cp "$png/spotspec-$s.png" "$res/app-$s.png"
done

echo "icons rendered from $svg"
