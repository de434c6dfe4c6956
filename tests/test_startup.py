"""What keeps start-up short and the work per report linear: patterns compiled on first
use or kept in the cache folder with the parser's tables and the plugin list, the
glued-table search only for a missing table, the number of worker processes, the
garbage collector held off during a check, and fast paths that must give what the
plain ones gave.  (Speed itself is measured in bench/run.py.)"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govlint import code_store, parse, regex_store

from govlint.engine import discovery
from govlint.syntax.dates import tokens
from govlint.lazy import pattern
from govlint.cli.runner import MANY_FILES, worker_count
from govlint.model.tables.glued import glued_tables

GLUED = ("2022年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n"
         "信息内容本年制发件数本年废止件数现行有效件数\n规章000\n行政规范性文件1203\n"
         "四、政府信息公开行政复议、行政诉讼情况\n结果维持 结果纠正 其他结果 尚未审结 总计\n"
         "1 0 0 0 1 0 0 0 0 0 0 0 0 0 0\n五、存在的主要问题及改进情况\n无。\n")


def test_a_lazy_pattern_compiles_on_first_use_and_then_acts_as_re():
    built = []

    def source():
        built.append(1)
        return r"(?P<n>[0-9]+)件"

    lazy = pattern(source)
    assert built == [] and "not compiled" in repr(lazy)
    assert lazy.search("共12件")["n"] == "12"
    assert [m.group() for m in lazy.finditer("3件和4件")] == ["3件", "4件"]
    assert built == [1] and lazy.pattern == r"(?P<n>[0-9]+)件"
    assert pattern("a+", re.IGNORECASE).fullmatch("AAa") is not None


def test_glued_tables_of_some_kinds_are_those_of_all_kinds():
    report = parse(GLUED)
    every = {found.kind: found for found in glued_tables(report)}
    assert set(every) == {"二", "四"}
    for kinds in (("二",), ("四",), ("三", "四"), ("二", "三")):
        assert {found.kind: found for found in glued_tables(report, kinds)} == \
            {kind: found for kind, found in every.items() if kind in kinds}
    assert glued_tables(report, ()) == []


def test_date_tokens_are_shared_but_each_caller_gets_its_own_list():
    first = tokens("2023年1月5日和2022年12月31日")
    first.clear()
    assert [d.day for d in tokens("2023年1月5日和2022年12月31日")] == [5, 31]


@pytest.mark.parametrize("requested, files, expected", [
    (None, 1, 1), (None, MANY_FILES - 1, 1), (1, 100, 1), (3, 2, 2), (2, 5, 2),
])
def test_worker_count(requested, files, expected):
    assert worker_count(requested, files) == expected


def test_many_files_use_every_core_by_default():
    cores = os.cpu_count() or 1
    assert worker_count(None, MANY_FILES) == min(cores, MANY_FILES)
    assert worker_count(0, 100) == cores


def _run(tmp_path, cache, *args):
    report = tmp_path / "r.txt"
    report.write_text(GLUED, encoding="utf-8")
    env = dict(os.environ, GOVLINT_CACHE_DIR=str(cache))
    done = subprocess.run([sys.executable, "-m", "govlint", "--format", "json", *args, str(report)],
                          capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout), done.stderr


def test_the_parser_cache_is_written_once_and_a_damaged_one_is_rebuilt(tmp_path):
    cache = tmp_path / "cache"
    fresh, _ = _run(tmp_path, cache)
    (table,) = cache.glob("report-parser-*.marshal")
    written = table.stat().st_mtime_ns
    again, _ = _run(tmp_path, cache)
    assert again == fresh and table.stat().st_mtime_ns == written      # read, not rebuilt
    table.write_bytes(b"not a parser")
    mended, _ = _run(tmp_path, cache)
    assert mended == fresh and table.read_bytes() != b"not a parser"
    off, _ = _run(tmp_path, "")                                         # no cache at all
    assert off == fresh


def test_a_run_with_the_stored_parser_does_not_import_lark(tmp_path):
    cache = tmp_path / "cache"
    _run(tmp_path, cache)                     # stores the parser
    report = tmp_path / "r.txt"
    code = ("import sys, io, contextlib\nfrom govlint.cli.commands import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    try: main([{str(report)!r}])\n    except SystemExit: pass\n"
            "print(sorted(m for m in sys.modules if m == 'lark' or m.startswith('lark.')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=dict(os.environ, GOVLINT_CACHE_DIR=str(cache)))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_entry_points_are_read_again_when_the_installed_distributions_change(tmp_path, monkeypatch):
    monkeypatch.setenv("GOVLINT_CACHE_DIR", str(tmp_path / "cache"))
    scans = []

    def scan(group):
        scans.append(group)
        return [discovery.EntryPoint(f"rule{len(scans)}", "govlint.rules.doubled_word", "demo")]

    monkeypatch.setattr(discovery, "_scan", scan)
    first = discovery.entry_points("govlint")
    assert discovery.entry_points("govlint") == first and len(scans) == 1     # remembered
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    assert discovery.entry_points("govlint") != first and len(scans) == 2     # a new path entry
    (site / "demo-1.0.dist-info").mkdir()
    discovery.entry_points("govlint")
    assert len(scans) == 3                                                    # something installed there
    (site / "notes.txt").write_text("a file saved in a folder on the path", encoding="utf-8")
    (site / "draft").mkdir()
    discovery.entry_points("govlint")
    assert len(scans) == 3                                                    # nothing installed
    (site / "demo-1.0.dist-info").rmdir()
    (site / "demo-1.1.dist-info").mkdir()
    discovery.entry_points("govlint")
    assert len(scans) == 4                                                    # an upgrade
    os.utime(site / "demo-1.1.dist-info", ns=(1, 1))
    discovery.entry_points("govlint")
    assert len(scans) == 5                                                    # reinstalled
    (site / "demo-1.1.egg-info").mkdir()                                     # setup.py develop's metadata
    points = site / "demo-1.1.egg-info" / "entry_points.txt"
    points.write_text("[govlint]\n", encoding="utf-8")
    discovery.entry_points("govlint")
    assert len(scans) == 6                                                    # entry points added
    folder_time = (site / "demo-1.1.egg-info").stat().st_mtime_ns
    points.write_text("[govlint]\ndemo = demo\n", encoding="utf-8")
    os.utime(points, ns=(folder_time + 10**9, folder_time + 10**9))
    assert (site / "demo-1.1.egg-info").stat().st_mtime_ns == folder_time
    discovery.entry_points("govlint")
    assert len(scans) == 7                                                    # rewritten in place (egg_info)
    (site / "Legacy.EGG-INFO").mkdir()
    discovery.entry_points("govlint")
    assert len(scans) == 8                                                    # any case, as importlib finds it
    monkeypatch.setattr(sys, "path", [Path(site / "draft"), *sys.path])      # not a string on sys.path
    discovery.entry_points("govlint")
    assert len(scans) == 9
    from govlint.rules import doubled_word

    assert first[0].load() is doubled_word


def test_two_import_paths_taking_turns_read_the_metadata_once_each(tmp_path, monkeypatch):
    """``govlint`` (its script folder first on the path) and ``python -m govlint`` (the
    current folder first) each keep their own list; the newest KEPT lists stay."""
    monkeypatch.setenv("GOVLINT_CACHE_DIR", str(tmp_path / "cache"))
    scans = []
    monkeypatch.setattr(discovery, "_scan", lambda group: scans.append(group) or [])
    script, here = tmp_path / "bin", tmp_path / "work"
    script.mkdir(), here.mkdir()
    rest = list(sys.path)
    for _ in range(3):
        for first in (script, here):
            monkeypatch.setattr(sys, "path", [str(first), *rest])
            discovery.entry_points("govlint")
    assert len(scans) == 2
    for n in range(discovery.KEPT + 3):
        extra = tmp_path / f"site{n}"
        extra.mkdir()
        monkeypatch.setattr(sys, "path", [str(extra), *rest])
        discovery.entry_points("govlint")
    assert len(list((tmp_path / "cache").glob("entry-points-govlint-*.json"))) == discovery.KEPT


def test_entry_point_values_load_as_importlib_metadata_loads_them():
    point = discovery.EntryPoint("x", "govlint.syntax.dates:FoundDate.is_complete", "demo")
    from govlint.syntax.dates import FoundDate

    assert point.load() is FoundDate.is_complete


def test_the_proofreader_reads_a_recurring_run_once_and_its_memo_stays_bounded(monkeypatch):
    from govlint.model.proofread import checker
    from govlint.model.proofread.model import Model, load

    model = load()
    model.forget()
    built = []
    real_run = checker._Run

    def counting_run(m, text):
        built.append(text)
        return real_run(m, text)

    monkeypatch.setattr(checker, "_Run", counting_run)
    first = checker.slips("依申清公开办理规范，依申清公开办理规范", model)
    assert built == ["依申清公开办理规范"]          # the second run is the first's, remembered
    assert [(s.start, s.wrong, s.right) for s in first] == [(2, "依申清公开", "依申请公开"), (12, "依申清公开", "依申请公开")]
    model.forget()
    assert checker.slips("依申清公开办理规范", model) == first[:1] and len(built) == 2
    monkeypatch.setattr(Model, "REMEMBERED", 2)
    for text in ("甲乙", "丙丁", "戊己"):
        model.remembered(text, lambda: ())
    assert len(model._found) <= 2
    model.forget()


@pytest.fixture
def store(tmp_path, monkeypatch):
    """The pattern store in a folder of its own, as a fresh process would find it."""
    monkeypatch.setenv("GOVLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(regex_store, "_stored", None)
    monkeypatch.setattr(regex_store, "_seen", set())

    def new_run():
        regex_store._stored = None
        re.purge()
        regex_store.warm()

    yield new_run
    re.purge()


def _key(source, flags=0):
    return (str, source, flags)


def test_a_pattern_compiled_in_two_runs_is_stored_and_comes_back_equal(store):
    source = r"(?P<count>[0-9０-９]+)[ \u3000]*件(?=[，。])|共[一二三四五六七八九十百千]+条"
    store()
    assert _key(source, re.IGNORECASE) not in re._cache
    first = re.compile(source, re.IGNORECASE)
    regex_store.save()                     # seen once: not stored yet
    store()
    assert _key(source, re.IGNORECASE) not in re._cache
    re.compile(source, re.IGNORECASE)
    regex_store.save()                     # seen again: stored
    store()
    warmed = re._cache[_key(source, re.IGNORECASE)]
    assert warmed == first and warmed is not first
    assert re.compile(source, re.IGNORECASE) is warmed
    assert warmed.groupindex == {"count": 1} and warmed.flags == first.flags
    assert warmed.search("收到申请１２件，")["count"] == "１２"
    assert warmed.search("共十二条") and not warmed.search("共12条")


def test_a_pattern_of_one_run_only_is_never_stored(store):
    store()
    re.compile("某单位名称甲")
    regex_store.save()
    store()
    re.compile("某单位名称乙")
    regex_store.save()
    store()
    assert _key("某单位名称甲") not in re._cache and _key("某单位名称乙") not in re._cache


def test_a_damaged_or_foreign_store_is_compiling_as_usual(store):
    source = "全年[0-9]+件"
    for _ in range(2):
        store()
        re.compile(source)
        regex_store.save()
    (path,) = Path(regex_store._file()).parent.glob("patterns-*")
    blob = path.read_bytes()
    path.write_bytes(blob[:4] + bytes([blob[4] ^ 1]) + blob[5:])   # a flipped bit: checksum fails
    store()
    assert _key(source) not in re._cache
    assert re.compile(source).fullmatch("全年12件")
    path.write_bytes(b"\0\0\0")                                    # cut short
    store()
    assert re.compile(source).fullmatch("全年3件")


def test_the_store_starts_afresh_when_it_would_outgrow_its_limit(store, monkeypatch):
    monkeypatch.setattr(regex_store, "LIMIT", 3)
    for _ in range(2):
        store()
        for n in range(3):
            re.compile(f"第{n}项")
        regex_store.save()
    store()
    assert all(_key(f"第{n}项") in re._cache for n in range(3))
    for _ in range(2):
        store()
        re.compile("第9项")
        regex_store.save()
    store()
    assert _key("第9项") in re._cache and _key("第0项") not in re._cache


def test_no_cache_folder_means_no_store(store, monkeypatch):
    monkeypatch.setenv("GOVLINT_CACHE_DIR", "")
    store()
    re.compile("第一项")
    regex_store.save()
    assert regex_store._file() is None


def test_line_starts_are_one_past_every_newline():
    from govlint.syntax.nodes import line_starts

    assert line_starts("") == [0]
    assert line_starts("一、总体情况\n本年度。\n") == [0, 7, 12]
    assert line_starts("\n\n甲") == [0, 1, 2]


def test_a_text_report_is_read_without_the_document_adapters(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("2022年政府信息公开工作年度报告\n一、总体情况\n本年度依法公开。\n", encoding="utf-8")
    code = ("import sys; from govlint.syntax.files import read_file; "
            f"source = read_file({str(report)!r}); "
            "print(len(source.text), 'govlint.syntax.adapters' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["34", "False"]


_DATE_ALPHABET = "2019年１２月31日号 \u3000〇一二十三廿,.．A-至止度以来"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_DATE_ALPHABET, max_size=40))
def test_date_stretches_are_those_found_without_the_start_look_ahead(text):
    # the look-ahead only skips, inside the engine, the starts where the stretch would be empty
    from govlint.syntax import dates

    head = dates._SHAPE.pattern.index("(?=")
    plain = re.compile(dates._SHAPE.pattern[:head] + dates._SHAPE.pattern[dates._SHAPE.pattern.index(")", head) + 1:])
    assert plain.pattern != dates._SHAPE.pattern
    expected = [(m.span(), m.groupdict()) for m in plain.finditer(text) if m.end() > m.start()]
    assert [(m.span(), m.groupdict()) for m in dates._SHAPE.finditer(text) if m.end() > m.start()] == expected


def test_registering_a_rule_module_looks_only_at_its_functions():
    import types

    from govlint import Finding, hookimpl
    from govlint.engine.plugins import get_plugin_manager, _register

    module = types.ModuleType("demo_rule")
    module.CODE, module.NAME, module.SEVERITY = "W990", "demo-rule", "info"
    built = []
    module.LAZY = pattern(lambda: built.append(1) or "甲")      # compiled only if looked into

    @hookimpl
    def govlint_check(report):
        yield Finding(report.title.span, "演示", "demo")

    module.govlint_check = govlint_check
    module.helper = lambda: None

    class Instance:          # a plugin that is an object, not a module: pluggy's own lookup
        CODE, NAME, SEVERITY = "W991", "demo-instance", "info"

        @hookimpl
        def govlint_check(self, report):
            return []

    pm = get_plugin_manager(load_entry_points=False)
    _register(pm, module, "test")
    _register(pm, Instance(), "test")
    names = {impl.plugin_name for impl in pm.hook.govlint_check.get_hookimpls()}
    assert {"W990", "W991"} <= names and built == []


def test_a_check_leaves_no_reference_cycles_for_the_collector(tmp_path):
    # why the collector may be held off while a file is checked (cli.runner.collection_paused)
    import gc

    from govlint.cli.runner import check_file
    from govlint.engine.settings import Settings
    from samples import WITH_TABLE_THREE

    report = tmp_path / "report.txt"
    report.write_text(WITH_TABLE_THREE + "联系电话：0000-1234567，电子邮箱：gk@example.cn\n二〇二二年一月十日\n",
                      encoding="utf-8")
    check_file(str(report), Settings())          # warm: lazy patterns, the lexicon, the memos
    gc.collect()
    gc.disable()
    try:
        result = check_file(str(report), Settings())
        assert result.diagnostics is not None
        del result
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_the_collector_is_held_off_during_a_check_and_back_after(monkeypatch, tmp_path):
    import gc

    from govlint.cli import runner

    seen = []
    real = runner.check_file
    monkeypatch.setattr(runner, "check_file", lambda *a, **k: seen.append(gc.isenabled()) or real(*a, **k))
    report = tmp_path / "report.txt"
    report.write_text("2022年政府信息公开工作年度报告\n一、总体情况\n本年度依法公开。\n", encoding="utf-8")
    assert gc.isenabled()
    results = list(runner.check_files([(str(report), runner.Settings())], "check", "zh", 1))
    assert seen == [False] and gc.isenabled() and results[0].diagnostics is not None
    gc.disable()
    try:
        with runner.collection_paused():
            pass
        assert not gc.isenabled()                   # left as the caller had it
    finally:
        gc.enable()


def test_a_command_leaves_nothing_frozen_for_the_collector(tmp_path):
    import gc

    from govlint.cli.commands import main

    report = tmp_path / "report.txt"
    report.write_text("2022年政府信息公开工作年度报告\n一、总体情况\n本年度依法公开。\n", encoding="utf-8")
    before = gc.get_freeze_count()
    assert main(["--no-summary", "-q", str(report)]) in (0, 1)
    assert gc.get_freeze_count() == before and gc.isenabled()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab年\r\n\u2028 ", max_size=30))
def test_lines_and_their_endings_give_back_the_text(text):
    from govlint.syntax.source import from_text

    source = from_text(text)
    lines = source.text.split("\n") if text else []
    assert len(lines) == len(source.newlines)
    assert "".join(line + end for line, end in zip(lines, source.newlines)) == text
    assert all(end in ("\r\n", "\r", "\n") for end in source.newlines[:-1])
    assert source.newlines[-1:] in ((), ("",))
    assert all("\r" not in line and "\n" not in line for line in lines)


@pytest.mark.parametrize("text, expected", [
    ("甲（乙）丙", [0, 1, 1, 1, 0]),
    ("（“甲”）", [1, 2, 2, 2, 1]),
    ("）甲", [0, 0]),                              # a closer nothing opened
    ("（甲", [1, 1]),
    ("“甲“乙”", [1, 1, 1, 1, 1]),                  # a second “ inside “…” opens nothing
    ("《甲（乙》丙）", [1, 1, 2, 2, 2, 2, 2]),     # 》 while （ is open closes nothing
    ("", []),
    ("甲乙丙", [0, 0, 0]),
])
def test_bracket_depths_read_at_the_marks(text, expected):
    from govlint.model import prose

    assert prose.depths(text) == expected


def test_a_stop_inside_brackets_ends_no_sentence():
    from govlint.model import prose

    assert prose.sentences("甲。（乙。）丙！") == [(0, 2), (2, 8)]
    assert prose.sentences("甲；乙（丙；丁）", prose.CLAUSE_END) == [(0, 2), (2, 8)]
    assert prose.sentences("  。甲") == [(0, 3), (3, 4)]


def test_importing_govlint_makes_no_cache_folder(tmp_path):
    folder = tmp_path / "untouched"
    done = subprocess.run([sys.executable, "-c", "import govlint"], capture_output=True, text=True,
                          env=dict(os.environ, GOVLINT_CACHE_DIR=str(folder)))
    assert done.returncode == 0, done.stderr
    assert not folder.exists()


# ── the methods of dataclasses, compiled once per installation (govlint.code_store) ──

@pytest.fixture
def code_store_run(tmp_path, monkeypatch):
    """The dataclass code store in a folder of its own; calling it starts a new "run"."""
    monkeypatch.setenv("GOVLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(code_store, "_stored", None)
    monkeypatch.setattr(code_store, "_compiled", {})
    compiled = []
    real_compile = compile
    monkeypatch.setattr(code_store, "compile", lambda *args, **kw: compiled.append(args[0]) or real_compile(*args, **kw),
                        raising=False)

    def new_run():
        code_store._stored = None
        code_store._compiled = {}
        compiled.clear()
        code_store.warm()
        return compiled

    yield new_run


def _record_class(name="Record"):
    """A frozen dataclass with defaults, made afresh (what a module of govlint defines)."""
    @dataclasses.dataclass(frozen=True)
    class Record:
        count: int
        unit: str = "件"
        parts: tuple = dataclasses.field(default_factory=tuple)
    Record.__qualname__ = name
    return Record


def test_a_dataclass_made_with_stored_code_is_the_same_as_one_compiled(code_store_run):
    compiled = code_store_run()
    first = _record_class()
    assert compiled                        # the first run compiles the methods …
    code_store.save()
    compiled = code_store_run()
    again = _record_class()
    assert compiled == []                  # … the next one runs the stored code
    record = again(12, parts=(1, 2))
    assert record == again(12, "件", (1, 2)) and record != again(13)
    assert hash(record) == hash(again(12, parts=(1, 2)))
    assert repr(record) == repr(first(12, parts=(1, 2))) == "Record(count=12, unit='件', parts=(1, 2))"
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.count = 3
    with pytest.raises(TypeError):
        again()
    assert again(1).parts == () and again(1).parts is not None


def test_a_damaged_code_store_means_compiling_as_usual(code_store_run):
    code_store_run()
    _record_class()
    code_store.save()
    (path,) = Path(code_store._file()).parent.glob("dataclass-code-*")
    blob = path.read_bytes()
    path.write_bytes(blob[:4] + bytes([blob[4] ^ 1]) + blob[5:])   # a flipped bit: checksum fails
    compiled = code_store_run()
    assert _record_class()(2).count == 2 and compiled
    path.write_bytes(b"\0\0")                                      # cut short
    compiled = code_store_run()
    assert _record_class()(3).unit == "件" and compiled


def test_no_code_store_without_a_cache_folder(code_store_run, monkeypatch):
    monkeypatch.setenv("GOVLINT_CACHE_DIR", "")
    code_store_run()
    assert _record_class()(4).count == 4
    code_store.save()
    compiled = code_store_run()
    _record_class()
    assert compiled                      # nothing was stored: compiled again


def test_the_code_store_starts_afresh_past_its_limit(code_store_run, monkeypatch):
    monkeypatch.setattr(code_store, "LIMIT", 8)
    code_store_run()
    _record_class()
    code_store.save()
    assert 0 < len(code_store._stored) <= 8
    code_store_run()
    for width in range(1, 4):      # other classes: other sources, more than the limit holds
        dataclasses.make_dataclass(f"Wide{width}", [(f"f{k}", int) for k in range(width)], frozen=True)
    code_store.save()
    assert len(code_store._read(code_store._file())) <= 8


#: modules that cost start-up and that a plain text check does not need
UNUSED_IN_A_CHECK = (
    "importlib.resources",   # package files are read from the package folders
    "importlib.metadata",    # the plugin list is kept in the cache folder
    "hashlib", "calendar", "tempfile", "multiprocessing",   # fingerprints, dates, --fix, --jobs
    "shutil",                # argparse's terminal width is read with os
    "pkgutil",               # the rule modules are listed with os.scandir
    "pickle", "base64", "logging",   # only lark's cache files and its silent logger used them
    "tomllib", "tomli",      # no configuration file, and the shipped word list read back
    "pathlib",               # the cache folder, package files and CI paths with os.path
)
#: and, once the report's table labels were read in an earlier run, the fuzzy matcher
UNUSED_IN_A_RE_RUN = UNUSED_IN_A_CHECK + ("difflib",)


def test_a_one_file_check_imports_no_module_it_does_not_use(tmp_path):
    """A second check of one text report, with no configuration file, imports none of
    :data:`UNUSED_IN_A_RE_RUN` (plugins looked for, as in a user's run)."""
    report = tmp_path / "report.txt"
    report.write_text("2022年政府信息公开工作年度报告\n一、总体情况\n本年度依法公开。\n"
                      "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 3\n"
                      "三、本年度办理结果\n（一）予以公开 2\n（三）不予公开\n1.属于国家密秘 1\n（七）总计 3\n",
                      encoding="utf-8")
    code = ("import sys, io, contextlib\nfrom govlint.cli.commands import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    try: main([{str(report)!r}])\n    except SystemExit: pass\n"
            f"print(' '.join(sorted(m for m in {UNUSED_IN_A_RE_RUN!r} if m in sys.modules)))")
    env = {**os.environ, "GOVLINT_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("GOVLINT_NO_PLUGINS", None)
    runs = []
    for _ in range(2):       # (the first run builds the parser and stores it; the second is a usual run)
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        runs.append(done.stdout.split())
    assert "difflib" in runs[0]     # (the misspelt label of table 3 was matched in the first run)
    # (what the interpreter's own start-up imports, a .pth file of the environment say, is not govlint's)
    bare = subprocess.run([sys.executable, "-c", "import sys; print(' '.join(sys.modules))"],
                          capture_output=True, text=True, check=True).stdout.split()
    assert set(done.stdout.split()) - set(bare) == set()


def test_argparse_gets_the_terminal_width_shutil_would_give(monkeypatch):
    import shutil

    from govlint.cli.arguments import terminal_columns

    for columns in ("57", "200", "", "nonsense", "-3"):
        monkeypatch.setenv("COLUMNS", columns)
        assert terminal_columns() == shutil.get_terminal_size().columns


def test_the_silent_logger_answers_every_call_lark_makes():
    """The generated module runs without its logging import (that its trees are lark's is
    tests/test_parser.py's)."""
    from govlint.syntax import standalone

    assert "import logging\n" in standalone._LEFT_OUT
    logger = standalone._silent_logging.getLogger("lark")
    logger.addHandler(standalone._silent_logging.StreamHandler())
    logger.setLevel(standalone._silent_logging.CRITICAL)
    assert logger.debug("x %s", 1) is None and logger.exception("y") is None and not logger.isEnabledFor(50)


def test_days_in_month_follow_the_gregorian_calendar():
    import calendar

    from govlint.syntax.dates import days_in_month

    for year in (1900, 1999, 2000, 2023, 2024, 2100, 2400):
        assert [days_in_month(year, m) for m in range(1, 13)] == \
            [calendar.monthrange(year, m)[1] for m in range(1, 13)]


def test_package_files_are_the_files_importlib_resources_names():
    from importlib import resources

    from govlint import package_files

    for package, parts in (("govlint.grammar", ("report.lark",)),
                           ("govlint.rules", ("data", "confusions.toml")),
                           ("govlint.model.proofread", ("data", "similar.txt"))):
        found = package_files.file(package, *parts)
        assert found.read_bytes() == resources.files(package).joinpath(*parts).read_bytes()
    with pytest.raises(FileNotFoundError):
        package_files.read_text("govlint.grammar", "no-such-file.lark")


_PATH_PARTS = st.lists(st.sampled_from(["a", "报告", ".", "..", "", "b c", "2023.txt"]), min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(_PATH_PARTS, st.sampled_from(["", "/work", "/work/报告", "/"]), st.booleans())
def test_relative_paths_are_those_pathlib_gives(parts, root, absolute):
    """CI annotations' paths, made with os.path alone, are what PurePath.as_posix made."""
    from pathlib import PurePath

    from govlint.engine.baseline import relative_path

    path = ("/" if absolute else "") + "/".join(parts)
    if not root:
        expected = PurePath(os.path.normpath(path)).as_posix()
    else:
        full = os.path.normpath(os.path.join(root, path))
        rel = os.path.relpath(full, root)
        outside = rel == os.pardir or rel.startswith(os.pardir + os.sep)
        expected = PurePath(full if outside else rel).as_posix()
    assert relative_path(path, root) == expected


def test_every_dataclass_of_govlint_has_its_own_docstring():
    """A dataclass without one gets ``Name(field: type, …)`` made by inspect.signature
    while the class is defined: twice the cost of the class, at every start."""
    import importlib
    import pkgutil

    import govlint

    missing = []
    for found in pkgutil.walk_packages(govlint.__path__, "govlint."):
        if found.name == "govlint.__main__":
            continue
        module = importlib.import_module(found.name)
        for value in vars(module).values():
            if (isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == module.__name__
                    and value.__dict__.get("__doc__", "").startswith(f"{value.__name__}(")):
                missing.append(f"{module.__name__}.{value.__qualname__}")
    assert missing == []


def test_patterns_built_from_word_lists_are_the_same_in_every_process():
    """The pattern store keeps a pattern only when the next run compiles the same text:
    one built from a set in the set's order would differ with the hash seed of each
    process, be compiled at every start and rewrite the store every time."""
    code = ("from govlint.model.proofread import _written_pattern\n"
            "from govlint.model.wordlist import shipped_confusions\n"
            "from govlint.model.agency import Agency, short_stems\n"
            "print(_written_pattern(tuple(c.wrong for c in shipped_confusions())).pattern)\n"
            "print(short_stems(Agency('某市科学技术局', 'city')))")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(1, 6)}
    assert len(seen) == 1


@given(st.text(alphabet=st.sampled_from("报告a \t\n\r\x0b\x0c\x00\x01\x08\x1b\x1f\x7f\x80"), max_size=300))
def test_a_text_with_too_many_control_characters_is_refused_as_the_character_by_character_count_says(text):
    from govlint.syntax.source import SourceError, decode

    counted = sum(ord(ch) in {c for c in range(32) if c not in (9, 10, 11, 12, 13)} | {0x7F} for ch in text)
    data = text.encode("utf-8")
    refused = b"\x00" not in data and bool(text) and counted > max(8, len(text) // 100)
    try:
        decode(data, "a.txt")
    except SourceError:
        assert refused or b"\x00" in data
    else:
        assert not refused
