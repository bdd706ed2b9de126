"""The law an agreement is governed by, and how its disputes are settled (arbitration).

Both read the governing-law and dispute sections the topic cues find
(:mod:`sec8k.agreements.cues.law`): the jurisdiction named after 'laws of', kept only when it
reads like a place, and the arbitration clause's body, seat and rules."""

from __future__ import annotations

import re
from typing import Final

from sec8k.agreements.cues.law import (
    ARBITRATION,
    ARBITRATION_RULES,
    ARBITRATION_VENUE,
    GOVERNING_LAW,
    JURISDICTION_ACRONYMS,
    JURISDICTION_NAMES,
    LAW_CONTEXT_BAD,
    LAW_CONTEXT_GOOD,
    LAW_HEADING,
    LAWS_GOVERN,
    LAWS_THEREOF,
    NOT_JURISDICTION,
    PLACE_PREFIX,
    US_STATES,
)
from sec8k.agreements.source import Source
from sec8k.models import Arbitration
from sec8k.rules.fields import Fields

__all__ = [
    "NOT_PLACES",
    "PLACE_STOP",
    "cased",
    "jurisdiction_like",
    "place_named",
    "read_arbitration",
    "read_governing_law",
]


#: Capitalised words after "the laws of" that are not a jurisdiction.
NOT_PLACES: Final = frozenset(
    {"this", "such", "any", "each", "said", "that", "which", "all", "its", "their", "such state"}
)


#: Words that end a jurisdiction taken from "the laws of ...".
PLACE_STOP: Final = frozenset(
    {
        "and",
        "of",
        "the",
        "without",
        "excluding",
        "applicable",
        "as",
        "in",
        "which",
        "that",
        "including",
        "regardless",
        "except",
        "for",
        "to",
        "with",
        "notwithstanding",
        "shall",
        "will",
        "but",
    }
)


def read_governing_law(src: Source, out: Fields) -> None:
    """'governed by ... the laws of the State of Colorado' -> 'Colorado'.

    Every law clause is a candidate; the agreement's own choice of law wins: a clause
    under a 'Governing Law' heading, about 'this Agreement', not about export, tax or
    securities laws. Ties go to the first in the text.
    """
    headed = [s for s in src.sections if LAW_HEADING.search(s.title)]
    best: tuple[int, int, str, int, int] | None = None
    for pattern in (GOVERNING_LAW, LAWS_GOVERN, LAWS_THEREOF):
        for match in pattern.finditer(src.text):
            place = place_named(match)
            if place is None:
                continue
            sentence = src.sentence_at(match.start())
            context = (
                src.text[sentence[0] : sentence[1]] if sentence[1] > sentence[0] else match.group()
            )
            score = 2 * any(h.start <= match.start() < h.end for h in headed)
            score += 2 * bool(LAW_CONTEXT_GOOD.search(context))
            score -= 3 * bool(LAW_CONTEXT_BAD.search(match.group()))
            candidate = (score, -match.start(), *place)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
    if best is not None and best[0] >= 0:
        _, _, value, start, end = best
        out.put("governing_law", value, src.evidence(start, end))


def place_named(match: re.Match[str]) -> tuple[str, int, int] | None:
    if match.re is GOVERNING_LAW and match.group("adjective"):
        adjective = match.group("adjective")
        lowered = adjective.lower()
        if lowered in JURISDICTION_NAMES:
            return (
                JURISDICTION_NAMES[lowered],
                match.start("adjective"),
                match.end("adjective"),
            )
        if lowered in US_STATES:
            return cased(adjective), match.start("adjective"), match.end("adjective")
        return None
    raw, start = match.group("place"), match.start("place")
    keep: list[str] = []
    for word in raw.split():
        bare = word.strip(".,;").lower()
        if keep and bare in PLACE_STOP and bare not in ("of", "and", "the"):
            break
        rest = PLACE_PREFIX.match(" ".join(raw.split()[len(keep) + 1 :]))
        if keep and bare in ("and", "the") and rest is not None and rest.end():
            keep = []  # "the United States and the State of Texas": the state is the choice
            continue
        sentence_end = word.endswith(".") and "." not in word[:-1] and len(word) > 3
        keep.append(word.rstrip(".") if sentence_end else word)
        if sentence_end:
            break
    while keep and keep[-1].strip(".,;").lower() in PLACE_STOP:
        keep.pop()
    text = " ".join(keep).rstrip(".,;")
    lead = PLACE_PREFIX.match(text)
    name = text[lead.end() if lead else 0 :]
    if not name or not name[0].isupper() or not jurisdiction_like(name):
        return None
    offset = match.string.find(name, start)
    value = JURISDICTION_NAMES.get(name.lower(), name)
    return cased(value), offset, offset + len(name)


def jurisdiction_like(name: str) -> bool:
    """A known state or country, or a capitalised name that is not an authority or a rulebook."""
    lowered = name.lower()
    if lowered in US_STATES or lowered in JURISDICTION_NAMES:
        return True
    if lowered in NOT_PLACES or NOT_JURISDICTION.search(name):
        return False
    return not (name.isupper() and len(name) <= 5 and lowered not in JURISDICTION_ACRONYMS)


def cased(name: str) -> str:
    """'PENNSYLVANIA' -> 'Pennsylvania'; names written in mixed case stay as written."""
    return name.title().replace("'S ", "'s ") if name.isupper() and len(name) > 3 else name


def read_arbitration(src: Source, out: Fields) -> None:
    for span in src.sentences_with(ARBITRATION, "arbitrat"):
        venue = ARBITRATION_VENUE.search(src.text, *span)
        rules = ARBITRATION_RULES.search(src.text, *span)
        value = Arbitration(
            venue=venue.group("venue") if venue else None,
            rules=rules.group("body") if rules else None,
            text=src.clip(*span),
        )
        out.put("arbitration", value, src.evidence(*span))
        if venue is not None:
            out.part("arbitration.venue", src.evidence(venue.start("venue"), venue.end("venue")))
        if rules is not None:
            out.part("arbitration.rules", src.evidence(rules.start("body"), rules.end("body")))
        return
