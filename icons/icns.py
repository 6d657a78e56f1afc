#!/usr/bin/env python3
"""Writes a macOS .icns holding every size an app icon needs, as PNG entries.

usage: icns.py OUT.icns PNG_DIR [LEGACY.icns]

PNG_DIR holds spotspec-{16,32,64,128,256,512,1024}.png. The entries are those of an Xcode
AppIcon set (iconutil): 16, 32, 128, 256, 512 points at 1x and @2x, i.e. 16 ... 1024 px.
LEGACY.icns (optional, from png2icns) adds its is32/s8mk/il32/l8mk entries: the old RLE 16 and
32 px bitmaps that Finder versions before OS X 10.7 read instead of icp4/icp5.
Plain Python 3, no libraries: an .icns is "icns", a big-endian length, then (type, length, data)
entries, and an entry's data may be a whole PNG file.
"""
import struct
import sys
from pathlib import Path

# (OSType, pixel size): 16pt, 16pt@2x, 32pt, 32pt@2x, 128pt, 128pt@2x, 256pt, 256pt@2x, 512pt, 512pt@2x
PNG_ENTRIES = [
    (b"icp4", 16), (b"ic11", 32), (b"icp5", 32), (b"ic12", 64), (b"ic07", 128),
    (b"ic13", 256), (b"ic08", 256), (b"ic14", 512), (b"ic09", 512), (b"ic10", 1024),
]
LEGACY = {b"is32", b"s8mk", b"il32", b"l8mk"}


def entries(data):
    """(type, payload) pairs of an .icns file."""
    if data[:4] != b"icns":
        raise ValueError("not an icns file")
    i = 8
    while i < len(data):
        kind, length = data[i:i + 4], struct.unpack(">I", data[i + 4:i + 8])[0]
        yield kind, data[i + 8:i + length]
        i += length


def main(out, png_dir, legacy=None):
    chunks = []
    if legacy:
        chunks += [(k, v) for k, v in entries(Path(legacy).read_bytes()) if k in LEGACY]
    for kind, size in PNG_ENTRIES:
        png = Path(png_dir, f"spotspec-{size}.png").read_bytes()
        if png[:8] != b"\x89PNG\r\n\x1a\n" or struct.unpack(">II", png[16:24]) != (size, size):
            raise ValueError(f"spotspec-{size}.png is not a {size}x{size} PNG")
        chunks.append((kind, png))
    body = b"".join(k + struct.pack(">I", len(v) + 8) + v for k, v in chunks)
    Path(out).write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(*sys.argv[1:])
