"""The safety screen (see screen.py)."""

from .screen import NONE, Screen, screen

__all__ = ["NONE", "Screen", "screen"]
