"""Every sentence the model, the importer, the pipeline and the command line can say, in one place per language.

The sentences live in gettext catalogues, one folder per language (`messages/en/`, `messages/ru/`,
`messages/pl/`) with one .po file per part of the program (`cli.po`, `import.po`, …). An entry's
`msgctxt` is the message's code (the code a `Notice`, an `LtvError` or a `Rejection` carries), its `msgid` the
English sentence and its `msgstr` the translation; the translator sees the whole sentence with its named
placeholders (`{rows}`, `{column}`). A sentence that depends on a count has `msgid_plural` and one `msgstr[n]`
per plural form of the language (English 2, Polish and Russian 3).

Placeholders may carry a kind after a colon, and the value is then written as owners of that language write it:
`{n:count}` 12 345 / 12,345; `{x:number}` 0,25 / 0.25; `{share:percent}` 12,5 % / 12.5%; `{sum:money}`
1 234,50 / 1,234.50. Without a kind a value is written with `str`.

The catalogues are read with a small reader of the .po subset written here (no build step, nothing to
compile and keep in step); `tests/i18n/test_messages.py` checks that every code exists in every language
with the same placeholders.
"""

from __future__ import annotations

import ast
import functools
import math
import string
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ltv_desktop.i18n import LANGUAGES, normalise_language

MESSAGES = Path(__file__).resolve().parent / "messages"

PLURAL_RULES = {
    "en": lambda n: 0 if n == 1 else 1,
    "pl": lambda n: 0 if n == 1 else 1 if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else 2,
    "ru": lambda n: (
        0 if n % 10 == 1 and n % 100 != 11 else 1 if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else 2
    ),
}
"""gettext's Plural-Forms of each language, as the catalogues' headers state them."""

SEPARATORS = {"en": (",", "."), "ru": ("\u00a0", ","), "pl": ("\u00a0", ",")}
"""(thousands, decimal) as owners write them: 12,345.50 in English, 12 345,50 in Russian and Polish."""
FIRST_GROUPED = {"pl": 10_000}
"""Polish writes 3084 but 11 489: the separator only from five digits (CLDR's minimum grouping digits), as the
window's QLocale does; other languages group from 1,000."""


class UnknownMessage(KeyError):
    """A code no catalogue holds: a programming error, caught by the catalogue tests."""


def _unquote(line: str) -> str:
    """A quoted .po string's text. Most hold no escape and no inner quote: their text is what lies between the
    quotes, as the literal would give, without compiling one per line (most of the time a catalogue took)."""
    quoted = line.strip()
    inner = quoted[1:-1]
    if len(quoted) >= 2 and quoted[0] == quoted[-1] == '"' and "\\" not in inner and '"' not in inner:
        return inner
    return ast.literal_eval(quoted)


def read_po(path: Path) -> dict[str, tuple[str, ...]]:
    """code (msgctxt) → (msgstr,) or (msgstr[0], msgstr[1], …); an empty msgstr falls back to the msgid.

    Reads the subset of the .po format the catalogues use: `#` comments, `msgctxt`, `msgid`,
    `msgid_plural`, `msgstr`, `msgstr[n]`, and strings continued on the following lines.
    """
    entries: dict[str, tuple[str, ...]] = {}
    fields: dict[str, str] = {}
    current: str | None = None

    def flush() -> None:
        context = fields.get("msgctxt")
        if context is not None:
            if context in entries:
                raise ValueError(f"{path.name}: the code {context!r} appears twice")
            if "msgid_plural" in fields:
                forms = tuple(fields[key] for key in sorted(k for k in fields if k.startswith("msgstr[")))
                fallback = (fields["msgid"], fields["msgid_plural"])
                entries[context] = forms if forms and all(forms) else fallback
            else:
                entries[context] = (fields.get("msgstr") or fields["msgid"],)
        fields.clear()

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            if not line and fields:
                flush()
                current = None
            continue
        if line.startswith('"'):
            if current is None:
                raise ValueError(f"{path.name}:{number}: a continued string with nothing before it")
            fields[current] += _unquote(line)
            continue
        keyword, _, rest = line.partition(" ")
        if keyword == "msgctxt" and fields:
            flush()
        current = keyword
        fields[keyword] = _unquote(rest)
    flush()
    entries.pop("", None)
    return entries


@functools.cache
def catalogue(language: str) -> dict[str, tuple[str, ...]]:
    """The sentences of one language, from all its .po files, read once; a code may appear in one file only."""
    merged: dict[str, tuple[str, ...]] = {}
    for path in sorted((MESSAGES / language).glob("*.po")):
        entries = read_po(path)
        twice = set(entries) & set(merged)
        if twice:
            raise ValueError(f"{path.name}: codes defined in another file too: {sorted(twice)}")
        merged.update(entries)
    return merged


