"""Fuzzing the parsing stages with random and mutated real filings.

Two hypothesis profiles: ``sec8k-ci`` (the default: few examples, derandomised, a
deadline per example) and ``sec8k-long`` (``SEC8K_FUZZ=long``: many random examples, no
deadline; ``SEC8K_FUZZ_EXAMPLES`` sets how many). The profile is applied with ``@FUZZ``
so that other tests keep hypothesis' own defaults.

    SEC8K_FUZZ=long python -m pytest tests/test_fuzz*.py --hypothesis-show-statistics
"""

from __future__ import annotations

import os
from datetime import timedelta

from hypothesis import HealthCheck, settings

_SLOW_IS_FINE = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile(
    "sec8k-ci",
    max_examples=40,
    deadline=timedelta(seconds=10),
    derandomize=True,
    suppress_health_check=_SLOW_IS_FINE,
)
settings.register_profile(
    "sec8k-long",
    max_examples=int(os.environ.get("SEC8K_FUZZ_EXAMPLES", "5000")),
    deadline=None,
    suppress_health_check=_SLOW_IS_FINE,
)
#: The settings every fuzz test runs with.
FUZZ = settings(
    settings.get_profile("sec8k-long" if os.environ.get("SEC8K_FUZZ") == "long" else "sec8k-ci")
)
