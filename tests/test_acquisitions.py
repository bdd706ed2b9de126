"""The acquisition extractor on the seed (the issue's exact acceptance) and on real corpus items."""

from __future__ import annotations

from decimal import Decimal
from html import escape
from pathlib import Path

import pytest

from sec8k.acquisitions.grammar import Amount, parse
from sec8k.extract import extract_parsed, extract_path
from sec8k.models import Acquisition
from sec8k.pipeline import parse_filing
from sec8k.rules.finder import find_entities
from tests.conftest import SAMPLES

SEED = SAMPLES / "allied-motion-2011" / "filing.txt"


def test_seed_acquisition_exactly() -> None:
    parsed = extract_path(SEED)
    (deal,) = parsed.record.acquisitions
    assert (deal.kind, deal.stage, deal.item) == ("acquisition", "completed", "2.01")
    assert deal.acquirer == "Allied Motion Technologies Inc."
    assert deal.acquirer_subsidiary == "Allied Motion Technologies B.V."
    assert deal.target == "Östergrens Elmotor AB"
    assert deal.target_location == "Solna, Sweden"
    assert deal.seller == "Östergrens Holding AB"  # named in the exhibit index
    assert deal.closing_date == "2010-12-30"
    assert deal.percent_acquired is not None and deal.percent_acquired.value == Decimal(100)
    assert deal.total_consideration is not None
    assert (deal.total_consideration.amount, deal.total_consideration.currency) == (
        Decimal(8_300_000),
        "USD",
    )
    assert not deal.total_consideration.approximate
    assert (
        deal.cash is not None and deal.cash.amount == Decimal(7_400_000) and deal.cash.approximate
    )
    assert deal.shares_issued is not None and deal.shares_issued.value == Decimal(136_700)
    assert deal.share_class == "common stock"
    assert deal.contingent_consideration is True
    assert deal.per_share_price is None  # not stated: stays empty


def test_every_seed_evidence_span_is_its_documents_text() -> None:
    parsed = extract_path(SEED)
    (deal,) = parsed.record.acquisitions
    filled = {k for k, v in deal.model_dump().items() if v is not None} - {
        "kind",
        "stage",
        "item",
        "evidence",
    }
    assert filled == set(deal.evidence)
    for field, evidence in deal.evidence.items():
        text = parsed.texts[evidence.document].text
        assert text[evidence.start : evidence.end] == evidence.text, field
    assert deal.evidence["cash"].text == "approximately $7.4 million"
    assert deal.evidence["contingent_consideration"].text.startswith(
        "Additional amounts may be paid"
    )


def test_two_deals_in_one_item(corpus: Path) -> None:
    record = extract_path(corpus / "edgar_8k" / "raw" / "0000950135-07-005433").record
    tegic, voicesignal = record.acquisitions
    assert tegic.target == "Tegic Communications, Inc." and tegic.total_consideration is not None
    assert tegic.total_consideration.amount == Decimal(265_000_000)
    assert voicesignal.target == "Voice Signal Technologies, Inc."
    assert (
        voicesignal.acquirer == "Nuance Communications, Inc."
    )  # "Nuance" resolved to its full name
    assert voicesignal.shares_issued is not None and voicesignal.shares_issued.value == Decimal(
        5_800_000
    )
    assert voicesignal.cash is not None and voicesignal.cash.amount == Decimal(201_000_000)
    assert voicesignal.total_consideration is None  # stock and cash, no total stated


def test_foreign_currency_and_no_invented_total(corpus: Path) -> None:
    (deal,) = extract_path(corpus / "edgar_8k" / "raw" / "0000950123-11-088968").record.acquisitions
    assert deal.target == "Loquendo S.p.A."
    assert deal.total_consideration is not None
    assert (deal.total_consideration.amount, deal.total_consideration.currency) == (
        Decimal(53_000_000),
        "EUR",
    )


def test_item_that_says_none_reports_no_deal(corpus: Path) -> None:
    record = extract_path(corpus / "edgar_8k" / "raw" / "0000084581-00-500009").record
    assert record.acquisitions == []


# -- one rule, one real sentence ---------------------------------------------------------
#: Item headings the sentences below are filed under.
ITEM_2_01 = "Item 2.01 Completion of Acquisition or Disposition of Assets"
ITEM_1_01 = "Item 1.01 Entry into a Material Definitive Agreement"


def _deals(heading: str, *paragraphs: str) -> list[Acquisition]:
    """The deals found in one item made of sentences copied from a corpus filing."""
    body = "".join(f"<p>{escape(p)}</p>" for p in (heading, *paragraphs))
    parsed = extract_parsed(
        parse_filing(f"<html><body>{body}</body></html>".encode(), name="s.htm")
    )
    for deal in parsed.record.acquisitions:
        for name, evidence in deal.evidence.items():
            assert parsed.texts["s.htm"].text[evidence.start : evidence.end] == evidence.text, name
    return parsed.record.acquisitions


def _text_deals(*lines: str) -> list[Acquisition]:
    """The deals in a plain-text item (line breaks inside sentences, as in 1990s filings)."""
    parsed = extract_parsed(parse_filing("\n".join(lines).encode(), name="s.txt"))
    for deal in parsed.record.acquisitions:
        for name, evidence in deal.evidence.items():
            assert parsed.texts["s.txt"].text[evidence.start : evidence.end] == evidence.text, name
    return parsed.record.acquisitions


