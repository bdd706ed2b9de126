"""One cleaning step for every party name, wherever it was read (preamble, cover page,
letter, signature block): the name without the descriptor or connective its span ran
into, without a role word that opens it, and no party at all when nothing but a role
word is left ("Consultant", "the Company").

The words are data (``data/party_words.jsonl``: role words, tail words, clauses that end
a name), checked when loaded. The evidence of a shortened name is the shorter span.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final, Literal

from pydantic import Field

from sec8k.agreements.source import Source
from sec8k.models import Evidence, Party
from sec8k.rules.data import DataLine, load_lines
from sec8k.rules.regexes import phrase_alternation

__all__ = ["PARTY_WORDS_FILE", "clean_name", "clean_parties"]

PARTY_WORDS_FILE: Final = Path(__file__).with_name("data") / "party_words.jsonl"


class _WordsLine(DataLine):
    role: Literal["role", "tail", "clause"]
    words: tuple[str, ...] = Field(min_length=1)


_LINES: Final = load_lines(PARTY_WORDS_FILE, _WordsLine)
_ROLE_WORDS: Final = frozenset(w.lower() for x in _LINES if x.role == "role" for w in x.words)
#: Words a name does not end with, after a comma or a space: "NAME of", "NAME, Individual".
_TAIL: Final = re.compile(
    rf"(?:\s*,?\s+(?:{phrase_alternation(tuple(w for x in _LINES if x.role == 'tail' for w in x.words))}))+"
    r"[\s,.;:]*$",
)
#: A clause that ends the name where it starts: "NAME, an individual residing at ...".
_CLAUSE: Final = re.compile(
    rf"\s*,?\s+(?:{phrase_alternation(tuple(w for x in _LINES if x.role == 'clause' for w in x.words))})\b",
    re.IGNORECASE,
)
#: An honorific before a person's name: "Mr. Daniel Frost" is "Daniel Frost".
_HONORIFIC: Final = re.compile(r"^(?:Mr|Ms|Mrs|Dr|Miss)\.?\s+(?=[A-Z])")
#: After a party's name: the principal an agent signs for ("Northbank Ltd. as disclosed agent
#: for Alexis Rowe ("Talent")"): the principal is a party too, and the defined role is theirs.
_AGENT_FOR: Final = re.compile(
    r"\s*,?\s*(?:as|acting\s+as)\s+(?:the\s+)?(?:disclosed\s+|duly\s+authori[sz]ed\s+)?agent\s+(?:for|of)\s+"
    r"(?P<name>[A-Z][\w.'’&-]*(?:[ \t]+(?:[A-Z][\w.'’&-]*|of|and|&)){0,6})"
)
#: Leading connectives a name does not start with (lower case: "The Meet Group, Inc." keeps "The").
_LEAD: Final = re.compile(r"^(?:the|a|an|and|between|by|with)\s+")
#: Characters trimmed from a name's ends ("NAME," "NAME;").
_EDGE: Final = " ,;:-–"


def clean_name(name: str) -> str | None:
    """The name without its descriptor tail and leading role word; None when only a role is left.

    Only the generic role words count: a document's own defined role is often its party's
    short name ("Anixa Biosciences, Inc." ("Anixa")), so it never shortens a name.
    """
    clause = _CLAUSE.search(name)
    if clause and clause.start() > 0:
        name = name[: clause.start()]
    name = _HONORIFIC.sub("", name.strip(_EDGE))
    while True:
        shorter = _LEAD.sub("", _TAIL.sub("", name)).strip(_EDGE)
        if shorter == name:
            break
        name = shorter
    bare = name.lower().removeprefix("the ").strip()
    if not name or bare in _ROLE_WORDS:
        return None
    words = name.split()
    if len(words) > 1 and _opens_with_role(words):
        name = " ".join(words[1:])
    return name


def _opens_with_role(words: list[str]) -> bool:
    """'Developer SEATTLE SOFTWARE DEVELOPERS, Inc.': a role word before a name in capitals.

    Only a role word in another case than the all-capital name after it goes ("Partner
    Communications Ltd." keeps its first word).
    """
    first, second = words[0], words[1]
    if " ".join(words[1:]).lower() in _ROLE_WORDS:
        return False
    return first.lower() in _ROLE_WORDS and not first.isupper() and second.isupper()


def clean_parties(src: Source, parties: list[Party]) -> list[Party]:
    """Every party with its name cleaned (and its evidence the cleaned span); role-only names dropped."""
    cleaned: list[Party] = []
    for party in parties:
        name = clean_name(party.name)
        if name is None:
            continue
        narrowed = _narrowed(src, party, name)
        principal = _principal(src, party, narrowed.end - src.offset)
        if principal is not None:
            cleaned.append(Party(name=name, evidence=narrowed))
            cleaned.append(principal)
        elif name == party.name:
            cleaned.append(party)
        else:
            cleaned.append(
                party.model_copy(update={"name": name, "evidence": _narrowed(src, party, name)})
            )
    return cleaned


def _principal(src: Source, party: Party, end: int) -> Party | None:
    """The principal an agent party acts for (named right after ``end``), with the agent's role."""
    found = _AGENT_FOR.match(src.text, end, min(len(src.text), end + 160))
    if found is None:
        return None
    name = clean_name(found["name"])
    if name is None:
        return None
    start = found.start("name")
    return Party(name=name, role=party.role, evidence=src.evidence(start, start + len(name)))


def _narrowed(src: Source, party: Party, name: str) -> Evidence:
    """The evidence of ``name`` inside the party's evidence (spaces in it may be any run)."""
    evidence = party.evidence
    pattern = r"\s+".join(re.escape(word) for word in name.split())
    found = re.search(pattern, evidence.text)
    if found is None:
        return evidence
    start = evidence.start - src.offset + found.start()
    return src.evidence(start, start + len(found.group()))
