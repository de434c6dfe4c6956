"""Which files a folder walk checks: exclude / extend-exclude (configuration and
command line), ``--force-exclude``, ``.gitignore`` inside a git work tree
(``--no-respect-gitignore``), and folders that cannot be read."""

from __future__ import annotations

import json
import os

import pytest

from govlint.cli.commands import main
from govlint.cli.walk import collect, excluded

from samples import CLEAN, PINNED_CONFIG


def checked(argv, capsys):
    code = main(["--format", "json", *argv])
    out, err = capsys.readouterr()
    return code, sorted({os.path.basename(os.path.dirname(i["path"])) + "/" + os.path.basename(i["path"])
                         for i in json.loads(out or "[]")}), err


BROKEN = CLEAN.replace("公开形式还不够丰富。", "规范信息发布，增强。")   # W101 on every file, so each file shows


@pytest.fixture
def tree(tmp_path, monkeypatch):
    for name in ("reports/a.txt", "reports/b.bak.txt", "reports/archive/old.txt", "reports/drafts/d1.txt",
                 "reports/drafts/keep.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(BROKEN, encoding="utf-8")
    (tmp_path / "govlint.toml").write_text(PINNED_CONFIG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


ALL = ["archive/old.txt", "drafts/d1.txt", "drafts/keep.txt", "reports/a.txt", "reports/b.bak.txt"]


def test_every_report_without_exclusions(tree, capsys):
    assert checked(["reports"], capsys)[1] == ALL


def test_exclude_and_extend_exclude_in_the_configuration(tree, capsys):
    (tree / "govlint.toml").write_text(PINNED_CONFIG + 'exclude = ["archive"]\nextend-exclude = ["*.bak.txt", '
                                       '"reports/drafts/d*.txt"]\n', encoding="utf-8")
    assert checked(["reports"], capsys)[1] == ["drafts/keep.txt", "reports/a.txt"]


def test_command_line_exclude_replaces_and_extend_exclude_adds(tree, capsys):
    (tree / "govlint.toml").write_text(PINNED_CONFIG + 'exclude = ["archive"]\n', encoding="utf-8")
    assert checked(["reports", "--exclude", "drafts"], capsys)[1] == ["archive/old.txt", "reports/a.txt",
                                                                       "reports/b.bak.txt"]
    assert checked(["reports", "--extend-exclude", "drafts,*.bak.txt"], capsys)[1] == ["reports/a.txt"]


def test_a_file_named_on_the_command_line_is_checked_unless_force_exclude(tree, capsys):
    (tree / "govlint.toml").write_text(PINNED_CONFIG + 'exclude = ["archive"]\n', encoding="utf-8")
    assert checked(["reports/archive/old.txt"], capsys)[1] == ["archive/old.txt"]
    code, files, err = checked(["reports/archive/old.txt", "--force-exclude"], capsys)
    assert (code, files) == (0, []) and "排除" in err   # everything excluded: said, and not a failure


def test_config_rejects_an_exclude_that_is_not_a_list(tree, capsys):
    (tree / "govlint.toml").write_text('exclude = "archive"\n', encoding="utf-8")
    code, _, err = checked(["reports"], capsys)
    assert code == 2 and "exclude" in err


def test_gitignore_is_respected_inside_a_git_work_tree(tree, capsys):
    (tree / ".git").mkdir()
    (tree / ".gitignore").write_text("drafts/\n*.bak.txt\n", encoding="utf-8")
    (tree / "reports" / "archive" / ".gitignore").write_text("old.txt\n", encoding="utf-8")
    assert checked(["reports"], capsys)[1] == ["reports/a.txt"]
    assert checked(["reports/archive/old.txt"], capsys)[1] == ["archive/old.txt"]   # named: checked
    assert checked(["reports", "--no-respect-gitignore"], capsys)[1] == ALL


def test_gitignore_negation_and_info_exclude(tree, capsys):
    (tree / ".git" / "info").mkdir(parents=True)
    (tree / ".git" / "info" / "exclude").write_text("archive/\n", encoding="utf-8")
    (tree / "reports" / ".gitignore").write_text("drafts/*\n!drafts/keep.txt\n", encoding="utf-8")
    assert checked(["reports"], capsys)[1] == ["drafts/keep.txt", "reports/a.txt", "reports/b.bak.txt"]


def test_gitignore_outside_a_git_work_tree_is_not_applied(tree, capsys):
    (tree / ".gitignore").write_text("*.txt\n", encoding="utf-8")
    assert checked(["reports"], capsys)[1] == ALL


def test_excluded_patterns():
    root = os.path.abspath("/r")
    assert excluded("/r/a/archive/x.txt", ["archive"], root)
    assert excluded("/r/a/x.bak.txt", ["*.bak.txt"], root)
    assert excluded("/r/a/b/x.txt", ["a/b"], root) and excluded("/r/a/b/x.txt", ["./a/*/x.txt"], root)
    assert not excluded("/r/a/b/x.txt", ["b/x.txt"], root)     # a pattern with / is anchored at the root
    assert not excluded("/r/archived/x.txt", ["archive"], root)
    assert not excluded("/elsewhere/a/x.txt", ["a/x.txt"], root)


def test_an_unreadable_folder_is_reported_not_skipped(tree, capsys, monkeypatch):
    real = os.scandir
    locked = str(tree / "reports" / "drafts")

    def scandir(path="."):
        if os.path.abspath(path) == locked:
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = collect(["reports"])
    assert [u.path for u in found.unreadable] == [os.path.join("reports", "drafts")]
    code, files, err = checked(["reports"], capsys)
    assert code == 2
    assert "drafts/d1.txt" not in files and "reports/a.txt" in files
    assert err.splitlines() == [f"govlint: {os.path.join('reports', 'drafts')}: 无法读取目录（Permission denied），"
                                "其中的报告没有检查"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any folder")
def test_an_unreadable_folder_for_real(tree, capsys):
    locked = tree / "reports" / "drafts"
    locked.chmod(0)
    try:
        code, _, err = checked(["reports"], capsys)
    finally:
        locked.chmod(0o755)
    assert code == 2 and "无法读取目录" in err
