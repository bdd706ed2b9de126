"""The package installs as ``sec8k`` from extractor/ and models/, and nothing else is installed."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from tests.corpus import REPO


def _declared() -> tuple[dict[str, str], list[str]]:
    setup = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]
    return setup["package-dir"], setup["packages"]


def test_every_package_folder_is_declared() -> None:
    mapping, packages = _declared()
    assert mapping == {"sec8k": "extractor", "sec8k.models": "models"}
    found = []
    for init in sorted(REPO.glob("extractor/**/__init__.py")) + sorted(
        REPO.glob("models/**/__init__.py")
    ):
        parts = init.parent.relative_to(REPO).parts
        name = ("sec8k", *parts[1:]) if parts[0] == "extractor" else ("sec8k", *parts)
        found.append(".".join(name))
    assert sorted(found) == sorted(packages)
    # a folder of Python files without __init__.py would install nowhere
    for folder in sorted(REPO.glob("extractor/**/")):
        if folder.name != "__pycache__" and any(folder.glob("*.py")):
            assert (folder / "__init__.py").is_file(), f"{folder} holds modules but no __init__.py"


def test_import_sec8k_beside_a_users_own_models_and_extractor(tmp_path: Path) -> None:
    (tmp_path / "models.py").write_text("raise SystemExit('the user models.py was imported')\n")
    (tmp_path / "extractor.py").write_text(
        "raise SystemExit('the user extractor.py was imported')\n"
    )
    code = (
        "import importlib.util, sec8k, sec8k.models\n"
        "from sec8k.models import FilingRecord\n"
        "print(sec8k.__name__, FilingRecord.__module__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["sec8k", "sec8k.models.filing"]
