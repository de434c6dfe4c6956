"""The rule engine on pluggy: built-ins, selection, isolation of a crashing rule,
and a third-party rule package installed for real and found through its entry point."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from govlint import Settings, hookimpl, lint_text
from govlint.engine.run import Selection
from govlint.engine import plugins
from govlint.engine.plugins import PluginError, checked_info, get_plugin_manager, rule_info, rules

HERE = Path(__file__).parent
REPORT = "青川市农业农村局\n2021年政府信息公开工作年度报告\n一、总体情况\n某某局认真落实，增强。\n"


def test_builtins_are_registered_under_their_codes():
    pm = get_plugin_manager(load_entry_points=False)
    codes = [info.code for info in rules(pm)]
    assert "S101" in codes and "W101" in codes
    assert all(pm.get_plugin(code) is not None for code in codes)


@pytest.mark.parametrize("select, ignore, code, expected", [
    ((), (), "S101", True),
    (("S",), (), "D101", False),
    (("S",), ("S10",), "S101", False),
    (("S",), ("S10",), "S001", True),
    (("S101",), ("S",), "S101", True),
    ((), ("W1",), "W101", False),
])
def test_selection_longest_prefix_wins(select, ignore, code, expected):
    assert Selection(select, ignore).enabled(code) is expected


def test_select_goes_through_pluggy_subset_caller():
    pm = get_plugin_manager(load_entry_points=False)
    found = lint_text(REPORT, settings=Settings(select=("W101",)), pm=pm)
    assert {d.code for d in found} == {"W101"}
    found = lint_text(REPORT, settings=Settings(ignore=("W101",)), pm=pm)
    assert "W101" not in {d.code for d in found}


def _crashing_rule():
    module = types.ModuleType("crashing_rule")
    module.__doc__ = "会崩溃的规则。"
    module.CODE, module.NAME, module.SEVERITY = "W998", "always-crashes", "warning"

    @hookimpl
    def govlint_check(report):
        raise RuntimeError("boom")

    module.govlint_check = govlint_check
    return module


def test_a_crashing_rule_becomes_one_finding_and_others_still_run():
    pm = get_plugin_manager(load_entry_points=False)
    pm.register(_crashing_rule(), name="W998")
    found = lint_text(REPORT, pm=pm)
    crash = [d for d in found if d.code == "W998"]
    assert len(crash) == 1 and "boom" in crash[0].message and crash[0].severity == "error"
    assert any(d.code == "W101" for d in found)


def test_plugin_metadata_is_checked():
    bad = types.ModuleType("bad")
    bad.CODE, bad.NAME, bad.SEVERITY = "Q1", "Bad Name", "fatal"
    with pytest.raises(PluginError):
        rule_info(bad, "test")


def test_a_registered_rule_is_read_once_and_any_plugin_can_be_read(monkeypatch):
    module = types.ModuleType("once")
    module.CODE, module.NAME, module.SEVERITY = "W997", "read-once", "info"
    reads = []
    monkeypatch.setattr(plugins, "rule_info", lambda plugin, origin: reads.append(plugin) or rule_info(plugin, origin))
    assert checked_info(module) is checked_info(module) and reads == [module]

    class Slotted:      # neither hashable nor weakly referable
        __slots__ = ()
        __hash__ = None
        CODE, NAME, SEVERITY = "W996", "slotted-rule", "warning"

    assert checked_info(Slotted()).code == "W996"


def test_severity_override():
    pm = get_plugin_manager(load_entry_points=False)
    found = lint_text(REPORT, settings=Settings(select=("W101",), severity=(("W101", "info"),)), pm=pm)
    assert [d.severity for d in found] == ["info"]


@pytest.fixture(scope="module")
def installed_plugin(tmp_path_factory):
    """The package in tests/plugin_pkg installed (pip, no network) into a private folder."""
    target = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
                    "--no-index", "--target", str(target), str(HERE / "plugin_pkg")],
                   check=True, capture_output=True)
    return target


def _govlint(args, site, tmp_path, **env):
    environment = dict(os.environ, PYTHONPATH=str(site), **env)
    return subprocess.run([sys.executable, "-m", "govlint", *args], capture_output=True, text=True,
                          env=environment, cwd=tmp_path)


def test_entry_point_plugin_runs(installed_plugin, tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    listed = _govlint(["rules"], installed_plugin, tmp_path)
    assert "W901" in listed.stdout and "govlint-demo-plugin" in listed.stdout
    result = _govlint([str(report), "--select", "W901"], installed_plugin, tmp_path)
    assert "W901" in result.stdout and "出现“某某”" in result.stdout
    assert result.returncode == 0  # the plugin's severity is warning


def test_plugins_can_be_switched_off(installed_plugin, tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = _govlint([str(report)], installed_plugin, tmp_path, GOVLINT_NO_PLUGINS="1")
    assert "W901" not in result.stdout
