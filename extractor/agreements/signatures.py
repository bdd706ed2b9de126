"""Where notices go and who signed: the Notices clause and the signature blocks."""

from __future__ import annotations

import re
from typing import Final

from sec8k.agreements.cues.layout import PARAGRAPH_BREAK
from sec8k.agreements.cues.parties import NAME_LIKE, PERSON_NAME, SIGNATORY_TITLE_LEAD
from sec8k.agreements.cues.signatures import (
    ADDRESS_END,
    ADDRESS_LIKE,
    IN_WITNESS,
    NAME_DASH_TITLE,
    NOTICE_HEADING,
    NOTICE_LABEL,
    ON_BEHALF_OF,
    SIGNATURE_NAME_TITLE,
    SIGNATURE_SLASH,
    SIGNS_AFTER,
)
from sec8k.agreements.source import Source
from sec8k.models import NoticeAddress, Party, Signatory
from sec8k.rules.fields import Fields

__all__ = ["read_notice_addresses", "read_signatories", "signature_parties"]

#: An address block is at most this long.
MAX_ADDRESS_CHARS: Final = 400
#: Signature blocks are read from the last "IN WITNESS WHEREOF" on, at most this far.
SIGNATURE_CHARS: Final = 4000


def read_notice_addresses(src: Source, out: Fields) -> None:
    """'If to the Company: <address>' pairs.

    A label with no address before the next label waits; the address blocks that
    follow are handed out in order (two labels, then two addresses, as a two-column
    table reads when flattened).
    """
    for section in src.sections:
        if not NOTICE_HEADING.match(section.title):
            continue
        labels = list(NOTICE_LABEL.finditer(src.text, section.body, section.end))
        if not labels:
            continue
        stop = ADDRESS_END.search(src.text, labels[-1].end(), section.end)
        limit = stop.start() if stop else section.end
        pending: list[re.Match[str]] = []
        for index, label in enumerate(labels):
            following = labels[index + 1].start() if index + 1 < len(labels) else limit
            blocks = _address_blocks(src, label.end(), following)
            pending.append(label)
            if not blocks:
                continue
            for owner, (start, end) in _hand_out(pending, blocks):
                out.add(
                    "notice_addresses",
                    NoticeAddress(
                        party=owner.group("party"),
                        address=_squash(src.text[start:end]),
                        evidence=src.evidence(start, end),
                    ),
                )
            pending = []
        return


def _hand_out(
    labels: list[re.Match[str]], blocks: list[tuple[int, int]]
) -> list[tuple[re.Match[str], tuple[int, int]]]:
    """One block per label in order; surplus blocks join the last label's address."""
    if len(labels) == 1 or len(blocks) < len(labels):
        return [(labels[-1], (blocks[0][0], blocks[-1][1]))]
    pairs = [(label, block) for label, block in zip(labels[:-1], blocks, strict=False)]
    rest = blocks[len(labels) - 1 :]
    pairs.append((labels[-1], (rest[0][0], rest[-1][1])))
    return pairs


def _address_blocks(src: Source, start: int, end: int) -> list[tuple[int, int]]:
    """Paragraphs between ``start`` and ``end`` that look like addresses."""
    stop = ADDRESS_END.search(src.text, start, end)
    limit = stop.start() if stop else end
    blocks: list[tuple[int, int]] = []
    position = start
    for match in PARAGRAPH_BREAK.finditer(src.text, start, limit):
        blocks.append(src.trim(position, match.start()))
        position = match.end()
    blocks.append(src.trim(position, limit))
    return [
        b
        for b in blocks
        if b[1] > b[0] and b[1] - b[0] <= MAX_ADDRESS_CHARS and ADDRESS_LIKE.search(src.text, *b)
    ]


