"""The command line of the core issue: reading input, exit codes, text and JSON
output, ``parse``, ``rules`` and ``rule``."""

from __future__ import annotations

import io
import json
import sys

import pytest

from govlint.cli.commands import main
from samples import CLEAN  # the synthetic clean report shared by the CLI tests

BROKEN = CLEAN.replace("公开形式还不够丰富。", "规范信息发布，增强。")


@pytest.fixture
def files(tmp_path):
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "broken.txt").write_text(BROKEN, encoding="utf-8")
    return tmp_path


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_clean_report_exits_zero(files, capsys):
    code, out, _ = run([str(files / "clean.txt")], capsys)
    assert code == 0 and "未发现问题" in out


def test_error_finding_exits_one_with_compiler_style_line(files, capsys):
    code, out, _ = run([str(files / "broken.txt")], capsys)
    assert code == 1
    first = out.splitlines()[0]
    assert first.startswith(f"{files / 'broken.txt'}:12:8: error W101 ")
    assert first.endswith("[unfinished-sentence]")


def test_caret_uses_display_width(files, capsys):
    _, out, _ = run([str(files / "broken.txt")], capsys)
    source, caret = out.splitlines()[1:3]
    assert source.strip() == "规范信息发布，增强。"
    # seven CJK characters (two columns each) before 增强, which is four columns wide
    assert caret == "    " + " " * 14 + "^~~~"


def test_english_messages(files, capsys):
    _, out, _ = run([str(files / "broken.txt"), "--lang", "en"], capsys)
    assert "unfinished sentence" in out and "Found 1 problem" in out


def test_json_output_fields(files, capsys):
    code, out, _ = run([str(files / "broken.txt"), "--format", "json"], capsys)
    (item,) = json.loads(out)
    assert code == 1
    assert {"path", "line", "column", "end_line", "end_column", "severity", "code", "name", "message"} <= set(item)
    assert (item["line"], item["column"], item["end_column"], item["code"]) == (12, 8, 10, "W101")


def test_folder_is_walked_and_missing_file_is_one_line_exit_two(files, capsys):
    code, out, err = run([str(files), str(files / "nope.txt")], capsys)
    assert code == 2
    assert err.strip().splitlines() == [f"govlint: {files / 'nope.txt'}: 文件不存在"]
    assert "W101" in out  # the other files were still linted


def test_binary_file(files, capsys):
    (files / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    code, _, err = run([str(files / "image.txt")], capsys)
    assert code == 2 and "二进制文件" in err and "image.txt" in err


def test_undecodable_file(files, capsys):
    (files / "bad.txt").write_bytes("总体情况".encode("utf-8")[:-1] + b"\xff\xfe\x80\x81 text")
    code, _, err = run([str(files / "bad.txt")], capsys)
    assert code == 2 and "无法识别文本编码" in err


@pytest.mark.parametrize("encoding, bom, newline", [
    ("gb18030", b"", "\r\n"), ("gbk", b"", "\n"), ("utf-8", b"\xef\xbb\xbf", "\r\n"), ("utf-8", b"", "\n"),
])
def test_encodings_and_line_endings(files, capsys, encoding, bom, newline):
    path = files / "enc.txt"
    path.write_bytes(bom + BROKEN.replace("\n", newline).encode(encoding))
    code, out, _ = run([str(path)], capsys)
    assert code == 1 and f"{path}:12:8: error W101" in out


def test_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BROKEN.encode("gbk"))))
    code, out, _ = run(["-"], capsys)
    assert code == 1 and out.startswith("-:12:8: error W101")


def test_select_unknown_prefix_is_a_usage_error(files, capsys):
    code, _, err = run([str(files / "clean.txt"), "--select", "Q9"], capsys)
    assert code == 2 and "Q9" in err


def test_usage_error_exit_two(capsys):
    assert main(["--format", "nonsense", "x.txt"]) == 2


