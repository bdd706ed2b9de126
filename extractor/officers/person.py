"""A person an officer item names: the surname it is known by, and where it is mentioned."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Person"]


@dataclass
class Person:
    surname: str
    name: tuple[int, int]  # the first full-name mention
    mentions: list[tuple[int, int]] = field(default_factory=list)
