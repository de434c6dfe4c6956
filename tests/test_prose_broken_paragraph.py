"""L104's fix joins two paragraphs only where the second can only be the rest of the first's
sentence; separate paragraphs are never merged, in one round of fixes or over several."""

from __future__ import annotations

from govlint import Settings, lint_text
from govlint.engine.fixes import apply_fixes

LAYOUT = Settings(select=("L",))


def _fix_until_stable(text: str, rounds: int = 5) -> str:
    for _ in range(rounds):
        fixed = apply_fixes(text, lint_text(text, "x.txt", LAYOUT)).text
        if fixed == text:
            break
        text = fixed
    return text


def test_a_paragraph_missing_its_full_stop_is_not_joined_to_the_next():
    text = ("一、总体情况\n我局高度重视政务公开工作，全年主动公开信息86条\n\n"
            "全年未收到政府信息公开申请，也未发生行政复议和行政诉讼。\n")
    assert not [d for d in lint_text(text, "x.txt", LAYOUT) if d.code == "L104"]
    assert "86条全年" not in _fix_until_stable(text)


def test_removing_a_rule_line_does_not_lead_to_a_join_in_the_next_round():
    text = ("一、总体情况\n我局坚持公开为常态，全年开展培训2次。未发生责任追究情况\n---\n\n\n"
            "部分单位的落实情况，还需要进一步加强。\n\n二、主动公开政府信息情况\n")
    fixed = _fix_until_stable(text)
    assert "---" not in fixed
    # the two paragraphs stay apart (L105 may close the first with its missing full stop)
    assert "\n\n部分单位" in fixed and "情况部分单位" not in fixed and "情况。部分单位" not in fixed


def test_a_word_split_across_a_blank_line_is_joined():
    text = ("一、总体情况\n下一步，我局将加强业务培训，提高政务公\n\n开业务水平，确保工作质量。\n\n"
            "二、主动公开政府信息情况\n")
    found = [d for d in lint_text(text, "x.txt", LAYOUT) if d.code == "L104"]
    assert len(found) == 1 and found[0].fix is not None
    assert "提高政务公开业务水平，确保工作质量。" in _fix_until_stable(text)


def test_a_split_at_a_number_is_reported_but_not_fixed():
    text = "一、总体情况\n我局认真落实各项工作要求，全年共受理申请1\n\n件，均按时答复。\n"
    found = [d for d in lint_text(text, "x.txt", LAYOUT) if d.code == "L104"]
    assert len(found) == 1 and found[0].fix is None
