"""Sheet names and labels of the Excel export in English, Russian and Polish (io has no Qt translator)."""

from __future__ import annotations

from ltv_desktop.model.result import Notice
from ltv_desktop.model.transactions import Rejection

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "yes": "yes", "no": "no",
        "calc_fill_in": "Too little history for churn: type purchases a year and the lifespan, and the results appear.",
        "rows_used": "Source rows used", "rows_after_as_of": "Rows after the as-of date (held out)", "rows_rejected": "Rows rejected (see the sheet)",
        "spend_rows_rejected": "Marketing spend rows rejected (see the sheet)", "spend_file": "Marketing spend file",
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
        "yes": "да", "no": "нет",
        "calc_fill_in": "Истории мало для оттока: введите покупки в год и срок жизни — результаты появятся.",
        "rows_used": "Использовано строк источника", "rows_after_as_of": "Строк после расчётной даты (отложены)", "rows_rejected": "Отклонено строк (см. лист)",
        "spend_rows_rejected": "Отклонено строк расходов на маркетинг (см. лист)", "spend_file": "Файл расходов на маркетинг",
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
        "yes": "tak", "no": "nie",
        "calc_fill_in": "Za krótka historia, by liczyć odpływ: wpisz zakupy rocznie i czas życia, a wyniki się pojawią.",
        "rows_used": "Użyte wiersze źródła", "rows_after_as_of": "Wiersze po dacie analizy (odłożone)", "rows_rejected": "Odrzucone wiersze (zob. arkusz)",
        "spend_rows_rejected": "Odrzucone wiersze wydatków na marketing (zob. arkusz)", "spend_file": "Plik wydatków na marketing",
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

