"""SQL over a batch's records with DuckDB: views, queries, Parquet export.

``run_query(results, sql)`` runs SQL over the views ``filings``, ``items``,
``exhibits``, ``acquisitions``, ``agreements`` and ``compensation`` (and
``records``, one raw JSON record per row); ``export_parquet(results, dest)``
writes the views as Parquet files. The views are defined in :mod:`.views` and
documented in docs/schema.md.
"""

from sec8k.query.db import (
    QueryError,
    QueryResult,
    connect,
    export_parquet,
    records_files,
    run_query,
)
from sec8k.query.render import FORMATS, render
from sec8k.query.views import EXPORTED_VIEWS, VIEW_NAMES

__all__ = [
    "EXPORTED_VIEWS",
    "FORMATS",
    "VIEW_NAMES",
    "QueryError",
    "QueryResult",
    "connect",
    "export_parquet",
    "records_files",
    "render",
    "run_query",
]
