"""Acceptance on the five seed reports: every defect of ../shared/seeds/DEFECTS.md
is reported at its line (±2) with its family, and nothing of the named families is
reported where DEFECTS.md says the text is clean.

The expectations below are DEFECTS.md's facts (file, line, family); no text of the
seeds is copied into the project.
"""

from __future__ import annotations

import pytest

from govlint import lint_text
from govlint.engine.plugins import get_plugin_manager, rules
from govlint.syntax.files import read_file

from conftest import shared_dir

END = "end"

# (file prefix, first line, last line or None, family letter, what)
DEFECTS = [
    ("000", 27, None, "W", "verb 增强 without object"),
    ("000", 17, 19, "L", "paragraph broken mid-sentence"),
    ("000", 93, 95, "L", "paragraph broken inside a word"),
    ("000", 61, None, "T", "table 三 row (一): 总计 0 but 自然人 1"),
    ("000", 81, None, "T", "table 三 row (七): 总计 0 but 自然人 1"),
    ("000", 89, None, "T", "table 四: the five 行政复议 cells are empty"),
    ("001", 13, None, "P", "388 vs 20+275+113"),
    ("001", 439, None, "P", "共21件 其中 6 + 12"),
    ("001", 15, None, "W", "agency short name truncated"),
    ("001", 358, None, "S", "heading separator 四．"),
    ("001", END, None, "D", "no signature block"),
    ("002", 3, None, "S", "first heading numbered 1、"),
    ("002", 142, 300, "T", "rows without labels and 8 values"),
    ("002", 337, None, "T", "row 四 with an empty first cell and 6 values"),
    ("002", 396, None, "L", "[bookmark: _GoBack]"),
    ("002", END, None, "D", "no signature block"),
    ("003", 179, 195, "T", "申请答复数 1 but items add to 2"),
    ("003", 311, 319, "T", "工作人员数 4 but 0 + 2"),
    ("003", 287, 295, "T", "报送信息数 empty while its items are filled"),
    ("003", 34, None, "W", "全厅 in a city bureau"),
    ("003", 26, None, "W", "有 for 由"),
    ("003", 53, None, "W", "contact without a name"),
    ("004", 7, None, "D", "date under the title, no signature"),
    ("004", 15, None, "W", "落靠"),
    ("004", 84, None, "W", "一些的"),
    ("004", 84, None, "L", "half-width , and ; in Chinese prose"),
    ("004", 49, None, "L", "spaces inside words"),
    ("004", 78, 79, "L", "spaces inside words"),
    ("004", 73, None, "L", "stray markdown table rule"),
]

# (file prefix, first line, last line, families that must stay silent there, why)
CLEAN = [
    ("000", 52, 52, "TL", "106.36 万元 is a money cell"),
    ("000", 42, 42, "TL", "增 18 is a signed change"),
    ("000", 45, 45, "TL", "减 5 is a signed change"),
    ("000", 101, 103, "D", "signature before the deadline"),
    ("001", 72, 356, "T", "table 三 holds"),
    ("001", 15, 15, "P", "prose agrees with table 三"),
    ("003", 1, 400, "S", "pre-2019 structure is right for 2018"),
    ("003", 48, 49, "D", "signature 2019年1月15日"),
    ("004", 56, 58, "TL", "a row label split over two lines"),
    ("004", 42, 80, "T", "tables 三 and 四 all zeros"),
]


def _diagnostics(prefix):
    folder = shared_dir("seeds")
    (path,) = folder.glob(f"{prefix}_*.txt")
    source = read_file(str(path))
    return source, lint_text(source.text, str(path))


def _last_line(text):
    return len(text.rstrip().split("\n"))


FAMILIES = {info.code[0] for info in rules(get_plugin_manager(load_entry_points=False))}


def _hit(found, first, last, family):
    return [d for d in found if d.code.startswith(family) and first - 2 <= d.line <= last + 2]


@pytest.mark.parametrize("prefix, first, last, family, what", DEFECTS,
                         ids=[f"{d[0]}-{d[1]}-{d[3]}" for d in DEFECTS])
def test_defect_is_reported(prefix, first, last, family, what):
    if family not in FAMILIES:
        pytest.skip(f"no rule of family {family} is registered yet")
    source, found = _diagnostics(prefix)
    if first == END:
        first = last = _last_line(source.text)
    assert _hit(found, first, last or first, family), f"{prefix} line {first}: {what} not reported"


@pytest.mark.parametrize("prefix, first, last, families, why", CLEAN,
                         ids=[f"{c[0]}-{c[1]}-{c[3]}" for c in CLEAN])
def test_clean_place_stays_silent(prefix, first, last, families, why):
    _, found = _diagnostics(prefix)
    noisy = [d for d in found if d.code[0] in families and first <= d.line <= last]
    assert not noisy, f"{prefix} {first}-{last} ({why}): {[(d.code, d.line, d.message) for d in noisy]}"
