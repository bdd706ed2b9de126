"""Covenants not to compete, on the sentences of the CUAD contracts they come from."""

from __future__ import annotations

import pytest

from sec8k.agreements import read_agreement
from sec8k.agreements.source import Source

#: An opening with parties and a date, so that the clause is read as part of an agreement.
OPENING = (
    'This Development Agreement (the "Agreement") is made as of October 31, 2019 (the "Effective '
    'Date") by and between FuelCell Energy, Inc. ("FCE") and ExxonMobil Research and Engineering '
    'Company ("ExxonMobil").\n\n'
)


@pytest.mark.parametrize(
    "clause",
    [
        # FuelCell Energy / ExxonMobil
        "During the Term of this Agreement, FCE will not conduct any Work using Generation 1 "
        "Technology in Carbon Capture Applications or any Work using Generation 2 Technology, "
        "independently or with third parties outside this Agreement, without prior written "
        "approval from ExxonMobil.",
        # Anixa / OntoChem
        "During the term of this Agreement, except in the performance of its obligations or "
        "exercise of its rights under this Agreement, neither OntoChem nor any of its Affiliates "
        "will discover, research, develop, manufacture or commercialize any compound or product "
        "directed to any Target, either independently or for or in collaboration with a third party.",
        # Eton / Aucta
        "During the Term of this Agreement, and for a period of two (2) years thereafter, Aucta "
        "shall not research, develop, manufacture, file, sell, market, or distribute more than two "
        "products containing the active ingredient Lamotrigine; nor will Aucta directly or "
        "indirectly assist any other Person or entity in carrying or any such activities.",
        # Impresse / VerticalNet: advertising in a field
        "2.4. Beginning on the Launch Date and continuing during the Term, VerticalNet shall not "
        'place advertising relating to the commercial printing entities listed on Exhibit "A," or '
        "other such entities subsequently identified by Impresse, on the VerticalNet Area of the "
        "Co-Branded Site.",
        # MJ Biotech joint venture: "No Participant will engage in ... competitive"
        "No Participant will engage in any business, venture or transaction, whether directly or "
        "indirectly, that might be competitive with the business of the Joint Venture or that "
        "would be in direct conflict of interest to the Joint Venture without the unanimous "
        "written consent of the remaining Participants.",
        # Leaders Online / VerticalNet
        "VerticalNet agrees that during the term of this Agreement, it shall not enter into an "
        "agreement with Futurestep, Inc. to provide promotional opportunities to Futurestep "
        "throughout all of the VerticalNet Online Communities.",
    ],
)
def test_a_promise_for_the_term_not_to_do_business_in_a_field(clause: str) -> None:
    found = read_agreement(Source("x.txt", OPENING + clause))
    assert found.non_compete is not None
    assert found.non_compete.text.startswith(clause[:40])


@pytest.mark.parametrize(
    "clause",
    [
        # ScanSource / Cisco: the negation leaves both parties free to compete.
        "It is expressly understood and agreed that this Agreement does not grant to Cisco or "
        "Distributor an exclusive right to purchase or sell Products and shall not prevent either "
        "party from developing or acquiring or selling competing Products of other vendors or "
        "customers.",
        # N2K / Excite: a duty Excite does not have.
        "Although Excite will not be required to disclose any information in violation of any "
        "nondisclosure agreement between Excite and any third party, the notice will include "
        "information sufficient to permit Sponsor to evaluate the requirements for meeting the "
        "competing offer for retail music store sponsorship of the Excite Site and to formulate a "
        "meaningful response.",
        # Xinhua Sports / CEIS: about licensees (exclusivity), not a field of business.
        "During the Term, CEIS agrees not to appoint any other licensees for the distribution of "
        "the Content in the People's Republic of China.",
        # Glu Mobile / Fox (the sentence as a page break leaves it): a grant of rights to others.
        "competition with the Wireless Products at any time in Japan including during the Term "
        "and within Japan, provided that Fox will not grant to any other party any such rights to "
        "develop, publish, and/or distribute Wireless Products for the Wireless Platform to end "
        "users outside of Japan.",
    ],
)
def test_a_term_bound_promise_about_others_is_no_covenant_not_to_compete(clause: str) -> None:
    assert read_agreement(Source("x.txt", OPENING + clause)).non_compete is None
