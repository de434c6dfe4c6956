"""The HTML audit page in a real headless chromium: the overview lists every
report, the filters hide what they should, a broken identity's cells carry the
marking, markup and script in a report stay text and never run, the rule
documentation is the one ``govlint rule`` prints, printing lays out one page per
report, and a screenshot is taken.

chromium is a system package (.ci/run installs it).  Without it these tests
fail under CI=true and are skipped elsewhere.
"""

from __future__ import annotations

import json
import os

import pytest

from govlint.cli.commands import main

from chromium import Chromium, executable
from html_batch import FILES, write_batch

CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="module")
def browser():
    binary = executable()
    if binary is None:
        message = "chromium is not installed (apt-get install chromium; .ci/run does this)"
        if CI:
            pytest.fail(message + " (CI=true, so this is an error)")
        pytest.skip(message)
    with Chromium(binary, width=1280, height=900) as chromium:
        yield chromium


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """The page for the synthetic batch, and what ``--format json`` says of the batch."""
    folder = tmp_path_factory.mktemp("html")
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        write_batch(folder / "reports")
        assert main(["--format", "html", "-o", "audit.html", "reports"]) == 1
        main(["--format", "json", "-o", "found.json", "reports"])
        with open("found.json", encoding="utf-8") as handle:
            found = json.load(handle)
    finally:
        os.chdir(cwd)
    return {"url": (folder / "audit.html").as_uri(), "found": found, "folder": folder,
            "paths": [f"reports/{name}" for name in sorted(FILES)]}


@pytest.fixture
def page(browser, batch):
    """The page freshly opened on its overview."""
    browser.open("about:blank")
    browser.open(batch["url"])
    return browser


def visible_paths(browser):
    return browser.evaluate("""Array.from(document.querySelectorAll('#overview-table tbody tr'))
        .filter(tr => !tr.hidden).map(tr => tr.querySelector('td.path').textContent)""")


def open_report(browser, index: int):
    browser.evaluate(f"location.hash = '#report-{index}'; 0")
    assert browser.evaluate("document.getElementById('report').hidden") is False


def test_overview_lists_every_report(page, batch):
    assert visible_paths(page) == batch["paths"]
    rows = page.evaluate("""Array.from(document.querySelectorAll('#overview-table tbody tr'))
        .map(tr => Array.from(tr.children).map(td => td.textContent))""")
    by_path = {row[0]: row for row in rows}
    assert by_path["reports/a_clean.txt"][1:4] == ["松岩县人民政府", "2023", "2021 年格式"]
    errors = sum(1 for d in batch["found"] if d["path"] == "reports/b_broken_table.txt" and d["severity"] == "error")
    assert by_path["reports/b_broken_table.txt"][4] == str(errors)
    assert page.evaluate("document.getElementById('shown-count').textContent") == "显示 4 / 4 份"


def test_sorting_by_a_count(page):
    page.evaluate("document.querySelector('th[data-sort=\"sev-error\"]').click(); 0")
    first = visible_paths(page)[0]
    assert first in ("reports/b_broken_table.txt", "reports/c_hostile.txt")   # one error each, most first
    assert visible_paths(page)[-1] in ("reports/a_clean.txt", 'reports/z"<img src=x onerror=alert(1)>.txt')


def test_severity_filter_hides_reports_with_nothing_left(page, batch):
    page.evaluate("document.getElementById('filter-severity-error').click(); 0")
    with_other = sorted({d["path"] for d in batch["found"] if d["severity"] != "error"})
    assert visible_paths(page) == with_other
    assert "reports/b_broken_table.txt" not in with_other and "reports/a_clean.txt" not in with_other
    page.evaluate("document.getElementById('filter-severity-error').click(); 0")
    assert visible_paths(page) == batch["paths"]


def test_rule_filter_hides_other_reports_and_findings(page, batch):
    page.evaluate("""(() => { const s = document.getElementById('filter-rule'); s.value = 'W102';
                     s.dispatchEvent(new Event('change')); })()""")
    assert visible_paths(page) == ["reports/c_hostile.txt"]
    open_report(page, 2)
    codes = page.evaluate("Array.from(document.querySelectorAll('#report ol.findings > li .code')).map(b => b.textContent)")
    assert codes == ["W102"]
    all_codes = [d["code"] for d in batch["found"] if d["path"] == "reports/c_hostile.txt"]
    assert len(all_codes) > 1        # the filter did hide something
    page.evaluate("document.getElementById('filter-reset').click(); 0")
    codes = page.evaluate("Array.from(document.querySelectorAll('#report ol.findings > li .code')).map(b => b.textContent)")
    assert codes == all_codes


