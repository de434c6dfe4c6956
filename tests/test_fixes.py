"""The fix machinery: applying the fixes of diagnostics, idempotence, and writing back."""

from __future__ import annotations

import os

from govlint import Diagnostic, Fix, Settings, Span, lint_text
from govlint.engine.fixes import apply_fixes, write_fixed
from govlint.syntax.source import from_text
from govlint.syntax.files import read_file

_SPAN = Span(1, 1, 1, 1, 0, 0)

BROKEN = (
    "一、总体情况\n"
    "\n"
    "我局工作取得了一些的成效,但与需要相比还有差距;属于过程性性信息的申请1件，依法依规做好依申请公开\n"
    "\n"
    "答复工作。全年主动公开信息20条，我局坚持公开为常态，不公开为例外，认真落实各项要求。\n"
    "[bookmark: _GoBack]（一）本年 度办 理结 果\n"
    "-------------\t---\t---\n"
    "二、主动公开政府信息情况\n"
)
SAFE = Settings(select=("L", "W202", "W203"))


def _diag(start, end, replacement, code="L999"):
    return Diagnostic("x.txt", _SPAN, "warning", code, "test", "m", fix=Fix(start, end, replacement))


def test_apply_replaces_in_order_and_skips_overlaps():
    text = "abcdef"
    first, overlapping, later, no_fix = (_diag(1, 3, "X"), _diag(2, 4, "Y"), _diag(4, 5, ""),
                                         Diagnostic("x.txt", _SPAN, "info", "L998", "t", "m"))
    result = apply_fixes(text, [later, overlapping, first, no_fix])
    assert result.text == "aXdf"
    assert set(result.applied) == {first, later}
    assert result.skipped == (overlapping,)


def test_insertions_and_out_of_range_fixes():
    result = apply_fixes("ab", [_diag(2, 2, "。"), _diag(2, 2, "！"), _diag(5, 9, "x")])
    assert result.text == "ab。"
    assert len(result.applied) == 1 and len(result.skipped) == 2


def test_fixes_mend_the_text_and_a_second_run_finds_nothing_to_fix():
    diagnostics = lint_text(BROKEN, "x.txt", SAFE)
    assert {d.code for d in diagnostics if d.fix} >= {"L101", "L102", "L103", "L104", "W202", "W203"}
    result = apply_fixes(BROKEN, diagnostics)
    assert "[bookmark" not in result.text and "---" not in result.text
    assert "取得了一些成效，但与需要相比还有差距；属于过程性信息" in result.text
    assert "做好依申请公开答复工作。" in result.text
    assert "本年度办理结果" in result.text
    again = lint_text(result.text, "x.txt", SAFE)
    assert [d for d in again if d.fix] == []
    assert apply_fixes(result.text, again).text == result.text


def test_numbers_are_never_rewritten():
    text = "一、总体情况\n全年发布信息300条，其中工作动态120条、通知公告150条、政策解读60条。\n"
    diagnostics = lint_text(text, "x.txt", Settings(select=("P",)))
    assert diagnostics and all(d.fix is None for d in diagnostics)


def test_write_keeps_encoding_bom_and_line_endings(tmp_path):
    original = BROKEN.replace("\n", "\r\n").encode("gbk")
    path = tmp_path / "report.txt"
    path.write_bytes(original)
    source = read_file(str(path))
    assert source.encoding == "gb18030"
    result = apply_fixes(source.text, lint_text(source.text, str(path), SAFE))
    write_fixed(source, result.text)
    written = path.read_bytes()
    assert written == result.text.replace("\n", "\r\n").encode("gbk")
    assert b"\r\n" in written and b"\n" not in written.replace(b"\r\n", b"")
    # only what the fixes changed differs: the untouched lines are byte-identical
    assert original.split(b"\r\n")[0] == written.split(b"\r\n")[0]
    assert original.split(b"\r\n")[-2] == written.split(b"\r\n")[-2]
    assert [name for name in os.listdir(tmp_path)] == ["report.txt"]


def test_write_keeps_utf8_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff一、总体情况\r\n我局工作取得了一些的成效。\r\n".encode("utf-8"))
    source = read_file(str(path))
    result = apply_fixes(source.text, lint_text(source.text, str(path), SAFE))
    write_fixed(source, result.text)
    assert path.read_bytes() == "\ufeff一、总体情况\r\n我局工作取得了一些成效。\r\n".encode("utf-8")


def test_write_to_another_path_leaves_the_source_alone(tmp_path):
    source = from_text("一、总体情况\n", str(tmp_path / "in.txt"))
    target = tmp_path / "out.txt"
    write_fixed(source, "二、主动公开政府信息情况\n", str(target))
    assert target.read_text(encoding="utf-8") == "二、主动公开政府信息情况\n"
    assert not (tmp_path / "in.txt").exists()


def test_mixed_line_endings_stay_on_their_lines_when_a_fix_removes_a_line():
    from govlint.syntax.source import decode

    raw = "第一行\r\n第二行\n第三行\r\n第四行\n"
    source = decode(raw.encode("gbk"), "mixed.txt")
    assert source.encode(source.text) == raw.encode("gbk")
    assert source.encode(source.text.replace("第一行\n", "")) == "第二行\n第三行\r\n第四行\n".encode("gbk")
