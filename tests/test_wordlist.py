"""The confusion dictionary: the shipped data file and a user's own files."""

from __future__ import annotations

import pytest

from govlint import Settings, lint_text
from govlint.model.wordlist import Confusion, DictionaryError, confusions, shipped_confusions


def test_shipped_dictionary_loads_and_has_no_duplicates():
    words = [c.wrong for c in shipped_confusions()]
    assert "落靠" in words and len(words) == len(set(words))


def test_context_and_exceptions():
    entry = Confusion("新形式", "新形势", before=("适应",), after=("下",), exceptions=("创新形式",))
    assert list(entry.occurrences("主动适应新形式。")) == [(4, 7)]
    assert list(entry.occurrences("在新形式下。")) == [(1, 4)]
    assert list(entry.occurrences("采用创新形式。")) == []


def test_user_dictionary_extends_the_shipped_one(tmp_path):
    extra = tmp_path / "words.toml"
    extra.write_text('[[word]]\nwrong = "公开栏木"\nright = "公开栏目"\n', encoding="utf-8")
    assert confusions([str(extra)])[-1].wrong == "公开栏木"
    text = "一、总体情况\n更新公开栏木，切实落靠责任。\n"
    settings = Settings(select=("W201",), options=(("dictionaries", (str(extra),)),))
    assert [d.line for d in lint_text(text, "x.txt", settings)] == [2, 2]


def test_bad_user_dictionary_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[word]]\nwrong = "x"\n', encoding="utf-8")
    with pytest.raises(DictionaryError):
        confusions([str(bad)])


def test_plain_text_word_list(tmp_path):
    from govlint.model.wordlist import DictionaryError, load_dictionary

    path = tmp_path / "words.txt"
    path.write_text("# our own slips\n落靠\t落实\n布署 → 部署\n", encoding="utf-8")
    assert [(c.wrong, c.right) for c in load_dictionary(str(path))] == [("落靠", "落实"), ("布署", "部署")]
    bad = tmp_path / "bad.txt"
    bad.write_text("只有一个词\n", encoding="utf-8")
    with pytest.raises(DictionaryError):
        load_dictionary(str(bad))
