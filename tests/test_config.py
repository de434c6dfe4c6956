"""Configuration: ``[tool.govlint]`` in pyproject.toml or govlint.toml, found from
the linted file upwards (``--config`` overrides); select / ignore / extend-select,
per-file-ignores, severity overrides, agency kind, dictionaries; clear errors."""

from __future__ import annotations

import json
import textwrap

import pytest

from govlint.cli.commands import main
from govlint.engine.config import Config, ConfigError, find_config, load_config
from govlint.engine.plugins import get_plugin_manager, rules

from samples import CODES, DEFECTIVE

KNOWN = {info.code for info in rules(get_plugin_manager(load_entry_points=False))}


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def found(argv, capsys):
    """Exit code, and (code, severity) of every finding in JSON output."""
    code = main(["--format", "json", *argv])
    out, err = capsys.readouterr()
    items = json.loads(out) if out.strip() else []
    return code, [(i["code"], i["severity"]) for i in items if i["code"] in CODES], err


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A repository with reports in a subfolder; the working directory is its root."""
    write(tmp_path / "reports" / "2021" / "a.txt", DEFECTIVE)
    monkeypatch.chdir(tmp_path)
    return tmp_path


ALL = [("W102", "error"), ("S105", "info"), ("W101", "error")]


def test_no_configuration(repo, capsys):
    assert found(["reports"], capsys)[:2] == (1, ALL)   # (other rules' findings are left out)


def test_govlint_toml_found_upwards(repo, capsys):
    write(repo / "govlint.toml", 'ignore = ["W1"]\n')
    assert found(["reports"], capsys)[1] == [("S105", "info")]


def test_pyproject_tool_table(repo, capsys):
    write(repo / "pyproject.toml", '[project]\nname = "x"\n\n[tool.govlint]\nselect = ["W"]\n')
    assert found(["reports"], capsys)[1] == [("W102", "error"), ("W101", "error")]


def test_pyproject_without_table_is_passed_over(repo, capsys):
    write(repo / "govlint.toml", 'ignore = ["S"]\n')
    write(repo / "reports" / "pyproject.toml", '[project]\nname = "x"\n')
    assert found(["reports"], capsys)[1] == [("W102", "error"), ("W101", "error")]


@pytest.mark.parametrize("table", [
    '[tool]\ngovlint = { select = ["W"] }\n',          # an inline table under [tool]
    'tool.govlint.select = ["W"]\n',                   # dotted keys
    '[tool."gov\\u006cint"]\nselect = ["W"]\n',        # a quoted key with an escape
])
def test_pyproject_tool_table_written_any_way_toml_allows(repo, capsys, table):
    write(repo / "pyproject.toml", f'{table}\n[project]\nname = "x"\n')
    assert found(["reports"], capsys)[1] == [("W102", "error"), ("W101", "error")]


def test_a_pyproject_that_never_names_govlint_is_not_read_as_toml(repo, capsys, monkeypatch):
    from govlint import toml_reader

    write(repo / "govlint.toml", 'ignore = ["S"]\n')
    write(repo / "reports" / "pyproject.toml", '[project]\nname = "x"\n[tool.black]\nline-length = 99\n')
    read = []
    real = toml_reader.loads
    monkeypatch.setattr(toml_reader, "loads", lambda text: read.append(text) or real(text))
    assert found(["reports"], capsys)[1] == [("W102", "error"), ("W101", "error")]
    assert read == ['ignore = ["S"]\n']       # govlint.toml only

def test_nearest_file_wins_and_govlint_toml_before_pyproject(repo, capsys):
    write(repo / "govlint.toml", 'ignore = ["S"]\n')
    write(repo / "reports" / "2021" / "govlint.toml", 'ignore = ["W101"]\n')
    write(repo / "reports" / "2021" / "pyproject.toml", '[tool.govlint]\nignore = ["W102"]\n')
    assert found(["reports"], capsys)[1] == [("W102", "error"), ("S105", "info")]
    assert find_config(str(repo / "reports" / "2021" / "a.txt")) == str(repo / "reports" / "2021" / "govlint.toml")


def test_config_option_overrides_discovery(repo, capsys):
    write(repo / "govlint.toml", 'ignore = ["S"]\n')
    write(repo / "elsewhere" / "strict.toml", 'select = ["S105"]\n')   # any name, govlint.toml's keys
    assert found(["--config", "elsewhere/strict.toml", "reports"], capsys)[1] == [("S105", "info")]


def test_command_line_select_replaces_and_ignore_adds(repo, capsys):
    write(repo / "govlint.toml", 'select = ["W"]\nignore = ["W102"]\n')
    assert found(["reports"], capsys)[1] == [("W101", "error")]
    assert found(["--select", "S", "reports"], capsys)[1] == [("S105", "info")]
    assert found(["--ignore", "W101", "reports"], capsys)[1] == []


def test_extend_select(repo, capsys):
    write(repo / "govlint.toml", 'select = ["W101"]\nextend-select = ["S105"]\n')
    assert found(["reports"], capsys)[1] == [("S105", "info"), ("W101", "error")]
    write(repo / "govlint.toml", 'ignore = ["W"]\nextend-select = ["W102"]\n')
    # without select every rule runs; extend-select still wins over a shorter ignore
    assert found(["reports"], capsys)[1] == [("W102", "error"), ("S105", "info")]
    assert found(["--extend-select", "W101", "reports"], capsys)[1] == ALL


def test_per_file_ignores(repo, capsys):
    write(repo / "reports" / "2022" / "b.txt", DEFECTIVE)
    write(repo / "govlint.toml", """
        [per-file-ignores]
        "reports/2021/*" = ["W"]
        "b.txt" = ["S105"]
    """)
    code = main(["--format", "json", "reports"])
    items = [i for i in json.loads(capsys.readouterr().out) if i["code"] in CODES]
    assert code == 1
    assert [(i["path"], i["code"]) for i in items] == [
        ("reports/2021/a.txt", "S105"), ("reports/2022/b.txt", "W102"), ("reports/2022/b.txt", "W101")]


def test_severity_overrides_change_level_and_exit_code(repo, capsys):
    write(repo / "govlint.toml", '[severity]\nW = "warning"\nW102 = "info"\nS105 = "error"\n')
    code, items, _ = found(["reports"], capsys)
    assert items == [("W102", "info"), ("S105", "error"), ("W101", "warning")]
    write(repo / "govlint.toml", '[severity]\nW = "warning"\n')
    assert found(["--select", "W101,W102", "reports"], capsys)[0] == 0


def test_agency_kind_and_dictionaries_reach_the_settings(tmp_path):
    write(tmp_path / "words" / "extra.txt", "落靠\t落实\n")
    config_file = write(tmp_path / "pyproject.toml", """
        [tool.govlint]
        agency-kind = "township"
        dictionaries = ["words/extra.txt"]
    """)
    config = load_config(str(config_file), KNOWN)
    settings = config.settings_for(str(tmp_path / "r.txt"))
    options = dict(settings.options)
    assert options["agency_kind"] == "township"
    assert options["dictionaries"] == (str(tmp_path / "words" / "extra.txt"),)
    hash(settings)  # frozen and hashable, like every Settings


def test_settings_for_is_per_file(tmp_path):
    config_file = write(tmp_path / "govlint.toml", '[per-file-ignores]\n"old/**" = ["D"]\n"*.html" = ["S1"]\n')
    config = load_config(str(config_file), KNOWN)
    assert config.settings_for(str(tmp_path / "old" / "2019" / "r.txt")).ignore == ("D",)
    assert config.settings_for(str(tmp_path / "new" / "r.html")).ignore == ("S1",)
    assert config.settings_for(str(tmp_path / "new" / "r.txt")).ignore == ()
    assert Config().settings_for("r.txt", select=("S",), ignore=("S105",)).selection.enabled("S104")


BAD = [
    ('colour = "red"\n', "colour", "unknown key"),
    ('selcet = ["S"]\n', "selcet", "did you mean select"),
    ('select = "S"\n', "select", "list of strings"),
    ('ignore = ["Z9"]\n', "ignore", "no rule code starts with 'Z9'"),
    ('[per-file-ignores]\n"*.txt" = ["Q1"]\n', 'per-file-ignores."*.txt"', "no rule code"),
    ('per-file-ignores = ["x"]\n', "per-file-ignores", "table"),
    ('[severity]\nW101 = "fatal"\n', "severity.W101", "error, warning or info"),
    ('[severity]\nK1 = "error"\n', "severity.K1", "no rule code"),
    ('agency-kind = "city"\n', "agency-kind", "government, department, township"),
    ('dictionaries = ["missing.txt"]\n', "dictionaries[0]", "no such file"),
    ('baseline = 3\n', "baseline", "file path"),
    ('select = [\n', "", "not valid TOML"),
]


@pytest.mark.parametrize("text, key, words", BAD, ids=[b[1] or "toml" for b in BAD])
def test_bad_configuration_is_one_clear_line_exit_two(repo, capsys, text, key, words):
    write(repo / "govlint.toml", text)
    code = main(["--lang", "en", "reports"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert f"{repo / 'govlint.toml'}: {key + ': ' if key else ''}" in err
    assert words in err


def test_bad_pyproject_names_the_tool_table(repo, capsys):
    write(repo / "pyproject.toml", '[tool.govlint]\nignroe = ["S"]\n')
    assert main(["reports"]) == 2
    err = capsys.readouterr().err
    assert f"{repo / 'pyproject.toml'}：tool.govlint.ignroe：未知的配置项（是不是 ignore？）" in err


def test_errors_are_chinese_by_default(repo, capsys):
    write(repo / "govlint.toml", 'colour = "red"\n')
    assert main(["reports"]) == 2
    assert "未知的配置项" in capsys.readouterr().err


def test_config_file_that_is_missing_or_has_no_table(repo, capsys):
    assert main(["--config", "nope.toml", "reports"]) == 2
    assert "nope.toml" in capsys.readouterr().err
    write(repo / "pyproject.toml", '[project]\nname = "x"\n')
    assert main(["--config", "pyproject.toml", "--lang", "en", "reports"]) == 2
    assert "no [tool.govlint] table" in capsys.readouterr().err


def test_load_config_raises_config_error(tmp_path):
    with pytest.raises(ConfigError) as info:
        load_config(str(write(tmp_path / "govlint.toml", 'select = ["S9"]\n')), KNOWN)
    assert "govlint.toml" in info.value.reason_en and "select" in info.value.reason_en


def test_a_broken_word_list_is_a_config_error_naming_the_file(tmp_path):
    from govlint.engine.config import ConfigError, load_config
    from govlint.engine.plugins import get_plugin_manager, rules

    (tmp_path / "words.toml").write_text("[[word]]\nwrong = \n", encoding="utf-8")
    (tmp_path / "govlint.toml").write_text('dictionaries = ["words.toml"]\n', encoding="utf-8")
    known = {info.code for info in rules(get_plugin_manager(load_entry_points=False))}
    with pytest.raises(ConfigError) as info:
        load_config(str(tmp_path / "govlint.toml"), known)
    assert "dictionaries[0]" in info.value.reason and "words.toml" in info.value.reason
