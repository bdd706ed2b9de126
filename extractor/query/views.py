"""The SQL views over records.jsonl (or its shards, read as one), in one place.

Each record is read as raw JSON (``read_json_objects``), never through DuckDB's
schema inference, so a field that is absent, empty, or of a shape these views do
not know yet becomes NULL or no rows instead of an error. Lists of objects are
unnested one row per object with their 1-based ``position``; every view keeps the
object itself as a JSON column, so nothing is lost to a view that lags behind the
models. Money amounts and quantities (JSON strings such as "8300000") become
``DECIMAL(38, 6)``; dates become ``DATE``.

``filing_id`` is the SHA-256 the record gives its source (``source.sha256``): join
the views on it.
"""

from __future__ import annotations

from typing import Final

__all__ = ["EXAMPLES", "EXPORTED_VIEWS", "VIEW_NAMES", "view_statements"]

#: The views a query can use, in the order they are created and exported.
VIEW_NAMES: Final = (
    "records",
    "filings",
    "items",
    "exhibits",
    "acquisitions",
    "agreements",
    "compensation",
    "officer_changes",
)

#: What ``sec8k export`` writes: all but ``records``, whose raw JSON is records.jsonl itself.
EXPORTED_VIEWS: Final = VIEW_NAMES[1:]

_NUMBER: Final = "DECIMAL(38, 6)"

#: The filing columns every per-object view starts with.
_FILING_KEYS: Final = "filing_id, accession_number, company_name, cik, filed_date, year"

_RECORDS: Final = """
CREATE VIEW records AS
SELECT
    json ->> '$.source.sha256' AS filing_id,
    json ->> '$.filing.accession_number' AS accession_number,
    json ->> '$.filing.company_name' AS company_name,
    json ->> '$.filing.cik' AS cik,
    TRY_CAST(json ->> '$.filing.filed_date' AS DATE) AS filed_date,
    TRY_CAST(json ->> '$.filing.report_date' AS DATE) AS report_date,
    year(coalesce(
        TRY_CAST(json ->> '$.filing.filed_date' AS DATE),
        TRY_CAST(json ->> '$.filing.report_date' AS DATE)
    )) AS year,
    json AS record
FROM {source}
"""

_FILINGS: Final = """
CREATE VIEW filings AS
SELECT
    filing_id,
    record ->> '$.schema_version' AS schema_version,
    record ->> '$.source.path' AS path,
    coalesce(record ->> '$.source.file_format', record ->> '$.source.format') AS format,
    record ->> '$.source.file' AS source_file,
    TRY_CAST(record ->> '$.source.size' AS BIGINT) AS size,
    accession_number,
    record ->> '$.filing.form_type' AS form_type,
    company_name,
    cik,
    record ->> '$.filing.sic' AS sic,
    record ->> '$.filing.state_of_incorporation' AS state_of_incorporation,
    record ->> '$.filing.business_address.city' AS business_city,
    record ->> '$.filing.business_address.state' AS business_state,
    filed_date,
    report_date,
    year,
    TRY_CAST(record -> '$.filing.items_declared' AS VARCHAR[]) AS items_declared,
    coalesce(TRY_CAST(record ->> '$.filing.items_declared_untitled' AS INTEGER), 0)
        AS items_declared_untitled,
    record ->> '$.items[*].number' AS item_numbers,
    record ->> '$.exhibits[*].number' AS exhibit_numbers,
    coalesce(json_array_length(record -> '$.acquisitions'), 0) AS acquisition_count,
    coalesce(json_array_length(record -> '$.agreements'), 0) AS agreement_count,
    TRY_CAST(record -> '$.warnings' AS VARCHAR[]) AS warnings
FROM records
"""


def _objects(
    view: str, path: str, columns: str, alias: str, source: str = "records", carry: str = ""
) -> str:
    """A view with one row per object of the JSON list at ``path`` in ``source``'s ``record``.

    ``carry`` names more columns of ``source`` to keep (before ``position``).
    """
    keys = f"{_FILING_KEYS}, {carry}" if carry else _FILING_KEYS
    return f"""
CREATE VIEW {view} AS
SELECT {keys}, position, {columns}, object AS {alias}
FROM (
    SELECT {keys},
        unnest(objects) AS object,
        generate_subscripts(objects, 1) AS position
    FROM (SELECT *, TRY_CAST(record -> '{path}' AS JSON[]) AS objects FROM {source})
)
"""


def _money(field: str) -> str:
    return (
        f"TRY_CAST(object ->> '$.{field}.amount' AS {_NUMBER}) AS {field},\n"
        f"    object ->> '$.{field}.currency' AS {field}_currency"
    )


_ITEM_COLUMNS: Final = """
    object ->> '$.number' AS number,
    TRY_CAST(object -> '$.modern' AS VARCHAR[]) AS modern,
    object ->> '$.title' AS title,
    object ->> '$.heading' AS heading,
    object ->> '$.document' AS document,
    TRY_CAST(object ->> '$.start' AS BIGINT) AS start,
    TRY_CAST(object ->> '$.end' AS BIGINT) AS "end",
    TRY_CAST(object ->> '$.empty' AS BOOLEAN) AS empty,
    object ->> '$.text' AS text"""

