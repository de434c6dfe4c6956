"""The HTML audit page without a browser: the facts it is built from (agency,
year, format, identities written out and judged), the escaping of its data, its
content security policy, and ``govlint --format html``."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re

import pytest

from govlint.syntax.build import build_report
from govlint.cli.commands import main
from govlint.model.facts import facts, table_format
from govlint.cli.formats.html_format import script_json

from html_batch import BROKEN, CLEAN, FILES, HOSTILE_NAME, INJECTION, write_batch

DATA = re.compile(r'<script type="application/json" id="(?P<id>[^"]+)">(?P<body>.*?)</script>', re.S)


def page_data(page: str) -> dict:
    return {m["id"]: json.loads(m["body"]) for m in DATA.finditer(page)}


@pytest.fixture
def batch(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_batch(tmp_path / "reports")
    return tmp_path


def render(argv, capsys) -> tuple[int, str]:
    code = main(["--format", "html", "-o", "audit.html", *argv])
    capsys.readouterr()
    with open("audit.html", encoding="utf-8") as handle:
        return code, handle.read()


# --- the facts -------------------------------------------------------------------------------

def test_facts_of_a_correct_report():
    found = facts(build_report(CLEAN, "a.txt"))
    assert (found.agency, found.year, found.format, found.required) == ("松岩县人民政府", 2023, "2021", "2021")
    assert [t.grid.kind for t in found.tables] == ["二", "三", "四"]
    three = found.tables[1]
    assert three.checks and not three.broken
    assert all(check.status == "holds" and check.figures for check in three.checks)


def test_one_wrong_cell_breaks_two_identities_written_out():
    table = facts(build_report(BROKEN, "b.txt")).tables[1]
    broken = {check.kind: check for check in table.broken}
    assert set(broken) == {"row_total", "column_balance"}
    column = broken["column_balance"]
    assert (column.scope, column.formula, column.figures) == ("“自然人”列", "一 + 二 = 三（七） + 四", "48 + 3 ≠ 45 + 4")
    row = broken["row_total"]
    assert row.formula == "总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他"
    assert row.figures == "54 ≠ 48 + 5 + 0 + 1 + 2 + 0"
    # both are rooted at the one cell that explains them, and involve it
    assert column.root == row.root == ("一", "自然人")
    assert ("一", "自然人") in column.cells and ("四", "自然人") in column.cells and len(column.cells) == 4
    assert len(row.cells) == 7


def test_identity_that_cannot_be_judged():
    text = BROKEN.replace("二、上年结转政府信息公开申请数量\t\t\t3", "二、上年结转政府信息公开申请数量\t\t\t若干")
    table = facts(build_report(text, "c.txt")).tables[1]
    unjudged = [c for c in table.checks if c.status == "unjudged"]
    assert any(c.kind == "column_balance" and c.scope == "“自然人”列" and not c.figures for c in unjudged)


def test_table_format_reads_the_tables_not_the_year():
    old = CLEAN.replace("行政规范性文件\t5\t3\t37", "规范性文件\t5\t3\t37")
    assert facts(build_report(old, "a.txt")).format == "2021"
    assert table_format(()) is None


# --- escaping ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["</script><script>alert(1)</script>", "<!-- <script>", "a\u2028b\u2029c",
                                  "&amp; \"quotes\" 'single' </textarea>"])
def test_script_json_cannot_close_its_element(text):
    encoded = script_json({"t": text})
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert "\u2028" not in encoded and "\u2029" not in encoded
    assert json.loads(encoded) == {"t": text}


def test_page_data_holds_every_report_and_finding(batch, capsys):
    code, page = render(["reports"], capsys)
    assert code == 1
    data = page_data(page)
    meta = data["govlint-meta"]
    assert [entry["path"] for entry in meta["reports"]] == [f"reports/{name}" for name in sorted(FILES)]
    main(["--format", "json", "-o", "found.json", "reports"])
    expected = json.load(open("found.json", encoding="utf-8"))
    for entry in meta["reports"]:
        blob = data[f"govlint-report-{entry['id']}"]
        mine = [(f["l"], f["c"], f["code"], f["m"]) for f in blob["findings"]]
        theirs = [(d["line"], d["column"], d["code"], d["message"]) for d in expected if d["path"] == entry["path"]]
        assert mine == theirs
        assert blob["text"] == FILES[entry["path"].split("/", 1)[1]]
    # the broken identity is linked to the finding that reports it
    broken = data["govlint-report-1"]["tables"][1]
    reported = [check for check in broken["checks"] if check["st"] == "broken"]
    assert {check.get("rep") for check in reported} == {"T101"}
    assert data["govlint-docs"]["T101"].startswith("T101 table3-row-total（默认级别：error）")


def test_markup_in_reports_and_names_stays_text(batch, capsys):
    _, page = render(["reports"], capsys)
    outside = DATA.sub("", page)     # the markup, without the data blocks
    assert "data-pwned" not in outside and "<img" not in outside and "<b>" not in outside
    assert html.escape(HOSTILE_NAME) in outside          # the overview names the file, escaped
    data_blocks = "".join(m["body"] for m in DATA.finditer(page))
    assert "</script" not in data_blocks.lower() and "<" not in data_blocks
    assert any(INJECTION in blob.get("text", "") for blob in page_data(page).values() if isinstance(blob, dict))


def test_policy_allows_only_the_page_own_script_and_style(batch, capsys):
    _, page = render(["reports"], capsys)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)[1]
    assert "default-src 'none'" in policy
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    styles = re.findall(r"<style>(.*?)</style>", page, re.S)
    assert len(scripts) == 1 and len(styles) == 1

    def digest(text):
        return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
    assert f"script-src '{digest(scripts[0])}'" in policy
    assert f"style-src '{digest(styles[0])}'" in policy
    # nothing is fetched: no external address in any attribute, no @import or url() in the style
    assert not re.search(r'(?:src|href)="(?!#)', page)
    assert "@import" not in styles[0] and "url(" not in styles[0]


def test_english_page(batch, capsys):
    _, page = render(["--lang", "en", "reports"], capsys)
    assert '<html lang="en">' in page
    meta = page_data(page)["govlint-meta"]
    assert meta["ui"]["findings"] == "Findings"
    blob = page_data(page)["govlint-report-1"]
    assert blob["findings"][0]["m"].startswith("table 3 (applications for disclosure), row")
    assert blob["tables"][1]["title"] == "table 3 (applications for disclosure)"


def test_a_clean_batch_and_a_missing_file(batch, capsys):
    code = main(["--format", "html", "-o", "out/clean.html", "reports/a_clean.txt", "reports/missing.txt"])
    err = capsys.readouterr().err
    assert code == 2 and "missing.txt" in err
    page = open("out/clean.html", encoding="utf-8").read()
    meta = page_data(page)["govlint-meta"]
    assert [entry["path"] for entry in meta["reports"]] == ["reports/a_clean.txt"]
    assert meta["reports"][0]["counts"] == [0, 0, 0] and meta["top"] == []


def test_a_broken_identity_no_rule_reported_is_not_linked(batch, capsys):
    _, page = render(["--ignore", "T101", "reports/b_broken_table.txt"], capsys)
    table = page_data(page)["govlint-report-0"]["tables"][1]
    broken = [check for check in table["checks"] if check["st"] == "broken"]
    assert len(broken) == 2 and not any("rep" in check for check in broken)
    assert all("root" in check for check in broken)
