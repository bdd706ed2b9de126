"""DuckDB over a batch's records (records.jsonl or its shards): views, a query, an export.

DuckDB runs in this process: no server, no copy of the data. The views read the
file on every query, so a query always sees the records as they are on disk.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb

from sec8k.batch.outputs import RECORDS, record_files
from sec8k.errors import QueryError
from sec8k.query.views import EXPORTED_VIEWS, VIEW_NAMES, view_statements

__all__ = [
    "QueryResult",
    "connect",
    "describe_views",
    "export_csv",
    "export_parquet",
    "records_files",
    "run_query",
]

#: Rows fetched from DuckDB at a time while a result is streamed out.
_FETCH_ROWS = 1000
#: Bytes looked at to tell a records.jsonl from one indented record (sec8k extract's output).
_SNIFF = 4096
#: DuckDB's "did you mean" for a missing table names its own catalog (pg_settings ...).
_NO_TABLE = re.compile(r"Table with name (\S+) does not exist", re.IGNORECASE)


@dataclass(frozen=True)
class QueryResult:
    """A query's column names and types (as DuckDB names them), and its rows, streamed."""

    columns: list[str]
    types: list[str]
    rows: Iterator[tuple[object, ...]]


def records_files(results: str | os.PathLike[str]) -> list[Path]:
    """The record files of a batch's OUTDIR (records.jsonl and its shards), or the file given
    (JSON Lines, or the one indented record ``sec8k extract`` prints)."""
    path = Path(results)
    targets = record_files(path) if path.is_dir() else [path] if path.is_file() else []
    if not targets:
        raise QueryError(
            str(path),
            f"no {RECORDS} here (nor shards of it, records-00000.jsonl ...): give the OUTDIR "
            f"of a sec8k batch run, or its {RECORDS}",
        )
    return targets