FORMULA_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "customers": "distinct customers with at least one order", "orders": "orders with a positive total",
        "revenue": "Σ amount, refunds included", "aov": "revenue / orders",
        "churn_rate": "Σ lost / Σ active at period start",
        "retention_rate": "(Σ active at period end − Σ new) / Σ active at period start",
        "arpu": "Σ revenue / Σ active at period end",
        "purchase_frequency_per_year": "Σ orders / Σ active at period end × periods a year",
        "lifespan_periods": "MIN(1 / churn, longest lifespan × periods a year)",
        "lifespan_years": "lifespan in periods / periods a year", "ltv": "ARPU × margin × lifespan in periods",
        "ltv_discounted": "monthly contribution × (1 + d) / (1 + d − r), r = 1 − 1/(12 × lifespan), "
        "d = (1 + rate)^(1/12) − 1",
        "cac": "Σ marketing spend / Σ new customers", "ltv_cac_ratio": "LTV / CAC",
        "payback_periods": "CAC / (ARPU × margin)",
        "observed_ltv_12m": "what cohorts paid in their first 12 months, per customer (from the Cohorts sheet)",
        "annual_revenue": "aov × frequency", "revenue_ltv": "aov × frequency × lifespan",
        "gross_ltv": "revenue LTV × margin", "annual_contribution": "aov × frequency × margin − retention cost",
        "net_ltv": "contribution × lifespan",
        "calc_ltv": "contribution / 12 × (1 + d) / (1 + d − r), r = 1 − 1/(12 × lifespan), d = (1 + rate)^(1/12) − 1",
        "payback_months": "CAC / (contribution / 12)", "max_cac_at_3x": "LTV / 3",
        "note_margin": "0 < margin ≤ 1", "note_discount_rate": "≥ 0", "note_max_lifespan_years": "> 0",
        "month": "months", "week": "weeks", "quarter": "quarters",
    },
    "ru": {
        "customers": "разные клиенты хотя бы с одним заказом", "orders": "заказы с положительной суммой",
        "revenue": "Σ сумм, возвраты учтены", "aov": "выручка / заказы",
        "churn_rate": "Σ ушедших / Σ активных на начало периода",
        "retention_rate": "(Σ активных на конец периода − Σ новых) / Σ активных на начало периода",
        "arpu": "Σ выручки / Σ активных на конец периода",
        "purchase_frequency_per_year": "Σ заказов / Σ активных на конец периода × периодов в году",
        "lifespan_periods": "МИН(1 / отток, наибольший срок жизни × периодов в году)",
        "lifespan_years": "срок жизни в периодах / периодов в году",
        "ltv": "выручка на активного клиента × маржа × срок жизни в периодах",
        "ltv_discounted": "месячный вклад × (1 + d) / (1 + d − r), r = 1 − 1/(12 × срок жизни), "
        "d = (1 + ставка)^(1/12) − 1",
        "cac": "Σ расходов на маркетинг / Σ новых клиентов", "ltv_cac_ratio": "LTV / CAC",
        "payback_periods": "CAC / (выручка на активного клиента × маржа)",
        "observed_ltv_12m": "сколько когорты заплатили за первые 12 месяцев, на клиента (лист «Когорты»)",
        "annual_revenue": "средний чек × покупок в год", "revenue_ltv": "средний чек × покупок в год × срок жизни",
        "gross_ltv": "LTV по выручке × маржа",
        "annual_contribution": "средний чек × покупок в год × маржа − затраты на удержание",
        "net_ltv": "вклад × срок жизни",
        "calc_ltv": "вклад / 12 × (1 + d) / (1 + d − r), r = 1 − 1/(12 × срок жизни), d = (1 + ставка)^(1/12) − 1",
        "payback_months": "CAC / (вклад / 12)", "max_cac_at_3x": "LTV / 3",
        "note_margin": "0 < маржа ≤ 1", "note_discount_rate": "≥ 0", "note_max_lifespan_years": "> 0",
        "month": "месяцы", "week": "недели", "quarter": "кварталы",
    },
    "pl": {
        "customers": "różni klienci z co najmniej jednym zamówieniem", "orders": "zamówienia o dodatniej sumie",
        "revenue": "Σ kwot, ze zwrotami", "aov": "przychód / zamówienia",
        "churn_rate": "Σ utraconych / Σ aktywnych na początku okresu",
        "retention_rate": "(Σ aktywnych na koniec okresu − Σ nowych) / Σ aktywnych na początku okresu",
        "arpu": "Σ przychodu / Σ aktywnych na koniec okresu",
        "purchase_frequency_per_year": "Σ zamówień / Σ aktywnych na koniec okresu × okresów w roku",
        "lifespan_periods": "MIN(1 / odpływ, najdłuższy czas życia × okresów w roku)",
        "lifespan_years": "czas życia w okresach / okresów w roku",
        "ltv": "przychód na aktywnego klienta × marża × czas życia w okresach",
        "ltv_discounted": "wkład miesięczny × (1 + d) / (1 + d − r), r = 1 − 1/(12 × czas życia), "
        "d = (1 + stopa)^(1/12) − 1",
        "cac": "Σ wydatków na marketing / Σ nowych klientów", "ltv_cac_ratio": "LTV / CAC",
        "payback_periods": "CAC / (przychód na aktywnego klienta × marża)",
        "observed_ltv_12m": "ile kohorty zapłaciły w pierwszych 12 miesiącach, na klienta (arkusz „Kohorty”)",
        "annual_revenue": "średnia wartość zamówienia × zakupów rocznie",
        "revenue_ltv": "średnia wartość zamówienia × zakupów rocznie × czas życia",
        "gross_ltv": "LTV z przychodu × marża",
        "annual_contribution": "średnia wartość zamówienia × zakupów rocznie × marża − koszt utrzymania",
        "net_ltv": "wkład × czas życia",
        "calc_ltv": "wkład / 12 × (1 + d) / (1 + d − r), r = 1 − 1/(12 × czas życia), d = (1 + stopa)^(1/12) − 1",
        "payback_months": "CAC / (wkład / 12)", "max_cac_at_3x": "LTV / 3",
        "note_margin": "0 < marża ≤ 1", "note_discount_rate": "≥ 0", "note_max_lifespan_years": "> 0",
        "month": "miesiące", "week": "tygodnie", "quarter": "kwartały",
    },
}  # fmt: skip
"""The formula beside each metric, in words, in the report's language (METRICS.md 1 and 2.4)."""

