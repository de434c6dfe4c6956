"""Logical paragraphs: lines a Word/PDF line break wrapped mid-sentence read as one
paragraph, with every part of it mapped back to its place in the file; and the prose
rules (breakdowns, paired punctuation, sentence-final stops) reading them."""

from __future__ import annotations

import pytest

from govlint import Document, Settings, Span, Text, lint_text, parse

HEAD = "某县某局\n2022年政府信息公开工作年度报告\n一、总体情况\n"
TAIL = "二、主动公开政府信息情况\n本年度依法主动公开政府信息。\n"


def _document(body: str) -> Document:
    return Document(parse(HEAD + body + TAIL))


def _wrapped(document: Document):
    return [[piece.raw for piece in p.text.pieces] for p in document.paragraphs if p.wrapped]


def _codes(body: str, code: str):
    text = HEAD + body + TAIL
    return [(d.code, d.span.line, d.span.column, d.span.end_line, d.span.end_column)
            for d in lint_text(text, "t.txt", Settings(select=(code,)))]


# ── Text.sub ────────────────────────────────────────────────────────────────

def test_a_part_of_a_joined_text_is_placed_on_the_lines_it_covers():
    report = parse("甲\n本年公开信息40条，其中概况类信息10条、\n政务动态30条。\n")
    first, second = (block.text for block in report.blocks[-2:])
    joined = Text(first.raw + second.raw, first.span.cover(second.span), (first, second))
    at = joined.raw.index("10条、")
    across = joined.sub(at, joined.raw.index("30条") + 3)   # "10条、政务动态30条"
    assert (across.line, across.column, across.end_line, across.end_column) == (2, at + 1, 3, 8)
    assert report.text[across.start:across.end] == "10条、\n政务动态30条"
    inside = joined.sub(joined.raw.index("政务"), joined.raw.index("政务") + 2)
    assert (inside.line, inside.column, inside.end_line, inside.end_column) == (3, 1, 3, 3)
    # the end of the first line and the start of the second are different places
    boundary = len(first.raw)
    assert joined.sub(boundary - 1, boundary).line == 2 and joined.sub(boundary, boundary + 1).line == 3
    assert joined.sub(0, len(joined.raw)) == Span(2, 1, 3, 9, first.span.start, second.span.end)


def test_a_text_holding_its_line_breaks_is_placed_exactly():
    text = Text("一二\n三四", Span(5, 3, 6, 3, 40, 45))
    assert text.sub(3, 5) == Span(6, 1, 6, 3, 43, 45)
    assert text.sub(1, 4) == Span(5, 4, 6, 2, 41, 44)


def test_a_text_that_is_not_the_files_characters_gives_its_whole_span():
    label = Text("商业企业", Span(7, 1, 8, 3, 10, 15))       # "商业\n企业" read as one label
    assert label.sub(0, 2) == label.span


# ── which lines are one paragraph ───────────────────────────────────────────

@pytest.mark.parametrize("body, expected", [
    ("本年公开信息40条，其中概况类信息10条、\n政务动态30条。\n",
     [["本年公开信息40条，其中概况类信息10条、", "政务动态30条。"]]),
    ("我局严格按照《条例》要求，认真做好依申请公\n开答复工作，及时\n办理群众申请。\n",
     [["我局严格按照《条例》要求，认真做好依申请公", "开答复工作，及时", "办理群众申请。"]]),
    # a colon inside brackets does not make a "label：value" line
    ("我委收到政府信息公开申请44件（其中：网上申请42件，现\n场申请2件），均已办结。\n",
     [["我委收到政府信息公开申请44件（其中：网上申请42件，现", "场申请2件），均已办结。"]]),
    # a line as long as a wrapped one is running text before its first comma
    ("本报告依据中华人民共和国政府信息公开条例和国务院办公厅有关\n要求编制，现予公布。\n",
     [["本报告依据中华人民共和国政府信息公开条例和国务院办公厅有关", "要求编制，现予公布。"]]),
    # a bracket left open carries the sentence on, whatever word the next line opens with
    ("根据《中华人民共和国政府信息公开条例》（以下简称\n《条例》）要求，编制本报告。\n",
     [["根据《中华人民共和国政府信息公开条例》（以下简称", "《条例》）要求，编制本报告。"]]),
])
def test_lines_a_wrap_cut_are_one_paragraph(body, expected):
    assert _wrapped(_document(body)) == expected


