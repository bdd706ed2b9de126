"""Pattern files are checked at load time, and the patterns agree with the normaliser."""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

import pytest

from sec8k.errors import PatternError
from sec8k.rules import (
    LABELS,
    build_nlp,
    get_nlp,
    load_pattern_file,
    load_patterns,
    parse_money,
)
from sec8k.rules.loader import PATTERN_DIR

GOOD = {"label": "MONEY", "pattern": [{"ORTH": "$"}, {"LIKE_NUM": True}], "id": "good"}


def _write(tmp_path: Path, *records: Any, name: str = "p.jsonl") -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _error(path: Path) -> PatternError:
    with pytest.raises(PatternError) as raised:
        load_pattern_file(path)
    return raised.value


# -- the packaged patterns ------------------------------------------------------
def test_packaged_patterns_load_and_cover_every_label() -> None:
    specs = load_patterns()
    assert {spec.label for spec in specs} == LABELS
    assert len({spec.id for spec in specs}) == len(specs)
    assert all(spec.source.startswith(str(PATTERN_DIR)) for spec in specs)


def test_pipeline_is_built_once() -> None:
    assert get_nlp() is get_nlp()
    assert get_nlp().pipe_names == ["entity_ruler"]


def test_a_good_file_loads(tmp_path: Path) -> None:
    other = {"label": "DATE", "pattern": [{"LOWER": "then"}], "id": "also-good", "note": "why"}
    path = _write(tmp_path, GOOD, "", other)
    specs = load_pattern_file(path)
    assert [spec.id for spec in specs] == ["good", "also-good"]
    assert specs[1].source == f"{path}:3"  # blank lines count
    doc = build_nlp(specs)("It cost $ 5 then.")
    found = [(ent.text, ent.label_, ent.ent_id_) for ent in doc.ents]
    assert found == [("$ 5", "MONEY", "good"), ("then", "DATE", "also-good")]


# -- what a bad line gets --------------------------------------------------------
@pytest.mark.parametrize("attribute", ["LEMMA", "POS", "TAG", "DEP", "MORPH", "ENT_TYPE", "_"])
def test_attributes_a_blank_pipeline_lacks_are_rejected(tmp_path: Path, attribute: str) -> None:
    bad = {**GOOD, "id": "bad", "pattern": [{"ORTH": "$"}, {attribute: "x"}]}
    error = _error(_write(tmp_path, GOOD, GOOD | {"id": "two"}, bad))
    assert error.source.endswith("p.jsonl:3")
    assert "token 2" in error.reason
    assert attribute in error.reason
    assert "never match" in error.reason
    assert "p.jsonl:3" in str(error)


def test_bad_json_names_the_line(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, GOOD, '{"label": "MONEY", "pattern": [}'))
    assert error.source.endswith(":2")
    assert "not valid JSON" in error.reason


def test_unknown_label_names_the_line(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, {**GOOD, "label": "PERSON"}))
    assert error.source.endswith(":1")
    assert "PERSON" in error.reason


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"label": "MONEY", "id": "x"}, "missing key(s) pattern"),
        ({**GOOD, "extra": 1}, "unknown key(s) extra"),
        ({**GOOD, "id": ""}, "id must be"),
        ({**GOOD, "note": 5}, "note must be"),
        ({**GOOD, "pattern": []}, "non-empty list"),
        ({**GOOD, "pattern": "$5"}, "non-empty list"),
        ({**GOOD, "pattern": [{"ORTH": "$"}, "5"]}, "token 2 must be"),
        ({**GOOD, "pattern": [{}]}, "token 1 must be"),
        ({**GOOD, "pattern": [{"orth": "$"}]}, "upper case"),
        ({**GOOD, "pattern": [{"COLOUR": "red"}]}, "not a spaCy token attribute"),
        ({**GOOD, "pattern": [{"TEXT": {"REGEX": "(unclosed"}}]}, "bad REGEX"),
        ({**GOOD, "pattern": [{"LENGTH": "long"}]}, "spaCy rejects"),
        ({**GOOD, "pattern": [{"ORTH": "$", "OP": "??"}]}, "spaCy rejects"),
        ("[1, 2]", "JSON object"),
    ],
)
def test_other_bad_lines(tmp_path: Path, record: Any, reason: str) -> None:
    error = _error(_write(tmp_path, record))
    assert error.source.endswith("p.jsonl:1")
    assert reason in error.reason


def test_duplicate_ids_are_rejected(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, GOOD, GOOD))
    assert "appears more than once" in error.reason
    _write(tmp_path, GOOD, name="a.jsonl")
    _write(tmp_path, GOOD, name="b.jsonl")
    (tmp_path / "p.jsonl").unlink()
    with pytest.raises(PatternError, match="already used at"):
        load_patterns(tmp_path)


def test_missing_directory_or_file(tmp_path: Path) -> None:
    with pytest.raises(PatternError, match=r"no \*\.jsonl"):
        load_patterns(tmp_path)
    with pytest.raises(PatternError, match="cannot read"):
        load_pattern_file(tmp_path / "absent.jsonl")


def test_pattern_error_survives_pickling(tmp_path: Path) -> None:
    error = _error(_write(tmp_path, "nope"))
    again = pickle.loads(pickle.dumps(error))
    assert (again.source, again.reason) == (error.source, error.reason)


# -- the patterns and the normaliser agree ----------------------------------------
def _money_word_lists() -> dict[str, list[str]]:
    """The IN-lists of the MONEY patterns, keyed by a word each list must hold."""
    lists: dict[str, list[str]] = {}
    for spec in load_patterns():
        if spec.label != "MONEY":
            continue
        for token in spec.pattern:
            for attribute in ("ORTH", "LOWER"):
                value = token.get(attribute)
                if isinstance(value, dict) and "IN" in value:
                    for key in ("$", "USD", "dollars", "million", "approximately"):
                        if key in value["IN"]:
                            lists.setdefault(key, value["IN"])
    return lists


def test_every_currency_and_scale_a_pattern_accepts_can_be_built() -> None:
    lists = _money_word_lists()
    assert set(lists) == {"$", "USD", "dollars", "million", "approximately"}
    for symbol in lists["$"]:
        assert parse_money(f"{symbol}5").amount == 5, symbol
    for code in lists["USD"]:
        assert parse_money(f"{code} 5").currency, code
    for name in lists["dollars"]:
        assert parse_money(f"5 {name}").amount == 5, name
    for scale in lists["million"]:
        assert parse_money(f"$5 {scale}").amount > 5, scale
    for word in lists["approximately"]:
        assert parse_money(f"{word} $5").approximate, word
