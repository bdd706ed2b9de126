"""Acquisition, merger and disposition terms from Items 2.01, 1.01 and old Item 2.

spaCy finds the candidates once per item (:func:`extractor.rules.finder.find_entities`);
the small named rules below decide which candidate fills which field. A field
is filled only from what the text states, and every filled field gets evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise

from extractor.acquisitions import cues
from extractor.pipeline import ParsedFiling
from extractor.rules.finder import Candidate, find_entities
from models import Acquisition, Evidence, FilingRecord, Item, Money, Quantity

__all__ = ["extract_acquisitions"]

#: Items that report deals, in the order they are read, and the stage each implies.
DEAL_ITEMS = {"2.01": "completed", "2": "completed", "1.01": "agreed"}
#: How far (characters) before a verb the subject may stand.
SUBJECT_WINDOW = 400
#: How far after the verb the target may stand.
TARGET_WINDOW = 250
_SENTENCE_END = re.compile(r"[.;]\s+(?=[A-Z(\"“])")
_AGREEMENT_1_01 = re.compile(
    r"\b(?:acquire|acquisition|merger|merge|purchase|sale of|sell)\b", re.IGNORECASE
)


@dataclass
class _Fields:
    """Values and their evidence as the rules fill them."""

    values: dict[str, object] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)

    def put(self, name: str, value: object, evidence: Evidence) -> None:
        if name not in self.values and value is not None:
            self.values[name] = value
            self.evidence[name] = evidence


@dataclass(frozen=True)
class _Context:
    record: FilingRecord
    item: Item
    text: str
    candidates: list[Candidate]
    line_at: Callable[[int], int | None] | None

    def evidence(self, start: int, end: int) -> Evidence:
        absolute = self.item.start + start
        line = self.line_at(absolute) if self.line_at else None
        return Evidence(
            document=self.item.document,
            start=absolute,
            end=self.item.start + end,
            text=self.text[start:end],
            source_line=line,
        )

    def within(self, start: int, end: int, *labels: str) -> list[Candidate]:
        return [
            c for c in self.candidates if start <= c.start and c.end <= end and c.label in labels
        ]


def _sentences(text: str, candidates: list[Candidate]) -> list[tuple[int, int]]:
    inside = [(c.start, c.end) for c in candidates]
    bounds = [0]
    for match in _SENTENCE_END.finditer(text):
        cut = match.start() + 1
        if any(s < cut < e for s, e in inside) or cues.ABBREVIATION_END.search(
            text[max(0, cut - 12) : cut]
        ):
            continue
        bounds.append(match.end())
    bounds.append(len(text))
    return [(a, b) for a, b in pairwise(bounds) if b > a]


def _registrant(ctx: _Context) -> str | None:
    """The registrant's name as the item writes it: the ORG the defined term 'Company' follows."""
    for before, after in pairwise(ctx.candidates):
        if (
            before.label == "ORG"
            and after.label == "DEFINED_TERM"
            and after.value in ("Company", "Registrant")
            and after.start - before.end <= 3
        ):
            return str(before.value)
    return ctx.record.filing.company_name


def _subject(
    ctx: _Context, sentence: tuple[int, int], verb_start: int
) -> tuple[str, int, int] | None:
    """The first party named in the sentence before the verb: an ORG or the Company itself."""
    start = max(sentence[0], verb_start - SUBJECT_WINDOW)
    region = ctx.text[start:verb_start]
    mentions: list[tuple[int, int, str]] = []
    for cand in ctx.within(start, verb_start, "ORG", "DEFINED_TERM"):
        if cues.SUBSIDIARY.search(ctx.text[start : cand.start]):
            continue
        if cand.label == "DEFINED_TERM" and cand.value not in ("Company", "Registrant"):
            continue
        mentions.append(
            (cand.start, cand.end, "company" if cand.label == "DEFINED_TERM" else str(cand.value))
        )
    for match in cues.COMPANY_WORDS.finditer(region):
        if cues.SUBSIDIARY.search(region[: match.start()]):
            continue
        mentions.append((start + match.start(), start + match.end(), "company"))
    if not mentions:
        return None
    first = min(mentions)
    if first[2] == "company":
        name = _registrant(ctx)
        if name is None:
            return None
        return name, first[0], first[1]
    return first[2], first[0], first[1]


