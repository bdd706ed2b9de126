"""DuckDB over a batch's records (records.jsonl or its shards): views, a query, an export.

DuckDB runs in this process: no server, no copy of the data. The views read the
file on every query, so a query always sees the records as they are on disk.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb

from sec8k.batch.outputs import RECORDS, record_files
from sec8k.errors import QueryError
from sec8k.query.views import EXPORTED_VIEWS, view_statements

__all__ = [
    "QueryError",
    "QueryResult",
    "connect",
    "export_parquet",
    "records_files",
    "run_query",
]

#: Rows fetched from DuckDB at a time while a result is streamed out.
_FETCH_ROWS = 1000


@dataclass(frozen=True)
class QueryResult:
    """A query's column names and types (as DuckDB names them), and its rows, streamed."""

    columns: list[str]
    types: list[str]
    rows: Iterator[tuple[object, ...]]


def records_files(results: str | os.PathLike[str]) -> list[Path]:
    """The record files of a batch's OUTDIR (records.jsonl and its shards), or the file given."""
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


def connect(results: str | os.PathLike[str]) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with the views over ``results``."""
    source = "[" + ", ".join(_quoted(path) for path in records_files(results)) + "]"
    connection = duckdb.connect(":memory:")
    for statement in view_statements(source):
        connection.execute(statement)
    return connection


def run_query(results: str | os.PathLike[str], sql: str) -> QueryResult:
    """Run ``sql`` over the views of ``results``; DuckDB's errors become QueryError."""
    connection = connect(results)
    described = _describe(connection, sql)
    try:
        cursor = connection.execute(sql)
    except duckdb.Error as exc:
        connection.close()
        raise QueryError("query", str(exc)) from None
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
        raise QueryError("query", str(exc)) from None
    finally:
        connection.close()


def export_parquet(results: str | os.PathLike[str], dest: str | os.PathLike[str]) -> list[Path]:
    """Write each view but ``records`` to ``dest/<view>.parquet``; the files, in view order."""
    folder = Path(dest)
    folder.mkdir(parents=True, exist_ok=True)
    connection = connect(results)
    written: list[Path] = []
    try:
        for view in EXPORTED_VIEWS:
            target = folder / f"{view}.parquet"
            # A name of this export's own: two exports into one folder never share it.
            temp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
            try:
                connection.execute(
                    f"COPY (SELECT * FROM {view}) TO {_quoted(temp)} (FORMAT PARQUET)"
                )
                temp.replace(target)
            finally:
                temp.unlink(missing_ok=True)  # gone already unless the COPY failed
            written.append(target)
    except duckdb.Error as exc:
        raise QueryError(str(folder), f"cannot write Parquet: {exc}") from None
    finally:
        connection.close()
    return written
