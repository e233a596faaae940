"""Sheet names and labels of the Excel export in English, Russian and Polish (io has no Qt translator)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "Summary": "Summary", "Calculator": "Calculator", "Periods": "Periods", "Cohorts": "Cohorts",
        "Customers": "Customers", "Channels": "Channels", "Segments": "Segments", "Rejected": "Rejected rows",
        "Charts": "Charts",
        "title": "Customer lifetime value", "inputs": "Settings (change them: every metric below follows)",
        "aggregates": "Sums of the headline window", "metrics": "Headline metrics (live formulas)",
        "name": "Name", "value": "Value", "formula": "Formula in words", "margin": "Gross margin",
        "discount_rate": "Discount rate a year", "max_lifespan_years": "Longest lifespan, years",
        "periods_per_year": "Periods a year", "window": "Window", "window_active_start": "Σ active at period start",
        "window_active_end": "Σ active at period end", "window_lost": "Σ lost", "window_new": "Σ new customers",
        "window_revenue": "Σ revenue", "window_orders": "Σ orders", "window_spend": "Σ marketing spend",
        "customers": "Customers", "orders": "Orders", "revenue": "Revenue", "aov": "Average order value",
        "churn_rate": "Churn rate per period", "retention_rate": "Retention rate per period",
        "arpu": "Revenue per active customer per period", "purchase_frequency_per_year": "Purchases a year",
        "lifespan_periods": "Lifespan, periods", "lifespan_years": "Lifespan, years", "ltv": "LTV",
        "ltv_discounted": "LTV, discounted", "cac": "CAC", "ltv_cac_ratio": "LTV:CAC",
        "payback_periods": "Payback, periods", "observed_ltv_12m": "Observed 12-month value per customer",
        "as_of": "As of", "retention": "Retention by age (share of the cohort buying)",
        "cumulative_ltv": "Cumulative revenue per customer by age", "cohort": "Cohort", "size": "Customers",
        "row": "Row", "column": "Column", "raw": "Value", "reason": "Reason", "no_rejections": "Every row was read.",
        "calc_inputs": "Inputs", "calc_outputs": "Results (formulas)", "frequency": "Purchases a year",
        "gross_margin": "Gross margin", "retention_cost": "Retention cost a year",
        "annual_revenue": "Revenue a year", "revenue_ltv": "Revenue LTV", "gross_ltv": "Gross LTV",
        "annual_contribution": "Contribution a year", "net_ltv": "Net LTV", "payback_months": "Payback, months",
        "max_cac_at_3x": "Most CAC for 3:1", "chart_revenue": "Revenue per period",
        "chart_churn": "Churn and retention per period", "chart_ltv": "Observed LTV curve",
        "chart_channels": "LTV:CAC by channel", "age": "Age",
    },
    "ru": {
        "Summary": "Сводка", "Calculator": "Калькулятор", "Periods": "Периоды", "Cohorts": "Когорты",
        "Customers": "Клиенты", "Channels": "Каналы", "Segments": "Сегменты", "Rejected": "Отклонённые строки",
        "Charts": "Графики",
        "title": "Пожизненная ценность клиента (LTV)", "inputs": "Настройки (измените — все показатели пересчитаются)",
        "aggregates": "Суммы за расчётное окно", "metrics": "Ключевые показатели (живые формулы)",
        "name": "Показатель", "value": "Значение", "formula": "Формула словами", "margin": "Валовая маржа",
        "discount_rate": "Ставка дисконтирования в год", "max_lifespan_years": "Наибольший срок жизни, лет",
        "periods_per_year": "Периодов в году", "window": "Окно", "window_active_start": "Σ активных на начало периода",
        "window_active_end": "Σ активных на конец периода", "window_lost": "Σ ушедших", "window_new": "Σ новых клиентов",
        "window_revenue": "Σ выручки", "window_orders": "Σ заказов", "window_spend": "Σ расходов на маркетинг",
        "customers": "Клиенты", "orders": "Заказы", "revenue": "Выручка", "aov": "Средний чек",
        "churn_rate": "Отток за период", "retention_rate": "Удержание за период",
        "arpu": "Выручка на активного клиента за период", "purchase_frequency_per_year": "Покупок в год",
        "lifespan_periods": "Срок жизни, периодов", "lifespan_years": "Срок жизни, лет", "ltv": "LTV",
        "ltv_discounted": "LTV с дисконтированием", "cac": "CAC", "ltv_cac_ratio": "LTV:CAC",
        "payback_periods": "Окупаемость, периодов", "observed_ltv_12m": "Фактическая ценность за 12 месяцев",
        "as_of": "На дату", "retention": "Удержание по возрасту (доля когорты с покупкой)",
        "cumulative_ltv": "Накопленная выручка на клиента по возрасту", "cohort": "Когорта", "size": "Клиентов",
        "row": "Строка", "column": "Столбец", "raw": "Значение", "reason": "Причина",
        "no_rejections": "Все строки прочитаны.",
        "calc_inputs": "Исходные данные", "calc_outputs": "Результаты (формулы)", "frequency": "Покупок в год",
        "gross_margin": "Валовая маржа", "retention_cost": "Затраты на удержание в год",
        "annual_revenue": "Выручка в год", "revenue_ltv": "LTV по выручке", "gross_ltv": "LTV по марже",
        "annual_contribution": "Вклад в год", "net_ltv": "Чистый LTV", "payback_months": "Окупаемость, месяцев",
        "max_cac_at_3x": "Предельный CAC при 3:1", "chart_revenue": "Выручка по периодам",
        "chart_churn": "Отток и удержание по периодам", "chart_ltv": "Фактическая кривая LTV",
        "chart_channels": "LTV:CAC по каналам", "age": "Возраст",
    },
    "pl": {
        "Summary": "Podsumowanie", "Calculator": "Kalkulator", "Periods": "Okresy", "Cohorts": "Kohorty",
        "Customers": "Klienci", "Channels": "Kanały", "Segments": "Segmenty", "Rejected": "Odrzucone wiersze",
        "Charts": "Wykresy",
        "title": "Wartość klienta w czasie (LTV)", "inputs": "Ustawienia (zmień je — wszystkie wskaźniki się przeliczą)",
        "aggregates": "Sumy okna wskaźników", "metrics": "Główne wskaźniki (formuły na żywo)",
        "name": "Wskaźnik", "value": "Wartość", "formula": "Formuła słowami", "margin": "Marża brutto",
        "discount_rate": "Stopa dyskontowa rocznie", "max_lifespan_years": "Najdłuższy czas życia, lata",
        "periods_per_year": "Okresów w roku", "window": "Okno", "window_active_start": "Σ aktywnych na początku okresu",
        "window_active_end": "Σ aktywnych na koniec okresu", "window_lost": "Σ utraconych", "window_new": "Σ nowych klientów",
        "window_revenue": "Σ przychodu", "window_orders": "Σ zamówień", "window_spend": "Σ wydatków na marketing",
        "customers": "Klienci", "orders": "Zamówienia", "revenue": "Przychód", "aov": "Średnia wartość zamówienia",
        "churn_rate": "Odpływ w okresie", "retention_rate": "Retencja w okresie",
        "arpu": "Przychód na aktywnego klienta w okresie", "purchase_frequency_per_year": "Zakupów rocznie",
        "lifespan_periods": "Czas życia, okresy", "lifespan_years": "Czas życia, lata", "ltv": "LTV",
        "ltv_discounted": "LTV zdyskontowane", "cac": "CAC", "ltv_cac_ratio": "LTV:CAC",
        "payback_periods": "Zwrot, okresy", "observed_ltv_12m": "Rzeczywista wartość 12 miesięcy na klienta",
        "as_of": "Na dzień", "retention": "Retencja wg wieku (odsetek kohorty kupujący)",
        "cumulative_ltv": "Skumulowany przychód na klienta wg wieku", "cohort": "Kohorta", "size": "Klientów",
        "row": "Wiersz", "column": "Kolumna", "raw": "Wartość", "reason": "Powód",
        "no_rejections": "Wszystkie wiersze wczytano.",
        "calc_inputs": "Dane wejściowe", "calc_outputs": "Wyniki (formuły)", "frequency": "Zakupów rocznie",
        "gross_margin": "Marża brutto", "retention_cost": "Koszt utrzymania rocznie",
        "annual_revenue": "Przychód rocznie", "revenue_ltv": "LTV z przychodu", "gross_ltv": "LTV z marży",
        "annual_contribution": "Wkład rocznie", "net_ltv": "LTV netto", "payback_months": "Zwrot, miesiące",
        "max_cac_at_3x": "Najwyższy CAC przy 3:1", "chart_revenue": "Przychód w okresach",
        "chart_churn": "Odpływ i retencja w okresach", "chart_ltv": "Rzeczywista krzywa LTV",
        "chart_channels": "LTV:CAC wg kanałów", "age": "Wiek",
    },
}  # fmt: skip

CURRENCY_FORMATS = {
    "$": '"$"#,##0.00',
    "£": '"£"#,##0.00',
    "€": '#,##0.00\\ "€"',
    "₽": '#,##0.00\\ "₽"',
    "zł": '#,##0.00\\ "zł"',
    "₴": '#,##0.00\\ "₴"',
}


def labels(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["en"])


def money_format(currency: str) -> str:
    if not currency:
        return "#,##0.00"
    return CURRENCY_FORMATS.get(currency, f'#,##0.00\\ "{currency}"')
