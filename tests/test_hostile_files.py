"""Files that are damaged, hostile or not files at all: each is one clear line for that
file (exit 2), never a traceback, a hang or a blow-up, and the other files are checked."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import time
import zipfile

import docx
import pytest

from govlint import Settings
from govlint.syntax.adapters import MAX_COLSPAN
from govlint.cli.runner import check_files
from govlint.syntax.source import SourceError
from govlint.syntax.files import read_file

from samples import CLEAN, UNFINISHED


def _word_bytes() -> bytes:
    document = docx.Document()
    for line in UNFINISHED.strip().split("\n"):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _repack(data: bytes, change, compression=zipfile.ZIP_DEFLATED) -> bytes:
    """The package with word/document.xml replaced by ``change(old_xml)``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            content = old.read(item)
            if item.filename == "word/document.xml":
                new.writestr(item.filename, change(content), compress_type=compression)
            else:
                new.writestr(item, content)
    return out.getvalue()


def _patch_central(data: bytes, name: bytes, offset: int, value: bytes) -> bytes:
    """Overwrite a field of one member's central directory record (and its local header)."""
    data = bytearray(data)
    central = data.find(b"PK\x01\x02" + bytes(0))
    while central >= 0:
        length = struct.unpack("<H", data[central + 28:central + 30])[0]
        if data[central + 46:central + 46 + length] == name:
            data[central + offset:central + offset + len(value)] = value
            local = struct.unpack("<I", data[central + 42:central + 46])[0]
            data[local + offset - 2:local + offset - 2 + len(value)] = value
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def _corrupt_deflate(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        info = package.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data = bytearray(data)
    for k in range(start + 10, start + min(info.compress_size, 200), 7):
        data[k] ^= 0x5A
    return bytes(data)


DAMAGED = {
    "truncated": lambda d: d[: len(d) // 2],
    "malformed_xml": lambda d: _repack(d, lambda xml: xml[: len(xml) // 2]),
    "control_characters": lambda d: _repack(d, lambda xml: xml.replace("增强".encode(), b"\x01\x02\x1b[31m")),
    "huge_text_node": lambda d: _repack(d, lambda xml: xml.replace("增强".encode(), b"x" * 11_000_000)),
    "bzip2_member": lambda d: _repack(d, lambda xml: xml, zipfile.ZIP_BZIP2),
    "unknown_compression": lambda d: _patch_central(d, b"word/document.xml", 10, struct.pack("<H", 99)),
    "encrypted_member": lambda d: _patch_central(d, b"word/document.xml", 8, struct.pack("<H", 1)),
    "corrupt_deflate": _corrupt_deflate,
    "no_document_part": lambda d: d.replace(b"word/document.xml", b"word/documant.xml"),
    "future_zip_version": lambda d: _patch_central(d, b"word/document.xml", 6, struct.pack("<H", 139)),
}


@pytest.fixture(scope="module")
def word_bytes():
    return _word_bytes()


@pytest.mark.parametrize("damage", sorted(DAMAGED))
def test_a_damaged_docx_is_one_line(tmp_path, word_bytes, damage):
    path = tmp_path / f"{damage}.docx"
    path.write_bytes(DAMAGED[damage](word_bytes))
    with pytest.raises(SourceError) as info:
        read_file(str(path))
    assert "docx" in info.value.reason_en.lower() or "Word" in info.value.reason
    assert "\n" not in info.value.line("zh") and "\n" not in info.value.line("en")


def test_damaged_docx_files_do_not_stop_a_batch_over_processes(tmp_path, word_bytes):
    jobs = []
    for damage in sorted(DAMAGED):
        path = tmp_path / f"{damage}.docx"
        path.write_bytes(DAMAGED[damage](word_bytes))
        jobs.append((str(path), Settings()))
    good = tmp_path / "good.txt"
    good.write_text(UNFINISHED, encoding="utf-8")
    jobs.insert(3, (str(good), Settings()))
    results = list(check_files(jobs, workers=2))
    assert [r.path for r in results] == [path for path, _ in jobs]
    for result in results:
        if result.path.endswith(".docx"):
            assert result.failed and len(result.errors) == 1
        else:
            assert not result.failed and "W101" in {d.code for d in result.diagnostics}


def test_a_docx_that_unpacks_past_the_limit_is_refused_unread(tmp_path, word_bytes):
    bomb = _repack(word_bytes, lambda xml: xml.replace(b"</w:body>", b" " * 3_000_000 + b"</w:body>"))
    assert len(bomb) < 100_000
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb)
    with pytest.raises(SourceError) as info:
        read_file(str(path), limit=1_000_000)
    assert "max-file-size" in info.value.reason_en
    assert read_file(str(path)).kind == "docx"     # under the default limit it is read


def test_a_docx_cell_spanning_millions_of_columns_is_capped(tmp_path, word_bytes):
    def widen(xml):
        document = docx.Document(io.BytesIO(word_bytes))
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).merge(table.cell(0, 1)).text = "合计"
        buffer = io.BytesIO()
        document.save(buffer)
        with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as package:
            wide = package.read("word/document.xml")
        return wide.replace(b'w:gridSpan w:val="2"', b'w:gridSpan w:val="100000000"')
    path = tmp_path / "wide.docx"
    path.write_bytes(_repack(word_bytes, widen))
    started = time.monotonic()
    text = read_file(str(path)).text
    assert time.monotonic() - started < 5
    assert max(line.count("\t") for line in text.split("\n")) < MAX_COLSPAN


def test_an_html_span_of_a_hundred_million_is_capped(tmp_path):
    path = tmp_path / "wide.html"
    path.write_bytes(b'<table><tr><td colspan="100000000">1</td></tr></table>')
    started = time.monotonic()
    text = read_file(str(path)).text
    assert time.monotonic() - started < 5 and len(text) < 1000


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_named_like_a_report_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "report.txt"
    os.mkfifo(fifo)
    with pytest.raises(SourceError) as info:
        read_file(str(fifo))
    assert "regular file" in info.value.reason_en


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_is_refused():
    with pytest.raises(SourceError) as info:
        read_file("/dev/zero")
    assert "regular file" in info.value.reason_en


def test_the_size_limit_is_kept_and_configurable(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(CLEAN + "无。\n" * 2000, encoding="utf-8")
    with pytest.raises(SourceError) as info:
        read_file(str(path), limit=10_000)
    assert "max-file-size" in info.value.reason_en
    assert read_file(str(path), limit=0).text.startswith("青川市")          # 0: no limit
    (tmp_path / "govlint.toml").write_text('max-file-size = "10 KB"\n', encoding="utf-8")
    result = _cli([str(path)], cwd=tmp_path)
    stderr = result.stderr.decode()
    assert result.returncode == 2 and "big.txt: larger than the size limit" in stderr and "Traceback" not in stderr


def _cli(args, cwd, stdin=b""):
    env = dict(os.environ, GOVLINT_NO_PLUGINS="1")
    return subprocess.run([sys.executable, "-m", "govlint", *args, "--lang", "en"], input=stdin,
                          capture_output=True, env=env, cwd=cwd, timeout=120)


def test_binary_stdin_with_jobs_is_one_line_and_the_files_are_checked(tmp_path):
    (tmp_path / "a.txt").write_text(UNFINISHED, encoding="utf-8")
    result = _cli(["-", "a.txt", "--jobs", "2"], tmp_path, stdin=bytes(range(256)) * 50)
    stderr = result.stderr.decode()
    assert "-: binary file" in stderr and "Traceback" not in stderr
    assert "a.txt:12:8: error W101" in result.stdout.decode()
    assert result.returncode == 2
