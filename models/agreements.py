"""Agreements (exhibits and standalone contracts) and the officer changes Item 5.02 reports.

Data only. A field the text does not state stays ``None`` (or an empty list);
nothing is computed from other fields, with one marked exception: a term's end date
counted from a date the term clause names ("three (3) years from the Effective
Date") carries ``end_basis="computed"`` and the evidence of both the date and the
length. Scalar and nested fields are backed
by ``Agreement.evidence`` / ``OfficerChange.evidence`` (field name -> where its
value was read; a dotted key such as ``"term.duration"`` points at a part); each
entry of a list field carries its own ``evidence``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field

from sec8k.models.base import Evidence, Frozen, Money, Quantity

__all__ = [
    "Agreement",
    "AgreementKind",
    "AgreementLink",
    "Arbitration",
    "Benefit",
    "ChangeInControl",
    "ChangeKind",
    "Compensation",
    "CompensationKind",
    "Confidentiality",
    "DatedEvent",
    "EndBasis",
    "Instrument",
    "NonCompete",
    "NoticeAddress",
    "OfficerChange",
    "Party",
    "Renewal",
    "Signatory",
    "Term",
    "TerminationCase",
    "TerminationTrigger",
    "Threshold",
    "WorkDay",
]

AgreementKind = Literal[
    "consulting",
    "employment",
    "services",
    "separation",
    "retention",
    "endorsement",
    "non_competition",
    "other",
]
CompensationKind = Literal[
    "fee",
    "salary",
    "rate",
    "cap",
    "bonus",
    "royalty",
    "installment",
    "lump_sum",
    "signing",
    "severance",
    "equity",
    "other",
]
#: What an equity award is: options, warrants, restricted stock, restricted stock units, shares.
Instrument = Literal["option", "warrant", "restricted_stock", "rsu", "shares"]
TerminationTrigger = Literal[
    "death",
    "disability",
    "change_in_control",
    "without_cause",
    "for_cause",
    "good_reason",
    "voluntary",
    "notice",
    "breach",
]
ChangeKind = Literal["appointment", "departure", "retirement", "election", "compensation"]


class Party(Frozen):
    """A party as the agreement names it, with the role it defines for it."""

    name: str
    role: str | None = Field(default=None, description='The defined term: "Company", "Consultant"')
    evidence: Evidence


class DatedEvent(Frozen):
    """A date, or the event that fixes it (with the date expected for that event, if stated)."""

    date: str | None = Field(default=None, description="ISO date")
    event: str | None = Field(default=None, description='The defining event: "Retirement Date"')
    anticipated: bool = Field(
        default=False, description="The date is the expected date of the event, not a fixed one"
    )
    text: str


EndBasis = Literal["stated", "computed"]


class Term(Frozen):
    """The (initial) term: its length, and the day it ends as stated or as computed.

    ``end_basis`` says where ``end_date`` comes from: ``"stated"`` when the clause names
    the day (evidence ``term.end_date``); ``"computed"`` when the clause gives a length
    counted from a date it names ("five (5) years from the Effective Date"), and the end
    date is that date plus the length (evidence ``term.start_date`` for the date,
    ``term.start_event`` for the words that name it, ``term.duration`` for the length).
    """

    duration: Quantity | None = Field(default=None, description="Length: years, months or days")
    end_date: str | None = Field(default=None, description="ISO date the term ends")
    end_basis: EndBasis | None = Field(
        default=None, description="'stated' in the text, or 'computed' as start_date + duration"
    )
    start_date: str | None = Field(
        default=None, description="ISO date the duration runs from (when end_date is computed)"
    )
    start_event: str | None = Field(
        default=None,
        description="The words naming that date: 'the Effective Date', 'the date hereof'",
    )
    indefinite: bool = Field(
        default=False,
        description="Runs until a party ends it ('until terminated by either party'); no duration",
    )
    text: str


class Renewal(Frozen):
    automatic: bool | None = None
    period: Quantity | None = Field(default=None, description="Length of each renewal period")
    notice: Quantity | None = Field(default=None, description="Notice needed to stop a renewal")
    text: str


class Compensation(Frozen):
    """One fee, salary, rate, cap or payment, as stated (table rows give one entry each).

    An award of equity (``kind="equity"``) is not money: ``amount`` and ``currency`` are
    null, ``shares`` holds the count, ``instrument`` what is granted, and
    ``exercise_price`` / ``vesting`` what the text says of them.
    """

    kind: CompensationKind
    amount: Decimal | None = Field(default=None, description="Null only for kind 'equity'")
    currency: str | None = Field(default=None, description="Null only for kind 'equity'")
    per: str | None = Field(
        default=None, description='Unit paid for: "year", "hour", "consulting day"'
    )
    period_label: str | None = Field(
        default=None, description='The period it applies to: "first 12-month period"'
    )
    limit: Quantity | None = Field(
        default=None, description="A limit stated with it, e.g. the maximum consulting days"
    )
    payable: str | None = Field(
        default=None, description='When it is paid: "on or before July 1, 2011"'
    )
    instrument: Instrument | None = Field(
        default=None, description="For equity: option, warrant, restricted_stock, rsu or shares"
    )
    shares: Quantity | None = Field(default=None, description="For equity: the number of shares")
    exercise_price: Money | None = Field(
        default=None, description="For options and warrants: the price per share, as stated"
    )
    vesting: str | None = Field(
        default=None, description='For equity: when it vests, as written ("on June 1, 1999")'
    )
    text: str = Field(description="The sentence or table row it was read from")
    evidence: Evidence


class WorkDay(Frozen):
    """A defined unit of work: 'A Consulting Day is ... five hours or more'."""

    name: str
    minimum: Quantity
    text: str


class Benefit(Frozen):
    label: str | None = Field(default=None, description="The clause heading: 'Home Office'")
    text: str
    evidence: Evidence


class TerminationCase(Frozen):
    """What happens on one kind of termination."""

    trigger: TerminationTrigger
    initiated_by: str | None = Field(default=None, description='Role, or "either"')
    payment: str | None = Field(default=None, description="What is paid, as written")
    lump_sum: bool | None = None
    payment_within: Quantity | None = Field(default=None, description="Paid within this period")
    cure_period: Quantity | None = None
    notice: Quantity | None = None
    text: str = Field(description="The clause heading or sentence that names the case")
    evidence: Evidence
    part_evidence: dict[str, Evidence] = Field(
        default_factory=dict, description="payment / payment_within / cure_period / notice"
    )


class Threshold(Frozen):
    value: Quantity
    evidence: Evidence


class ChangeInControl(Frozen):
    """The agreement's definition of a change in control and the thresholds it states."""

    thresholds: list[Threshold] = Field(default_factory=list)
    text: str = Field(description="The opening of the definition")


