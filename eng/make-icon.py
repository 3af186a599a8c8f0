#!/usr/bin/env python3
"""Writes eng/icon.png (128x128), the packages' NuGet icon: the logo of docs/images/logo.svg (three rising bars on a
blue square), drawn with the standard library only. Run after changing the logo:  python3 eng/make-icon.py"""
import pathlib, struct, zlib

SIZE, SCALE = 128, 128 / 38
BLUE, WHITE, GREEN = (0x15, 0x65, 0xC0, 255), (255, 255, 255, 255), (0xA5, 0xD6, 0xA7, 255)
BARS = [(7, 20, 6, 11, WHITE), (16, 13, 6, 18, WHITE), (25, 7, 6, 24, GREEN)]

def pixel(x, y):
    u, v = (x + 0.5) / SCALE, (y + 0.5) / SCALE
    r = 7  # the rounded corners of the square
    for cx, cy in ((r, r), (38 - r, r), (r, 38 - r), (38 - r, 38 - r)):
        if (u < r or u > 38 - r) and (v < r or v > 38 - r) and (u - cx) ** 2 + (v - cy) ** 2 > r * r \
                and abs(u - cx) <= r and abs(v - cy) <= r:
            return (0, 0, 0, 0)
    for bx, by, bw, bh, colour in BARS:
        if bx <= u < bx + bw and by <= v < by + bh:
            return colour
    return BLUE

rows = b"".join(b"\0" + b"".join(bytes(pixel(x, y)) for x in range(SIZE)) for y in range(SIZE))
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
(pathlib.Path(__file__).parent / "icon.png").write_bytes(png)
