"""A query result as text: an aligned table, a Markdown table, CSV, or JSON Lines.

Values keep their exactness: decimals print without trailing zeros and never as
floats (JSON Lines writes them as strings, like the records do), dates in ISO
form, JSON columns as JSON.
"""

from __future__ import annotations

import csv
import datetime
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Final, TextIO

from sec8k.errors import QueryError
from sec8k.query.db import QueryResult

__all__ = ["FORMATS", "render"]

#: Longest cell of the table format; longer text is cut with an ellipsis.
TABLE_CELL_CHARS: Final = 48
#: Most rows the table formats hold (they align columns, so they keep every row in memory);
#: a longer result is refused before anything is printed: csv and json stream any size.
TABLE_MAX_ROWS: Final = 10_000


def _text(value: object) -> str:
    """One value as plain text (the table and CSV formats)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return _decimal(value)
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple | dict):
        return json.dumps(_jsonable(value), ensure_ascii=False)
    return str(value)


def _decimal(value: Decimal) -> str:
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _jsonable(value: object) -> object:
    if isinstance(value, Decimal):
        return _decimal(value)
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _jsonable(item) for key, item in value.items()}
    return value


def _rows(result: QueryResult) -> list[tuple[object, ...]]:
    """The result's rows for a table, refused when there are more than a table should hold."""
    raw: list[tuple[object, ...]] = []
    for row in result.rows:
        if len(raw) == TABLE_MAX_ROWS:
            raise QueryError(
                "query",
                f"more than {TABLE_MAX_ROWS:,} rows for a table: add a LIMIT, "
                "or use --format csv or json, which print any number",
            )
        raw.append(row)
    return raw


def _markdown(result: QueryResult, out: TextIO) -> None:
    """A GitHub-flavoured Markdown table (pipes in cells escaped)."""
    raw = _rows(result)

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"

    out.write(line(result.columns) + "\n")
    out.write("|" + "|".join(" --- " for _ in result.columns) + "|\n")
    for row in raw:
        out.write(line([" ".join(_text(value).split()) for value in row]) + "\n")


def _table(result: QueryResult, out: TextIO) -> None:
    raw = _rows(result)
    rows = [[_cell(value) for value in row] for row in raw]
    right = [
        all(_is_number(row[i]) for row in raw if row[i] is not None)
        for i in range(len(result.columns))
    ]
    widths = [
        max([len(name), *(len(row[i]) for row in rows)]) for i, name in enumerate(result.columns)
    ]

    def line(cells: list[str]) -> str:
        padded = [
            cell.rjust(width) if flush_right else cell.ljust(width)
            for cell, width, flush_right in zip(cells, widths, right, strict=True)
        ]
        return "  ".join(padded).rstrip()

    out.write(line(result.columns) + "\n")
    out.write("  ".join("-" * width for width in widths) + "\n")
    for row in rows:
        out.write(line(row) + "\n")
    out.write(f"({len(rows)} row{'' if len(rows) == 1 else 's'})\n")


def _is_number(value: object) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _cell(value: object) -> str:
    text = " ".join(_text(value).split())
    if len(text) > TABLE_CELL_CHARS:
        text = text[: TABLE_CELL_CHARS - 1] + "…"
    return text


def _csv(result: QueryResult, out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow([_text(value) for value in row])


def _json_lines(result: QueryResult, out: TextIO) -> None:
    is_json = [kind.upper() == "JSON" for kind in result.types]
    for row in result.rows:
        record = {
            name: json.loads(value) if flag and isinstance(value, str) else _jsonable(value)
            for name, value, flag in zip(result.columns, row, is_json, strict=True)
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")


FORMATS: Final[dict[str, Callable[[QueryResult, TextIO], None]]] = {
    "table": _table,
    "csv": _csv,
    "json": _json_lines,
    "markdown": _markdown,
}


def render(result: QueryResult, out: TextIO, fmt: str = "table") -> None:
    """Write ``result`` to ``out`` as ``fmt``: "table", "markdown", "csv" or "json" (JSON Lines)."""
    FORMATS[fmt](result, out)
