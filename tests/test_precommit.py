"""The ``govlint`` pre-commit hook in a real pre-commit run.

Why this test needs git and pre-commit: pre-commit only installs hooks from a git
repository at a commit, and only runs inside a git work tree.  So the test

1. snapshots this checkout's working tree (tracked and untracked, ignored files
   left out) into a temporary git repository and commits it — pre-commit then
   installs exactly the code under test, uncommitted changes included, and the
   checkout's own git index is never touched;
2. creates a temporary repository of reports holding a report with a defect and
   a ``.pre-commit-config.yaml`` whose ``repo:``/``rev:`` point at that snapshot;
3. runs the real ``pre-commit run`` and expects the hook to fail with the
   finding, then fixes the report and expects it to pass.

pre-commit builds a virtualenv and pip-installs govlint with its dependencies
(lark, pluggy, python-docx) from the package registry.  ``PRE_COMMIT_HOME`` is a
temporary folder shared by the session, so that happens once.  Without
pre-commit the test is skipped, except under ``CI=true`` where it fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from samples import CLEAN, UNFINISHED

ROOT = Path(__file__).resolve().parent.parent
CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _need(ok: bool, what: str) -> None:
    if not ok:
        if CI:
            pytest.fail(f"{what} (CI=true, so this is an error)")
        pytest.skip(what)


def git(*args, cwd) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True,
                          text=True).stdout


def init_repo(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    git("init", "-q", cwd=path)
    git("config", "user.name", "govlint tests", cwd=path)
    git("config", "user.email", "tests@govlint.invalid", cwd=path)
    git("config", "commit.gpgsign", "false", cwd=path)


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory):
    """A committed snapshot of this checkout's working tree: (path, commit)."""
    _need(shutil.which("git") is not None, "git is not installed")
    _need((ROOT / ".git").exists(), f"{ROOT} is not a git checkout")
    snapshot = tmp_path_factory.mktemp("govlint-hook-repo")
    listed = git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT)
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            target = snapshot / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    init_repo(snapshot)
    git("add", "-A", cwd=snapshot)
    git("commit", "-q", "-m", "snapshot of the govlint checkout under test", cwd=snapshot)
    return snapshot, git("rev-parse", "HEAD", cwd=snapshot).strip()


@pytest.fixture(scope="session")
def pre_commit_home(tmp_path_factory):
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        _need(False, "pre-commit is not installed: python3 -m pip install -e '.[test]'")
    return tmp_path_factory.mktemp("pre-commit-home")


def pre_commit(repo: Path, home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env["PRE_COMMIT_HOME"] = str(home)
    git("add", "-A", cwd=repo)
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=900)


def test_hook_fails_on_a_defect_and_passes_once_fixed(tmp_path, hook_repo, pre_commit_home):
    snapshot, rev = hook_repo
    reports = tmp_path / "reports-repo"
    init_repo(reports)
    (reports / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {snapshot.as_posix()}\n    rev: {rev}\n    hooks:\n      - id: govlint\n",
        encoding="utf-8")
    (reports / "2021").mkdir()
    report = reports / "2021" / "青川市农业农村局.txt"
    report.write_text(UNFINISHED, encoding="utf-8")
    (reports / "notes.md").write_text("不是报告，不检查：增强。\n", encoding="utf-8")
    # the repository's exclude patterns apply to the files pre-commit passes (--force-exclude)
    (reports / "govlint.toml").write_text('exclude = ["drafts"]\n', encoding="utf-8")
    (reports / "drafts").mkdir()
    (reports / "drafts" / "草稿.txt").write_text(UNFINISHED, encoding="utf-8")

    failed = pre_commit(reports, pre_commit_home)
    output = failed.stdout + failed.stderr
    assert failed.returncode == 1, output
    assert "govlint" in output and "Failed" in output
    assert "W101" in output and "2021/青川市农业农村局.txt:12:8" in output
    assert "notes.md" not in output and "草稿" not in output

    report.write_text(CLEAN, encoding="utf-8")
    passed = pre_commit(reports, pre_commit_home)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout
