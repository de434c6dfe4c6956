"""The memo of pure readings kept across runs (govlint.text_memo): what one run kept,
the next reads back; a changed version, a damaged store or no cache folder only means
computing again, and the store stays bounded."""

from __future__ import annotations

import pytest

from govlint import text_memo
from govlint.text_memo import TextMemo, file_stamp


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("GOVLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(text_memo, "_MEMOS", [])
    return tmp_path


def _counting(memo, key, value, calls):
    def compute():
        calls.append(key)
        return value
    return memo.remembered(key, compute)


def test_what_one_run_kept_the_next_reads_back(cache):
    calls = []
    first = TextMemo("reading", "v1")
    assert _counting(first, "依申请公开", (1, 2, "x"), calls) == (1, 2, "x")
    assert _counting(first, "依申请公开", (9,), calls) == (1, 2, "x")      # once per process
    assert first.save()
    second = TextMemo("reading", "v1")
    assert _counting(second, "依申请公开", (9,), calls) == (1, 2, "x")     # and across runs
    assert calls == ["依申请公开"]


def test_an_empty_result_is_kept_too(cache):
    calls = []
    first = TextMemo("reading", "v1")
    _counting(first, "政府信息", (), calls)
    first.save()
    assert _counting(TextMemo("reading", "v1"), "政府信息", (5,), calls) == ()
    assert calls == ["政府信息"]


def test_another_version_is_not_answered_from_the_store(cache):
    first = TextMemo("reading", "v1")
    first.put("公开", (1,))
    first.save()
    assert TextMemo("reading", "v2").get("公开") is None
    assert TextMemo("reading", lambda: "v1").get("公开") == (1,)     # a version made when needed


def test_a_damaged_store_is_read_as_empty(cache):
    first = TextMemo("reading", "v1")
    first.put("公开", (1,))
    first.save()
    (stored,) = [p for p in cache.iterdir() if p.name.startswith("reading-")]
    stored.write_bytes(stored.read_bytes()[:-3] + b"xyz")
    assert TextMemo("reading", "v1").get("公开") is None
    stored.write_bytes(b"")
    assert TextMemo("reading", "v1").get("公开") is None


def test_no_cache_folder_only_means_computing_again(monkeypatch):
    monkeypatch.setenv("GOVLINT_CACHE_DIR", "")
    memo = TextMemo("reading", "v1")
    calls = []
    assert _counting(memo, "公开", (1,), calls) == (1,)
    assert memo.save() is False
    assert TextMemo("reading", "v1").get("公开") is None


def test_the_store_keeps_what_the_last_run_used_first_and_stays_bounded(cache):
    first = TextMemo("reading", "v1", limit=3)
    for key in ("甲", "乙", "丙"):
        first.put(key, (ord(key),))
    first.save()
    second = TextMemo("reading", "v1", limit=3)
    assert second.get("丙") == (ord("丙"),)
    second.put("丁", (1,))
    second.put("戊", (2,))
    second.save()
    third = TextMemo("reading", "v1", limit=3)
    assert {key for key in "甲乙丙丁戊" if third.get(key) is not None} == {"丙", "丁", "戊"}


def test_a_run_that_added_nothing_writes_nothing(cache):
    first = TextMemo("reading", "v1")
    first.put("公开", (1,))
    first.save()
    (stored,) = [p for p in cache.iterdir() if p.name.startswith("reading-")]
    before = stored.stat().st_mtime_ns
    again = TextMemo("reading", "v1")
    assert again.get("公开") == (1,)
    assert again.save()
    assert stored.stat().st_mtime_ns == before


def test_forget_makes_every_text_new(cache):
    memo = TextMemo("reading", "v1")
    memo.put("公开", (1,))
    memo.save()
    memo.forget()
    assert memo.get("公开") is None


def test_save_all_saves_every_memo_made(cache):
    one, two = TextMemo("one", "v"), TextMemo("two", "v")
    one.put("甲", (1,))
    two.put("乙", (2,))
    text_memo.save_all()
    assert TextMemo("one", "v").get("甲") == (1,) and TextMemo("two", "v").get("乙") == (2,)


def test_file_stamp_changes_with_the_file(tmp_path):
    data = tmp_path / "lexicon.bin"
    data.write_bytes(b"abc")
    before = file_stamp(data)
    data.write_bytes(b"abcd")
    assert file_stamp(data) != before
    assert file_stamp(tmp_path / "missing") == "-"


# ── the proofreader's readings of runs of Chinese characters ────────────────

def test_the_proofreader_reads_a_known_run_without_its_lexicon(cache, monkeypatch):
    from govlint.model.proofread import checker

    text = "本机关依申清公开政府信息，办理效律明显提高。"
    monkeypatch.setattr(checker, "RUNS", TextMemo("proofread-runs", checker._version))
    fresh = checker.slips(text)
    assert fresh == checker.slips(text, checker.load())          # the same as the model's own reading
    assert {slip.right for slip in fresh} == {"依申请公开", "效率"}
    checker.RUNS.save()

    def no_lexicon():
        raise AssertionError("the lexicon was loaded for runs already read")

    monkeypatch.setattr(checker, "RUNS", TextMemo("proofread-runs", checker._version))
    monkeypatch.setattr(checker, "load", no_lexicon)
    assert checker.slips(text) == fresh
    with pytest.raises(AssertionError):
        checker.slips("一段从未读过的新文字")                        # a new run needs the lexicon


def test_a_changed_checker_or_lexicon_is_not_answered_from_old_readings(cache, monkeypatch):
    from govlint.model.proofread import checker

    monkeypatch.setattr(checker, "RUNS", TextMemo("proofread-runs", "checker 1"))
    checker.RUNS.put("依申清公开", ())           # what an older checker said of the run
    checker.RUNS.save()
    monkeypatch.setattr(checker, "RUNS", TextMemo("proofread-runs", "checker 2"))
    assert [slip.right for slip in checker.slips("依申清公开")] == ["依申请公开"]


def test_the_version_names_the_checker_and_every_data_file(tmp_path):
    from govlint.model.proofread import checker, model

    assert len(checker._version().split("|")) == 2 + len(model.DATA_FILES)
    assert "-" not in checker._version().split("|")


def test_the_command_keeps_the_readings_and_prints_the_same_again(tmp_path):
    import os
    import subprocess
    import sys

    report = tmp_path / "r.txt"
    report.write_text("某县某局\n2022年政府信息公开工作年度报告\n一、总体情况\n本局依申清公开政府信息，办理效律明显提高。\n",
                      encoding="utf-8")
    env = {**os.environ, "GOVLINT_CACHE_DIR": str(tmp_path / "cache"), "GOVLINT_NO_PLUGINS": "1"}
    command = [sys.executable, "-m", "govlint", "--no-summary", "--select", "W201", str(report)]
    first = subprocess.run(command, capture_output=True, text=True, env=env)
    assert list((tmp_path / "cache").glob("proofread-runs-*.marshal"))
    again = subprocess.run(command, capture_output=True, text=True, env=env)
    assert first.returncode == again.returncode == 0     # (W201 warns: exit 0)
    assert "申请" in first.stdout and first.stdout == again.stdout


def test_a_process_may_hold_more_than_the_store_keeps(cache):
    memo = TextMemo("reading", "v1", limit=2, held=4)
    for key in "甲乙丙丁":
        memo.put(key, (1,))
    assert all(memo.get(key) == (1,) for key in "甲乙丙丁")      # none dropped in the process
    memo.save()
    assert {key for key in "甲乙丙丁" if TextMemo("reading", "v1").get(key)} == {"丙", "丁"}
    memo.put("戊", (1,))
    assert memo.get("甲") is None and memo.get("戊") == (1,)     # past ``held``: started afresh


def test_the_rows_table_labels_name_are_read_back_as_computed(cache, monkeypatch):
    """Table 三's labels matched in one run come back in the next without matching, the
    labels that name no row too."""
    from govlint.model.tables import labels
    from govlint.model.tables import vocabulary as t

    labels.match_application_row.cache_clear()     # (what earlier tests read, without this memo)
    monkeypatch.setattr(labels, "_ROWS", TextMemo("table-labels", "v1"))
    written = [(spec.label, group) for group in t.GROUPS for spec in t.APPLICATION_ITEMS[group]]
    written += [("2.重复申请", t.GROUPS[-1]), ("（三）本年度办理结果", None), ("3. 信息 不存在", None),
                ("合计", None), ("本机关已按期答复", None), ("", None)]
    first = [labels.match_application_row(text, group) for text, group in written]
    assert None in first and len({key for key in first if key}) > 10
    text_memo.save_all()
    labels.match_application_row.cache_clear()
    monkeypatch.setattr(labels, "_ROWS", TextMemo("table-labels", "v1"))
    monkeypatch.setattr(labels, "_application_row", lambda *args: pytest.fail("matched again"))
    assert [labels.match_application_row(text, group) for text, group in written] == first
    labels.match_application_row.cache_clear()


def test_a_worker_hands_over_only_what_it_computed_after_it_started(cache, monkeypatch):
    monkeypatch.setattr(text_memo, "_HANDING_OVER", False)
    memo = TextMemo("reading", "v1")
    memo.put("inherited", (0,))                 # what the parent had computed before the fork
    text_memo.hand_over()
    memo.remembered("公开", lambda: (1,))
    memo.remembered("公开", lambda: pytest.fail("computed twice"))
    assert text_memo.taken() == (("reading", ("公开",), ((1,),)),)
    assert text_memo.taken() == ()              # each reading is handed over once
    parent = TextMemo("parent", "v1")
    monkeypatch.setattr(text_memo, "_HANDING_OVER", False)
    text_memo.absorb((("parent", ("依申请",), ((2, 3),)), ("unknown", ("x",), ((4,),))))
    assert parent.get("依申请") == (2, 3)


def test_what_the_worker_processes_read_is_saved_for_the_next_run(tmp_path):
    """``--jobs 2``: the workers' readings reach the store, so that checking the same
    files again (in one process) reads every run of text back and computes nothing."""
    import os
    import subprocess
    import sys

    folder = tmp_path / "reports"
    folder.mkdir()
    for n, body in enumerate(("本机关认真落实条例要求，主动公开政府信息一百二十条。",
                              "依申请公开工作规范有序，全年收到申请十五件，均按期答复。",
                              "存在的主要问题是公开内容还不够全面，下一步将加强培训。")):
        (folder / f"{n}.txt").write_text(f"2022年政府信息公开工作年度报告\n一、总体情况\n{body}\n", encoding="utf-8")
    env = {**os.environ, "GOVLINT_CACHE_DIR": str(tmp_path / "cache"), "GOVLINT_NO_PLUGINS": "1"}

    def run(jobs):
        subprocess.run([sys.executable, "-m", "govlint", "--jobs", jobs, "--quiet", str(folder)], env=env,
                       capture_output=True, check=False)
        stores = list((tmp_path / "cache").glob("proofread-runs-*.marshal"))
        return stores[0].read_bytes() if stores else None

    after_workers = run("2")
    assert after_workers is not None
    assert run("1") == after_workers      # nothing new to read, so nothing written