def test_money_received_at_closing_is_cash() -> None:
    # 0000950124-01-500182: no word "cash", but received at the closing.
    (deal,) = _deals(
        ITEM_2_01,
        'On February 26, 2001, Stockwalk Group, Inc. ("Stockwalk") entered into an Asset Purchase '
        'Agreement, dated as of such date (the "Agreement"), with BlueSuit, Inc. ("BlueSuit"), '
        "pursuant to which BlueSuit purchased all of the outstanding common stock of Online "
        'Brokerage Solutions, Inc. ("OBS"), formerly a wholly-owned subsidiary of Stockwalk.',
        "Stockwalk received $1,875,000 at closing, with an additional $200,000 being payable to "
        "Stockwalk by BlueSuit following the transition period contemplated by the Transition "
        "Agreement. In addition, BlueSuit issued Stockwalk an aggregate of 300,000 shares of its "
        "restricted Series A Preferred Shares at closing. Subject to Stockwalk's performance of the "
        "services contemplated by the Transition Agreement, BlueSuit also obligated itself to issue "
        "Stockwalk 33,334 shares of its restricted Series A Preferred Stock following the "
        "transition period. Finally, BlueSuit obligated itself to issue to Stockwalk an "
        "additional 83,333 shares of its restricted Series A Preferred Stock subject to OBS' "
        "entry into certain agreements within six months following the closing.",
    )
    assert deal.cash is not None and deal.cash.amount == Decimal(1_875_000)
    assert deal.total_consideration is None  # $200,000 more is payable later: no total stated
    assert deal.shares_issued is not None and deal.shares_issued.value == Decimal(300_000)
    # the class named with the 300,000 shares, in the gold's form, not the later 33,334's
    assert deal.share_class == "series a preferred stock"
    assert deal.evidence["share_class"].text == "Series A Preferred Shares"
    # more shares on a future condition: an earn-out in shares
    assert deal.contingent_consideration is True
    assert deal.evidence["contingent_consideration"].text.startswith("additional 83,333 shares")


def test_an_agreed_deal_after_a_completed_one_and_an_excluded_contingent_amount() -> None:
    # 0001000685-97-000006, the whole item: "On January 10, 1997, ... acquired" is the closing,
    # not "effective January 1, 1997"; "signed a definitive agreement to acquire" is agreed;
    # "excluding the contingent amount" negates the earn-out cue, and "the balance in shares
    # of" names the class with no count.
    completed, agreed = _text_deals(
        "ITEM 2. ACQUISITION OR DISPOSITION OF ASSETS",
        "",
        'On January 10, 1997, Home Health Corporation of America, Inc. (the "Company")',
        'acquired from Mark O\'Brien and LHS Holdings, Inc. ("LHS") certain assets,',
        "subject to certain liabilities, of LHS and its subsidiaries Liberty Health",
        'Services, Inc. ("Liberty") and Nurses Today M/C, Inc. ("Nurses Today"),',
        "providers of primarily Medicare-reimbursed nursing and related patient",
        "services with $14.7 million in net revenues for the twelve month period",
        "ended June 30, 1996 and operations in Texas. The acquisition of these",
        "companies was effective January 1, 1997 and the consideration was comprised",
        "of $2.0 million in cash, which was funded through borrowings under the",
        "Company's senior credit facility.",
        "",
        "Additionally, in connection with this acquisition, the Company signed a",
        "definitive agreement to acquire from Mark O'Brien, sole stockholder of LHS,",
        'certain assets, subject to certain liabilities, of PDN, Inc. ("PDN") and',
        'Med IV, Inc. ("Med IV"), affiliates of LHS (collectively with LHS, Liberty,',
        'and Nurses Today, the "LHS Acquisition"), and providers of primarily',
        "pediatric nursing and infusion therapy services with $1.3 million in net",
        "revenues for the twelve month period ended June 30, 1996. The acquisition of",
        "PDN and Med IV is expected to close by April 30, 1997. The aggregate",
        "consideration payable for these two companies is approximately $7.1 million,",
        "including an estimated contingent amount of $2.7 million based upon four and",
        "one-half times the earnings before interest, taxes, depreciation and",
        "amortization of these two companies. The aggregate consideration, excluding",
        "the contingent amount,is comprised of approximately $3.1 million in cash,",
        "$1.0 million in notes, and the balance in shares of the Company's common",
        "stock. These acquisitions will be accounted for as a purchase.",
    )
    assert (completed.stage, completed.closing_date) == ("completed", "1997-01-10")
    assert completed.cash is not None and completed.cash.amount == Decimal(2_000_000)
    assert (agreed.stage, agreed.closing_date) == ("agreed", None)
    assert agreed.total_consideration is not None
    assert agreed.total_consideration.amount == Decimal(7_100_000)
    assert agreed.cash is not None and agreed.cash.amount == Decimal(3_100_000)
    assert agreed.share_class == "common stock" and agreed.shares_issued is None
    assert agreed.contingent_consideration is True  # "an estimated contingent amount"


def test_a_sentence_that_states_the_price_gives_the_total() -> None:
    # 0001193125-03-057197: the price is its own sentence, paragraphs after the event.
    (deal,) = _deals(
        ITEM_2_01,
        "On October 1, 2003, Pericom Semiconductor Corporation, a California corporation (the "
        "“Company”), acting through its wholly-owned subsidiary SaRonix, Inc., a California "
        "corporation (the “Subsidiary”), completed the acquisition of substantially all of the "
        "assets of SaRonix, LLC, a Delaware limited liability company (“SaRonix”) and designer, "
        "manufacturer and distributor of frequency control products.",
        "The acquisition occurred following the Subsidiary’s exercise of the Purchase Option, "
        "which the Company had previously assigned to the Subsidiary. The exercise price was "
        "$7,900,067.68.",
    )
    assert deal.total_consideration is not None
    assert deal.total_consideration.amount == Decimal("7900067.68")
    assert deal.cash is None  # paid by cancelling notes


def test_the_aggregate_cash_consideration_is_cash_not_a_total() -> None:
    # 0000950157-18-000744: a cash/stock election whose cash part is capped in aggregate; the
    # stock part has a class and no count; "$19.00 plus ..." per share is a formula, not a price.
    (deal,) = _deals(
        ITEM_1_01,
        "On June 20, 2018, The Walt Disney Company (“Disney”) and Twenty-First Century Fox, Inc. "
        "(“21CF”) entered into an Amended and Restated Agreement and Plan of Merger (the “Amended "
        "and Restated Merger Agreement”).",
        "Each share of common stock, par value $0.01 per share, of 21CF issued and outstanding "
        "immediately prior to the effective time of the 21CF Merger will be exchanged for "
        "consideration (the “Merger Consideration”) in the form of either cash (the “Cash "
        "Consideration”) or a fraction of a share of New Disney common stock (the “Stock "
        "Consideration”). Subject to the election, proration and adjustment procedures set forth "
        "in the Amended and Restated Merger Agreement, each share of 21CF common stock will be "
        "exchanged for an amount (such amount, the “Per Share Value”), payable in cash or New "
        "Disney common stock, equal to the sum of (i) $19.00 plus (ii) fifty percent (50.0%) of "
        "the value (determined based on the Average Disney Price) of a number of shares of Disney "
        "common stock equal to the Exchange Ratio (as defined below). The Merger Consideration is "
        "subject to the proration provisions set forth in the Amended and Restated Merger "
        "Agreement, which ensure that the aggregate Cash Consideration (before giving effect to "
        "the adjustment for transaction taxes described below) is equal to $35.7 billion.",
    )
    assert deal.cash is not None and deal.cash.amount == Decimal(35_700_000_000)
    assert deal.total_consideration is None and deal.per_share_price is None
    assert deal.share_class == "common stock" and deal.shares_issued is None
    assert deal.evidence["share_class"].text == "common stock"