COLUMN_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "period": "Period", "start": "Start", "end": "End", "complete": "Complete", "observable": "Observable",
        "active_start": "Active at start", "active_end": "Active at end", "new_customers": "New customers",
        "lost": "Lost", "reactivated": "Reactivated", "orders": "Orders", "revenue": "Revenue", "buyers": "Buyers",
        "churn_rate": "Churn rate", "retention_rate": "Retention rate", "arpu": "Revenue per active customer",
        "spend": "Marketing spend", "customer_id": "Customer", "first_purchase": "First purchase",
        "last_purchase": "Last purchase", "gross_profit": "Gross profit", "aov": "Average order value",
        "recency_days": "Days since last purchase", "tenure_days": "Days since first purchase",
        "purchase_days": "Purchase days", "usual_gap_days": "Usual gap, days", "channel": "Channel",
        "status": "Status", "revenue_rank": "Revenue rank", "r_score": "R score", "f_score": "F score",
        "m_score": "M score", "segment": "Segment", "key_customer": "Key customer", "at_risk": "Key customer at risk",
        "expected_purchases": "Expected purchases", "p_alive": "Probability still a customer",
        "expected_purchase_value": "Expected purchase value", "predicted_clv": "Predicted CLV",
        "predicted_clv_low": "Predicted CLV, low", "predicted_clv_high": "Predicted CLV, high",
        "customers": "Customers", "observed_ltv": "Observed LTV", "cac": "CAC", "ltv_cac_ratio": "LTV:CAC",
        "avg_recency_days": "Average days since last purchase", "avg_orders": "Average orders",
        "revenue_share": "Share of revenue",
    },
    "ru": {
        "period": "Период", "start": "Начало", "end": "Конец", "complete": "Завершён", "observable": "Наблюдаем",
        "active_start": "Активных на начало", "active_end": "Активных на конец", "new_customers": "Новых клиентов",
        "lost": "Ушедших", "reactivated": "Вернувшихся", "orders": "Заказов", "revenue": "Выручка",
        "buyers": "Покупателей", "churn_rate": "Отток", "retention_rate": "Удержание",
        "arpu": "Выручка на активного клиента", "spend": "Расходы на маркетинг", "customer_id": "Клиент",
        "first_purchase": "Первая покупка", "last_purchase": "Последняя покупка", "gross_profit": "Валовая прибыль",
        "aov": "Средний чек", "recency_days": "Дней с последней покупки", "tenure_days": "Дней с первой покупки",
        "purchase_days": "Дней с покупками", "usual_gap_days": "Обычный перерыв, дней", "channel": "Канал",
        "status": "Статус", "revenue_rank": "Место по выручке", "r_score": "Балл R", "f_score": "Балл F",
        "m_score": "Балл M", "segment": "Сегмент", "key_customer": "Ключевой клиент",
        "at_risk": "Ключевой клиент под угрозой", "expected_purchases": "Ожидаемые покупки",
        "p_alive": "Вероятность, что клиент ещё с нами", "expected_purchase_value": "Ожидаемая сумма покупки",
        "predicted_clv": "Прогноз CLV", "predicted_clv_low": "Прогноз CLV, нижняя граница",
        "predicted_clv_high": "Прогноз CLV, верхняя граница", "customers": "Клиентов",
        "observed_ltv": "Фактический LTV", "cac": "CAC", "ltv_cac_ratio": "LTV:CAC",
        "avg_recency_days": "Среднее число дней с последней покупки", "avg_orders": "Среднее число заказов",
        "revenue_share": "Доля выручки",
    },
    "pl": {
        "period": "Okres", "start": "Początek", "end": "Koniec", "complete": "Zakończony",
        "observable": "Obserwowalny", "active_start": "Aktywni na początku", "active_end": "Aktywni na koniec",
        "new_customers": "Nowi klienci", "lost": "Utraceni", "reactivated": "Powracający", "orders": "Zamówienia",
        "revenue": "Przychód", "buyers": "Kupujący", "churn_rate": "Odpływ", "retention_rate": "Retencja",
        "arpu": "Przychód na aktywnego klienta", "spend": "Wydatki na marketing", "customer_id": "Klient",
        "first_purchase": "Pierwszy zakup", "last_purchase": "Ostatni zakup", "gross_profit": "Zysk brutto",
        "aov": "Średnia wartość zamówienia", "recency_days": "Dni od ostatniego zakupu",
        "tenure_days": "Dni od pierwszego zakupu", "purchase_days": "Dni z zakupami",
        "usual_gap_days": "Zwykła przerwa, dni", "channel": "Kanał", "status": "Status",
        "revenue_rank": "Miejsce wg przychodu", "r_score": "Ocena R", "f_score": "Ocena F", "m_score": "Ocena M",
        "segment": "Segment", "key_customer": "Kluczowy klient", "at_risk": "Kluczowy klient zagrożony",
        "expected_purchases": "Oczekiwane zakupy", "p_alive": "Prawdopodobieństwo, że klient został",
        "expected_purchase_value": "Oczekiwana wartość zakupu", "predicted_clv": "Prognoza CLV",
        "predicted_clv_low": "Prognoza CLV, dolna granica", "predicted_clv_high": "Prognoza CLV, górna granica",
        "customers": "Klienci", "observed_ltv": "Rzeczywiste LTV", "cac": "CAC", "ltv_cac_ratio": "LTV:CAC",
        "avg_recency_days": "Średnio dni od ostatniego zakupu", "avg_orders": "Średnio zamówień",
        "revenue_share": "Udział w przychodzie",
    },
}  # fmt: skip
"""Table headers in the report's language; a column the table does not know keeps its own name."""

