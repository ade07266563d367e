"""Draw handlers/line/richmenu.png, the image of the rich menu in richmenu.json.

`python -m handlers.line.draw_richmenu [--font PATH] [--out PATH]`

One panel per area of richmenu.json, with that area's bounds and label (so the image cannot drift from
the tap areas): a round badge with a simple drawn symbol above a large, high-contrast label, thin
separators between the panels. Left to right: 相談をはじめる (speech bubble), 窓口を探す (magnifier),
緊急のとき (red panel, exclamation mark, 「119・110」 under the label), 使い方 (question mark).

A one-off tool, not a dependency of the bot: it needs Pillow (`.venv/bin/pip install Pillow`) and a
Japanese font (`apt-get install fonts-noto-cjk`). The committed PNG was drawn with Noto Sans CJK JP Bold
(NotoSansCJK-Bold.ttc from Debian's fonts-noto-cjk, SIL Open Font License 1.1) and Pillow 13.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from handlers.line.richmenu import IMAGE_FILE, MENU_FILE

# Japanese bold fonts tried in order when --font is not given (the first face of a .ttc is used; in
# Noto Sans CJK that is the Japanese one).
FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf",
    "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
    "/System/Library/Fonts/ヒラギノ角ゴシック W6.ttc",
)
SCALE = 2  # drawn at twice the size and scaled down: smooth edges on circles and thick lines
COLOURS = 64  # palette size of the written PNG
BREAK_AFTER = "をのはがにでと"  # a long label wraps after one of these particles
MAX_TEXT = 0.87  # share of a panel's width a line of the label may take
WHITE, INK, RED = "#FFFFFF", "#1A1A1A", "#C62828"


@dataclass(frozen=True)
class Style:
    background: str
    text: str
    badge: str  # the circle behind the symbol
    symbol: str
    icon: str  # bubble | magnifier | exclamation | question
    note: str = ""  # a small second line under the label


# Keyed by the area's postback data, which the bot's handlers already depend on.
STYLES = {
    "restart": Style(WHITE, INK, "#1F5FAF", WHITE, "bubble"),
    "find": Style("#F3F6F4", INK, "#1B7A3E", WHITE, "magnifier"),
    "sos": Style(RED, WHITE, WHITE, RED, "exclamation", note="119・110"),
    "help": Style(WHITE, INK, "#B45309", WHITE, "question"),
}
FALLBACK = Style(WHITE, INK, "#455A64", WHITE, "question")


def find_font(given: Path | None) -> Path:
    if given is not None:
        if not given.is_file():
            sys.exit(f"font not found: {given}")
        return given
    for name in FONTS:
        if Path(name).is_file():
            return Path(name)
    sys.exit("no Japanese font found: `apt-get install fonts-noto-cjk` or pass --font PATH")


def wrap(label: str, fits: Any) -> list[str] | None:
    """The label on one line, or on two split after a particle (else in the middle); None if too wide."""
    if fits(label):
        return [label]
    cuts = [i + 1 for i, ch in enumerate(label[:-1]) if ch in BREAK_AFTER] or [len(label) // 2]
    cut = min(cuts, key=lambda i: max(i, len(label) - i))
    lines = [label[:cut], label[cut:]]
    return lines if all(fits(line) for line in lines) else None


def layout(labels: list[str], width: int, font_at: Any) -> tuple[int, list[list[str]]]:
    """The largest common font size at which every label fits its panel in at most two lines."""
    for size in range(135 * SCALE, 40 * SCALE, -2 * SCALE):
        font = font_at(size)
        fits = lambda text, font=font: font.getlength(text) <= width * MAX_TEXT  # noqa: E731
        wrapped = [wrap(label, fits) for label in labels]
        if all(w is not None for w in wrapped):
            return size, [w for w in wrapped if w is not None]
    sys.exit("the labels do not fit their panels")


def draw_icon(draw: Any, style: Style, cx: int, cy: int, r: int, font: Any) -> None:
    """A badge of radius r centred on (cx, cy) with the style's symbol in it."""
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=style.badge)
    ink = style.symbol
    if style.icon == "bubble":
        w, h = r * 1.15, r * 0.8
        top = cy - h * 0.62
        box = (cx - w / 2, top, cx + w / 2, top + h)
        draw.rounded_rectangle(box, radius=h * 0.32, fill=ink)
        draw.polygon([(cx - w * 0.28, top + h - 2), (cx - w * 0.02, top + h - 2),
                      (cx - w * 0.36, top + h + r * 0.32)], fill=ink)
        dot = r * 0.085
        for dx in (-w * 0.27, 0, w * 0.27):
            draw.ellipse((cx + dx - dot, top + h / 2 - dot, cx + dx + dot, top + h / 2 + dot), fill=style.badge)
    elif style.icon == "magnifier":
        lens, ring, handle = r * 0.38, r * 0.13, r * 0.2
        lx, ly = cx - r * 0.13, cy - r * 0.13
        draw.ellipse((lx - lens, ly - lens, lx + lens, ly + lens), outline=ink, width=int(ring))
        # From inside the ring (its square end hidden there) out to the lower right.
        start, end = (lx + lens * 0.6, ly + lens * 0.6), (cx + r * 0.48, cy + r * 0.48)
        draw.line([start, end], fill=ink, width=int(handle))
        cap = handle / 2  # a rounded end to the handle
        draw.ellipse((end[0] - cap, end[1] - cap, end[0] + cap, end[1] + cap), fill=ink)
    elif style.icon == "exclamation":
        # Not a red cross: that emblem is reserved by law (赤十字の標章及び名称等の使用の制限に関する法律).
        half, dot = r * 0.13, r * 0.15
        draw.rounded_rectangle((cx - half, cy - r * 0.6, cx + half, cy + r * 0.2), radius=half, fill=ink)
        draw.ellipse((cx - dot, cy + r * 0.38 - dot, cx + dot, cy + r * 0.38 + dot), fill=ink)
    else:
        left, top, right, bottom = draw.textbbox((0, 0), "?", font=font)  # centre the glyph's ink
        draw.text((cx - (left + right) / 2, cy - (top + bottom) / 2), "?", font=font, fill=ink)


