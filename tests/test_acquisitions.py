"""The acquisition extractor on the seed (the issue's exact acceptance) and on real corpus items."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from extractor.extract import extract_path
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
