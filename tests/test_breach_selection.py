"""One wrong table cell that breaks several identities is reported once, by the
most telling of the rules that RUN: choosing the reporting rule before the
selection is applied would leave ``--select T102,T103`` silent on a table whose
T103 identity is broken (the breach would be T101's, and T101 does not run)."""

from __future__ import annotations

import json

import pytest

from govlint import Settings, lint_text
from govlint.cli.commands import main
from govlint.engine.hookspecs import RuleContext
from govlint.engine.plugins import get_plugin_manager
from govlint.model.tables.findings import REPORTED_BY
from govlint.model.tables.identities import PREFERENCE

from table_fixtures import HEAD, TAIL, consistent_values, render

PM = get_plugin_manager(load_entry_points=False)


def _report() -> str:
    """Table 三 whose 三(一) 自然人 is one too many: its row total (T101) and the
    自然人 column's outcome total (T103) both break, and that one cell mends both."""
    rows = consistent_values({"三(一)": [2, 1, 0, 0, 0, 0], "三(四)1": [1, 0, 0, 0, 0, 0]}, [0] * 6)
    assert rows["三(一)"] == [2, 1, 0, 0, 0, 0, 3]
    rows["三(一)"][0] = 3
    return HEAD.format(year=2021) + render(rows, "tabs") + TAIL


def _found(**settings):
    return [(d.code, d.line, d.column, len(d.notes))
            for d in lint_text(_report(), "r.txt", Settings(**settings), PM) if d.code.startswith("T1")]


def test_the_default_run_reports_the_cell_once_as_a_row_total_with_the_column_as_a_note():
    found = _found()
    assert [(code, notes) for code, _, _, notes in found] == [("T101", 1)]


@pytest.mark.parametrize("chosen", [("T102", "T103"), ("T103",), ("T1",)])
def test_a_selection_without_the_row_total_rule_reports_the_outcome_total(chosen):
    found = _found(select=chosen)
    expected = "T101" if "T1" in chosen else "T103"
    assert [(code, notes) for code, _, _, notes in found] == [(expected, 1)]


def test_ignoring_the_row_total_rule_hands_the_cell_to_the_outcome_total_rule_at_the_same_place():
    default, = _found()
    ignored, = _found(ignore=("T101",))
    assert ignored[0] == "T103" and ignored[1:] == default[1:]


def test_a_selection_of_neither_rule_reports_nothing():
    assert _found(select=("T102", "T104")) == []


def test_the_command_line_selection_reaches_the_choice(tmp_path, capsys):
    path = tmp_path / "r.txt"
    path.write_text(_report(), encoding="utf-8")
    code = main(["--select", "T102,T103", "--format", "json", str(path)])
    out = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [item["code"] for item in out] == ["T103"]


def test_every_identity_kind_has_a_reporting_rule():
    assert set(REPORTED_BY) == set(PREFERENCE)
    codes = {name for name, _ in PM.list_name_plugin()}
    assert set(REPORTED_BY.values()) <= codes


def test_a_context_without_a_selection_enables_every_rule_and_keeps_its_options():
    context = RuleContext({"agency_kind": "county"})
    assert context.enabled("T101")
    narrowed = context.selecting(lambda code: code == "T103")
    assert narrowed.enabled("T103") and not narrowed.enabled("T101")
    assert narrowed.get("agency_kind") == "county"
