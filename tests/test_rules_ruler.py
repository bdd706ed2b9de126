"""The finder's Ruler: each pattern only where its words occur, and the EntityRuler's entities.

The EntityRuler of :func:`get_nlp` is the reference: on real filings, real contracts
and generated text the Ruler must give the very same spans, labels and pattern ids.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sec8k.extract import extract_path
from sec8k.rules.loader import load_patterns
from sec8k.rules.nlp import get_nlp, get_ruler, get_tokenizer
from sec8k.rules.ruler import anchors

Entity = tuple[str, int, int, str]


def reference(text: str) -> list[Entity]:
    return [(e.label_, e.start_char, e.end_char, e.id_) for e in get_nlp()(text).ents]


def ruled(text: str) -> list[Entity]:
    spans = get_ruler().spans(get_tokenizer()(text))
    return [(s.label_, s.start_char, s.end_char, s.id_) for s in spans]


def _pattern(pattern_id: str) -> list[dict[str, object]]:
    return next(spec.pattern for spec in load_patterns() if spec.id == pattern_id)


def test_anchors_are_the_literal_words_of_required_tokens() -> None:
    # "$8.3 million": the currency sign is required, the figure is a regex, the scale optional.
    (signs,) = anchors(_pattern("money-symbol-figure"))
    assert {"$", "€", "nt$", "\\$"} <= signs
    # "136,700 shares of the Company's common stock": "shares" and "stock" are required.
    assert {frozenset({"shares"})} <= set(anchors(_pattern("shares-figure-of-stock")))
    # A pattern made of regex tokens only has no anchor: it runs on every text.
    assert anchors(_pattern("date-numeric-us")) == ()


def test_optional_and_repeated_tokens() -> None:
    pattern = [
        {"ORTH": "a"},
        {"ORTH": "b", "OP": "?"},
        {"LOWER": {"IN": ["C", "d"]}, "OP": "{1,3}"},
        {"LOWER": "e", "OP": "{0,2}"},
        {"ORTH": "F", "LOWER": {"IN": ["f", "g"]}, "OP": "+"},
        {"TEXT": {"REGEX": "^x$"}},
        {"ORTH": "h", "OP": "*"},
    ]
    assert anchors(pattern) == (frozenset({"a"}), frozenset({"c", "d"}), frozenset({"f"}))


def test_a_text_without_anchors_runs_only_the_patterns_that_need_none() -> None:
    assert ruled("Nothing to see here.") == reference("Nothing to see here.") == []
    assert ruled("Filed on 12/30/2010 at last.") == reference("Filed on 12/30/2010 at last.")
    assert ruled("Filed on 12/30/2010 at last.")[0][:3] == ("DATE", 9, 19)


def test_the_ruler_gives_the_entity_rulers_entities_on_the_seed_and_the_corpus(
    corpus: Path,
) -> None:
    texts = []
    folders = sorted((corpus / "edgar_8k" / "raw").iterdir())
    for folder in [*folders[::6], Path("samples/allied-motion-2011/filing.txt")]:
        parsed = extract_path(folder)
        texts += [item.text for item in parsed.record.items]
        texts += [text.text[:20_000] for text in parsed.texts.values()]
    contracts = sorted((corpus / "cuad").rglob("*.txt"))[::40]
    texts += [path.read_text(encoding="utf-8", errors="replace")[:20_000] for path in contracts]
    entities = 0
    for text in texts:
        expected = reference(text)
        assert ruled(text) == expected
        entities += len(expected)
    assert entities > 2_000  # the comparison covers real matches of every kind
    assert {label for text in texts[:60] for label, *_ in reference(text)} >= {"MONEY", "ORG"}


_WORDS = st.sampled_from(
    [
        *("$", "8.3", "million", "approximately", "136,700", "shares", "of", "common", "stock"),
        *("45", "%", "percent", "per", "cent", "two", "-", "thirds", "five", "years", "days"),
        *("Fifty", "Thousand", "Dollars", "(", ")", "$50,000", "December", "30", ",", "2010"),
        *("12/30/2010", "Allied", "Motion", "Inc.", "AB", "B.V.", "&", "Co.", "the", '"', "“"),
        *("Company", "”", "SEK", "10,000,000", "NT$11.943", "€53", "\n", "one", "hundred"),
    ]
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(_WORDS, max_size=30))
def test_the_ruler_gives_the_entity_rulers_entities_on_generated_text(words: list[str]) -> None:
    text = " ".join(words)
    assert ruled(text) == reference(text)


@pytest.mark.parametrize("text", ["", " ", "\n\n", "$"])
def test_degenerate_texts(text: str) -> None:
    assert ruled(text) == reference(text)


def test_the_tokenizer_is_spacy_blanks_with_our_affixes_and_special_cases(corpus: Path) -> None:
    """get_tokenizer() is built in one go; it must split as spacy.blank("en")'s tokenizer
    does once our prefixes, suffixes and special cases are set on it one by one."""
    import spacy
    from spacy.util import compile_prefix_regex, compile_suffix_regex

    from sec8k.rules import nlp

    blank = spacy.blank("en")
    tokenizer = blank.tokenizer
    defaults = blank.Defaults
    tokenizer.prefix_search = compile_prefix_regex(
        [*nlp._EXTRA_PREFIXES, *(defaults.prefixes or ())]
    ).search
    tokenizer.suffix_search = compile_suffix_regex(
        [*nlp._EXTRA_SUFFIXES, *(defaults.suffixes or ())]
    ).search
    for special in nlp._SPECIAL_CASES:
        tokenizer.add_special_case(special, [{"ORTH": special}])
    folders = sorted((corpus / "edgar_8k" / "raw").iterdir())[::9]
    texts = [text.text for folder in folders for text in extract_path(folder).texts.values()]
    texts.append("approx. $5MM to A/S, S.p.A. and Pty. Ltd; \\$3 and 5\\% (RMB12 or NT$11.9)")
    for text in texts:
        ours, theirs = get_tokenizer()(text), blank.make_doc(text)
        assert [(t.text, t.whitespace_) for t in ours] == [(t.text, t.whitespace_) for t in theirs]
