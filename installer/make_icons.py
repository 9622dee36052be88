"""Render the application icon (SVG) to PNG sizes and a Windows .ico.

Usage: python installer/make_icons.py SVG OUTDIR

Writes OUTDIR/<size>x<size>.png for the hicolor theme and OUTDIR/aisafe-desktop.ico for the
Windows executables and the NSIS installer. Uses Qt's own SVG renderer (PySide6-Essentials is
already a build dependency), so no ImageMagick or Pillow is needed. The .ico is packed by hand:
small sizes as 32-bit DIBs (understood by every Windows tool, including NSIS), 256 px as PNG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"PNG"))
    if not writer.write(image):
        raise RuntimeError(f"Qt could not encode a PNG: {writer.errorString()}")
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """A BITMAPINFOHEADER + bottom-up BGRA rows + an all-zero AND mask, as .ico expects."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in reversed(range(size)):
        row = bytearray()
        for x in range(size):
            argb = image.pixel(x, y)
            row += struct.pack("<I", argb)  # little-endian ARGB32 is B, G, R, A in memory
        rows.append(bytes(row))
    mask_stride = ((size + 31) // 32) * 4
    return header + b"".join(rows) + bytes(mask_stride * size)


def ico_bytes(images: list[QImage]) -> bytes:
    payloads = [png_bytes(i) if i.width() >= 256 else dib_bytes(i) for i in images]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for image, payload in zip(images, payloads, strict=True):
        side = image.width() % 256  # 0 means 256 in an ICONDIRENTRY
        out += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(payload), offset)
        offset += len(payload)
    return out + b"".join(payloads)


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    svg, outdir = Path(argv[1]), Path(argv[2])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed to render
    _app = QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print(f"error: {svg} is not a valid SVG", file=sys.stderr)
        return 1
    outdir.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        (outdir / f"{size}x{size}.png").write_bytes(png_bytes(render(renderer, size)))
    ico = ico_bytes([render(renderer, size) for size in ICO_SIZES])
    (outdir / "aisafe-desktop.ico").write_bytes(ico)
    print(f"icons written to {outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
