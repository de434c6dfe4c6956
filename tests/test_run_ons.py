"""Two sentences run together with no stop between them (govlint.model.run_ons), read from
both sides of the junction: what closes the first, what opens the second.  Every sentence
here is written for these tests from the defect class."""

from __future__ import annotations

import pytest

from govlint.model.run_ons import junctions

# (text, the words just before the junction, the words just after it, the missing mark)
RUN_TOGETHER = [
    # a closing formula, then anything that opens a sentence
    ("现将本机关2023年度政府信息公开工作情况报告如下一、总体情况", "报告如下", "一、", "："),
    ("现将有关情况公布如下本机关2023年共主动公开政府信息86条。", "公布如下", "本机关", "："),
    ("各项数据如下表所示本年度共受理申请12件。", "所示", "本年度", "。"),
    ("统计数据以业务系统导出的结果为准本年度数据与上年统计口径一致。", "为准", "本年度", "。"),
    ("本报告由总体情况等六个部分组成所列数据的统计期限为2023年。", "部分组成", "所列", "。"),
    # a statement that ends on its figure, then what can only start a clause
    ("全年共受理政府信息公开申请12件截至12月31日已全部答复。", "12件", "截至", "。"),
    ("本年度主动公开政府信息356条其中政策文件45条。", "356条", "其中", "，"),
    ("截至2023年底累计发布政策解读40篇2024年我局将继续加大解读力度。", "40篇", "2024年我局", "。"),
    ("依申请公开办结率达到100%本机关均在法定期限内作出答复。", "100%", "本机关", "。"),
    ("全年召开专题会议3次同时，及时调整了领导小组成员。", "3次", "同时，", "。"),
    ("全年共收到申请8件本年度无结转申请。", "8件", "本年度", "。"),
    ("收到申请5件2023年，我局未收到行政复议申请。", "5件", "2023年", "。"),
    ("公开规划计划类信息14条各部门均按时报送了数据。", "14条", "各部门", "。"),
    ("统计期限为2023年1月1日至12月31日止本报告中所列数据均来自业务系统。", "31日止", "本报告", "。"),
    # a verb phrase that takes no object
    ("收到的申请均已按时办结我局未发生因政府信息公开引起的行政复议。", "办结", "我局", "。"),
    ("受理行政复议案件2件均已审结全年未发生行政诉讼。", "审结", "全年", "。"),
    # the end of a list, or any word, before an opener that brings its comma
    ("组织开展了业务培训、专题宣讲等此外，还印发了工作要点。", "宣讲等", "此外，", "。"),
    ("按要求及时更新政府信息公开指南等下一步，将进一步规范目录编制。", "指南等", "下一步", "。"),
    ("严格落实信息发布保密审查制度此外，我局还建立了信息发布台账。", "审查制度", "此外，", "。"),
    ("本报告电子版可在门户网站下载如对本报告有疑问，请与办公室联系。", "网站下载", "如对本报告", "。"),
    # the next marker of an enumeration already started
    ("（一）主动公开工作扎实推进（二）依申请公开办理规范。", "扎实推进", "（二）", "。"),
]


@pytest.mark.parametrize("text, closing, opening, mark", RUN_TOGETHER, ids=[c[0][:12] for c in RUN_TOGETHER])
def test_two_sentences_run_together(text, closing, opening, mark):
    (found,) = junctions(text)
    assert text[:found.at].endswith(closing) and text[found.at:].startswith(opening)
    assert found.closing.endswith(closing) and found.opening.startswith(opening.rstrip("，"))
    assert found.mark == mark


def test_every_marker_of_an_enumeration_that_follows_a_word():
    text = "一是完善工作制度二是强化平台管理三是抓好队伍建设。"
    assert [(j.at, j.mark) for j in junctions(text)] == [(8, "；"), (16, "；")]
    assert [j.opening[:2] for j in junctions("1.健全工作制度2.规范办理流程3.加强业务培训。")] == ["2.", "3."]
    assert [j.opening[:2] for j in junctions("一、总体情况良好二、主动公开信息及时")] == ["二、"]


def test_the_next_item_glued_into_the_heading_it_follows():
    body = "全年共发布政策解读信息25篇，形式多样（二）依申请公开情况良好。"
    assert junctions(body) == []
    (found,) = junctions(body, ("paren-cn", 1))
    assert body[found.at:].startswith("（二）") and found.mark == "。"
    assert junctions(body, ("paren-cn", 2)) == [] and junctions(body, ("paren-ar", 1)) == []


