"""What kind of file this is, judged by its bytes, and how its text is encoded and delimited.

The extension lies often (a CSV renamed .xlsx, a web page saved as .xls), so
the first bytes decide. Encodings are chosen among the few that accounting
programs in our markets write, because generic detectors confuse short Polish
cp1250 text with cp1252 without a word.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from pathlib import Path

from ltv_desktop.io.errors import EmptyFile, EncryptedWorkbook, LockFile, NotASpreadsheet, UnreadableFile
from ltv_desktop.io.filetype import identify, is_excel_2003_xml, is_html, text_head, utf16_encoding

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_UNCOMPRESSED_BYTES = 1_500_000_000
"""A workbook that unpacks to more than 1.5 GB is refused: no owner's sales export is that big,
but a zip bomb is."""
MAX_COMPRESSION_RATIO = 200
DELIMITERS = (";", ",", "\t", "|")
SNIFF_LINES = 1000
"""Lines the delimiter is judged on: title lines above a deep header have no delimiter and do not vote."""


def detect_format(path: Path, head: bytes) -> str:
    """One of csv, xlsx, ods, xls, xlsb; raises a plain-worded error for files we must not read."""
    if path.name.startswith("~$"):
        raise LockFile.because("lock_file", name=path.name, workbook=path.name[2:])
    if not head:
        raise EmptyFile.because("zero_bytes", name=path.name)
    if head.startswith(ZIP_MAGIC):
        return _zip_kind(path)
    if head.startswith(OLE_MAGIC):
        if _looks_encrypted(path):
            raise EncryptedWorkbook.because("encrypted", name=path.name)
        return "xls"
    kind = identify(head)
    if kind is not None:
        raise not_a_spreadsheet(path, kind)
    start = text_head(head)
    if is_excel_2003_xml(start):
        raise NotASpreadsheet.because("files.excel_2003_xml", name=path.name)
    if is_html(start):
        raise UnreadableFile.because("html_as_workbook", name=path.name)
    if start.startswith(b"<?xml"):
        raise not_a_spreadsheet(path, "xml")
    return "csv"


def not_a_spreadsheet(path: Path, kind: str) -> NotASpreadsheet:
    """'x.xlsx' is a PNG picture, not a spreadsheet: one sentence (and code) per kind of file."""
    return NotASpreadsheet.because(f"files.not_a_spreadsheet.{kind}", name=path.name)


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
                raise UnreadableFile.because("zip_too_large", name=path.name, gigabytes=f"{unpacked / 1e9:.1f}")
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
        raise UnreadableFile.because("damaged", name=path.name) from None
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
    """Text and the encoding it was read with: BOMs first, then UTF-8, then the best-scoring code page."""
    if forced:
        try:
            return raw.decode(forced), forced
        except (LookupError, UnicodeDecodeError):
            raise UnreadableFile.because("wrong_encoding", encoding=forced) from None
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16-le" if raw.startswith(b"\xff\xfe") else "utf-16-be"
        return raw[2:].decode(encoding, errors="replace"), encoding
    utf16 = utf16_encoding(raw[:4000])
    if utf16 is not None:
        return raw[: len(raw) - len(raw) % 2].decode(utf16, errors="replace"), utf16
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = candidate_encodings(raw)[0]
    return raw.decode(encoding, errors="replace"), encoding


CODE_PAGES = ("cp1252", "cp1250", "cp1251")
"""The one-byte encodings exports in our markets are written in: Western, Central European, Cyrillic.
Listed in the order that settles a tie (a tie means they spell the file the same)."""
HIGH_WORD = re.compile(rb"[A-Za-z0-9]*[\x80-\xff][\x80-\xffA-Za-z0-9]*")
"""A run of bytes holding at least one non-ASCII byte, with the ASCII letters and digits glued to it."""
SCORED_WORDS = 5000
LATIN_ACCENTED = frozenset(
    "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"  # Polish
    "áčďéěíňřšťúůýžÁČĎÉĚÍŇŘŠŤÚŮÝŽ"  # Czech, Slovak
    "äöüßÄÖÜ"  # German
    "àâæçèêëîïôœùûÿÀÂÇÈÊËÎÏÔŒÙÛ"  # French
    "ñÑãõ"  # Spanish, Portuguese
    "åøÅØ"  # Nordic
)
"""Letters the languages of our owners' customers use; other accented Latin letters score nothing."""
UNLIKELY_SPELLINGS = re.compile(
    r"[ñÑ](?![aeiouAEIOU])|[ńŃ](?=[aeiouyąęóAEIOUYĄĘÓ])|[œŒ](?![uU])|[æêÊ](?![A-Za-z])|[iI]ê|\b[ąęĄĘ]|\w[ŸŒÆ]",
)
"""Spellings only a wrong code page makes, among the letters cp1252 and cp1250 swap: Spanish ñ is always
followed by a vowel, Polish ń never; French œ comes before u; no Danish æ or French ê ends a word, French
writes no "iê" (Polish "ię" is everywhere: się, więc); no
Polish word starts with ą or ę; capitals Ÿ, Œ, Æ do not follow a letter."""
CYRILLIC_ONE_LETTER_WORDS = frozenset("вВсСиИкКоОуУяЯаАжЖбБ")
"""Cyrillic letters that are words on their own (в, с, и, к, о, у, я, а; ж and б as abbreviations)."""