def _next_org(ctx: _Context, start: int, limit: int) -> Candidate | None:
    for cand in ctx.within(start, min(limit, start + TARGET_WINDOW), "ORG"):
        return cand
    return None


def _fill_parties(
    ctx: _Context, out: _Fields, sentence: tuple[int, int], verb: re.Match[str], kind: str
) -> None:
    subject = _subject(ctx, sentence, verb.start())
    subsidiary = next(
        (
            c
            for c in ctx.within(sentence[0], verb.start(), "ORG")
            if cues.SUBSIDIARY.search(ctx.text[sentence[0] : c.start])
        ),
        None,
    )
    if subsidiary is not None:
        out.put(
            "acquirer_subsidiary",
            str(subsidiary.value),
            ctx.evidence(subsidiary.start, subsidiary.end),
        )
    target = _next_org(ctx, verb.end(), sentence[1])
    if target is not None:
        out.put("target", str(target.value), ctx.evidence(target.start, target.end))
        location = cues.LOCATION.match(ctx.text, target.end, sentence[1])
        if location is None:
            after_term = [c for c in ctx.within(target.end, target.end + 40, "DEFINED_TERM")]
            if after_term:
                location = cues.LOCATION.match(ctx.text, after_term[0].end, sentence[1])
        if location is not None:
            place = location.group("place").rstrip(" ,.")
            out.put(
                "target_location",
                place,
                ctx.evidence(location.start("place"), location.start("place") + len(place)),
            )
        seller_mark = re.compile(r"\s*,?\s*(?:\([^)]*\)\s*)?,?\s*from\s+", re.IGNORECASE).match(
            ctx.text, target.end
        )
        if seller_mark:
            seller = _next_org(ctx, seller_mark.end(), sentence[1])
            if seller is not None and seller.start == seller_mark.end():
                out.put("seller", str(seller.value), ctx.evidence(seller.start, seller.end))
    if subject is not None:
        name, s, e = subject
        role = "seller" if kind == "disposition" else "acquirer"
        out.put(role, name, ctx.evidence(s, e))
    if kind == "disposition" and target is not None:
        buyer_mark = re.compile(r"[^.]{0,80}?\bto\s+", re.IGNORECASE).match(ctx.text, target.end)
        if buyer_mark:
            buyer = _next_org(ctx, buyer_mark.end(), sentence[1])
            if buyer is not None:
                out.put("acquirer", str(buyer.value), ctx.evidence(buyer.start, buyer.end))


def _fill_stake(ctx: _Context, out: _Fields, start: int, end: int) -> None:
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


def _fill_consideration(ctx: _Context, out: _Fields, sentences: list[tuple[int, int]]) -> None:
    for start, end in sentences:
        sentence = ctx.text[start:end]
        if not cues.CONSIDERATION_SENTENCE.search(sentence) and "cash" not in sentence.lower():
            continue
        for cand in ctx.within(start, end, "MONEY"):
            if not isinstance(cand.value, Money):
                continue
            before = ctx.text[max(start, cand.start - 60) : cand.start]
            after = ctx.text[cand.end : min(end, cand.end + 20)]
            evidence = ctx.evidence(cand.start, cand.end)
            if cues.PER_SHARE_AFTER.match(after):
                out.put("per_share_price", cand.value, evidence)
            elif cues.CASH_AFTER.match(after) or cues.CASH_BEFORE.search(before):
                out.put("cash", cand.value, evidence)
                if cues.TOTAL_BEFORE.search(before):
                    out.put("total_consideration", cand.value, evidence)
            elif cues.TOTAL_BEFORE.search(before):
                out.put("total_consideration", cand.value, evidence)
        if cues.CONSIDERATION_SENTENCE.search(sentence):
            for cand in ctx.within(start, end, "SHARES"):
                if isinstance(cand.value, Quantity) and cand.value.unit == "shares":
                    out.put("shares_issued", cand.value, ctx.evidence(cand.start, cand.end))
                    share_class = cues.SHARE_CLASS.search(cand.text)
                    if share_class:
                        s = cand.start + share_class.start()
                        out.put(
                            "share_class",
                            share_class.group().lower(),
                            ctx.evidence(s, s + len(share_class.group())),
                        )
                    break


