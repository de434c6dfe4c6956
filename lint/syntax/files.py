"""Reading a report, whatever its kind: the bytes of a file (or of standard input)
handed to the adapter a converted format needs (.docx, .html, .pdf: see
:mod:`govlint.syntax.adapters`), else decoded as text (:mod:`govlint.syntax.source`).

Above both: the adapters build on the text decoder, and the choice between them
is made here, so neither imports the other's caller.
"""

from __future__ import annotations

import os
import stat

from govlint.syntax.source import DEFAULT_MAX_BYTES, Source, SourceError, adapted, decode, read_limited, too_large


def read_bytes(data: bytes, path: str, limit: int = DEFAULT_MAX_BYTES) -> Source:
    """The report in ``data``, read as the kind ``path`` names (or a PDF its bytes show)."""
    if not adapted(data, path):
        return decode(data, path)
    # imported only here: a plain-text run never loads the zip, HTML and PDF readers
    from govlint.syntax.adapters import adapt

    return adapt(data, path, limit)


def read_file(path: str, limit: int = DEFAULT_MAX_BYTES) -> Source:
    """Read and decode a report file.  Only regular files are read (a FIFO or a device
    could block or never end), and at most ``limit`` bytes (0: no limit)."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(info.st_mode):
            raise SourceError(path, "不是普通文件（管道或设备），不读取", "not a regular file (a pipe or a device): not read")
        if limit > 0 and info.st_size > limit:
            raise too_large(path, limit)
        with open(path, "rb") as handle:
            data = read_limited(handle, path, limit)
    except FileNotFoundError:
        raise SourceError(path, "文件不存在", "no such file") from None
    except IsADirectoryError:
        raise SourceError(path, "是目录，不是文件", "is a directory") from None
    except PermissionError:
        raise SourceError(path, "没有读取权限", "permission denied") from None
    except OSError as exc:
        raise SourceError(path, f"无法读取：{exc.strerror}", f"cannot read: {exc.strerror}") from None
    return read_bytes(data, path, limit)
