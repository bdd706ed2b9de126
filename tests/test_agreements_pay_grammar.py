"""Pay read in wordings the corpus rarely uses (issue #14): currency codes glued to the
figure, equity awards, signing and severance payments, and the dollar the agreement declares.

Every contract here is made up for the test; none is a corpus document's wording.
"""

from __future__ import annotations

from decimal import Decimal

from sec8k.agreements import read_agreement
from sec8k.agreements.source import Source
from sec8k.models import Agreement, Compensation

OPENING = (
    'CONSULTING AGREEMENT\n\nThis Consulting Agreement (the "Agreement") is made on May 4, 2015 '
    'between Harbor Lane Ltd. (the "Company") and Priya Natarajan (the "Consultant").\n\n'
)
CLOSING = "\n\nIN WITNESS WHEREOF, the parties have signed this Agreement.\n"


def _read(body: str) -> Agreement:
    return read_agreement(Source("x.txt", OPENING + body + CLOSING))


def _money(entries: list[Compensation]) -> list[tuple[str, Decimal | None, str | None, str | None]]:
    return [(c.kind, c.amount, c.currency, c.per) for c in entries if c.kind != "equity"]


def _equity(entries: list[Compensation]) -> list[tuple[str | None, Decimal | None]]:
    return [
        (c.instrument, c.shares.value if c.shares else None) for c in entries if c.kind == "equity"
    ]


def test_glued_code_salary_per_annum() -> None:
    found = _read(
        "2. Fees. The Company shall pay the Consultant a fee of USD180,000 per annum, "
        "paid monthly in arrears."
    )
    assert _money(found.compensation) == [("fee", Decimal("180000"), "USD", "year")]


def test_canadian_dollar_codes() -> None:
    found = _read(
        "2. Fees. The Company shall pay the Consultant a retainer of CDN$6,500 per month."
    )
    assert _money(found.compensation) == [("fee", Decimal("6500"), "CAD", "month")]


def test_the_declared_dollar_wins_over_a_bare_sign() -> None:
    found = _read(
        "2. Fees. The Company shall pay the Consultant a fee of $4,000 per month.\n\n"
        "9. Currency. All dollar amounts in this Agreement are in Australian dollars."
    )
    assert _money(found.compensation) == [("fee", Decimal("4000"), "AUD", "month")]


def test_an_option_award_is_equity_not_money() -> None:
    found = _read(
        "3. Options. The Company shall grant the Consultant an option to acquire 60,000 ordinary "
        "shares at an exercise price of $0.40 per share, which shall vest on the first "
        "anniversary of this Agreement."
    )
    assert _money(found.compensation) == []
    [award] = [c for c in found.compensation if c.kind == "equity"]
    assert (award.instrument, award.shares and award.shares.value) == ("option", Decimal("60000"))
    assert award.amount is None and award.currency is None
    assert award.exercise_price is not None and award.exercise_price.amount == Decimal("0.40")
    assert award.vesting is not None and award.vesting.startswith("vest on the first")


def test_counts_written_before_the_instrument() -> None:
    found = _read(
        "3. Equity. As compensation, the Consultant shall receive a one time issuance of 15,000 "
        "options and a grant of 8,000 restricted stock units."
    )
    assert _equity(found.compensation) == [("option", Decimal("15000")), ("rsu", Decimal("8000"))]


def test_a_warrant_priced_per_share() -> None:
    found = _read(
        "3. Warrant. The Company shall issue to the Consultant a warrant to purchase 250,000 shares "
        "of common stock at $0.12 per share."
    )
    assert _equity(found.compensation) == [("warrant", Decimal("250000"))]
    assert _money(found.compensation) == []


def test_capital_facts_are_not_awards() -> None:
    found = _read(
        "3. Fees. The Company shall pay the Consultant $2,000 per month. The Company has "
        "50,000,000 shares of common stock authorized, of which 12,000,000 shares are outstanding."
    )
    assert _equity(found.compensation) == []


def test_a_reference_back_is_not_a_second_award() -> None:
    found = _read(
        "3. Equity. The Company shall issue the Consultant 20,000 shares of common stock. If the "
        "Consultant breaches this Agreement, the 20,000 shares shall be returned to the Company."
    )
    assert _equity(found.compensation) == [("shares", Decimal("20000"))]


def test_signing_and_severance_kinds() -> None:
    found = _read(
        "2. Fees. The Company shall pay the Consultant a signing bonus of $15,000 and a fee of "
        "$9,000 per month.\n\n"
        "8. Termination. If the Company ends this Agreement without cause, it shall pay the "
        "Consultant a termination payment equal to CDN$90,000."
    )
    assert _money(found.compensation) == [
        ("signing", Decimal("15000"), "USD", None),
        ("fee", Decimal("9000"), "USD", "month"),
        ("severance", Decimal("90000"), "CAD", None),
    ]


def test_a_plan_named_by_its_year_is_no_award() -> None:
    found = _read(
        "3. Options. The Company shall grant the Consultant options under the Company's 2012 Stock "
        "Option Plan, in a number the Board shall fix."
    )
    assert _equity(found.compensation) == []


def test_a_payment_per_unit_sold_is_money() -> None:
    found = _read("2. Fees. The Company shall pay the Consultant a fee of $0.07 per unit sold.")
    assert _money(found.compensation) == [("fee", Decimal("0.07"), "USD", "unit")]


def test_a_fee_per_share_is_pay_without_a_right_to_buy() -> None:
    found = _read(
        "2. Fees. For each sale the Company shall pay the Agent a handling fee of $0.09 per share."
    )
    assert _money(found.compensation) == [("fee", Decimal("0.09"), "USD", None)]


def test_the_size_of_the_company_is_no_award() -> None:
    found = _read(
        "3. Equity. The Consultant shall receive stock equal to 2% of the Company, assuming "
        "twenty million (20,000,000) shares in total issued and outstanding."
    )
    assert _equity(found.compensation) == []
