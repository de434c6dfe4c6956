"""Text output on a terminal: colour only where it belongs (NO_COLOR, FORCE_COLOR,
pipes), control characters of a report never reach the terminal, a progress line
while many files are checked, and a failed write to standard output."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from govlint.cli.commands import main
from govlint.cli.formats.text_format import display_width, excerpt
from govlint.syntax.nodes import Span
from govlint.cli.terminal import Progress, printable, wants_color

from samples import CLEAN, UNFINISHED


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_colour_on_a_terminal_only_and_as_the_environment_says():
    assert wants_color(Terminal(), environ={})
    assert not wants_color(io.StringIO(), environ={})                       # piped
    assert not wants_color(Terminal(), environ={"NO_COLOR": "1"})
    assert wants_color(Terminal(), environ={"NO_COLOR": ""})                 # empty means unset
    assert wants_color(io.StringIO(), environ={"FORCE_COLOR": "1"})
    assert not wants_color(io.StringIO(), environ={"FORCE_COLOR": "0"})
    assert not wants_color(Terminal(), environ={"TERM": "dumb"})
    assert wants_color(io.StringIO(), "always", environ={"NO_COLOR": "1"})
    assert not wants_color(Terminal(), "never", environ={})


def test_colour_marks_severity_code_and_caret(tmp_path, capsys, monkeypatch):
    (tmp_path / "r.txt").write_text(UNFINISHED, encoding="utf-8")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    main([str(tmp_path / "r.txt"), "--select", "W101"])
    coloured = capsys.readouterr().out
    assert "\x1b[1;31merror\x1b[0m" in coloured and "\x1b[1mW101\x1b[0m" in coloured
    assert "\x1b[1;32m" in coloured.splitlines()[2]          # the caret line
    monkeypatch.setenv("NO_COLOR", "1")
    main([str(tmp_path / "r.txt"), "--select", "W101"])
    assert "\x1b" not in capsys.readouterr().out
    monkeypatch.delenv("NO_COLOR")
    main([str(tmp_path / "r.txt"), "--select", "W101", "--color", "never"])
    assert "\x1b" not in capsys.readouterr().out


def test_colour_never_goes_into_an_output_file(tmp_path, capsys, monkeypatch):
    (tmp_path / "r.txt").write_text(UNFINISHED, encoding="utf-8")
    monkeypatch.setenv("FORCE_COLOR", "1")
    main([str(tmp_path / "r.txt"), "-o", str(tmp_path / "out.txt")])
    assert "\x1b" not in (tmp_path / "out.txt").read_text(encoding="utf-8")


def test_escape_sequences_in_a_report_are_shown_not_sent(tmp_path, capsys):
    hostile = UNFINISHED.replace("规范信息发布，增强。", "规范\x1b]0;pwned\x07信息\x1b[2J发布，增强。")
    (tmp_path / "r.txt").write_text(hostile, encoding="utf-8")
    main([str(tmp_path / "r.txt"), "--color", "never"])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "    规范\\x1b]0;pwned\\x07信息\\x1b[2J发布，增强。" in out
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if " W101 " in line)   # (L101 reports the control characters too)
    source, caret = lines[at + 1], lines[at + 2]
    assert "pwned" in source
    assert caret.index("^") == display_width(source[:source.index("增强")])


def test_printable():
    assert printable("a\x1b[31mb\tc") == "a\\x1b[31mb\tc"
    assert printable("\u202eevil") == "\\u202eevil" and printable("\x9b") == "\\x9b"
    assert printable("普通文字") == "普通文字"


def test_caret_under_an_escaped_control_character():
    source, caret = excerpt("甲\x1b乙", Span(1, 3, 1, 4, 0, 0))
    assert source == "    甲\\x1b乙" and caret == "    " + " " * 6 + "^~"


def test_progress_line_on_a_terminal_for_many_files():
    stream = Terminal()
    progress = Progress(20, stream, "zh")
    for _ in range(20):
        progress.advance()
    progress.clear()
    assert "\r检查中 20/20" in stream.getvalue() and stream.getvalue().endswith("\r\x1b[K")
    quiet = io.StringIO()
    piped = Progress(20, quiet, "zh")
    for _ in range(20):
        piped.advance()
    piped.clear()
    assert quiet.getvalue() == ""
    few = Terminal()
    small = Progress(3, few, "zh")
    small.advance()
    assert few.getvalue() == ""


def test_progress_is_wiped_before_an_error_line(tmp_path, capsys, monkeypatch):
    for i in range(12):
        (tmp_path / f"r{i:02d}.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "r05.txt").write_bytes(b"\x00\x01binary")
    err = Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(Progress, "INTERVAL", 0.0)
    assert main([str(tmp_path)]) == 2
    text = err.getvalue()
    assert "检查中 12/12" in text
    error_at = text.index("govlint: ")
    assert text[:error_at].endswith("\r\x1b[K")       # the progress line was wiped first


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
def test_a_failed_write_to_stdout_is_one_line_and_exit_two(tmp_path):
    (tmp_path / "r.txt").write_text(UNFINISHED, encoding="utf-8")
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "govlint", str(tmp_path / "r.txt")], stdout=full,
                              stderr=subprocess.PIPE, text=True)
    assert done.returncode == 2
    assert done.stderr.splitlines() == ["govlint: 无法写入标准输出：No space left on device"]