CURRENCY_FORMATS = {
    "$": '"$"#,##0.00',
    "£": '"£"#,##0.00',
    "€": '#,##0.00\\ "€"',
    "₽": '#,##0.00\\ "₽"',
    "zł": '#,##0.00\\ "zł"',
    "₴": '#,##0.00\\ "₴"',
}


def labels(language: str) -> dict[str, str]:
    """Sheet names and labels of one language (English when unknown)."""
    return LABELS.get(language, LABELS["en"])


def formula_words(language: str) -> dict[str, str]:
    """The formulas in words of one language (English when unknown)."""
    return FORMULA_WORDS.get(language, FORMULA_WORDS["en"])


def column_label(column: str, language: str) -> str:
    """A table header in `language`; an unknown column (a new model field) keeps its name rather than vanish."""
    return COLUMN_LABELS.get(language, COLUMN_LABELS["en"]).get(column, column)


def money_format(currency: str) -> str:
    """An Excel number format for money in `currency`; quotes and backslashes in an unknown symbol are
    dropped, as they would end the quoted literal and break the format."""
    if not currency:
        return "#,##0.00"
    if currency in CURRENCY_FORMATS:
        return CURRENCY_FORMATS[currency]
    symbol = currency.replace('"', "").replace("\\", "").strip()
    return f'#,##0.00\\ "{symbol}"' if symbol else "#,##0.00"


