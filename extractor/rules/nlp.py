"""The one spaCy pipeline of the rule layer: a blank English tokenizer and an EntityRuler.

No model is downloaded. The pipeline is built once per process by :func:`get_nlp`
and reused; building it reads and checks every pattern file.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from sec8k.rules.loader import PatternSpec, load_patterns

if TYPE_CHECKING:  # spaCy is imported when a pipeline is first built, not with this module
    from spacy.language import Language

    from sec8k.rules.ruler import Ruler

__all__ = ["MAX_TEXT_CHARS", "build_nlp", "get_nlp", "get_ruler", "get_tokenizer"]

#: The longest text one call may hand to spaCy: an item, not a whole submission.
MAX_TEXT_CHARS: Final = 2_000_000

#: Currency prefixes the English defaults do not split off ("NT$11.943" is one token
#: otherwise). ``\\$`` is a Markdown-escaped dollar; "RMB" only directly before digits.
_EXTRA_PREFIXES: Final = (
    r"\\\$",
    r"U\.S\.\$",
    r"NT\$",
    r"HK\$",
    r"NZ\$",
    r"CA\$",
    r"AU\$",
    r"S\$",
    r"R\$",
    r"RMB(?=\d)",
)
#: Scales glued to a figure ("£1million", "$1.2bn", "$5MM") and a Markdown-escaped "\\%".
_EXTRA_SUFFIXES: Final = (
    r"(?<=[0-9])(?:million|billion|thousand|trillion|MM|mm|mn|bn|BN|Bn|M|B|K|k)",
    r"\\%",
)
#: Tokens the default rules split but our patterns need whole.
_SPECIAL_CASES: Final = ("approx.", "A/S", "S.p.A.", "S.r.l.", "Pty.")


@functools.cache
def get_nlp() -> Language:
    """The packaged patterns in spaCy's EntityRuler: the reference the finder's
    :func:`get_ruler` is tested against (the finder itself does not build it)."""
    return build_nlp(load_patterns())


@functools.cache
def get_tokenizer() -> Language:
    """The blank pipeline with sec8k's tokenizer rules and no component: what the finder
    tokenises with."""
    return _blank()


@functools.cache
def get_ruler() -> Ruler:
    """The patterns as the finder runs them: on :func:`get_tokenizer`'s tokens, each pattern
    only where its words occur, with the EntityRuler's choice of matches (see ``ruler``)."""
    from sec8k.rules.ruler import Ruler

    return Ruler(get_tokenizer().vocab, load_patterns())


def build_nlp(patterns: Sequence[PatternSpec]) -> Language:
    """A new pipeline with these (already checked) patterns in an EntityRuler."""
    from spacy.pipeline import EntityRuler

    nlp = _blank()
    ruler = nlp.add_pipe("entity_ruler", config={"validate": False})
    if not isinstance(ruler, EntityRuler):  # pragma: no cover - spaCy 3 always gives one
        raise TypeError(f"expected an EntityRuler, spaCy gave {type(ruler).__name__}")
    ruler.add_patterns([spec.for_ruler() for spec in patterns])
    return nlp


def _blank() -> Language:
    import spacy

    nlp = spacy.blank("en")
    nlp.max_length = MAX_TEXT_CHARS
    _extend_tokenizer(nlp)
    return nlp


def _extend_tokenizer(nlp: Language) -> None:
    from spacy.attrs import ORTH
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_prefix_regex, compile_suffix_regex

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):  # pragma: no cover - spacy.blank's own tokenizer
        raise TypeError(f"expected spaCy's Tokenizer, found {type(tokenizer).__name__}")
    prefixes = [*_EXTRA_PREFIXES, *(nlp.Defaults.prefixes or ())]
    suffixes = [*_EXTRA_SUFFIXES, *(nlp.Defaults.suffixes or ())]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    for text in _SPECIAL_CASES:
        tokenizer.add_special_case(text, [{ORTH: text}])
