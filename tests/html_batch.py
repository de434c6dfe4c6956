"""A small batch of synthetic reports for the HTML audit page tests: a correct
report, one whose table 三 breaks two identities through one cell, one whose text
carries markup and script, and one named like markup."""

from __future__ import annotations

from pathlib import Path

CLEAN = (Path(__file__).parent / "fixtures" / "clean" / "county_government_2023.txt").read_text(encoding="utf-8")

# 一、本年新收 自然人 46 → 48 with the row total left at 54: the row no longer adds up
# (54 ≠ 48 + 5 + 0 + 1 + 2 + 0) and neither does the 自然人 column (48 + 3 ≠ 45 + 4).
NEW_ROW = "一、本年新收政府信息公开申请数量\t\t\t46\t5"
BROKEN = CLEAN.replace(NEW_ROW, NEW_ROW.replace("\t46\t", "\t48\t"))

INJECTION = ("“</script><script>document.documentElement.setAttribute('data-pwned','1')</script>"
             "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','2')\">”"
             "与'</textarea><b>加粗</b>&amp;'")
HOSTILE = CLEAN.replace("2.依申请公开答复文书规范性有待提升。",
                        f"2.依申请公开答复文书规范性有待提升，例如{INJECTION}。XX")
HOSTILE_NAME = "z\"<img src=x onerror=alert(1)>.txt"

FILES = {
    "a_clean.txt": CLEAN,
    "b_broken_table.txt": BROKEN,
    "c_hostile.txt": HOSTILE,
    HOSTILE_NAME: CLEAN.replace("本年度未发生因政务公开工作不到位引起的责任追究。",
                                "本年度未发生因政务公开工作不到位引起的责任追究,"),
}


def write_batch(folder: Path) -> list[str]:
    """The batch's files under ``folder``, in the order govlint walks them."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return sorted(FILES)