def render(menu: dict[str, Any], font_path: Path, image_mod: Any, draw_mod: Any, font_mod: Any) -> Any:
    width, height = menu["size"]["width"] * SCALE, menu["size"]["height"] * SCALE
    areas = menu["areas"]
    labels = [area["action"].get("label") or area["action"].get("displayText", "") for area in areas]
    styles = [STYLES.get(area["action"].get("data", ""), FALLBACK) for area in areas]

    def font_at(size: int) -> Any:
        return font_mod.truetype(str(font_path), size)

    panel_width = min(area["bounds"]["width"] for area in areas) * SCALE
    size, wrapped = layout(labels, panel_width, font_at)
    font, note_font = font_at(size), font_at(int(size * 0.62))
    line_height = int(size * 1.18)

    image = image_mod.new("RGB", (width, height), WHITE)
    draw = draw_mod.Draw(image)
    for area, style, lines in zip(areas, styles, wrapped, strict=True):
        b = {k: v * SCALE for k, v in area["bounds"].items()}
        draw.rectangle((b["x"], b["y"], b["x"] + b["width"] - 1, b["y"] + b["height"] - 1), fill=style.background)
        cx = b["x"] + b["width"] // 2
        radius = int(b["height"] * 0.16)
        icon_y = b["y"] + int(b["height"] * 0.25)
        draw_icon(draw, style, cx, icon_y, radius, font_at(int(radius * 1.6)))
        # Under the badge: a label box as high as the longest label (so the labels line up across the
        # panels, a one-line label in its middle), then room for the notes; both centred vertically.
        label_box = max(len(w) for w in wrapped) * line_height
        note_box = int(size * 0.8) if any(other.note for other in styles) else 0
        below = icon_y + radius
        top = below + (b["y"] + b["height"] - below - label_box - note_box) // 2
        first = top + (label_box - len(lines) * line_height) // 2
        for i, line in enumerate(lines):
            draw.text((cx, first + i * line_height + line_height // 2), line, font=font, fill=style.text,
                      anchor="mm")
        if style.note:
            draw.text((cx, top + label_box + note_box // 2), style.note, font=note_font, fill=style.text,
                      anchor="mm")
    # Thin separators where two panels meet.
    for area in areas[1:]:
        x = area["bounds"]["x"] * SCALE
        y0, y1 = area["bounds"]["y"] * SCALE, (area["bounds"]["y"] + area["bounds"]["height"]) * SCALE
        draw.line([(x, y0 + 40 * SCALE), (x, y1 - 40 * SCALE)], fill="#9E9E9E", width=3 * SCALE)
    return image.resize((width // SCALE, height // SCALE), image_mod.Resampling.LANCZOS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m handlers.line.draw_richmenu", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--font", type=Path, metavar="PATH",
                        help="a Japanese TrueType/OpenType font (default: Noto Sans CJK JP Bold)")
    parser.add_argument("--out", type=Path, default=IMAGE_FILE, metavar="PATH",
                        help=f"where to write the PNG (default: {IMAGE_FILE})")
    args = parser.parse_args(argv)
    try:
        from PIL import Image, ImageDraw, ImageFont
    except ImportError:
        print("drawing the rich menu needs Pillow, which is not a dependency of the bot: "
              ".venv/bin/pip install Pillow", file=sys.stderr)
        return 2
    font_path = find_font(args.font)
    menu = json.loads(MENU_FILE.read_text(encoding="utf-8"))
    image: Any = render(menu, font_path, Image, ImageDraw, ImageFont)
    palette = image.quantize(colors=COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    palette.save(args.out, format="PNG", optimize=True)
    size = args.out.stat().st_size
    print(f"{args.out}: {image.width}x{image.height}, {size} bytes, font {font_path}", file=sys.stderr)
    if size > 1024 * 1024:
        print("larger than LINE's 1 MB limit", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
