"""Where a shared location is (issue #13 point 2): a channel that gets only coordinates (Telegram's
`message.location`) reads them as LINE's location message is read, by its address.

`town_points.tsv` in the data folder gives a representative point of each town (町丁) of the city, with its
place name as an address. `place_at(lat, lon)` is the place name of the nearest point when it lies within
`NEAR_KM` (the town the resident is in, as text the conversation reads like any address: core/places finds
its district, unconfirmed where data/districts.yaml says so), else None: the location is outside the city,
or the data folder has no points, and the resident is told so honestly (`OUTSIDE`, `outside_reply`).
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from pathlib import Path

FILE = "town_points.tsv"
DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
NEAR_KM = 1.2  # farther than this from every town's point: not in the city (towns are ≤ ~1 km across)
OUTSIDE = "loc:outside"  # the choice a channel hands in for a location outside the city
EARTH_KM = 6371.0


@dataclass(frozen=True)
class Point:
    place: str  # the town as an address (its district is found in the text, like any address)
    lat: float
    lon: float


def read_points(data_dir: Path) -> tuple[Point, ...]:
    """The towns' points of a data folder; none when the folder has no town_points.tsv."""
    path = data_dir / FILE
    if not path.is_file():
        return ()
    out: list[Point] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) != 3 or cells[0] == "place":
            continue
        try:
            out.append(Point(cells[0].strip(), float(cells[1]), float(cells[2])))
        except ValueError:
            continue  # a broken row is skipped; the others still place a location
    return tuple(out)


_lock = threading.Lock()
_points: tuple[Point, ...] | None = None


def use(data_dir: Path) -> None:
    """Read the points of the data folder in use (the composition root may call it; default: data/)."""
    global _points
    loaded = read_points(data_dir)
    with _lock:
        _points = loaded


def points() -> tuple[Point, ...]:
    global _points
    with _lock:
        if _points is None:
            _points = read_points(DEFAULT_DATA_DIR)
        return _points


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(min(1.0, a)))


def place_at(lat: float, lon: float, known: tuple[Point, ...] | None = None) -> str | None:
    """The place name of the town nearest to (lat, lon) within NEAR_KM; None outside the city."""
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    best = min(known if known is not None else points(), default=None,
               key=lambda p: distance_km(lat, lon, p.lat, p.lon))
    if best is None or distance_km(lat, lon, best.lat, best.lon) > NEAR_KM:
        return None
    return best.place
