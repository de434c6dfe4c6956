"""A broken rule never takes the run down and never passes silently: whatever a rule
raises or returns, it becomes one error naming it, the other rules still run, and
a plugin that cannot be used is said and makes the run exit non-zero."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest

from govlint import Finding, Settings, hookimpl, lint_text
from govlint.engine.baseline import format_baseline, identities, parse_baseline
from govlint.engine.diagnostics import Fix, Note
from govlint.syntax.nodes import Span
from govlint.engine.plugins import get_plugin_manager, plugin_errors
from govlint.engine.settings import lint_reports

from samples import CLEAN, UNFINISHED


def _rule(body, code="W990", hook="govlint_check"):
    module = types.ModuleType(f"rule_{code}")
    module.__doc__ = "测试用的规则。"
    module.CODE, module.NAME, module.SEVERITY = code, "misbehaving-rule", "warning"

    if hook == "govlint_check":
        @hookimpl
        def govlint_check(report):
            return body(report)
        module.govlint_check = govlint_check
    else:
        @hookimpl
        def govlint_check_reports(reports):
            return body(reports)
        module.govlint_check_reports = govlint_check_reports
    return module


def _run(body, **settings):
    pm = get_plugin_manager(load_entry_points=False)
    pm.register(_rule(body), name="W990")
    return lint_text(UNFINISHED, "r.txt", Settings(**settings), pm=pm)


def _failure(found):
    failed = [d for d in found if d.code == "W990"]
    assert len(failed) == 1, failed
    assert failed[0].internal and failed[0].severity == "error" and "内部出错" in failed[0].message
    assert any(d.code == "W101" for d in found)      # the other rules still ran
    return failed[0].message_en


def _raise(exc):
    raise exc


def _good_span():
    return Span(1, 1, 1, 2, 0, 1)


@pytest.mark.parametrize("body, says", [
    (lambda r: sys.exit(0), "sys.exit(0)"),
    (lambda r: sys.exit("stop"), "sys.exit('stop')"),
    (lambda r: _raise(KeyboardInterrupt()), "KeyboardInterrupt"),
    (lambda r: _raise(RecursionError("deep")), "RecursionError"),
    (lambda r: "a finding", "not str"),
    (lambda r: {"span": 1}, "not dict"),
    (lambda r: 42, "not int"),
    (lambda r: ["a", "b"], "str where a Finding belongs"),
    (lambda r: [None], "NoneType where a Finding belongs"),
    (lambda r: [{"message": "x"}], "dict where a Finding belongs"),
    (lambda r: [Finding((1, 1, 1, 2, 0, 1), "m")], "span is a tuple"),
    (lambda r: [Finding(Span(1.0, 1, 1, 2, 0, 1), "m")], "integers"),
    (lambda r: [Finding(Span(1, 1, 1, 2, 0.5, 1), "m")], "integers"),
    (lambda r: [Finding(Span(1, 1, 1, 2, 0, 10 ** 6), "m")], "outside the report"),
    (lambda r: [Finding(Span(2, 5, 1, 2, 10, 3), "m")], "outside the report"),
    (lambda r: [Finding(Span(900, 1, 900, 2, 0, 1), "m")], "outside the report"),
    (lambda r: [Finding(Span(1, 5, 1, 2, 0, 1), "m")], "ends before it starts"),
    (lambda r: [Finding(_good_span(), None)], "message"),
    (lambda r: [Finding(_good_span(), "  ")], "message"),
    (lambda r: [Finding(_good_span(), "m", fix=Fix(0, 10 ** 6, ""))], "fix"),
    (lambda r: [Finding(_good_span(), "m", fix=(0, 1, ""))], "fix"),
    (lambda r: [Finding(_good_span(), "m", notes=[Note(_good_span(), "n")])], "notes"),
    (lambda r: [Finding(_good_span(), "m", notes=(Note(Span(1, 1, 1, 2, 0, 10 ** 6), "n"),))], "note"),
])
def test_a_rule_that_misbehaves_is_one_error_naming_it(body, says):
    assert says in _failure(_run(body))


def test_valid_findings_of_a_plugin_are_printed():
    found = _run(lambda r: [Finding(Span(1, 1, 1, 3, 0, 2), "青川")])
    assert [d.message for d in found if d.code == "W990"] == ["青川"]


def test_a_rule_over_its_time_limit_is_stopped_and_said():
    started = time.monotonic()
    message = _failure(_run(lambda r: time.sleep(30), time_limit=0.5))
    assert time.monotonic() - started < 10
    assert "time limit" in message


def test_a_rule_that_swallows_exceptions_is_still_stopped():
    def stubborn(report):
        while True:
            try:
                time.sleep(30)
            except Exception:
                pass
    assert "time limit" in _failure(_run(stubborn, time_limit=0.3))


@pytest.mark.parametrize("body", [
    lambda reports: ["not a pair"],
    lambda reports: [(reports[0],)],
    lambda reports: [("r.txt", Finding(_good_span(), "m"))],
    lambda reports: [(reports[0], "m")],
    lambda reports: [(reports[0], Finding(Span(1, 1, 1, 2, 0, 10 ** 6), "m"))],
    lambda reports: sys.exit(1),
])
def test_a_rule_across_reports_that_returns_no_pairs_is_one_error(body):
    from govlint import parse

    pm = get_plugin_manager(load_entry_points=False)
    pm.register(_rule(body, "X990", "govlint_check_reports"), name="X990")
    reports = [parse(CLEAN, "a.txt"), parse(CLEAN, "b.txt")]
    found = [d for d in lint_reports(reports, pm=pm) if d.code == "X990"]
    assert len(found) == 1 and found[0].internal and found[0].severity == "error"


def test_a_crash_is_never_accepted_into_a_baseline():
    found = _run(lambda r: 1 / 0)
    lines = {"r.txt": tuple(UNFINISHED.split("\n"))}
    idents = identities(found, lines)
    text = format_baseline(found, idents)
    assert "W990" not in text and "W101" in text
    # even a baseline that lists the crash (written by hand, or by an older version) keeps it
    forged = text.replace('"findings": [', '"findings": [\n    {"code": "W990", "path": "r.txt", "text": "%s", '
                          '"occurrence": 0},' % idents[[d.code for d in found].index("W990")].text.replace('"', '\\"'))
    kept = parse_baseline(forged, "b.json").new(found, idents)
    assert [d.code for d in kept] == ["W990"]


# ── plugins installed for real (an entry point on the path), through the CLI ──

EVIL = '''"""A rule that misbehaves on reports that ask for it."""
import os, sys
from govlint import hookimpl
CODE, NAME, SEVERITY = "W991", "evil-rule", "warning"

@hookimpl
def govlint_check(report):
    if "KILLWORKER" in report.text:
        os._exit(3)
    if "EXITZERO" in report.text:
        sys.exit(0)
    return []
'''
MISSPELT = '''"""A rule whose hook is misspelt."""
from govlint import hookimpl
CODE, NAME, SEVERITY = "W992", "misspelt-hook", "warning"

@hookimpl
def govlint_chek(report):
    return []
'''
UNKNOWN_ARGUMENT = '''"""A rule that asks for a hook argument there is not."""
from govlint import hookimpl
CODE, NAME, SEVERITY = "W993", "unknown-argument", "warning"

@hookimpl
def govlint_check(report, settings):
    return []
'''
NOT_IMPORTABLE = '''raise ImportError("a dependency is missing")\n'''


@pytest.fixture(scope="module")
def plugin_site(tmp_path_factory):
    """A folder holding plugin modules and the distribution metadata that declares them
    as entry points of the group govlint (what pip would install)."""
    site = tmp_path_factory.mktemp("site")
    modules = {"evil_rule": EVIL, "misspelt_rule": MISSPELT, "argument_rule": UNKNOWN_ARGUMENT,
               "broken_rule": NOT_IMPORTABLE}
    for name, text in modules.items():
        (site / f"{name}.py").write_text(text, encoding="utf-8")
    info = site / "broken_plugins-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-plugins\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[govlint]\n" + "".join(f"{n} = {n}\n" for n in modules))
    return site


def _govlint(args, site, cwd):
    env = dict(os.environ, PYTHONPATH=str(site))
    env.pop("GOVLINT_NO_PLUGINS", None)
    return subprocess.run([sys.executable, "-m", "govlint", *args, "--lang", "en"], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=120)


def _reports(folder: Path, **texts) -> list[str]:
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return [f"{name}.txt" for name in texts]


def test_unusable_plugins_are_named_and_the_others_still_check(plugin_site, tmp_path):
    files = _reports(tmp_path, a=UNFINISHED)
    result = _govlint(files, plugin_site, tmp_path)
    assert "W101" in result.stdout                                   # the built-in rules ran
    for name in ("misspelt_rule", "argument_rule", "broken_rule"):
        assert name in result.stderr
    assert "govlint_chek" in result.stderr and "settings" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.returncode == 2


def test_a_plugin_calling_sys_exit_is_an_error_not_a_pass(plugin_site, tmp_path):
    files = _reports(tmp_path, a=CLEAN + "EXITZERO\n")
    result = _govlint(files, plugin_site, tmp_path)
    assert "W991" in result.stdout and "sys.exit(0)" in result.stdout
    assert result.returncode != 0


def test_a_plugin_that_kills_its_worker_loses_that_file_only(plugin_site, tmp_path):
    files = _reports(tmp_path, a=UNFINISHED, b=CLEAN + "KILLWORKER\n", c=UNFINISHED, d=UNFINISHED)
    result = _govlint([*files, "--jobs", "2"], plugin_site, tmp_path)
    assert "b.txt" in result.stderr and "died" in result.stderr
    for name in ("a.txt", "c.txt", "d.txt"):
        assert f"{name}:12:8: error W101" in result.stdout
    assert "b.txt:" not in result.stdout
    assert result.returncode == 2


def test_plugin_errors_are_kept_beside_the_manager(plugin_site, monkeypatch):
    monkeypatch.syspath_prepend(str(plugin_site))
    monkeypatch.delenv("GOVLINT_NO_PLUGINS", raising=False)
    pm = get_plugin_manager()
    names = " ".join(str(e) for e in plugin_errors(pm))
    assert "misspelt_rule" in names and "argument_rule" in names and "broken_rule" in names
    assert pm.get_plugin("W991") is not None and pm.get_plugin("W992") is None
    for name in ("evil_rule", "misspelt_rule", "argument_rule", "broken_rule"):
        sys.modules.pop(name, None)
