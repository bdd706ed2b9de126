"""The posts an officer change is about: the titles written next to the person's name or after
its 'as', never those of a biography or of a post the person left."""

from __future__ import annotations

import re
from typing import Final

from sec8k.agreements.source import Source
from sec8k.models import ChangeKind, Evidence
from sec8k.officers.cues import (
    BIOGRAPHY_BEFORE,
    GENERIC_TITLES,
    POSITION_APPOSITIVE,
    POSITION_AS,
    SUCCEED_OTHER_AS,
    SUCCEEDED_BEFORE,
    TITLE_HEAD_WORD,
    TITLE_SPLIT,
)
from sec8k.officers.person import Person

__all__ = ["BIOGRAPHY_WINDOW", "MAX_POSITIONS", "left_post", "positions_of", "succeeds_as"]


#: How far before an 'as' the words that make its title a past post may stand.
BIOGRAPHY_WINDOW: Final = 150


#: Most positions kept per person.
MAX_POSITIONS: Final = 4


def positions_of(
    src: Source,
    person: Person,
    segment: tuple[int, int],
    mention: tuple[int, int],
    evidence: dict[str, Evidence],
    segments: list[tuple[tuple[int, int], tuple[int, int]]],
    change: ChangeKind,
    cue_end: int,
) -> list[str]:
    """Titles written right after the name (", the Company's CFO,"), else after 'as'/'role of'.

    Rules: the post a person leaves right after the change word ("will retire as Chief
    Executive Officer", "resign as a member of the Board") is the position, even when the
    name carries more titles ("Paul Ricci, the Company's Chairman and Chief Executive
    Officer"); an 'as' after the person's mention speaks of them before one ahead of it
    ("A stepped down as CEO, and the Company appointed B as President": B's is President);
    a title in a biography ("served as Secretary of the United States Department of
    Homeland Security", "the former CEO") is never the position; when the change's
    sentence gives no title, the first 'as' after the person's name in their other
    sentences does ("providing for Mr. Crumbaugh's continued employment as the Company's
    Chief Financial Officer"), unless they are the one succeeded there ("appointed B to
    succeed Ms. Lane as COO" is B's post); a person appointed "to succeed Mr. Kent as
    President" takes the post after the name.
    """
    match = left_post(src, cue_end) if change in ("departure", "retirement") else None
    if match is None:
        match = POSITION_APPOSITIVE.match(src.text, person.name[1])
    if match is None and change == "appointment":
        match = succeeds_as(src, mention)
    places = [(mention[1], segment[1]), segment]
    places += [
        (m[1], s[1])
        for s, m in segments
        if s != segment and not SUCCEEDED_BEFORE.search(src.text, max(0, m[0] - 20), m[0])
    ]
    for start, end in places if match is None else []:
        match = next(
            (
                m
                for m in POSITION_AS.finditer(src.text, start, end)
                if not BIOGRAPHY_BEFORE.search(
                    src.text, max(start, m.start() - BIOGRAPHY_WINDOW), m.start()
                )
            ),
            None,
        )
        if match is not None:
            break
    if match is None:
        return []
    evidence["positions"] = src.evidence(match.start("titles"), match.end("titles"))
    titles = [
        t.strip()
        for t in TITLE_SPLIT.split(match.group("titles"))
        if t.strip() and t.strip().lower() not in GENERIC_TITLES
    ]
    merged: list[str] = []
    for title in titles:
        if merged and not TITLE_HEAD_WORD.search(title):
            merged[-1] = f"{merged[-1]}, {title}"  # "Senior Vice President, Retail"
        else:
            merged.append(title)
    return merged[:MAX_POSITIONS]


def succeeds_as(src: Source, mention: tuple[int, int]) -> re.Match[str] | None:
    """'B ... to succeed Mr. Kent as President': the post after the person B succeeds."""
    sentence = src.sentence_at(mention[0])
    succeed = SUCCEED_OTHER_AS.search(src.text, mention[1], sentence[1])
    return POSITION_AS.match(src.text, succeed.end()) if succeed else None


def left_post(src: Source, cue_end: int) -> re.Match[str] | None:
    """'as <title>' right after a departure or retirement word ("retire as CEO")."""
    match = POSITION_AS.match(src.text, cue_end + 1)
    return match if match is not None and src.text[cue_end : cue_end + 1].isspace() else None
