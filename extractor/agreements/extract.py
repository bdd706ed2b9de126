"""Agreements in a parsed filing: its agreement exhibits, or the whole document when the
input is a standalone contract (a CUAD text, a saved exhibit).

Which rules run depends on the kind: the generic ones (parties, dates, term, law,
covenants, notices, signatures) on every agreement; pay and termination terms
only on agreements with a person or a service provider (consulting, employment,
services, separation, retention, endorsement), where a dollar amount is a fee.
"""

from __future__ import annotations

from typing import Final

from sec8k.agreements import benefits, clauses, covenants, effective_from, fees, kinds, preamble
from sec8k.agreements.agreement_date import read_agreement_date
from sec8k.agreements.cues.dates import AS_OF_EFFECTIVE
from sec8k.agreements.cues.layout import AGREEMENT_WORD
from sec8k.agreements.cues.terms import EFFECTIVE_BEFORE
from sec8k.agreements.party_clean import clean_parties
from sec8k.agreements.signatures import (
    read_notice_addresses,
    read_signatories,
    signature_parties,
)
from sec8k.agreements.source import Source
from sec8k.agreements.termination import read_termination
from sec8k.models import Agreement, AgreementKind, DatedEvent, Exhibit, Party
from sec8k.parsed import ParsedFiling
from sec8k.rules.fields import Fields

__all__ = ["extract_agreements", "read_agreement"]

#: Exhibit numbers read as agreements (material contracts).
AGREEMENT_EXHIBITS: Final = ("10",)
#: An exhibit shorter than this is a stub or an index line, not an agreement's text.
MIN_AGREEMENT_CHARS: Final = 1000
#: "effective" counts for the agreement's date when it is this near before it.
EFFECTIVE_CUE_CHARS: Final = 60
#: Kinds whose money amounts are pay (fees, salary, rates) and whose termination clauses pay out.
PERSONAL_KINDS: Final = frozenset(
    {"consulting", "employment", "services", "separation", "retention", "endorsement"}
)


def read_agreement(
    src: Source,
    *,
    exhibit: str | None = None,
    exhibit_type: str | None = None,
    description: str | None = None,
) -> Agreement:
    """Every field the agreement states, with evidence."""
    out = Fields()
    sentence = preamble.read_preamble(src, out)
    read_agreement_date(src, out, sentence)
    _signing_parties(src, out)
    parties = [p for p in out.lists.get("parties", []) if isinstance(p, Party)]
    kind: AgreementKind = kinds.classify(
        exhibit_type=exhibit_type,
        description=description,
        title=str(out.values.get("title") or ""),
        roles=[p.role for p in parties if p.role],
    )
    clauses.read_effective_date(src, out, sentence)
    _date_from_effective(src, out, sentence)
    _effective_from_date(src, out)
    effective_from.effective_from_signing(src, out)
    clauses.read_term(src, out)
    effective_from.effective_from_term_start(src, out)
    clauses.read_renewal(src, out)
    clauses.read_governing_law(src, out)
    clauses.read_arbitration(src, out)
    covenants.read_change_in_control(src, out)
    covenants.read_non_compete(src, out)
    covenants.read_confidentiality(src, out)
    read_notice_addresses(src, out)
    read_signatories(src, out)
    if kind in PERSONAL_KINDS:
        fees.read_compensation(src, out)
        benefits.read_work_day(src, out)
        benefits.read_benefits(src, out)
        read_termination(src, out)
    return Agreement.model_validate(
        {
            "document": src.document,
            "exhibit": exhibit,
            "agreement_type": kind,
            **out.values,
            **out.lists,
            "evidence": out.evidence,
        }
    )


def _signing_parties(src: Source, out: Fields) -> None:
    """The parties the signature blocks name, when the preamble names none, or only one
    without a role and the blocks name more (a consortium's 'Parties signatory hereto')."""
    read = [p for p in out.lists.get("parties", []) if isinstance(p, Party)]
    if len(read) > 1 or any(p.role for p in read):
        return
    signed = clean_parties(src, signature_parties(src))
    # a letter: the addressee the opening names and the signer its blocks name
    known = {_key(p.name) for p in read}
    merged = read + [p for p in signed if _key(p.name) not in known]
    if len(signed) > len(read) or (read and len(merged) > len(read)):
        chosen: list[object] = list(merged if read else signed)
        out.lists["parties"] = chosen


def _key(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())


def _date_from_effective(src: Source, out: Fields, sentence: tuple[int, int] | None) -> None:
    """'entered into as of the Effective Date' with no date of its own: the effective date dates it."""
    effective = out.values.get("effective_date")
    if out.has("agreement_date") or sentence is None or not isinstance(effective, DatedEvent):
        return
    if effective.date and effective.event is None and AS_OF_EFFECTIVE.search(src.text, *sentence):
        out.put("agreement_date", effective.date, out.evidence["effective_date.date"])


def _effective_from_date(src: Source, out: Fields) -> None:
    """'This Agreement is made and effective as of February 1, 2019': the agreement's date, said
    to be when it takes effect, is its effective date when no other is stated."""
    date, evidence = out.values.get("agreement_date"), out.evidence.get("agreement_date")
    if out.has("effective_date") or not isinstance(date, str) or evidence is None:
        return
    start = evidence.start - src.offset
    if EFFECTIVE_BEFORE.search(src.text, max(0, start - EFFECTIVE_CUE_CHARS), start):
        out.put("effective_date", DatedEvent(date=date, text=evidence.text), evidence)
        out.part("effective_date.date", evidence)


def _is_agreement_exhibit(exhibit: Exhibit) -> bool:
    """An EX-10 with text of its own that reads as an agreement (a plan or an index line does not)."""
    number = exhibit.number.split(".")[0].strip().upper().removeprefix("EX-")
    text = exhibit.text or ""
    if (
        number not in AGREEMENT_EXHIBITS
        or exhibit.document is None
        or len(text) < MIN_AGREEMENT_CHARS
    ):
        return False
    described = AGREEMENT_WORD.search(exhibit.description or "") is not None
    return described or kinds.is_agreement_opening(text)


def extract_agreements(parsed: ParsedFiling) -> list[Agreement]:
    """The agreement exhibits of a filing, or the document itself when it is a standalone contract."""
    record = parsed.record
    found: list[Agreement] = []
    for exhibit in record.exhibits:
        if not _is_agreement_exhibit(exhibit) or exhibit.document is None or exhibit.text is None:
            continue
        norm = parsed.texts.get(exhibit.document)
        src = Source(
            document=exhibit.document,
            text=exhibit.text,
            offset=exhibit.start or 0,
            line_at=norm.line_at if norm else None,
        )
        found.append(
            read_agreement(
                src,
                exhibit=exhibit.number,
                exhibit_type=exhibit.document_type,
                description=exhibit.description,
            )
        )
    if found or record.exhibits or record.filing.form_type or parsed.primary is None:
        return found
    norm = parsed.texts[parsed.primary]
    if kinds.is_agreement_opening(norm.text):
        found.append(read_agreement(Source(parsed.primary, norm.text, 0, norm.line_at)))
    return found
