"""Evidence spans of a record, found by walking its JSON dump, and the values they back.

Every extracted field keeps its evidence (models/base.py ``Evidence``: document, start,
end, text) either as a field's own ``evidence`` or in an ``evidence`` / ``part_evidence``
dict keyed by field name. The walk finds every Evidence-shaped dict and names it by the
path of the value it backs: ``acquisitions[0].evidence["cash"]`` is ``acquisitions[0].cash``,
``agreements[0].compensation[2].evidence`` is ``agreements[0].compensation[2]``.
Pure: a record in, marks and rows out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sec8k.models import FilingRecord

__all__ = ["KINDS", "Mark", "RecordPanel", "Row", "collect_marks", "describe", "panels"]

#: The record lists the extractors fill, and the kind each one's highlights are coloured by.
KINDS = {"acquisitions": "deal", "agreements": "agreement", "officer_changes": "officer"}
#: Keys under which the models keep evidence; a field path leaves them out.
_EVIDENCE_KEYS = frozenset({"evidence", "part_evidence"})
_EVIDENCE_FIELDS = frozenset({"document", "start", "end", "text"})
#: A value shown in the side panel is cut to this many characters.
MAX_VALUE_CHARS = 160
_PATH_STEP = re.compile(r"\[(\d+)\]|\.?([^.\[\]]+)")


@dataclass(frozen=True, slots=True)
class Mark:
    """One evidence span: the field it backs, where it was read, and the value."""

    index: int
    path: str
    kind: str
    document: str
    start: int
    end: int
    text: str
    value: str


@dataclass(frozen=True, slots=True)
class Row:
    """A line of the side panel: a field, its value, and its mark if it has one."""

    path: str
    value: str
    mark: int | None
    state: str  # "found" (with evidence), "unbacked" (a value without evidence), "missing"


@dataclass(frozen=True, slots=True)
class RecordPanel:
    """One extracted record (a deal, an agreement, an officer change) in the side panel."""

    path: str
    kind: str
    title: str
    rows: tuple[Row, ...]


def _is_evidence(value: object) -> bool:
    return (
        isinstance(value, dict)
        and value.keys() >= _EVIDENCE_FIELDS
        and isinstance(value["start"], int)
        and isinstance(value["end"], int)
    )


def _walk(value: object, path: str, found: list[tuple[str, dict[str, Any]]]) -> None:
    if isinstance(value, list):
        for i, child in enumerate(value):
            _walk(child, f"{path}[{i}]", found)
        return
    if not isinstance(value, dict):
        return
    for key, child in value.items():
        if key in _EVIDENCE_KEYS and _is_evidence(child):
            found.append((path, child))
        elif key in _EVIDENCE_KEYS and isinstance(child, dict):
            found.extend((f"{path}.{name}", ev) for name, ev in child.items() if _is_evidence(ev))
        else:
            _walk(child, f"{path}.{key}", found)


def value_at(dump: object, path: str) -> object:
    """The value at a field path of a dump (``agreements[0].term.duration``), or None."""
    value = dump
    for index, key in _PATH_STEP.findall(path):
        if index and isinstance(value, list) and int(index) < len(value):
            value = value[int(index)]
        elif key and isinstance(value, dict):
            value = value.get(key)
        else:
            return None
    return value


def _number(text: object) -> str:
    try:
        number = Decimal(str(text))
    except InvalidOperation:
        return str(text)
    return f"{number:,f}" if number != number.to_integral_value() else f"{number:,.0f}"


def describe(value: object) -> str:
    """A short reading of a dumped value for the side panel ('USD 7,400,000 (approx.)')."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        text = "; ".join(describe(v) for v in value)
    elif isinstance(value, dict) and {"amount", "currency"} <= value.keys():
        approx = " (approx.)" if value.get("approximate") else ""
        per = f" per {value['per']}" if value.get("per") else ""
        text = f"{value['currency']} {_number(value['amount'])}{per}{approx}"
        if value.get("period_label"):
            text += f", {value['period_label']}"
    elif isinstance(value, dict) and {"value", "unit"} <= value.keys():
        unit = {"percent": "%", "other": ""}.get(value["unit"], f" {value['unit']}")
        text = f"{_number(value['value'])}{unit}"
    elif isinstance(value, dict):
        parts = [
            f"{key}: {describe(child)}"
            for key, child in value.items()
            if key not in _EVIDENCE_KEYS and key != "text" and child not in (None, [], {})
        ]
        text = ", ".join(parts) or describe(value.get("text"))
    else:
        text = str(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


def collect_marks(record: FilingRecord) -> list[Mark]:
    """Every evidence span of the extracted records, in record order."""
    dump = record.model_dump(mode="json")
    marks: list[Mark] = []
    for name, kind in KINDS.items():
        found: list[tuple[str, dict[str, Any]]] = []
        _walk(dump[name], name, found)
        for path, ev in found:
            marks.append(
                Mark(
                    index=len(marks),
                    path=path,
                    kind=kind,
                    document=ev["document"],
                    start=ev["start"],
                    end=ev["end"],
                    text=ev["text"],
                    value=describe(value_at(dump, path)),
                )
            )
    return marks


def _title(name: str, entry: dict[str, Any]) -> str:
    if name == "acquisitions":
        who = entry.get("target") or entry.get("acquirer") or "?"
        return f"{entry['kind']} ({entry['stage']}, Item {entry['item']}): {who}"
    if name == "agreements":
        return f"{entry['agreement_type']} agreement: {entry.get('title') or 'untitled'}"
    return f"{entry.get('change')}: {entry.get('name')} (Item {entry.get('item')})"


def _under(path: str, field: str) -> bool:
    return path == field or path.startswith((f"{field}.", f"{field}["))


def panels(record: FilingRecord, marks: list[Mark]) -> list[RecordPanel]:
    """The side panel: per record, each field with its value, evidence or absence.

    Fields are listed in model order; a field with marks gets one row per mark, a field
    with a value but no evidence says so, and an empty field is listed as missing, so
    what the extractors did not find is visible too.
    """
    dump = record.model_dump(mode="json")
    result: list[RecordPanel] = []
    for name, kind in KINDS.items():
        for i, entry in enumerate(dump[name]):
            base = f"{name}[{i}]"
            own = [m for m in marks if _under(m.path, base)]
            rows: list[Row] = []
            for key, value in entry.items():
                if key in _EVIDENCE_KEYS:
                    continue
                field = f"{base}.{key}"
                backed = [m for m in own if _under(m.path, field)]
                rows.extend(Row(m.path, m.value, m.index, "found") for m in backed)
                if not backed and value in (None, [], {}):
                    rows.append(Row(field, "not stated", None, "missing"))
                elif not backed:
                    rows.append(Row(field, describe(value), None, "unbacked"))
            listed = {row.mark for row in rows}
            rows.extend(
                Row(m.path, m.value, m.index, "found") for m in own if m.index not in listed
            )
            result.append(RecordPanel(base, kind, _title(name, entry), tuple(rows)))
    return result
