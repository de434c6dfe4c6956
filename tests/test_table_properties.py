"""Property tests: a generated consistent table yields no finding, and changing
one cell breaks exactly the identities that cell takes part in."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govlint import Settings, lint_text, parse
from govlint.model.tables import recognise
from govlint.model.tables import vocabulary as t
from govlint.model.tables.identities import breaches, identities, violations

from table_fixtures import consistent_values, render, review_table

OUTCOMES = [k for k in t.application_order("2021") if k not in ("一", "二", "三(七)", "四")]
counts = st.integers(min_value=0, max_value=30)
applicants = st.lists(counts, min_size=6, max_size=6)


@st.composite
def tables(draw):
    chosen = draw(st.lists(st.sampled_from(OUTCOMES), max_size=6, unique=True))
    items = {key: draw(applicants) for key in chosen}
    carried = draw(st.lists(st.integers(0, 2), min_size=6, max_size=6))
    rows = consistent_values(items, carried)
    rows["一"] = [max(v, 0) for v in rows["一"]]
    rows["一"][6] = sum(rows["一"][:6])
    # keep 一 + 二 = （七） + 四 exact after clamping
    for c in range(7):
        rows["四"][c] = rows["一"][c] + rows["二"][c] - rows["三(七)"][c]
    return rows


@settings(max_examples=60, deadline=None)
@given(tables(), st.sampled_from(["tabs", "cell_lines", "bare_lines", "pipe_cells"]))
def test_consistent_table_yields_no_finding(rows, layout):
    found = lint_text(render(rows, layout), "gen.txt", Settings(select=("T",)))
    assert found == []


@settings(max_examples=80, deadline=None)
@given(tables(), st.sampled_from(list(t.application_order("2021"))), st.integers(0, 6),
       st.integers(1, 9), st.sampled_from(["tabs", "cell_lines"]))
def test_one_changed_cell_breaks_exactly_its_identities(rows, key, column, delta, layout):
    rows = {k: list(v) for k, v in rows.items()}
    rows[key][column] += delta
    grid = recognise(parse(render(rows, layout))).table("三")
    ref = (key, t.APPLICATION_COLUMNS[column])
    expected = {i for i in identities(grid) if ref in i.left + i.right}
    assert {v.identity for v in violations(grid)} == expected
    found = breaches(grid)
    if len(expected) > 1:
        assert len(found) == 1 and found[0].root == ref


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(counts, min_size=4, max_size=4), min_size=3, max_size=3),
       st.integers(0, 14), st.integers(1, 9))
def test_table_four_one_changed_cell(groups, position, delta):
    values = [v for group in groups for v in group + [sum(group)]]
    assert lint_text(review_table(values), "gen.txt", Settings(select=("T",))) == []
    values[position] += delta
    found = lint_text(review_table(values), "gen.txt", Settings(select=("T",)))
    assert [d.code for d in found] == ["T201"]
    assert found[0].span.line == 7      # the data row, at the total of the changed group
