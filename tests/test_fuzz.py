"""A bounded fuzz run in CI: hostile bytes through the file readers and the whole
library never crash, never make a rule fail and never print an impossible position.
The long run (bench/fuzz.py) uses the same inputs, many more of them."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzzing import case, failures


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2 ** 32))
def test_hostile_inputs_are_checked_or_refused_in_one_line(seed):
    item = case(seed)
    assert failures(item.data, item.path) == [], (item.kind, seed)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.sampled_from(["r.txt", "r.docx", "r.html"]))
def test_any_bytes_are_checked_or_refused_in_one_line(data, path):
    assert failures(data, path) == []
