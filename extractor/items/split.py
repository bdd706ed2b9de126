"""Split a primary document's text into its Items.

Finding and deciding are separate steps: :func:`find_headings` lists every line
that looks like an item heading, then :func:`split_items` keeps the ones that
head a section (dropping cross-references, tables of contents and headings of
embedded exhibits) and cuts the text between them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from sec8k.items.bodies import (
    headings_only,
    headings_only_warnings,
    no_body,
    page_heads,
    reports_nothing,
    under_heading,
)
from sec8k.items.catalogue import CatalogueEntry, Era, canonical_number, lookup, titles
from sec8k.items.sections import EMPTY_BODY, MAX_BARE_HEADING, WORD_TOKEN, Heading, Section
from sec8k.rules.lexicon import NUMBER_UNITS

__all__ = ["Heading", "Section", "find_headings", "headings_only_warnings", "split_items"]

#: "Item Five. Other Events": old items spelled out (one to twelve).
_NUMBER_WORDS = {word: str(value) for word, value in NUMBER_UNITS.items() if 1 <= value <= 12}
#: "Item 2.01.", "ITEM 2.01 –", "Items 2.01 and 9.01", "Item No. 5", "(a) Item 7":
#: at the start of a line, possibly after a list mark.
_HEADING = re.compile(
    r"^[ \t]*(?:\(?[a-z0-9]{1,3}[.)][ \t]*)?ITEMS?[ \t]*(?:NO\.?[ \t]*|NUMBER[ \t]*)?"
    r"(?:(\d{1,2}(?:\.\d{1,2})?)(?![\d.]\d)|(?P<word>"
    + "|".join(_NUMBER_WORDS)
    + r")\b)(?P<rest>[^\n]*)",
    re.IGNORECASE | re.MULTILINE,
)
#: A current-numbering heading without the word "Item": "2.01 Completion of Acquisition or
#: Disposition of Assets". It counts only when the words after it open the item's title.
_NUMBER_ONLY_HEADING = re.compile(
    r"^[ \t]*(\d\.\d\d)[ \t]*[.:\-\u2013\u2014]?[ \t]+(?P<rest>[A-Za-z][^\n]*)", re.MULTILINE
)
#: How many words of the catalogue title a number-only heading must open with.
NUMBER_ONLY_TITLE_WORDS = 3
#: More numbers in one heading: "Items 2.01 and 9.01", "Items 5, 7", "Item 1.01 and Item
#: 2.03", "Item 7.01 / 8.01".
#: Used with ``match(rest, pos)``, so it has no ``^`` (which would pin it to offset 0).
_MORE_NUMBERS = re.compile(
    r"[ \t]*(?P<joint>,|and|&|through|to|-|/)[ \t]*(?:items?[ \t]*)?(\d{1,2}(?:\.\d{1,2})?)\b",
    re.IGNORECASE,
)
_RANGE_WORDS = frozenset({"through", "to", "-"})
#: "Item 5.02(e)", "Item 9.01(d).", "Item 5.02(b), (c) and (e)", "Items 2.03(a) and 5.02 (c)":
#: paragraph letters after a number. Used with ``match(rest, pos)``: no ``^``.
_SUB_PARAGRAPH = re.compile(
    r"[ \t]*\([a-z]\)(?:[ \t]*(?:,|and|&|,[ \t]*and)?[ \t]*\([a-z]\))*", re.IGNORECASE
)
_LEAD_PUNCT = re.compile(r"^[ \t.:;,\-\u2013\u2014)]+")
#: Words after the number that show a cross-reference, not a heading.
_CROSS_REFERENCE = re.compile(
    r"^(?:of|in|to|under|above|below|hereof|herein|is|are|was|and|or|shall|will|has|have|"
    r"requires|required|pursuant|as|for|with|by|on|at|that|which|\()\b",
    re.IGNORECASE,
)
#: The signature block ends the last item.
_SIGNATURES = re.compile(
    r"^[ \t]*SIGNATURES?[ \t:.]*$|^[ \t]*SIGNATURE\(S\)", re.MULTILINE | re.IGNORECASE
)
#: Words that follow a real signature heading.
_SIGNING = re.compile(
    r"pursuant to the requirements|duly (?:caused|authorized)|/s/|\bBy:", re.IGNORECASE
)
#: How far after a signature heading the signing words must start.
SIGNING_WINDOW = 800
#: The signing sentence opening a signature block that has no SIGNATURES heading (common
#: before 2004): "Pursuant to the requirements of the Securities [and] Exchange Act of 1934,
#: the registrant has duly caused this report to be signed ...".
_SIGNING_SENTENCE = re.compile(
    r"^[ \t]*Pursuant[ \t]+to[ \t]+the[ \t]+requirements[ \t]+of[ \t]+the[ \t]+Securities"
    r"[ \t]+(?:and[ \t]+)?Exchange[ \t]+Act",
    re.MULTILINE | re.IGNORECASE,
)
#: ... and the words that make it the signing sentence, within this many characters:
#: "has [duly] caused this [current] report [on Form 8-K] to be signed".
_CAUSED_SIGNED = re.compile(r"caused\s+this\b[^.]{0,60}?\bto\s+be\s+signed", re.IGNORECASE)
SIGNING_SENTENCE_WINDOW = 300
#: A heading line that answers after its title: "ITEM 1. CHANGES IN CONTROL OF REGISTRANT.
#: None.", "Item 3.03. Material Modification ... Holders. Not applicable."
_ANSWERED_HEADING = re.compile(
    r"(?:[.:;\u2013\u2014]|[ \t]-)[ \t]*(?:none|not applicable|n/a|inapplicable|omitted)[ \t.;]*$",
    re.IGNORECASE,
)
#: A row of a contents table or a checklist, not a heading: the line's last cell is a
#: page number or a check box ("Item 2.01 | Completion of ... | 3", "Item 2.06 | ... | ☐";
#: þ, ý, ¨ and o are the Wingdings boxes as text).
_LIST_ROW = re.compile(
    r"\t[ \t]*(?:\d{1,3}|[ivx]{1,5}|[\u2610\u2611\u2612\u25a1\u25a0\u2713\u2714\u2717\u2718\u2327\u00fe\u00fd\u00a8ox])[ \t]*$",
    re.IGNORECASE,
)


def _names_title(rest: str, entry: CatalogueEntry) -> bool:
    """``rest`` opens with the first two words of one of the item's titles (or parts)."""
    words = WORD_TOKEN.findall(rest.lower()[:120])[:2]
    return bool(words) and any(
        WORD_TOKEN.findall(title.lower())[: len(words)] == words for title in titles(entry)
    )