def read_signatories(src: Source, out: Fields) -> None:
    """'/s/ Name Name – Title' and 'Name: ... Title: ...' after the last IN WITNESS WHEREOF."""
    start = _signature_start(src)
    end = min(len(src.text), start + SIGNATURE_CHARS)
    found = [_slash_signature(src, m) for m in SIGNATURE_SLASH.finditer(src.text, start, end)]
    found += [
        (m.group("name"), m.start("name"), m.end("name"), m.group("title"), m.end("title"))
        for m in SIGNATURE_NAME_TITLE.finditer(src.text, start, end)
    ]
    seen: set[str] = set()
    for item in sorted((f for f in found if f is not None), key=lambda f: f[1]):
        name, name_start, name_end, title, title_end = item
        name = _squash(name)
        if name in seen:
            continue
        seen.add(name)
        out.add(
            "signatories",
            Signatory(
                name=name,
                title=_squash(title) if title else None,
                evidence=src.evidence(name_start, title_end if title else name_end),
            ),
        )


def _slash_signature(
    src: Source, match: re.Match[str]
) -> tuple[str, int, int, str | None, int] | None:
    """Split '/s/ Delwin Hock Delwin Hock – Lead Director' into name and title.

    The name is the longest run of name words; a repeat of it (the typed name under
    the signature) is skipped; what follows a dash or comma is the title. With no
    title on the line, a next line 'Name - Title' gives it.
    """
    line, base = match.group("line"), match.start("line")
    words = line.split()
    repeated = next(
        (n for n in range(len(words) // 2, 1, -1) if words[:n] == words[n : 2 * n]), None
    )
    if repeated is not None:
        name = " ".join(words[:repeated])
        rest_at = line.find(name, line.find(name) + len(name)) + len(name)
    else:
        person = PERSON_NAME.match(line)
        if person is None:
            return None
        name = person.group()
        rest_at = person.end()
    if PERSON_NAME.fullmatch(name) is None:
        return None
    dash = NAME_DASH_TITLE.match(line, rest_at)
    if dash is not None:
        return name, base, base + len(name), dash.group("title"), base + dash.end("title")
    below = src.text.find(name, match.end(), match.end() + len(name) + 20)
    if below != -1:
        dash = NAME_DASH_TITLE.match(
            src.text[: src.text.find("\n", below) if "\n" in src.text[below:] else len(src.text)],
            below + len(name),
        )
        if dash is not None:
            return name, base, base + len(name), dash.group("title"), dash.end("title")
    return name, base, base + len(name), None, base + len(name)


def signature_parties(src: Source) -> list[Party]:
    """Organisations that sign ('CLARUS IV-A, L.P.  By: ...'): the parties when the preamble names none."""
    start = _signature_start(src)
    end = min(len(src.text), start + SIGNATURE_CHARS)
    parties: list[Party] = []
    seen: set[str] = set()
    for org in src.entities(start, end, ("ORG",)):
        if not SIGNS_AFTER.match(src.text, org.end, min(end, org.end + 40)):
            continue
        lead = SIGNATORY_TITLE_LEAD.match(org.text)
        name_start = org.start + (lead.end() if lead else 0)
        name = _squash(src.text[name_start : org.end])
        if name.lower() not in seen:
            seen.add(name.lower())
            parties.append(Party(name=name, evidence=src.evidence(name_start, org.end)))
    behalf = _on_behalf_of(src, start)
    if len(behalf) > len(parties):
        return behalf
    return parties


def _on_behalf_of(src: Source, start: int) -> list[Party]:
    """'For and on behalf of ABS Telecom plc' blocks, one after another however many there are.

    A consortium agreement is signed by dozens of parties that its preamble only refers
    to ("the Parties signatory hereto ... identified in Schedule A"); the blocks run on
    while the next one follows within SIGNATURE_CHARS.
    """
    parties: list[Party] = []
    seen: set[str] = set()
    position = start
    while True:
        block = ON_BEHALF_OF.search(src.text, position, position + SIGNATURE_CHARS)
        if block is None:
            return parties
        position = block.end()
        span = src.trim(*block.span("name"))
        name = _squash(src.text[span[0] : span[1]])
        if name.lower() not in seen and NAME_LIKE.match(name):
            seen.add(name.lower())
            parties.append(Party(name=name, evidence=src.evidence(*span)))


def _signature_start(src: Source) -> int:
    witness = list(IN_WITNESS.finditer(src.text))
    return witness[-1].end() if witness else max(0, len(src.text) - SIGNATURE_CHARS)


def _squash(text: str) -> str:
    return " ".join(text.split())
