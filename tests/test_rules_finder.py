"""The finder on real sentences from the seed filing, EDGAR 8-Ks and CUAD contracts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sec8k.errors import InputTooLargeError
from sec8k.models.base import Money, Quantity
from sec8k.rules import Candidate, find_amounts, find_entities

D = Decimal

# The seed: Allied Motion Technologies 8-K of January 2011 (text rendering, Markdown escapes).
SEED_ACQUISITION = (
    'On December 30, 2010, Allied Motion Technologies Inc. (the "Company"), through its '
    "wholly-owned subsidiary, Allied Motion Technologies B.V., acquired 100% of the stock of "
    'Östergrens Elmotor AB ("Östergrens"), headquartered in Solna, Sweden. The purchase price '
    "paid at closing was \\$8.3 million, consisting of approximately \\$7.4 million of cash and "
    "136,700 shares of the Company's common stock."
)
SEED_FEE_ROW = "For the first 12-month period:\t\\$ 166,000\t100"
SEED_HOURLY = (
    "the Consultant will be paid \\$200 per additional Consulting hour, not to exceed "
    "\\$1,600 per Consulting Days."
)
SEED_CHANGE_IN_CONTROL = (
    "of securities of the Company representing more than 45% of the combined voting power of "
    "the Company's then outstanding securities"
)
SEED_BOARD = (
    "was approved by a vote of at least two-thirds (2/3) of the Company directors then still "
    "in office"
)
SEED_MERGER = "at least 80% of the combined voting power of the voting securities of the Company"


def _found(text: str, labels: set[str] | None = None) -> list[tuple[str, str]]:
    return [(c.label, c.text) for c in find_entities(text, labels)]


def _money(candidate: Candidate) -> Money:
    assert isinstance(candidate.value, Money), candidate
    return candidate.value


def _quantity(candidate: Candidate) -> Quantity:
    assert isinstance(candidate.value, Quantity), candidate
    return candidate.value


def test_seed_acquisition_paragraph() -> None:
    assert _found(SEED_ACQUISITION) == [
        ("DATE", "December 30, 2010"),
        ("ORG", "Allied Motion Technologies Inc."),
        ("DEFINED_TERM", '(the "Company")'),
        ("ORG", "Allied Motion Technologies B.V."),
        ("PERCENT", "100%"),
        ("ORG", "Östergrens Elmotor AB"),
        ("DEFINED_TERM", '("Östergrens")'),
        ("MONEY", "\\$8.3 million"),
        ("MONEY", "approximately \\$7.4 million"),
        ("SHARES", "136,700 shares of the Company's common stock"),
    ]
    values = {c.text: c.value for c in find_entities(SEED_ACQUISITION)}
    assert values["December 30, 2010"] == "2010-12-30"
    assert values['("Östergrens")'] == "Östergrens"
    assert values['(the "Company")'] == "Company"


def test_seed_purchase_price_amounts() -> None:
    price, cash, shares = find_amounts(SEED_ACQUISITION)[1:]
    assert (_money(price).amount, _money(price).currency, _money(price).approximate) == (
        D("8300000"),
        "USD",
        False,
    )
    assert (_money(cash).amount, _money(cash).approximate) == (D("7400000"), True)
    assert (_quantity(shares).value, _quantity(shares).unit) == (D("136700"), "shares")
    for candidate in (price, cash, shares):
        assert SEED_ACQUISITION[candidate.start : candidate.end] == candidate.text
        assert candidate.problem is None


def test_seed_fee_table_row() -> None:
    period, fee = find_amounts(SEED_FEE_ROW)
    assert (period.label, _quantity(period).value, _quantity(period).unit) == (
        "DURATION",
        D("12"),
        "months",
    )
    assert (fee.text, _money(fee).amount) == ("\\$ 166,000", D("166000"))


def test_bounds_stay_outside_the_span() -> None:
    rate, cap = find_amounts(SEED_HOURLY)
    assert (rate.text, _money(rate).amount) == ("\\$200", D("200"))
    assert (cap.text, _money(cap).amount, _money(cap).approximate) == ("\\$1,600", D("1600"), False)
    assert SEED_HOURLY[: cap.start].endswith("not to exceed ")


@pytest.mark.parametrize(
    ("sentence", "text", "percent"),
    [
        (SEED_CHANGE_IN_CONTROL, "45%", D("45")),
        (SEED_BOARD, "two-thirds (2/3)", D("66.6667")),
        (SEED_MERGER, "80%", D("80")),
    ],
)
def test_seed_thresholds(sentence: str, text: str, percent: Decimal) -> None:
    (candidate,) = find_amounts(sentence)
    assert candidate.label == "PERCENT"
    assert candidate.text == text
    assert _quantity(candidate).value == percent


# EDGAR 8-Ks in the shared corpus (quoted as they appear there).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            # 0001125282-05-006555, EX-99.1
            "billion of face value receivables with a purchase price of $126 million. Finance",
            [("MONEY", "$126 million", D("126000000"))],
        ),
        (
            # 0001125282-05-006555, EX-99.1
            "o Fiscal 2005 net income increased 39 percent to $31.0 million",
            [("PERCENT", "39 percent", D("39")), ("MONEY", "$31.0 million", D("31000000"))],
        ),
        (
            # 0000891020-98-001352: a hard-wrapped 1998 filing
            "         Amazon.com will issue approximately 1,600,000 shares of Amazon.com\n"
            "common stock, par value $.01 per share",
            [
                (
                    "SHARES",
                    "approximately 1,600,000 shares of Amazon.com\ncommon stock",
                    D("1600000"),
                ),
                ("MONEY", "$.01", D("0.01")),
            ],
        ),
        (
            # 0000912057-00-043726
            "the Registrant will have approximately 12 million shares of New Common Stock",
            [("SHARES", "approximately 12 million shares of New Common Stock", D("12000000"))],
        ),
    ],
)
def test_edgar_sentences(sentence: str, expected: list[tuple[str, str, Decimal]]) -> None:
    found = []
    for candidate in find_amounts(sentence):
        value = candidate.value
        assert isinstance(value, Money | Quantity)
        found.append((candidate.label, candidate.text, getattr(value, "amount", None) or value))
    assert [(label, text) for label, text, _ in found] == [(lab, txt) for lab, txt, _ in expected]
    for (_, _, value), (_, _, number) in zip(found, expected, strict=True):
        assert getattr(value, "value", value) == number


# CUAD contracts in the shared corpus.
@pytest.mark.parametrize(
    ("sentence", "text", "amount", "currency"),
    [
        (
            "Aduro shall pay Consultant for the Services at the rate of €500 per hour.",
            "€500",
            D("500"),
            "EUR",
        ),
        (
            "Bellicum will pay to Miltenyi a non-refundable upfront fee in the aggregate amount "
            'of two million Euro (€2,000,000) (the "Upfront Fee").',
            "two million Euro (€2,000,000)",
            D("2000000"),
            "EUR",
        ),
        (
            "Licensee shall pay Licensor a License Fee in the amount of two hundred thousand "
            'dollars (US$200,000) ("License Fee").',
            "two hundred thousand dollars (US$200,000)",
            D("200000"),
            "USD",
        ),
        (
            "relating to the provision of services to ISA Clients or to clients referred to "
            "Rubicon by ISA will exceed £1million per annum.",
            "£1million",
            D("1000000"),
            "GBP",
        ),
        (
            "which would exceed thirty million Japanese Yen (¥30,000,000) in the aggregate",
            "thirty million Japanese Yen (¥30,000,000)",
            D("30000000"),
            "JPY",
        ),
        (
            "in the event that the share of revenues payable to Party A in the preceding month "
            "is less than RMB 100, then it will be carried forward",
            "RMB 100",
            D("100"),
            "CNY",
        ),
        (
            "in the amount of at least Five Million Dollars (US$5,000,000) per occurrence",
            "Five Million Dollars (US$5,000,000)",
            D("5000000"),
            "USD",
        ),
    ],
)
def test_cuad_money(sentence: str, text: str, amount: Decimal, currency: str) -> None:
    (candidate,) = find_amounts(sentence)
    assert candidate.text == text
    assert (_money(candidate).amount, _money(candidate).currency) == (amount, currency)


def test_cuad_joint_venture_contribution() -> None:
    sentence = (
        "Party A's contribution to the registered capital of the Joint Venture Company shall be "
        "Fourteen Million Six Hundred Fifty-One Thousand United States Dollars (US$14,651,000), "
        "representing a forty-nine percent (49%) share of the Joint Venture Company's reg"
    )
    money, percent = find_amounts(sentence)
    assert _money(money).amount == D("14651000")
    assert money.text.startswith("Fourteen Million") and money.text.endswith("(US$14,651,000)")
    assert (percent.text, _quantity(percent).value) == ("forty-nine percent (49%)", D("49"))


def test_cuad_term_and_dates() -> None:
    renewal = (
        "then this Agreement shall automatically be renewed for an additional term of three (3) "
        'years (the "First Additional Term") on the same terms'
    )
    assert _found(renewal) == [
        ("DURATION", "three (3) years"),
        ("DEFINED_TERM", '(the "First Additional Term")'),
    ]
    opening = (
        "This ENDORSEMENT LICENSING AND CO-BRANDING AGREEMENT is entered into on July 26, 2013 "
        '(the "Effective Date") by and between Marine MP, LLC ("Lender")'
    )
    found = find_entities(opening)
    assert [(c.label, c.text, c.value) for c in found] == [
        ("DATE", "July 26, 2013", "2013-07-26"),
        ("DEFINED_TERM", '(the "Effective Date")', "Effective Date"),
        ("ORG", "Marine MP, LLC", "Marine MP, LLC"),
        ("DEFINED_TERM", '("Lender")', "Lender"),
    ]


def test_curly_quotes_and_line_breaks() -> None:
    text = "by and between Acme Holdings, Inc. (the “Buyer”) and Foo Co., Ltd. (collectively,\nthe ‘Sellers’)"
    assert _found(text) == [
        ("ORG", "Acme Holdings, Inc."),
        ("DEFINED_TERM", "(the “Buyer”)"),
        ("ORG", "Foo Co., Ltd."),
        ("DEFINED_TERM", "(collectively,\nthe ‘Sellers’)"),
    ]
    terms = [c.value for c in find_entities(text, {"DEFINED_TERM"})]
    assert terms == ["Buyer", "Sellers"]


def test_names_joined_by_and_stay_apart() -> None:
    text = "by and between Richard D. Smith and Allied Motion Technologies Inc."
    assert _found(text, {"ORG"}) == [("ORG", "Allied Motion Technologies Inc.")]
    text = "between Allied Motion Technologies B.V. and Östergrens Holding AB dated"
    assert _found(text, {"ORG"}) == [
        ("ORG", "Allied Motion Technologies B.V."),
        ("ORG", "Östergrens Holding AB"),
    ]


def test_a_vehicle_named_after_its_role_is_an_organisation() -> None:
    text = (
        "with Summit Parent LLC, a Delaware limited liability company (“Parent”), and Parent, Inc."
    )
    assert _found(text, {"ORG"}) == [("ORG", "Summit Parent LLC")]
    assert _found("Spartan Buyer, Inc. and the Buyer LLC agree", {"ORG"}) == [
        ("ORG", "Spartan Buyer, Inc.")
    ]


def test_the_company_is_not_an_organisation() -> None:
    assert _found("The Company and the Consultant agree. THE COMPANY SHALL PAY", {"ORG"}) == []


def test_spans_drop_edge_whitespace() -> None:
    text = "a fee of $126\n\nand then"
    (candidate,) = find_amounts(text)
    assert candidate.text == "$126"
    assert text[candidate.start : candidate.end] == "$126"


def test_labels_filter_and_unknown_label() -> None:
    assert {c.label for c in find_entities(SEED_ACQUISITION, {"ORG"})} == {"ORG"}
    assert find_entities(SEED_ACQUISITION, set()) == []
    with pytest.raises(ValueError, match="PERSON"):
        find_entities("x", {"PERSON"})


def test_too_large_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sec8k.rules.finder.MAX_TEXT_CHARS", 10)
    with pytest.raises(InputTooLargeError, match="one item at a time"):
        find_amounts("$5 million and more")


def test_evidence_is_offset_into_the_document() -> None:
    item_start = 1000
    (candidate,) = find_amounts("price: $5")
    evidence = candidate.evidence("filing.txt", offset=item_start, source_line=42)
    assert (evidence.start, evidence.end, evidence.text) == (1007, 1009, "$5")
    assert evidence.source_line == 42


def test_empty_text() -> None:
    assert find_entities("") == []


# -- properties -------------------------------------------------------------------
_FRAGMENTS = st.sampled_from(
    [
        SEED_ACQUISITION,
        SEED_FEE_ROW,
        SEED_HOURLY,
        SEED_BOARD,
        "$ 166,000",
        "approximately",
        "two-thirds (2/3)",
        "Fifty Thousand Dollars ($50,000)",
        "thirty (30)\ndays",
        "December 30 , 2010",
        "Acme, Inc.",
        '(the "Company")',
        "\n",
        "\t",
        "  ",
        "(",
        ")",
        "“",
    ]
)
_TEXTS = st.lists(_FRAGMENTS | st.text(max_size=12), max_size=12).map("".join)


@settings(max_examples=150, deadline=None)
@given(_TEXTS)
def test_spans_slice_the_input_exactly(text: str) -> None:
    previous_end = 0
    for candidate in find_entities(text):
        assert text[candidate.start : candidate.end] == candidate.text
        assert candidate.start >= previous_end  # in order, never overlapping
        assert candidate.text == candidate.text.strip()
        assert candidate.text
        previous_end = candidate.end
        if candidate.label in {"MONEY", "SHARES", "PERCENT", "DURATION", "DATE"}:
            assert candidate.value is not None or candidate.problem


# -- the whole seed filing ---------------------------------------------------------
@pytest.mark.corpus
def test_every_amount_in_the_seed_gets_a_value(corpus: Path) -> None:
    text = (corpus / "seed" / "000_4433be1e663db939.txt").read_text(encoding="utf-8")
    candidates = find_entities(text)
    assert len(candidates) > 50
    assert [c for c in candidates if c.value is None] == []
    assert all(text[c.start : c.end] == c.text for c in candidates)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # 0000950157-18-000744 (Disney / 21CF): the merger vehicle's name holds a number.
        (
            "Twenty-First Century Fox, Inc. (“21CF”), TWDC Holdco 613 Corp. (“New Disney”)",
            ["Twenty-First Century Fox, Inc.", "TWDC Holdco 613 Corp."],
        ),
        # CUAD, Tribute Pharmaceuticals agency agreement: three agents, one with a number.
        (
            'The undersigned, Dundee Securities Ltd. (the "Lead Agent"), Kes 7 Capital Inc., and '
            'Bloom Burton & Co. Ltd. (collectively with the Lead Agent, the "Agents")',
            ["Dundee Securities Ltd.", "Kes 7 Capital Inc.", "Bloom Burton & Co. Ltd."],
        ),
        # 0000899243-95-000310 (1995): a bank whose name holds a comma. The next name runs
        # over a hard line break before its suffix, which no ORG pattern crosses.
        (
            "firms including Goldman, Sachs & Co. and Merrill Lynch, Pierce, Fenner & Smith\n"
            "Incorporated.",
            ["Goldman, Sachs & Co."],
        ),
        # CUAD, Blue Hills Bancorp agency agreement: the agent's name, comma and all.
        (
            'Keefe, Bruyette & Woods, Inc. (the "Agent") as follows:',
            ["Keefe, Bruyette & Woods, Inc."],
        ),
        # CUAD, Alamogordo Financial agency agreement: a law firm, three commas.
        (
            "and the Bank have obtained (i) an opinion of their counsel, Elias, Matz, Tiernan & "
            "Herrick L.L.P., that",
            ["Elias, Matz, Tiernan & Herrick L.L.P."],
        ),
    ],
)
def test_organisation_names_with_numbers_and_commas(sentence: str, names: list[str]) -> None:
    assert [c.text for c in find_entities(sentence, {"ORG"})] == names
