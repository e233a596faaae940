"""What kind of file this is, judged by its bytes, and how its text is encoded and delimited.

The extension lies often (a CSV renamed .xlsx, a web page saved as .xls), so
the first bytes decide. Encodings are chosen among the few that accounting
programs in our markets write, because generic detectors confuse short Polish
cp1250 text with cp1252 without a word.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ltv_desktop.i18n.catalogue import text
from ltv_desktop.io.errors import EmptyFile, EncryptedWorkbook, LockFile, NotASpreadsheet, UnreadableFile
from ltv_desktop.io.filetype import identify, is_excel_2003_xml, is_html, text_head

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_UNCOMPRESSED_BYTES = 1_500_000_000
"""A workbook that unpacks to more than 1.5 GB is refused: no owner's sales export is that big,
but a zip bomb is."""
MAX_COMPRESSION_RATIO = 200
DELIMITERS = (";", ",", "\t", "|")
SNIFF_LINES = 60
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[A-Za-z]")
WORD = re.compile(r"\w+")


def detect_format(path: Path, head: bytes) -> str:
    """One of csv, xlsx, ods, xls, xlsb; raises a plain-worded error for files we must not read."""
    if path.name.startswith("~$"):
        raise LockFile(
            f"'{path.name}' is Excel's lock file, not your workbook. Open '{path.name[2:]}' instead "
            f"(the lock file exists while the workbook is open in Excel).",
            "lock_file",
            {"name": path.name, "workbook": path.name[2:]},
        )
    if not head:
        raise EmptyFile(
            f"'{path.name}' is empty (0 bytes). Export the report again.", "zero_bytes", {"name": path.name}
        )
    if head.startswith(ZIP_MAGIC):
        return _zip_kind(path)
    if head.startswith(OLE_MAGIC):
        if _looks_encrypted(path):
            raise EncryptedWorkbook(
                f"'{path.name}' is protected with a password. Open it in Excel, remove the password "
                f"(File → Info → Protect Workbook) and save it again, then import that copy.",
                "encrypted",
                {"name": path.name},
            )
        return "xls"
    kind = identify(head)
    if kind is not None:
        raise not_a_spreadsheet(path, kind)
    start = text_head(head)
    if is_excel_2003_xml(start):
        raise NotASpreadsheet(
            text("files.excel_2003_xml", "en", name=path.name), "files.excel_2003_xml", {"name": path.name}
        )
    if is_html(start):
        raise UnreadableFile(
            f"'{path.name}' is a web page (HTML) saved with a spreadsheet name, not a real workbook. "
            f"Open it in Excel and save it as .xlsx, or export the report as CSV.",
            "html_as_workbook",
            {"name": path.name},
        )
    if start.startswith(b"<?xml"):
        raise not_a_spreadsheet(path, "xml")
    return "csv"


def not_a_spreadsheet(path: Path, kind: str) -> NotASpreadsheet:
    """'x.xlsx' is a PNG picture, not a spreadsheet: the kind named in English here, by code for the window."""
    params = {"name": path.name, "kind": text(f"files.kind.{kind}", "en"), "kind_code": kind}
    return NotASpreadsheet(text("files.not_a_spreadsheet", "en", **params), "files.not_a_spreadsheet", params)


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            unpacked = sum(info.file_size for info in infos)
            packed = sum(info.compress_size for info in infos) or 1
            if unpacked > MAX_UNCOMPRESSED_BYTES or (
                unpacked > 100_000_000 and unpacked / packed > MAX_COMPRESSION_RATIO
            ):
                raise UnreadableFile(
                    f"'{path.name}' would unpack to {unpacked / 1e9:.1f} GB; that is not a sales export, "
                    f"so it was not opened.",
                    "zip_too_large",
                    {"name": path.name, "gigabytes": f"{unpacked / 1e9:.1f}"},
                )
            if "mimetype" in names and archive.read("mimetype").startswith(
                b"application/vnd.oasis.opendocument.spreadsheet"
            ):
                return "ods"
            if any(name.lower().endswith(".bin") and name.lower().startswith("xl/worksheets/") for name in names):
                return "xlsb"
            if any(name.lower().startswith("xl/") for name in names):
                return "xlsx"
            other = _other_document(archive, names)
    except zipfile.BadZipFile:
        raise UnreadableFile(
            f"'{path.name}' is damaged or was not downloaded completely. Download or export it again.",
            "damaged",
            {"name": path.name},
        ) from None
    raise not_a_spreadsheet(path, other)


def _other_document(archive: zipfile.ZipFile, names: set[str]) -> str:
    """Which office document (or plain archive) a zip that holds no workbook is."""
    lowered = {name.lower() for name in names}
    if "word/document.xml" in lowered:
        return "docx"
    if any(name.startswith("ppt/") for name in lowered):
        return "pptx"
    if "mimetype" in names and archive.read("mimetype").startswith(b"application/vnd.oasis.opendocument"):
        return "odt"
    return "zip"


def _looks_encrypted(path: Path) -> bool:
    """An encrypted .xlsx is an OLE container holding EncryptionInfo and EncryptedPackage streams."""
    with path.open("rb") as handle:
        data = handle.read(1 << 20)
    return "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data


def decode(raw: bytes, forced: str | None = None) -> tuple[str, str]:
    """Text and the encoding it was read with: BOMs first, then UTF-8, then cp1251 or cp1250."""
    if forced:
        try:
            return raw.decode(forced), forced
        except (LookupError, UnicodeDecodeError) as error:
            raise UnreadableFile(
                f"The file cannot be read as {forced}: {error}", "wrong_encoding", {"encoding": forced}
            ) from None
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16-le" if raw.startswith(b"\xff\xfe") else "utf-16-be"
        return raw[2:].decode(encoding, errors="replace"), encoding
    sample = raw[:4000]
    if sample.count(b"\x00") > len(sample) // 4:
        encoding = "utf-16-le" if sample[1::2].count(b"\x00") > sample[0::2].count(b"\x00") else "utf-16-be"
        return raw.decode(encoding, errors="replace"), encoding
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    as_cyrillic = raw.decode("cp1251", errors="replace")
    mixed = pure = 0
    for word in WORD.findall(as_cyrillic[:200_000]):
        if CYRILLIC.search(word):
            if LATIN.search(word):
                mixed += 1
            else:
                pure += 1
    if mixed > pure:
        return raw.decode("cp1250", errors="replace"), "cp1250"
    return as_cyrillic, "cp1251"


QUOTED = re.compile(r'"[^"]*"')


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the most sample lines into the same number (> 1) of fields.

    Quoted parts are removed first, so `;` inside "Kowalski; Jan" does not vote;
    title lines above the table have no delimiter and do not vote either.
    """
    lines = [QUOTED.sub("", line) for line in text[:200_000].splitlines()[:SNIFF_LINES] if line.strip()]
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        counts = [line.count(delimiter) for line in lines]
        nonzero = [count for count in counts if count]
        if not nonzero:
            continue
        modal = max(set(nonzero), key=nonzero.count)
        score = (nonzero.count(modal), modal)
        if score > best_score:
            best, best_score = delimiter, score
    return best


CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
ASCII_COMPATIBLE = ("utf-8", "utf-8-sig", "cp1251", "cp1250")
"""Encodings whose bytes below 0x80 are always those ASCII characters (so a control byte is a control character)."""


def has_control_bytes(raw: bytes) -> bool:
    """Whether the raw bytes of an ASCII-compatible file hold a control character.

    Deleting them in C and comparing lengths takes half the time of the regex
    over the decoded text of a 70 MB export.
    """
    return len(raw.translate(None, CONTROL_BYTES)) != len(raw)


def strip_control(text: str) -> str:
    """Remove NUL and other control characters (tab, CR and LF stay: they structure the file)."""
    return CONTROL.sub("", text) if CONTROL.search(text) else text