def test_an_exchange_ratio_names_the_class_but_no_share_count() -> None:
    # 0000950157-17-001598: 0.2745 shares per 21CF share is a ratio, not the shares issued.
    (deal,) = _deals(
        ITEM_1_01,
        "On December 13, 2017, The Walt Disney Company (“Disney”) and Twenty-First Century Fox "
        "(“21CF”) entered into an Agreement and Plan of Merger (the “Merger Agreement”). At the "
        "Effective Time of the Initial Merger, subject to the terms and conditions of the Merger "
        "Agreement, each issued and outstanding share of common stock of 21CF, except as "
        "otherwise set forth in the Merger Agreement, will be converted automatically into and "
        "will thereafter represent only the right to receive 0.2745 shares of common stock, par "
        "value $0.01 per share, of Disney, together with cash in lieu of fractional shares of "
        "Disney common stock, without interest, upon the terms and conditions of the Merger "
        "Agreement.",
    )
    assert deal.share_class == "common stock"
    assert deal.shares_issued is None and deal.per_share_price is None and deal.cash is None


def test_a_transfer_and_a_purchase_in_one_item_are_two_events_in_order() -> None:
    # 0000950124-01-503539: "were transferred to" is a disposition whose buyer follows "to";
    # the pro forma sentence refers back to it and is no third event.
    transfer, purchase = _deals(
        "Item 2. Acquisition or Disposition of Assets",
        "On October 2, 2001, under the terms of an agreement approved by the U.S. Bankruptcy "
        "Court in Minneapolis, most customer accounts of MJK Clearing, Inc., a subsidiary of the "
        "Registrant, were transferred to SWS Securities, Inc., a Dallas-based firm with current "
        "assets of nearly $4 billion. The agreement and court order approving the transfer of "
        "accounts are attached hereto as Exhibits 99.1 and 99.2.",
        "In a separate agreement dated September 30, 2001 also approved by the U.S. Bankruptcy "
        "Court on October 2, 2001, the SIPC trustee sold all of the stock of Miller Johnson "
        "Steichen Kinnard, Inc. (MJSK), a subsidiary of MJK Clearing, Inc., to Stockwalk Group, "
        "Inc. for $3.2 million in cash. The Stock Purchase Agreement for this transaction is "
        "attached hereto as Exhibit 99.3.",
        "Pro forma financial information with respect to the Registrant reflecting the "
        "disposition of MJK Clearing, Inc. will be reported as an amendment to this Form 8-K as "
        "permitted by Item 7(b)(2) of Form 8-K.",
    )
    assert (transfer.kind, transfer.acquirer) == ("disposition", "SWS Securities, Inc.")
    assert transfer.cash is None and transfer.total_consideration is None
    assert purchase.target == "Miller Johnson Steichen Kinnard, Inc."
    assert purchase.acquirer == "Stockwalk Group, Inc."  # the buyer after "Inc., to"
    assert purchase.cash is not None and purchase.cash.amount == Decimal(3_200_000)
    assert purchase.total_consideration is not None
    assert purchase.percent_acquired is not None  # "sold all of the stock of"
    assert purchase.evidence["percent_acquired"].text == "all of the stock"


def test_a_note_offering_is_no_sale_of_a_business() -> None:
    # 0000950123-10-080629: an underwriting agreement and the notes' repurchase terms.
    assert (
        _deals(
            ITEM_1_01,
            "On August 19, 2010, SanDisk Corporation (the “Registrant”) entered into an "
            "Underwriting Agreement (the “Underwriting Agreement”) with Morgan Stanley & Co. "
            "Incorporated and Goldman, Sachs & Co. (collectively the “Underwriters”) with respect "
            "to the offer and sale of up to $1.15 billion aggregate principal amount of the "
            "Registrant’s 1.5% Convertible Senior Notes due 2017 (the “Notes”).",
            "The designated event purchase price will be 100% of the principal amount of the Notes "
            "to be purchased plus any accrued and unpaid interest to but excluding the designated "
            "event purchase date. The Registrant will pay cash for all Notes so purchased.",
        )
        == []
    )


def test_a_merger_agreement_with_a_target_is_an_acquisition_of_a_company_and_co() -> None:
    # 0000950124-00-004609: "& Company" closes the name; the registrant does not combine.
    (deal,) = _text_deals(
        "ITEM 2. ACQUISITION OR DISPOSITION OF ASSETS.",
        "",
        "On June 6, 2000, the registrant announced that it had entered into a",
        "definitive merger agreement with R.J. Steichen & Company. The merger was",
        "completed on August 1, 2000. On August 1, 2000, the registrant issued an aggregate of",
        "4,315,062 shares of its unregistered common stock to the former Steichen",
        "shareholders in exchange for all of the issued and outstanding shares of",
        "Steichen's capital stock.",
    )
    assert (deal.kind, deal.target) == ("acquisition", "R.J. Steichen & Company")


def test_a_new_holding_company_makes_the_registrant_merge() -> None:
    # 0000950157-18-000744: both companies become subsidiaries of a new holding company.
    (deal,) = _deals(
        ITEM_1_01,
        "On June 20, 2018, The Walt Disney Company (“Disney”) and Twenty-First Century Fox, Inc. "
        "(“21CF”) entered into an Amended and Restated Agreement and Plan of Merger (the “Amended "
        "and Restated Merger Agreement”).",
        "Pursuant to the Amended and Restated Merger Agreement, Disney and 21CF have agreed to "
        "revise the structure of their previously announced transaction to provide that, "
        "following the Distribution (as defined below), Disney will acquire 21CF under a newly "
        "formed holding company, New Disney.",
    )
    assert deal.kind == "merger"


