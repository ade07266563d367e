"""What one field of an item carries (`Meta`), the base of every item class (`Item`), and the shared vocabulary.

Each item class of `knowledge/schema/items.py` is a frozen dataclass whose fields carry a `Meta` in
`dataclasses.field(metadata={"meta": …})`. The field order is the canonical file's key order; the metadata says
how the spreadsheet writes the field (its cell type, its header comment), how the admin's edit form shows it
(label, widget, help, options, position) and what `kb check` asks of it (required, length, pattern, allowed
values, the kind whose ids it names).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

# ASCII digits only: \d would also take full-width １１０, which a tel: link cannot dial (entry points NFKC first).
PHONE_RE = re.compile(r"^(#[0-9]{4}|[0-9]{3}|0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4})$")
DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")  # ASCII: the database's date type takes no ２０２６
TIME_RE = re.compile(r"^([01]\d|2[0-4]):[0-5]\d$")
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CONTACT_KINDS = {"phone", "fax", "email", "place", "address", "url", "note"}
UNKNOWN_FACTS = {"phone", "place", "hours", "email"}
DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
AREAS = {"elderly", "disability", "children", "money", "mind", "violence", "community", "other", "crisis", "outside"}
AREA_LABELS = {"elderly": "高齢・介護", "disability": "障害", "children": "子ども・子育て", "money": "お金・仕事・住まい",
               "mind": "こころ・ひきこもり", "violence": "暴力・虐待", "community": "地域活動", "other": "その他",
               "crisis": "危機のときの窓口", "outside": "福祉以外の市の手続き（案内先）"}
SITUATIONS = {
    "suicide-thoughts", "suicide-plan-or-attempt", "suicide-imminent", "self-harm", "overdose", "poisoning",
    "not-breathing-or-unconscious", "stroke-signs", "heavy-bleeding", "choking", "heatstroke", "elderly-fallen",
    "seizure", "drowning", "fire", "gas-or-co", "violence-now-partner", "violence-now-family", "stalking-threat",
    "confinement", "sexual-violence", "child-abuse", "elder-abuse-injury", "disabled-abuse-injury",
    "missing-person-dementia", "missing-child", "no-food-or-shelter-in-cold", "caregiver-may-harm", "soft",
    "consumer", "medical-advice"}
SUMMARY_MAX = 80  # characters of the one line a resident sees on the answer card

# Spreadsheet cell types (knowledge/sheets.py has their codecs).
TEXT, LIST, IDS, BOOL, DATE, TIME, POS = "text", "list", "ids", "bool", "date", "time", "pos"
EXC = "exceptions"  # the hours' dated exceptions, one a list item (knowledge/hourcells.py)


# ---- how a file's value becomes the canonical one (what document.py did by hand) --------------------------

def as_given(value: Any) -> Any:
    return value


def text_items(value: Any) -> list[str]:
    return [str(v) for v in value or []]


def items(value: Any) -> list[Any]:
    return list(value or [])


def flag(value: Any) -> bool:
    return bool(value)


def tri_state(value: Any) -> bool | None:
    """true (closed), false (open) or None: the source does not say."""
    return None if value is None else bool(value)


def text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def text_or_empty(value: Any) -> str:
    return str(value or "")


def true_unless_none(value: Any) -> Any:
    """True unless the file says otherwise (`kb check` reports a value that is not true or false)."""
    return True if value is None else value


def week_numbers(value: Any) -> list[Any]:
    """3 and "3" both as 3; anything else kept for `kb check` to name."""
    return [int(w) if str(w).strip().isdigit() else w for w in value or []]


@dataclass(frozen=True)
class Meta:
    """Everything the house knows about one field of an item."""

    cell: str | None = None  # the spreadsheet's cell type; None: not a column (a child sheet, or not in sheets)
    note: str = ""  # the workbook's header comment of the column
    label: str = ""  # the edit form's label (else the note)
    widget: str = "text"  # text | textarea | lines | select | date
    help: str = ""
    options: tuple[tuple[str, str], ...] = ()  # a select's (value, label)
    form: int = 0  # position on the kind's edit form; 0: the form does not show it
    form_only: str = ""  # the one kind (counters / services) whose form shows it
    form_required: bool = False  # the form refuses a save without it
    required: str = ""  # kb check's message when it is empty ("": it may be empty)
    max_len: int = 0  # kb check: at most this many characters (0: any)
    pattern: re.Pattern[str] | None = None  # kb check: a non-empty value matches it
    allowed: frozenset[str] = frozenset()  # kb check: the values (each item of a list) it accepts
    refs: str = ""  # the kind whose ids this names (kb check: each must exist; the form lists them)
    bad: str = ""  # kb check's message for a value off the pattern, the allowed values or refs ({} = the value)
    coerce: Callable[[Any], Any] = as_given  # the file's value → the canonical one
    absent: Any = None  # the value of a key the file leaves out
    fallback: Any = None  # in place of an empty value (None: none)
    omit_empty: bool = False  # left out of the canonical mapping when empty
    column: int = 0  # the sheet orders columns by this, then by field order (where old exports had them)
    of: type[Item] | None = None  # a list of these items (a child sheet)

    @property
    def shown_label(self) -> str:
        return self.label or self.note

    @property
    def many(self) -> bool:
        """A list of values (or of items)."""
        return self.cell in (LIST, IDS, EXC) or self.of is not None

    @property
    def boolean(self) -> bool:
        """A select of true / false stored as True / False."""
        return self.cell == BOOL and self.widget == "select"


def meta(m: Meta, default: Any = dataclasses.MISSING, factory: Any = dataclasses.MISSING) -> Any:
    """A dataclass field carrying `m` (a list field gets `factory=list`)."""
    if factory is not dataclasses.MISSING:
        return dataclasses.field(default_factory=factory, metadata={"meta": m})
    return dataclasses.field(default=None if default is dataclasses.MISSING else default, metadata={"meta": m})


T = TypeVar("T", bound="Item")


class Item:
    """The base of the item classes: canonical mapping in and out, and the fields with their metadata."""

    # Keys a data file may hold for staff that the canonical form (the database, kb dump) leaves out.
    FILE_ONLY: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def specs(cls) -> tuple[tuple[str, Meta], ...]:
        return _specs(cls)

    @classmethod
    def from_mapping(cls: type[T], d: Mapping[str, Any], **fallbacks: Any) -> T:
        """Tolerant: missing keys get their defaults, values their canonical type (`fallbacks`: a field's
        value in place of an empty one, e.g. an entry's kind from the file it is in)."""
        values: dict[str, Any] = {}
        for name, m in _specs(cls):
            value = d.get(name, m.absent)
            fallback = fallbacks.get(name, m.fallback)
            if fallback is not None and not value:
                value = fallback
            if m.of is not None:
                value = [m.of.from_mapping(x) for x in value or []]
            else:
                value = m.coerce(value)
            values[name] = value
        return cls(**values)

    def to_mapping(self) -> dict[str, Any]:
        """The canonical mapping: every key in field order (a key marked omit_empty only when it has a value)."""
        out: dict[str, Any] = {}
        for name, m in _specs(type(self)):
            value = getattr(self, name)
            if m.omit_empty and not value:
                continue
            out[name] = [x.to_mapping() for x in value] if m.of is not None else value
        return out


_SPECS: dict[type, tuple[tuple[str, Meta], ...]] = {}


def _specs(cls: type) -> tuple[tuple[str, Meta], ...]:
    """(field name, Meta) of an item class in field order (read once a class)."""
    found = _SPECS.get(cls)
    if found is None:
        found = _SPECS[cls] = tuple((f.name, f.metadata["meta"]) for f in dataclasses.fields(cls))
    return found


def canonical(cls: type[Item], d: Mapping[str, Any], **fallbacks: Any) -> dict[str, Any]:
    return cls.from_mapping(d, **fallbacks).to_mapping()
