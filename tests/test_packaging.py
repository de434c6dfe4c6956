"""The distribution ships every module: each package folder under lint/ is declared."""

from __future__ import annotations

import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent


def test_every_subpackage_is_declared():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    declared = set(config["packages"])
    found = {"govlint." + ".".join(p.parent.relative_to(ROOT / "lint").parts)
             for p in (ROOT / "lint").rglob("__init__.py") if p.parent != ROOT / "lint"}
    assert found <= declared, f"add to [tool.setuptools] packages: {sorted(found - declared)}"
    assert config["package-dir"] == {"govlint": "lint", "govlint.rules": "rules", "govlint.grammar": "grammar"} \
        or set(config["package-dir"]) >= {"govlint", "govlint.rules", "govlint.grammar"}


def test_grammar_and_rule_data_are_package_data():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    assert "*.lark" in data["govlint.grammar"]


def test_proofreader_data_are_package_data():
    from fnmatch import fnmatch

    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    patterns = data["govlint.model.proofread"]
    for name in ("lexicon.bin", "similar.txt", "NOTICE", "LICENSE-Apache-2.0.txt"):
        assert (ROOT / "lint" / "model" / "proofread" / "data" / name).is_file(), name
        assert any(fnmatch(f"data/{name}", p) for p in patterns), f"{name} is not package data"
