"""SQL over a batch's records with DuckDB: views, queries, Parquet export.

``run_query(results, sql)`` runs SQL over the views ``filings``, ``items``,
``exhibits``, ``acquisitions``, ``agreements``, ``compensation`` and
``officer_changes`` (and ``records``, one raw JSON record per row);
``export_parquet(results, dest)`` and ``export_csv`` write the views as files. The views are defined in :mod:`.views` and
documented in docs/schema.md.
"""

from sec8k.errors import QueryError
from sec8k.query.db import (
    QueryResult,
    connect,
    describe_views,
    export_csv,
    export_parquet,
    run_query,
)
from sec8k.query.render import FORMATS, render
from sec8k.query.views import EXAMPLES, EXPORTED_VIEWS, VIEW_NAMES

__all__ = [
    "EXAMPLES",
    "EXPORTED_VIEWS",
    "FORMATS",
    "VIEW_NAMES",
    "QueryError",
    "QueryResult",
    "connect",
    "describe_views",
    "export_csv",
    "export_parquet",
    "render",
    "run_query",
]
