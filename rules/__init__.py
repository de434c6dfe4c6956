"""The built-in rules: one module per rule, each a pluggy plugin registered under its code.

Every module of this package is a rule, except those whose name starts with an
underscore; the plugin manager registers them in the order of their codes.

Adding a rule touches two files (README.md's rule table is generated from them):

1. ``rules/<what_it_checks>.py``, named by what it checks (``table3_row_total``), with

   - ``CODE``: the family letter (S structure, T tables, P numbers in prose,
     D dates, W wording, L layout, X across reports) and three digits, unused so far;
   - ``NAME``: kebab-case (``table3-row-total``);
   - ``SEVERITY``: ``"error"``, ``"warning"`` or ``"info"`` (uncertain: ``"info"``);
   - ``FIXABLE = True`` only when its findings carry a :class:`govlint.Fix`;
   - a docstring, which ``govlint rule CODE`` prints: a first line that says
     what it reports in one sentence (the README table and ``govlint rules``
     show that line), then the headings ``## 它检查什么`` (the defect class, in
     general), ``## 为什么重要``, ``## 示例`` (a bad example in a code block),
     ``## 应写作`` (the same, written right) and, for a rule that fixes,
     ``## 修复`` (why the fix is safe);
   - one hook implementation, ``@hookimpl def govlint_check(document)`` that
     yields :class:`govlint.Finding` (it names only the arguments it reads:
     ``document``, ``report``, ``context``), importing only from ``govlint``.

2. ``tests/rules/cases/<CODE>.toml``: cases where it fires and hard negatives
   where it must stay silent (format: ``tests/rules/cases/README.md``).

Then reinstall (``pip install -e '.[test]'``: the editable install is a tree of
links, and a new module is not in it until then), regenerate the README table
with ``python3 -m govlint.cli.rule_table``, and run ``pytest -k <CODE>``.
CONTRIBUTING.md walks through an example.
"""

from __future__ import annotations

import os


def rule_modules(folders) -> tuple[str, ...]:
    """The names of the rule modules in ``folders`` (a package's ``__path__``), sorted: each
    ``name.py`` whose name does not start with ``_`` (read with :func:`os.scandir`, not
    :mod:`pkgutil`, which costs more to import than listing the folder)."""
    names = set()
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            stem, dot, suffix = entry.name.rpartition(".")
            if dot and suffix == "py" and stem.isidentifier() and not stem.startswith("_") and entry.is_file():
                names.add(stem)
    return tuple(sorted(names))


BUILTIN_RULES = rule_modules(__path__)