def test_a_lower_case_name_after_the_verb_is_the_target() -> None:
    # 0000950135-08-003855
    (deal,) = _deals(
        ITEM_2_01,
        "On May 20, 2008, Nuance Communications, Inc. (“Nuance”), acquired eScription, Inc. "
        "(“eScription”) pursuant to an Agreement and Plan of Merger (the “Merger Agreement”) "
        "dated April 7, 2008 by and among Nuance, Easton Acquisition Corporation, a Delaware "
        "corporation and a wholly-owned subsidiary of Nuance, eScription, U.S. Bank, National "
        "Association, as escrow agent, and Paul Egerman, serving as the representative of "
        "eScription’s stockholders.",
    )
    assert (deal.acquirer, deal.target) == ("Nuance Communications, Inc.", "eScription, Inc.")


def test_the_party_of_a_pursuant_to_which_clause_buys_from_the_registrant(corpus: Path) -> None:
    # 0000950124-01-500182: "Stockwalk Group, Inc. ("Stockwalk") ... with BlueSuit, Inc. ...,
    # pursuant to which BlueSuit purchased all of the\noutstanding common stock of OBS, formerly a
    # wholly-owned subsidiary of Stockwalk"; the header names the filer STOCKWALK COM GROUP INC.
    (deal,) = extract_path(corpus / "edgar_8k" / "raw" / "0000950124-01-500182").record.acquisitions
    assert (deal.kind, deal.acquirer, deal.seller) == (
        "disposition",
        "BlueSuit, Inc.",
        "Stockwalk Group, Inc.",
    )
    assert deal.target == "Online Brokerage Solutions, Inc."
    assert deal.percent_acquired is not None
    assert deal.evidence["percent_acquired"].text == "all of the\noutstanding common stock"


def test_the_target_is_the_one_party_left_in_a_by_and_among_list() -> None:
    # 0000950135-07-001095: the registrant, its two merger subs and the target.
    (deal,) = _deals(
        ITEM_1_01,
        "On February 22, 2007, Nuance Communications, Inc. (“Nuance”) announced it had entered "
        "into a definitive Agreement and Plan of Merger (the “Merger Agreement”) by and among "
        "Nuance, Beryllium Acquisition Corporation, a Delaware corporation and a wholly-owned "
        "subsidiary of Nuance (“Sub I”), Beryllium Acquisition LLC, a Delaware limited liability "
        "company and a wholly-owned subsidiary of Nuance (“Sub II”), and BeVocal, Inc., a "
        "Delaware corporation (“BeVocal”), pursuant to which Sub I will merge with and into "
        "BeVocal (the “First Step Merger”), with BeVocal as the surviving corporation (the "
        "“Interim Surviving Corporation”).",
    )
    assert (deal.kind, deal.acquirer, deal.target) == (
        "acquisition",
        "Nuance Communications, Inc.",
        "BeVocal, Inc.",
    )
    assert deal.acquirer_subsidiary is None  # two merger subs (gold rule 6)


def test_the_parent_of_the_listed_subsidiaries_is_the_acquirer() -> None:
    # 0000950157-18-000744: five parties before "entered into"; the nearest one before the
    # verb (21CF) is the target, not the subject.
    (deal,) = _deals(
        ITEM_1_01,
        "On June 20, 2018, The Walt Disney Company (“Disney”), TWDC Holdco 613 Corp., a Delaware "
        "corporation and wholly owned subsidiary of Disney (“New Disney”), WDC Merger Enterprises "
        "I, Inc., a Delaware corporation and wholly owned subsidiary of New Disney (“Delta Sub”), "
        "WDC Merger Enterprises II, Inc., a Delaware corporation and wholly owned subsidiary of "
        "New Disney (“Wax Sub”) and Twenty-First Century Fox, Inc. (“21CF”) entered into an "
        "Amended and Restated Agreement and Plan of Merger (the “Amended and Restated Merger "
        "Agreement”).",
    )
    assert (deal.acquirer, deal.target) == (
        "Walt Disney Company",  # the ORG span leaves "The" out; the gold compares without it
        "Twenty-First Century Fox, Inc.",
    )
    assert deal.evidence["acquirer"].text == "Disney"


def test_a_spin_off_reported_done_under_item_1_01_is_a_completed_disposition() -> None:
    # 0001193125-19-260133: a heading line names the topic; the sentence under it the event.
    (deal,) = _deals(
        ITEM_1_01,
        "Spin-Off and Related Agreements",
        "On October 1, 2019 (the “Distribution Date”), Nuance Communications, Inc. (“Nuance” and, "
        "together with its consolidated subsidiaries, “we,” “us,” “our,” or the “Company”) "
        "completed the previously announced complete legal and structural separation and "
        "distribution to its stockholders of all of the outstanding shares of Cerence Inc. "
        "(“Cerence”), in a tax free spin-off (the “Spin-Off”). The Spin-Off was made without the "
        "payment of any consideration or the exchange of any shares by Nuance’s stockholders.",
    )
    assert (deal.kind, deal.stage, deal.item) == ("disposition", "completed", "1.01")
    assert (deal.seller, deal.target, deal.acquirer) == (
        "Nuance Communications, Inc.",
        "Cerence Inc.",
        None,  # the stockholders receive the shares
    )
    assert deal.closing_date == "2019-10-01"
    assert deal.total_consideration is None and deal.shares_issued is None


