"""The command line people already know from ruff: subcommands with options before
or after them, argparse in the user's language, exit codes that never pass an
empty or broken run green, and the usual options (--version, --quiet,
--exit-zero, --fail-on, --output-format, --show-source, --stdin-filename,
rules --format json, conflicting options refused)."""

from __future__ import annotations

import io
import json
import sys

import pytest

import govlint
from govlint.cli.commands import main

from samples import CLEAN, DEFECTIVE, PINNED_CONFIG

WARNED = CLEAN.replace("四、政府信息公开行政复议", "四．政府信息公开行政复议")   # only S105 (info) ...
FIXABLE = CLEAN.replace("公开形式还不够丰富。", "公开形式还不够丰富，取得了一些的成效。")   # W203 (warning, fixable)


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def repo(tmp_path, monkeypatch):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "defective.txt").write_text(DEFECTIVE, encoding="utf-8")
    (tmp_path / "govlint.toml").write_text(PINNED_CONFIG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- nothing checked, unreadable files ---------------------------------------------------------

def test_empty_folder_is_exit_two_with_one_line(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("不是报告", encoding="utf-8")
    code, out, err = run([str(tmp_path / "empty")], capsys)
    assert code == 2 and out == ""
    assert err.splitlines() == [f"govlint: 没有找到要检查的报告文件（.txt、.text、.docx、.html、.htm、.pdf）：{tmp_path / 'empty'}"]


def test_no_path_at_all_is_a_usage_error(capsys):
    code, out, err = run([], capsys)
    assert code == 2 and out == "" and len(err.splitlines()) == 1


@pytest.mark.parametrize("lang, forbidden", [("zh", "未发现问题"), ("en", "No problems")])
def test_summary_after_a_missing_file_never_says_no_problems(tmp_path, capsys, lang, forbidden):
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    code, out, _ = run([str(tmp_path / "clean.txt"), str(tmp_path / "missing.txt"), "--lang", lang], capsys)
    assert code == 2
    assert forbidden not in out
    assert ("无法读取" if lang == "zh" else "could not be read") in out.splitlines()[-1]


def test_summary_after_only_a_binary_file(tmp_path, capsys):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    code, out, _ = run([str(tmp_path / "image.txt")], capsys)
    assert code == 2 and "未发现问题" not in out and "没有检查任何文件" in out


# --- subcommands and their options ------------------------------------------------------------

@pytest.mark.parametrize("argv", [
    ["--lang", "en", "rule", "S101"],
    ["rule", "S101", "--lang", "en"],
    ["rule", "--lang=en", "S101"],
])
def test_options_before_and_after_a_subcommand(argv, capsys):
    code, out, _ = run(argv, capsys)
    assert code == 0 and out.startswith("S101 section-missing (default severity: error)")


def test_check_subcommand_takes_options_on_either_side(repo, capsys):
    assert run(["--format", "json", "check", "reports"], capsys)[:2] == run(["check", "reports", "--format", "json"],
                                                                           capsys)[:2]
    code, out, _ = run(["--select", "W101", "check", "reports", "--format", "json"], capsys)
    assert code == 1 and [i["code"] for i in json.loads(out)] == ["W101"]


def test_rules_takes_lang_and_says_which_rules_fix(capsys):
    code, out, _ = run(["--lang", "en", "rules"], capsys)
    assert code == 0 and "W203  superfluous-de" in out and "(fixable)" in out
    code, out, _ = run(["rules", "--format", "json"], capsys)
    listed = {item["code"]: item for item in json.loads(out)}
    assert code == 0 and listed["W203"]["fixable"] is True and listed["T101"]["fixable"] is False
    assert listed["S101"]["name"] == "section-missing" and "## " in listed["S101"]["explanation"]
    fixers = {code for code, item in listed.items() if item["fixable"]}
    assert {"L101", "L102", "L103", "W202", "W203"} <= fixers


def test_argparse_errors_speak_the_users_language(capsys):
    code, _, err = run(["--format", "nonsense", "x.txt"], capsys)
    assert code == 2
    assert err.splitlines()[0].startswith("用法：govlint")
    assert "govlint: 错误：参数 --format/--output-format：无效的选项 'nonsense'" in err
    code, _, err = run(["x.txt", "--no-such-option"], capsys)
    assert code == 2 and "无法识别的参数：--no-such-option" in err
    code, _, err = run(["rule"], capsys)
    assert code == 2 and "缺少参数：CODE" in err
    code, _, err = run(["--lang", "en", "--format", "nonsense", "x.txt"], capsys)
    assert code == 2 and err.splitlines()[0].startswith("usage: govlint") and "invalid choice" in err


def test_help_is_chinese_and_names_the_check_subcommand(capsys):
    code, out, _ = run(["-h"], capsys)
    assert code == 0 and out.startswith("用法：govlint") and "govlint check" in out and "显示这段帮助" in out


def test_version(capsys):
    code, out, _ = run(["--version"], capsys)
    assert code == 0 and out.strip() == f"govlint {govlint.__version__}"
    assert govlint.__version__[0].isdigit()


# --- output and exit-code options -------------------------------------------------------------

def test_output_format_is_an_alias_of_format(repo, capsys):
    assert run(["--output-format", "json", "reports"], capsys) == run(["--format", "json", "reports"], capsys)


def test_quiet_prints_the_findings_only(repo, capsys):
    code, out, _ = run(["reports", "--quiet"], capsys)
    assert code == 1 and "W101" in out and "检查了" not in out


def test_no_show_source(repo, capsys):
    _, shown, _ = run(["reports", "--show-source"], capsys)
    _, bare, _ = run(["reports", "--no-show-source"], capsys)
    assert "    规范信息发布，增强。" in shown and "^" in shown
    assert "规范信息发布，增强。" not in bare and "^" not in bare
    assert [line for line in shown.splitlines() if line.startswith("reports")] == \
        [line for line in bare.splitlines() if line.startswith("reports")]


def test_exit_zero(repo, capsys):
    code, out, _ = run(["reports", "--exit-zero"], capsys)
    assert code == 0 and "W101" in out
    code, _, _ = run(["reports", "missing.txt", "--exit-zero"], capsys)
    assert code == 2   # an I/O error is still an error


def test_fail_on_warning_lets_warnings_fail_ci(tmp_path, capsys):
    (tmp_path / "w.txt").write_text(FIXABLE, encoding="utf-8")
    (tmp_path / "govlint.toml").write_text('select = ["W203"]\n', encoding="utf-8")
    assert run([str(tmp_path / "w.txt")], capsys)[0] == 0
    assert run([str(tmp_path / "w.txt"), "--fail-on", "warning"], capsys)[0] == 1
    assert run([str(tmp_path / "w.txt"), "--fail-on", "info"], capsys)[0] == 1
    (tmp_path / "govlint.toml").write_text('select = ["S105"]\n', encoding="utf-8")
    (tmp_path / "w.txt").write_text(WARNED, encoding="utf-8")
    assert run([str(tmp_path / "w.txt"), "--fail-on", "warning"], capsys)[0] == 0
    assert run([str(tmp_path / "w.txt"), "--fail-on", "info"], capsys)[0] == 1


def test_max_warnings(tmp_path, capsys):
    (tmp_path / "w.txt").write_text(FIXABLE, encoding="utf-8")            # one warning
    (tmp_path / "govlint.toml").write_text('select = ["W203"]\n', encoding="utf-8")
    assert run([str(tmp_path / "w.txt"), "--max-warnings", "1"], capsys)[0] == 0
    assert run([str(tmp_path / "w.txt"), "--max-warnings", "0"], capsys)[0] == 1
    assert run([str(tmp_path / "w.txt"), "--max-warnings", "0", "--exit-zero"], capsys)[0] == 0


def test_statistics_follow_the_configured_severity(repo, capsys):
    (repo / "govlint.toml").write_text(PINNED_CONFIG + '[severity]\nW101 = "warning"\nS105 = "error"\n',
                                       encoding="utf-8")
    _, out, _ = run(["--statistics", "--format", "json", "reports"], capsys)
    severity = {item["code"]: item["severity"] for item in json.loads(out)}
    assert severity == {"W101": "warning", "S105": "error", "W102": "error"}
    _, out, _ = run(["--statistics", "reports"], capsys)
    rows = {row.split("\t")[1]: row.split("\t")[3] for row in out.splitlines()}
    assert rows == severity


def test_summary_counts_fixable_fixed_and_baseline_findings(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "govlint.toml").write_text('select = ["W203", "W101"]\n', encoding="utf-8")
    report = tmp_path / "r.txt"
    report.write_text(FIXABLE, encoding="utf-8")
    _, out, _ = run(["r.txt"], capsys)
    assert out.splitlines()[-1] == "检查了 1 个文件，发现 1 个问题：错误 0 个，警告 1 个，提示 0 个。其中 1 个可用 --fix 自动修复。"
    _, out, _ = run(["r.txt", "--lang", "en"], capsys)
    assert "1 fixable with --fix" in out.splitlines()[-1]
    _, out, _ = run(["r.txt", "--fix"], capsys)
    assert out.splitlines()[-1] == "检查了 1 个文件，未发现问题。已修复 1 处。"
    report.write_text(DEFECTIVE, encoding="utf-8")
    run(["r.txt", "--write-baseline", "base.json"], capsys)
    code, out, _ = run(["r.txt", "--baseline", "base.json"], capsys)
    assert code == 0 and out.splitlines()[-1] == "检查了 1 个文件，未发现问题。基线中已接受的 1 个问题未显示。"


# --- standard input under a name --------------------------------------------------------------

def test_stdin_filename_applies_config_and_per_file_ignores(tmp_path, capsys, monkeypatch):
    (tmp_path / "archive").mkdir()
    (tmp_path / "govlint.toml").write_text(PINNED_CONFIG + '[per-file-ignores]\n"archive/*" = ["W101"]\n',
                                           encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def lint_stdin(*argv):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(DEFECTIVE.encode("utf-8"))))
        code, out, _ = run([*argv, "--format", "json"], capsys)
        return code, [(i["path"], i["code"]) for i in json.loads(out)]

    assert lint_stdin("--stdin-filename", "archive/old.txt") == (1, [("archive/old.txt", "W102"),
                                                                     ("archive/old.txt", "S105")])
    assert lint_stdin("-", "--stdin-filename", "new.txt")[1] == [("new.txt", "W102"), ("new.txt", "S105"),
                                                                 ("new.txt", "W101")]
    code, _, err = run(["--stdin-filename", "a.txt", "other.txt"], capsys)
    assert code == 2 and "--stdin-filename" in err


def test_stdin_filename_is_never_written_by_fix(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "r.txt"
    target.write_text("原文件", encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(FIXABLE.encode("utf-8"))))
    _, _, err = run(["--stdin-filename", "r.txt", "--fix", "--select", "W203"], capsys)
    assert target.read_text(encoding="utf-8") == "原文件" and "标准输入只能检查" in err


# --- options that contradict each other -------------------------------------------------------

def test_conflicting_options_are_refused(repo, capsys):
    code, out, err = run(["--fix", "--diff", "reports"], capsys)
    assert code == 2 and out == "" and "--fix" in err and "--diff" in err
    code, out, err = run(["--statistics", "--format", "sarif", "reports"], capsys)
    assert code == 2 and out == "" and "--statistics" in err and "sarif" in err


def test_select_and_ignore_of_the_same_code_is_said(repo, capsys):
    code, out, err = run(["--select", "W101", "--ignore", "W101", "reports", "--format", "json"], capsys)
    assert json.loads(out) == [] and code == 0
    assert "W101 同时出现在 --select 和 --ignore 中" in err


def test_help_in_english_with_lang_en(capsys):
    code, out, _ = run(["-h", "--lang", "en"], capsys)
    assert code == 0 and out.startswith("usage: govlint") and "show this help and exit" in out
    assert "exit 1 on findings of this severity or worse" in out and "只运行" not in out


def test_every_rule_that_offers_fixes_says_so():
    """``govlint rules`` tells which rules fix from ``FIXABLE``: a rule module that builds
    a Fix declares it (``"unsafe"`` when its fixes are suggestions only), and only those do."""
    from govlint.engine.plugins import get_plugin_manager, rules

    for info in rules(get_plugin_manager(load_entry_points=False)):
        source = open(info.plugin.__file__, encoding="utf-8").read()
        assert ("Fix(" in source) == (getattr(info.plugin, "FIXABLE", False) in (True, "unsafe")), info.code
