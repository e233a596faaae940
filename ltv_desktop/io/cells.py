"""Shared helpers for columns of cells: which cells are numbers or dates, missing values, distinct values only."""

from __future__ import annotations

import datetime as dt
import itertools
import operator

import numpy as np
import pandas as pd

TEXT, BOOL, NUMBER, DATE = 0, 1, 2, 3

MISSING_TOKENS: tuple[str, ...] = ("na", "n/a", "#n/a", "null", "none", "-", "\u2013", "\u2014", "н/д", "brak")
"""How exports write "no value": R and pandas (`NA`, `None`), SQL (`NULL`), Excel (`#N/A`), a dash alone,
Russian `н/д`, Polish `brak`. Such a cell is missing, never a customer called NA nor a value."""


def _case_variants(token: str) -> set[str]:
    return {"".join(letters) for letters in itertools.product(*({c.lower(), c.upper()} for c in token))}


MISSING_VARIANTS: frozenset[str] = frozenset(itertools.chain.from_iterable(map(_case_variants, MISSING_TOKENS)))
"""Every spelling of the tokens in upper and lower case, so a column is checked by one hash lookup per cell."""


def is_missing(texts: np.ndarray | pd.Series) -> np.ndarray:
    """True where a trimmed text is a missing-value token (any case).

    A set lookup per cell: twice as fast as `Index.isin` on a million customer names. Most columns hold no
    token at all: `isdisjoint` (the same lookups in one C loop) shows that before any mask is built.
    """
    cells = np.asarray(texts, dtype=object)
    if MISSING_VARIANTS.isdisjoint(cells.tolist()):
        return np.zeros(len(cells), dtype=bool)
    return np.fromiter(map(MISSING_VARIANTS.__contains__, cells), dtype=bool, count=len(cells))


MISSING_BYTES = np.array(
    sorted(token.encode().ljust(4, b"\0") for token in MISSING_VARIANTS if token.isascii()), dtype="S4"
).view(np.uint32)
"""The ASCII tokens as four-byte numbers: none is longer than four characters."""


def is_missing_bytes(cells: np.ndarray) -> np.ndarray:
    """`is_missing` of a fixed-width bytes column of ASCII cells (no trimming needed), without making a text.

    A token is at most four ASCII bytes: only a cell whose bytes past the fourth are all zero can be one, and
    its first four are compared as one number."""
    view = np.ascontiguousarray(cells).view(np.uint8).reshape(len(cells), cells.dtype.itemsize)
    if view.shape[1] < 4:
        view = np.pad(view, ((0, 0), (0, 4 - view.shape[1])))
    short = ~view[:, 4:].any(axis=1)
    heads = np.ascontiguousarray(view[:, :4]).view(np.uint32).ravel()
    return short & np.isin(heads, MISSING_BYTES)


NOT_A_NUMBER_VARIANTS: frozenset[str] = frozenset(_case_variants("nan"))
"""`nan` as pandas and numpy write a missing number. Missing in a date or an amount cell only: in a customer
column `Nan` is a name."""


def is_missing_value(texts: np.ndarray | pd.Series) -> np.ndarray:
    """True where a trimmed text in a date or amount cell says "no value": empty, a missing-value token, `nan`."""
    cells = np.asarray(texts, dtype=object)
    return np.fromiter(
        (cell == "" or cell in MISSING_VARIANTS or cell in NOT_A_NUMBER_VARIANTS for cell in cells),
        dtype=bool,
        count=len(cells),
    )


def blank_missing(texts: pd.Series) -> pd.Series:
    """Trimmed texts with every missing-value token made empty (the importer treats empty as missing)."""
    missing = is_missing(texts.to_numpy(dtype=object))
    return texts.mask(missing, "") if missing.any() else texts


def _kind(cell_type: type) -> int:
    if issubclass(cell_type, bool):
        return BOOL
    if issubclass(cell_type, int | float):
        return NUMBER
    if issubclass(cell_type, dt.date):
        return DATE
    return TEXT


def cell_kinds(raw: pd.Series, typed: bool) -> tuple[np.ndarray, np.ndarray]:
    """Masks of number cells and date cells; text files have neither (every cell is text).

    The kind is decided once per Python type, not per cell: a workbook column
    holds one or two types, and an isinstance chain per cell cost more than
    reading the cells.
    """
    if not typed:
        none = np.zeros(len(raw), dtype=bool)
        return none, none
    cells = raw.to_numpy(dtype=object)
    kind_of = {cell_type: _kind(cell_type) for cell_type in set(map(type, cells))}
    if len(kind_of) == 1:
        kinds = np.full(len(cells), next(iter(kind_of.values())), dtype=np.int8)
    else:
        kinds = np.fromiter(map(kind_of.__getitem__, map(type, cells)), dtype=np.int8, count=len(cells))
    return kinds == NUMBER, kinds == DATE


def distinct_texts(cells: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Codes (-1 for missing) into the distinct trimmed texts of `cells`, so work is done once per value.

    The same texts as `Series.astype(str).str.strip()` cell by cell, but
    trimmed after de-duplication: trimming a million cells one by one cost
    more than parsing them. Missing-value tokens (`NA`, `#N/A`, `-`) keep their
    text here: no number or date format reads them, so they are never a value.
    """
    if pd.api.types.infer_dtype(cells, skipna=False) != "string":  # workbook cells: booleans, errors, None
        cells = pd.Series(cells, dtype=object).astype(str).to_numpy(dtype=object)
    codes, uniques = pd.factorize(cells, sort=False)
    trimmed = [value.strip() for value in uniques]
    if all(map(operator.is_, trimmed, uniques)):  # str.strip returns the very object when there is nothing to trim
        texts = np.asarray(uniques, dtype=object)
    else:
        merged, texts = pd.factorize(np.array(trimmed, dtype=object), sort=False)  # " 5" and "5" are one value
        codes, texts = np.where(codes >= 0, merged[np.maximum(codes, 0)], -1), np.asarray(texts, dtype=object)
    return codes, texts