@pytest.mark.parametrize("body", [
    "本年公开信息40条，其中概况类信息10条、\n\n政务动态30条。\n",        # a blank line ends a paragraph
    "本年公开信息40条。\n政务动态30条。\n",                             # the line ended with a stop
    "本年公开信息40条；\n政务动态30条。\n",
    "我局做好以下工作：\n一是完善制度。\n",                               # a list item opens
    "主要做法如下，\n（一）完善制度。\n",                                 # a heading
    "我局认真落实条例要求，做好公开工作\n2022年共收到申请3件。\n",          # a new sentence opens
    "我局认真落实条例要求，做好公开工作\n主动公开政府信息情况\n本年公开信息40条。\n",  # an unnumbered heading
    "联系电话：0000-1234567\n地址：某县某路1号。\n",                     # not running text
    "联系人：张三，联系电话：0000-1234567\n办公地址为某县某路1号。\n",        # a field line
    "政府信息公开工作机构\n某县某局办公室负责。\n",                        # a short label
])
def test_lines_that_end_or_start_something_stay_apart(body):
    assert _wrapped(_document(body)) == []


def test_in_a_file_that_wraps_inside_sentences_an_opener_word_does_not_start_a_paragraph():
    body = ("我局认真贯彻落实政府信息公开条例，进一步\n加强组织领导，完善工作\n机制，全年共公开信息\n"
            "我局门户网站发布信息，及时\n回应社会关切。\n")
    document = _document(body)
    assert document.hard_wrapped
    assert ["我局认真贯彻落实政府信息公开条例，进一步", "加强组织领导，完善工作", "机制，全年共公开信息",
            "我局门户网站发布信息，及时", "回应社会关切。"] in _wrapped(document)


def test_a_run_in_heading_body_carries_on_onto_the_next_line():
    document = Document(parse(HEAD + "（一）主动公开。本年公开信息40条，其中概况类信息10条、\n政务动态30条。\n" + TAIL))
    (paragraph,) = [p for p in document.paragraphs if p.wrapped]
    assert paragraph.text.raw == "本年公开信息40条，其中概况类信息10条、政务动态30条。"
    assert document.paragraph_of(paragraph.blocks[1]) is paragraph


def test_logical_prose_gives_each_paragraph_once_and_sentences_across_the_break():
    document = _document("本年公开信息40条，其中概况类信息10条、\n政务动态30条。下一步继续做好工作。\n")
    raws = [text.raw for text in document.prose(logical=True)]
    assert "本年公开信息40条，其中概况类信息10条、政务动态30条。下一步继续做好工作。" in raws
    assert "政务动态30条。下一步继续做好工作。" not in raws
    sentence = next(s for s in document.sentences if s.raw.startswith("本年公开"))
    assert sentence.raw.endswith("政务动态30条。") and (sentence.span.line, sentence.span.end_line) == (4, 5)


def test_search_gives_matches_with_spans_across_the_break():
    document = _document("本年公开信息40条，其中概况类信息10条、\n政务动态30条。\n")
    (hit,) = document.search(r"10条、政务")
    assert (hit.span.line, hit.span.end_line, hit.span.end_column) == (4, 5, 3)
    (hit,) = document.search(r"(?P<n>\d+)条。")
    assert hit.span_of("n").line == 5 and hit.span_of("n").column == 5
    assert list(document.search("10条、政务", logical=False)) == []


# ── the prose rules read logical paragraphs ─────────────────────────────────