def _fill_contingent(ctx: _Context, out: _Fields, start: int, end: int) -> None:
    match = cues.CONTINGENT.search(ctx.text, start, end)
    if match:
        out.put("contingent_consideration", True, ctx.evidence(match.start(), match.end()))


def _fill_closing(ctx: _Context, out: _Fields, sentence: tuple[int, int], stage: str) -> None:
    if stage != "completed":
        return
    for cand in ctx.within(sentence[0], sentence[1], "DATE"):
        if cand.value:
            out.put("closing_date", cand.value, ctx.evidence(cand.start, cand.end))
            return


def _seller_from_exhibits(ctx: _Context, out: _Fields) -> None:
    """'Share Purchase Agreement by and between <buyer> and <seller>' in the exhibit index."""
    if "seller" in out.values:
        return
    buyers = {
        str(out.values.get("acquirer", "")).lower(),
        str(out.values.get("acquirer_subsidiary", "")).lower(),
    }
    for exhibit in ctx.record.exhibits:
        description = exhibit.description or ""
        if "purchase" not in description.lower() and "acquisition" not in description.lower():
            continue
        parties = cues.EXHIBIT_PARTIES.search(description)
        if parties is None or parties.group("a").strip().lower() not in buyers:
            continue
        seller = parties.group("b").strip()
        index_item = next(
            (i for i in ctx.record.items if i.text.find(seller) >= 0 and i.number in ("9.01", "7")),
            None,
        )
        if index_item is None:
            return
        local = index_item.text.find(seller)
        evidence = Evidence(
            document=index_item.document,
            start=index_item.start + local,
            end=index_item.start + local + len(seller),
            text=seller,
            source_line=None,
        )
        out.put("seller", seller, evidence)
        return


def _from_item(parsed: ParsedFiling, item: Item) -> Acquisition | None:
    heading_end = item.text.find("\n")
    text = item.text
    candidates = find_entities(text)
    sentences = [s for s in _sentences(text, candidates) if s[1] > max(heading_end, 0)]
    stage = DEAL_ITEMS[item.number]
    norm = parsed.texts.get(item.document)
    ctx = _Context(parsed.record, item, text, candidates, norm.line_at if norm else None)
    for index, sentence in enumerate(sentences):
        verb = cues.EVENT.search(text, max(sentence[0], heading_end), sentence[1])
        if verb is None:
            continue
        if stage == "agreed" and not _AGREEMENT_1_01.search(text, sentence[0], sentence[1]):
            continue
        kind = next(k for k in ("merger", "disposition", "acquisition") if verb.group(k))
        out = _Fields()
        _fill_parties(ctx, out, sentence, verb, kind)
        rest = sentences[index:]
        _fill_closing(ctx, out, sentence, stage)
        _fill_stake(ctx, out, sentence[0], sentence[1])
        _fill_consideration(ctx, out, rest)
        _fill_contingent(ctx, out, sentence[0], len(text))
        _seller_from_exhibits(ctx, out)
        fields = {"kind": kind, "stage": stage, "item": item.number, "evidence": out.evidence}
        return Acquisition.model_validate(fields | out.values)
    return None


def extract_acquisitions(parsed: ParsedFiling) -> list[Acquisition]:
    """One Acquisition per deal the filing's deal items report."""
    found: list[Acquisition] = []
    for number in DEAL_ITEMS:
        if number == "1.01" and found:
            break  # the completed deal's own report supersedes its agreement
        for item in parsed.record.items:
            if item.number == number and not item.empty:
                deal = _from_item(parsed, item)
                if deal is not None:
                    found.append(deal)
    return found
