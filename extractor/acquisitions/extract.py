"""Acquisition, merger and disposition terms from Items 2.01, 1.01 and old Item 2.

spaCy finds the candidates once per item (:func:`sec8k.rules.finder.find_entities`);
the small named rules decide which candidate fills which field: the events and their
kind, stage, stake and closing date here, the parties in :mod:`.parties`, the price in
:mod:`.consideration`. A field is filled only from what the text states, and every filled
field gets evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from sec8k.acquisitions import cues
from sec8k.acquisitions.consideration import (
    fill_consideration,
    fill_contingent,
    fill_stated_stock,
)
from sec8k.acquisitions.context import Context, name_key
from sec8k.acquisitions.direction import fill_merger_direction, fill_seller_term
from sec8k.acquisitions.parties import (
    fill_location,
    fill_parties,
    fill_stockholder_parties,
    registrant_evidence,
    registrant_name,
    registrant_names,
    seller_from_exhibits,
    sold_by_registrant,
    target_word,
)
from sec8k.acquisitions.releases import release_items
from sec8k.acquisitions.targets import find_target
from sec8k.models import Acquisition, Item, Quantity
from sec8k.parsed import ParsedFiling
from sec8k.rules.fields import Fields
from sec8k.rules.finder import Candidate, find_entities
from sec8k.text.sentences import ABBREVIATION_END

__all__ = ["extract_acquisitions"]

#: Items that report deals, in the order they are read, and the stage each implies.
DEAL_ITEMS = {
    "2.01": "completed",
    "2": "completed",
    "1.01": "agreed",
    "8.01": "agreed",
    "7.01": "agreed",
}
#: Items read only when no item before them in DEAL_ITEMS reported a deal: an agreement or
#: an announcement (8.01 other events, 7.01 a release) repeats the deal a 2.01 reports.
ANNOUNCING_ITEMS = frozenset({"1.01", "8.01", "7.01"})
#: Characters of an item read for deals. Deal terms come first; the rest of a long item
#: (merger-agreement summaries of 15-20k characters) costs spaCy time and holds no term.
MAX_DEAL_TEXT = 8000
#: How far (characters) after an event's first sentence its terms are read; long
#: descriptions further down (earn-out mechanics, dividends) are not the price.
CONSIDERATION_REACH = 1500
#: A full stop or semicolon before a capital, or a blank line (a heading such as "Spin-Off and
#: Related Agreements" is not part of the sentence under it).
_SENTENCE_END = re.compile(r"[.;]\s+(?=[A-Z(\"“])|\n[ \t]*\n\s*")
_AGREEMENT_1_01 = re.compile(
    r"\b(?:acquire|acquisition|merger|merge|purchase|sale of|sell|spin-?off|spun off"
    r"|distribution (?:to its (?:stock|share)holders )?of all)\b",
    re.IGNORECASE,
)


@dataclass
class _Event:
    index: int
    sentence: tuple[int, int]
    verb: re.Match[str]
    targets: set[str]


def _kind(ctx: Context, event: _Event, end: int) -> str:
    """'merger' only when the registrant itself combines ("a newly formed holding company", "the
    Company will merge"); a merger with a target, through a merger sub or not, is an acquisition."""
    verb = event.verb
    if verb.group("disposition"):
        return "disposition"
    if (
        verb.group("merger")
        and not cues.MERGER_SUB.search(ctx.text, event.sentence[0], len(ctx.text))
        and cues.REGISTRANT_COMBINES.search(ctx.text, event.sentence[0], end)
    ):
        return "merger"
    return "acquisition"


def _sentences(text: str, candidates: list[Candidate]) -> list[tuple[int, int]]:
    inside = [(c.start, c.end) for c in candidates]
    bounds = [0]
    for match in _SENTENCE_END.finditer(text):
        cut = match.start() + 1
        if any(s < cut < e for s, e in inside) or ABBREVIATION_END.search(
            text[max(0, cut - 12) : cut]
        ):
            continue
        bounds.append(match.end())
    bounds.append(len(text))
    return [(a, b) for a, b in pairwise(bounds) if b > a]


def _fill_stake(ctx: Context, out: Fields, start: int, end: int) -> None:
    for cand in ctx.within(start, end, "PERCENT"):
        if cues.STAKE_AFTER.match(ctx.text, cand.end, min(end, cand.end + 60)) and isinstance(
            cand.value, Quantity
        ):
            out.put("percent_acquired", cand.value, ctx.evidence(cand.start, cand.end))
            return
    match = cues.ALL_OUTSTANDING.search(ctx.text, start, end)
    if match:
        value = Quantity(value=Decimal(100), unit="percent", text=match.group())
        out.put("percent_acquired", value, ctx.evidence(match.start(), match.end()))


def _fill_stake_later(ctx: Context, out: Fields, window: list[tuple[int, int]]) -> None:
    """Past the event sentence, "in exchange for all of the issued and outstanding shares of
    Steichen's capital stock" states the stake only when the target is named right after."""
    target = out.values.get("target")
    if "percent_acquired" in out.values or not target:
        return
    names = (name_key(target), target_word(target))
    for start, end in window[1:]:
        for match in cues.ALL_OUTSTANDING.finditer(ctx.text, start, end):
            after = name_key(ctx.text[match.end() : min(end, match.end() + 60)])
            if any(after.startswith(f"of {name}") for name in names if name):
                value = Quantity(value=Decimal(100), unit="percent", text=match.group())
                out.put("percent_acquired", value, ctx.evidence(match.start(), match.end()))
                return


def _fill_closing(
    ctx: Context, out: Fields, window: list[tuple[int, int]], stage: str, verb: re.Match[str]
) -> None:
    """The date the deal closed: "On <date>, X acquired", after 'completed on', 'effective',
    else the event sentence's first."""
    if stage != "completed":
        return
    dates = [c for c in ctx.within(window[0][0], window[-1][1], "DATE") if c.value]
    if cues.DONE_VERB.match(verb.group()):
        for cand in (c for c in dates if c.end <= verb.start()):
            if cues.ON_DATE_BEFORE.search(ctx.text, max(0, cand.start - 5), cand.start):
                out.put("closing_date", cand.value, ctx.evidence(cand.start, cand.end))
                return
    for cand in dates:
        if cues.CLOSED_ON.search(ctx.text, max(0, cand.start - 40), cand.start):
            out.put("closing_date", cand.value, ctx.evidence(cand.start, cand.end))
            return
    first_sentence = [c for c in dates if c.end <= window[0][1]]
    for cand in first_sentence:
        if not cues.DATED.search(ctx.text, max(0, cand.start - 30), cand.start):
            out.put("closing_date", cand.value, ctx.evidence(cand.start, cand.end))
            return


def _fill_agreement_date(
    ctx: Context, out: Fields, window: list[tuple[int, int]], stage: str
) -> None:
    """The date the deal was agreed: an agreement "dated (as of) <date>" in the event's first
    sentence; for an agreed deal, else the date that opens that sentence ("On <date>, A entered
    into ..."); else an agreement "dated (as of) <date>" later in the event's sentences."""
    dates = [c for c in ctx.within(window[0][0], window[-1][1], "DATE") if c.value]
    opening = [
        c
        for c in dates
        if c.end <= window[0][1]
        and cues.ON_DATE_BEFORE.search(ctx.text, max(0, c.start - 5), c.start)
    ]
    dated = [
        c for c in dates if cues.AGREEMENT_DATED.search(ctx.text, max(0, c.start - 60), c.start)
    ]
    first = [c for c in dated if c.end <= window[0][1]]
    for cand in first + (opening if stage == "agreed" else []) + dated:
        out.put("agreement_date", cand.value, ctx.evidence(cand.start, cand.end))
        return


def _events(ctx: Context, sentences: list[tuple[int, int]], start: int) -> list[_Event]:
    """Sentences that announce a deal; a sentence naming a new target starts a new event."""
    events: list[_Event] = []
    for index, sentence in enumerate(sentences):
        verb = cues.EVENT.search(ctx.text, max(sentence[0], start), sentence[1])
        if (
            verb is None
            or cues.NOT_AN_EVENT.search(ctx.text, *sentence)
            or cues.HEADING.fullmatch(ctx.text, *sentence)
            or cues.DEBT_SECURITIES_AFTER.match(ctx.text, verb.end(), sentence[1])
            or cues.DEBT_SECURITIES_BEFORE.search(
                ctx.text[max(sentence[0], verb.start() - 40) : verb.start()]
            )
            or cues.FUNDS_A_DEAL.search(
                ctx.text[max(sentence[0], verb.start() - 40) : verb.start()]
            )
            or cues.PROPOSAL.search(ctx.text, *sentence)
        ):
            continue
        target = find_target(ctx, verb.end(), sentence[1])
        # a short name defined earlier refers back to a party already met: no new deal
        named = target is not None and target.pattern_id != "alias"
        name = name_key(target.value) if target is not None and named else None
        if events and (name is None or name in events[-1].targets):
            events[-1].targets.add(name) if name else None
            continue
        events.append(_Event(index, sentence, verb, {name} if name else set()))
        _second_deals(ctx, events, index, sentence)
    return events


def _second_deals(
    ctx: Context, events: list[_Event], index: int, sentence: tuple[int, int]
) -> None:
    """ "A acquired X and, on May 8, A acquired Y": a further finite deal verb joined by "and"
    that names a target no event has is a deal of its own; the sentence is cut before "and"."""
    if not events or events[-1].index != index:
        return
    for later in cues.EVENT.finditer(ctx.text, events[-1].verb.end(), sentence[1]):
        if not cues.FINITE_VERB.match(later.group()):
            continue
        joins = list(cues.CLAUSE_AND.finditer(ctx.text, events[-1].verb.end(), later.start()))
        target = find_target(ctx, later.end(), sentence[1])
        if not joins or target is None or target.pattern_id == "alias":
            continue
        name = name_key(target.value)
        if any(name in event.targets for event in events):
            continue
        cut = joins[-1].start()
        events[-1].sentence = (events[-1].sentence[0], cut)
        events.append(_Event(index, (cut, sentence[1]), later, {name}))


def _from_item(parsed: ParsedFiling, item: Item, warnings: list[str]) -> list[Acquisition]:
    heading_end = max(item.text.find("\n"), 0)
    text = item.text[:MAX_DEAL_TEXT]
    if cues.EVENT.search(text, heading_end) is None:
        return []  # no deal verb after the heading: no event (and no spaCy work)
    candidates = find_entities(text)
    sentences = [s for s in _sentences(text, candidates) if s[1] > heading_end]
    stage = DEAL_ITEMS.get(item.number, "agreed")  # a press release: agreed unless it says done
    norm = parsed.texts.get(item.document)
    ctx = Context(parsed.record, item, text, candidates, norm.line_at if norm else None)
    events = _events(ctx, sentences, heading_end)
    if stage == "agreed":
        # An agreement item announces one deal; later sentences describe it.
        events = [e for e in events if _AGREEMENT_1_01.search(text, *e.sentence)]
        if item.number != "1.01":
            # an announcement reports a deal only with its agreement or its closing
            events = [e for e in events if cues.ANNOUNCED_DEAL.search(text, *e.sentence)]
        events = events[:1]
    deals: list[Acquisition] = []
    for number, event in enumerate(events):
        following = events[number + 1].index if number + 1 < len(events) else len(sentences)
        # the event's own sentence (cut where a second deal of the same sentence starts) first
        window = [event.sentence] + [
            sentence
            for sentence in sentences[event.index + 1 : following]
            if sentence[0] - event.sentence[0] < CONSIDERATION_REACH
        ]
        end = window[-1][1]
        kind = _kind(ctx, event, end)
        out = Fields()
        fill_parties(ctx, out, event.sentence, event.verb, kind)
        if kind != "disposition":
            fill_merger_direction(ctx, out, event.sentence[0], end)
            fill_seller_term(ctx, out, event.sentence[0], end)
        target = out.values.get("target")
        if kind == "acquisition" and target and name_key(target) in registrant_names(ctx):
            kind = "merger"  # the registrant itself is acquired: merged into the buyer's group
        elif kind == "disposition" and name_key(out.values.get("acquirer", "")) in registrant_names(
            ctx
        ):
            kind = (
                "acquisition"  # somebody sold it to the registrant: for the filer it is a purchase
            )
        elif kind == "acquisition" and sold_by_registrant(ctx, out, (window[0][0], end)):
            kind = "disposition"
            name = registrant_name(ctx)
            subject = out.evidence.get("acquirer")
            if name and subject is not None:
                out.put("seller", name, registrant_evidence(ctx) or subject)
        done = cues.COMPLETED_BEFORE.search(
            ctx.text, event.sentence[0], event.verb.end()
        ) or cues.RELEASE_ON_CLOSE.search(ctx.text, event.sentence[0], event.verb.start())
        agreed = cues.AGREED_BEFORE.search(ctx.text, event.sentence[0], event.verb.start())
        # a 1.01 item may report a spin-off done; a 2.01 item a further deal only agreed
        event_stage = "completed" if done else "agreed" if agreed else stage
        _fill_closing(ctx, out, window, event_stage, event.verb)
        _fill_agreement_date(ctx, out, window, event_stage)
        _fill_stake(ctx, out, event.sentence[0], event.sentence[1])
        _fill_stake_later(ctx, out, window)
        fill_stockholder_parties(ctx, out, window)
        # a sentence that opens with the target and says where it is, anywhere in the event
        fill_location(ctx, out, window + sentences[event.index + len(window) : following])
        warnings += fill_consideration(
            ctx, out, window, sentences[event.index + len(window) : following], len(events) > 1
        )
        fill_stated_stock(ctx, out, sentences[event.index : following])
        fill_contingent(
            ctx, out, window[0][0], window[-1][1] if following < len(sentences) else len(text)
        )
        if len(events) == 1:
            seller_from_exhibits(ctx, out)
        fields = {"kind": kind, "stage": event_stage, "item": item.number, "evidence": out.evidence}
        deals.append(Acquisition.model_validate(fields | out.values))
    return deals


def extract_acquisitions(
    parsed: ParsedFiling, warnings: list[str] | None = None
) -> list[Acquisition]:
    """One Acquisition per deal the filing's deal items report; what could not be attributed
    (an amount stated for several deals together) is added to ``warnings``."""
    found: list[Acquisition] = []
    warnings = [] if warnings is None else warnings
    for number in DEAL_ITEMS:
        if number in ANNOUNCING_ITEMS and found:
            break  # the completed deal's own report supersedes its agreement
        for item in parsed.record.items:
            if item.number == number and not item.empty:
                found.extend(_from_item(parsed, item, warnings))
    for release in release_items(parsed, DEAL_ITEMS):  # only when the filing has no deal item
        found.extend(_from_item(parsed, release, warnings))
    return found
