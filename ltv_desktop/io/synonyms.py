"""Column names as shops and accounting programs write them: one table per role, with where each name comes from.

Data, not code: `mapping.py` reads these tables. Within a role the order is the preference (an email before
a customer name, an order's total before a line's price, gross before net). The second item of each pair says
which export or language the name comes from ("en", "ru", "pl", "uk", "de" for plain words of a language);
it is shown to the owner as part of the reason a column was chosen.

Names are compared after normalising (see `mapping.normalize`): case, CamelCase and run-together words
(`CustomerID`, `ORDERNUMBER`), separators, `*` marks and a bracketed unit or qualifier (`Created (UTC)`,
`Kwota (PLN)`, `Email (Billing)`) do not matter.
"""

from __future__ import annotations

ROLE_SYNONYMS: dict[str, tuple[tuple[str, str], ...]] = {
    "customer_id": (
        # Emails first: they identify a person; a name may be shared, an email is not.
        ("customer email", "stripe"), ("email", "shopify"), ("e-mail", "en"), ("email address", "xero"),
        ("from email address", "paypal"), ("buyer email", "ebay"), ("billing email", "woocommerce"),
        ("e-mail kupującego", "allegro"), ("email kupującego", "allegro"), ("adres e-mail", "pl"),
        ("email клиента", "ru"), ("электронная почта", "ru"), ("эл почта", "ru"), ("e-mail-adresse", "de"),
        ("електронна пошта", "uk"),
        # Identifiers.
        ("customer id", "stripe"), ("customer number", "en"), ("customer no", "en"),
        ("customer code", "en"), ("client id", "en"), ("buyer user id", "etsy"), ("buyer id", "en"),
        ("login kupującego", "allegro"), ("kod kontrahenta", "subiekt"), ("id kontrahenta", "comarch optima"),
        ("id klienta", "pl"), ("код контрагента", "1c"), ("код клиента", "ru"),
        ("kundennummer", "de"), ("kunden nr", "de"), ("код клієнта", "uk"),
        # Names.
        ("customer", "quickbooks"), ("customer name", "superstore"), ("customer full name", "quickbooks"),
        ("contact name", "xero"), ("contact", "xero"), ("client", "en"), ("client name", "en"), ("buyer", "etsy"),
        ("full name", "etsy"), ("billing name", "shopify"), ("name", "paypal"), ("customer description", "stripe"),
        ("kontrahent", "subiekt"), ("nazwa kontrahenta", "comarch optima"), ("nabywca", "wfirma"),
        ("nazwa nabywcy", "infakt"), ("odbiorca", "pl"), ("klient", "pl"), ("kupujący", "allegro"),
        ("контрагент", "1c"), ("контрагент покупатель", "1c"), ("наименование контрагента", "1c"),
        ("покупатель", "ru"), ("клиент", "ru"), ("заказчик", "ru"), ("покупець", "uk"), ("клієнт", "uk"),
        ("замовник", "uk"), ("kunde", "de"), ("kundenname", "de"), ("käufer", "de"),
    ),
    "date": (
        ("order date", "woocommerce"), ("created at", "shopify"), ("created", "stripe"),
        ("created date", "stripe"), ("sale date", "etsy"), ("invoice date", "xero"), ("transaction date", "en"),
        ("purchase date", "en"), ("date", "paypal"), ("date paid", "etsy"), ("paid at", "shopify"),
        ("дата", "1c"), ("время", "мойсклад"), ("дата документа", "1c"), ("дата продажи", "ru"),
        ("дата реализации", "1c"), ("дата отгрузки", "ru"), ("дата заказа", "ru"), ("дата создания", "мойсклад"),
        ("data sprzedaży", "subiekt"), ("data wystawienia", "comarch optima"), ("data zamówienia", "allegro"),
        ("data dokumentu", "pl"), ("data zakupu", "pl"), ("data utworzenia", "pl"), ("data", "pl"),
        ("datum", "de"), ("rechnungsdatum", "de"), ("belegdatum", "de"), ("bestelldatum", "de"),
        ("дата продажу", "uk"), ("дата замовлення", "uk"),
    ),
    "amount": (
        ("order total amount", "woocommerce"), ("order total", "etsy"), ("total", "shopify"), ("amount", "stripe"),
        ("gross", "paypal"), ("sales", "superstore"), ("total amount", "en"), ("amount paid", "en"),
        ("total paid", "en"), ("grand total", "en"), ("total price", "ebay"), ("gross sales", "square"),
        ("revenue", "en"), ("line total", "en"), ("line amount", "en"), ("gross amount", "en"),
        ("sale amount", "en"), ("order value", "etsy"), ("dollar value", "cdnow"), ("value", "en"),
        ("net sales", "square"),
        ("сумма с ндс", "1c"), ("сумма", "1c"), ("сумма документа", "1c"), ("сумма заказа", "мойсклад"),
        ("выручка", "ru"), ("стоимость", "ru"),
        ("wartość brutto", "subiekt"), ("brutto", "comarch optima"), ("kwota brutto", "wfirma"),
        ("kwota do zapłaty", "allegro"), ("łączna kwota", "pl"), ("kwota", "pl"), ("wartość", "pl"),
        ("razem brutto", "infakt"), ("netto", "pl"), ("wartość netto", "subiekt"),
        ("net", "en"), ("net amount", "en"), ("betrag", "de"), ("bruttobetrag", "de"), ("gesamtbetrag", "de"),
        ("umsatz", "de"), ("сума з пдв", "uk"), ("сума", "uk"),
    ),
    "order_id": (
        ("order id", "superstore"), ("order number", "woocommerce"), ("order no", "en"),
        ("order", "en"), ("invoice number", "xero"), ("invoice no", "uci online retail"), ("invoice", "en"),
        ("invoice id", "en"), ("num", "quickbooks"), ("no", "quickbooks"), ("transaction id", "paypal"),
        ("receipt id", "en"), ("receipt number", "square"), ("document number", "en"),
        ("номер", "мойсклад"), ("номер документа", "1c"), ("документ", "1c"), ("номер заказа", "ru"),
        ("заказ", "ru"), ("заказ покупателя", "1c"), ("номер накладной", "ru"), ("накладная", "ru"),
        ("номер чека", "ru"),
        ("numer zamówienia", "allegro"), ("id zamówienia", "allegro"), ("zamówienie", "pl"),
        ("nr dokumentu", "subiekt"), ("numer dokumentu", "comarch optima"), ("numer", "wfirma"),
        ("numer faktury", "infakt"), ("nr faktury", "pl"), ("faktura", "pl"), ("dokument", "subiekt"), ("nr", "pl"),
        ("rechnungsnummer", "de"), ("belegnummer", "de"), ("bestellnummer", "de"), ("auftragsnummer", "de"),
        ("номер замовлення", "uk"), ("замовлення", "uk"),
        # Last: generic words that are an order only in some exports (Shopify's `Name` is "#1001").
        ("number", "en"), ("name", "shopify"), ("id", "stripe"),
    ),
    "channel": (
        ("channel", "en"), ("sales channel", "en"), ("acquisition channel", "en"), ("utm source", "en"),
        ("source", "shopify"), ("referring site", "shopify"), ("канал", "ru"), ("канал продаж", "ru"),
        ("источник", "ru"), ("источник привлечения", "ru"), ("kanał sprzedaży", "pl"), ("źródło", "pl"),
        ("kanał", "pl"), ("kanal", "de"), ("quelle", "de"), ("джерело", "uk"), ("канал продажів", "uk"),
    ),
    "cost": (
        ("cost", "en"), ("cogs", "en"), ("cost of goods", "en"), ("cost of goods sold", "en"),
        ("себестоимость", "1c"), ("закупочная стоимость", "ru"), ("koszt", "pl"), ("koszt własny", "pl"),
        ("koszt zakupu", "pl"), ("kosten", "de"), ("einstandspreis", "de"), ("собівартість", "uk"),
    ),
    "quantity": (
        ("lineitem quantity", "shopify"), ("quantity", "uci online retail"), ("quantity ordered", "kaggle"),
        ("qty", "quickbooks"), ("units", "en"), ("количество", "1c"), ("кол во", "1c"), ("ilość", "subiekt"),
        ("liczba sztuk", "pl"), ("menge", "de"), ("anzahl", "de"), ("кількість", "uk"),
    ),
    "unit_price": (
        ("lineitem price", "shopify"), ("unit price", "uci online retail"), ("unit amount", "xero"),
        ("price each", "kaggle"), ("sales price", "quickbooks"), ("item cost", "woocommerce"),
        ("item price", "en"), ("price", "etsy"), ("цена", "1c"), ("цена за единицу", "ru"),
        ("cena brutto", "subiekt"), ("cena jednostkowa", "pl"), ("cena", "pl"), ("cena netto", "pl"),
        ("einzelpreis", "de"), ("preis", "de"), ("ціна", "uk"),
    ),
    "status": (
        ("financial status", "shopify"), ("order status", "woocommerce"), ("payment status", "en"),
        ("status", "stripe"), ("статус", "мойсклад"), ("статус заказа", "ru"), ("состояние", "1c"),
        ("status zamówienia", "allegro"), ("status płatności", "pl"), ("stan", "pl"), ("bestellstatus", "de"),
        ("статус замовлення", "uk"),
    ),
}  # fmt: skip