_EXHIBIT_COLUMNS: Final = """
    object ->> '$.number' AS number,
    object ->> '$.description' AS description,
    object ->> '$.document_type' AS document_type,
    object ->> '$.filename' AS filename,
    object ->> '$.document' AS document,
    TRY_CAST(object ->> '$.listed' AS BOOLEAN) AS listed,
    TRY_CAST(object ->> '$.incorporated_by_reference' AS BOOLEAN) AS incorporated_by_reference,
    object ->> '$.reference' AS reference,
    TRY_CAST(object ->> '$.start' AS BIGINT) AS start,
    object ->> '$.text' AS text"""

_ACQUISITION_COLUMNS: Final = f"""
    object ->> '$.kind' AS kind,
    object ->> '$.stage' AS stage,
    object ->> '$.item' AS item,
    object ->> '$.acquirer' AS acquirer,
    object ->> '$.acquirer_subsidiary' AS acquirer_subsidiary,
    object ->> '$.target' AS target,
    object ->> '$.target_location' AS target_location,
    object ->> '$.seller' AS seller,
    TRY_CAST(object ->> '$.closing_date' AS DATE) AS closing_date,
    TRY_CAST(object ->> '$.percent_acquired.value' AS {_NUMBER}) AS percent_acquired,
    {_money("total_consideration")},
    {_money("cash")},
    TRY_CAST(object ->> '$.shares_issued.value' AS {_NUMBER}) AS shares_issued,
    object ->> '$.share_class' AS share_class,
    {_money("per_share_price")},
    TRY_CAST(object ->> '$.agreement_date' AS DATE) AS agreement_date,
    TRY_CAST(object ->> '$.shares_up_to' AS BOOLEAN) AS shares_up_to,
    {_money("assumed_liabilities")},
    TRY_CAST(object ->> '$.contingent_consideration' AS BOOLEAN) AS contingent_consideration,
    object -> '$.evidence' AS evidence"""

#: Agreements are still taking shape (models/agreements.py): a few typed columns, the
#: names of the fields each object has, and the object itself.
_AGREEMENT_COLUMNS: Final = """
    object ->> '$.agreement_type' AS agreement_type,
    object ->> '$.exhibit' AS exhibit,
    object ->> '$.document' AS document,
    object ->> '$.title' AS title,
    TRY_CAST(object ->> '$.agreement_date' AS DATE) AS agreement_date,
    object ->> '$.parties[*].name' AS parties,
    object ->> '$.governing_law' AS governing_law,
    TRY_CAST(json_keys(object) AS VARCHAR[]) AS fields"""

#: One row per compensation entry of an agreement (a fee, salary, rate, cap ...).
_COMPENSATION_COLUMNS: Final = f"""
    object ->> '$.kind' AS kind,
    TRY_CAST(object ->> '$.amount' AS {_NUMBER}) AS amount,
    object ->> '$.currency' AS currency,
    object ->> '$.per' AS per,
    object ->> '$.period_label' AS period_label,
    object ->> '$.payable' AS payable,
    object ->> '$.instrument' AS instrument,
    TRY_CAST(object ->> '$.shares.value' AS {_NUMBER}) AS shares,
    object ->> '$.text' AS text"""


#: One person an Item 5.02 (old Item 6) reports on, per row.
_OFFICER_COLUMNS: Final = """
    object ->> '$.item' AS item,
    object ->> '$.name' AS name,
    TRY_CAST(object -> '$.positions' AS VARCHAR[]) AS positions,
    object ->> '$.change' AS change,
    TRY_CAST(object ->> '$.effective_date' AS DATE) AS effective_date,
    object ->> '$.agreements[*].title' AS agreement_titles,
    object ->> '$.agreements[*].exhibit' AS agreement_exhibits,
    object -> '$.evidence' AS evidence"""

#: One example query per view, shown by ``sec8k query RESULTS`` without SQL.
EXAMPLES: Final = {
    "records": "SELECT filing_id, record ->> '$.filing.sic' AS sic FROM records LIMIT 5",
    "filings": "SELECT format, form_type, count(*) AS filings FROM filings GROUP BY ALL",
    "items": "SELECT number, count(*) AS filings FROM items GROUP BY number ORDER BY filings DESC",
    "exhibits": "SELECT number, description FROM exhibits WHERE number LIKE '10%'",
    "acquisitions": "SELECT year, company_name, target, cash FROM acquisitions WHERE cash > 5000000",
    "agreements": "SELECT company_name, agreement_type, parties FROM agreements",
    "compensation": "SELECT year, kind, sum(amount) AS total FROM compensation GROUP BY ALL",
    "officer_changes": "SELECT filed_date, company_name, name, change, positions FROM officer_changes",
}


def view_statements(source: str) -> list[str]:
    """``CREATE VIEW`` statements over ``source``, a table function over the record files
    (``read_json_objects(['out/records.jsonl'], format = 'newline_delimited')``)."""
    return [
        _RECORDS.format(source=source),
        _FILINGS,
        _objects("items", "$.items", _ITEM_COLUMNS, "item_json"),
        _objects("exhibits", "$.exhibits", _EXHIBIT_COLUMNS, "exhibit_json"),
        _objects("acquisitions", "$.acquisitions", _ACQUISITION_COLUMNS, "acquisition"),
        _objects("agreements", "$.agreements", _AGREEMENT_COLUMNS, "agreement"),
        _objects(
            "compensation",
            "$.compensation",
            _COMPENSATION_COLUMNS,
            "compensation",
            source="(SELECT *, agreement AS record, position AS agreement_position, "
            "exhibit AS agreement_exhibit FROM agreements)",
            carry="agreement_position, agreement_type, agreement_exhibit",
        ),
        _objects("officer_changes", "$.officer_changes", _OFFICER_COLUMNS, "officer_change"),
    ]
