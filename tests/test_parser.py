"""The grammar and the syntax tree: every layout of the seeds, and no input that
makes the parser raise."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govlint
from govlint import parse
from govlint.syntax.nodes import Heading, Paragraph, Signature, Table, Title
from govlint import package_files
from govlint.syntax import standalone
from govlint.syntax.parser import parse_blocks, parser
from govlint.syntax.source import LineIndex

TITLE_BLOCK = "青川市农业农村局\n\n2021年政府信息公开工作年度报告\n\n一、总体情况\n正文。\n"


def test_parser_is_built_once():
    assert parser() is parser()
    assert standalone.OPTIONS["parser"] == "lalr" and standalone.OPTIONS["lexer"] == "contextual"


def test_title_block_agency_line_and_year():
    report = parse(TITLE_BLOCK)
    assert report.title.agency == "青川市农业农村局" and report.title.year == 2021
    assert report.title.span.line == 1


def test_letter_spaced_title_split_over_lines():
    report = parse("青川市科技局2018年度政府信息公开工作\n\n年 度 报 告\n一、概述\n")
    assert report.title.year == 2018 and report.title.agency == "青川市科技局"


@pytest.mark.parametrize("line", [
    "本局按照要求编制并发布了2022年政府信息公开工作年度报告，全文共六个部分",   # a wrapped body line
    "根据条例要求,现发布本机关政府信息公开工作年度报告",                      # half-width comma
    "认真落实政府工作报告，部署安排全年政务公开工作",
])
def test_a_line_with_a_comma_is_running_text_not_a_title(line):
    """A title is a name, never a clause: a line that names the report inside a sentence
    (a paragraph wrapped by Word or PDF) stays a paragraph of the section it is in."""
    report = parse("一、总体情况\n\n" + line + "\n政务公开工作有序推进。\n")
    assert not any(isinstance(block, Title) for block in report.blocks)
    assert report.title is None or report.title.span.line != 3


def test_year_before_agency_in_one_title_line():
    report = parse("2019年青川市人民政府办公室政府信息公开工作年度报告\n一、总体情况\n")
    assert report.title.agency == "青川市人民政府办公室"


@pytest.mark.parametrize("line, style, number, separator", [
    ("一、总体情况", "cn", 1, "、"),
    ("四．政府信息公开行政复议、行政诉讼情况", "cn", 4, "．"),
    ("十二、其他", "cn", 12, "、"),
    ("（一）主动公开", "cn_paren", 1, "（）"),
    ("(二)依申请公开", "cn_paren", 2, "()"),
    ("1、 总体情况", "arabic", 1, "、"),
    ("2.制度建设情况", "arabic", 2, "."),
    ("（3）强化公众参与", "arabic_paren", 3, "（）"),
])
def test_heading_variants(line, style, number, separator):
    (heading,) = [b for b in parse(line + "\n").blocks if isinstance(b, Heading)]
    assert (heading.style, heading.number, heading.separator) == (style, number, separator)


def test_run_in_heading_keeps_its_body():
    (heading,) = parse("（一）主动公开情况。全年公开信息120条。\n").blocks
    assert heading.title.raw == "主动公开情况。" and heading.body.raw == "全年公开信息120条。"


def test_numbers_with_decimals_are_not_headings():
    blocks = parse("106.36万元用于平台建设。\n").blocks
    assert isinstance(blocks[0], Paragraph)


def test_tab_rows_and_table_rows_that_look_like_headings():
    text = ("三、收到和处理政府信息公开申请情况\n"
            "一、本年新收政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1\n"
            "二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\n"
            "四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0\n"
            "四、政府信息公开行政复议、行政诉讼情况\n")
    report = parse(text)
    headings = [b.title.raw for b in report.blocks if isinstance(b, Heading)]
    assert headings == ["收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况"]
    (table,) = report.iter(Table)
    assert table.layout == "tabs" and len(table.rows) == 3 and len(table.rows[0].cells) == 9


def test_one_cell_per_line_rows_and_wrapped_cells():
    text = "\t信息内容\n\t本年新\n制作数量\n\t对外公开总数量\n\n\t规章\n\t0\n\t0\n\n\t结果\n\n维持\n\t结果纠正\n"
    (table,) = parse(text).iter(Table)
    assert table.layout == "cell_lines"
    assert [c.value for c in table.rows[0].cells] == ["信息内容", "本年新制作数量", "对外公开总数量"]
    assert [c.value for c in table.rows[1].cells] == ["规章", "0", "0"]
    assert table.rows[2].cells[0].value == "结果维持"
    assert table.rows[0].cells[1].span.line == 2 and table.rows[0].cells[1].span.end_line == 3


def test_pipe_layouts():
    rows = parse("| 规章 | 0 | 0 | 0 |\n| 行政规范性文件 | 1 | 2 | 3 |\n").blocks[0]
    assert rows.layout == "pipes" and [c.value for c in rows.rows[1].cells] == ["行政规范性文件", "1", "2", "3"]
    cells = parse("规章\n|\n0\n|\n商业\n企业\n|\n").blocks[0]
    assert cells.layout == "pipe_cells" and [r.cells[0].value for r in cells.rows] == ["规章", "0", "商业企业"]


def test_heading_before_the_first_pipe_stays_a_heading():
    blocks = parse("二、主动公开政府信息情况\n|\n第二十条第(一)项 | |||\n|\n").blocks
    assert isinstance(blocks[0], Heading)


def test_signature_block_and_date_under_title():
    report = parse("青川市农业农村局\n2020年政府信息公开工作年度报告\n2021年1月14日\n一、总体情况\n正文。\n")
    assert report.title_date is not None and report.signature is None
    report = parse(TITLE_BLOCK + "\n青川市农业农村局\n\n2022年1月20日\n")
    assert report.signature.agency.raw == "青川市农业农村局"
    assert (report.signature.date.year, report.signature.date.month, report.signature.date.day) == (2022, 1, 20)


def test_empty_template_date_is_a_signature_with_missing_parts():
    report = parse(TITLE_BLOCK + "青川市农业农村局\n年  月  日\n")
    assert report.signature.date.year is None and report.signature.date.text.raw == "年  月  日"


def test_sections_nest_by_level():
    report = parse(TITLE_BLOCK + "（一）主动公开\n1.网站\n2.新媒体\n（二）依申请公开\n二、主动公开政府信息情况\n")
    first, second = report.sections
    assert [c.heading.title.raw for c in first.children] == ["主动公开", "依申请公开"]
    assert [c.heading.title.raw for c in first.children[0].children] == ["网站", "新媒体"]
    assert second.heading.number == 2


def test_arabic_first_section_is_promoted_to_top_level():
    report = parse("1、 总体情况\n1.主动公开情况。正文。\n二、主动公开政府信息情况\n")
    assert [s.heading.title.raw for s in report.sections] == ["总体情况", "主动公开政府信息情况"]


@pytest.mark.parametrize("text", [
    "一、总体情况\n（一）基本情况\n（二）主动公开情况\n（三）依申请公开情况\n",
    "一、总体情况\n（一）学习贯彻情况。正文。\n（二）主动公开政府信息情况\n正文。\n",
    "一、总体情况\n1.基本情况\n2.主动公开情况\n3.收到和处理政府信息公开申请情况\n",
])
def test_sub_headings_after_the_last_section_stay_under_it(text):
    # a file cut inside 一、: its sub-headings are not sections two and three
    report = parse(text)
    assert [s.heading.title.raw for s in report.sections] == ["总体情况"]
    assert report.sections[0].children


def test_sections_after_the_first_written_in_another_style_are_promoted():
    report = parse("一、总体情况\n正文。\n2、主动公开政府信息情况\n正文。\n3、收到和处理政府信息公开申请情况\n无。\n")
    assert [s.heading.number for s in report.sections] == [1, 2, 3]


def test_a_sub_heading_that_continues_a_list_is_not_a_section():
    report = parse("一、总体情况\n（一）基本情况\n正文。\n（二）主动公开政府信息情况\n正文。\n三、收到和处理政府信息公开申请情况\n")
    assert [s.heading.number for s in report.sections] == [1, 3]
    assert [c.heading.number for c in report.sections[0].children] == [1, 2]


def test_a_cover_letter_before_the_title_is_not_the_report():
    letter = ("关于报送2022年政府信息公开工作年度报告的函\n市政务公开办：\n现将年度报告报送你们，请审核。\n"
              "青川市农业农村局\n2023年1月20日\n")
    report = parse(letter + TITLE_BLOCK + "全年工作平稳。\n")
    assert report.title.text == parse(TITLE_BLOCK).title.text   # the report's own title, not the letter's
    assert report.signature is None                              # the letter's 落款 is not the report's
    signed = parse(letter + TITLE_BLOCK + "全年工作平稳。\n青川市农业农村局\n2023年1月21日\n")
    assert signed.signature.date.day == 21


def test_spans_point_into_the_original_file_with_crlf():
    report = govlint.parse("一、总体情况\r\n\r\n（一）主动公开\r\n")
    heading = report.sections[0].children[0].heading
    assert (heading.span.line, heading.span.column) == (3, 1)


# ── robustness: no input makes the parser raise ────────────────────────────

@pytest.mark.parametrize("text", ["", "\n", "\n\n\n", "\t", "|", "一、", "（", "年 月 日", "\x0c", "\ufeff"])
def test_degenerate_inputs(text):
    report = parse(text)
    assert report.problems == () or all(p.span.line >= 1 for p in report.problems)
    govlint.lint_text(text)


def test_binary_noise_decoded_leniently_does_not_raise():
    rng = random.Random(7)
    noise = bytes(rng.randrange(256) for _ in range(20000)).decode("latin-1")
    govlint.lint_text(noise)


def test_report_cut_in_half_still_gets_diagnostics():
    text = TITLE_BLOCK + "二、主动公开政府信息情况\n第二十条第（一）项\t\t\t\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0"
    found = govlint.lint_text(text)
    (cut,) = [d for d in found if d.code == "S110"]   # one finding for the break, naming what is lost
    assert "第三至六部分和落款" in cut.message
    assert not {"S101", "D101"} & {d.code for d in found}


def test_a_file_cut_inside_section_one_loses_sections_two_to_six():
    # "主动公开情况" on a line of its own under 一、 is one of 一's topics, not section 二
    text = TITLE_BLOCK + "主动公开情况\n全年通过门户网站主动公开政府信"
    (cut,) = [d for d in govlint.lint_text(text) if d.code == "S110"]
    assert "第二至六部分和落款" in cut.message


def test_five_megabytes():
    paragraph = "2021年，我局认真落实政务公开工作要点，全年主动公开政府信息120条。\n"
    text = TITLE_BLOCK + paragraph * (5_000_000 // len(paragraph.encode()))
    found = govlint.lint_text(text)
    assert all(d.code != "S001" for d in found)


LINES = st.sampled_from([
    "一、总体情况", "（二）依申请公开", "1.", "2、 制度", "|", "| a | b |", "\t0", "\t", "0\t1\t2", "无。",
    "青川市农业农村局", "2022年1月20日", "年 月 日", "2021年政府信息公开工作年度报告", "年 度 报 告",
    "-----\t---", "", "  ", "制作数量", "发布日期：2020-01-31", "（2017年2月10日）", "维持", "(一)",
    "十二、其他", "XX", "\u3000", "四、结转下年度继续办理\t0", "一、本年新收政府信息公开申请数量", "5", "106.36 万元",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(LINES, st.text(max_size=30)), max_size=25), st.booleans())
def test_any_line_sequence_parses_without_problems(lines, trailing_newline):
    text = "\n".join(lines) + ("\n" if trailing_newline else "")
    index = LineIndex(text)
    blocks, problems = parse_blocks(text, index)
    assert not [p for p in problems if "U+FFFD" not in p.message]
    for block in blocks:
        assert 1 <= block.span.line <= text.count("\n") + 1


def test_parse_failure_becomes_a_problem_and_the_rest_is_parsed(monkeypatch):
    import govlint.syntax.parser as p

    real = p.parser()

    class Flaky:
        """A parser that fails on the first line once, as a grammar bug would."""

        calls = 0

        unexpected, error = real.unexpected, real.error

        def parse(self, text):
            Flaky.calls += 1
            if Flaky.calls == 1:
                raise real.unexpected()      # (no position: the start of the text)
            return real.parse(text)

    monkeypatch.setattr(p, "parser", lambda: Flaky())
    report = govlint.parse("怪异的一行\n一、总体情况\n正文。\n")
    assert [pr.span.line for pr in report.problems] == [1]
    assert report.sections and report.sections[0].heading.title.raw == "总体情况"
    found = govlint.lint_report(report, govlint.Settings(select=("S001",)))
    assert [(d.code, d.line) for d in found] == [("S001", 1)]


def test_report_and_diagnostics_are_picklable():
    import pickle

    report = parse(TITLE_BLOCK)
    assert pickle.loads(pickle.dumps(report)) == report
    found = govlint.lint_text(TITLE_BLOCK)
    assert pickle.loads(pickle.dumps(found)) == found
    assert isinstance(report.blocks[0], Title) and not isinstance(report.blocks[0], Signature)


def _shape(tree):
    """A parse tree as plain tuples: each branch's rule and each token's type, text and place."""
    if hasattr(tree, "children"):
        return (tree.data, tuple(_shape(child) for child in tree.children))
    return (tree.type, str(tree), tree.start_pos, tree.end_pos, tree.line, tree.column)


@pytest.fixture(scope="module")
def both_parsers(tmp_path_factory):
    """lark's parser of the grammar, built now, and the stand-alone one read back from a store."""
    import os

    import lark

    grammar = package_files.read_text("govlint.grammar", "report.lark")
    folder = tmp_path_factory.mktemp("cache")
    before = os.environ.get("GOVLINT_CACHE_DIR")
    os.environ["GOVLINT_CACHE_DIR"] = str(folder)
    try:
        built = standalone.load(grammar)          # nothing stored yet: lark's, and the store written
        stored = standalone.load(grammar)
    finally:
        if before is None:
            del os.environ["GOVLINT_CACHE_DIR"]
        else:
            os.environ["GOVLINT_CACHE_DIR"] = before
    assert built.unexpected is lark.exceptions.UnexpectedInput
    assert stored.unexpected.__module__ == standalone.MODULE and stored.error is not lark.exceptions.LarkError
    assert len(list(folder.glob("report-parser-*.marshal"))) == 1
    return built, stored


