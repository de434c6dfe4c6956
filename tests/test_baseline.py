"""Baselines: ``--write-baseline FILE`` records today's findings, ``--baseline FILE``
reports only new ones.  A finding is matched by rule, file, the text it points at
and its occurrence index, so inserting lines above it does not bring it back."""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import shared_dir
from govlint.engine.baseline import Identity, identities, parse_baseline, BaselineError
from govlint.cli.commands import main
from govlint.syntax.source import decode

from samples import CLEAN, DEFECTIVE, PINNED_CONFIG


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def findings(argv, capsys):
    code, out, err = run(["--format", "json", *argv], capsys)
    assert out.strip(), err
    return code, [(i["path"], i["code"], i["line"]) for i in json.loads(out)]


@pytest.fixture
def repo(tmp_path, monkeypatch):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "a.txt").write_text(DEFECTIVE, encoding="utf-8")
    (tmp_path / "reports" / "b.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "reports" / "govlint.toml").write_text(PINNED_CONFIG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def insert_lines(path, at: int, new_lines):
    """Insert lines into a report, keeping its encoding and line endings."""
    source = decode(path.read_bytes(), str(path))
    lines = source.text.split("\n")
    lines[at:at] = new_lines
    path.write_bytes(source.encode("\n".join(lines)))


def test_write_baseline_then_nothing_is_reported(repo, capsys):
    code, out, err = run(["--write-baseline", "govlint-baseline.json", "reports"], capsys)
    assert code == 0 and out == "" and "3" in err
    code, out, _ = run(["--baseline", "govlint-baseline.json", "reports"], capsys)
    assert code == 0 and "未发现问题" in out


def test_baseline_file_is_readable_json_one_finding_per_line(repo, capsys):
    run(["--write-baseline", "b.json", "reports"], capsys)
    text = (repo / "b.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["govlint-baseline"] == 1
    assert [(f["code"], f["path"], f["text"], f["occurrence"]) for f in data["findings"]] == [
        ("W102", "reports/a.txt", "详见«XX»网站。", 0), ("S105", "reports/a.txt", "«四．»政府信息公开行政", 0),
        ("W101", "reports/a.txt", "规范信息发布，«增强»。", 0)]
    lines = text.splitlines()
    for finding in data["findings"]:
        assert sum(f'"code": "{finding["code"]}"' in line for line in lines) == 1
    assert "增强" in text   # not \\u-escaped: a reviewer can read it


def test_inserted_lines_do_not_resurrect_findings(repo, capsys):
    run(["--write-baseline", "b.json", "reports"], capsys)
    insert_lines(repo / "reports" / "a.txt", 2, ["本段为新增的说明。", "", "又一段新增的说明。"])
    code, out, _ = run(["--baseline", "b.json", "reports"], capsys)
    assert code == 0 and "未发现问题" in out


def test_a_new_finding_is_reported_alone(repo, capsys):
    run(["--write-baseline", "b.json", "reports"], capsys)
    insert_lines(repo / "reports" / "a.txt", 4, ["相关情况详见XX平台。"])
    code, found = findings(["--baseline", "b.json", "reports"], capsys)
    assert code == 1 and found == [("reports/a.txt", "W102", 5)]   # not the accepted XX on line 7


def test_a_repeat_of_an_accepted_finding_is_new(repo, capsys):
    run(["--write-baseline", "b.json", "reports"], capsys)
    insert_lines(repo / "reports" / "a.txt", 12, ["规范信息发布，增强。"])   # the very same sentence again
    _, found = findings(["--baseline", "b.json", "reports"], capsys)
    assert [code for _, code, _ in found] == ["W101"]


def test_baseline_only_matches_the_same_file(repo, capsys):
    run(["--write-baseline", "b.json", "reports/a.txt"], capsys)
    (repo / "reports" / "b.txt").write_text(DEFECTIVE, encoding="utf-8")
    _, found = findings(["--baseline", "b.json", "reports"], capsys)
    assert {path for path, _, _ in found} == {"reports/b.txt"} and len(found) == 3


def test_baseline_named_in_the_configuration(repo, capsys):
    run(["--write-baseline", "legacy/accepted.json", "reports"], capsys)
    (repo / "govlint.toml").write_text('baseline = "legacy/accepted.json"\n', encoding="utf-8")
    code, out, _ = run(["reports"], capsys)
    assert code == 0 and "未发现问题" in out


@pytest.mark.parametrize("content, words", [
    (None, "cannot read the baseline file"),
    ("{not json", "not valid JSON"),
    ('{"findings": []}', "not a govlint baseline file"),
    ('{"govlint-baseline": 1, "findings": [{"code": "W101"}]}', "finding 1 lacks"),
    ('{"govlint-baseline": 1, "findings": [{"code": 1, "path": "a", "text": "", "occurrence": 0}]}',
     "wrong type"),
])
def test_missing_or_corrupt_baseline_is_one_line_exit_two(repo, capsys, content, words):
    if content is not None:
        (repo / "b.json").write_text(content, encoding="utf-8")
    code, out, err = run(["--lang", "en", "--baseline", "b.json", "reports"], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("govlint: b.json: ") and words in err


def test_parse_baseline_round_trip():
    with pytest.raises(BaselineError):
        parse_baseline("[]", "x.json")
    baseline = parse_baseline(json.dumps({"govlint-baseline": 1, "findings": [
        {"code": "W101", "path": "a.txt", "text": "增强", "occurrence": 0}]}), "x.json")
    assert baseline.accepted == {Identity("W101", "a.txt", "增强", 0)}


def test_gitlab_fingerprints_are_the_baseline_identity(repo, capsys):
    """One notion of 'the same finding' for baselines and GitLab (shared code, not a copy)."""
    from govlint import lint_text

    from govlint import Settings

    diagnostics = lint_text(DEFECTIVE, "reports/a.txt", Settings(select=("W101", "W102", "S105")))
    expected = [i.fingerprint() for i in identities(diagnostics, {"reports/a.txt": DEFECTIVE.split("\n")})]
    _, out, _ = run(["--format", "gitlab", "reports"], capsys)
    assert [issue["fingerprint"] for issue in json.loads(out)] == expected


# --- acceptance on the real seed reports (copied at test time, never into the project) -------

def test_seed_baseline_silences_everything_and_a_new_defect_is_reported_alone(tmp_path, monkeypatch, capsys):
    seeds = shared_dir("seeds")
    baseline = tmp_path / "seeds-baseline.json"
    monkeypatch.chdir(seeds.parent)
    code, before = findings(["seeds"], capsys)
    assert before, "the seed reports have known defects"
    assert run(["--write-baseline", str(baseline), "seeds"], capsys)[0] == 0
    assert len(json.loads(baseline.read_text(encoding="utf-8"))["findings"]) == len(before)
    code, out, _ = run(["--baseline", str(baseline), "seeds"], capsys)
    assert code == 0 and "未发现问题" in out

    work = tmp_path / "work"
    shutil.copytree(seeds, work / "seeds", ignore=shutil.ignore_patterns("*.md"))
    monkeypatch.chdir(work)
    assert run(["--baseline", str(baseline), "seeds"], capsys)[0] == 0   # a copy is the same repository
    target = sorted((work / "seeds").glob("*.txt"))[0]
    insert_lines(target, 5, ["", "（本节内容请填写【单位名称】的具体情况。）", ""])
    code, after = findings(["--baseline", str(baseline), "seeds"], capsys)
    assert code == 1
    assert after == [(f"seeds/{target.name}", "W102", 7)]
