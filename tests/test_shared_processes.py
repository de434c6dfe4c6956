"""A very large report's rules shared out over forked processes (govlint.engine.forked):
the same diagnostics, in the same order, as one process gives, whatever a child does."""

from __future__ import annotations

import os
import time

import pytest

from govlint import lint_report, parse
from govlint.engine import forked, run
from govlint.engine.plugins import get_plugin_manager

from samples import WITH_TABLE_THREE

pytestmark = pytest.mark.skipif(not forked.can_fork(), reason="no fork on this platform: one process only")


def test_work_shared_out_comes_back_in_the_order_given():
    items = list(range(40))
    assert forked.run_shared(items, lambda n: (n, n * n), 3) == [(n, n * n) for n in items]
    assert forked.run_shared(items[:1], lambda n: n + 1, 4) == [1]
    assert forked.run_shared([], lambda n: n, 2) == []


def test_the_work_is_done_in_the_children_too():
    pids = forked.run_shared(list(range(30)), lambda n: (os.getpid(), [i * i for i in range(20000)])[0], 2)
    assert os.getpid() in pids and len(set(pids)) == 2


def test_what_a_failing_or_dying_child_took_is_done_here():
    here = os.getpid()

    def work(n):
        if os.getpid() != here and n % 3 == 0:
            os._exit(3)        # the child dies halfway, its results lost
        return n * 2

    assert forked.run_shared(list(range(12)), work, 2) == [n * 2 for n in range(12)]

    def unpicklable(n):
        return (lambda: n) if os.getpid() != here else n

    assert [f if isinstance(f, int) else None for f in forked.run_shared(list(range(6)), unpicklable, 2)] \
        == list(range(6))


def test_a_large_report_gives_the_same_diagnostics_in_any_number_of_processes(monkeypatch):
    body = "".join(f"本年度共收到申请{n}件，办理答复{n}件，办理效律明显提高,。\n" for n in range(300))
    report = parse(WITH_TABLE_THREE.replace("一、总体情况\n", "一、总体情况\n" + body, 1), "big.txt")
    pm = get_plugin_manager(load_entry_points=False)
    alone = lint_report(report, pm=pm)
    monkeypatch.setattr(run, "SHARED_FROM", 1_000)      # (this synthetic report is small)
    shared = []
    real = forked.run_shared
    monkeypatch.setattr(run, "run_shared", lambda items, work, n: shared.append(n) or real(items, work, n))
    assert lint_report(report, pm=pm, processes=2) == alone
    assert lint_report(report, pm=pm, processes=3) == alone
    assert shared == [2, 3] and {d.code for d in alone} >= {"W201"}


def test_a_small_report_stays_in_one_process(monkeypatch):
    report = parse(WITH_TABLE_THREE, "small.txt")
    seen = []
    real = forked.run_shared
    monkeypatch.setattr(run, "run_shared", lambda items, work, n: seen.append(n) or real(items, work, n))
    lint_report(report, processes=4)
    assert seen == [1]


def test_what_the_children_read_of_the_texts_comes_back_to_be_saved(tmp_path, monkeypatch):
    """A reading a child computes is put into this process's memo (which the CLI saves)."""
    from govlint import text_memo

    monkeypatch.setenv("GOVLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(text_memo, "_MEMOS", [])
    memo = text_memo.TextMemo("reading", "v1")
    here = os.getpid()

    def work(n):
        time.sleep(0.01)       # (long enough that the child takes some)
        return memo.remembered(f"run {n}", lambda: (n, os.getpid()))

    results = forked.run_shared(list(range(30)), work, 2)
    assert any(pid != here for _, pid in results)          # some were read in the child
    assert all(memo.get(f"run {n}") == results[n] for n in range(30))
    assert text_memo.taken() == ()    # (this process hands nothing over: it saves)
