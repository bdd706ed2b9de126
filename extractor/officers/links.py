"""The agreements an officer change names, each linked to the exhibit that holds it."""

from __future__ import annotations

from sec8k.agreements.dates import find_dates
from sec8k.agreements.source import Source
from sec8k.models import AgreementLink, FilingRecord
from sec8k.officers.cues import (
    AGREEMENT_DATE_BEFORE,
    AGREEMENT_MENTION,
    EXHIBIT_REFERENCE,
)

__all__ = ["exhibit_for", "linked_agreements"]


def linked_agreements(
    src: Source, segments: list[tuple[int, int]], record: FilingRecord
) -> list[AgreementLink]:
    links: list[AgreementLink] = []
    seen: set[str] = set()
    for segment in segments:
        for match in AGREEMENT_MENTION.finditer(src.text, *segment):
            title = " ".join(match.group("title").split())
            if title.lower() in seen:
                continue
            seen.add(title.lower())
            sentence = src.sentence_at(match.start())
            date = next(
                (
                    d
                    for d in find_dates(src, *sentence)
                    if AGREEMENT_DATE_BEFORE.search(
                        src.text, max(sentence[0], d.start - 30), d.start
                    )
                ),
                None,
            )
            links.append(
                AgreementLink(
                    title=title,
                    date=str(date.value) if date is not None else None,
                    exhibit=exhibit_for(src, title, record),
                    evidence=src.evidence(match.start("title"), match.end("title")),
                )
            )
    return links


def exhibit_for(src: Source, title: str, record: FilingRecord) -> str | None:
    """The exhibit the item files the agreement as, else the one whose description names it."""
    lowered = title.lower()
    for start, end in src.sentences:
        sentence = src.text[start:end]
        if lowered in sentence.lower():
            reference = EXHIBIT_REFERENCE.search(sentence)
            if reference is not None:
                return reference.group("number")
    for exhibit in record.exhibits:
        if exhibit.description and lowered in exhibit.description.lower():
            return exhibit.number
    return None
