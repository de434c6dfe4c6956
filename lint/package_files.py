"""The data files govlint ships inside its packages (the grammar, the lexicon, the
dictionary of confusions, the audit page's script), found without :mod:`importlib.resources`.

Importing :mod:`importlib.resources` pulls in :mod:`tempfile`, :mod:`shutil` and
:mod:`zipfile`, a twentieth of a one-file run's start-up, although an installed package
is almost always a folder on disk.  :func:`file` names the file next to the package's
``__init__`` when there is one; only a package that is not a folder (inside a zip
archive) is read through :mod:`importlib.resources`, which then returns a
:class:`~importlib.resources.abc.Traversable` with the same ``read_text`` and
``read_bytes``.
"""

from __future__ import annotations

import importlib
import os


class PackageFile:
    """A file on disk with the reading methods of a :class:`~pathlib.Path` that callers
    use (``read_text``, ``read_bytes``), and its path for :func:`open` (``os.fspath``)."""

    __slots__ = ("path",)

    def __init__(self, path: str):
        self.path = path

    def __fspath__(self) -> str:
        return self.path

    def __repr__(self) -> str:
        return f"PackageFile({self.path!r})"

    def read_bytes(self) -> bytes:
        with open(self.path, "rb") as handle:
            return handle.read()

    def read_text(self, encoding: str = "utf-8") -> str:
        with open(self.path, encoding=encoding) as handle:
            return handle.read()


def file(package: str, *parts: str):
    """The file ``parts`` of ``package``: a :class:`PackageFile` when the package is a
    folder on disk, else what :func:`importlib.resources.files` gives for it."""
    module = importlib.import_module(package)
    where = getattr(module, "__file__", None)
    if where:
        folder = os.path.dirname(where)
        if os.path.isdir(folder):
            return PackageFile(os.path.join(folder, *parts))
    from importlib import resources

    return resources.files(package).joinpath(*parts)


def read_text(package: str, *parts: str) -> str:
    """The UTF-8 text of the file ``parts`` of ``package``."""
    return file(package, *parts).read_text(encoding="utf-8")
