"""Recognisers for the plan layouts in the seed texts (extracted PDF text, tab-separated tables).

Each `read_*` function returns the raw records of one layout and `[]` when the text does not contain it,
so a caller can run all of them on any seed. Section names are left as printed: mapping them to ids is
`knowledge.plan_import`'s job.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
# Footnote markers such as ヤングケアラー¹²: meaningless once the footnote is gone.
SUPERSCRIPTS = str.maketrans("", "", "⁰¹²³⁴⁵⁶⁷⁸⁹")

ROW_RE = re.compile(r"^(\d+-\d+-\d+-\d+)\t")
REPRINT_RE = re.compile(r"^【再掲(\d+-\d+-\d+-\d+)】\s*")
GUIDELINE_RE = re.compile(r"\s*〔([^〕]*)〕\s*$")
CHAPTER_RE = re.compile(r"^(\d+)-(\d+)\s+\S[^\t]*$")
JIGYO_HEADER = ["主な取組", "No", "事業名", "所管課", "事業内容"]


@dataclass
class PlanRow:
    """One row of a seed 002 取組 table."""

    number: str
    title: str
    guideline: str | None
    details: str
    cell: str  # the 担当課 cell as printed
    reprint_of: str | None  # X of 【再掲X】


@dataclass
class Jigyo:
    """One 事業 of a seed 003 実施計画 table."""

    chapter: str  # "2-1"
    no: int
    name: str
    cell: str  # 所管課
    content: str
    main_actions: list[int]


@dataclass
class Heading:
    """A numbered heading with its explanation: a seed 000 方向性 or a seed 001 主な取組."""

    group: str  # "3" (基本目標) or "2-2" (施策)
    no: int
    name: str
    description: str


def circled_numbers(text: str) -> list[int]:
    return [CIRCLED.index(ch) + 1 for ch in text if ch in CIRCLED]


def _ascii(number: str) -> str:
    """Full-width digits of a heading (基本目標３) as ASCII, so ids read g-3-1 whatever the typesetting."""
    return unicodedata.normalize("NFKC", number)


def normalise_guideline(raw: str) -> str | None:
    """〔④工〕 → ④エ, 〔5-イ〕 → ⑤イ; several numbers stay joined by 、."""
    parts = []
    for part in re.split(r"[、,，]", raw):
        part = re.sub(r"\s+", "", part)
        m = re.fullmatch(r"([1-9１-９])-?(\D*)", part)
        if m:  # OCR read the circled number as a plain digit
            part = CIRCLED[int(m.group(1)) - 1] + m.group(2)
        # The katakana エ after a circled number is often read as the kanji 工.
        part = re.sub(rf"(?<=[{CIRCLED}])工", "エ", part)
        if part:
            parts.append(part)
    return "、".join(parts) or None


def clean_title(title: str) -> str:
    """Full-width brackets; no spaces between two Japanese characters (PDF extraction puts them there)."""
    title = title.strip().replace("(", "（").replace(")", "）")
    return re.sub(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])", "", title)


def read_plan_rows(text: str) -> list[PlanRow]:
    """Seed 002 rows `1-1-2-12<TAB>取組内容 〔ガイドライン〕<TAB>詳細<TAB>担当課`.

    A row with fewer than four cells takes the following lines as the rest of its last cell (a cell
    broken across lines), up to a blank or `----` line or the next row.
    """
    lines = text.splitlines()
    rows = []
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not ROW_RE.match(line):
            continue
        cells = line.split("\t")
        while len(cells) < 4 and i < len(lines) and lines[i].strip("-\t ") and not ROW_RE.match(lines[i]):
            more = lines[i].split("\t")
            cells[-1] += more[0]
            cells += more[1:]
            i += 1
        cells = [c.strip() for c in cells] + [""] * (4 - len(cells))
        number, content, details, cell = cells[:4]
        reprint = REPRINT_RE.match(content)
        if reprint:
            content = content[reprint.end():]
        guideline = GUIDELINE_RE.search(content)
        if guideline:
            content = content[: guideline.start()]
        rows.append(PlanRow(number=number, title=clean_title(content),
                            guideline=normalise_guideline(guideline.group(1)) if guideline else None,
                            details=details, cell=cell, reprint_of=reprint.group(1) if reprint else None))
    return rows


def read_jigyo(text: str) -> list[Jigyo]:
    """Seed 003 事業: a `主な取組 No 事業名 所管課 事業内容` header line, then the 事業 row."""
    out = []
    chapter = None
    lines = text.splitlines()
    for i, line in enumerate(lines):
        heading = CHAPTER_RE.match(line.strip())
        if heading:
            chapter = _ascii(f"{heading.group(1)}-{heading.group(2)}")
        if [c.strip() for c in line.split("\t") if c.strip()] != JIGYO_HEADER or chapter is None:
            continue
        row = next((x for x in lines[i + 1:] if x.strip()), "")
        cells = row.split("\t")
        at = next((k for k, c in enumerate(cells) if re.fullmatch(r"[0-9]+", c.strip())), None)
        if at is None or len(cells) < at + 4:
            continue
        out.append(Jigyo(chapter=chapter, no=int(cells[at]), name=cells[at + 1].strip(),
                         cell=cells[at + 2].strip(), content=cells[at + 3].strip(),
                         main_actions=circled_numbers(cells[at - 1]) if at else []))
    return out


def read_directions(text: str) -> list[Heading]:
    """Seed 000 `施策の / 方向性 / M / title lines / - vision` blocks under `基本目標N` headings.

    Numbers stand on their own lines, titles are broken across lines and the blocks are not in numeric
    order in the layout; the result is sorted by (目標, 方向性).
    """
    lines = [x.strip() for x in text.splitlines() if x.strip()]
    out = []
    goal = None
    i = 0
    while i < len(lines):
        m = re.match(r"^基本目標(\d+)", lines[i])
        if m:
            goal = _ascii(m.group(1))
        block = lines[i] == "施策の方向性" or (lines[i] == "施策の" and lines[i + 1: i + 2] == ["方向性"])
        if not (block and goal):
            i += 1
            continue
        i += 1 if lines[i] == "施策の方向性" else 2
        if i >= len(lines) or not re.fullmatch(r"[0-9]+", lines[i]):
            continue
        no = int(lines[i])
        i += 1
        title, vision = [], []
        while i < len(lines) and not re.match(r"- |施策の|基本目標", lines[i]):
            title.append(lines[i])
            i += 1
        while i < len(lines) and lines[i].startswith("- "):
            vision.append(lines[i][2:].strip())
            i += 1
        out.append(Heading(group=goal, no=no, name="".join(title), description="".join(vision)))
    return sorted(out, key=lambda h: (int(h.group), h.no))


def read_main_actions(text: str) -> list[Heading]:
    """Seed 001 `① …します` lines after `○ 主な取組` in each 施策 (`2-2 こども・若者`), with their paragraphs."""
    out: list[Heading] = []
    chapter = None
    inside = False
    for raw in text.splitlines():
        line = raw.strip()
        heading = CHAPTER_RE.match(line)
        if heading:
            chapter, inside = _ascii(f"{heading.group(1)}-{heading.group(2)}"), False
        elif line == "○ 主な取組":
            inside = chapter is not None
        elif not (inside and chapter and line):
            continue
        elif line[0] in "▽→◎◆◇":
            inside = False  # the next part of the 施策 page
        elif line[0] in CIRCLED:
            out.append(Heading(group=chapter, no=CIRCLED.index(line[0]) + 1, name=line[1:].strip(),
                               description=""))
        elif out and out[-1].group == chapter and line[0] not in "⁰¹²³⁴⁵⁶⁷⁸⁹":  # not a footnote (¹³ …)
            out[-1].description += line.translate(SUPERSCRIPTS)
    return out