@pytest.mark.parametrize("text", ["附件1.表格附件2.说明", "版本1.0和2.0", "一、二级指标", "第一、第二项",
                                  "主要做法：1.健全制度；2.规范流程。", "详见第二部分（一）和第二部分（二）"])
def test_markers_that_cite_or_count(text):
    assert junctions(text) == []


# correct sentences in which the same words meet inside one sentence, or with their mark
CORRECT = [
    "现将本机关2023年度政府信息公开工作情况报告如下：",
    "全年共受理政府信息公开申请12件，截至12月31日已全部答复。",
    "截至2023年12月31日，本机关共主动公开政府信息356条。",
    "本年度主动公开政府信息356条，其中政策文件45条。",
    "收到申请3件（其中当面申请1件）。",
    "各项数据如下表所示，本年度共受理申请12件。",
    "具体数据如下表所示。",
    "采取如下措施推进工作。",
    "包括如下主要内容：",
    "按照如下具体要求开展自查。",
    "做好如下各项工作。",
    "按时完成全年工作任务。",
    "在门户网站公布我局2023年度报告。",
    "向社会公布本机关年度报告。",
    "在省级媒体发布3篇我局工作经验稿件。",
    "发放200份本年度报告。",
    "发布120条2023年度政策文件。",
    "向3个本级部门印发通知。",
    "建立一个全年无休的咨询渠道。",
    "由各科室负责人组成的工作专班负责日常工作。",
    "本报告由六个部分组成。",
    "由办公室牵头抽调业务骨干组成工作专班负责日常工作。",
    "由办公室牵头，各科室抽调人员组成工作组。",
    "参与其中，乐在其中。",
    "与此同时，我局加强了培训。",
    "除此外，我局还印发了指南。",
    "在开展培训的同时，我局加强了宣传。",
    "依据《条例》第二十条第（一）项、第（五）项的规定公开。",
    "依照第（一）项和第（二）项办理。",
    "一是完善制度，二是强化管理。",
    "统一是关键，唯一是底线。",
    "组织开展了业务培训、专题宣讲等工作。",
    "开展培训、宣讲等2023年度重点工作。",
    "以业务系统导出的数据为准则，统一口径。",
    "进入2023年，我局继续深化公开。",
    "在2022年，我局共受理申请3件。",
    "经审查予以公开的申请3件。",
    "截至目前为止，我局共受理申请3件。",
    "自2023年1月1日起施行。",
    "例如对报告中的数据有疑问的，可以电话咨询。",
    "共收到申请3件，同比增长50%。",
    "依据《条例》第20条本机关不予公开。",
    "实现将信息公开融入日常工作。",
    "截至目前为止我局共受理申请3件。",
    "自2023年1月1日起至12月31日止本机关共受理申请5件。",
    "也因此，我局更加重视解读工作。",
    "正因此，各部门加强了协作。",
    "依照第二十条（一）项、第二十条（二）项的规定公开。",
]


@pytest.mark.parametrize("text", CORRECT)
def test_one_sentence_or_with_its_stop(text):
    assert junctions(text) == []


@pytest.mark.parametrize("title, opening", [
    ("总体情况2022年，我局认真贯彻落实《条例》", "2022年"),
    ("依申请公开此外，还规范了受理流程", "此外"),
    ("主动公开情况我局积极推进决策公开", "我局积极"),
    ("政府信息管理各单位均严格执行审查制度", "各单位均"),
    ("依申请公开情况全年未收到申请", "全年未"),
    ("政府信息管理一是加强组织领导", "一是"),
    ("依申请公开情况根据《条例》规定按时答复", "根据"),
    ("组织领导我局对政务公开工作高度重视", "我局对"),
])
def test_a_heading_title_run_into_its_body(title, opening):
    (found,) = junctions(title, title=True)
    assert title[found.at:].startswith(opening)


@pytest.mark.parametrize("title", ["主动公开政府信息情况", "存在的主要问题及改进情况", "我局主动公开情况",
                                   "主动公开工作全年总体情况", "进入2023年，我局继续深化公开", "关于2022年，",
                                   "加强平台建设我局", "依据第（一）项规定公开"])
def test_a_title_that_is_a_name_or_a_sentence(title):
    assert junctions(title, title=True) == []
