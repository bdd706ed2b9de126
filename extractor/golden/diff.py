"""How two JSON values differ, as a list of paths with the old and the new value."""

from __future__ import annotations

import json
from dataclasses import dataclass

__all__ = ["Difference", "diff_json"]

#: Values longer than this are cut when a difference is shown.
MAX_SHOWN = 80
#: A marker for a side that has no value (a key or a list entry one side lacks).
_ABSENT = object()


@dataclass(frozen=True, slots=True)
class Difference:
    """At ``path`` the expected record holds ``expected`` and the new one ``actual``."""

    path: str
    expected: object
    actual: object

    def describe(self) -> str:
        return f"{self.path or '(record)'}: {_show(self.expected)} -> {_show(self.actual)}"


def _show(value: object) -> str:
    if value is _ABSENT:
        return "(absent)"
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= MAX_SHOWN else shown[: MAX_SHOWN - 3] + "..."


def diff_json(expected: object, actual: object, path: str = "") -> list[Difference]:
    """Every place where ``actual`` departs from ``expected``, in document order.

    Objects are compared key by key, lists entry by entry (an entry one list lacks is
    ``(absent)`` on that side); anything else by equality, so ``1`` and ``1.0`` differ
    from ``"1"``.
    """
    out: list[Difference] = []
    _walk(expected, actual, path, out)
    return out


def _walk(expected: object, actual: object, path: str, out: list[Difference]) -> None:
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in list(expected) + [k for k in actual if k not in expected]:
            where = f"{path}.{key}" if path else str(key)
            _walk(expected.get(key, _ABSENT), actual.get(key, _ABSENT), where, out)
    elif isinstance(expected, list) and isinstance(actual, list):
        for i in range(max(len(expected), len(actual))):
            old = expected[i] if i < len(expected) else _ABSENT
            new = actual[i] if i < len(actual) else _ABSENT
            _walk(old, new, f"{path}[{i}]", out)
    elif type(expected) is not type(actual) or expected != actual:
        out.append(Difference(path, expected, actual))
