"""One parametrised runner for every rule's case file (tests/rules/cases/<CODE>.toml).

A case file holds named synthetic snippets, each with the findings its rule must
report, and only that rule runs on it; the format is described in
``tests/rules/cases/README.md``.  Every rule must have at least one failing and
one passing case.  ``pytest -k S101`` runs one rule.

Positions are those govlint prints.  ``line`` is 1-based and counts the lines of
the snippet as TOML gives it: when a multi-line string's opening quotes end
their line, TOML drops that newline, so line 1 is the line right after the
opening quotes (an empty line there is line 1).  ``column``, when an expectation pins it, is the
1-based column of the finding's first character, counted in characters (a CJK
character is one column, a tab is one column), in the text with line endings
normalised.  ``fixed``, when a case pins it, is the whole snippet after
``govlint --fix`` with that rule alone (every safe fix, round after round until
nothing changes), under the same convention (TOML drops the first newline).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from govlint import Settings, lint_reports, lint_text, parse
from govlint.engine.fixes import fix_until_stable
from govlint.engine.plugins import get_plugin_manager, rules
from govlint.syntax.source import from_text

CASES = Path(__file__).parent / "cases"
PM = get_plugin_manager(load_entry_points=False)
RULES = {info.code: info for info in rules(PM)}
CASE_KEYS = {"name", "text", "reports", "expect", "fixed", "options"}
EXPECT_KEYS = {"code", "line", "column", "path"}


def _load():
    for path in sorted(CASES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data["case"]:
            yield pytest.param(path.stem, case, id=f"{path.stem}-{case['name']}")


def unmatched(found: list[tuple], expected: list[dict]) -> tuple[list, list]:
    """The findings no expectation accounts for, and the expectations no finding meets.

    ``found`` holds ``(code, path, line, column)``; an expectation that pins no
    column (or no path) matches a finding at any column (in any file).  Pinned
    expectations are matched first, so a loose one never takes a finding a pinned
    one needs."""
    left = Counter(found)
    missing = []
    for want in sorted(expected, key=lambda e: ("column" not in e, "path" not in e)):
        match = next((f for f in sorted(left.elements()) if f[0] == want["code"] and f[2] == want["line"]
                      and want.get("path", f[1]) == f[1] and want.get("column", f[3]) == f[3]), None)
        if match is None:
            missing.append(want)
        else:
            left[match] -= 1
    return sorted(left.elements()), missing


@pytest.mark.parametrize("code, case", list(_load()))
def test_case(code, case):
    assert set(case) <= CASE_KEYS, f"unknown keys {set(case) - CASE_KEYS} (see cases/README.md)"
    for want in case.get("expect", []):
        assert {"code", "line"} <= set(want) <= EXPECT_KEYS, f"expectation {want}: keys are {EXPECT_KEYS}"
    settings = Settings(select=(code,), options=tuple(case.get("options", {}).items()))
    if "reports" in case:
        # a rule across reports: several files checked together; expectations name the file
        assert "fixed" not in case, "a case across reports cannot pin a fixed text"
        reports = [parse(item["text"], item["path"]) for item in case["reports"]]
        diagnostics = lint_reports(reports, lambda path: settings, PM)
    else:
        diagnostics = lint_text(case["text"], "case.txt", settings, PM)
    found = [(d.code, d.path, d.line, d.column) for d in diagnostics]
    extra, missing = unmatched(found, case.get("expect", []))
    assert not extra and not missing, (f"not expected (code, path, line, column): {extra}\n"
                                       f"expected, not found: {missing}\n{diagnostics}")
    if "fixed" in case:
        fixed = fix_until_stable(from_text(case["text"], "case.txt"), diagnostics, settings, PM)
        assert fixed.text == case["fixed"]


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


def test_a_pinned_column_must_match_and_a_loose_one_matches_any_column():
    found = [("W203", "case.txt", 2, 12), ("W203", "case.txt", 2, 30)]
    assert unmatched(found, [{"code": "W203", "line": 2, "column": 12}, {"code": "W203", "line": 2}]) == ([], [])
    assert unmatched(found, [{"code": "W203", "line": 2}, {"code": "W203", "line": 2, "column": 30}]) == ([], [])
    extra, missing = unmatched(found, [{"code": "W203", "line": 2, "column": 11}, {"code": "W203", "line": 2}])
    assert missing == [{"code": "W203", "line": 2, "column": 11}] and len(extra) == 1
    assert unmatched(found, [{"code": "W203", "line": 3}])[1] == [{"code": "W203", "line": 3}]
