"""No input makes a rule crash: mutated synthetic reports, and every real report
in ../shared, give findings and never an internal error."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govlint import lint_text
from govlint.source import read_file

from conftest import shared_dir
from samples import CLEAN

TABLE = """三、收到和处理政府信息公开申请情况
\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计
\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t
一、本年新收政府信息公开申请数量\t\t\t3\t0\t0\t0\t0\t0\t3
二、上年结转政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t0
三、本年度办理结果\t（一）予以公开\t\t2\t0\t0\t0\t0\t0\t2
\t（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0
\t（七）总计\t\t3\t0\t0\t0\t0\t0\t3
四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t0
"""
BASE = (CLEAN.replace("三、收到和处理政府信息公开申请情况\n", TABLE)
        .replace("全年工作平稳。", "全年公开信息120条，其中文件50条、动态70条，同比增长12.5%。"))
PIECES = ["\t", "\n", "|", "　", "，", "。", "（", "）", "年", "月", "日", "0", "12", "-3", "一、", "（二）",
          "1.", "其中", "共", "件", "条", "%", "XX", "[bookmark: x]", "\x0c", "\ufffd", "二〇二二年", "总计"]


def _internal_errors(diagnostics):
    return [d for d in diagnostics if "内部出错" in d.message]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(BASE)), st.integers(0, 6), st.sampled_from(PIECES)),
                max_size=12))
def test_mutated_reports_never_crash_a_rule(edits):
    text = BASE
    for at, cut, piece in edits:
        at = min(at, len(text))
        text = text[:at] + piece + text[at + cut:]
    assert _internal_errors(lint_text(text, "mutated.txt")) == []


def test_every_real_report_is_checked_without_internal_errors():
    paths = []
    for name in ("seeds", "corpus", "corpus-full"):
        paths.extend(sorted(shared_dir(name).glob("*.txt")))
    assert len(paths) >= 38
    for path in paths:
        source = read_file(str(path))
        assert _internal_errors(lint_text(source.text, str(path))) == [], path