def test_a_breakdown_wrapped_onto_the_next_line_is_checked():
    # reported from the total on the first line to the last part on the next
    assert _codes("本年公开信息40条，其中概况类信息10条、\n政务动态20条、其他信息20条。\n", "P101") == \
        [("P101", 4, 7, 5, 16)]
    assert _codes("本年公开信息40条，其中概况类信息10条、\n政务动态20条、其他信息10条。\n", "P101") == []


def test_a_bracket_closed_on_the_next_line_is_not_reported_and_one_never_closed_is():
    closed = "根据《中华人民共和国政府信息公开条例》（以下简称\n《条例》）要求，编制本报告。\n"
    assert _codes(closed, "L106") == []
    never = "根据《中华人民共和国政府信息公开条例》（以下简称\n《条例》要求，编制本报告。\n"
    assert _codes(never, "L106") == [("L106", 4, 20, 4, 21)]


def test_a_stop_missing_at_the_end_of_a_wrapped_paragraph_is_reported_once_at_its_end():
    found = _codes("我局严格按照《条例》要求，认真做好依申请公\n开答复工作，及时办理群众申请\n", "L105")
    assert found == [("L105", 5, 14, 5, 15)]
    assert _codes("我局严格按照《条例》要求，认真做好依申请公\n开答复工作，及时办理群众申请。\n", "L105") == []


def test_the_fix_for_a_wrapped_paragraph_puts_the_stop_at_its_real_end():
    text = HEAD + "我局严格按照《条例》要求，认真做好依申请公\n开答复工作，及时办理群众申请\n" + TAIL
    (found,) = lint_text(text, "t.txt", Settings(select=("L105",)))
    assert found.fix is not None and text[:found.fix.start].endswith("办理群众申请")


def test_a_sentence_wrapped_over_two_lines_is_one_sentence_when_it_is_repeated():
    sentence = "我局始终坚持以公开为常态、不公开为例外，及时准确公开政府信息。"
    wrapped = sentence[:20] + "\n" + sentence[20:]
    text = HEAD + wrapped + "\n" + "二、主动公开政府信息情况\n" + sentence + "\n三、其他事项\n无。\n"
    found = [(d.span.line, d.span.end_line, d.notes[0].span.line, d.notes[0].span.end_line)
             for d in lint_text(text, "t.txt", Settings(select=("W224",)))]
    assert found == [(7, 7, 4, 5)]


def test_a_text_knows_whether_its_parts_are_placed_exactly():
    report = parse("甲\n本年公开信息40条，其中概况类信息10条、\n政务动态30条。\n")
    first, second = (block.text for block in report.blocks[-2:])
    assert first.placed and Text(first.raw + second.raw, first.span.cover(second.span), (first, second)).placed
    assert not Text("商业企业", Span(7, 1, 8, 3, 10, 15)).placed


PARTS = ("总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、\n"
         "政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况")


def test_a_listing_of_the_parts_wrapped_onto_the_next_line_is_counted_whole():
    found = _codes(f"本报告由{PARTS}等六部分组成。\n", "P103")
    assert [(code, line) for code, line, *_ in found] == [("P103", 5)]
    assert _codes(f"本报告由{PARTS}、其他需要报告的事项等六部分组成。\n", "P103") == []


def test_a_year_wrapped_away_from_its_nian_is_not_a_year_without_nian():
    wrapped = "我局认真贯彻落实政府信息公开条例，全面做好2022\n年度政府信息公开工作，及时回应关切。\n"
    assert _codes(wrapped, "W209") == []
    lost = "我局认真贯彻落实政府信息公开条例，全面做好2022\n度政府信息公开工作，及时回应关切。\n"
    assert [(code, line) for code, line, *_ in _codes(lost, "W209")] == [("W209", 4)]


def test_a_date_wrapped_over_two_lines_is_one_date():
    document = _document("本年度我局依法做好政府信息公开工作，于2022年3\n月15日召开专题会议。\n")
    (date,) = [d for d in document.dates if d.role == "prose"]
    assert (date.date.year, date.date.month, date.date.day) == (2022, 3, 15)
    assert (date.span.line, date.span.end_line) == (4, 5)