def test_family_filter_and_search(page):
    page.evaluate("document.getElementById('filter-family-L').click(); 0")
    # without layout findings, only the reports with another family remain
    assert visible_paths(page) == ["reports/b_broken_table.txt", "reports/c_hostile.txt"]
    page.evaluate("document.getElementById('filter-family-L').click(); 0")
    page.evaluate("""new Promise(done => { const box = document.getElementById('filter-search');
                     box.value = '占位符'; box.dispatchEvent(new Event('input')); setTimeout(done, 400); })""")
    assert visible_paths(page) == ["reports/c_hostile.txt"]       # found by a finding's message
    page.evaluate("""new Promise(done => { const box = document.getElementById('filter-search');
                     box.value = 'a_clean'; box.dispatchEvent(new Event('input')); setTimeout(done, 400); })""")
    assert visible_paths(page) == ["reports/a_clean.txt"]         # found by its name


def test_broken_identity_cells_are_marked_and_written_out(page):
    open_report(page, 1)
    table = "#report table.grid[data-table='三']"
    root = page.evaluate(f"""(() => {{ const td = document.querySelector("{table} td.root");
        return [td.closest('tr').querySelector('th').textContent, td.dataset.column, td.textContent]; }})()""")
    assert root == ["一、本年新收政府信息公开申请数量", "自然人", "48"]
    involved = page.evaluate(f"""Array.from(document.querySelectorAll("{table} td.involved"))
        .map(td => td.closest('tr').querySelector('th').textContent + '|' + td.dataset.column)""")
    row = {f"一、本年新收政府信息公开申请数量|{c}" for c in
           ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")}
    column = {f"{label}|自然人" for label in ("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
                                            "（七）总计", "四、结转下年度继续办理")}
    assert set(involved) == row | column
    written = page.evaluate("Array.from(document.querySelectorAll('#report ul.broken-list li')).map(li => li.textContent)")
    assert "“自然人”列：一 + 二 = 三（七） + 四：48 + 3 ≠ 45 + 4 T101" in written
    assert any("54 ≠ 48 + 5 + 0 + 1 + 2 + 0" in item for item in written)
    # a correct table has no marking
    assert page.evaluate("document.querySelectorAll(\"#report table.grid[data-table='四'] td.involved\").length") == 0


def test_findings_are_marked_in_the_text(page, batch):
    open_report(page, 1)
    line = next(d["line"] for d in batch["found"] if d["path"] == "reports/b_broken_table.txt")
    marked = page.evaluate(f"document.querySelector('#r1-L{line} mark.error').textContent")
    assert marked == "48"
    page.evaluate(f"document.querySelector('#r1-L{line} mark.error').click(); 0")
    popup = page.evaluate("document.getElementById('popup').textContent")
    assert "T101" in popup and "同一单元格还使" in popup


def test_markup_in_a_report_does_not_run(page):
    open_report(page, 2)
    assert page.evaluate("document.documentElement.getAttribute('data-pwned')") is None
    assert page.evaluate("document.querySelectorAll('#report img, #report b, #overview img').length") == 0
    text = page.evaluate("document.getElementById('source-2').textContent")
    assert "<script>document.documentElement.setAttribute('data-pwned','1')</script>" in text
    assert "</textarea><b>加粗</b>&amp;" in text
    # the name of the file that looks like markup is shown as it is
    open_report(page, 3)
    assert page.evaluate("document.querySelector('#report h2').textContent") == 'reports/z"<img src=x onerror=alert(1)>.txt'
    assert page.evaluate("document.documentElement.getAttribute('data-pwned')") is None


def test_rule_documentation_is_embedded(page, capsys):
    open_report(page, 1)
    page.evaluate("document.querySelector('#report ol.findings .code').click(); 0")
    shown = page.evaluate("document.querySelector('#doc-overlay pre').textContent")
    capsys.readouterr()
    main(["rule", "T101"])
    assert shown + "\n" == capsys.readouterr().out


def test_printing_gives_one_page_per_report(page):
    page.call("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        page.evaluate("window.dispatchEvent(new Event('beforeprint')); 0")
        pages = page.evaluate("document.querySelectorAll('#print-all .report-page').length")
        assert pages == 4
        hidden = page.evaluate("getComputedStyle(document.getElementById('toolbar')).display")
        assert hidden == "none"
        breaks = page.evaluate("getComputedStyle(document.querySelector('#print-all .report-page')).breakBefore")
        assert breaks == "page"
        page.evaluate("window.dispatchEvent(new Event('afterprint')); 0")
        assert page.evaluate("document.querySelectorAll('#print-all .report-page').length") == 0
    finally:
        page.call("Emulation.setEmulatedMedia", {"media": ""})


def test_screenshot(page, batch):
    open_report(page, 1)
    page.evaluate("document.querySelector(\"#report table.grid[data-table='三']\").scrollIntoView(); 0")
    path = batch["folder"] / "report.png"
    page.screenshot(path)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
