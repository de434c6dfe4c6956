"""How govlint's modules import each other: no import cycle, and the layers in order.

Every import statement of every module under lint/ (``govlint``) and rules/
(``govlint.rules``) counts, at the top of a module or inside a function (a
deferred import is still a dependency, and a cycle hidden in a function is
still a cycle), and so does ``importlib.import_module`` of a literal name.
The layers, lowest first::

    syntax   govlint.syntax.*   bytes -> text -> syntax tree; the tokenizers
    model    govlint.model.*    what a report says: the analyses rules read
    engine   govlint.engine.*   plugins, running rules, findings, fixes, settings
    api      govlint            the public names (``from govlint import hookimpl``)
    rules    govlint.rules.*    the built-in rules
    cli      govlint.cli.*      the command line (and ``python -m govlint``)

A module imports from its own layer and the layers below it, never from one
above; ``govlint.errors``, ``govlint.lazy``, ``govlint.cache``,
``govlint.regex_store``, ``govlint.code_store``, ``govlint.text_memo`` serve every layer and import no layer.  The few imports
that go up on purpose are listed in ALLOWED with the reason; an entry no module
needs any more fails too, so the list stays true.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = {"lint": "govlint", "rules": "govlint.rules"}
LAYERS = ("syntax", "model", "engine", "api", "rules", "cli")
CROSS_CUTTING = {"govlint.errors", "govlint.lazy", "govlint.cache", "govlint.regex_store", "govlint.code_store",
                 "govlint.text_memo", "govlint.package_files", "govlint.toml_reader"}

ALLOWED = {
    ("govlint.syntax.build", "govlint.model.standard"):
        "the builder nests headings under the six sections the official formats name "
        "(classify_section, unnumbered_heading); standard.py reads only syntax and model.agency",
    ("govlint.syntax.build", "govlint.model.front_matter"):
        "the builder keeps a cover letter's 落款 from being taken for the report's own; "
        "front_matter.py reads only syntax nodes",
    ("govlint.model.tables.findings", "govlint.engine.diagnostics"):
        "a broken table identity is handed to its rule as a ready Finding with Notes "
        "(plain dataclasses; diagnostics.py reads only syntax)",
    ("govlint.engine.plugins", "govlint.rules"):
        "the plugin manager registers the built-in rules the rules package lists "
        "(they are loaded by name, as ordinary plugins)",
}


def module_files() -> dict[str, Path]:
    """Every module of the package by its dotted name."""
    found = {}
    for folder, package in FOLDERS.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            parts = list(path.relative_to(ROOT / folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join([package, *parts])] = path
    return found


def _owner(name: str, modules) -> str | None:
    """The module ``name`` is or lies in (``govlint.x.y.Name`` -> ``govlint.x.y``)."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def imported_names(path: Path, module: str, is_package: bool) -> list[tuple[str, int]]:
    """(dotted name, line) of everything ``path`` imports, relative imports resolved."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".") if is_package else module.split(".")[:-1]
                package = package[:len(package) - node.level + 1]
                base = ".".join(package + ([base] if base else []))
            found += [(f"{base}.{alias.name}", node.lineno) for alias in node.names]
        elif isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name)) \
                and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module" \
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            found.append((node.args[0].value, node.lineno))
    return found


def import_graph(modules: dict[str, Path]) -> dict[str, dict[str, int]]:
    """module -> {govlint module it imports: first line}."""
    graph: dict[str, dict[str, int]] = {}
    for module, path in modules.items():
        edges: dict[str, int] = {}
        for name, line in imported_names(path, module, path.name == "__init__.py"):
            if name == "govlint" or name.startswith("govlint."):
                target = _owner(name, modules)
                if target is not None and target != module:
                    edges.setdefault(target, line)
        graph[module] = edges
    return graph


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(graph[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in graph:
                    continue
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(graph[target])))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        found.append(sorted(group))
    return found


def layer(module: str) -> str | None:
    """The layer a module belongs to; None for the cross-cutting modules."""
    if module in CROSS_CUTTING:
        return None
    if module == "govlint":
        return "api"
    if module == "govlint.__main__":
        return "cli"
    part = module.split(".")[1]
    if part in LAYERS:
        return part
    raise AssertionError(f"{module} belongs to no layer: add it to a layer package or to CROSS_CUTTING")


def upward(graph) -> dict[tuple[str, str], int]:
    """Imports of a module from a layer above its own (or of a cross-cutting module
    from any layer), with the line."""
    found = {}
    for module, edges in graph.items():
        for target, line in edges.items():
            own, theirs = layer(module), layer(target)
            if own is None and theirs is not None or \
                    own is not None and theirs is not None and LAYERS.index(theirs) > LAYERS.index(own):
                found[(module, target)] = line
    return found


GRAPH = import_graph(module_files())


def test_the_scan_sees_the_whole_package():
    assert {"govlint", "govlint.syntax.source", "govlint.engine.run", "govlint.cli.commands",
            "govlint.rules", "govlint.rules.table3_row_total"} <= set(GRAPH)
    assert GRAPH["govlint.rules.table3_row_total"]      # every rule imports hookimpl at least


def test_there_is_no_import_cycle():
    found = cycles(GRAPH)
    described = ["  " + " ↔ ".join(group) + "\n" +
                 "\n".join(f"    {a} imports {b} (line {GRAPH[a][b]})" for a in group for b in GRAPH[a] if b in group)
                 for group in found]
    assert not found, "import cycles:\n" + "\n".join(described)


def test_no_module_imports_from_a_layer_above_its_own():
    found = {pair: line for pair, line in upward(GRAPH).items() if pair not in ALLOWED}
    assert not found, "imports from a layer above:\n" + "\n".join(
        f"  {a} (line {line}) imports {b}" for (a, b), line in sorted(found.items()))


def test_every_allowed_upward_import_is_still_needed_and_goes_no_further():
    used = upward(GRAPH)
    stale = [pair for pair in ALLOWED if pair not in used]
    assert not stale, f"no module makes these allowed imports any more; drop them from ALLOWED: {stale}"
    for (module, target), reason in ALLOWED.items():
        assert reason, (module, target)
        # what the allowed module pulls in stays at or below its own layer
        ceiling = LAYERS.index(layer(target))
        reached, todo, above = {target}, [target], []
        while todo:
            name = todo.pop()
            for further in GRAPH[name]:
                if (name, further) in ALLOWED or further in reached:
                    continue
                reached.add(further)
                todo.append(further)
                if layer(further) is not None and LAYERS.index(layer(further)) > ceiling:
                    above.append(f"{name} → {further}")
        assert not above, f"{module} → {target} also brings in {above}"


def test_the_checks_see_a_cycle_inside_a_function_and_an_upward_import(tmp_path):
    low = tmp_path / "low.py"
    low.write_text("def later():\n    from govlint.cli.commands import main\n", encoding="utf-8")
    names = imported_names(low, "govlint.syntax.low", False)
    assert ("govlint.cli.commands.main", 2) in names
    relative = tmp_path / "rel.py"
    relative.write_text("from ..model import outline\nfrom . import nodes\n", encoding="utf-8")
    assert [n for n, _ in imported_names(relative, "govlint.syntax.rel", False)] == \
        ["govlint.model.outline", "govlint.syntax.nodes"]
    planted = {"govlint.syntax.a": {"govlint.syntax.b": 1}, "govlint.syntax.b": {"govlint.syntax.c": 3},
               "govlint.syntax.c": {"govlint.syntax.a": 7}, "govlint.model.d": {"govlint.syntax.a": 2}}
    assert cycles(planted) == [["govlint.syntax.a", "govlint.syntax.b", "govlint.syntax.c"]]
    assert upward({"govlint.syntax.a": {"govlint.engine.run": 4}, "govlint.errors": {"govlint.syntax.a": 1},
                   "govlint.cli.x": {"govlint.engine.run": 2}}) == \
        {("govlint.syntax.a", "govlint.engine.run"): 4, ("govlint.errors", "govlint.syntax.a"): 1}