def test_the_other_side_of_a_purchase_agreement_is_the_seller() -> None:
    # 0000950123-11-088968: the registrant's subsidiary in parentheses is not a side.
    (deal,) = _deals(
        ITEM_2_01,
        "On September 30, 2011, Nuance Communications, Inc. (“Nuance”) acquired all of the "
        "outstanding capital stock of Loquendo S.p.A. (“Loquendo”) pursuant to a Share Purchase "
        "Agreement, as amended (the “Purchase Agreement”) by and among Nuance, Nuance "
        "Communications Ireland Limited (a wholly-owned subsidiary of Nuance) and Telecom Italia "
        "S.p.A. The aggregate consideration payable to Telecom Italia S.p.A consisted of €53 "
        "million, which was paid in cash at the closing.",
    )
    assert (deal.target, deal.seller) == ("Loquendo S.p.A.", "Telecom Italia S.p.A.")
    assert deal.acquirer_subsidiary is None  # only a party to a purchase agreement (rule 6)
    # 0000950135-07-005433: the target and the registrant by their short names
    (deal,) = _deals(
        ITEM_2_01,
        "On August 24, 2007, Nuance Communications, Inc. (“Nuance”) completed its acquisition of "
        "all of the outstanding capital stock of Tegic Communications, Inc. (“Tegic”) pursuant "
        "to a Stock Purchase Agreement (the “Stock Purchase Agreement”) dated June 21, 2007, by "
        "and among AOL LLC (“AOL”), Tegic and Nuance.",
    )
    assert (deal.target, deal.seller) == ("Tegic Communications, Inc.", "AOL LLC")


def test_a_seller_named_in_the_exhibit_index_keeps_its_suffix(corpus: Path) -> None:
    # 0001193125-03-057197: "Purchase Option Agreement ... by and between Pericom Semiconductor
    # Corporation and SaRonix, LLC"
    (deal,) = extract_path(corpus / "edgar_8k" / "raw" / "0001193125-03-057197").record.acquisitions
    assert deal.seller == "SaRonix, LLC"


def test_a_company_whose_stockholders_sign_beside_it_is_the_target() -> None:
    # 0001004963-96-000010: the event sentence names "one business"; the agreement names the
    # target, its sole stockholder (the seller), and "The acquired company" where it operates.
    (deal,) = _text_deals(
        "Item 2.",
        "",
        'On September 30, 1996, Cotelligent Group, Inc. (the "Company") completed',
        "the acquisition of one business with offices in two cities. The business is a",
        "software professional services firm which provides computer consulting and",
        "contract programming services. The acquired company, with operations in",
        "Cleveland and Ft. Lauderdale, had unaudited revenues of approximately $8.7",
        "million and unaudited income before taxes of approximately $.35 million for the",
        "year ended December 31, 1995. Aggregate consideration for this acquisition was",
        "approximately $8.7 million. This acquisition will be accounted for as a",
        "pooling-of-interests.",
        "",
        "In order to consummate this acquisition, the Company entered into an",
        "Agreement and Plan of Reorganization and Merger dated as of September 30, 1996,",
        'with JasTech, Inc. and JasTech of Florida, Inc. (collectively "JasTech") and the',
        "sole stockholder of JasTech, Judi Jaskiel, pursuant to which a newly-formed",
        "subsidiary of the Company was merged with JasTech, with JasTech thereby becoming",
        "a wholly-owned subsidiary of the Company.",
    )
    assert deal.target == "JasTech, Inc. and JasTech of Florida, Inc."
    assert deal.seller == "Judi Jaskiel"
    assert deal.target_location == "Cleveland and Ft. Lauderdale"  # "Ft." ends no sentence
    assert deal.total_consideration is not None
    assert deal.total_consideration.amount == Decimal(8_700_000)


def test_several_selling_stockholders_and_a_target_without_a_suffix() -> None:
    # 0001004963-96-000019
    (deal,) = _text_deals(
        "Item 2. Acquisition or Disposition of Assets.",
        "",
        'On November 27, 1996, Cotelligent Group, Inc. (the "Company")',
        "completed the acquisition of one business with offices in five cities. The",
        "business is a software professional services firm which provides computer",
        "consulting and contract programming services. The acquired company,",
        "headquartered in Pittsburgh, with branch offices in Denver, Colorado Springs,",
        "Cedar Rapids and San Diego, had unaudited revenues of approximately $16.7",
        "million for the 10 months ended October 31, 1996.",
        "",
        "In order to consummate this acquisition, the Company entered",
        "into an Agreement and Plan of Reorganization and Merger dated as of November 27,",
        "1996, with Pittsburgh Business Consultants and the sole stockholders of",
        "Pittsburgh Business Consultants, Thomas E. Fallat and Opal A. Fallat, Charles E.",
        "Weston and Linda E. Weston and Christy L. Cooper. The stockholders of Pittsburgh",
        "Business Consultants received 1,202,474 newly issued shares of the Company's",
        "Common Stock (valued at the average closing price during a five day period prior",
        "to the closing) as consideration in the merger, which was consummated on",
        "November 27, 1996.",
    )
    assert (deal.target, deal.target_location) == ("Pittsburgh Business Consultants", "Pittsburgh")
    assert deal.seller == (
        "Thomas E. Fallat and Opal A. Fallat, Charles E. Weston and Linda E. Weston and "
        "Christy L. Cooper"
    )
    assert deal.evidence["seller"].text.startswith(
        "Thomas E. Fallat and Opal A. Fallat, Charles E.\n"
    )


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        # 0000950123-10-080629 (Item 1.01): conversion terms of notes
        (
            "The Notes will be convertible into shares of the Registrant’s common stock at an "
            "initial conversion rate of 19.0931 shares per $1,000 principal amount of Notes "
            "(equivalent to an initial conversion price of approximately $52.37 per share).",
            "$52.37",
        ),
        (
            "The initial conversion price represents a premium of 25% to the $41.90 per share "
            "closing price of the Registrant’s common stock on August 19, 2010.",
            "$41.90",
        ),
        # 0000914760-99-000229 (Item 5): warrants repriced with a merger
        (
            "the holders of the debentures and related warrants waived certain rights which could "
            "arise in connection with the proposed transaction and Westell amended the exercise "
            "price of the warrants to $5.9208 per share.",
            "$5.9208",
        ),
    ],
)
def test_conversion_exercise_and_closing_prices_are_no_per_share_price(
    sentence: str, amount: str
) -> None:
    # the grammar ties "per share" and a not-a-price marker to the amount: never per_share_price
    nodes = parse(sentence, find_entities(sentence), 0, len(sentence))
    amounts = [n for node in nodes for n in ([node] if isinstance(node, Amount) else node.members)]
    (found,) = [n for n in amounts if n.cand.text.endswith(amount)]
    assert found.per_unit and "not_price" in found.roles


