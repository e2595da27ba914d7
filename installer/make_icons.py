"""Draw Raadswerk's application icon at every size the platforms ask for.

    .venv/bin/python installer/make_icons.py        # writes resources/icons/

The mark: a white speech balloon on the teal (#1F5C6B) of the letterhead, with a bold
"R" and the gold line of the program's navigation — a council that speaks up. Up to
40 pixels the balloon is left out and the "R" fills the square, so it stays readable.
PNGs are drawn with QPainter; Pillow packs them into .ico (Windows) and .icns (macOS).
"""

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
)

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
FONT = ROOT / "resources" / "fonts" / "NotoSans-Bold.ttf"
TEAL = QColor("#1F5C6B")
TEAL_DARK = QColor("#174651")
GOLD = QColor("#F2C14E")
WHITE = QColor("#FFFFFF")
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
SMALL = 40  # at this size and below the simple mark is drawn


def load_font_family() -> str:
    font_id = QFontDatabase.addApplicationFont(str(FONT))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        raise SystemExit(f"Cannot load {FONT}")
    return families[0]


def _background(painter: QPainter, size: float) -> None:
    """The teal rounded square, a shade darker at the bottom edge for depth."""
    radius = size * 0.22
    square = QPainterPath()
    square.addRoundedRect(QRectF(0, 0, size, size), radius, radius)
    painter.fillPath(square, TEAL_DARK)
    top = QPainterPath()
    top.addRoundedRect(QRectF(0, 0, size, size * 0.97), radius, radius)
    painter.fillPath(top, TEAL)


def _balloon(size: float) -> QPainterPath:
    """A rounded speech balloon with its tail at the lower left."""
    left, top, width, height = size * 0.16, size * 0.16, size * 0.68, size * 0.56
    radius = size * 0.14
    body = QPainterPath()
    body.addRoundedRect(QRectF(left, top, width, height), radius, radius)
    tail = QPainterPath()
    tail.moveTo(QPointF(left + width * 0.20, top + height - radius * 0.5))
    tail.lineTo(QPointF(left + width * 0.12, size * 0.86))
    tail.lineTo(QPointF(left + width * 0.48, top + height - radius * 0.2))
    tail.closeSubpath()
    return body.united(tail)


def _letter(painter: QPainter, family: str, rect: QRectF, color: QColor,
            pixel_size: float) -> None:
    font = QFont(family)
    font.setPixelSize(max(1, round(pixel_size)))
    font.setWeight(QFont.Weight.Bold)
    painter.setFont(font)
    painter.setPen(color)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "R")


def draw_icon(size: int, family: str) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    _background(painter, size)
    if size <= SMALL:
        _letter(painter, family, QRectF(0, -size * 0.11, size, size), WHITE, size * 0.88)
        painter.fillRect(QRectF(size * 0.24, size * 0.82, size * 0.52, max(1.0, size * 0.08)),
                         GOLD)
    else:
        painter.fillPath(_balloon(size), WHITE)
        text_rect = QRectF(size * 0.16, size * 0.12, size * 0.68, size * 0.56)
        _letter(painter, family, text_rect, TEAL, size * 0.44)
        painter.fillRect(QRectF(size * 0.37, size * 0.585, size * 0.26, size * 0.045), GOLD)
    painter.end()
    return image


def to_pillow(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def write_icons(folder: Path = ICONS) -> list[Path]:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    family = load_font_family()
    folder.mkdir(parents=True, exist_ok=True)
    images = {size: to_pillow(draw_icon(size, family)) for size in PNG_SIZES}
    written = []
    for size, image in images.items():
        path = folder / f"raadswerk-{size}.png"
        image.save(path, optimize=True)
        written.append(path)
    largest = images[max(ICO_SIZES)]
    largest.save(folder / "raadswerk.ico", format="ICO",
                 sizes=[(size, size) for size in ICO_SIZES],
                 append_images=[images[size] for size in ICO_SIZES if size != max(ICO_SIZES)])
    images[1024].save(folder / "raadswerk.icns", format="ICNS",
                      append_images=[images[size] for size in ICNS_SIZES if size != 1024])
    written += [folder / "raadswerk.ico", folder / "raadswerk.icns"]
    del app
    return written


if __name__ == "__main__":
    for path in write_icons():
        print(path.relative_to(ROOT))