class NonCompete(Frozen):
    duration: str | None = Field(default=None, description="While / how long, as written")
    length: Quantity | None = None
    scope: str | None = Field(default=None, description="Where / what, as written")
    ownership_allowed: Quantity | None = Field(
        default=None, description="Passive ownership that stays allowed (e.g. 5%)"
    )
    text: str


class Confidentiality(Frozen):
    survives: bool | None = Field(default=None, description="Stated to survive termination")
    text: str


class Arbitration(Frozen):
    venue: str | None = None
    rules: str | None = Field(
        default=None, description="Whose rules: 'American Arbitration Association'"
    )
    text: str


class NoticeAddress(Frozen):
    party: str = Field(description="Role or name as the notice clause writes it")
    address: str
    evidence: Evidence


class Signatory(Frozen):
    name: str
    title: str | None = None
    evidence: Evidence


class Agreement(Frozen):
    """One agreement: an exhibit of a filing, or a standalone contract."""

    document: str = Field(description="The document it is read from")
    exhibit: str | None = Field(default=None, description="Exhibit number, when it is one")
    agreement_type: AgreementKind
    title: str | None = None
    parties: list[Party] = Field(default_factory=list)
    agreement_date: str | None = Field(default=None, description="ISO date")
    effective_date: DatedEvent | None = None
    term: Term | None = None
    renewal: Renewal | None = None
    compensation: list[Compensation] = Field(default_factory=list)
    work_day: WorkDay | None = None
    benefits: list[Benefit] = Field(default_factory=list)
    termination: list[TerminationCase] = Field(default_factory=list)
    change_in_control: ChangeInControl | None = None
    non_compete: NonCompete | None = None
    confidentiality: Confidentiality | None = None
    governing_law: str | None = Field(default=None, description="Jurisdiction: 'Colorado'")
    arbitration: Arbitration | None = None
    notice_addresses: list[NoticeAddress] = Field(default_factory=list)
    signatories: list[Signatory] = Field(default_factory=list)
    evidence: dict[str, Evidence] = Field(
        default_factory=dict, description="Field name (or field.part) -> where it was read"
    )


class AgreementLink(Frozen):
    """An agreement an item mentions, with the exhibit that holds it."""

    title: str
    date: str | None = Field(default=None, description="ISO date it was entered into")
    exhibit: str | None = None
    evidence: Evidence


class OfficerChange(Frozen):
    """One person an Item 5.02 (or old Item 6) reports on."""

    item: str
    name: str
    positions: list[str] = Field(default_factory=list)
    change: ChangeKind
    effective_date: str | None = Field(default=None, description="ISO date")
    agreements: list[AgreementLink] = Field(default_factory=list)
    evidence: dict[str, Evidence] = Field(default_factory=dict)