SPEND_SYNONYMS: dict[str, tuple[tuple[str, str], ...]] = {
    "date": (
        ("date", "en"), ("month", "en"), ("period", "en"), ("day", "en"), ("дата", "ru"), ("месяц", "ru"),
        ("период", "ru"), ("data", "pl"), ("miesiąc", "pl"), ("okres", "pl"), ("monat", "de"), ("місяць", "uk"),
    ),
    "amount": (
        ("amount", "en"), ("spend", "en"), ("amount spent", "meta ads"), ("cost", "google ads"),
        ("budget", "en"), ("marketing", "en"), ("сумма", "ru"), ("расход", "ru"), ("расходы", "ru"),
        ("затраты", "ru"), ("бюджет", "ru"), ("kwota", "pl"), ("wydatki", "pl"), ("koszt", "pl"),
        ("budżet", "pl"), ("betrag", "de"), ("kosten", "de"), ("сума", "uk"), ("витрати", "uk"),
    ),
    "channel": ROLE_SYNONYMS["channel"],
}  # fmt: skip

UNIT_WORDS: frozenset[str] = frozenset(
    {
        "utc", "gmt", "usd", "eur", "gbp", "pln", "zł", "zl", "rub", "руб", "рублей", "uah", "грн", "chf", "czk",
        "sek", "nok", "dkk", "cad", "aud",
    }
)  # fmt: skip
"""A currency, time zone or similar word at the end of a header (`Amount USD`, `Сумма руб`) is not part of
its name. (Bracketed units, `Kwota (PLN)`, go without being listed.)"""

