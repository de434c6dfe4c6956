"""--fix behaves as an editor does, or refuses with one line: links, modes, owners,
signals; and a fix never changes a number or the file's bytes it did not mean to."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govlint import Settings
from govlint.engine.diagnostics import Diagnostic, Fix
from govlint.engine.fixes import WriteRefused, apply_fixes, changes_numbers, write_fixed
from govlint.syntax.nodes import Span
from govlint.cli.runner import check_file
from govlint.syntax.source import decode, from_text, matched_lines
from govlint.syntax.files import read_file

from samples import CLEAN

FIXABLE = CLEAN.replace("公开形式还不够丰富。", "公开形式还不够丰富的的。")   # W202 offers a fix
FIXED = CLEAN.replace("公开形式还不够丰富。", "公开形式还不够丰富的。")


def _fix(path, lang="en"):
    return check_file(str(path), Settings(), "fix", lang)


def test_a_symbolic_link_is_written_through(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text(FIXABLE, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    result = _fix(link)
    assert result.fixed and not result.failed
    assert link.is_symlink() and target.read_text(encoding="utf-8") == FIXED


def test_a_read_only_file_is_refused_even_for_root(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(FIXABLE, encoding="utf-8")
    path.chmod(0o444)
    result = _fix(path)
    assert result.failed and "read-only" in result.errors[0]
    assert path.read_text(encoding="utf-8") == FIXABLE and (path.stat().st_mode & 0o777) == 0o444


def test_a_hard_linked_file_is_refused_not_split(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(FIXABLE, encoding="utf-8")
    os.link(path, tmp_path / "other.txt")
    result = _fix(path)
    assert result.failed and "hard links" in result.errors[0]
    assert os.stat(path).st_ino == os.stat(tmp_path / "other.txt").st_ino


def test_mode_is_kept(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(FIXABLE, encoding="utf-8")
    path.chmod(0o640)
    assert _fix(path).fixed
    assert (path.stat().st_mode & 0o777) == 0o640


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to own files of others")
def test_root_keeps_the_owner(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(FIXABLE, encoding="utf-8")
    os.chown(path, 12345, 23456)
    assert _fix(path).fixed
    assert (path.stat().st_uid, path.stat().st_gid) == (12345, 23456)


def test_no_temporary_file_is_left_after_sigterm(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(FIXABLE, encoding="utf-8")
    script = (
        "import os, sys, time\n"
        "from govlint.engine import fixes\n"
        "from govlint.syntax.files import read_file\n"
        "def slow(fd):\n"
        "    print('writing', flush=True); time.sleep(30)\n"
        "fixes.os.fsync = slow\n"
        f"source = read_file({str(path)!r})\n"
        "fixes.write_fixed(source, source.text + '尾')\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "writing"
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=20) == 128 + signal.SIGTERM
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.txt"]
    assert path.read_text(encoding="utf-8") == FIXABLE


@pytest.mark.parametrize("text, start, end, replacement", [
    ("共两千三百两千三百件。", 5, 9, ""),            # W202 once wrote 两千三百件 from this
    ("共2300 2300件。", 5, 10, ""),
    ("共２３００件。", 1, 2, ""),
    ("合计十二件", 2, 3, "二"),
    ("壹拾贰万元", 0, 2, ""),
    ("共12件", 2, 2, "0"),
])
def test_a_fix_never_changes_a_number(text, start, end, replacement):
    fix = Fix(start, end, replacement)
    assert changes_numbers(text, fix)
    diagnostic = Diagnostic("x.txt", Span(1, 1, 1, 2, 0, 1), "error", "W202", "doubled-word", "m", fix=fix)
    assert apply_fixes(text, [diagnostic]).text == text


@pytest.mark.parametrize("text, start, end, replacement", [
    ("进一步进一步完善", 3, 6, ""),      # a lone 一 inside a word is no number
    ("共12件 ，其中", 5, 6, ""),
    ("的的确", 0, 1, ""),
])
def test_fixes_beside_numbers_still_apply(text, start, end, replacement):
    assert not changes_numbers(text, Fix(start, end, replacement))


def test_the_doubled_numeral_is_reported_but_not_fixed(tmp_path):
    path = tmp_path / "r.txt"
    text = CLEAN.replace("全年工作平稳。", "全年公开信息两千三百两千三百条。")
    path.write_text(text, encoding="utf-8")
    result = _fix(path)
    assert "W202" in {d.code for d in result.diagnostics} and not result.fixed
    assert path.read_text(encoding="utf-8") == text


def test_a_fix_that_changes_nothing_is_not_counted():
    same = Diagnostic("x.txt", Span(1, 1, 1, 2, 0, 1), "warning", "L999", "t", "m", fix=Fix(0, 1, "a"))
    result = apply_fixes("abc", [same])
    assert not result.changed and result.text == "abc"


def test_a_second_byte_order_mark_is_kept_unless_a_fix_removes_it(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes(("\ufeff\ufeff" + FIXABLE).encode("utf-8"))
    source = read_file(str(path))
    assert source.bom and source.text.startswith("\ufeff青川")     # the stray one is text, and visible
    assert check_file(str(path), Settings(select=("W202",)), "fix", "en").fixed == 1
    assert path.read_bytes() == ("\ufeff\ufeff" + FIXED).encode("utf-8")
    # L101 reports the stray mark and removes it: a fix that says so, not a silent loss
    result = _fix(path)
    assert result.fixed == 1 and path.read_bytes() == ("\ufeff" + FIXED).encode("utf-8")


def test_a_file_cut_mid_character_is_checked_said_and_not_fixed(tmp_path):
    path = tmp_path / "r.txt"
    data = FIXABLE.encode("utf-8")[:-2]
    path.write_bytes(data)
    result = _fix(path)
    assert not result.failed and "cut off in the middle of a character" in result.errors[0]
    assert result.diagnostics and path.read_bytes() == data


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text(tmp_path, encoding):
    path = tmp_path / "r.txt"
    path.write_bytes(FIXABLE.encode(encoding))
    source = read_file(str(path))
    assert source.encoding == encoding and source.text == FIXABLE.rstrip("\n") + "\n"
    assert _fix(path).fixed and path.read_bytes() == FIXED.encode(encoding)


def test_html_that_declares_the_wrong_charset_is_read_in_its_own(tmp_path):
    path = tmp_path / "r.html"
    path.write_bytes('<meta charset="gbk"><p>青川市农业农村局</p>'.encode("utf-8"))
    assert "青川市农业农村局" in read_file(str(path)).text


def _pairs_in_order(old_text: str, new_text: str) -> None:
    """Matched lines (equal, or a changed line and the one it replaces) never cross."""
    pairs = sorted(matched_lines(old_text.split("\n"), new_text.split("\n")))
    assert all(a[0] < b[0] and a[1] < b[1] for a, b in zip(pairs, pairs[1:]))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["", "0", "无。", "一、总体情况", "\t1\t2", "本年度新收申请3件。", "x"]),
                min_size=1, max_size=60),
       st.lists(st.tuples(st.integers(0, 59), st.sampled_from(["drop", "edit", "join", "insert"])), max_size=8),
       st.lists(st.sampled_from(["\n", "\r\n", "\r"]), min_size=1, max_size=3))
def test_every_unchanged_line_keeps_its_ending(lines, edits, endings):
    raw = "".join(line + endings[k % len(endings)] for k, line in enumerate(lines))
    source = decode(raw.encode("utf-8"), "x.txt")
    new = source.text.split("\n")
    for at, kind in edits:
        at = min(at, len(new) - 1)
        if kind == "drop" and len(new) > 1:
            del new[at]
        elif kind == "edit":
            new[at] += "，"
        elif kind == "join" and at + 1 < len(new):
            new[at:at + 2] = [new[at] + new[at + 1]]
        elif kind == "insert":
            new.insert(at, "新")
    text = "\n".join(new)
    _pairs_in_order(source.text, text)
    assert source.encode(source.text) == raw.encode("utf-8")
    assert decode(source.encode(text), "x.txt").text == text


def test_line_matching_stays_fast_with_hundreds_of_fixes():
    random.seed(7)
    lines = [random.choice(["", "0", "无。", f"第{k}行的内容。"]) for k in range(40_000)]
    source = from_text("\r\n".join(lines) + "\r\n", "big.txt")
    new = source.text.split("\n")
    for _ in range(200):
        at = random.randrange(len(new))
        new[at] += "，"
    started = time.monotonic()
    data = source.encode("\n".join(new))
    assert time.monotonic() - started < 10     # was quadratic: 680 KB with 200 fixes took 39 s
    assert data.count(b"\r\n") == len(lines)
