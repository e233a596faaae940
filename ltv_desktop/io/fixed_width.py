"""Whitespace-aligned text (`.txt`, `.prn`, printed reports): columns told by where the text stands.

Older accounting programs and "print to file" write tables as columns padded
with spaces, no delimiter at all. Splitting at runs of spaces would shift every
value after an empty cell, so the columns are found by position instead: the
character positions that are blank in the header and in every data line are
the gaps between columns; each line is then cut at the same places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ltv_desktop.io.mapping import header_score

SAMPLE_LINES = 1000
GAP = re.compile(r"\S(?: {2,})\S")
"""Two words apart by at least two spaces: how aligned columns look inside a line."""
DELIMITER_CHARACTERS = re.compile(r"[;\t|]|,(?!\d)")
"""A delimited line has one of these; a comma followed by a digit may be an amount (1,234.50), not a delimiter."""
RUNS = re.compile(r" {2,}")
MIN_GAP = 2
"""Blank positions between two columns: one blank is more often a space inside a value (`1 234,50`)."""


@dataclass(frozen=True)
class Layout:
    header: int
    """Index of the header line; lines above it are titles."""
    starts: tuple[int, ...]
    """The character position where each column begins (the first is 0)."""


def find_layout(text: str) -> Layout | None:
    """The column positions of an aligned table, or None when the text is delimited (or not a table)."""
    lines = text[:2_000_000].splitlines()[:SAMPLE_LINES]
    aligned = [
        i for i, line in enumerate(lines) if len(GAP.findall(line)) >= 1 and not DELIMITER_CHARACTERS.search(line)
    ]
    if len(aligned) < 2:
        return None
    scores = [(header_score(RUNS.split(lines[i].strip())), -i) for i in aligned]
    best_score, best = max(scores)
    header = -best if best_score > 0 else aligned[0]
    body = [i for i in aligned if i > header]
    if not body or len(body) < 0.5 * sum(1 for line in lines[header + 1 :] if line.strip()):
        return None
    width = max(len(lines[i].rstrip()) for i in [header, *body])
    occupied = np.zeros(width + 1, dtype=bool)
    for i in [header, *body]:
        row = np.frombuffer(lines[i].rstrip().ljust(width).encode("utf-32-le"), dtype=np.uint32)
        occupied[: len(row)] |= row != ord(" ")
    starts = _column_starts(occupied, MIN_GAP) or _column_starts(occupied, 1)
    if not starts:
        return None
    return Layout(header, tuple(starts))


def _column_starts(occupied: np.ndarray, min_gap: int) -> list[int]:
    """Where columns begin: after a run of at least `min_gap` positions blank in every line ([] if one column)."""
    starts = [0]
    blank_run = 0
    seen = False
    for position, filled in enumerate(occupied):
        if not filled:
            blank_run += 1
            continue
        if seen and blank_run >= min_gap:
            starts.append(position)
        seen = True
        blank_run = 0
    return starts if len(starts) >= 2 else []


def split_lines(text: str, layout: Layout) -> list[list[str]]:
    """Every line cut at the layout's column starts; title lines above the header stay whole in the first cell."""
    bounds = [*layout.starts, None]
    rows: list[list[str]] = []
    for index, line in enumerate(text.splitlines()):
        if index < layout.header:
            rows.append([line.strip()] + [""] * (len(layout.starts) - 1))
            continue
        rows.append([line[bounds[k] : bounds[k + 1]].strip() for k in range(len(layout.starts))])
    return rows
