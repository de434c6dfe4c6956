"""One parametrised runner for every rule's case file (tests/rules/cases/<CODE>.toml).

A case file holds named synthetic snippets, each with the findings the rule must
report (code and line) — an empty list for a passing case.  Every rule must
have at least one failing and one passing case.  ``pytest -k S101`` runs one rule.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from govlint import Settings, lint_reports, lint_text, parse
from govlint.engine.plugins import get_plugin_manager, rules

CASES = Path(__file__).parent / "cases"
PM = get_plugin_manager(load_entry_points=False)
RULES = {info.code: info for info in rules(PM)}


def _load():
    for path in sorted(CASES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data["case"]:
            yield pytest.param(path.stem, case, id=f"{path.stem}-{case['name']}")


@pytest.mark.parametrize("code, case", list(_load()))
def test_case(code, case):
    settings = Settings(select=(code,), options=tuple(case.get("options", {}).items()))
    if "reports" in case:
        # a rule across reports: several files checked together; expectations name the file
        reports = [parse(item["text"], item["path"]) for item in case["reports"]]
        diagnostics = lint_reports(reports, lambda path: settings, PM)
        found = [(d.code, d.path, d.line) for d in diagnostics]
        expected = [(e["code"], e["path"], e["line"]) for e in case.get("expect", [])]
    else:
        diagnostics = lint_text(case["text"], "case.txt", settings, PM)
        found = [(d.code, d.line) for d in diagnostics]
        expected = [(e["code"], e["line"]) for e in case.get("expect", [])]
    assert sorted(found) == sorted(expected), diagnostics


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_rule_has_failing_and_passing_cases(code):
    path = CASES / f"{code}.toml"
    assert path.exists(), f"rule {code} has no case file {path.name}"
    cases = tomllib.loads(path.read_text(encoding="utf-8"))["case"]
    assert any(c.get("expect") for c in cases), f"{code}: no case where the rule fires"
    assert any(not c.get("expect") for c in cases), f"{code}: no case where the rule stays silent"


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_rule_is_documented(code):
    info = RULES[code]
    for part in ("## 它检查什么", "## 为什么重要", "## 示例"):
        assert part in info.doc, f"{code} docstring lacks {part}"


def test_codes_and_names_are_unique():
    names = [info.name for info in RULES.values()]
    assert len(names) == len(set(names))
