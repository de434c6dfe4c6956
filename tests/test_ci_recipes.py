"""The CI recipes users copy: the composite GitHub Action (``action.yml``), the
pre-commit hook definition, and the GitHub and GitLab examples in the README."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

import govlint

from samples import DEFECTIVE, PINNED_CONFIG

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def yaml_blocks(section: str):
    """The ```yaml blocks of one README section."""
    body = README.split(f"## {section}\n", 1)[1].split("\n## ", 1)[0]
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", body, re.S)]


def test_readme_keeps_the_quick_start_and_its_test_command():
    assert "python3 -m pip install . && govlint examples/" in README
    assert "python3 -m pip install -e '.[test]' && python3 -m pytest -q" in README
    assert "python3 -m pip install -q -e '.[test]' && python3 -m pytest -q" in (ROOT / ".ci" / "run").read_text()


def test_pre_commit_hook_definition():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = {h["id"]: h for h in hooks}["govlint"]
    assert hook["language"] == "python"
    assert hook["entry"] == "govlint check --force-exclude"
    assert "`govlint check`" in README and "--force-exclude" in README   # the entry is documented
    pattern = re.compile(hook["files"])
    for name in ("2021/报告.txt", "a.text", "b.docx", "c.html", "D.HTM"):
        assert pattern.search(name), name
    for name in ("notes.md", "table.xlsx", "report.txt.bak"):
        assert not pattern.search(name), name


def test_readme_pre_commit_example_names_the_hook():
    (config,) = yaml_blocks("pre-commit")
    assert config["repos"][0]["hooks"][0]["id"] == "govlint"


def test_composite_action():
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    for step in steps:
        assert "uses" in step or step.get("shell") == "bash"
    run_steps = [step["run"] for step in steps if "run" in step]
    assert any('pip install' in run and "$GITHUB_ACTION_PATH" in run for run in run_steps)
    assert any("govlint --format github" in run for run in run_steps)
    for run in run_steps:  # inputs reach scripts through the environment, never pasted in
        assert "${{" not in run
    assert set(action["inputs"]) >= {"paths", "args"}


def test_recipes_run_the_govlint_under_test(govlint_path):
    """The shell commands below find this checkout's govlint, even with no venv on PATH."""
    bare = dict(govlint_path, PATH=govlint_path["PATH"].split(os.pathsep)[0] + os.pathsep + "/usr/bin:/bin")
    found = shutil.which("govlint", path=bare["PATH"])
    assert found and Path(found).parent == Path(bare["PATH"].split(os.pathsep)[0])
    done = subprocess.run(["govlint", "--version"], env=bare, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == f"govlint {govlint.__version__}"


def test_action_run_step_annotates_findings(tmp_path, govlint_path):
    """Run the action's own govlint step (as GitHub would, with its environment) on a report."""
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    (step,) = [s for s in action["runs"]["steps"] if "govlint --format github" in s.get("run", "")]
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "a.txt").write_text(DEFECTIVE, encoding="utf-8")
    (tmp_path / "govlint.toml").write_text(PINNED_CONFIG, encoding="utf-8")
    env = dict(govlint_path, GOVLINT_PATHS="reports/", GOVLINT_ARGS="--ignore S105")
    done = subprocess.run([bash, "-e", "-c", step["run"]], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines() == [
        "::error file=reports/a.txt,line=6,col=3,endLine=6,endColumn=5,title=govlint W102 (template-placeholder)"
        "::W102 模板占位符“XX”没有替换成实际内容",
        "::error file=reports/a.txt,line=12,col=8,endLine=12,endColumn=10,title=govlint W101 (unfinished-sentence)"
        "::W101 句子不完整：“增强”后面缺少宾语（增强什么？）",
    ]


def test_readme_github_workflow_uses_the_action():
    (workflow,) = yaml_blocks("GitHub Actions")
    steps = workflow["jobs"]["govlint"]["steps"]
    assert any(step.get("uses", "").startswith("actions/checkout") for step in steps)
    assert any("govlint@" in step.get("uses", "") and "paths" in step.get("with", {}) for step in steps)


def test_readme_gitlab_job_publishes_code_quality(tmp_path, govlint_path):
    (ci,) = yaml_blocks("GitLab CI")
    job = ci["govlint"]
    report = job["artifacts"]["reports"]["codequality"]
    assert job["artifacts"]["when"] == "always"
    command = [line for line in job["script"] if line.startswith("govlint ")][0]
    assert "--format gitlab" in command and f"--output-file {report}" in command
    # the job's govlint command, run as written, produces the artifact it publishes
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "a.txt").write_text(DEFECTIVE, encoding="utf-8")
    (tmp_path / "govlint.toml").write_text(PINNED_CONFIG, encoding="utf-8")
    done = subprocess.run(command, shell=True, cwd=tmp_path, env=govlint_path, capture_output=True, text=True)
    assert done.returncode == 1 and done.stdout == "", done.stderr
    issues = json.loads((tmp_path / report).read_text(encoding="utf-8"))
    assert [i["check_name"] for i in issues] == ["W102", "S105", "W101"]
