"""Rule data files are checked line by line when loaded, and the shared word lists are used."""

from __future__ import annotations

from pathlib import Path

import pytest

from sec8k.agreements.source import Source
from sec8k.errors import PatternError
from sec8k.rules.data import load_words
from sec8k.text.sentences import ABBREVIATION_END, ABBREVIATIONS


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"word": "Inc"}\n{"word": "Inc"}', "listed twice"),
        ('{"word": ""}', "at least 1 character"),
        ('{"word": " Inc"}', "no leading or trailing spaces"),
        ('{"word": "Inc", "colour": "red"}', "colour: Extra inputs are not permitted"),
        ('["Inc"]', "Input should be a valid dictionary"),
        ("Inc", "not valid JSON"),
        ("", "empty"),
    ],
)
def test_a_bad_word_list_fails_at_load_naming_the_line(
    tmp_path: Path, line: str, reason: str
) -> None:
    path = tmp_path / "words.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(PatternError, match=reason) as caught:
        load_words(path)
    assert str(path) in str(caught.value)


def test_the_abbreviation_list_is_the_data_file() -> None:
    assert {"Inc", "Mr", "U.S", "S.p.A", "a.k.a"} <= set(ABBREVIATIONS)
    for ending in ("Acme Inc.", "Mr.", "the U.S.", "John Q.", "Wm.", "Elettronica S.p.A."):
        assert ABBREVIATION_END.search(ending), ending
    for ending in ("the Company.", "closed.", "in 2011."):
        assert not ABBREVIATION_END.search(ending), ending


def test_an_abbreviation_does_not_end_an_agreements_sentence() -> None:
    src = Source(
        "x.txt",
        "The Consultant is Dr. Ann Lee of St. Louis. The Company is Acme Inc. of Ohio. It pays.",
    )
    texts = [src.text[a:b] for a, b in src.sentences]
    assert texts == [
        "The Consultant is Dr. Ann Lee of St. Louis.",
        "The Company is Acme Inc. of Ohio.",
        "It pays.",
    ]


def test_every_word_list_in_the_package_loads() -> None:
    """Each data/*.jsonl word list is checked by the same loader the cues use. Files that are
    not word lists have loaders of their own: kinds.jsonl, and the deal grammar
    (consideration.jsonl, checked by tests/test_consideration_grammar.py)."""
    root = Path(__file__).resolve().parents[1] / "extractor"
    other = {"kinds.jsonl", "consideration.jsonl"}
    lists = [p for p in sorted(root.rglob("data/*.jsonl")) if p.name not in other]
    assert {p.name for p in lists} >= {
        "abbreviations.jsonl",
        "not_person_words.jsonl",
        "title_heads.jsonl",
    }
    for path in lists:
        assert load_words(path), path
