"""Unsafe fixes: likely corrections a person must confirm, applied only with --unsafe-fixes."""

from __future__ import annotations

import json

import pytest

from govlint import Diagnostic, Fix, Span
from govlint.cli.commands import main
from govlint.engine.fixes import apply_fixes

_SPAN = Span(1, 1, 1, 1, 0, 0)
# a mistyped character in an official term, a doubled one, and a superfluous 的 (a safe W203 fix)
TEXT = "一、总体情况\n\n我局工作取得了一些的成效，依申清公开办理规范，政府信息公公开工作有序推进。\n"


def _diag(start, end, replacement, safe):
    return Diagnostic("x.txt", _SPAN, "warning", "W999", "test", "m", fix=Fix(start, end, replacement, safe=safe))


def test_apply_fixes_leaves_unsafe_fixes_unless_asked():
    safe, unsafe = _diag(0, 1, "A", True), _diag(2, 3, "C", False)
    assert apply_fixes("abc", [safe, unsafe]).text == "Abc"
    assert apply_fixes("abc", [safe, unsafe], unsafe=True).text == "AbC"


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_fix_alone_does_not_apply_a_suspected_typo(report, capsys):
    main(["--select", "W201,W203", "--fix", str(report)])
    fixed = report.read_text(encoding="utf-8")
    assert "依申清" in fixed and "公公开" in fixed       # the guesses are left for a person
    assert "一些的" not in fixed                         # the safe fix was applied


def test_unsafe_fixes_apply_the_suggested_corrections(report, capsys):
    main(["--select", "W201", "--fix", "--unsafe-fixes", str(report)])
    fixed = report.read_text(encoding="utf-8")
    assert "依申请公开" in fixed and "政府信息公开工作" in fixed and "公公开" not in fixed
    assert main(["--select", "W201", str(report)]) == 0    # nothing left to report


def test_diff_shows_unsafe_changes_only_when_asked(report, capsys):
    main(["--select", "W201", "--diff", str(report)])
    assert "依申请" not in capsys.readouterr().out
    main(["--select", "W201", "--diff", "--unsafe-fixes", str(report)])
    assert "依申请公开办理规范" in capsys.readouterr().out
    assert "依申清" in report.read_text(encoding="utf-8")   # --diff writes nothing


def test_the_summary_counts_suggestions_apart_from_safe_fixes(report, capsys):
    main(["--select", "W201", str(report)])
    out = capsys.readouterr().out
    assert "2 个有待确认的修改建议" in out and "可用 --fix 自动修复" not in out


def test_json_says_whether_a_fix_is_safe(report, capsys):
    main(["--select", "W201,W203", "--format", "json", str(report)])
    data = json.loads(capsys.readouterr().out)
    items = data if isinstance(data, list) else data["diagnostics"]
    safety = {item["code"]: item["fix"]["safe"] for item in items if "fix" in item}
    assert safety == {"W201": False, "W203": True}


def test_unsafe_fixes_without_fix_or_diff_is_refused(report, capsys):
    assert main(["--unsafe-fixes", str(report)]) == 2
    assert "--unsafe-fixes" in capsys.readouterr().err


def test_rules_lists_w201_as_suggesting_fixes(capsys):
    main(["rules"])
    line = next(l for l in capsys.readouterr().out.splitlines() if l.startswith("W201"))
    assert "修改建议需确认" in line and "（可修复）" not in line