def _quoted(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _source(paths: list[Path]) -> str:
    """The table function that reads ``paths``: JSON Lines, or (for one file given) one JSON
    record or a list of them."""
    form = "newline_delimited"
    if len(paths) == 1:
        try:
            with paths[0].open("rb") as stream:
                head = stream.read(_SNIFF).lstrip()
        except OSError as exc:
            raise QueryError(
                str(paths[0]), f"cannot read the file: {exc.strerror or exc}"
            ) from None
        first_line = head.split(b"\n", 1)[0].strip()
        if head.startswith(b"["):
            form = "array"
        elif first_line == b"{":  # an indented record; a compact one is a line of JSON Lines
            form = "unstructured"
    files = "[" + ", ".join(_quoted(path) for path in paths) + "]"
    return f"read_json_objects({files}, format = '{form}')"


def connect(results: str | os.PathLike[str]) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with the sec8k views over ``results``.

    ``results`` is a ``sec8k batch`` OUTDIR, its records.jsonl, or a JSON file of one
    record. The views are ``filings``, ``items``, ``exhibits``, ``acquisitions``,
    ``agreements``, ``compensation``, ``officer_changes`` and ``records``; every query
    result turns into a pandas DataFrame with ``.df()``::

        with sec8k.connect("out") as db:
            deals = db.sql("SELECT * FROM acquisitions").df()
    """
    source = _source(records_files(results))
    connection = duckdb.connect(":memory:")
    for statement in view_statements(source):
        connection.execute(statement)
    return connection


def describe_views(results: str | os.PathLike[str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each view's name with its columns' names and DuckDB types, in view order."""
    with connect(results) as connection:
        return [
            (
                view,
                [
                    (str(row[0]), str(row[1]))
                    for row in connection.execute(f"DESCRIBE {view}").fetchall()
                ],
            )
            for view in VIEW_NAMES
        ]


def _reason(exc: duckdb.Error) -> str:
    """DuckDB's message on one line; a missing table is answered with the sec8k views."""
    message = str(exc).strip()
    if missing := _NO_TABLE.search(message):
        return (
            f"no view named {missing.group(1)}; the sec8k views are {', '.join(VIEW_NAMES)} "
            "(run sec8k query RESULTS without SQL to list their columns)"
        )
    # DuckDB's first paragraph says what is wrong (and the candidates); then comes the
    # statement with a caret under the place, which does not survive one line.
    first = message.split("\n\n", 1)[0]
    return " ".join(first.split()) or type(exc).__name__


def _one_statement(connection: duckdb.DuckDBPyConnection, sql: str) -> str:
    """``sql`` when it is exactly one statement; QueryError otherwise."""
    try:
        statements = connection.extract_statements(sql)
    except duckdb.Error as exc:
        raise QueryError("query", _reason(exc)) from None
    if not statements:
        raise QueryError("query", "no SQL statement given (run without SQL to list the views)")
    if len(statements) > 1:
        raise QueryError(
            "query", f"{len(statements)} statements given; sec8k query runs one at a time"
        )
    return sql


def run_query(results: str | os.PathLike[str], sql: str) -> QueryResult:
    """Run one statement ``sql`` over the views of ``results``; DuckDB's errors become
    QueryError with a one-line reason."""
    connection = connect(results)
    try:
        _one_statement(connection, sql)
    except QueryError:
        connection.close()
        raise
    described = _describe(connection, sql)
    try:
        cursor = connection.execute(sql)
    except duckdb.Error as exc:
        connection.close()
        raise QueryError("query", _reason(exc)) from None
    if cursor.description is None:  # a statement without rows, e.g. CREATE VIEW
        connection.close()
        return QueryResult([], [], iter(()))
    columns = [column[0] for column in cursor.description]
    types = described or [str(column[1]) for column in cursor.description]
    return QueryResult(columns, types, _stream(connection, cursor))


def _describe(connection: duckdb.DuckDBPyConnection, sql: str) -> list[str]:
    """DuckDB's own type names for the query's columns (DECIMAL(38,6), JSON, ...).

    The cursor's description gives them too from DuckDB 2 on, but only DB-API
    names (NUMBER, STRING) before; DESCRIBE gives the same in both.
    """
    try:
        return [str(row[1]) for row in connection.execute(f"DESCRIBE {sql}").fetchall()]
    except duckdb.Error:
        return []


def _stream(
    connection: duckdb.DuckDBPyConnection, cursor: duckdb.DuckDBPyConnection
) -> Iterator[tuple[object, ...]]:
    try:
        while batch := cursor.fetchmany(_FETCH_ROWS):
            yield from batch
    except duckdb.Error as exc:
        raise QueryError("query", _reason(exc)) from None
    finally:
        connection.close()


def export_parquet(results: str | os.PathLike[str], dest: str | os.PathLike[str]) -> list[Path]:
    """Write each view but ``records`` to ``dest/<view>.parquet``; the files, in view order."""
    return _export(results, dest, "parquet", "FORMAT PARQUET")


def export_csv(results: str | os.PathLike[str], dest: str | os.PathLike[str]) -> list[Path]:
    """Write each view but ``records`` to ``dest/<view>.csv`` (with a header line)."""
    return _export(results, dest, "csv", "FORMAT CSV, HEADER")


def _export(
    results: str | os.PathLike[str], dest: str | os.PathLike[str], suffix: str, options: str
) -> list[Path]:
    folder = Path(dest)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise QueryError(str(folder), f"cannot create the folder: {exc.strerror or exc}") from None
    connection = connect(results)
    written: list[Path] = []
    try:
        for view in EXPORTED_VIEWS:
            target = folder / f"{view}.{suffix}"
            # A name of this export's own: two exports into one folder never share it.
            temp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
            try:
                connection.execute(f"COPY (SELECT * FROM {view}) TO {_quoted(temp)} ({options})")
                temp.replace(target)
            finally:
                temp.unlink(missing_ok=True)  # gone already unless the COPY failed
            written.append(target)
    except duckdb.Error as exc:
        raise QueryError(str(folder), f"cannot write {suffix}: {_reason(exc)}") from None
    finally:
        connection.close()
    return written
