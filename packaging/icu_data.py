"""A smaller ICU data library for the Linux bundle: only the ICU data that Qt reads.

PyPI's Qt for Linux links ICU, and ICU's data library (libicudata.so.NN, ~31 MB) holds data for every
ICU service. Qt calls only four of them (checked with `nm -D --undefined-only` on every bundled Qt
library: u_strToUpper/u_strToLower, ucal_* for time-zone ids and names, ucnv_* for text codecs and
ucol_* for QCollator), and none of those read the display names of currencies, languages, regions
and units, the break-iterator rules and dictionaries, spelled-out numbers, transliterators or
Unicode character names. This module rebuilds the library without those trees; every other item is
copied byte for byte, so collation, codecs, case mapping and time zones behave as before.

The data is ICU's "common data" format (a header, a table of contents sorted by name, 16-byte
aligned items) in the one exported symbol icudtNN_dat; the new library exports the same symbol and
soname. Building it needs a C compiler (cc); without one the bundle keeps the full library.

    python packaging/icu_data.py SOURCE.so TARGET.so     # writes TARGET.so and prints the sizes
"""

from __future__ import annotations

import itertools
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# Item trees (and single items) of ICU's data that no Qt code path reads.
DROP_TREES = ("brkitr", "curr", "lang", "rbnf", "region", "translit", "unit")
DROP_ITEMS = ("unames.icu",)


def _elf_symbol(data: bytes, wanted: re.Pattern) -> tuple[str, int, int]:
    """(name, file offset, size) of the first dynamic symbol whose name matches (ELF64 little-endian)."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    phoff, shoff = struct.unpack_from("<QQ", data, 0x20)
    phentsize, phnum, shentsize, shnum = struct.unpack_from("<HHHH", data, 0x36)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    segments = [struct.unpack_from("<IIQQQQQQ", data, phoff + i * phentsize) for i in range(phnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link]
        for start in range(offset, offset + size, entsize):
            st_name, _st_info, _other, _shndx, value, sym_size = struct.unpack_from("<IBBHQQ", data, start)
            name_start = strtab[4] + st_name
            name = data[name_start : data.index(b"\0", name_start)].decode()
            if wanted.fullmatch(name):
                for p_type, _pflags, p_offset, p_vaddr, _paddr, p_filesz, _memsz, _palign in segments:
                    if p_type == 1 and p_vaddr <= value < p_vaddr + p_filesz:  # PT_LOAD
                        return name, value - p_vaddr + p_offset, sym_size
    raise ValueError("no ICU data symbol (icudtNN_dat) in this library")


def read_items(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and (name, item) pairs of an ICU common-data blob, in table-of-contents order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD" or blob[8] != 0:
        raise ValueError("not little-endian ICU common data")
    toc = header_size
    (count,) = struct.unpack_from("<I", blob, toc)
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    starts = [*sorted(data_offset for _, data_offset in entries), len(blob) - toc]
    end_of = dict(itertools.pairwise(starts))
    items = []
    for name_offset, data_offset in entries:
        name = blob[toc + name_offset : blob.index(b"\0", toc + name_offset)].decode("ascii")
        items.append((name, blob[toc + data_offset : toc + end_of[data_offset]]))
    return blob[:header_size], items


def write_items(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU common-data blob: the header, the sorted table of contents, names, 16-byte aligned items."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    position = table_size + len(names)
    position += -(len(header) + position) % 16
    body, entries, name_offset = bytearray(), [], table_size
    for name, data in items:
        entries.append((name_offset, position + len(body)))
        name_offset += len(name) + 1
        body += data + b"\0" * (-len(data) % 16)
    table = struct.pack("<I", len(items)) + b"".join(struct.pack("<II", *entry) for entry in entries)
    padding = b"\0" * (entries[0][1] - table_size - len(names)) if entries else b""
    return header + table + names + padding + bytes(body)


def keep_item(name: str) -> bool:
    """Whether an item (e.g. 'icudt73l/coll/ru.res') stays: everything but the trees Qt never reads."""
    parts = name.split("/")
    inner = parts[1:] if len(parts) > 1 else parts
    return not (inner[0] in DROP_TREES and len(inner) > 1) and inner[-1] not in DROP_ITEMS


def trim(blob: bytes) -> bytes:
    header, items = read_items(blob)
    return write_items(header, [item for item in items if keep_item(item[0])])


def build_library(source: Path, target: Path, compiler: str | None = None) -> tuple[int, int]:
    """Write a trimmed copy of the ICU data library `source` to `target`; (old size, new size) in bytes."""
    compiler = compiler or shutil.which("cc") or shutil.which("gcc")
    if not compiler:
        raise FileNotFoundError("no C compiler (cc) to build the trimmed ICU data library")
    data = source.read_bytes()
    symbol, offset, size = _elf_symbol(data, re.compile(r"icudt\d+_dat"))
    trimmed = trim(data[offset : offset + size])
    soname = source.name
    with tempfile.TemporaryDirectory() as work:
        blob, assembly = Path(work) / "icudt.dat", Path(work) / "icudt.S"
        blob.write_bytes(trimmed)
        assembly.write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n"
            f'\t.incbin "{blob}"\n\t.size {symbol}, .-{symbol}\n\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(
            [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(target), str(assembly)],
            check=True,
        )
    check = target.read_bytes()
    _, new_offset, new_size = _elf_symbol(check, re.compile(re.escape(symbol)))
    if check[new_offset : new_offset + new_size] != trimmed:
        raise RuntimeError("the rebuilt ICU data library does not hold the trimmed data")
    return len(data), len(check)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    before, after = build_library(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"ICU data library: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
