"""Configuration, baseline and dictionary files that are odd or hostile: a byte-order
mark is fine; another encoding, nesting thousands deep or a value of the wrong type is
one line naming the file (exit 2), never a traceback."""

from __future__ import annotations

import json

import pytest

from govlint.engine.baseline import BaselineError, parse_baseline
from govlint.cli.commands import main
from govlint.engine.config import ConfigError, load_config
from govlint.engine.plugins import get_plugin_manager, rules
from govlint.model.wordlist import DictionaryError, load_dictionary

from samples import UNFINISHED

KNOWN = {info.code for info in rules(get_plugin_manager(load_entry_points=False))}


def test_a_configuration_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "govlint.toml"
    path.write_bytes(b"\xef\xbb\xbfselect = [\"W101\"]\n")
    assert load_config(str(path), KNOWN).select == ("W101",)


@pytest.mark.parametrize("name", ["govlint.toml", "pyproject.toml"])
def test_a_configuration_not_in_utf8_is_one_line(tmp_path, name):
    path = tmp_path / name
    path.write_bytes("[tool.govlint]\n# 注释\nselect = [\"W101\"]\n".encode("gbk"))
    with pytest.raises(ConfigError) as info:
        load_config(str(path), KNOWN)
    assert "UTF-8" in info.value.line("en") and name in info.value.line("en")


def _report_under_gbk_pyproject(tmp_path, monkeypatch, pyproject: str) -> str:
    """A report in reports/, below a pyproject.toml written in GBK."""
    (tmp_path / "pyproject.toml").write_bytes(pyproject.encode("gbk"))
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt").write_text(UNFINISHED, encoding="utf-8")
    monkeypatch.setenv("GOVLINT_NO_PLUGINS", "1")
    return str(reports / "a.txt")


def test_a_parent_pyproject_not_in_utf8_stops_the_run_with_one_line(tmp_path, monkeypatch, capsys):
    report = _report_under_gbk_pyproject(tmp_path, monkeypatch, '[project]\nname = "报告"\n[tool.govlint]\n')
    assert main([report, "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pyproject.toml: not UTF-8" in err


def test_a_parent_pyproject_of_another_tool_is_passed_over_whatever_its_encoding(tmp_path, monkeypatch, capsys):
    report = _report_under_gbk_pyproject(tmp_path, monkeypatch, '[project]\nname = "报告"\n')
    assert main([report, "--lang", "en"]) == 1
    assert "pyproject" not in capsys.readouterr().err


def test_a_configuration_nested_thousands_deep_is_one_line(tmp_path):
    path = tmp_path / "govlint.toml"
    path.write_text("select = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(str(path), KNOWN)
    assert "nested too deep" in info.value.line("en")


@pytest.mark.parametrize("value, says", [
    ('max-file-size = "lots"', "max-file-size"),
    ("max-file-size = -1", "max-file-size"),
    ("rule-time-limit = \"soon\"", "rule-time-limit"),
    ("rule-time-limit = inf", "rule-time-limit"),
])
def test_limits_are_checked(tmp_path, value, says):
    path = tmp_path / "govlint.toml"
    path.write_text(value + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(str(path), KNOWN)
    assert says in info.value.line("en")


@pytest.mark.parametrize("value, expected", [("2048", 2048), ('"10 KB"', 10_000), ('"2 MiB"', 2 * 1024 ** 2),
                                             ("0", 0)])
def test_sizes_are_read_with_their_units(tmp_path, value, expected):
    path = tmp_path / "govlint.toml"
    path.write_text(f"max-file-size = {value}\nrule-time-limit = 2.5\n", encoding="utf-8")
    config = load_config(str(path), KNOWN)
    settings = config.settings_for(str(tmp_path / "a.txt"))
    assert settings.max_bytes == expected and settings.time_limit == 2.5


def test_a_baseline_with_a_byte_order_mark_is_read():
    text = "\ufeff" + json.dumps({"govlint-baseline": 1, "findings": []})
    assert parse_baseline(text, "b.json").accepted == frozenset()


def test_a_baseline_nested_thousands_deep_is_one_line():
    with pytest.raises(BaselineError) as info:
        parse_baseline("[" * 100_000 + "]" * 100_000, "b.json")
    assert "nested too deep" in info.value.line("en")


@pytest.mark.parametrize("entry", [
    "wrong = 5\nright = \"落实\"",
    "wrong = \"落靠\"\nright = [1]",
    "wrong = \"落靠\"\nright = \"落实\"\nbefore = 5",
    "wrong = \"落靠\"\nright = \"落实\"\nbefore = \"认真\"",
    "wrong = \"落靠\"\nright = \"落实\"\nafter = [1, 2]",
    "wrong = \"落靠\"\nright = \"落实\"\nexcept = [\"\"]",
    "wrong = \"落靠\"\nright = \"落实\"\nnote = 3",
])
def test_a_dictionary_entry_of_the_wrong_type_is_refused(tmp_path, entry):
    path = tmp_path / "words.toml"
    path.write_text("[[word]]\n" + entry + "\n", encoding="utf-8")
    load_dictionary.cache_clear()
    with pytest.raises(DictionaryError) as info:
        load_dictionary(str(path))
    assert "entry 1" in str(info.value)


@pytest.mark.parametrize("text", ["word = 5", "word = [1, 2]", 'word = "落靠"', "word = " + "[" * 3000 + "]" * 3000])
def test_a_dictionary_of_the_wrong_shape_is_refused(tmp_path, text):
    path = tmp_path / "words.toml"
    path.write_text(text + "\n", encoding="utf-8")
    load_dictionary.cache_clear()
    with pytest.raises(DictionaryError):
        load_dictionary(str(path))


def test_a_bad_dictionary_named_in_the_configuration_stops_the_run_with_one_line(tmp_path, monkeypatch, capsys):
    (tmp_path / "words.toml").write_text("[[word]]\nwrong = \"落靠\"\nright = 5\n", encoding="utf-8")
    (tmp_path / "govlint.toml").write_text('dictionaries = ["words.toml"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(UNFINISHED, encoding="utf-8")
    monkeypatch.setenv("GOVLINT_NO_PLUGINS", "1")
    load_dictionary.cache_clear()
    assert main([str(tmp_path / "a.txt"), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "dictionaries[0]" in err