def test_parse_prints_the_tree(files, capsys):
    code, out, _ = run(["parse", str(files / "clean.txt")], capsys)
    assert code == 0
    assert "year=2021 format=2021 agency=青川市农业农村局" in out
    assert "→ 第四部分" in out and "signature" not in out.splitlines()[0]


def test_rules_and_rule(capsys):
    code, out, _ = run(["rules"], capsys)
    assert code == 0 and "S101  section-missing" in out
    code, out, _ = run(["rule", "S101"], capsys)
    assert code == 0 and "## 它检查什么" in out and "默认级别：error" in out
    code, _, err = run(["rule", "Z999"], capsys)
    assert code == 2 and "Z999" in err


FIXABLE = CLEAN.replace("全年工作平稳。", "全年工作平稳,[bookmark: _GoBack]规范了信息发布。").replace(
    "公开形式还不够丰富。", "取得了一些的成效。")


def test_diff_shows_fixes_without_writing(files, capsys):
    path = files / "fixable.txt"
    path.write_bytes(FIXABLE.replace("\n", "\r\n").encode("gbk"))
    before = path.read_bytes()
    code, out, _ = run([str(path), "--diff"], capsys)
    assert code == 1 and "-取得了一些的成效。" in out and "+取得了一些成效。" in out
    assert path.read_bytes() == before


def test_fix_writes_only_what_the_fixes_change_and_is_idempotent(files, capsys):
    path = files / "fixable.txt"
    path.write_bytes(FIXABLE.replace("\n", "\r\n").encode("gbk"))
    code, out, err = run([str(path), "--fix"], capsys)
    assert "已修复" in err
    expected = FIXABLE.replace("[bookmark: _GoBack]", "").replace("一些的", "一些")
    assert path.read_bytes() == expected.replace("\n", "\r\n").encode("gbk")
    assert not [p for p in files.iterdir() if p.name.startswith(".govlint-")]
    code, out, _ = run([str(path), "--diff"], capsys)
    assert code == 0 and out == ""


def test_fix_never_touches_numbers(files, capsys):
    path = files / "numbers.txt"
    text = CLEAN.replace("全年工作平稳。", "全年公开信息120条，其中文件50条、动态80条。")
    path.write_text(text, encoding="utf-8")
    code, out, _ = run([str(path), "--fix"], capsys)
    assert path.read_text(encoding="utf-8") == text and "P101" in out and code == 1


def test_jobs_give_the_same_output_in_the_same_order(files, capsys):
    for i in range(4):
        (files / f"extra{i}.txt").write_text(BROKEN if i % 2 else CLEAN, encoding="utf-8")
    serial = run([str(files), "--format", "json"], capsys)
    parallel = run([str(files), "--format", "json", "--jobs", "2"], capsys)
    assert serial == parallel and serial[0] == 1


def test_reports_of_consecutive_years_are_compared(tmp_path, capsys):
    header = ("三、收到和处理政府信息公开申请情况\n"
              "\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计\n"
              "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\n")
    rows = ("一、本年新收政府信息公开申请数量\t\t\t3\t0\t0\t0\t0\t0\t3\n"
            "二、上年结转政府信息公开申请数量\t\t\t{0}\t0\t0\t0\t0\t0\t{0}\n"
            "四、结转下年度继续办理\t\t\t{1}\t0\t0\t0\t0\t0\t{1}\n")
    (tmp_path / "2022.txt").write_text("青川市农业农村局\n2022年政府信息公开工作年度报告\n" + header
                                       + rows.format(0, 2), encoding="utf-8")
    (tmp_path / "2023.txt").write_text("青川市农业农村局\n2023年政府信息公开工作年度报告\n" + header
                                       + rows.format(1, 0), encoding="utf-8")
    for jobs in ("1", "2"):
        _, out, _ = run([str(tmp_path), "--select", "X", "--jobs", jobs], capsys)
        assert f"{tmp_path / '2023.txt'}:7:" in out and "X101" in out and "2022年度报告" in out
