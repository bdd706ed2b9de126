"""The spaCy side of the rule layer: sec8k's English tokenizer and the patterns on it.

No model is downloaded. The finder uses :func:`get_tokenizer` (a bare Tokenizer on an
English vocabulary, the tokenizer of ``spacy.blank("en")`` with our affixes and special
cases) and :func:`get_ruler`; each is built once per process, on first use, which is
also when spaCy is imported. :func:`get_nlp`, the same tokenizer in a blank pipeline
with an EntityRuler, is the reference the tests hold the ruler to.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from sec8k.rules.loader import PatternSpec, load_patterns

if TYPE_CHECKING:  # spaCy is imported when a pipeline is first built, not with this module
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.vocab import Vocab

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
def get_tokenizer() -> Tokenizer:
    """sec8k's tokenizer (English rules and ours) on an English vocabulary, without a
    pipeline around it: what the finder tokenises with. ``get_tokenizer()(text)`` is a Doc."""
    from spacy.lang.en import English
    from spacy.vocab import create_vocab

    return _tokenizer(create_vocab("en", English.Defaults))


@functools.cache
def get_ruler() -> Ruler:
    """The patterns as the finder runs them: on :func:`get_tokenizer`'s tokens, each pattern
    only where its words occur, with the EntityRuler's choice of matches (see ``ruler``)."""
    from sec8k.rules.ruler import Ruler

    return Ruler(get_tokenizer().vocab, load_patterns())


def build_nlp(patterns: Sequence[PatternSpec]) -> Language:
    """A new pipeline with sec8k's tokenizer and these (already checked) patterns in an
    EntityRuler."""
    import spacy
    from spacy.pipeline import EntityRuler

    nlp = spacy.blank("en")
    nlp.max_length = MAX_TEXT_CHARS
    nlp.tokenizer = _tokenizer(nlp.vocab)
    ruler = nlp.add_pipe("entity_ruler", config={"validate": False})
    if not isinstance(ruler, EntityRuler):  # pragma: no cover - spaCy 3 always gives one
        raise TypeError(f"expected an EntityRuler, spaCy gave {type(ruler).__name__}")
    ruler.add_patterns([spec.for_ruler() for spec in patterns])
    return nlp


def _tokenizer(vocab: Vocab) -> Tokenizer:
    """spacy.blank("en")'s tokenizer with our prefixes, suffixes and special cases, built
    in one go: setting a rule on a built Tokenizer reloads its 4,000 special cases."""
    from spacy.attrs import ORTH
    from spacy.lang.en import English
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    defaults = English.Defaults
    rules = dict(defaults.tokenizer_exceptions)
    rules.update({text: [{ORTH: text}] for text in _SPECIAL_CASES})
    return Tokenizer(
        vocab,
        rules=rules,
        prefix_search=compile_prefix_regex([*_EXTRA_PREFIXES, *(defaults.prefixes or ())]).search,
        suffix_search=compile_suffix_regex([*_EXTRA_SUFFIXES, *(defaults.suffixes or ())]).search,
        infix_finditer=compile_infix_regex(defaults.infixes or ()).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )
