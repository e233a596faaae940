"""Column names as shops and accounting programs write them: one table per role, with where each name comes from.

Data, not code: `mapping.py` reads these tables. Within a role the order is the preference (an email before
a customer name, an order's total before a line's price, gross before net). The second item of each pair says
which export the name comes from, or for a plain word of a language that language ("en", "ru", "pl", "uk",
"de"); a platform is shown to the owner as part of the reason a column was chosen.

Names are compared after normalising (see `mapping.normalize`): case, CamelCase and run-together words
(`CustomerID`, `ORDERNUMBER`), separators, `*` marks and a bracketed unit or qualifier (`Created (UTC)`,
`Kwota (PLN)`, `Email (Billing)`) do not matter.
"""

from __future__ import annotations

ROLE_SYNONYMS: dict[str, tuple[tuple[str, str], ...]] = {
    "customer_id": (
        # Emails first: they identify a person; a name may be shared, an email is not.
        ("customer email", "en"), ("email", "en"), ("e-mail", "en"), ("email address", "en"),
        ("from email address", "PayPal"), ("buyer email", "eBay"), ("billing email", "WooCommerce"),
        ("e-mail kupującego", "Allegro"), ("email kupującego", "Allegro"), ("adres e-mail", "pl"),
        ("email клиента", "ru"), ("электронная почта", "ru"), ("эл почта", "ru"), ("e-mail-adresse", "de"),
        ("електронна пошта", "uk"),
        # Identifiers.
        ("customer id", "en"), ("customer number", "en"), ("customer no", "en"),
        ("customer code", "en"), ("client id", "en"), ("buyer user id", "Etsy"), ("buyer id", "en"),
        ("login kupującego", "Allegro"), ("kod kontrahenta", "Subiekt"), ("id kontrahenta", "Comarch Optima"),
        ("id klienta", "pl"), ("код контрагента", "1C"), ("код клиента", "ru"),
        ("kundennummer", "de"), ("kunden nr", "de"), ("код клієнта", "uk"),
        # Names.
        ("customer", "en"), ("customer name", "en"), ("customer full name", "QuickBooks"),
        ("contact name", "en"), ("contact", "Xero"), ("client", "en"), ("client name", "en"), ("buyer", "en"),
        ("full name", "Etsy"), ("billing name", "Shopify"), ("name", "en"), ("customer description", "Stripe"),
        ("kontrahent", "pl"), ("nazwa kontrahenta", "Comarch Optima"), ("nabywca", "wFirma"),
        ("nazwa nabywcy", "inFakt"), ("odbiorca", "pl"), ("klient", "pl"), ("kupujący", "Allegro"),
        ("контрагент", "ru"), ("контрагент покупатель", "1C"), ("наименование контрагента", "1C"),
        ("покупатель", "ru"), ("клиент", "ru"), ("заказчик", "ru"), ("покупець", "uk"), ("клієнт", "uk"),
        ("замовник", "uk"), ("kunde", "de"), ("kundenname", "de"), ("käufer", "de"),
    ),
    "date": (
        ("order date", "en"), ("created at", "Shopify"), ("created", "en"),
        ("created date", "Stripe"), ("sale date", "Etsy"), ("invoice date", "en"), ("transaction date", "en"),
        ("purchase date", "en"), ("date", "en"), ("date paid", "Etsy"), ("paid at", "Shopify"),
        ("дата", "ru"), ("время", "МойСклад"), ("дата документа", "1C"), ("дата продажи", "ru"),
        ("дата реализации", "1C"), ("дата отгрузки", "ru"), ("дата заказа", "ru"), ("дата создания", "МойСклад"),
        ("data sprzedaży", "Subiekt"), ("data wystawienia", "pl"), ("data zamówienia", "Allegro"),
        ("data dokumentu", "pl"), ("data zakupu", "pl"), ("data utworzenia", "pl"), ("data", "pl"),
        ("datum", "de"), ("rechnungsdatum", "de"), ("belegdatum", "de"), ("bestelldatum", "de"),
        ("дата продажу", "uk"), ("дата замовлення", "uk"),
    ),
    "amount": (
        ("order total amount", "WooCommerce"), ("order total", "en"), ("total", "en"), ("amount", "en"),
        ("gross", "PayPal"), ("sales", "en"), ("total amount", "en"), ("amount paid", "en"),
        ("total paid", "en"), ("grand total", "en"), ("total price", "eBay"), ("gross sales", "Square"),
        ("revenue", "en"), ("line total", "en"), ("line amount", "en"), ("gross amount", "en"),
        ("sale amount", "en"), ("order value", "Etsy"), ("dollar value", "CDNOW"), ("value", "en"),
        ("net sales", "Square"), ("item total", "Etsy"),
        ("сумма с ндс", "1C"), ("сумма", "ru"), ("сумма документа", "1C"), ("сумма заказа", "МойСклад"),
        ("выручка", "ru"), ("стоимость", "ru"),
        ("wartość brutto", "Subiekt"), ("brutto", "pl"), ("kwota brutto", "wFirma"),
        ("kwota do zapłaty", "Allegro"), ("łączna kwota", "pl"), ("kwota", "pl"), ("wartość", "pl"),
        ("razem brutto", "inFakt"), ("netto", "pl"), ("wartość netto", "Subiekt"),
        ("net", "en"), ("net amount", "en"), ("betrag", "de"), ("bruttobetrag", "de"), ("gesamtbetrag", "de"),
        ("umsatz", "de"), ("сума з пдв", "uk"), ("сума", "uk"),
    ),
    "order_id": (
        ("order id", "en"), ("order number", "en"), ("order no", "en"),
        ("order", "en"), ("invoice number", "en"), ("invoice no", "UCI Online Retail"), ("invoice", "en"),
        ("invoice id", "en"), ("num", "en"), ("no", "en"), ("transaction id", "en"),
        ("receipt id", "en"), ("receipt number", "Square"), ("document number", "en"),
        ("номер", "ru"), ("номер документа", "1C"), ("документ", "1C"), ("номер заказа", "ru"),
        ("заказ", "ru"), ("заказ покупателя", "1C"), ("номер накладной", "ru"), ("накладная", "ru"),
        ("номер чека", "ru"),
        ("numer zamówienia", "Allegro"), ("id zamówienia", "Allegro"), ("zamówienie", "pl"),
        ("nr dokumentu", "Subiekt"), ("numer dokumentu", "Comarch Optima"), ("numer", "pl"),
        ("numer faktury", "inFakt"), ("nr faktury", "pl"), ("faktura", "pl"), ("dokument", "Subiekt"), ("nr", "pl"),
        ("rechnungsnummer", "de"), ("belegnummer", "de"), ("bestellnummer", "de"), ("auftragsnummer", "de"),
        ("номер замовлення", "uk"), ("замовлення", "uk"),
        # Last: generic words that are an order only in some exports (Shopify's `Name` is "#1001").
        ("number", "en"), ("name", "Shopify"), ("id", "en"),
    ),
    "channel": (
        ("channel", "en"), ("sales channel", "en"), ("acquisition channel", "en"), ("utm source", "en"),
        ("source", "en"), ("referring site", "Shopify"), ("канал", "ru"), ("канал продаж", "ru"),
        ("источник", "ru"), ("источник привлечения", "ru"), ("kanał sprzedaży", "pl"), ("źródło", "pl"),
        ("kanał", "pl"), ("kanal", "de"), ("quelle", "de"), ("джерело", "uk"), ("канал продажів", "uk"),
    ),
    "cost": (
        ("cost", "en"), ("cogs", "en"), ("cost of goods", "en"), ("cost of goods sold", "en"),
        ("себестоимость", "1C"), ("закупочная стоимость", "ru"), ("koszt", "pl"), ("koszt własny", "pl"),
        ("koszt zakupu", "pl"), ("kosten", "de"), ("einstandspreis", "de"), ("собівартість", "uk"),
    ),
    "quantity": (
        ("lineitem quantity", "Shopify"), ("quantity", "en"), ("quantity ordered", "Kaggle sales_data_sample"),
        ("qty", "en"), ("units", "en"), ("количество", "ru"), ("кол-во", "1C"), ("ilość", "Subiekt"),
        ("liczba sztuk", "pl"), ("menge", "de"), ("anzahl", "de"), ("кількість", "uk"),
    ),
    "unit_price": (
        ("lineitem price", "Shopify"), ("unit price", "en"), ("unit amount", "Xero"),
        ("price each", "Kaggle sales_data_sample"), ("sales price", "QuickBooks"), ("item cost", "WooCommerce"),
        ("item price", "en"), ("price", "en"), ("цена", "ru"), ("цена за единицу", "ru"),
        ("cena brutto", "Subiekt"), ("cena jednostkowa", "pl"), ("cena", "pl"), ("cena netto", "pl"),
        ("einzelpreis", "de"), ("preis", "de"), ("ціна", "uk"),
    ),
    # What was bought and how, for the first-order drivers (docs/metrics.md section 4): the readable name
    # before a code, a category before the product it groups, a discount code never its amount.
    "category": (
        ("category", "en"), ("product category", "en"), ("item category", "en"),
        ("product line", "Kaggle sales_data_sample"), ("product type", "Shopify"), ("категория", "ru"),
        ("категория товара", "ru"), ("группа товаров", "ru"),
        ("вид номенклатуры", "1C"), ("kategoria", "pl"), ("kategoria produktu", "pl"), ("grupa towarowa", "Subiekt"),
        ("kategorie", "de"), ("warengruppe", "de"), ("категорія", "uk"),
    ),
    "discount_code": (
        ("discount code", "Shopify"), ("coupon code", "WooCommerce"), ("coupon", "en"), ("coupons", "en"),
        ("promo code", "en"), ("promotion code", "en"), ("voucher code", "en"), ("voucher", "en"),
        ("промокод", "ru"), ("купон", "ru"), ("код скидки", "ru"), ("kod rabatowy", "pl"), ("kod promocyjny", "pl"),
        ("kupon", "pl"), ("gutscheincode", "de"), ("rabattcode", "de"), ("gutschein", "de"), ("код знижки", "uk"),
    ),
    "product": (
        ("lineitem name", "Shopify"), ("product name", "en"), ("item name", "WooCommerce"), ("product title", "en"),
        ("item title", "PayPal"), ("product", "en"), ("description", "Xero"), ("item", "Square"),
        ("product code", "Kaggle sales_data_sample"), ("product id", "en"), ("stock code", "UCI Online Retail"),
        ("lineitem sku", "Shopify"), ("sku", "en"), ("inventory item code", "Xero"),
        ("номенклатура", "1C"), ("товар", "ru"), ("наименование товара", "ru"), ("артикул", "ru"),
        ("nazwa towaru", "Subiekt"), ("towar", "pl"), ("produkt", "pl"), ("nazwa produktu", "pl"),
        ("artikel", "de"), ("artikelname", "de"), ("назва товару", "uk"),
    ),
    "status": (
        ("financial status", "Shopify"), ("order status", "WooCommerce"), ("payment status", "en"),
        ("status", "en"), ("статус", "ru"), ("статус заказа", "ru"), ("состояние", "1C"),
        ("status zamówienia", "Allegro"), ("status płatności", "pl"), ("stan", "pl"), ("bestellstatus", "de"),
        ("статус замовлення", "uk"),
    ),
}  # fmt: skip

SPEND_SYNONYMS: dict[str, tuple[tuple[str, str], ...]] = {
    "date": (
        ("date", "en"), ("month", "en"), ("period", "en"), ("day", "en"), ("дата", "ru"), ("месяц", "ru"),
        ("период", "ru"), ("data", "pl"), ("miesiąc", "pl"), ("okres", "pl"), ("monat", "de"), ("місяць", "uk"),
    ),
    "amount": (
        ("amount", "en"), ("spend", "en"), ("amount spent", "Meta Ads"), ("cost", "Google Ads"),
        ("budget", "en"), ("marketing", "en"), ("сумма", "ru"), ("расход", "ru"), ("расходы", "ru"),
        ("затраты", "ru"), ("бюджет", "ru"), ("kwota", "pl"), ("wydatki", "pl"), ("koszt", "pl"),
        ("budżet", "pl"), ("betrag", "de"), ("kosten", "de"), ("сума", "uk"), ("витрати", "uk"),
    ),
    "channel": ROLE_SYNONYMS["channel"],
}  # fmt: skip

LANGUAGES: frozenset[str] = frozenset({"en", "ru", "pl", "uk", "de"})
"""Tags of plain words (not a platform's own name for a column)."""

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
        "item", "description", "product", "coupon", "voucher", "sku", "товар", "towar", "kupon", "купон", "artikel",
    }
)  # fmt: skip
"""Names that count only as the whole header: `Status` is the order status, `Fulfillment Status` is not;
`Name` may be Shopify's order, `Product Name` never is."""

NOT_A_SALE_STATUSES: frozenset[str] = frozenset(
    {
        "cancelled", "canceled", "voided", "void", "failed", "declined", "refunded", "denied", "reversed",
        "expired", "rejected", "cancelled by customer", "payment failed", "payment error",
        "отменен", "отменено", "отменен покупателем", "аннулирован", "аннулировано", "отклонен", "отклонено",
        "возврат", "возвращен", "не оплачен отменен",
        "anulowane", "anulowany", "anulowana", "odrzucone", "odrzucona", "zwrócone", "zwrot", "nieudane",
        "nieudana", "anulowano", "błąd płatności",
        "storniert", "abgelehnt", "erstattet", "fehlgeschlagen", "abgebrochen",
        "скасовано", "скасований", "відхилено", "повернено", "повернення",
    }
)  # fmt: skip
"""Order statuses that are no sale (compared after `mapping.normalize_status`): pending, processing, paid,
completed, shipped, partially refunded and the like still count."""
