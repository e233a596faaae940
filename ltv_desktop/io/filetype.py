"""What a file is, told by its first bytes, for the files that are not tables at all.

An owner picks the wrong file more often than one would think: the shop's logo,
the PDF invoice, the zipped download, the installer. Read as text, any of them
becomes a "table" whose column names are binary junk; so the magic numbers that
every such format starts with are checked first, and the answer names the kind
of file ("a PNG picture") instead of showing its bytes.
"""

from __future__ import annotations

import re

MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"%PDF-", "pdf"),
    (b"\x1f\x8b", "gzip"),
    (b"Rar!\x1a\x07", "rar"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"\x7fELF", "elf"),
    (b"\xfe\xed\xfa\xce", "macho"),
    (b"\xfe\xed\xfa\xcf", "macho"),
    (b"\xce\xfa\xed\xfe", "macho"),
    (b"\xcf\xfa\xed\xfe", "macho"),
    (b"\xca\xfe\xba\xbe", "macho"),
    (b"SQLite format 3\x00", "sqlite"),
    (b"ID3\x02", "audio_video"),
    (b"ID3\x03", "audio_video"),
    (b"ID3\x04", "audio_video"),
    (b"OggS", "audio_video"),
    (b"fLaC", "audio_video"),
    (b"\x1aE\xdf\xa3", "audio_video"),
)
"""Signatures long and odd enough that no CSV starts with them."""

CONTROL_BYTES = frozenset([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
BINARY_SHARE = 0.05
"""Text has next to no control bytes (a stray NUL or two); random or packed bytes have about 12 %."""

EXCEL_2003 = re.compile(rb"urn:schemas-microsoft-com:office:spreadsheet|progid=\"excel\.sheet\"")
HTML_START = (
    b"<!doctype html", b"<html", b"<table", b"<meta", b"<head", b"<body", b"<style", b"<title", b"<div", b"<tr",
)  # fmt: skip


def identify(head: bytes) -> str | None:
    """The kind of a file that is surely not a table (`png`, `pdf`, `exe`, …), or None.

    Zip and OLE containers are not judged here: their contents decide (sniff.detect_format).
    """
    for magic, kind in MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(b"RIFF") and head[8:12] in (b"WAVE", b"AVI "):
        return "audio_video"
    if head[4:8] == b"ftyp":
        return "audio_video"
    if head.startswith(b"BM") and len(head) > 10 and head[6:10] == b"\x00\x00\x00\x00":
        return "bmp"
    if head.startswith(b"MZ") and b"\x00" in head[:64]:
        return "exe"
    if looks_binary(head):
        return "binary"
    return None


UTF16_HIGH_BYTES = frozenset([0x00, 0x01, 0x03, 0x04, 0x20, 0x21])
"""High bytes of UTF-16 text in our languages: ASCII, Latin Extended (ł), Greek/Cyrillic, punctuation (–, €, №)."""


def utf16_encoding(head: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` for UTF-16 text without a byte-order mark, else None.

    Every other byte is a high byte from a handful of values (NUL for ASCII, 0x04 for Cyrillic), and the
    low bytes are not NUL: a Russian text with few digits has few NULs but still that shape.
    """
    sample = head[: 4000 - 4000 % 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    for high, low, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        nul_high = high.count(0)
        if (
            nul_high > 0.1 * len(high)
            and low.count(0) < 0.05 * len(low)
            and sum(1 for byte in high if byte in UTF16_HIGH_BYTES) > 0.95 * len(high)
        ):
            return encoding
    return None


def utf16_text(head: bytes) -> str | None:
    """The head as text when it is UTF-16 (with a byte-order mark, or by the shape of its bytes)."""
    if head.startswith(b"\xff\xfe"):
        return head[2:].decode("utf-16-le", errors="replace")
    if head.startswith(b"\xfe\xff"):
        return head[2:].decode("utf-16-be", errors="replace")
    encoding = utf16_encoding(head)
    if encoding is None:
        return None
    sample = head[: 4000 - 4000 % 2]
    return sample.decode(encoding, errors="replace")


def looks_binary(head: bytes) -> bool:
    """Many control bytes and not UTF-16: not text in any encoding an export uses."""
    sample = head[:4096]
    if not sample or utf16_text(sample) is not None:
        return False
    control = sum(1 for byte in sample if byte in CONTROL_BYTES)
    return control > max(2, BINARY_SHARE * len(sample))


def text_head(head: bytes) -> bytes:
    """The start of a text file, lower-cased ASCII, whatever its encoding: for recognising markup."""
    as_utf16 = utf16_text(head)
    if as_utf16 is not None:
        head = as_utf16.encode("ascii", errors="ignore")
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()


def is_excel_2003_xml(start: bytes) -> bool:
    """SpreadsheetML 2003: an XML workbook Excel wrote before .xlsx (`<?mso-application progid="Excel.Sheet"?>`)."""
    return start.startswith(b"<?xml") and EXCEL_2003.search(start[:8192]) is not None


def is_html(start: bytes) -> bool:
    """A web page: many shops' "Excel" exports are an HTML table saved as .xls."""
    if start.startswith(HTML_START) or b"<html" in start[:1024]:
        return True
    return start.startswith((b"<!--", b"<?xml")) and (b"<html" in start[:4096] or b"<table" in start[:4096])
