"""The typed knowledge model: one frozen dataclass per kind of item, the one definition of an item's fields.

`meta.py`: what a field carries (`Meta`: cell type, labels, widget, checks), the `Item` base (`from_mapping`,
`to_mapping`) and the shared vocabulary (regexes, allowed values); `items.py`: the item classes.
"""

from knowledge.schema.items import (
    KINDS,
    Contact,
    District,
    EmergencyLine,
    Entry,
    FormerName,
    Hours,
    HoursException,
    Section,
    Topic,
    Town,
)
from knowledge.schema.meta import Item, Meta

__all__ = ["KINDS", "Contact", "District", "EmergencyLine", "Entry", "FormerName", "Hours", "HoursException", "Item",
           "Meta", "Section", "Topic", "Town"]
