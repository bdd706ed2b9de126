"""Officer changes an Item 5.02 (old Item 6) reports, one record per person.

:mod:`.cues` holds the named patterns (change words, titles, name shapes); :mod:`.extract`
finds the people and builds each :class:`~sec8k.models.OfficerChange`. Dates, sentences and
evidence come from the shared agreement machinery (:mod:`sec8k.agreements.source`).
"""

from sec8k.officers.extract import extract_officer_changes

__all__ = ["extract_officer_changes"]
