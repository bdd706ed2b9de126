"""The consideration grammar (sec8k.acquisitions.grammar) on wordings written for these tests.

None of these sentences is copied from a filing: each states one family of price wording
(issue #13) in words of our own, so a pass says the grammar, not a memorised sentence, read it.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from sec8k.acquisitions.grammar import (
    GRAMMAR_FILE,
    Amount,
    GrammarLine,
    Phrase,
    find_markers,
    parse,
)
from sec8k.errors import PatternError
from sec8k.extract import extract_parsed
from sec8k.models import Acquisition
from sec8k.pipeline import parse_filing
from sec8k.rules.data import load_lines
from sec8k.rules.finder import find_entities
from tests.test_acquisitions import ITEM_1_01, ITEM_2_01, _deals


def _one(*paragraphs: str, heading: str = ITEM_2_01) -> Acquisition:
    (deal,) = _deals(heading, *paragraphs)
    return deal


def _amount(money: object) -> Decimal | None:
    return getattr(money, "amount", None)


# -- the grammar data ------------------------------------------------------------------------


def test_grammar_file_loads_and_every_line_is_checked() -> None:
    lines = load_lines(GRAMMAR_FILE, GrammarLine)
    kinds = {line.kind for line in lines}
    assert {"head", "parts", "join", "role", "per_unit", "limit", "filler"} <= kinds
    assert all(line.role and line.side for line in lines if line.kind in ("head", "role"))


def test_a_bad_grammar_line_fails_at_load(tmp_path: Path) -> None:
    bad = tmp_path / "g.jsonl"
    bad.write_text('{"id": "x", "kind": "head", "phrases": ["Purchase Price"]}\n', encoding="utf-8")
    with pytest.raises(PatternError, match="lower case"):
        load_lines(bad, GrammarLine)


def test_markers_keep_the_longest_phrase() -> None:
    text = "may receive up to an additional $5 million"
    kinds = [(text[m.start : m.end], m.line.kind) for m in find_markers(text)]
    assert ("up to an additional", "role") in kinds
    assert all(phrase != "up to" for phrase, _ in kinds)


def test_a_total_with_its_parts_is_one_phrase() -> None:
    text = (
        "The purchase price was $40 million, consisting of $30 million in cash "
        "and 500,000 shares of common stock."
    )
    (phrase,) = [n for n in parse(text, find_entities(text), 0, len(text)) if isinstance(n, Phrase)]
    assert phrase.total is not None and phrase.total.cand.text == "$40 million"
    assert [p.cand.text for p in phrase.parts] == ["$30 million", "500,000 shares of common stock"]
    assert "cash" in phrase.parts[0].roles


# -- family 1: a total followed by its parts -------------------------------------------------


def test_total_then_of_which_cash() -> None:
    deal = _one(
        "On May 3, 2024, Harbor Tools Inc. completed its acquisition of Lindqvist Maskin AB. "
        "The aggregate consideration for the shares consists of €48 million, of which "
        "€36 million was paid in cash at the closing and the balance is payable in two "
        "installments over the next two years."
    )
    assert _amount(deal.total_consideration) == Decimal(48_000_000)
    assert deal.total_consideration is not None and deal.total_consideration.currency == "EUR"
    assert _amount(deal.cash) == Decimal(36_000_000)


def test_parts_with_no_total_stay_parts() -> None:
    deal = _one(
        "On May 3, 2024, Harbor Tools Inc. acquired Fenwick Labs, Inc. The purchase price "
        "consisted of $12 million in cash and 800,000 shares of the Company's common stock."
    )
    assert deal.total_consideration is None  # never the sum, never the first part
    assert _amount(deal.cash) == Decimal(12_000_000)
    assert deal.shares_issued is not None and deal.shares_issued.value == Decimal(800_000)


def test_one_amount_stated_as_paid_in_cash_is_total_and_cash() -> None:
    deal = _one(
        "On May 3, 2024, Harbor Tools Inc. acquired Fenwick Labs, Inc. The aggregate "
        "consideration consisted of $9.5 million, which was paid in cash."
    )
    assert _amount(deal.total_consideration) == Decimal(9_500_000)
    assert _amount(deal.cash) == Decimal(9_500_000)


# -- family 2: one figure that is both; assumed debt is neither ------------------------------


def test_price_in_cash_beside_assumed_debt() -> None:
    deal = _one(
        "On June 30, 2024, Harbor Tools Inc. acquired Copperline Systems, Inc. for an "
        "aggregate purchase price of approximately $210 million in cash and the assumption "
        "of approximately $35 million of debt."
    )
    assert _amount(deal.total_consideration) == Decimal(210_000_000)
    assert deal.total_consideration is not None and deal.total_consideration.approximate
    assert _amount(deal.cash) == Decimal(210_000_000)
    assert _amount(deal.assumed_liabilities) == Decimal(35_000_000)


def test_cash_and_shares_after_for_have_no_total() -> None:
    deal = _one(
        "On June 30, 2024, Harbor Tools Inc. acquired Copperline Systems, Inc. for "
        "$6,000,000 in cash and 400,000 shares of its common stock."
    )
    assert deal.total_consideration is None
    assert _amount(deal.cash) == Decimal(6_000_000)
    assert deal.shares_issued is not None and deal.shares_issued.value == Decimal(400_000)


def test_contingent_amount_is_not_paid() -> None:
    deal = _one(
        "On June 30, 2024, Harbor Tools Inc. acquired Copperline Systems, Inc. for $15 "
        "million in cash. The sellers may receive up to an additional $5 million if "
        "certain revenue targets are met."
    )
    assert _amount(deal.total_consideration) == Decimal(15_000_000)
    assert _amount(deal.cash) == Decimal(15_000_000)
    assert deal.contingent_consideration is True


# -- family 3: future, approximate and maximum share counts ----------------------------------


def test_future_approximate_share_count() -> None:
    deal = _one(
        "On July 1, 2024, Harbor Tools Inc. completed its merger with Quill Analytics, Inc. "
        "In the merger, a total of approximately 2,350,000 shares of the Company's common "
        "stock will be issued to the former holders of Quill Analytics stock."
    )
    assert deal.shares_issued is not None
    assert deal.shares_issued.value == Decimal(2_350_000) and deal.shares_issued.approximate
    assert deal.shares_up_to is None


def test_maximum_share_count_is_marked_up_to() -> None:
    deal = _one(
        "On July 1, 2024, Harbor Tools Inc. acquired Quill Analytics, LLC. Up to "
        "1,200,000 shares of Class B Common Stock are issuable upon exchange of the units "
        "issued to the sellers."
    )
    assert deal.shares_issued is not None and deal.shares_issued.value == Decimal(1_200_000)
    assert deal.shares_up_to is True


def test_exchange_ratio_is_not_a_count() -> None:
    deal = _one(
        "On July 1, 2024, Harbor Tools Inc. completed its merger with Quill Analytics, Inc. "
        "Each share of Quill common stock was converted into the right to receive 0.415 of a "
        "share of the Company's common stock."
    )
    assert deal.shares_issued is None
    assert deal.share_class == "common stock"


# -- family 8: per-unit amounts are never totals ---------------------------------------------


@pytest.mark.parametrize(
    ("amount", "currency"), [("NT$12.5", "TWD"), ("$31.00", "USD"), ("€4.20", "EUR")]
)
def test_per_share_amount_is_the_per_share_price(amount: str, currency: str) -> None:
    deal = _one(
        f"On August 9, 2024, Harbor Tools Inc. completed its acquisition of Beacon Optics Co. "
        f"Each outstanding share of Beacon Optics was converted into the right to receive "
        f"{amount} per share in cash."
    )
    assert deal.total_consideration is None and deal.cash is None
    assert deal.per_share_price is not None
    assert deal.per_share_price.currency == currency


def test_tender_offer_price_and_aggregate_consideration() -> None:
    deal = _one(
        "On August 9, 2024, Harbor Tools Inc. completed its acquisition of Beacon Optics, Inc. "
        "through a tender offer at $18.75 per share in cash. The aggregate consideration "
        "required to acquire all outstanding shares of Beacon Optics is approximately "
        "$640 million."
    )
    assert _amount(deal.per_share_price) == Decimal("18.75")
    assert _amount(deal.total_consideration) == Decimal(640_000_000)
    assert _amount(deal.cash) != Decimal("18.75")


def test_amounts_that_are_not_the_price() -> None:
    deal = _one(
        "On August 9, 2024, Harbor Tools Inc. acquired Beacon Optics, Inc. for $22 million in "
        "cash. Beacon Optics had revenues of $14 million in 2023 and 3,000,000 shares of "
        "common stock outstanding, $0.01 par value."
    )
    assert _amount(deal.total_consideration) == Decimal(22_000_000)
    assert deal.shares_issued is None
    assert deal.per_share_price is None


# -- family 9: agreed deals and stated valuations --------------------------------------------


def test_valuation_is_the_total_of_an_agreed_deal() -> None:
    deal = _one(
        "On September 2, 2024, Harbor Tools Inc. entered into a definitive agreement to "
        "acquire Northfield Sensors, Inc. The transaction is valued at approximately "
        "$1.1 billion, net of cash acquired.",
        heading=ITEM_1_01,
    )
    assert deal.stage == "agreed"
    assert _amount(deal.total_consideration) == Decimal(1_100_000_000)


def test_agreed_deal_has_its_agreement_date() -> None:
    deal = _one(
        "On September 2, 2024, Harbor Tools Inc. entered into a definitive agreement to "
        "acquire Northfield Sensors, Inc. for $75 million in cash.",
        heading=ITEM_1_01,
    )
    assert deal.stage == "agreed" and deal.agreement_date == "2024-09-02"
    assert deal.closing_date is None


def test_completed_deal_keeps_the_date_its_agreement_is_dated() -> None:
    deal = _one(
        "On October 15, 2024, Harbor Tools Inc. completed its acquisition of Northfield "
        "Sensors, Inc. pursuant to a Stock Purchase Agreement dated as of August 30, 2024, "
        "for $75 million in cash."
    )
    assert deal.closing_date == "2024-10-15" and deal.agreement_date == "2024-08-30"


# -- family 7: several deals in one item -----------------------------------------------------


def test_an_amount_for_several_deals_goes_to_none_of_them() -> None:
    body = "".join(
        f"<p>{p}</p>"
        for p in (
            ITEM_2_01,
            "On May 1, 2024, Harbor Tools Inc. acquired Alder Robotics, Inc. for $12 million "
            "in cash.",
            "On May 8, 2024, Harbor Tools Inc. acquired Birch Controls, LLC. The aggregate "
            "purchase price for the two acquisitions was $16 million.",
        )
    )
    record = extract_parsed(
        parse_filing(f"<html><body>{body}</body></html>".encode(), name="g.htm")
    ).record
    alder, birch = record.acquisitions
    assert _amount(alder.total_consideration) == Decimal(12_000_000)
    assert birch.target == "Birch Controls, LLC" and birch.total_consideration is None
    assert any("'$16 million' is stated for several deals together" in w for w in record.warnings)


# -- family 4: who is who ---------------------------------------------------------------------


def _filed_by(company: str, item: str) -> list[Acquisition]:
    submission = (
        "<SEC-DOCUMENT>\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t8-K\n"
        f"COMPANY CONFORMED NAME:\t{company}\n</SEC-HEADER>\n"
        f"<DOCUMENT>\n<TYPE>8-K\n<TEXT>\n{item}\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
    )
    return extract_parsed(parse_filing(submission.encode(), name="f.txt")).record.acquisitions


@pytest.mark.parametrize(
    "sentence",
    [
        "we completed the acquisition of Example Speech Systems GmbH (“ESS”)",
        "the Registrant completed the acquisition of Example Speech Systems GmbH (“ESS”)",
        "our acquisition of Example Speech Systems GmbH (“ESS”) was completed",
    ],
)
def test_the_registrant_as_we_our_or_the_registrant(sentence: str) -> None:
    (deal,) = _filed_by(
        "HARBOR TOOLS INC", f"{ITEM_2_01}.\n\nOn March 1, 2024, {sentence} for €40 million in cash."
    )
    assert deal.acquirer == "HARBOR TOOLS INC" and deal.target == "Example Speech Systems GmbH"


def test_a_target_named_later_by_its_short_name_is_reported_by_its_full_name() -> None:
    (deal,) = _deals(
        ITEM_2_01,
        "On March 1, 2024, Harbor Tools Inc. (the “Company”) entered into a Share Purchase "
        "Agreement with the shareholders of Example Speech Systems GmbH (“ESS”).",
        "On March 15, 2024, the Company completed the acquisition of ESS for €40 million in cash.",
    )
    assert deal.target == "Example Speech Systems GmbH"
    assert deal.evidence["target"].text in ("ESS", "Example Speech Systems GmbH")
    assert deal.acquirer == "Harbor Tools Inc."


# -- family 5: asset deals --------------------------------------------------------------------


def test_assets_sold_are_the_target_and_the_buyer_is_the_acquirer() -> None:
    (deal,) = _deals(
        ITEM_2_01,
        "On April 2, 2024, Harbor Tools Inc. sold certain assets of its imaging business (the "
        "“Imaging Assets”) to Crestline Imaging, L.L.C. for $7.5 million in cash.",
    )
    assert deal.kind == "disposition" and deal.seller == "Harbor Tools Inc."
    assert deal.target == "certain assets of its imaging business"
    assert deal.acquirer == "Crestline Imaging, L.L.C."


# -- family 6: one deal told over several sentences -------------------------------------------


def test_one_deal_over_several_sentences_is_one_record() -> None:
    (deal,) = _deals(
        ITEM_2_01,
        "On May 1, 2024, Harbor Tools Inc. completed the acquisition of Tidewater Analytics, "
        "Inc., a Delaware corporation (“Tidewater”).",
        "The acquisition of Tidewater was made pursuant to a Merger Agreement dated as of "
        "March 3, 2024. The purchase price for Tidewater was $30 million in cash.",
    )
    assert deal.target == "Tidewater Analytics, Inc." and deal.agreement_date == "2024-03-03"
    assert _amount(deal.total_consideration) == Decimal(30_000_000)


# -- family 10: look-alikes -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "On June 3, 2024, Harbor Tools Inc. entered into an agreement with Capital Partners LLC "
        "to repurchase 2,000,000 shares of its common stock for $40 million.",
        "On June 3, 2024, Harbor Tools Inc. entered into a Credit Agreement with First Bank, "
        "N.A. providing for a term loan of $200 million, the proceeds of which will be used to "
        "fund the acquisition of Alder Robotics, Inc.",
        "On June 3, 2024, Harbor Tools Inc. received an unsolicited, non-binding proposal from "
        "Summit Capital LLC to acquire all of the outstanding shares of the Company for $25.00 "
        "per share in cash. No agreement has been reached.",
    ],
)
def test_look_alikes_report_no_deal(sentence: str) -> None:
    assert _deals(ITEM_1_01, sentence) == []


def test_the_registrant_by_its_short_name_merging_into_a_buyer_is_the_target() -> None:
    (deal,) = _filed_by(
        "HARBOR TOOLS INC",
        "Item 8.01 Other Events.\n\nOn June 1, 2024, Harbor Tools Inc. (“Harbor”) entered into an "
        "Agreement and Plan of Merger with Summit Industrial Corp. (“Summit”). The agreement "
        "provides for Harbor to merge with and into Summit, with Summit as the surviving "
        "corporation.",
    )
    assert (deal.kind, deal.stage, deal.item) == ("merger", "agreed", "8.01")
    assert (deal.acquirer, deal.target) == ("Summit Industrial Corp.", "Harbor Tools Inc.")
    assert deal.agreement_date == "2024-06-01"


def test_an_announcement_dates_the_agreement_by_the_agreements_own_date() -> None:
    deal = _one(
        "On June 3, 2024, Harbor Tools Inc. announced that it has entered into an Agreement and "
        "Plan of Merger dated May 30, 2024 with Summit Industrial Corp.",
        heading="Item 8.01 Other Events",
    )
    assert deal.stage == "agreed" and deal.agreement_date == "2024-05-30"


# -- each grammar family on one sentence of its own ------------------------------------------


def _amounts(text: str) -> dict[str, Amount]:
    nodes = parse(text, find_entities(text), 0, len(text))
    flat = [n for node in nodes for n in ([node] if isinstance(node, Amount) else node.members)]
    return {a.cand.text: a for a in flat}


@pytest.mark.parametrize(
    ("text", "amount", "role"),
    [
        ("The sellers received cash of $3 million at closing.", "$3 million", "cash"),
        ("Harbor paid $2.5 million in cash.", "$2.5 million", "cash"),
        ("The price includes a $1 million promissory note.", "$1 million", "note"),
        ("Harbor delivered a promissory note in the principal amount of $4 million.",
         "$4 million", "note"),
        ("Harbor took over the assumption of $9 million of indebtedness.", "$9 million", "assumed"),
        ("Of the price, $500,000 was placed in escrow for twelve months.", "$500,000", "escrow"),
        ("A holdback of $250,000 secures the indemnities.", "$250,000", "escrow"),
        ("Harbor will make a deferred payment of $1.5 million in 2026.", "$1.5 million", "deferred"),
        ("The sellers may earn up to an additional $6 million.", "$6 million", "contingent"),
        ("Each share has a par value of $0.01.", "$0.01", "not_price"),
        ("Tidewater had revenues of $40 million last year.", "$40 million", "not_price"),
    ],
)  # fmt: skip
def test_role_markers(text: str, amount: str, role: str) -> None:
    found = _amounts(text)
    (key,) = [k for k in found if k.endswith(amount)]
    assert role in found[key].roles


def test_head_with_comprised_of_and_together_with() -> None:
    text = (
        "The merger consideration is comprised of $20 million in cash together with 1,000,000 "
        "shares of common stock."
    )
    (phrase,) = [n for n in parse(text, find_entities(text), 0, len(text)) if isinstance(n, Phrase)]
    assert phrase.total is None and len(phrase.members) == 2


def test_per_unit_before_reaches_across_a_par_value() -> None:
    text = (
        "Each share of common stock, par value $0.01 per share, of Beacon was converted into the "
        "right to receive $14.00 in cash, without interest."
    )
    found = _amounts(text)
    assert found["$14.00"].per_unit and "cash" in found["$14.00"].roles


def test_a_limit_on_money_is_no_price_paid() -> None:
    found = _amounts("Harbor may pay up to $3 million more.")
    (amount,) = found.values()
    assert amount.limit and not amount.paid


def test_two_deals_in_one_sentence_and_their_joint_price() -> None:
    body = "".join(
        f"<p>{p}</p>"
        for p in (
            ITEM_2_01,
            "On May 1, 2024, Harbor Tools Inc. acquired Alder Robotics, Inc. and, on May 8, "
            "2024, Harbor Tools Inc. acquired Birch Controls, LLC.",
            "The aggregate purchase price for the two acquisitions was $16 million in cash.",
        )
    )
    record = extract_parsed(
        parse_filing(f"<html><body>{body}</body></html>".encode(), name="g.htm")
    ).record
    alder, birch = record.acquisitions
    assert (alder.target, alder.closing_date) == ("Alder Robotics, Inc.", "2024-05-01")
    assert (birch.target, birch.closing_date) == ("Birch Controls, LLC", "2024-05-08")
    assert alder.total_consideration is None and birch.total_consideration is None
    assert alder.cash is None and birch.cash is None
    assert any("'$16 million' is stated for several deals" in w for w in record.warnings)


def test_a_later_description_of_the_target_is_no_second_deal() -> None:
    (deal,) = _deals(
        ITEM_2_01,
        "On May 1, 2024, Harbor Tools Inc. completed the acquisition of Quill Labs, Inc. The "
        "acquisition of a Delaware corporation holding the Quill patents closed the same day.",
    )
    assert deal.target == "Quill Labs, Inc."


def test_the_name_table_of_an_item() -> None:
    from sec8k.acquisitions.context import Context
    from sec8k.acquisitions.names import name_table

    text = (
        "On March 1, 2024, Harbor Tools Inc. (the “Company”) acquired Example Speech Systems "
        "GmbH (“ESS”) from Lindqvist Holding AB (“Seller”)."
    )
    parsed = parse_filing(
        f"<html><body><p>{ITEM_2_01}</p><p>{text}</p></body></html>".encode(), name="n.htm"
    )
    item = parsed.record.items[0]
    ctx = Context(parsed.record, item, item.text, find_entities(item.text), None)
    table = name_table(ctx)
    assert table is name_table(ctx)  # built once for the item
    assert table.registrant == "Harbor Tools Inc."
    assert {"harbor tools inc", "company"} <= table.registrant_keys
    assert table.aliases["ess"] == "Example Speech Systems GmbH"
    assert table.aliases["seller"] == "Lindqvist Holding AB"