def test_a_fraction_of_a_share_names_the_class_paid_far_from_the_event() -> None:
    # 0000950157-18-000744: the stock consideration is described two paragraphs (over 1,500
    # characters) after the event sentence.
    (deal,) = _deals(
        ITEM_1_01,
        "On June 20, 2018, The Walt Disney Company (“Disney”), TWDC Holdco 613 Corp., a Delaware "
        "corporation and wholly owned subsidiary of Disney (“New Disney”), WDC Merger Enterprises "
        "I, Inc., a Delaware corporation and wholly owned subsidiary of New Disney (“Delta Sub”), "
        "WDC Merger Enterprises II, Inc., a Delaware corporation and wholly owned subsidiary of "
        "New Disney (“Wax Sub”) and Twenty-First Century Fox, Inc. (“21CF”) entered into an "
        "Amended and Restated Agreement and Plan of Merger (the “Amended and Restated Merger "
        "Agreement”). The Amended and Restated Merger Agreement amends and restates in its "
        "entirety the Agreement and Plan of Merger, dated December 13, 2017, by and among Disney, "
        "TWC Merger Enterprises 2 Corp., TWC Merger Enterprises 1, LLC and 21CF, as amended by "
        "Amendment No. 1 thereto (as amended, the “Original Merger Agreement”).",
        "Pursuant to the Amended and Restated Merger Agreement, Disney and 21CF have agreed to "
        "revise the structure of their previously announced transaction to provide that, "
        "following the Distribution (as defined below), Disney will acquire 21CF under a newly "
        "formed holding company, New Disney. Under the revised structure, subject to the terms "
        "and conditions set forth in the Amended and Restated Merger Agreement, following "
        "successive merger transactions (the “Mergers”), each of Disney and 21CF will become "
        "wholly-owned subsidiaries of New Disney. The merger pursuant to which Delta Sub will "
        "merge with and into Disney will be effected pursuant to Section 251(g) of the Delaware "
        "General Corporation Law, permitting the merger of Disney with Delta Sub without a vote "
        "of Disney’s stockholders. The 21CF business to be acquired by Disney (the “Acquired "
        "Assets”) remain the same as under the Original Merger Agreement.",
        "Subject to the terms and conditions set forth in the Amended and Restated Merger "
        "Agreement, the Amended and Restated Merger Agreement also provides, among other things, "
        "that at the effective time of the merger pursuant to which Wax Sub will merge with and "
        "into 21CF (the “21CF Merger”), each share of common stock, par value $0.01 per share, of "
        "21CF issued and outstanding immediately prior to the effective time of the 21CF Merger "
        "(other than (i) shares held in treasury by 21CF that are not held on behalf of third "
        "parties, (ii) shares held by subsidiaries of 21CF and (iii) shares held by 21CF "
        "stockholders who have not voted in favor of the 21CF Merger and perfected and not "
        "withdrawn a demand for appraisal rights pursuant to Delaware law) will be exchanged for "
        "consideration (the “Merger Consideration”) in the form of either cash (the “Cash "
        "Consideration”) or a fraction of a share of New Disney common stock (the “Stock "
        "Consideration”).",
    )
    assert deal.kind == "merger" and deal.share_class == "common stock"
    evidence = deal.evidence["share_class"]
    assert evidence.text == "common stock" and evidence.start > 1_500
    assert deal.shares_issued is None and deal.per_share_price is None


def test_the_one_listed_subsidiary_of_the_acquirer_is_its_merger_vehicle() -> None:
    # 0000950123-11-059612: the escrow agent and the stockholders' representative are no sides.
    (deal,) = _deals(
        ITEM_2_01,
        "On June 15, 2011, Nuance Communications, Inc. (“Nuance”) acquired Equitrac Corporation "
        "(“Equitrac”), pursuant to an Agreement and Plan of Merger (the “Merger Agreement”), "
        "dated as of May 10, 2011, as amended by and among Nuance, Ellipse Acquisition "
        "Corporation, a Florida corporation and a wholly owned subsidiary of Nuance (“Sub”), "
        "Equitrac Corporation, a Florida corporation (“Equitrac”), U.S. Bank National "
        "Association, as escrow agent (“Escrow Agent”), and Cornerstone Equity Investors, LLC, as "
        "the representative of Equitrac’s stockholders, optionholders and warrantholders "
        "pursuant to which Sub will merge with and into Equitrac (the “Merger”). The "
        "consideration consists of approximately $157 million in cash.",
    )
    assert (deal.acquirer, deal.acquirer_subsidiary, deal.target, deal.seller) == (
        "Nuance Communications, Inc.",
        "Ellipse Acquisition Corporation",
        "Equitrac Corporation",
        None,
    )


def test_a_division_sold_to_an_affiliate_of_another_company() -> None:
    # 0000950142-19-000172: Kofax, Inc. is named inside the buyer's appositive, not sold.
    (deal,) = _deals(
        ITEM_2_01,
        "On February 1, 2019, Nuance Communications, Inc. (the “Company”) completed the "
        "previously announced sale to Project Leopard AcquireCo Limited, a private limited "
        "company incorporated under the laws of England and Wales (and an affiliate of Kofax, "
        "Inc.) (the “Buyer”), of the Company’s Document Imaging division (the “Business”).",
    )
    assert (deal.kind, deal.seller, deal.acquirer, deal.target) == (
        "disposition",
        "Nuance Communications, Inc.",
        "Project Leopard AcquireCo Limited",
        "Document Imaging division",
    )