def candidate_encodings(raw: bytes) -> list[str]:
    """The encodings this file may be in, most plausible first, for the importer to try in turn.

    UTF-8 that decodes cleanly and holds non-ASCII text leads (a one-byte text almost never forms valid
    UTF-8 sequences); otherwise each code page is scored by what its reading of the non-ASCII bytes
    spells: whole Cyrillic words, accented letters inside Latin words, currency signs beside digits
    score; a letter glued to a number (`Ј15.30`), a symbol inside a word (`Ma³gorzata`), a Latin word
    made only of accents (`Ðîìàøêà`) or a Cyrillic letter inside a Latin word (`Maіgorzata`) costs.
    """
    words = _high_words(raw)
    try:
        raw[:2_000_000].decode("utf-8")
        utf8 = ["utf-8"]
    except UnicodeDecodeError as error:
        utf8 = ["utf-8"] if len(raw) > 2_000_000 and error.start >= 2_000_000 - 4 else []  # cut by the sample
    if not words:
        return ["utf-8"]
    scores = {encoding: sum(_word_score(word, encoding) for word in words) for encoding in CODE_PAGES}
    ranked = sorted(CODE_PAGES, key=lambda encoding: -scores[encoding])  # stable: ties keep CODE_PAGES' order
    return utf8 + ranked


def _high_words(raw: bytes) -> list[bytes]:
    words: list[bytes] = []
    for found in HIGH_WORD.finditer(raw, 0, min(len(raw), 2_000_000)):
        words.append(found.group())
        if len(words) >= SCORED_WORDS:
            break
    return words


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _word_score(word: bytes, encoding: str) -> float:
    """How plausible one non-ASCII word is when read in `encoding` (positive: a word; negative: garbage)."""
    try:
        text = word.decode(encoding)
    except UnicodeDecodeError:
        return -5.0  # a byte this code page does not define
    cyrillic = sum(1 for ch in text if _is_cyrillic(ch))
    ascii_letters = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    digits = sum(1 for ch in text if ch.isdigit())
    accented = [ch for ch in text if ch.isalpha() and not ch.isascii() and not _is_cyrillic(ch)]
    score = 0.0
    if cyrillic:
        if ascii_letters or accented:
            score -= 2 * cyrillic  # Maіgorzata: a Latin letter misread as Cyrillic
        elif digits:
            score -= cyrillic  # Ј15.30
        elif cyrillic == 1:
            score += 0.5 if text in CYRILLIC_ONE_LETTER_WORDS else -1
        else:
            score += cyrillic
    if accented:
        if digits and not ascii_letters:
            score -= len(accented)  # Ł15.30
        elif len(accented) == 1 and not ascii_letters:
            score -= 0.5  # a lone accented capital, as "Ł" or "Ð"
        else:
            known = sum(1 if ch in LATIN_ACCENTED else -1 for ch in accented)
            known -= 2 * len(UNLIKELY_SPELLINGS.findall(text))
            score += known if ascii_letters else known / 2  # ðîìàøêà: Cyrillic read as Western accents
    for position, ch in enumerate(text):
        if ch.isascii() or ch.isalpha():
            continue
        category = unicodedata.category(ch)
        before = text[position - 1] if position else ""
        after = text[position + 1] if position + 1 < len(text) else ""
        if (before.isalpha() or after.isalpha()) and category not in ("Pd", "Pf", "Pi", "Zs"):
            score -= 2  # Ma³gorzata, £ukasz: a symbol where a letter belongs
        elif category == "Sc":
            score += 1  # £15.30, 12,50 €
        elif category[0] in "SPN":
            score += 0.25
    return score


QUOTED = re.compile(r'"[^"]*"')


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the most sample lines into the same number (> 1) of fields.

    Quoted parts are removed first, so `;` inside "Kowalski; Jan" does not vote;
    title lines above the table have no delimiter and do not vote either.
    """
    lines = [QUOTED.sub("", line) for line in text[:1_000_000].splitlines()[:SNIFF_LINES] if line.strip()]
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
ASCII_COMPATIBLE = ("utf-8", "utf-8-sig", "cp1251", "cp1250", "cp1252")
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
