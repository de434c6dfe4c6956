"""Hostile inputs for the fuzz test (tests/test_fuzz.py) and the long fuzz run
(bench/fuzz.py): synthetic reports mutated, re-encoded and cut; random bytes; damaged
Word files and web pages.  Every input is made from a seed, so a failure can be
replayed.  Invented text only (no real report is copied)."""

from __future__ import annotations

import io
import random
import time
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import escape

from govlint import Finding
from govlint.syntax.build import build_report
from govlint.engine.fixes import apply_fixes
from govlint.engine.isolation import finding_problem
from govlint.engine.settings import lint_report
from govlint.syntax.source import SourceError, decode
from govlint.syntax.adapters import adapt

from samples import CLEAN, WITH_TABLE_THREE

BASE = (WITH_TABLE_THREE.replace("全年工作平稳。", "全年公开信息120条，其中文件50条、动态70条，同比增长12.5%（含图解(3)篇）。"
                 "联系电话：0839-1234567，邮箱 office@example.gov.cn。"))
PIECES = ["\t", "\n", "\r", "\r\n", "|", "　", "，", "。", "（", "）", "(", ")", "“", "\"", "年", "月", "日",
          "0", "12", "-3", "1,234", "106.36万元", "一、", "（二）", "1.", "其中", "共", "件", "条", "%", "XX",
          "[bookmark: x]", "\x0c", "\ufffd", "\ufeff", "\u200b", "\x1b[31m", "\x00", "二〇二二年", "两千三百",
          "总计", "的的", "进一步进一步", "增强。", "http://a.b/c", "a@b.cn", "\U0001F600", "\ud7ff", "𠀀"]
RUNS = ["a", "7", "二", "(", ")", "（", "“", " ", "\t", "\n", "、", "的", "@", "."]
ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be", "big5", "latin-1"]


def mutated_text(rng: random.Random, base: str = BASE) -> str:
    text = base
    for _ in range(rng.randrange(0, 14)):
        at = rng.randrange(0, len(text) + 1)
        cut = rng.choice([0, 0, 1, 2, 5, 20])
        kind = rng.random()
        if kind < 0.6:
            piece = rng.choice(PIECES)
        elif kind < 0.8:
            piece = rng.choice(RUNS) * rng.choice([50, 500, 5000, 20000])
        else:
            piece = "".join(chr(rng.randrange(0, 0x3000)) for _ in range(rng.randrange(1, 8)))
        text = text[:at] + piece + text[at + cut:]
    return text


def encoded(rng: random.Random, text: str) -> bytes:
    ending = rng.choice(["\n", "\r\n", "\r"])
    text = text.replace("\n", ending) if ending != "\n" else text
    data = text.encode(rng.choice(ENCODINGS), errors="replace" if rng.random() < 0.5 else "ignore")
    if rng.random() < 0.15:
        data = data[:rng.randrange(0, len(data) + 1)]
    return data


def random_bytes(rng: random.Random) -> bytes:
    return bytes(rng.randrange(256) for _ in range(rng.choice([0, 1, 7, 100, 2000])))


_DOCX: bytes | None = None


def _docx_base() -> bytes:
    global _DOCX
    if _DOCX is None:
        import docx

        document = docx.Document()
        for line in CLEAN.strip().split("\n"):
            document.add_paragraph(line)
        table = document.add_table(rows=2, cols=3)
        table.cell(0, 0).merge(table.cell(0, 1)).text = "第二十条第（一）项"
        for col, value in enumerate(["规章", "0", "0"]):
            table.cell(1, col).text = value
        buffer = io.BytesIO()
        document.save(buffer)
        _DOCX = buffer.getvalue()
    return _DOCX


def damaged_docx(rng: random.Random) -> bytes:
    data = _docx_base()
    kind = rng.random()
    if kind < 0.3:                                    # flipped bytes anywhere
        data = bytearray(data)
        for _ in range(rng.randrange(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if kind < 0.4:
        return data[:rng.randrange(len(data))]
    out = io.BytesIO()                                # the document part rewritten
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            content = old.read(item)
            if item.filename == "word/document.xml":
                xml = content.decode("utf-8")
                if rng.random() < 0.5:
                    xml = xml.replace("总体情况", escape(mutated_text(rng, "总体情况")[:5000]))
                if rng.random() < 0.3:
                    xml = xml.replace('w:val="2"', f'w:val="{rng.choice(["0", "-1", "x", "99999999"])}"')
                if rng.random() < 0.3:
                    at = rng.randrange(len(xml))
                    xml = xml[:at] + rng.choice(["<", "&", "\x01", "</w:p>", "<w:p>"]) + xml[at:]
                content = xml.encode("utf-8", errors="replace")
            new.writestr(item.filename, content)
    return out.getvalue()


def damaged_html(rng: random.Random) -> bytes:
    cells = "".join(f'<td colspan="{rng.choice(["1", "2", "0", "-5", "x", "100000000"])}">'
                    f"{escape(rng.choice(PIECES))}</td>" for _ in range(rng.randrange(1, 6)))
    charset = rng.choice(["utf-8", "gbk", "utf-16", "bogus", "latin-1", "gb2312"])
    page = (f'<html><head><meta charset="{charset}"><title>报告</title></head><body>'
            f"<p>{escape(mutated_text(rng))}</p><table><tr>{cells}</tr></table>"
            + rng.choice(["", "<div>" * 500, "<table><tr><td>" * 50, "<script>", "<!--"]) + "</body>")
    return encoded(rng, page)


@dataclass(frozen=True)
class Case:
    seed: int
    kind: str
    path: str
    data: bytes


KINDS = ("text", "text", "text", "bytes", "docx", "html")


def case(seed: int) -> Case:
    rng = random.Random(seed)
    kind = KINDS[seed % len(KINDS)]
    if kind == "text":
        return Case(seed, kind, "r.txt", encoded(rng, mutated_text(rng)))
    if kind == "bytes":
        return Case(seed, kind, rng.choice(["r.txt", "r.docx", "r.html"]), random_bytes(rng))
    if kind == "docx":
        return Case(seed, kind, "r.docx", damaged_docx(rng))
    return Case(seed, kind, "r.html", damaged_html(rng))


def failures(data: bytes, path: str, pm=None) -> list[str]:
    """What went wrong checking these bytes as the file ``path``: [] when govlint read
    it and checked it (or refused it with a one-line error), and fixing it changed no
    number.  Any other exception propagates (a crash)."""
    try:
        source = adapt(data, path) or decode(data, path)
    except SourceError as error:
        line = error.line("en")
        return [] if "\n" not in line else [f"a multi-line error: {line!r}"]
    report = build_report(source.text, path)
    found = lint_report(report, pm=pm)
    problems = [f"{d.code} failed: {d.message_en}" for d in found if d.internal]
    for d in found:
        problem = None if d.internal else finding_problem(
            Finding(d.span, d.message, d.message_en, d.fix, d.notes), source.text, len(report.lines))
        if problem:
            problems.append(f"{d.code}: {problem}")
    fixed = apply_fixes(source.text, found).text
    if fixed != source.text:
        build_report(fixed, path)
    return problems


def timed(data: bytes, path: str, pm=None) -> tuple[list[str], float]:
    started = time.perf_counter()
    problems = failures(data, path, pm)
    return problems, time.perf_counter() - started
