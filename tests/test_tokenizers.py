"""The shared readers behind the date, sentence, pairing, citation and contact rules,
tested on their own: what each one reads out of a string."""

from __future__ import annotations

import pytest

from govlint.model.boundaries import missing_end
from govlint.model.run_ons import junctions
from govlint.model.citations import decrees, doc_numbers, introductions
from govlint.model.contacts import email_problem, fields
from govlint.syntax.dates import find_dates, ranges, tokens
from govlint.model.pairs import pair


@pytest.mark.parametrize("text, expected", [
    ("2020年1月19日", (2020, 1, 19, None)),
    ("2021 年 1 月 14 日", (2021, 1, 14, None)),
    ("二〇二二年一月二十日", (2022, 1, 20, None)),
    ("2020-01-31", (2020, 1, 31, None)),
    ("2020.1.31", (2020, 1, 31, None)),
    ("202203月15日", (2022, 3, 15, "no-nian")),
    ("2022年0315日", (2022, None, None, "no-yue")),
    ("2022年3月15召开", (2022, 3, 15, "no-ri")),
    ("2025111231日", (2025, None, None, "run-together")),
    ("202年1月20日", (None, 1, 20, "bad-year")),
    ("2021以来", (2021, None, None, "no-nian")),
    ("二〇二三年一月二十", (2023, 1, 20, "no-ri")),
    ("2022年3月", (2022, 3, None, None)),
    ("12月31日", (None, 12, 31, None)),
])
def test_one_date(text, expected):
    (found,) = tokens(text)
    assert (found.year, found.month, found.day, found.flaw) == expected


@pytest.mark.parametrize("text", ["三年来", "第十四个五年规划", "国办公开办函〔2021〕30号", "共3件", "0532-20220315"])
def test_no_date(text):
    assert not [d for d in tokens(text) if d.year is not None]


@pytest.mark.parametrize("text", ["2022年1月三次", "2022年三月二十余家", "2023年1月二十召开"])
def test_a_chinese_numeral_after_the_month_in_a_sentence_is_no_lost_day(text):
    (found,) = tokens(text)
    assert (found.day, found.flaw) == (None, None)


def test_find_dates_keeps_to_well_formed_full_dates():
    text = "2022年3月，2022年3月15召开，2022年3月16日召开，年  月  日"
    assert [(d.year, d.month, d.day) for d in find_dates(text)] == [(2022, 3, 16), (None, None, None)]


def test_a_range_borrows_the_year_and_month_it_leaves_out():
    (found,) = ranges("统计期限自2021年1月1日起至12月31日止")
    last = found.last_resolved
    assert (last.year, last.month, last.day) == (2021, 12, 31) and not found.is_reversed
    (swapped,) = ranges("2021年6月10日到6月1日")
    assert swapped.is_reversed


def test_sentence_ends():
    assert missing_end("全年未收到申请") == 6
    assert missing_end("做到“零复议”") == 6
    assert missing_end("全年未收到申请。") is None and missing_end("（详见附件。）") is None
    assert missing_end("全年公开信息260余") is None and missing_end("公开信息0") is None
    assert [j.at for j in junctions("现将有关情况报告如下全年共收到申请3件。")] == [10]
    assert junctions("现将有关情况报告如下：全年共收到申请3件。") == []


def test_pairing():
    found = pair("依照《条例》）规定（以下简称“条例")
    text = "依照《条例》）规定（以下简称“条例"
    assert [text[i] for i in found.surplus] == ["）"] and [text[i] for i in found.unclosed] == ["（", "“"]
    assert pair("主要做法：1）健全制度；2）规范流程。").unmatched == ()
    assert pair("《关于印发〈格式〉的通知》（国办公开办函〔2021〕30号）").unmatched == ()


def test_citations():
    assert [c.canonical for c in doc_numbers("国办公开办函[2021]30号") if not c.is_canonical] == ["〔2021〕30号"]
    assert [c.canonical for c in decrees("国务院第711号令") if not c.is_canonical] == ["国务院令第711号"]
    assert all(c.is_canonical for c in decrees("国务院令第 711 号") + doc_numbers("国办发〔2021〕12号"))
    assert doc_numbers("案号为（2022）川01行初3号") == [] and decrees("国务院30个部门") == []
    assert [f.short for f in introductions("（以下简称《条例》），下称《办法》")] == ["《条例》", "《办法》"]


def test_contact_fields():
    found = fields("联系人：王某　联系电话：0839-1234567，电子邮箱：ab163.com")
    assert [(f.kind, f.value) for f in found] == [("name", "王某"), ("phone", "0839-1234567"), ("email", "ab163.com")]
    assert email_problem("ab163.com") == "no-at" and email_problem("ab@163com") == "no-dot"
    assert email_problem("ab@163.com") is None and email_problem("www.qingchuan.gov.cn") is None
    assert fields("全年接受电话咨询350人次") == []


@pytest.mark.parametrize("text, found", [
    ("十三件", [(13, "件")]),                     # a numeral that opens the text (a slice after a keyword)
    ("一十三件", [(13, "件")]),
    ("两千余条", [(2000, "条")]),
    ("共收到申请十三件，办结十二件", [(13, "件"), (12, "件")]),
    ("第三件", []),                                # an ordinal
    ("统一件", []),                                # a word, not a number
    ("三十三件事", [(33, "件")]),
])
def test_counts_read_chinese_numerals_wherever_they_stand(text, found):
    from govlint import counts

    assert [(c.value, c.unit) for c in counts(text)] == found


@pytest.mark.parametrize("text, year", [
    ("某县交通运输局２０２１年政府信息公开工作年度报告", 2021),   # full-width digits
    ("某县交通运输局2021年政府信息公开工作年度报告", 2021),
    ("二〇二一年政府信息公开工作年度报告", 2021),
    ("编号12021年度", None),                                      # part of a longer number
    ("编号０２０２１年", None),
])
def test_the_year_of_a_title_in_any_digits(text, year):
    from govlint.syntax.dates import first_year

    assert first_year(text) == year


@pytest.mark.parametrize("text, parts", [
    ("2022年X月X日", (2022, None, None)),       # the template's marks are blank fields
    ("2022年__月__日", (2022, None, None)),
    ("2022年○月○日", (2022, None, None)),      # ○ alone is no month or day
    ("XXXX年XX月XX日", (None, None, None)),
    ("二〇二二年一月二〇日", (2022, 1, 20)),    # ○ among other numerals is a zero
])
def test_an_unfilled_date_has_blank_fields(text, parts):
    (found,) = tokens(text)
    assert (found.year, found.month, found.day) == parts and found.marks == "年月日"


@pytest.mark.parametrize("text, found", [
    ("占总数的百分之六十", [(60, "%", False)]),
    ("达百分之一百零五", [(105, "%", False)]),
    ("百分之百办结", [(100, "%", False)]),
    ("约百分之60", [(60, "%", True)]),
    ("百分之", []),
])
def test_counts_read_percentages_written_in_words(text, found):
    from govlint import counts

    assert [(c.value, c.unit, c.approx) for c in counts(text)] == found
