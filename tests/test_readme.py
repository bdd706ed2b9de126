"""Every command and example of the README runs, in a fresh folder that holds a models.py.

The folder stands for a user's checkout: ``samples`` and ``../shared`` are where the README
says they are, and a ``models.py`` that fails on import stands beside them, so an example
that picked up the user's module instead of sec8k's would fail. Code blocks run in README
order (later ones use what earlier ones wrote); console blocks also compare their output.
Fetching needs EDGAR, so fetch lines are skipped here: tests/test_edgar_fetch.py runs them
against the local test server.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.corpus import CORPUS, need

README = REPO / "README.md"
_BLOCK = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
#: Words that start a line the test does not run: installing, the test run itself, fetching.
_NOT_RUN = ("pip", "pytest")
_NEEDS_EDGAR = re.compile(r"^sec8k fetch\b|\bfilings/")
#: Numbers that change run to run: times and rates.
_TIMING = re.compile(r"\d+(?:\.\d+)? (?:s\b|filings/s|MB/s)")
#: Defines ``sec8k`` as this interpreter's sec8k, for the shell the examples run in.
_PRELUDE = 'sec8k() { "$SEC8K_PYTHON" -m sec8k.cli "$@"; }\nset -euo pipefail\n'
#: Seconds one block may take (the batch over the corpus is the slowest).
BLOCK_TIMEOUT = 300


def _blocks() -> list[tuple[str, str]]:
    """(language, text) of each runnable code block, in README order."""
    found = _BLOCK.findall(README.read_text(encoding="utf-8"))
    return [(lang, text) for lang, text in found if lang in ("bash", "console", "python")]


BLOCKS = _blocks()


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("readme")
    need(CORPUS, "shared corpus")
    (root / "shared").symlink_to(CORPUS.parent)
    clone = root / "clone"
    clone.mkdir()
    (clone / "samples").symlink_to(REPO / "samples")
    (clone / "models.py").write_text(
        "raise ImportError(\"the user's own models.py was imported instead of sec8k's\")\n",
        encoding="utf-8",
    )
    return clone


def _run(script: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", _PRELUDE + script],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=BLOCK_TIMEOUT,
        env={"PATH": "/usr/bin:/bin", "SEC8K_PYTHON": sys.executable, "HOME": str(cwd)},
    )


def _bash_lines(text: str) -> tuple[list[str], list[str]]:
    """The block's lines to run (install and test commands dropped from ``a && b`` chains),
    and the lines left out because they need EDGAR."""
    lines, edgar = [], []
    for line in text.splitlines():
        parts = [p for p in line.split(" && ") if p.split()[:1] and p.split()[0] not in _NOT_RUN]
        command = " && ".join(parts)
        if command:
            (edgar if _NEEDS_EDGAR.search(command) else lines).append(command)
    return lines, edgar


def _console_commands(text: str) -> list[tuple[str, list[str]]]:
    """(command, expected output lines) for each ``$ `` prompt; a command runs on over
    lines until its quotes close."""
    commands: list[tuple[str, list[str]]] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        command = lines[i].removeprefix("$ ")
        i += 1
        while not _balanced(command):
            command += "\n" + lines[i]
            i += 1
        output = []
        while i < len(lines) and not lines[i].startswith("$ "):
            output.append(lines[i])
            i += 1
        commands.append((command, output))
    return commands


def _balanced(command: str) -> bool:
    try:
        shlex.split(command)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize(("lang", "text"), BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_block_runs(lang: str, text: str, workspace: Path) -> None:
    if lang == "python":
        (workspace / "readme_example.py").write_text(text, encoding="utf-8")
        result = _run('"$SEC8K_PYTHON" readme_example.py', workspace)
        assert result.returncode == 0, result.stderr
        return
    if lang == "bash":
        lines, edgar = _bash_lines(text)
        result = _run("set -x\n" + "\n".join(lines), workspace)
        assert result.returncode == 0, result.stderr[-3000:]
        assert "Traceback" not in result.stderr
        if edgar:
            pytest.skip(
                f"{len(edgar)} line(s) need EDGAR ({edgar[0]}); "
                "tests/test_edgar_fetch.py runs fetch against the local test server"
            )
        return
    for command, expected in _console_commands(text):
        result = _run(command, workspace)
        assert result.returncode == 0, f"{command}: {result.stderr[-3000:]}"
        shown = (result.stdout + result.stderr).splitlines()
        assert [_TIMING.sub("T", line) for line in expected] == [
            _TIMING.sub("T", line) for line in shown
        ], command
