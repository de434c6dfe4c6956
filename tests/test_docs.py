"""The README's rule table lists every registered rule under its code and name."""

from __future__ import annotations

from pathlib import Path

from govlint.engine.plugins import get_plugin_manager, rules

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_readme_lists_every_rule():
    missing = [f"{info.code} {info.name}" for info in rules(get_plugin_manager(load_entry_points=False))
               if f"| {info.code} | `{info.name}` |" not in README]
    assert not missing, f"add to the README rule table: {missing}"


def test_readme_options_table_lists_every_option():
    from govlint.cli.commands import _check_parser

    table = README.split("### Options\n", 1)[1].split("\n#", 1)[0]
    options = {option for action in _check_parser()._actions for option in action.option_strings
               if option.startswith("--") and option != "--help"}
    missing = sorted(option for option in options if f"`{option}" not in table)
    assert not missing, f"add to the README options table: {missing}"
