"""The values the rules find for one record, and where each was read (deals and agreements alike)."""

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
        """Fill ``name`` unless a rule filled it already; whether this call filled it."""
        if name in self.values or value is None:
            return False
        self.values[name] = value
        self.evidence[name] = evidence
        return True

    def replace(self, name: str, value: object, evidence: Evidence) -> None:
        """Put ``value`` over an earlier reading the text has since shown to be wrong."""
        self.values[name] = value
        self.evidence[name] = evidence

    def part(self, name: str, evidence: Evidence) -> None:
        """Evidence for a part of a nested value: ``"term.duration"``."""
        self.evidence.setdefault(name, evidence)

    def add(self, name: str, entry: object) -> None:
        self.lists.setdefault(name, []).append(entry)

    def has(self, name: str) -> bool:
        return name in self.values or bool(self.lists.get(name))