def _opens_title(rest: str, entry: CatalogueEntry) -> bool:
    """``rest`` begins with the item's title: its first words, or all of a shorter one."""
    title = WORD_TOKEN.findall(entry.title.lower())[:NUMBER_ONLY_TITLE_WORDS]
    return WORD_TOKEN.findall(rest.lower()[:120])[: len(title)] == title


def _number_only_headings(text: str) -> list[Heading]:
    headings = []
    for match in _NUMBER_ONLY_HEADING.finditer(text):
        entry = lookup(canonical_number(match.group(1)), "current")
        if entry is None or not _opens_title(match.group("rest"), entry):
            continue
        line = match.group(0).strip()
        if _LIST_ROW.search(line):
            continue
        start = match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
        headings.append(Heading((entry.number,), entry, start, match.end(), line))
    return headings


def _after_letters(rest: str, position: int) -> int:
    """Past the paragraph letters at ``position`` ("(c)", " (b), (c) and (e)"), if any."""
    letters = _SUB_PARAGRAPH.match(rest, position)
    return letters.end() if letters else position


def find_headings(text: str, era: Era) -> list[Heading]:
    """Every line that could head an item of ``era``, in order."""
    headings: list[Heading] = _number_only_headings(text) if era == "current" else []
    for match in _HEADING.finditer(text):
        word = match.group("word")
        number = canonical_number(_NUMBER_WORDS[word.lower()] if word else match.group(1))
        entry = lookup(number, era)
        if entry is None:
            continue
        rest = match.group("rest")
        numbers = [number]
        position = _after_letters(rest, 0)
        # A heading names each item once: "Items 1.01, 1.01, ..." must not multiply sections.
        while more := _MORE_NUMBERS.match(rest, position):
            extra = canonical_number(more.group(2))
            if lookup(extra, era) is None:
                break
            if more.group("joint").lower() in _RANGE_WORDS and era == "legacy":
                numbers.extend(str(n) for n in range(int(numbers[-1]) + 1, int(extra)))
            numbers.append(extra)
            position = _after_letters(rest, more.end())
        rest = rest[position:]
        numbers = list(dict.fromkeys(numbers))
        rest = _LEAD_PUNCT.sub("", rest)
        if rest and _CROSS_REFERENCE.match(rest):
            continue
        line = match.group(0).strip()
        if _LIST_ROW.search(line):
            continue
        if rest and len(line) > MAX_BARE_HEADING and not _names_title(rest, entry):
            continue
        headings.append(
            Heading(
                tuple(numbers),
                entry,
                match.start() + (len(match.group(0)) - len(match.group(0).lstrip())),
                match.end(),
                line,
            )
        )
    return sorted(headings, key=lambda h: h.start)