def _outcome(grammar, text):
    try:
        return _shape(grammar.parse(text))
    except grammar.unexpected as exc:
        return ("unexpected", type(exc).__name__, exc.pos_in_stream)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(LINES, st.text(max_size=30)), max_size=25))
def test_the_stored_stand_alone_parser_gives_the_trees_lark_gives(both_parsers, lines):
    built, stored = both_parsers
    text = "\n".join(lines) + "\n"
    assert _outcome(stored, text) == _outcome(built, text)


def test_the_stored_parser_fails_where_lark_fails(both_parsers):
    built, stored = both_parsers
    text = "一、总体情况\n正文。"          # no final newline: the grammar cannot place the last line
    found = _outcome(built, text)
    assert found[0] == "unexpected" and _outcome(stored, text) == found


def test_a_store_of_another_grammar_is_not_used(tmp_path, monkeypatch):
    monkeypatch.setenv("GOVLINT_CACHE_DIR", str(tmp_path))
    grammar = package_files.read_text("govlint.grammar", "report.lark")
    standalone.load(grammar)
    (store,) = tmp_path.glob("report-parser-*.marshal")
    changed = grammar + "\n// a comment changes the text, and so the key\n"
    import lark

    assert standalone.load(changed).unexpected is lark.exceptions.UnexpectedInput    # built, not read
    assert standalone.load(changed).unexpected.__module__ == standalone.MODULE       # and stored anew


