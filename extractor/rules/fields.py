"""The values the rules find for one agreement, and where each was read."""

from __future__ import annotations

from dataclasses import dataclass, field

from sec8k.models import Evidence

__all__ = ["Fields"]


@dataclass
class Fields:
    """Scalar values with their evidence (the first rule to fill a field wins) and list entries."""

    values: dict[str, object] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    lists: dict[str, list[object]] = field(default_factory=dict)

    def put(self, name: str, value: object, evidence: Evidence) -> bool:
        if name in self.values or value is None:
            return False
        self.values[name] = value
        self.evidence[name] = evidence
        return True

    def part(self, name: str, evidence: Evidence) -> None:
        """Evidence for a part of a nested value: ``"term.duration"``."""
        self.evidence.setdefault(name, evidence)

    def add(self, name: str, entry: object) -> None:
        self.lists.setdefault(name, []).append(entry)

    def has(self, name: str) -> bool:
        return name in self.values or bool(self.lists.get(name))
