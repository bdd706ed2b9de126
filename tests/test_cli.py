"""The sec8k command, run in-process like a user would run it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sec8k.cli import COMMANDS, build_parser, main
from tests.conftest import REPO, SAMPLES

SEED = SAMPLES / "allied-motion-2011" / "filing.txt"


def test_extract_one_input_prints_one_json_object(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SEED)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["filing"]["company_name"] == "Allied Motion Technologies Inc."
    assert [i["number"] for i in record["items"]] == ["2.01", "5.02", "9.01"]


def test_bad_input_is_reported_and_the_rest_still_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "records.jsonl"
    status = main(["extract", str(empty), str(SEED), str(tmp_path / "missing.htm"), "-o", str(out)])
    assert status == 1
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["source"]["path"] == str(SEED)
    errors = capsys.readouterr().err.splitlines()
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("missing.htm" in e and "no such file" in e for e in errors)
    assert not any("Traceback" in e for e in errors)


def test_schema_is_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"].endswith("2020-12/schema")
    assert {"source", "filing", "items", "exhibits", "acquisitions"} <= set(schema["properties"])


def test_every_command_is_documented_in_the_readme_with_an_example() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    for name in COMMANDS:
        assert re.search(rf"`sec8k {name}\b", readme), f"README does not document `sec8k {name}`"
        help_text = subparsers.choices[name].format_help()  # type: ignore[attr-defined]
        assert f"sec8k {name}" in help_text.split("example", 1)[-1], (
            f"`sec8k {name} --help` has no example"
        )
