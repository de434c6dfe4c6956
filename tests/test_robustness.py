"""No input makes a rule crash: mutated synthetic reports, and every real report
in ../shared, give findings and never an internal error."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govlint import lint_text
from govlint.syntax.files import read_file

from conftest import shared_dir
from samples import WITH_TABLE_THREE

BASE = (WITH_TABLE_THREE.replace("全年工作平稳。", "全年公开信息120条，其中文件50条、动态70条，同比增长12.5%。"))
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
