"""Start-up cost: commands that do not extract never import spaCy.

``import spacy`` alone takes about a second, so the CLI, the package and the
modules a query or a schema needs must not pull it in. Each check runs in a fresh
interpreter and reads ``sys.modules`` there; nothing is timed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sec8k.cli import COMMANDS
from sec8k.extract import extract_path
from tests.conftest import SAMPLES

SEED = SAMPLES / "allied-motion-2011" / "filing.txt"

#: Run in the child: the CLI on the given argv, then a report of what got imported.
_CHILD = """
import json, sys
from sec8k.cli import main
try:
    status = main(json.loads(sys.argv[1]))
except SystemExit as exit:
    status = exit.code
heavy = sorted(name for name in ("spacy", "thinc") if name in sys.modules)
print(json.dumps({"status": status, "heavy": heavy}))
"""


def _run_cli(*argv: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, json.dumps(argv)],
        capture_output=True,
        text=True,
        check=True,
    )
    report: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return report


def _imported_after(code: str) -> list[str]:
    check = f"{code}\nimport sys\nprint(sorted(m for m in ('spacy', 'thinc') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    imported: list[str] = json.loads(done.stdout.splitlines()[-1].replace("'", '"'))
    return imported


@pytest.mark.parametrize(
    "argv",
    [
        ("--help",),
        ("schema",),
        *((name, "--help") for name in COMMANDS),
    ],
)
def test_commands_that_do_not_extract_never_import_spacy(argv: tuple[str, ...]) -> None:
    report = _run_cli(*argv)
    assert report == {"status": 0, "heavy": []}


def test_a_query_over_records_does_not_import_spacy(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text(extract_path(SEED).record.model_dump_json() + "\n", encoding="utf-8")
    report = _run_cli("query", str(records), "SELECT count(*) FROM acquisitions")
    assert report == {"status": 0, "heavy": []}


@pytest.mark.parametrize(
    "code",
    [
        "import sec8k, sec8k.cli, sec8k.errors, sec8k.models",
        "import sec8k.extract, sec8k.pipeline, sec8k.rules, sec8k.batch, sec8k.query",
        "from sec8k.io import read_path; read_path(" + repr(str(SEED)) + ")",
    ],
)
def test_the_library_imports_spacy_only_to_extract(code: str) -> None:
    assert _imported_after(code) == []
