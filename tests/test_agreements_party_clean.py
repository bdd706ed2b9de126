"""The one cleaning step every party name goes through (issue #14, family 4).

Names are made up; the shapes are the ones contracts use: a descriptor or connective the
name's span ran into, a role word in front of the name, a role word alone.
"""

from __future__ import annotations

import pytest

from sec8k.agreements import read_agreement
from sec8k.agreements.party_clean import clean_name
from sec8k.agreements.source import Source


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Dana Whitlock of", "Dana Whitlock"),
        ("Dana Whitlock, Individual", "Dana Whitlock"),
        ("Dana Whitlock, Businessperson", "Dana Whitlock"),
        ("Dana Whitlock, an individual residing at 12 Elm Road, Denver", "Dana Whitlock"),
        ("Marlow Artists Ltd. as disclosed agent for Talent", "Marlow Artists Ltd."),
        ("Northgate Systems, Inc. and", "Northgate Systems, Inc."),
        ("Northgate Systems, Inc. For and on behalf of", "Northgate Systems, Inc."),
        ("and Ferris Group LLC", "Ferris Group LLC"),
        ("The Ferris Group LLC", "The Ferris Group LLC"),
        ("Developer KESTREL CODE WORKS, Inc.", "KESTREL CODE WORKS, Inc."),
    ],
)
def test_tails_and_leading_roles_go(raw: str, clean: str) -> None:
    assert clean_name(raw) == clean


@pytest.mark.parametrize("role", ["Consultant", "the Company", "COMPANY", "Individual", "You"])
def test_a_role_word_is_never_a_name(role: str) -> None:
    assert clean_name(role) is None


def test_a_document_role_never_shortens_its_party() -> None:
    # a defined role is often the party's short name: "Ostara Labs, Inc." ("Ostara")
    assert clean_name("Ostara Labs, Inc.") == "Ostara Labs, Inc."
    assert clean_name("Distributor") is None


@pytest.mark.parametrize(
    "name",
    [
        "Partner Communications Company Ltd.",
        "Bank of Montreal",
        "Agent Sports Holdings, Inc.",
        "Company Store Partners LLC",
        "Harbor & Co. Inc.",
    ],
)
def test_names_that_start_with_a_role_word_stay(name: str) -> None:
    assert clean_name(name) == name


def test_cleaned_party_points_at_the_shorter_span() -> None:
    text = (
        "ENDORSEMENT AGREEMENT\n\nThis Endorsement Agreement is made on June 2, 2016 between "
        'Quill Outdoor Co. (the "Company") and Rosa Delgado, Individual ("Endorser").\n\n'
        "1. Services. Endorser shall appear in two campaigns.\n"
    )
    found = read_agreement(Source("x.txt", text))
    names = [p.name for p in found.parties]
    assert "Rosa Delgado" in names
    rosa = next(p for p in found.parties if p.name == "Rosa Delgado")
    assert rosa.evidence.text == "Rosa Delgado"
    assert text[rosa.evidence.start : rosa.evidence.end] == "Rosa Delgado"


def test_a_letter_has_its_addressee_and_its_signer() -> None:
    letter = (
        "Larkspur Data, Inc.\n40 Canal Street\nBoston, MA 02110\n\nApril 3, 2019\n\n"
        "Ms. Irene Vasquez\n9 Hill Road\nSalem, MA 01970\n\nDear Irene:\n\n"
        "This letter sets out the terms on which you will advise Larkspur Data, Inc. on pricing.\n\n"
        "1. Fees. Larkspur will pay you $4,500 per month.\n\nSincerely,\n\nLARKSPUR DATA, INC.\n\n"
        "By: /s/ Owen Pratt\nName: Owen Pratt\nTitle: President\n\nAgreed:\n\n/s/ Irene Vasquez\n"
    )
    names = [p.name for p in read_agreement(Source("x.txt", letter)).parties]
    assert "Irene Vasquez" in names
    assert any(n.upper().startswith("LARKSPUR DATA") for n in names)


def test_an_agent_and_the_principal_it_acts_for() -> None:
    text = (
        "TALENT AGREEMENT\n\nThis Talent Agreement is made on June 1, 2017 between Harlow Sports "
        'Management Ltd. as disclosed agent for Marcus Bell ("Talent") and Fenwick Beverages '
        'Corp. (the "Company").\n\n1. Services. Talent shall appear in two commercials.\n'
    )
    parties = [(p.name, p.role) for p in read_agreement(Source("x.txt", text)).parties]
    assert ("Marcus Bell", "Talent") in parties
    assert ("Harlow Sports Management Ltd.", None) in parties
    assert ("Fenwick Beverages Corp.", "Company") in parties
