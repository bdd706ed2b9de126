"""docs/schema.md documents every field `sec8k schema` prints and every column of every view."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sec8k.models import SCHEMA_VERSION, FilingRecord
from sec8k.query import VIEW_NAMES, connect
from tests.conftest import REPO

DOC = REPO / "docs" / "schema.md"


def sections() -> dict[str, str]:
    """The text under each ``### Name`` heading of docs/schema.md."""
    parts = re.split(r"^### (\w+)\s*$", DOC.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_every_field_of_the_json_schema_has_a_row() -> None:
    schema = FilingRecord.model_json_schema(mode="serialization")
    models = {"FilingRecord": schema, **schema["$defs"]}
    documented = sections()
    missing = [
        f"{model}.{field}"
        for model, definition in models.items()
        for field in definition.get("properties", {})
        if f"| `{field}` |" not in documented.get(model, "")
    ]
    assert not missing, f"docs/schema.md has no row for {missing} (see its versioning rule)"


def test_every_view_column_is_named(tmp_path: Path) -> None:
    (tmp_path / "records.jsonl").write_text("", encoding="utf-8")
    documented = sections()
    common = DOC.read_text(encoding="utf-8").split("Every view starts with", 1)[1].split("###")[0]
    missing = []
    with connect(tmp_path) as db:
        for view in VIEW_NAMES:
            for column, *_ in db.execute(f"DESCRIBE {view}").fetchall():
                text = documented.get(view, "") + common
                if f"`{column}`" not in text and f'`"{column}"`' not in text:
                    missing.append(f"{view}.{column}")
    assert not missing, f"docs/schema.md does not name the view columns {missing}"


@pytest.mark.parametrize("part", ["MAJOR.MINOR", f'now `"{SCHEMA_VERSION}"`'])
def test_the_versioning_rule_names_the_current_version(part: str) -> None:
    assert part in DOC.read_text(encoding="utf-8")