def test_a_cash_merger_of_the_registrant_pays_a_price_per_share_not_the_deal_cash() -> None:
    # No corpus filing reports the registrant's own cash merger, the commonest deal an 8-K
    # reports; these sentences follow the formula such Items 2.01 use word for word ("each
    # share ... was converted into the right to receive $X in cash, without interest").
    item = (
        "Item 2.01 Completion of Acquisition or Disposition of Assets.\n\n"
        "On January 2, 2020, pursuant to the Agreement and Plan of Merger, dated as of October 1, "
        '2019 (the "Merger Agreement"), by and among Keystone Tools Corp. (the "Company"), '
        'Acme Holdings Inc. ("Parent") and Acme Merger Sub Inc., a wholly owned subsidiary of '
        "Parent, Acme Merger Sub Inc. merged with and into the Company, with the Company "
        "surviving as a wholly owned subsidiary of Parent. At the effective time of the merger, "
        "each share of common stock of the Company issued and outstanding immediately prior to "
        "the effective time was converted into the right to receive $25.00 in cash, without "
        "interest."
    )
    submission = (
        "<SEC-DOCUMENT>\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t8-K\n"
        "COMPANY CONFORMED NAME:\tKEYSTONE TOOLS CORP\n</SEC-HEADER>\n"
        f"<DOCUMENT>\n<TYPE>8-K\n<TEXT>\n{item}\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
    )
    (deal,) = extract_parsed(
        parse_filing(submission.encode(), name="merger.txt")
    ).record.acquisitions
    assert deal.cash is None and deal.total_consideration is None
    assert deal.per_share_price is not None and deal.per_share_price.amount == Decimal("25")
    assert (deal.kind, deal.target) == ("merger", "Keystone Tools Corp.")


def test_a_merger_sub_of_the_company_is_the_acquirer_subsidiary() -> None:
    # The corpus's party lists name the parent ("wholly owned subsidiary of Disney"); most
    # acquirers' Items 2.01 write "of the Company", as here, in the formula's usual wording.
    (deal,) = _deals(
        ITEM_2_01,
        "On March 1, 2024, Quantum Widget Corporation, a Delaware corporation (the “Company”), "
        "completed its previously announced acquisition of Blue Harbor Systems, Inc., a Texas "
        "corporation (“Blue Harbor”), pursuant to the Agreement and Plan of Merger, dated as of "
        "December 10, 2023, by and among the Company, Falcon Merger Sub, Inc., a Texas "
        "corporation and a wholly owned subsidiary of the Company (“Merger Sub”), and Blue "
        "Harbor.",
    )
    assert (deal.acquirer, deal.acquirer_subsidiary, deal.target) == (
        "Quantum Widget Corporation",
        "Falcon Merger Sub, Inc.",
        "Blue Harbor Systems, Inc.",
    )
    assert deal.evidence["acquirer_subsidiary"].text == "Falcon Merger Sub, Inc."


# No corpus filing words its price these ways; the sentences follow wording common in
# Items 2.01, and each test says which rule it holds.


def test_a_price_that_consisted_of_cash_and_shares_has_no_stated_total() -> None:
    (deal,) = _deals(
        ITEM_2_01,
        "On June 3, 2022, Acme Corp. (the “Company”) completed the acquisition of substantially "
        "all of the assets of Widget Works, LLC. The purchase price consisted of $25.0 million "
        "in cash, subject to customary working capital adjustments, and 1,250,000 shares of the "
        "Company’s common stock.",
    )
    assert deal.total_consideration is None
    assert deal.cash is not None and deal.cash.amount == Decimal("25000000")
    assert deal.shares_issued is not None and deal.shares_issued.value == Decimal("1250000")
    # Shares listed first: the cash after them is a part too (the check of amounts between
    # the price cue and the amount used to start at the amount itself, so it never fired).
    (deal,) = _deals(
        ITEM_2_01,
        "On May 1, 2020, Acme Corp. (the “Company”) completed the acquisition of Widget Inc. "
        "The purchase price consists of (i) 8,300,000 shares of the Company’s common stock and "
        "(ii) $15 million in cash.",
    )
    assert deal.total_consideration is None
    assert deal.cash is not None and deal.cash.amount == Decimal("15000000")


def test_seller_after_the_targets_appositive_and_cash_paid_at_closing() -> None:
    (deal,) = _deals(
        ITEM_2_01,
        "On July 1, 2021, XYZ Inc. (the “Company”) acquired 100% of the outstanding equity "
        "interests of Foo GmbH, a German company based in Munich, Germany, from Bar Holding AG "
        "for a total purchase price of EUR 45 million, of which EUR 40 million was paid in cash "
        "at closing and EUR 5 million is payable in deferred installments.",
    )
    assert (deal.target, deal.target_location, deal.seller) == (
        "Foo GmbH",
        "Munich, Germany",
        "Bar Holding AG",
    )
    assert deal.total_consideration is not None and deal.cash is not None
    assert (deal.total_consideration.amount, deal.cash.amount) == (
        Decimal("45000000"),
        Decimal("40000000"),
    )
    assert deal.cash.currency == "EUR"


def test_a_transaction_valued_at_gives_the_total() -> None:
    (deal,) = _deals(
        ITEM_2_01,
        "On October 2, 2023, Northstar Bancorp, Inc. (“Northstar”) completed its acquisition of "
        "First Valley Financial Corp. (“First Valley”) in an all-stock transaction valued at "
        "approximately $98.6 million.",
    )
    assert deal.total_consideration is not None
    assert deal.total_consideration.amount == Decimal("98600000")
    assert deal.total_consideration.approximate and deal.cash is None


def test_the_registrant_acquired_in_a_merger_is_the_target() -> None:
    # The target's own Item 1.01, in the formula's usual wording: the subject of "entered
    # into" is the registrant, which survives as the buyer's subsidiary.
    (deal,) = _deals(
        ITEM_1_01,
        "On April 10, 2024, Pine Street Holdings, Inc., a Delaware corporation (the “Company”), "
        "entered into an Agreement and Plan of Merger (the “Merger Agreement”) with Summit "
        "Parent LLC, a Delaware limited liability company (“Parent”), and Summit Merger Sub Inc., "
        "a Delaware corporation and a wholly owned subsidiary of Parent (“Merger Sub”).",
        "The Merger Agreement provides that, upon the terms and subject to the conditions set "
        "forth therein, Merger Sub will merge with and into the Company, with the Company "
        "surviving as a wholly owned subsidiary of Parent. At the effective time of the Merger, "
        "each share of common stock of the Company will be converted into the right to receive "
        "$31.25 in cash, without interest.",
    )
    assert (deal.kind, deal.stage) == ("merger", "agreed")
    assert (deal.acquirer, deal.acquirer_subsidiary, deal.target) == (
        "Summit Parent LLC",
        "Summit Merger Sub Inc.",
        "Pine Street Holdings, Inc.",
    )
    assert [deal.evidence[k].text for k in ("acquirer", "acquirer_subsidiary", "target")] == [
        "Parent",
        "Merger Sub",
        "the Company",
    ]
    assert deal.per_share_price is not None and deal.per_share_price.amount == Decimal("31.25")
    assert deal.cash is None and deal.total_consideration is None