NOTICES: dict[str, dict[str, str]] = {
    "ru": {
        "short_window": "Главные показатели пока опираются лишь на {periods} полных периодов вместо целого года.",
        "not_enough_history": "Для оттока, срока жизни и LTV нужно не меньше {churn_days} дней истории и ещё один полный период; эти данные охватывают {days_covered} дней.",
        "lifespan_capped": "Отток так мал, что срок жизни ограничен {max_lifespan_years} годами.",
        "rows_after_as_of": "{rows} строк с датой после {as_of} не вошли в показатели (контрольный период).",
        "no_new_customers": "В окне нет новых клиентов, поэтому CAC не рассчитать.",
        "no_active_customers": "В начале окна не было активных клиентов, поэтому отток не измерить.",
        "few_repeat_customers": "Слишком мало клиентов купили дважды, чтобы доверять прогнозу ({repeaters}).",
        "bgnbd_not_converged": "Модель покупок (BG/NBD) не сошлась даже после перезапусков; её прогнозы приблизительны. Поможет более длинная история или больше повторных клиентов.",
        "gamma_gamma_excluded": "Клиентов, чьи повторные покупки после возвратов стоят ноль или меньше, исключили из модели ценности: {customers}.",
        "gamma_gamma_dependence": "Частота и сумма покупок связаны (корреляция {correlation}); модель ценности предполагает обратное, поэтому относитесь к суммам осторожно.",
        "gamma_gamma_not_converged": "Модель ценности (Gamma-Gamma) подобралась плохо; ожидаемая сумма заказа — собственное среднее каждого клиента.",
    },
    "pl": {
        "short_window": "Główne wskaźniki opierają się na razie tylko na {periods} pełnych okresach zamiast całego roku.",
        "not_enough_history": "Odpływ, czas życia i LTV wymagają co najmniej {churn_days} dni historii i jeszcze jednego pełnego okresu; te dane obejmują {days_covered} dni.",
        "lifespan_capped": "Odpływ jest tak mały, że czas życia ograniczono do {max_lifespan_years} lat.",
        "rows_after_as_of": "{rows} wierszy z datą po {as_of} pominięto we wszystkich wskaźnikach (okres kontrolny).",
        "no_new_customers": "W oknie nie ma nowych klientów, więc nie da się obliczyć CAC.",
        "no_active_customers": "Na początku okna nie było aktywnych klientów, więc nie da się zmierzyć odpływu.",
        "few_repeat_customers": "Zbyt mało klientów kupiło dwa razy, by ufać prognozie ({repeaters}).",
        "bgnbd_not_converged": "Model zakupów (BG/NBD) nie zbiegł się nawet po ponownych próbach; jego prognozy są przybliżone. Pomoże dłuższa historia lub więcej powracających klientów.",
        "gamma_gamma_excluded": "Klientów, których powtórne zakupy po zwrotach są warte zero lub mniej, pominięto w modelu wartości: {customers}.",
        "gamma_gamma_dependence": "Częstotliwość i wartość zakupów są powiązane (korelacja {correlation}); model wartości zakłada, że nie są, więc traktuj wartości ostrożnie.",
        "gamma_gamma_not_converged": "Model wartości (Gamma-Gamma) nie dopasował się dobrze; oczekiwana wartość zamówienia to własna średnia każdego klienta.",
    },
}  # fmt: skip
"""The model's notices in Russian and Polish (English is the notice's own message); {names} are its params."""

REASONS: dict[str, dict[str, str]] = {
    "ru": {
        "customer_empty": "клиент не указан", "date_empty": "дата не указана", "not_a_date": "не дата",
        "not_a_date_in_format": "не дата (столбец читается как {format})",
        "date_missing": "дата не указана или это не дата", "amount_empty": "сумма не указана",
        "not_a_number": "не число", "amount_missing": "сумма не указана или это не число",
        "cost_not_a_number": "себестоимость — не число", "not_a_date_or_month": "не дата и не месяц",
        "date_out_of_range": "дата вне допустимого диапазона: даты продаж — с {first} по {last}",
    },
    "pl": {
        "customer_empty": "brak klienta", "date_empty": "brak daty", "not_a_date": "to nie jest data",
        "not_a_date_in_format": "to nie jest data (kolumna ma format {format})",
        "date_missing": "brak daty lub to nie jest data", "amount_empty": "brak kwoty",
        "not_a_number": "to nie jest liczba", "amount_missing": "brak kwoty lub to nie jest liczba",
        "cost_not_a_number": "koszt nie jest liczbą", "not_a_date_or_month": "to nie jest data ani miesiąc",
        "date_out_of_range": "data poza zakresem: daty sprzedaży mieszczą się między {first} a {last}",
    },
}  # fmt: skip
"""Why a row was rejected, by the model's rejection code (English is the rejection's own reason)."""


def _param_text(value: object, language: str) -> str:
    if isinstance(value, float):
        text = f"{value:.2f}" if not value.is_integer() else f"{value:g}"
        return text.replace(".", ",") if language in ("ru", "pl") else text
    return str(value)


def notice_text(notice: Notice, language: str) -> str:
    """A model notice in `language`; its English message when the language or the code is not known."""
    template = NOTICES.get(language, {}).get(notice.code)
    if template is None:
        return notice.message
    try:
        return template.format(**{key: _param_text(value, language) for key, value in notice.params.items()})
    except (KeyError, IndexError):
        return notice.message


def rejection_reason(rejection: Rejection, language: str) -> str:
    """Why a row was rejected, in `language`; the English reason when the language or the code is not known."""
    template = REASONS.get(language, {}).get(rejection.code)
    if template is None:
        return rejection.reason
    try:
        return template.format(**dict(rejection.params))
    except (KeyError, IndexError):
        return rejection.reason
