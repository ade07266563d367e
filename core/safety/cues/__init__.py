"""What each situation sounds like, one module a family of situations (words.py: how a cue is read)."""

from . import (
    bare,
    everyday,
    families,
    indirect,
    languages,
    medical,
    missing,
    objects,
    retold,
    scenes,
    shown,
    soft,
    suicide,
    told,
    tongues,
    unnamed,
    violence,
    vulnerable,
)
from .words import CHILD, ELDER, PARTNER, Cue

CUES: tuple[Cue, ...] = suicide.CUES + medical.CUES + violence.CUES + vulnerable.CUES + scenes.CUES + families.CUES + bare.CUES + missing.CUES + objects.CUES + told.CUES + indirect.CUES + languages.CUES + soft.CUES + everyday.CUES + unnamed.CUES + shown.CUES + tongues.CUES + retold.CUES

__all__ = ["CHILD", "CUES", "ELDER", "PARTNER", "Cue"]
