"""govlint's public surface: rules import nothing of govlint but the names in
``govlint.__all__``, every such name resolves, and ``import govlint`` stays cheap."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import govlint

RULES = Path(__file__).resolve().parent.parent / "rules"


def internal_imports(source: str, public: set[str]) -> list[str]:
    """Every import in ``source`` of govlint that is not one of the ``public`` names of
    the package itself, as written (at any depth: a function's own imports count)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [f"import {a.name}" for a in node.names if a.name.startswith("govlint.")]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith("govlint."):
                found.append(f"from {node.module} import {', '.join(a.name for a in node.names)}")
            elif node.module == "govlint":
                found += [f"from govlint import {a.name}" for a in node.names if a.name not in public]
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            found.append(f"from {'.' * node.level}{node.module or ''} import …")
    return found


def test_the_check_sees_every_way_of_reaching_inside():
    public = {"Finding", "hookimpl"}
    source = ("from govlint import Finding, hookimpl\nimport re\n"
              "from govlint.model.tables import recognise\nimport govlint.syntax.nodes\n"
              "from govlint import _HOMES\n"
              "def f():\n    from govlint.model.prose import texts\n"
              "from . import sibling\n")
    assert sorted(internal_imports(source, public)) == sorted([
        "from govlint.model.tables import recognise", "import govlint.syntax.nodes",
        "from govlint import _HOMES", "from govlint.model.prose import texts", "from . import …"])


def test_rules_import_only_govlints_public_names():
    public = set(govlint.__all__)
    offenders = {}
    for path in sorted(RULES.glob("*.py")):
        found = internal_imports(path.read_text(encoding="utf-8"), public)
        if found:
            offenders[path.name] = found
    assert not offenders, "rules reach inside govlint:\n" + "\n".join(
        f"  rules/{name}: {'; '.join(found)}" for name, found in offenders.items())


@pytest.mark.parametrize("name", sorted(set(govlint.__all__) - {"__version__"}))
def test_every_public_name_resolves(name):
    assert getattr(govlint, name) is not None


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError):
        govlint.recognise  # noqa: B018  (an internal name is not public)


def test_importing_govlint_loads_no_layer_until_a_name_is_used():
    # (the pattern store, govlint.regex_store, is warmed at import: it is no layer)
    code = ("import sys, govlint\n"
            "layers = ('govlint.syntax', 'govlint.model', 'govlint.engine', 'govlint.cli', 'govlint.rules')\n"
            "loaded = sorted(m for m in sys.modules if m.startswith(layers + ('lark', 'pluggy')))\n"
            "print(','.join(loaded))\n"
            "govlint.Document\n"
            "print('govlint.model.document' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == "" and out[1] == "True"
