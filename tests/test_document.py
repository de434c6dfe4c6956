"""The document rules read: built once per report by the engine, each analysis computed
once whatever rules run, handed only to the rules that ask for it."""

from __future__ import annotations

import types

import pytest

from govlint import Document, Finding, Settings, hookimpl, lint_text, parse
from govlint.engine.plugins import get_plugin_manager
from govlint.model import document as document_module

REPORT = ("某市某局\n2022年政府信息公开工作年度报告\n一、总体情况\n"
          "2022年，我局共收到政府信息公开申请5件，其中网上申请3件、信函申请2件。\n"
          "二、主动公开政府信息情况\n本年主动公开信息120条。\n"
          "三、收到和处理政府信息公开申请情况\n本年新收申请5件，已全部办结。\n"
          "四、政府信息公开行政复议、行政诉讼情况\n未发生行政复议、行政诉讼。\n"
          "五、存在的主要问题及改进情况\n公开内容还不够全面。\n"
          "六、其他需要报告的事项\n本年度未收取信息处理费。\n"
          "某市某局\n2023年1月20日\n")

#: every analysis the document computes, by the name of the function it calls
ANALYSES = ("recognise", "reporting_agency", "self_names", "self_level", "recognised_sections",
            "run_in_sections", "holds_six_sections", "cut_off", "claims", "suspect_cells",
            "breakdowns", "all_dates", "all_tokens", "publication_dates", "date_ranges", "report_format",
            "counts", "sentences", "hard_wrapped", "logical_paragraphs", "sibling_sections",
            "report_cover_letter", "part_listings")


def test_each_analysis_is_computed_once_per_report_whatever_rules_run(monkeypatch):
    calls: dict[str, int] = {}
    for name in ANALYSES:
        original = getattr(document_module, name)

        def counted(*args, _original=original, _name=name, **kwargs):
            # a reader of one text (breakdowns) counts once per text, the others once per report
            texts = [arg for arg in args if isinstance(arg, str)]
            key = _name + "".join(f" {k}={v}" for k, v in sorted(kwargs.items())) + "".join(texts)
            calls[key] = calls.get(key, 0) + 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(document_module, name, counted)
    found = lint_text(REPORT, "a.txt")
    assert not [d for d in found if d.internal]
    # read by several rules each, yet computed once
    for name in ("recognise", "reporting_agency", "recognised_sections", "holds_six_sections",
                 "cut_off", "claims", "report_format", "logical_paragraphs", "hard_wrapped"):
        assert calls.get(name) == 1, (name, calls)
    assert all(count == 1 for count in calls.values()), calls
    # a second report is a document of its own: nothing is remembered across reports
    lint_text(REPORT.replace("某市某局", "某县某局"), "b.txt")
    assert calls["recognise"] == 2 and calls["reporting_agency"] == 2


def test_a_document_keeps_what_it_computed():
    document = Document(parse(REPORT))
    assert document.tables is document.tables
    assert document.claims is document.claims
    assert document.agency.name == "某市某局" and document.format == "2021"
    assert document.holds_six_sections and document.cut_off is None
    assert [spec.number for spec, _ in document.sections] == [1, 2, 3, 4, 5, 6]


def test_a_cut_off_file_is_cut_inside_its_last_text():
    report = parse(REPORT.split("五、")[0] + "五、存在的主要问题及改进情况\n一是公开内容还不")
    document = Document(report)
    assert document.cut_off is not None
    assert document.cut_inside(report.blocks[-1].span)
    assert not document.cut_inside(report.blocks[2].span)


def _rule(code: str, function):
    module = types.ModuleType(f"rule_{code}")
    module.__doc__ = "测试用的规则。"
    module.CODE, module.NAME, module.SEVERITY = code, f"test-rule-{code.lower()}", "info"
    module.govlint_check = hookimpl(function)
    return module


@pytest.mark.parametrize("arguments", ["report", "report, context", "context, report", "document",
                                       "report, context, document"])
def test_a_rule_names_only_the_arguments_it_reads(arguments):
    seen = []

    namespace = {"seen": seen, "Finding": Finding}
    exec(f"def govlint_check({arguments}):\n"
         f"    seen.append(({arguments},))\n"
         f"    report_ = locals().get('report') or locals()['document'].report\n"
         f"    yield Finding(report_.blocks[0].span, '测试')\n", namespace)
    pm = get_plugin_manager(load_entry_points=False)
    pm.register(_rule("W990", namespace["govlint_check"]), name="W990")
    found = lint_text(REPORT, settings=Settings(select=("W990",)), pm=pm)
    assert [d.code for d in found] == ["W990"] and not found[0].internal
    assert len(seen) == 1 and len(seen[0]) == len(arguments.split(","))
    for name, value in zip((a.strip() for a in arguments.split(",")), seen[0]):
        expected = {"report": "Report", "context": "RuleContext", "document": "Document"}[name]
        assert type(value).__name__ == expected


def test_the_rule_and_the_document_see_the_same_report():
    pairs = []

    def govlint_check(report, document):
        pairs.append((report, document))
        return []

    pm = get_plugin_manager(load_entry_points=False)
    pm.register(_rule("W991", govlint_check), name="W991")
    lint_text(REPORT, settings=Settings(select=("W991",)), pm=pm)
    (report, document), = pairs
    assert document.report is report


def test_every_analysis_of_the_document_is_in_its_reference():
    documented = Document.__doc__
    public = [name for name in vars(Document) if not name.startswith("_")]
    assert len(public) > 20
    missing = [name for name in public if f"``{name}" not in documented]
    assert not missing, f"Document members missing from its docstring: {missing}"


def test_a_rule_across_reports_may_read_their_documents():
    from govlint import lint_reports

    seen = []

    def govlint_check_reports(reports, documents):
        seen.append([(report, document.report, document.agency.name) for report, document in zip(reports, documents)])
        return []

    module = types.ModuleType("rule_X990")
    module.__doc__ = "测试用的规则。"
    module.CODE, module.NAME, module.SEVERITY = "X990", "test-rule-x990", "info"
    module.govlint_check_reports = hookimpl(govlint_check_reports)
    pm = get_plugin_manager(load_entry_points=False)
    pm.register(module, name="X990")
    reports = [parse(REPORT, "a.txt"), parse(REPORT.replace("2022年", "2023年"), "b.txt")]
    lint_reports(reports, lambda path: Settings(select=("X990",)), pm)
    (pairs,) = seen
    assert [(report is document_report, name) for report, document_report, name in pairs] == \
        [(True, "某市某局"), (True, "某市某局")]