def test_cash_and_shares_after_for_are_parts_not_a_total() -> None:
    # 1990s wording, in plain text: "acquired ... for $X in cash and N shares".
    (deal,) = _text_deals(
        "Item 2. Acquisition or Disposition of Assets.",
        "",
        "On March 2, 1998, the Registrant acquired all of the outstanding capital stock of",
        'Delta Tool Company, Inc. ("Delta"), a manufacturer of precision tools located in',
        "Dayton, Ohio, for $4,500,000 in cash and 250,000 shares of the Registrant's common",
        "stock.",
    )
    assert deal.total_consideration is None
    assert deal.cash is not None and deal.cash.amount == Decimal("4500000")
    assert deal.shares_issued is not None and deal.shares_issued.value == Decimal("250000")
    assert deal.share_class == "common stock"


def test_the_buyer_of_a_business_unit() -> None:
    (deal,) = _deals(
        ITEM_2_01,
        "On August 15, 2023, Redwood Industries Corp. (the “Company”) completed the sale of its "
        "Specialty Coatings business to Harbor Chemical Company (“Buyer”) for approximately "
        "$210 million in cash, subject to customary adjustments.",
    )
    assert (deal.kind, deal.target, deal.seller, deal.acquirer) == (
        "disposition",
        "Specialty Coatings business",
        "Redwood Industries Corp.",
        "Harbor Chemical Company",
    )
    # all of the price is cash: the one amount is both, as the sentence states it
    assert deal.cash is not None and deal.total_consideration is not None
    assert deal.cash.amount == deal.total_consideration.amount == Decimal("210000000")


def test_an_additional_amount_paid_if_milestones_are_met_is_contingent() -> None:
    (deal,) = _deals(
        ITEM_2_01,
        "On June 30, 2016, Lumen Devices Corp. (the “Company”) completed its acquisition of "
        "Photon Labs, Inc. (“Photon”). The Company paid cash consideration of approximately "
        "$50.2 million, funded from cash on hand. The former stockholders of Photon may receive "
        "up to an additional $10 million in cash if certain revenue milestones are achieved in "
        "2017.",
    )
    assert deal.contingent_consideration is True
    assert deal.evidence["contingent_consideration"].text.startswith("additional $10 million")
    # the contingent amount is neither the cash paid nor a total
    assert deal.cash is not None and deal.cash.amount == Decimal("50200000")
    assert deal.total_consideration is None


def test_the_party_defined_as_seller_sells() -> None:
    (deal,) = _deals(
        ITEM_1_01,
        "On February 1, 2024, Acme Corp. (the “Company”) entered into a Stock Purchase Agreement "
        "(the “Purchase Agreement”) with Zeta Holdings LLC (“Seller”), pursuant to which the "
        "Company agreed to acquire all of the issued and outstanding shares of Zeta Software, "
        "Inc. (“Zeta”) for a purchase price of $75 million in cash, subject to customary "
        "adjustments.",
    )
    assert (deal.stage, deal.acquirer, deal.target, deal.seller) == (
        "agreed",
        "Acme Corp.",
        "Zeta Software, Inc.",
        "Zeta Holdings LLC",
    )


def test_a_company_that_merges_into_the_registrant_is_its_target() -> None:
    # A bank merger's usual wording: both parties enter into the agreement; "merge with and
    # into" says which one survives. The header names the registrant.
    item = (
        "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
        'On September 9, 2019, Orion Bancorp, Inc. ("Orion") and Cascade Financial Group, Inc. '
        '("Cascade") entered into an Agreement and Plan of Merger (the "Merger Agreement"), '
        "pursuant to which Cascade will merge with and into Orion, with Orion as the surviving "
        "corporation. Under the terms of the Merger Agreement, shareholders of Cascade will "
        "receive 1.25 shares of Orion common stock for each share of Cascade common stock. The "
        "transaction is valued at approximately $142 million."
    )
    submission = (
        "<SEC-DOCUMENT>\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t8-K\n"
        "COMPANY CONFORMED NAME:\tORION BANCORP INC\n</SEC-HEADER>\n"
        f"<DOCUMENT>\n<TYPE>8-K\n<TEXT>\n{item}\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
    )
    (deal,) = extract_parsed(
        parse_filing(submission.encode(), name="merger.txt")
    ).record.acquisitions
    assert (deal.kind, deal.acquirer, deal.target) == (
        "acquisition",
        "Orion Bancorp, Inc.",
        "Cascade Financial Group, Inc.",
    )
    assert [deal.evidence[k].text for k in ("acquirer", "target")] == ["Orion", "Cascade"]
    assert deal.total_consideration is not None
    assert deal.total_consideration.amount == Decimal("142000000")
    assert deal.shares_issued is None  # 1.25 for each share is a ratio, not a count


def test_a_target_the_acquirers_item_calls_the_company_stays_the_target() -> None:
    # An acquirer's 1.01 may copy the merger agreement's names: the target is "the Company".
    item = (
        "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
        'On May 2, 2022, Northwind Systems, Inc. ("Northwind") entered into an Agreement and '
        'Plan of Merger (the "Merger Agreement") with Lakeside Analytics, Inc., a Delaware '
        'corporation (the "Company"), pursuant to which Northwind will acquire the Company.'
    )
    submission = (
        "<SEC-DOCUMENT>\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t8-K\n"
        "COMPANY CONFORMED NAME:\tNORTHWIND SYSTEMS INC\n</SEC-HEADER>\n"
        f"<DOCUMENT>\n<TYPE>8-K\n<TEXT>\n{item}\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
    )
    (deal,) = extract_parsed(parse_filing(submission.encode(), name="m.txt")).record.acquisitions
    assert (deal.kind, deal.acquirer, deal.target) == (
        "acquisition",
        "Northwind Systems, Inc.",
        "Lakeside Analytics, Inc.",
    )
