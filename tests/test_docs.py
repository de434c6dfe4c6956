"""The README's rule table is the rules' own metadata, and its options table lists
every option; the built-in rules are every module of the rules package."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govlint.cli.commands import main
from govlint.cli.rule_table import END, START, between_markers, builtin_table, markdown, with_table
from govlint.engine.plugins import get_plugin_manager, rules
from govlint.rules import BUILTIN_RULES, rule_modules

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
PM = get_plugin_manager(load_entry_points=False)


def test_the_readme_rule_table_is_the_rules_own():
    written = between_markers(README)
    assert written is not None, "README.md lost the rule table's markers"
    assert written == builtin_table(), "the README rule table differs: run python3 -m govlint.cli.rule_table"


def test_every_rule_has_a_row_of_code_name_severity_and_summary():
    table = builtin_table()
    for info in rules(PM):
        assert f"| {info.code} | `{info.name}` | {info.severity} | {info.summary} |" in table


def test_a_summary_with_a_bar_does_not_split_its_row():
    class Info:
        code, name, severity, summary = "W901", "my-rule", "info", "“|”写成了“｜”"

    assert markdown([Info()]).splitlines()[2] == "| W901 | `my-rule` | info | “\\|”写成了“｜” |"


def test_the_table_is_written_between_the_markers_and_nowhere_else():
    text = f"# Title\n\n{START}\n| old |\n{END}\n\nafter\n"
    updated = with_table(text, "| new |\n")
    assert updated == f"# Title\n\n{START}\n| new |\n{END}\n\nafter\n"
    assert with_table(updated, "| new |\n") == updated
    with pytest.raises(ValueError):
        with_table("# no markers\n", "| new |\n")


def test_the_generator_updates_a_stale_readme(tmp_path, capsys):
    from govlint.cli.rule_table import main as generate

    readme = tmp_path / "README.md"
    readme.write_text(f"intro\n{START}\n| stale |\n{END}\n", encoding="utf-8")
    assert generate([str(readme)]) == 0
    assert between_markers(readme.read_text(encoding="utf-8")) == builtin_table()
    assert generate([str(tmp_path / "missing.md")]) == 2
    assert "missing.md" in capsys.readouterr().err


def test_govlint_rules_prints_the_table_as_markdown(capsys, monkeypatch):
    monkeypatch.setenv("GOVLINT_NO_PLUGINS", "1")
    assert main(["rules", "--format", "markdown"]) == 0
    assert capsys.readouterr().out == builtin_table()


def test_every_module_of_the_rules_package_is_a_registered_rule_in_code_order():
    modules = sorted(path.stem for path in (ROOT / "rules").glob("*.py") if not path.stem.startswith("_"))
    assert list(BUILTIN_RULES) == modules
    registered = [plugin.__name__.rpartition(".")[2] for name, plugin in PM.list_name_plugin()]
    assert sorted(registered) == modules
    codes = [name for name, _ in PM.list_name_plugin()]
    assert codes == sorted(codes)


def test_rule_modules_skip_private_modules_and_folders(tmp_path):
    for name in ("b_rule.py", "a_rule.py", "_shared.py", "notes.txt"):
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "data").mkdir()
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "c_rule.py.orig").write_text("", encoding="utf-8")
    (tmp_path / "d-rule.py").write_text("", encoding="utf-8")   # not importable
    assert rule_modules([str(tmp_path)]) == ("a_rule", "b_rule")


def test_the_built_in_rule_modules_are_those_pkgutil_lists():
    import pkgutil

    import govlint.rules

    assert BUILTIN_RULES == tuple(sorted(
        found.name for found in pkgutil.iter_modules(govlint.rules.__path__)
        if not found.ispkg and not found.name.startswith("_")))


def test_readme_options_table_lists_every_option():
    from govlint.cli.commands import _check_parser

    table = README.split("### Options\n", 1)[1].split("\n#", 1)[0]
    options = {option for action in _check_parser()._actions for option in action.option_strings
               if option.startswith("--") and option != "--help"}
    missing = sorted(option for option in options if f"`{option}" not in table)
    assert not missing, f"add to the README options table: {missing}"


def _block_after(text: str, marker: str) -> str:
    """The fenced code block that follows the first line holding ``marker`` (a fence
    of four backticks holds a file whose docstring has fences of three)."""
    found = re.compile(r"^(`{3,})[^\n]*\n(.*?)^\1[ \t]*$", re.M | re.S).search(text, text.index(marker))
    return found.group(2)


@pytest.mark.parametrize("path", ["rules/doubled_punctuation.py", "tests/rules/cases/L111.toml"])
def test_the_contributing_guide_shows_the_example_rule_as_it_is(path):
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert _block_after(guide, f"`{path}`") == (ROOT / path).read_text(encoding="utf-8"), \
        f"CONTRIBUTING.md shows another {path} than the one in the repository"


def test_the_readme_points_newcomers_to_the_guide():
    assert "CONTRIBUTING.md" in README
