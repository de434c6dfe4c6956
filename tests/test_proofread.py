"""The proofreader behind W201: its shipped data, the model, what it protects, and its
benchmark figures on ../shared/ecspell (the sentences here are written for these tests)."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from govlint import Settings, lint_text
from govlint.model.proofread import proofread
from govlint.model.proofread import build
from govlint.model.proofread.checker import slips
from govlint.model.proofread.model import NAME_CLASS, RARE_CLASS, load, read, word_key
from govlint.model.proofread.protect import protected
from govlint.model.wordlist import DictionaryError, allowed, confusions

from conftest import shared_dir


def test_shipped_lexicon_is_present_and_loads():
    model = load()
    assert len(model.short) + len(model.rare) > 300_000
    for word in ("政务公开", "主动公开", "依申请", "规范性", "过程性", "满意度", "行政复议"):
        assert model.cls(word) is not None, word
    assert model.cls("依申清") is None
    assert "请" in model.sound["清"] and model.alike("清")
    assert model.cls("鹿鸣县众诚局") is None          # longer words are read through their parts


def test_build_output_reads_back():
    words = {"政务": 1000, "公开": 2000, "条列": 3, "政": 500, "务": 400}
    data = build.lexicon(dict(words), ["依申请"], ["鹿鸣", "政务"])
    model = read(data, "清\t请情\t\n")
    assert model.cls("公开") == round(2 * math.log(2000))
    assert model.cls("条列") <= RARE_CLASS and word_key("条列") in model.rare
    assert model.cls("依申请") == round(2 * math.log(build.GOVERNMENT_FREQUENCY))
    assert model.cls("鹿鸣") == NAME_CLASS and model.cls("政务") != NAME_CLASS
    assert model.sound == {"清": "请情"} and model.shape == {}
    with pytest.raises(ValueError):
        read(b"not a lexicon", "")


def test_a_slip_is_pointed_at_and_corrected():
    (slip,) = slips("本机关依申清公开", load())
    assert (slip.start, slip.end, slip.wrong, slip.right) == (5, 6, "依申清", "依申请")
    assert not slip.certain


def test_correct_prose_has_no_slips():
    text = "本机关依申请公开办理规范，过程性信息依法不予公开，群众满意度持续提升。"
    assert proofread(text) == []


def test_known_slips_come_first_and_are_certain():
    found = proofread("切实落靠责任", confusions())
    assert [(s.wrong, s.right, s.certain) for s in found] == [("落靠", "落实", True)]


def test_pdf_spaces_are_read_through_and_offsets_stay_in_the_text():
    text = "本年 度依申 清公开"
    (slip,) = proofread(text)
    assert text[slip.start:slip.end] == "清" and slip.right == "依申请"


def test_ideographic_spaces_between_names_are_kept():
    # "刘　羽" is a name set out with an ideographic space, not a word broken by a PDF
    assert proofread("王　杰　　市档案馆") == proofread("王　杰") == []


def test_protected_parts():
    text = "转发《补尝办法》，推行“一窗通辦”，王建伟（主任）到众诚公司、立诚镇调研。"
    keep = protected(text)
    for part in ("补尝", "一窗通辦", "王建伟", "众诚", "立诚镇"):
        at = text.index(part)
        assert set(range(at, at + len(part))) <= keep, part
    assert text.index("调研") not in keep
    assert protected("众诚局负责", ["众诚局"]) >= {0, 1, 2}


def test_without_protection_the_names_would_be_read_as_slips():
    # the hard negatives of the case file are real tests: the model alone flags them
    model = load()
    for text in ("近日王建伟、", "近日吴世杰（", "众诚公司", "振诚社区"):
        assert slips(text, model), text


def test_allow_list_in_a_user_dictionary(tmp_path):
    text = "鹿鸣县自然资源局2023年政府信息公开工作年度报告\n一、总体情况\n我局配合众诚局完成公开目录编制。\n"
    assert [d.code for d in lint_text(text, "x.txt", Settings(select=("W201",)))] == ["W201"]
    words = tmp_path / "words.toml"
    words.write_text('allow = ["众诚局"]\n', encoding="utf-8")
    assert allowed([str(words)]) == ("众诚局",)
    settings = Settings(select=("W201",), options=(("dictionaries", (str(words),)),))
    assert lint_text(text, "x.txt", settings) == []
    bad = tmp_path / "bad.toml"
    bad.write_text('allow = "众诚局"\n', encoding="utf-8")
    with pytest.raises(DictionaryError):
        allowed([str(bad)])


def test_output_does_not_depend_on_the_hash_seed(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("一、总体情况\n本机关依申清公开工作运行平稳，办理效律明显提高，认真落实条列要求。\n",
                      encoding="utf-8")
    outputs = set()
    for seed in ("0", "1", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        run = subprocess.run([sys.executable, "-m", "govlint", "--select", "W", "--format", "json", str(report)],
                             capture_output=True, text=True, env=env)
        outputs.add(run.stdout)
    assert len(outputs) == 1
    assert len(json.loads(outputs.pop())) >= 3


def test_ecspell_recall_and_false_alarms():
    """The figures the issue asks for, at the shipped thresholds (bench/ecspell.py prints them)."""
    path = shared_dir("ecspell") / "odw.train"
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    try:
        import ecspell
    finally:
        sys.path.pop(0)
    found, errors, alarms, _, _ = ecspell.score(list(ecspell.read(path)), 0.0)
    assert found / errors >= 0.30
    assert alarms / 1728 <= 0.005


def test_look_alikes_from_stroke_sequences():
    strokes = {"甲": "szhhsph", "乙": "szhhspn", "丙": "nzhhspn", "丁": "pppnnnz", "丑": "szh"}
    alike = build.stroke_alikes(strokes)
    assert alike["甲"] == {"乙"}                 # the same first six strokes
    assert alike["乙"] == {"甲", "丙"}           # … and the same last six
    assert "丁" not in alike.get("甲", ()) and not alike.get("丁")
    assert "丑" not in alike                      # too few strokes to judge


def test_a_name_after_its_label_is_protected():
    text = "联系人：吴世杰电话12345678"
    assert not proofread(text)
    assert slips("近日吴世杰到", load())      # the same name unlabelled reads as 世界