class _Formatter(string.Formatter):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec in ("count", "number", "percent", "money"):
            return format_value(value, format_spec, self.language)
        if format_spec == "columns":
            return self._columns(value)
        return super().format_field(value, format_spec)

    def _columns(self, pairs: Any) -> str:
        """(role, column) pairs as "customer: Email; date: Created at", each role named in the language."""
        if isinstance(pairs, str):
            return pairs
        return "; ".join(
            f"{text(f'role.{role}', self.language) if known(f'role.{role}') else role}: {column}"
            for role, column in pairs
        )


def format_value(value: Any, kind: str, language: str = "en") -> str:
    """A number as owners of `language` write it: kind count, number, percent or money.

    (A placeholder of the kind `columns` takes (role, column) pairs instead, and names each role.)"""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if not isinstance(value, int | float):
        return str(value)
    thousands, decimal = SEPARATORS.get(language, SEPARATORS["en"])
    if kind == "count":
        text = f"{round(value):,}"
    elif kind == "money":
        text = f"{value:,.2f}"
    elif kind == "percent":
        text = f"{value * 100:,.1f}"
    else:
        text = f"{value:,.4g}" if abs(value) < 1000 else f"{value:,.0f}"
    if float(text.lstrip("-").split(".")[0].replace(",", "")) < FIRST_GROUPED.get(language, 1000):
        text = text.replace(",", "")
    text = text.replace(",", "\x00").replace(".", decimal).replace("\x00", thousands)
    if kind == "percent":
        return text + ("%" if language == "en" else "\u00a0%")
    return text


def text(code: str, language: str | None = "en", /, **params: Any) -> str:
    """The sentence of `code` in `language` (English where a translation is missing), placeholders filled.

    A message that depends on a count takes it from the parameter `count`, else from its first placeholder of
    the kind count (`{customers:count}`).
    """
    language = normalise_language(language)
    forms = catalogue(language).get(code) or catalogue("en").get(code)
    if forms is None:
        raise UnknownMessage(code)
    if len(forms) > 1:
        count = params.get("count", params.get(_plural_placeholder(forms[0]), 1))
        index = PLURAL_RULES[language](abs(int(count)) if isinstance(count, int | float) else 1)
        template = forms[min(index, len(forms) - 1)]
    else:
        template = forms[0]
    return _Formatter(language).vformat(template, (), _Defaults(params))


def _plural_placeholder(template: str) -> str:
    """The parameter a plural sentence counts: `count`, else its first `{name:count}` placeholder."""
    for _, name, spec, _ in string.Formatter().parse(template):
        if name and spec == "count":
            return name
    return "count"


class _Defaults(dict):
    """A parameter the caller did not give is shown as a dash, never as a KeyError in front of the owner."""

    def __init__(self, params: Mapping[str, Any]) -> None:
        super().__init__(params)

    def __missing__(self, key: str) -> str:
        return "–"


def known(code: str) -> bool:
    """Whether the catalogue has a sentence for `code`."""
    return bool(code) and code in catalogue("en")


def say(item: Any, language: str | None = "en") -> str:
    """A `Notice`, an `LtvError` or a `Rejection` in `language`, rendered from its code and parameters.

    An item whose code no catalogue holds keeps its own English text. A parameter named `role` is shown as
    the role's name in the language; a parameter that is itself a rejection (the first of many) gives its
    row, column, value and reason.
    """
    code = getattr(item, "code", "") or ""
    if hasattr(item, "reason"):  # a rejection: its reasons are the catalogue's reject.* entries
        code = f"reject.{code}" if code else ""
    fallback = str(getattr(item, "message", None) or getattr(item, "reason", "") or item)
    if not known(code):
        return fallback
    params = dict(getattr(item, "params", None) or {})
    for key, value in list(params.items()):
        if hasattr(value, "reason") and hasattr(value, "row"):
            params.update(row=value.row, column=value.column, value=value.value, reason=say(value, language))
            del params[key]
    role = params.get("role")
    if isinstance(role, str) and known(f"role.{role}"):
        params["role"] = text(f"role.{role}", language)
    return text(code, language, **params)


def codes() -> frozenset[str]:
    """Every code of the English catalogue, the source language."""
    return frozenset(catalogue("en"))


__all__ = ["LANGUAGES", "UnknownMessage", "codes", "format_value", "known", "read_po", "say", "text"]