def _body_end(text: str, start: int, limit: int, heading_starts: list[int]) -> int:
    """Where the signature block begins: a SIGNATURE heading followed by signing words, or
    the signing sentence itself where the block has no heading.

    A bare "SIGNATURE" line of a table of contents is not one: no signing words follow
    it, or an item heading (at one of ``heading_starts``) comes before them.
    """
    end = limit
    for signature in _SIGNATURES.finditer(text, start, limit):
        window_end = min(limit, signature.end() + SIGNING_WINDOW)
        signing = _SIGNING.search(text, signature.end(), window_end)
        if signing is None:
            continue
        following = bisect_right(heading_starts, signature.end())
        if following == len(heading_starts) or heading_starts[following] > signing.start():
            end = signature.start()
            break
    for sentence in _SIGNING_SENTENCE.finditer(text, start, end):
        window_end = min(limit, sentence.end() + SIGNING_SENTENCE_WINDOW)
        if _CAUSED_SIGNED.search(text, sentence.end(), window_end):
            return sentence.start()
    return end


def _answers_inline(heading: Heading) -> bool:
    """The heading line itself says the item reports nothing: "Items 1 through 4, 6 and 8
    Not Applicable.", "ITEM 1. CHANGES IN CONTROL OF REGISTRANT. None."."""
    inline = _LEAD_PUNCT.sub("", heading.text.split(heading.numbers[-1], 1)[-1])
    return bool(EMPTY_BODY.match(inline) or _ANSWERED_HEADING.search(inline))


def split_items(text: str, era: Era, *, limit: int | None = None) -> list[Section]:
    """Sections of the items the text reports, each from its heading to the next.

    ``limit`` ends the item area (e.g. where an embedded exhibit begins).
    When an item is headed more than once (a table of contents, a cover-page
    checklist), an occurrence followed by text wins, then one outside a list of
    headings, then the longest section. A list of headings is a run of heading lines
    with nothing between them (links to the items or not); its last item row is followed
    by another entry ("SIGNATURES", "Exhibit Index"), not by text.
    """
    limit = len(text) if limit is None else limit
    headings = [h for h in find_headings(text, era) if h.start < limit]
    if not headings:
        return []
    # Headings after the signature block belong to exhibits bound into the document.
    end_of_items = _body_end(text, headings[0].line_end, limit, [h.start for h in headings])
    headings = [h for h in headings if h.start < end_of_items]
    spans: list[tuple[Heading, int]] = []
    for index, heading in enumerate(headings):
        nxt = headings[index + 1].start if index + 1 < len(headings) else end_of_items
        spans.append((heading, nxt))
    # A heading with nothing between it and the next one, and that next one, are entries
    # of a list (a table of contents): an item headed again outside a list is that one.
    listed: set[int] = set()
    for index, (heading, end) in enumerate(spans[:-1]):
        if no_body(text[heading.line_end : end], heading) and not _answers_inline(heading):
            listed.update((index, index + 1))
    # Followed by text (see under_heading); a heading stacked on the next one with
    # nothing between is followed by what follows that one.
    followed = [False] * len(spans)
    for index in range(len(spans) - 1, -1, -1):
        heading, end = spans[index]
        under = under_heading(text[heading.line_end : end], heading)
        if _answers_inline(heading):
            followed[index] = True
        elif under is None:
            followed[index] = index + 1 < len(spans) and followed[index + 1]
        else:
            followed[index] = under
    best: dict[str, tuple[tuple[bool, bool, int], Heading, int]] = {}
    for index, (heading, end) in enumerate(spans):
        rank = (followed[index], index not in listed, end - heading.start)
        for number in heading.numbers:
            kept = best.get(number)
            if kept is None or rank > kept[0]:
                best[number] = (rank, heading, end)
    chosen = sorted(
        {id(h): (h, e) for _, h, e in best.values()}.values(), key=lambda he: he[0].start
    )
    running_heads = cache(lambda: page_heads(text))
    ends = [chosen[i + 1][0].start for i in range(len(chosen) - 1)] + [end_of_items]
    empties = [False] * len(chosen)
    # Walk back so that a run of stacked headings ("Item 1.01 ...;" over "Item 2.03 ...")
    # shares the section of the last one: a heading with no body of its own reports
    # what the next one reports.
    for index in range(len(chosen) - 1, -1, -1):
        heading = chosen[index][0]
        body = text[heading.line_end : ends[index]]
        if _answers_inline(heading):
            empties[index] = True
        elif index + 1 < len(chosen) and no_body(body, heading):
            ends[index], empties[index] = ends[index + 1], empties[index + 1]
        else:
            empties[index] = reports_nothing(body, running_heads)
    lines = frozenset(h.line_end for h in headings)
    sections: list[Section] = []
    for index, (heading, _) in enumerate(chosen):
        for number in heading.numbers:
            if best[number][1] is not heading:  # another heading of this number won
                continue
            entry = lookup(number, era) or heading.entry
            end = _trim_end(text, heading.start, ends[index])
            bare = not empties[index] and headings_only(text, heading.start, end, entry, lines)
            sections.append(
                Section(heading, number, entry, heading.start, end, empties[index], bare)
            )
    return sections


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return end