class _Row(str):
    """A row token as the parser hands it over: its text and where it starts."""

    start_pos: int


_LINE = st.text(alphabet="申请12 \u3000|\t。", max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=5), st.data(), st.sampled_from(["|", "\t"]), st.booleans())
def test_cells_of_a_row_stand_where_the_line_index_puts_them(lines, data, sep, trim):
    """A row's cells take their columns from the row's line start: the spans the line
    index gives for each cell, computed once per row instead of once per cell."""
    from govlint.syntax.parser import _split_cells

    text = "\n".join(lines) + "\n"
    at = data.draw(st.integers(0, len(lines) - 1))
    token = _Row(lines[at] + "\n")
    token.start_pos = sum(len(line) + 1 for line in lines[:at])
    index = LineIndex(text)
    cells = _split_cells(token, sep, index, trim)
    assert [cell.span for cell in cells] == [index.span(cell.span.start, cell.span.end) for cell in cells]
    if not trim:   # (trimmed rows are "| a | b |" ones, of two pipes or more)
        assert [text[cell.span.start:cell.span.end] for cell in cells] == [cell.raw for cell in cells]


@pytest.mark.parametrize("line, agency, date", [
    ("某县交通运输局　2022年1月20日", "某县交通运输局", "2022年1月20日"),
    ("某县交通运输局2022年1月20日", "某县交通运输局", "2022年1月20日"),
    ("某县交通运输局　3022年1月20日", "某县交通运输局", "3022年1月20日"),   # a year no date reader takes
    ("某县人民政府办公室 二〇二二年一月二十日", "某县人民政府办公室", "二〇二二年一月二十日"),
])
def test_a_signature_on_one_line_is_split_before_its_date(line, agency, date):
    report = parse(f"某县交通运输局2021年政府信息公开工作年度报告\n一、总体情况\n无。\n{line}\n", "a.txt")
    assert report.signature is not None
    assert (report.signature.agency.raw, report.signature.date.text.raw) == (agency, date)
