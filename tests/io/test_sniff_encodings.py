"""Encodings told apart by what the bytes spell in the file's own language, not by one generic guess.

A UK file with `£15.30` read as cp1251 becomes `Ј15.30` and every amount is rejected; a Polish file
with `Łukasz` read as cp1251 becomes `Јukasz`. Each code page is tried and scored on the words it makes.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ltv_desktop.io.importer import read_transactions
from ltv_desktop.io.readers import read_grid
from ltv_desktop.io.sniff import candidate_encodings, decode

EXPORTS = [
    ("uk_pounds", "Date,Customer,Amount\n2024-01-05,Smith & Co,£15.30\n2024-02-01,Jones Ltd,£7.10\n", "cp1252"),
    ("uk_one_pound", "Date,Customer,Amount\n2024-01-05,Smith,£15.30\n", "cp1252"),
    ("pl_only_euro", "Data;Klient;Kwota\n01.02.2024;ABC;12,50 €\n02.02.2024;XYZ;3,00 €\n", "cp1250"),
    (
        "pl_names",
        "Data;Kontrahent;Kwota\n01.02.2024;Łukasz Źródłowski;12,50\n02.02.2024;Małgorzata Żółć;7,50\n",
        "cp1250",
    ),
    ("pl_one_word", "Data;Klient;Kwota\n01.02.2024;Żółć;12,50 zł\n", "cp1250"),
    ("ru", "Дата;Контрагент;Сумма\r\n01.02.2024;ООО Ромашка;1 234,56\r\n15.02.2024;ИП Иванов;500,00\r\n", "cp1251"),
    ("ru_one_letter", "Дата;Клиент;Сумма\n01.02.2024;Ж;100\n", "cp1251"),
    ("uk", "Дата;Клієнт;Сума\n01.02.2024;Іван Ґудзь;12,50 грн\n", "cp1251"),
    ("de", "Datum;Kunde;Betrag\n01.02.2024;Müller GmbH;12,50 €\n02.02.2024;Straße AG;7,50\n", "cp1252"),
    ("fr", "Date,Client,Montant\n01/02/2024,Crème Brûlée SARL,12.50\n", "cp1252"),
]


@pytest.mark.parametrize(("text", "encoding"), [case[1:] for case in EXPORTS], ids=[case[0] for case in EXPORTS])
def test_each_export_decodes_to_its_own_letters(text, encoding):
    raw = text.encode(encoding)
    decoded, _ = decode(raw)
    assert decoded == text


def test_a_uk_pound_file_is_read_as_cp1252_and_every_amount_reads(tmp_path):
    path = tmp_path / "uk.csv"
    path.write_bytes("Date,Customer,Amount\n05/01/2024,Smith,£15.30\n06/01/2024,Jones,£7.10\n".encode("cp1252"))
    result = read_transactions(path)
    assert result.report.encoding == "cp1252"
    assert sorted(result.transactions.frame["amount"]) == [7.10, 15.30]
    assert result.transactions.rejections == ()


def test_the_grid_offers_the_other_encodings_in_order_for_a_retry(tmp_path):
    path = tmp_path / "pl.csv"
    path.write_bytes("Data;Kontrahent;Kwota\n01.02.2024;Łukasz;12,50\n".encode("cp1250"))
    grid = read_grid(path)
    assert grid.encoding == "cp1250"
    assert set(grid.encoding_alternatives) == {"cp1251", "cp1252"}
    assert read_grid(path, encoding="cp1250").encoding_alternatives == ()


def test_utf8_leads_when_it_decodes_and_ascii_needs_no_choice():
    assert candidate_encodings("Data;Kwota\nŁódź;1\n".encode())[0] == "utf-8"
    assert candidate_encodings(b"Date,Amount\n2024-01-01,1\n") == ["utf-8"]


POLISH = st.sampled_from(
    ["Łukasz", "Małgorzata", "Wójcik", "Zieliński", "Dąbrowska", "Kraków", "Gdańsk", "Źródło", "Więcek", "Łódź", "Koń"]
)
RUSSIAN = st.sampled_from(["Иванов", "Ромашка", "ООО Вектор", "Петрова", "Сидоров", "ИП Жуков", "Щукин"])
WESTERN = st.sampled_from(
    ["Müller", "Smith & Co", "Crème", "Straße", "O'Brien", "Jones", "Gonçalves", "Søren", "Peña", "España", "Sœur"]
)
AMOUNTS = st.decimals(min_value=0, max_value=10_000, places=2, allow_nan=False)


@settings(max_examples=120, deadline=None)
@given(
    language=st.sampled_from(
        [
            ("cp1250", POLISH, ("", " zł", " €")),
            ("cp1251", RUSSIAN, ("", " руб.", " ₽")),
            ("cp1252", WESTERN, ("£", "€", "")),
        ]
    ),
    data=st.data(),
)
def test_sales_tables_in_each_language_decode_to_what_was_written(language, data):
    encoding, names, signs = language
    rows = data.draw(st.lists(st.tuples(names, AMOUNTS, st.sampled_from(signs)), min_size=1, max_size=8))
    lines = ["Date;Customer;Amount"] + [
        f"2024-01-{day + 1:02d};{name};{sign}{amount}"
        if sign in ("£",)
        else f"2024-01-{day + 1:02d};{name};{amount}{sign}"
        for day, (name, amount, sign) in enumerate(rows)
    ]
    text = "\n".join(lines) + "\n"
    raw = text.encode(encoding, errors="ignore")
    decoded, _ = decode(raw)
    assert decoded == raw.decode(encoding)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    "text",
    [
        "Дата;Контрагент;Сумма\r\n01.02.2024;ООО Ромашка;1 234,56\r\n15.02.2024;ИП Иванов;500,00\r\n",
        "Data\tKontrahent\tKwota\n01.02.2024\tŁukasz Źródłowski\t12,50 zł\n",
        "Date,Customer,Amount\n2024-01-05,Smith – Co,€15.30\n",
    ],
    ids=["ru", "pl", "en"],
)
def test_utf16_without_a_byte_order_mark_is_text_in_any_of_our_languages(tmp_path, encoding, text):
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode(encoding))
    grid = read_grid(path)
    assert grid.encoding == encoding
    assert grid.cells.iat[1, 1] == text.splitlines()[1].split(grid.delimiter)[1]


def test_the_retry_hook_names_the_next_encoding_only_when_most_amounts_fail(tmp_path):
    from ltv_desktop.io.readers import encoding_notice, encoding_to_retry

    path = tmp_path / "uk.csv"
    path.write_bytes("Date,Customer,Amount\n05/01/2024,Smith,£15.30\n".encode("cp1252"))
    grid = read_grid(path)
    assert encoding_to_retry(grid, failed=1, values=3) is None
    assert encoding_to_retry(grid, failed=2, values=3) == grid.encoding_alternatives[0]
    assert encoding_to_retry(read_grid(path, encoding="cp1252"), failed=3, values=3) is None
    again = read_grid(path, encoding=grid.encoding_alternatives[0])
    notice = encoding_notice("uk.csv", again, failed=2, values=3, retried_from="cp1252")
    assert notice.code == "files.encoding_retried" and "cp1252" in notice.message and again.encoding in notice.message
    suspect = encoding_notice("uk.csv", grid, failed=2, values=3)
    assert suspect.code == "files.encoding_suspect" and "cp1250" in suspect.message