EXACT_ONLY: frozenset[str] = frozenset(
    {
        "name", "total", "status", "id", "no", "nr", "num", "number", "order", "price", "net", "gross", "sales",
        "source", "contact", "created", "units", "data", "stan", "numer", "cena", "preis", "invoice",
        "customer", "client", "buyer", "kunde", "amount", "cost", "qty", "quantity", "время", "номер", "документ",
        "заказ", "цена", "value", "klient", "kwota", "wartość", "netto", "brutto", "сумма", "сума", "канал", "kanał",
    }
)  # fmt: skip
"""Names that count only as the whole header: `Status` is the order status, `Fulfillment Status` is not;
`Name` may be Shopify's order, `Product Name` never is."""

NOT_A_SALE_STATUSES: frozenset[str] = frozenset(
    {
        "cancelled", "canceled", "voided", "void", "failed", "declined", "refunded", "denied", "reversed",
        "expired", "rejected", "cancelled by customer", "payment failed",
        "отменен", "отменено", "отменен покупателем", "аннулирован", "аннулировано", "отклонен", "отклонено",
        "возврат", "возвращен", "не оплачен отменен",
        "anulowane", "anulowany", "anulowana", "odrzucone", "odrzucona", "zwrócone", "zwrot", "nieudane",
        "nieudana", "anulowano",
        "storniert", "abgelehnt", "erstattet", "fehlgeschlagen", "abgebrochen",
        "скасовано", "скасований", "відхилено", "повернено", "повернення",
    }
)  # fmt: skip
"""Order statuses that are no sale (compared after `mapping.normalize_status`): pending, processing, paid,
completed, shipped, partially refunded and the like still count."""
