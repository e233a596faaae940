<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnalysisController</name>
    <message>
        <location filename="../controllers/analysis_controller.py" line="109"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="127"/>
        <source>Reading again…</source>
        <translation>Повторное чтение…</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="149"/>
        <location filename="../controllers/analysis_controller.py" line="260"/>
        <source>Spend from %1</source>
        <translation>Расходы из %1</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="164"/>
        <location filename="../controllers/analysis_controller.py" line="197"/>
        <source>No file</source>
        <translation>Нет файла</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="164"/>
        <location filename="../controllers/analysis_controller.py" line="197"/>
        <source>Open a sales file first (File → Open, or drop it here).</source>
        <translation>Сначала откройте файл продаж (Файл → Открыть или перетащите его сюда).</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="170"/>
        <source>Save analysis</source>
        <translation>Сохранить анализ</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="172"/>
        <source>Analysis saved to %1</source>
        <translation>Анализ сохранён в %1</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="181"/>
        <source>Open analysis</source>
        <translation>Открыть анализ</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="233"/>
        <source>Analyzing %1…</source>
        <translation>Анализ %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../controllers/analysis_controller.py" line="246"/>
        <source>%n customer(s) analysed</source>
        <translation>
            <numerusform>Проанализирован %Ln клиент</numerusform>
            <numerusform>Проанализировано %Ln клиента</numerusform>
            <numerusform>Проанализировано %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../controllers/analysis_controller.py" line="247"/>
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%Ln строка отклонена</numerusform>
            <numerusform>%Ln строки отклонены</numerusform>
            <numerusform>%Ln строк отклонено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="313"/>
        <source>Cannot use this file</source>
        <translation>Этот файл нельзя использовать</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="318"/>
        <source>Something went wrong; the previous results are still shown.</source>
        <translation>Что-то пошло не так; показаны прежние результаты.</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="324"/>
        <source>Cancelled; the previous results are still shown.</source>
        <translation>Отменено; показаны прежние результаты.</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="353"/>
        <source>Some marketing spend rows cannot be read (%1). Write the month as YYYY-MM (or a date) and the amount as a number, or clear the row.</source>
        <translation>Некоторые строки расходов на маркетинг не читаются (%1). Запишите месяц как ГГГГ-ММ (или дату), а сумму — числом, либо очистите строку.</translation>
    </message>
</context>
<context>
    <name>CalculatorView</name>
    <message>
        <location filename="../ui/calculator_view.py" line="107"/>
        <source>Your numbers</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="112"/>
        <source> a year</source>
        <translation> в год</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="114"/>
        <source>Lifespan in years</source>
        <translation>Срок жизни в годах</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="115"/>
        <source>Churn per year</source>
        <translation>Отток в год</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="116"/>
        <source>Churn per month</source>
        <translation>Отток в месяц</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="117"/>
        <source> years</source>
        <translation> лет</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="123"/>
        <source>Marketing spend and new customers</source>
        <translation>Расходы на маркетинг и новые клиенты</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="124"/>
        <source>CAC known</source>
        <translation>CAC известен</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="125"/>
        <source>No CAC</source>
        <translation>Без CAC</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="130"/>
        <source>Average order value</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="131"/>
        <source>Purchases per customer</source>
        <translation>Покупок на клиента</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="132"/>
        <source>Customer lifespan</source>
        <translation>Срок жизни клиента</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="133"/>
        <source>Churn rate</source>
        <translation>Отток</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="134"/>
        <source>Gross margin</source>
        <translation>Валовая маржа</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="135"/>
        <source>Retention cost per customer a year</source>
        <translation>Затраты на удержание клиента в год</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="136"/>
        <source>Discount rate a year</source>
        <translation>Ставка дисконтирования в год</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="137"/>
        <source>Marketing spend</source>
        <translation>Расходы на маркетинг</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="138"/>
        <source>New customers it brought</source>
        <translation>Привлечено новых клиентов</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="139"/>
        <source>Cost to acquire a customer (CAC)</source>
        <translation>Стоимость привлечения клиента (CAC)</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="143"/>
        <location filename="../ui/calculator_view.py" line="319"/>
        <source>Lifetime given as</source>
        <translation>Срок жизни задан как</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="149"/>
        <location filename="../ui/calculator_view.py" line="319"/>
        <source>Acquisition given as</source>
        <translation>Привлечение задано как</translation>
    </message>
    <message>
        <location filename="../controllers/calculator_controller.py" line="128"/>
        <location filename="../ui/calculator_view.py" line="154"/>
        <location filename="../ui/calculator_view.py" line="369"/>
        <source>Fill from my data</source>
        <translation>Заполнить из моих данных</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="158"/>
        <source>Save as scenario…</source>
        <translation>Сохранить как сценарий…</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="178"/>
        <location filename="../ui/calculator_view.py" line="447"/>
        <source>LTV change</source>
        <translation>Изменение LTV</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="178"/>
        <source>Improve each input by %1 %</source>
        <translation>Улучшить каждый показатель на %1 %</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="186"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="189"/>
        <source>Customer lifespan, years</source>
        <translation>Срок жизни клиента, лет</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="190"/>
        <source>Revenue per customer a year</source>
        <translation>Выручка с клиента в год</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="191"/>
        <source>Revenue LTV</source>
        <translation>LTV по выручке</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="192"/>
        <source>Gross LTV</source>
        <translation>LTV по марже</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="193"/>
        <source>Contribution a year</source>
        <translation>Вклад в год</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="194"/>
        <source>Net LTV</source>
        <translation>Чистый LTV</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="195"/>
        <location filename="../ui/calculator_view.py" line="225"/>
        <location filename="../ui/calculator_view.py" line="408"/>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="196"/>
        <location filename="../ui/calculator_view.py" line="226"/>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="197"/>
        <location filename="../ui/calculator_view.py" line="226"/>
        <location filename="../ui/calculator_view.py" line="412"/>
        <source>LTV:CAC</source>
        <translation>LTV:CAC</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="198"/>
        <source>Payback, months</source>
        <translation>Окупаемость, мес.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="199"/>
        <source>Most you may pay per customer (3:1)</source>
        <translation>Предельная цена клиента (3:1)</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="225"/>
        <source>LTV vs churn</source>
        <translation>LTV и отток</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="225"/>
        <source>Churn a year, %</source>
        <translation>Отток в год, %</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="226"/>
        <source>LTV:CAC vs CAC</source>
        <translation>LTV:CAC и CAC</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="240"/>
        <source>Scenarios side by side</source>
        <translation>Сценарии рядом</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="417"/>
        <source>Each customer costs more to win than they bring: you lose money on every one.</source>
        <translation>Каждый клиент обходится дороже, чем приносит: вы теряете деньги на каждом.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="418"/>
        <source>Thin: customers pay back their cost, but with little to spare (aim for 3:1).</source>
        <translation>Тонко: клиенты окупаются, но с малым запасом (цель — 3:1).</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="419"/>
        <source>Healthy: each customer brings 3 to 5 times what winning them costs.</source>
        <translation>Здорово: каждый клиент приносит в 3–5 раз больше, чем стоит его привлечение.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="420"/>
        <source>Above 5:1: you may be under-investing in growth; more marketing could pay.</source>
        <translation>Выше 5:1: возможно, вы недовкладываете в рост; больше маркетинга может окупиться.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="426"/>
        <source>Correct the value marked in red to see every result.</source>
        <translation>Исправьте значение, отмеченное красным, чтобы увидеть все результаты.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="429"/>
        <source>Add marketing spend or CAC to see LTV:CAC.</source>
        <translation>Добавьте расходы на маркетинг или CAC, чтобы увидеть LTV:CAC.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="413"/>
        <source>3:1</source>
        <translation>3:1</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="160"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="162"/>
        <source>Undo the last change of your numbers (Ctrl+Z)</source>
        <translation>Отменить последнее изменение ваших данных (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="165"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="167"/>
        <source>Redo the change you undid (Ctrl+Shift+Z)</source>
        <translation>Вернуть отменённое изменение (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="439"/>
        <source>%1, −%2 %</source>
        <translation>%1, −%2 %</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="439"/>
        <source>%1, +%2 %</source>
        <translation>%1, +%2 %</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="460"/>
        <source>Save scenario</source>
        <translation>Сохранить сценарий</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="460"/>
        <source>Name of this scenario:</source>
        <translation>Название сценария:</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../ui/charts.py" line="120"/>
        <source>Save picture…</source>
        <translation>Сохранить изображение…</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="121"/>
        <location filename="../ui/charts.py" line="373"/>
        <source>Copy data</source>
        <translation>Копировать данные</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="123"/>
        <source>Reset view</source>
        <translation>Сбросить масштаб</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="149"/>
        <source>%1, low</source>
        <translation>%1, нижняя граница</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="150"/>
        <source>%1, high</source>
        <translation>%1, верхняя граница</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="297"/>
        <source>Save chart</source>
        <translation>Сохранить график</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="299"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>CohortsView</name>
    <message>
        <location filename="../ui/cohorts_view.py" line="35"/>
        <source>Retention, % of the cohort buying</source>
        <translation>Удержание, % когорты с покупкой</translation>
    </message>
    <message>
        <location filename="../ui/cohorts_view.py" line="36"/>
        <source>Cumulative revenue per customer</source>
        <translation>Накопленная выручка на клиента</translation>
    </message>
    <message>
        <location filename="../ui/cohorts_view.py" line="41"/>
        <source>Cumulative revenue per customer by cohort</source>
        <translation>Накопленная выручка на клиента по когортам</translation>
    </message>
    <message>
        <location filename="../ui/cohorts_view.py" line="42"/>
        <source>Age, periods</source>
        <translation>Возраст, периоды</translation>
    </message>
    <message>
        <location filename="../ui/cohorts_view.py" line="43"/>
        <source>Revenue per customer</source>
        <translation>Выручка на клиента</translation>
    </message>
    <message>
        <location filename="../ui/cohorts_view.py" line="46"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../ui/cohorts_view.py" line="72"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../ui/cohorts_view.py" line="101"/>
        <source>All cohorts</source>
        <translation>Все когорты</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../ui/customers_view.py" line="49"/>
        <source>Find a customer…</source>
        <translation>Найти клиента…</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="53"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="54"/>
        <location filename="../ui/customers_view.py" line="102"/>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="55"/>
        <location filename="../ui/customers_view.py" line="102"/>
        <source>Lost</source>
        <translation>Ушедшие</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="56"/>
        <source>Key customers at risk</source>
        <translation>Ключевые клиенты под угрозой</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="58"/>
        <source>Export this view…</source>
        <translation>Экспортировать этот список…</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="80"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="80"/>
        <source>First purchase</source>
        <translation>Первая покупка</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="81"/>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="81"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="81"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="82"/>
        <source>Gross profit</source>
        <translation>Валовая прибыль</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="82"/>
        <source>Average order</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="83"/>
        <source>Days since last</source>
        <translation>Дней с последней</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="83"/>
        <source>Days as customer</source>
        <translation>Дней клиентом</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="84"/>
        <source>Purchase days</source>
        <translation>Дней с покупками</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="84"/>
        <source>Usual gap, days</source>
        <translation>Обычный перерыв, дней</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="85"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="85"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="85"/>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="86"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="87"/>
        <source>Key</source>
        <translation>Ключевой</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="87"/>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="88"/>
        <source>Expected purchases</source>
        <translation>Ожидаемые покупки</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="88"/>
        <source>P(alive)</source>
        <translation>P(активен)</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="89"/>
        <source>Expected order value</source>
        <translation>Ожидаемый чек</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="89"/>
        <source>Predicted value</source>
        <translation>Прогнозная ценность</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="90"/>
        <source>Predicted, low</source>
        <translation>Прогноз, мин.</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="90"/>
        <source>Predicted, high</source>
        <translation>Прогноз, макс.</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="99"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="112"/>
        <source>Any segment</source>
        <translation>Любой сегмент</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers_view.py" line="135"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%Ln клиент</numerusform>
            <numerusform>%Ln клиента</numerusform>
            <numerusform>%Ln клиентов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../ui/dashboard_view.py" line="20"/>
        <location filename="../ui/dashboard_view.py" line="52"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="20"/>
        <source>Customers with at least one order</source>
        <translation>Клиенты хотя бы с одним заказом</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="21"/>
        <location filename="../ui/dashboard_view.py" line="51"/>
        <location filename="../ui/dashboard_view.py" line="138"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="21"/>
        <source>Σ amount, refunds included</source>
        <translation>Σ сумм, включая возвраты</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="22"/>
        <source>Average order</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="22"/>
        <source>revenue / orders</source>
        <translation>выручка / заказы</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="24"/>
        <source>Churn per period</source>
        <translation>Отток за период</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="24"/>
        <source>Σ lost / Σ active at the start, last 12 periods</source>
        <translation>Σ ушедших / Σ активных на начало, последние 12 периодов</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="27"/>
        <location filename="../ui/dashboard_view.py" line="151"/>
        <source>Retention</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="27"/>
        <source>Σ (active at the end − new) / Σ active at the start</source>
        <translation>Σ (активных на конец − новые) / Σ активных на начало</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="29"/>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="29"/>
        <source>ARPU × margin × lifespan (1 / churn)</source>
        <translation>ARPU × маржа × срок жизни (1 / отток)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="30"/>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="30"/>
        <source>Σ marketing spend / Σ new customers</source>
        <translation>Σ расходов на маркетинг / Σ новых клиентов</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="31"/>
        <location filename="../ui/dashboard_view.py" line="57"/>
        <location filename="../ui/dashboard_view.py" line="169"/>
        <source>LTV:CAC</source>
        <translation>LTV:CAC</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="31"/>
        <source>LTV / CAC</source>
        <translation>LTV / CAC</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="32"/>
        <source>Payback</source>
        <translation>Окупаемость</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="32"/>
        <source>CAC / (ARPU × margin)</source>
        <translation>CAC / (ARPU × маржа)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="34"/>
        <source>Observed 12-month value</source>
        <translation>Фактическая ценность за 12 мес.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="35"/>
        <source>What cohorts really paid in their first 12 months, per customer</source>
        <translation>Сколько когорты действительно заплатили за первые 12 месяцев, на клиента</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="38"/>
        <source>Predicted 12-month value</source>
        <translation>Прогнозная ценность за 12 мес.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="39"/>
        <source>BG/NBD × Gamma-Gamma, all customers, with a 90 % interval</source>
        <translation>BG/NBD × Gamma-Gamma, все клиенты, с 90-процентным интервалом</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="51"/>
        <source>Revenue and orders per period</source>
        <translation>Выручка по периодам</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="51"/>
        <location filename="../ui/dashboard_view.py" line="52"/>
        <location filename="../ui/dashboard_view.py" line="53"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="52"/>
        <source>New, lost and active customers</source>
        <translation>Новые, ушедшие и активные клиенты</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="53"/>
        <source>Churn and retention per period</source>
        <translation>Отток и удержание по периодам</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="55"/>
        <source>Observed LTV by age against the formula</source>
        <translation>LTV по возрасту: факт и формула</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="55"/>
        <source>Age, periods</source>
        <translation>Возраст, периоды</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="55"/>
        <source>Revenue per customer</source>
        <translation>Выручка на клиента</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="57"/>
        <source>LTV:CAC by channel</source>
        <translation>LTV:CAC по каналам</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="57"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="59"/>
        <source>Pareto: revenue share of the top customers</source>
        <translation>Парето: доля выручки лучших клиентов</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="60"/>
        <source>Top customers, %</source>
        <translation>Лучшие клиенты, %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="61"/>
        <source>Revenue, %</source>
        <translation>Выручка, %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="88"/>
        <source>Open a sales file (or the demo) and press Analyze to fill the dashboard.</source>
        <translation>Откройте файл продаж (или демо) и нажмите «Анализ», чтобы заполнить сводку.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="101"/>
        <source>Key customers most likely lost (P(alive)): %1</source>
        <translation>Ключевые клиенты, скорее всего ушедшие (P(активен)): %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="106"/>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="106"/>
        <source>weeks</source>
        <translation>нед.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="106"/>
        <source>quarters</source>
        <translation>кв.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard_view.py" line="108"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%Ln заказ</numerusform>
            <numerusform>%Ln заказа</numerusform>
            <numerusform>%Ln заказов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="114"/>
        <source>lifespan %1 years</source>
        <translation>срок жизни %1 года</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="128"/>
        <source>not computed</source>
        <translation>не рассчитано</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="139"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="143"/>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="144"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="145"/>
        <source>Lost</source>
        <translation>Ушедшие</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="150"/>
        <source>Churn</source>
        <translation>Отток</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="155"/>
        <source>Observed (cohorts)</source>
        <translation>Фактически (когорты)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="160"/>
        <source>Formula, by age</source>
        <translation>Формула, по возрасту</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="162"/>
        <source>Formula LTV (revenue)</source>
        <translation>LTV по формуле (выручка)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="178"/>
        <source>Revenue share</source>
        <translation>Доля выручки</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="179"/>
        <source>Equal shares</source>
        <translation>Равные доли</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../ui/data_view.py" line="47"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="48"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="49"/>
        <location filename="../ui/data_view.py" line="119"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="50"/>
        <source>Order number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="51"/>
        <location filename="../ui/data_view.py" line="119"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="52"/>
        <source>Cost of goods</source>
        <translation>Себестоимость</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="54"/>
        <source>No file yet: open one or drop it anywhere on this window.</source>
        <translation>Файла пока нет: откройте его или перетащите в любое место окна.</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="57"/>
        <source>Open file…</source>
        <translation>Открыть файл…</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="63"/>
        <source>What was found</source>
        <translation>Что найдено</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="69"/>
        <location filename="../ui/data_view.py" line="73"/>
        <location filename="../ui/data_view.py" line="82"/>
        <location filename="../ui/data_view.py" line="87"/>
        <source>(detected)</source>
        <translation>(определено)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="77"/>
        <source>vertical bars</source>
        <translation>вертикальные черты</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="88"/>
        <source>day before month (31.01.2025)</source>
        <translation>сначала день (31.01.2025)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="89"/>
        <source>month before day (01/31/2025)</source>
        <translation>сначала месяц (01/31/2025)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="93"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="94"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="95"/>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="96"/>
        <source>Delimiter</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="97"/>
        <source>Header row</source>
        <translation>Строка заголовка</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="98"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="99"/>
        <source>Date order</source>
        <translation>Порядок даты</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="100"/>
        <source>Numbers</source>
        <translation>Числа</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="102"/>
        <source>Which column is which</source>
        <translation>Какой столбец что значит</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="112"/>
        <source>Marketing spend (for CAC)</source>
        <translation>Расходы на маркетинг (для CAC)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="114"/>
        <source>Spend from a file…</source>
        <translation>Расходы из файла…</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="116"/>
        <source>No spend: CAC and LTV:CAC stay empty.</source>
        <translation>Расходов нет: CAC и LTV:CAC останутся пустыми.</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="119"/>
        <source>Month (YYYY-MM)</source>
        <translation>Месяц (ГГГГ-ММ)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="159"/>
        <source>Analyze</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="166"/>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="214"/>
        <source>Open sales export</source>
        <translation>Открыть выгрузку продаж</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="214"/>
        <location filename="../ui/data_view.py" line="221"/>
        <source>Spreadsheets</source>
        <translation>Таблицы</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="221"/>
        <source>Open marketing spend</source>
        <translation>Открыть расходы на маркетинг</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="75"/>
        <location filename="../ui/data_view.py" line="251"/>
        <source>semicolons</source>
        <translation>точки с запятой</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="74"/>
        <location filename="../ui/data_view.py" line="251"/>
        <source>commas</source>
        <translation>запятые</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="76"/>
        <location filename="../ui/data_view.py" line="251"/>
        <source>tabs</source>
        <translation>табуляции</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="267"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="287"/>
        <source>decimal comma</source>
        <translation>десятичная запятая</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="287"/>
        <source>decimal point</source>
        <translation>десятичная точка</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="291"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="291"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="291"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="292"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="296"/>
        <source>spend file</source>
        <translation>файл расходов</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="298"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/data_view.py" line="302"/>
        <source>%n row(s) could not be read</source>
        <translation>
            <numerusform>%Ln строку не удалось прочитать</numerusform>
            <numerusform>%Ln строки не удалось прочитать</numerusform>
            <numerusform>%Ln строк не удалось прочитать</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/data_view.py" line="304"/>
        <source>%n row(s) skipped (blank, titles, totals)</source>
        <translation>
            <numerusform>%Ln строка пропущена (пустые, заголовки, итоги)</numerusform>
            <numerusform>%Ln строки пропущены (пустые, заголовки, итоги)</numerusform>
            <numerusform>%Ln строк пропущено (пустые, заголовки, итоги)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../ui/error_dialog.py" line="38"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../ui/error_dialog.py" line="40"/>
        <source>LTV Desktop hit an unexpected problem. Your data is safe and the window still works.</source>
        <translation>В LTV Desktop произошла непредвиденная ошибка. Ваши данные в порядке, окно продолжает работать.</translation>
    </message>
    <message>
        <location filename="../ui/error_dialog.py" line="44"/>
        <source>The details were saved to the log folder: %1</source>
        <translation>Подробности сохранены в папке журналов: %1</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../controllers/export_controller.py" line="58"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="61"/>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="66"/>
        <source>Report written to %1</source>
        <translation>Отчёт записан в %1</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="81"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="71"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="88"/>
        <source>Save report as</source>
        <translation>Сохранить отчёт как</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="94"/>
        <source>Folder for the CSV file</source>
        <translation>Папка для файла CSV</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="154"/>
        <source>The chart images could not be saved in %1: %2.</source>
        <translation>Не удалось сохранить изображения графиков в %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../controllers/export_controller.py" line="165"/>
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%Ln файл записан в %1</numerusform>
            <numerusform>%Ln файла записано в %1</numerusform>
            <numerusform>%Ln файлов записано в %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="181"/>
        <source>the image could not be written</source>
        <translation>изображение не удалось записать</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../ui/guide_dialog.py" line="13"/>
        <source>Formulas guide</source>
        <translation>Справочник формул</translation>
    </message>
    <message>
        <location filename="../ui/guide_dialog.py" line="20"/>
        <source>The guide is missing.</source>
        <translation>Справочник не найден.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="49"/>
        <source>LTV Desktop</source>
        <translation>LTV Desktop</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="58"/>
        <source>Calculator</source>
        <translation>Калькулятор</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="59"/>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="60"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="61"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="62"/>
        <source>Cohorts</source>
        <translation>Когорты</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="63"/>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="70"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="73"/>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="91"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="92"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="93"/>
        <source>Open &amp;demo</source>
        <translation>Открыть &amp;демо</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="95"/>
        <source>&amp;Save analysis…</source>
        <translation>&amp;Сохранить анализ…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="96"/>
        <source>Open &amp;analysis…</source>
        <translation>Открыть &amp;анализ…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="97"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="98"/>
        <source>Export tables as &amp;CSV…</source>
        <translation>Экспорт таблиц в &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="99"/>
        <source>Save c&amp;harts as PNG…</source>
        <translation>Сохранить &amp;графики как PNG…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="102"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="103"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="105"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="107"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="111"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Анализ</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="112"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="113"/>
        <source>&amp;Analyze</source>
        <translation>&amp;Анализировать</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="114"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="116"/>
        <source>&amp;Formulas guide</source>
        <translation>Справочник &amp;формул</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="118"/>
        <source>&amp;About LTV Desktop</source>
        <translation>&amp;О программе LTV Desktop</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="128"/>
        <source>Open sales export</source>
        <translation>Открыть выгрузку продаж</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="128"/>
        <source>Spreadsheets</source>
        <translation>Таблицы</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="135"/>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="135"/>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="146"/>
        <source>Folder for the CSV tables</source>
        <translation>Папка для таблиц CSV</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="151"/>
        <source>Folder for the chart images</source>
        <translation>Папка для изображений графиков</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="157"/>
        <source>Save analysis</source>
        <translation>Сохранить анализ</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="157"/>
        <location filename="../ui/main_window.py" line="164"/>
        <source>LTV analysis</source>
        <translation>Анализ LTV</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="164"/>
        <source>Open analysis</source>
        <translation>Открыть анализ</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="172"/>
        <source>About LTV Desktop</source>
        <translation>О программе LTV Desktop</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="173"/>
        <source>LTV Desktop %1: what a customer is worth to your business.</source>
        <translation>LTV Desktop %1: сколько стоит клиент для вашего бизнеса.</translation>
    </message>
    <message>
        <location filename="../controllers/app.py" line="189"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../controllers/app.py" line="225"/>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../controllers/app.py" line="226"/>
        <source>Would you like to look around with the demo shop&apos;s data first?</source>
        <translation>Хотите сначала осмотреться на данных демо-магазина?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../ui/messages.py" line="18"/>
        <source>Champions</source>
        <translation>Чемпионы</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="19"/>
        <source>Loyal</source>
        <translation>Лояльные</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="20"/>
        <source>Potential loyalists</source>
        <translation>Будущие лояльные</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="21"/>
        <source>New customers</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="22"/>
        <source>Need attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="23"/>
        <source>Can&apos;t lose them</source>
        <translation>Нельзя потерять</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="24"/>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="25"/>
        <source>Hibernating</source>
        <translation>Спящие</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="26"/>
        <source>Lost</source>
        <translation>Ушедшие</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="35"/>
        <source>The headline uses only %1 complete periods so far instead of a full year.</source>
        <translation>Главные показатели пока опираются лишь на %1 полных периодов вместо целого года.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="41"/>
        <source>Churn, lifespan and LTV need at least %1 days of history plus one full period; this data covers %2 days.</source>
        <translation>Для оттока, срока жизни и LTV нужно не меньше %1 дней истории и ещё один полный период; эти данные охватывают %2 дней.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="48"/>
        <source>Churn is so low that the lifespan was capped at %1 years.</source>
        <translation>Отток так мал, что срок жизни ограничен %1 годами.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="52"/>
        <source>%1 rows dated after %2 were left out of every metric (holdout).</source>
        <translation>%1 строк с датой после %2 не вошли в показатели (контрольный период).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="56"/>
        <source>No new customers in the window, so CAC cannot be computed.</source>
        <translation>В окне нет новых клиентов, поэтому CAC не рассчитать.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="60"/>
        <source>No customer was active at the start of the window, so churn cannot be measured.</source>
        <translation>В начале окна не было активных клиентов, поэтому отток не измерить.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="66"/>
        <source>Too few customers bought twice for the predictive models to be trusted (%1).</source>
        <translation>Слишком мало клиентов купили дважды, чтобы доверять прогнозу (%1).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="72"/>
        <source>The purchase model (BG/NBD) did not converge even after restarts; its predictions are rough. More history or more repeat customers help.</source>
        <translation>Модель покупок (BG/NBD) не сошлась даже после перезапусков; её прогнозы приблизительны. Поможет более длинная история или больше повторных клиентов.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="80"/>
        <source>%1 customers whose repeat purchases are worth zero or less after refunds were left out of the value model.</source>
        <translation>Клиентов, чьи повторные покупки после возвратов стоят ноль или меньше, исключили из модели ценности: %1.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="88"/>
        <source>Purchase frequency and value are correlated (%1); the value model assumes they are not, so treat values with care.</source>
        <translation>Частота и сумма покупок связаны (корреляция %1); модель ценности предполагает обратное, поэтому относитесь к суммам осторожно.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="96"/>
        <source>The value model (Gamma-Gamma) did not fit well; expected order values fall back to each customer&apos;s own average.</source>
        <translation>Модель ценности (Gamma-Gamma) подобралась плохо; ожидаемая сумма заказа — собственное среднее каждого клиента.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="104"/>
        <source>Row %1 prints a total of %2, but the rows above add up to %3; check for missing or rejected rows.</source>
        <translation>В строке %1 напечатан итог %2, а строки выше дают в сумме %3; проверьте, нет ли пропущенных или отклонённых строк.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="111"/>
        <source>Some columns have the same name; the later ones were renamed (%1) and the first one of each name is used.</source>
        <translation>У некоторых столбцов одинаковые названия; последующие переименованы (%1), используется первый столбец с каждым названием.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="118"/>
        <source>&apos;%1&apos; is named like a workbook but is a text (CSV) file; it was read as text.</source>
        <translation>«%1» назван как книга Excel, но это текстовый файл (CSV); он прочитан как текст.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="124"/>
        <source>The dates could be read both day-first and month-first; they were read day first (%1). Choose the date order on the Data tab if that is wrong.</source>
        <translation>Даты можно прочитать и как «день, месяц», и как «месяц, день»; они прочитаны как «день, месяц» (%1). Если это неверно, выберите порядок даты на вкладке «Данные».</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="132"/>
        <source>The dates could be read both day-first and month-first; they were read month first (%1). Choose the date order on the Data tab if that is wrong.</source>
        <translation>Даты можно прочитать и как «день, месяц», и как «месяц, день»; они прочитаны как «месяц, день» (%1). Если это неверно, выберите порядок даты на вкладке «Данные».</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="162"/>
        <source>customer is empty</source>
        <translation>клиент не указан</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="163"/>
        <source>date is empty</source>
        <translation>дата не указана</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="164"/>
        <source>not a date</source>
        <translation>не дата</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="165"/>
        <source>not a date (the column reads as %1)</source>
        <translation>не дата (столбец читается как %1)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="166"/>
        <source>date is missing or not a date</source>
        <translation>дата не указана или это не дата</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="167"/>
        <source>amount is empty</source>
        <translation>сумма не указана</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="168"/>
        <source>not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="169"/>
        <source>amount is missing or not a number</source>
        <translation>сумма не указана или это не число</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="170"/>
        <source>cost is not a number</source>
        <translation>себестоимость — не число</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="171"/>
        <source>not a date or month</source>
        <translation>не дата и не месяц</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="188"/>
        <source>customer</source>
        <translation>клиент</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="189"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="190"/>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="191"/>
        <source>order number</source>
        <translation>номер заказа</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="192"/>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="193"/>
        <source>cost</source>
        <translation>себестоимость</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="200"/>
        <source>Average order value must be above 0.</source>
        <translation>Средний чек должен быть больше 0.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="201"/>
        <source>Purchases per year must be above 0.</source>
        <translation>Число покупок в год должно быть больше 0.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="202"/>
        <source>Give either the lifespan or the churn rate, not both.</source>
        <translation>Укажите либо срок жизни, либо отток, но не оба сразу.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="203"/>
        <source>Customer lifespan must be above 0 years.</source>
        <translation>Срок жизни клиента должен быть больше 0 лет.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="204"/>
        <source>Give the customer lifespan or the churn rate.</source>
        <translation>Укажите срок жизни клиента или отток.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="205"/>
        <source>Churn rate must be above 0 % and at most 100 %.</source>
        <translation>Отток должен быть больше 0 % и не больше 100 %.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="206"/>
        <source>Churn period must be month or year.</source>
        <translation>Период оттока — месяц или год.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="207"/>
        <source>Gross margin must be above 0 % and at most 100 %.</source>
        <translation>Валовая маржа должна быть больше 0 % и не больше 100 %.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="208"/>
        <source>Retention cost must be 0 or more.</source>
        <translation>Затраты на удержание должны быть 0 или больше.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="209"/>
        <source>Discount rate must be 0 % or more.</source>
        <translation>Ставка дисконтирования должна быть 0 % или больше.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="210"/>
        <source>Give either CAC or marketing spend with new customers, not both.</source>
        <translation>Укажите либо CAC, либо расходы на маркетинг и число новых клиентов, но не всё сразу.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="211"/>
        <source>CAC must be 0 or more.</source>
        <translation>CAC должен быть 0 или больше.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="212"/>
        <source>Marketing spend must be 0 or more.</source>
        <translation>Расходы на маркетинг должны быть 0 или больше.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="213"/>
        <source>New customers must be above 0.</source>
        <translation>Число новых клиентов должно быть больше 0.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="214"/>
        <source>Customer lifespan must be at least one month.</source>
        <translation>Срок жизни клиента должен быть не меньше месяца.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="235"/>
        <source>&apos;%1&apos; is Excel&apos;s lock file, not your workbook. Open &apos;%2&apos; instead (the lock file exists while the workbook is open in Excel).</source>
        <translation>«%1» — служебный файл блокировки Excel, а не ваша книга. Откройте «%2» (файл блокировки существует, пока книга открыта в Excel).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="243"/>
        <source>&apos;%1&apos; is empty (0 bytes). Export the report again.</source>
        <translation>Файл «%1» пуст (0 байт). Выгрузите отчёт ещё раз.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="246"/>
        <source>&apos;%1&apos; has no rows.</source>
        <translation>В файле «%1» нет строк.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="248"/>
        <source>&apos;%1&apos; is protected with a password. Open it in Excel, remove the password (File → Info → Protect Workbook) and save it again, then import that copy.</source>
        <translation>Файл «%1» защищён паролем. Откройте его в Excel, снимите пароль (Файл → Сведения → Защита книги), сохраните и импортируйте эту копию.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="256"/>
        <source>&apos;%1&apos; is a web page (HTML) saved with a spreadsheet name, not a real workbook. Open it in Excel and save it as .xlsx, or export the report as CSV.</source>
        <translation>«%1» — веб-страница (HTML) с именем таблицы, а не настоящая книга. Откройте её в Excel и сохраните как .xlsx или выгрузите отчёт в CSV.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="264"/>
        <source>&apos;%1&apos; is damaged or was not downloaded completely. Download or export it again.</source>
        <translation>Файл «%1» повреждён или скачан не полностью. Скачайте или выгрузите его ещё раз.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="269"/>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation>Файла «%1» не существует.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="270"/>
        <source>&apos;%1&apos; is a folder, not a file.</source>
        <translation>«%1» — папка, а не файл.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="272"/>
        <source>There is no sheet &apos;%1&apos;. The sheets are: %2.</source>
        <translation>Листа «%1» нет. Листы в книге: %2.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="275"/>
        <source>Row %1 is not in the file.</source>
        <translation>Строки %1 в файле нет.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="277"/>
        <source>No column for the %1 was found. The columns are: %2. Choose it by hand on the Data tab.</source>
        <translation>Не найден столбец для поля «%1». Столбцы в файле: %2. Выберите его вручную на вкладке «Данные».</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="283"/>
        <source>There is no column &apos;%1&apos; for the %2. The columns are: %3.</source>
        <translation>Столбца «%1» для поля «%2» нет. Столбцы в файле: %3.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="287"/>
        <source>The amount column mixes currencies (%1). Adding them up would be wrong: export one currency at a time, or convert first.</source>
        <translation>В столбце суммы смешаны валюты (%1). Складывать их было бы ошибкой: выгружайте по одной валюте или сначала пересчитайте.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="295"/>
        <source>&apos;%1&apos; has a header but no sales rows.</source>
        <translation>В файле «%1» есть заголовок, но нет строк продаж.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="299"/>
        <source>No row of &apos;%1&apos; could be used: %2 rows were rejected (the first: row %3, %4 &apos;%5&apos;: %6).</source>
        <translation>Ни одну строку «%1» нельзя использовать: отклонено строк — %2 (первая: строка %3, %4 «%5»: %6).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="306"/>
        <source>No sales on or before %1: choose a later &apos;as of&apos; date.</source>
        <translation>Нет продаж на %1 или раньше: выберите более позднюю расчётную дату.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="310"/>
        <source>&apos;%1&apos; is open in Excel. Close it there and export again, or save under another name.</source>
        <translation>Файл «%1» открыт в Excel. Закройте его там и выгрузите снова или сохраните под другим именем.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="316"/>
        <source>&apos;%1&apos; cannot be replaced: it is probably open in Excel. Close it and export again, or save under another name.</source>
        <translation>Файл «%1» нельзя заменить: вероятно, он открыт в Excel. Закройте его и выгрузите снова или сохраните под другим именем.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="324"/>
        <source>&apos;%1&apos; cannot be replaced: it is probably open in Excel. Close it and export again, or choose another folder.</source>
        <translation>Файл «%1» нельзя заменить: вероятно, он открыт в Excel. Закройте его и выгрузите снова или выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="332"/>
        <source>The folder &apos;%1&apos; does not exist.</source>
        <translation>Папки «%1» не существует.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="336"/>
        <source>The report could not be written to &apos;%1&apos;: %2.</source>
        <translation>Не удалось записать отчёт в «%1»: %2.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="340"/>
        <source>The file cannot be read as %1. Choose another encoding on the Data tab.</source>
        <translation>Файл не читается в кодировке %1. Выберите другую кодировку на вкладке «Данные».</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="346"/>
        <source>&apos;%1&apos; is a zip archive but not a workbook.</source>
        <translation>«%1» — zip-архив, но не книга Excel.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="350"/>
        <source>&apos;%1&apos; would unpack to %2 GB; that is not a sales export, so it was not opened.</source>
        <translation>«%1» распаковался бы в %2 ГБ; это не выгрузка продаж, поэтому файл не открыт.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="356"/>
        <source>The sheet &apos;%1&apos; of &apos;%2&apos; could not be read. Export the workbook again or choose another sheet.</source>
        <translation>Лист «%1» файла «%2» не читается. Выгрузите книгу ещё раз или выберите другой лист.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="363"/>
        <source>&apos;%1&apos; is not an LTV Desktop analysis file.</source>
        <translation>«%1» — не файл анализа LTV Desktop.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="367"/>
        <source>No sale with a positive amount on or before the &apos;as of&apos; date, so there are no orders.</source>
        <translation>До расчётной даты нет ни одной продажи с положительной суммой, поэтому заказов нет.</translation>
    </message>
</context>
<context>
    <name>PredictiveView</name>
    <message>
        <location filename="../ui/predictive_view.py" line="72"/>
        <source>Holdout check: repeat purchases after the as-of date</source>
        <translation>Повторные покупки после расчётной даты: факт и прогноз</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="73"/>
        <source>Time after the as-of date</source>
        <translation>Время после расчётной даты</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="74"/>
        <source>Repeat purchases, cumulative</source>
        <translation>Повторные покупки, нарастающим итогом</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="82"/>
        <source>Predicted value of your current customers</source>
        <translation>Прогнозная ценность ваших нынешних клиентов</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="83"/>
        <source>Months after the as-of date</source>
        <translation>Месяцы после расчётной даты</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="84"/>
        <source>Value, cumulative</source>
        <translation>Ценность, нарастающим итогом</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="87"/>
        <source>Fit check: customers by number of repeat purchases</source>
        <translation>Проверка модели: клиенты по числу повторных покупок</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="88"/>
        <source>Repeat purchases up to the as-of date</source>
        <translation>Повторные покупки до расчётной даты</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="89"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="93"/>
        <source>Chance a customer is still active, P(alive)</source>
        <translation>Вероятность, что клиент ещё активен, P(alive)</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="94"/>
        <source>Recency: time from first to last purchase</source>
        <translation>Давность: время от первой до последней покупки</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="95"/>
        <source>Repeat purchases</source>
        <translation>Повторные покупки</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="96"/>
        <source>P(alive)</source>
        <translation>P(активен)</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="41"/>
        <source>Open a sales file (or the demo) and press Analyze to see the forecast.</source>
        <translation>Откройте файл продаж (или демо) и нажмите «Анализ», чтобы увидеть прогноз.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="118"/>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="118"/>
        <source>weeks</source>
        <translation>нед.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="118"/>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="126"/>
        <source>The predictive models were not computed for this analysis, so there is no forecast.</source>
        <translation>Для этого анализа прогнозные модели не рассчитывались, поэтому прогноза нет.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="145"/>
        <source>Your %1 customers are predicted to bring %2 over the next %3 months after %4, about %5 each.</source>
        <translation>По прогнозу ваши клиенты (%1) принесут %2 за %3 мес. после %4 — около %5 каждый.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="156"/>
        <source>90 % range: %1 – %2.</source>
        <translation>Диапазон 90 %: %1 – %2.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="160"/>
        <source>The model could not say how uncertain this is (the fit did not converge).</source>
        <translation>Модель не смогла оценить неопределённость (подбор не сошёлся).</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="161"/>
        <source>Gross margin and discount rate from Analysis settings are applied.</source>
        <translation>Применены валовая маржа и ставка дисконтирования из настроек анализа.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="166"/>
        <source>The forecast also counts %1 customers whose orders came to zero (free or fully refunded); the Dashboard counts only customers with a paid order.</source>
        <translation>Прогноз учитывает ещё клиентов, чьи заказы в сумме дали ноль (бесплатные или полностью возвращённые): %1; в «Сводке» считаются только клиенты с оплаченным заказом.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="185"/>
        <source>No holdout check yet: the models learnt from every sale up to %1, so there is nothing later to compare their forecast with. To see how well they predict, choose an earlier &quot;As of&quot; date in Analysis → Settings (for example a few months before your last sale): sales after it are kept aside and compared with the forecast.</source>
        <translation>Проверки на отложенных данных пока нет: модели обучены на всех продажах до %1, и сравнивать прогноз не с чем. Чтобы увидеть, насколько точно они предсказывают, выберите более раннюю расчётную дату в меню Анализ → Настройки (например, за несколько месяцев до последней продажи): продажи после неё отложат и сравнят с прогнозом.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="205"/>
        <source>Holdout check: from %1 to %2 the model predicted %3 repeat purchases by these customers; they made %4 (error %5).</source>
        <translation>Проверка на отложенных данных: с %1 по %2 модель предсказала этим клиентам %3 повторных покупок; на деле их было %4 (ошибка %5).</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="227"/>
        <source>%1 after %2</source>
        <translation>%1 после %2</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="229"/>
        <location filename="../ui/predictive_view.py" line="257"/>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="230"/>
        <source>Predicted</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="237"/>
        <source>Value, cumulative (%1)</source>
        <translation>Ценность, нарастающим итогом (%1)</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="245"/>
        <source>90 % range</source>
        <translation>Диапазон 90 %</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="247"/>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="258"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="270"/>
        <source>P(alive) for a customer first seen %1 %2 ago</source>
        <translation>P(alive) клиента, впервые купившего %1 %2 назад</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="272"/>
        <source>Recency: %1 from first to last purchase</source>
        <translation>Давность (%1): от первой до последней покупки</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="285"/>
        <source>Purchase model (BG/NBD), fitted on %1 customers: r = %2, α = %3, a = %4, b = %5. While still active, a typical customer buys about once every %6 %7; after each purchase about %8 of customers stop buying.</source>
        <translation>Модель покупок (BG/NBD), подобранная по клиентам (%1): r = %2, α = %3, a = %4, b = %5. Пока клиент активен, он обычно покупает примерно раз в %6 %7; после каждой покупки около %8 клиентов перестают покупать.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="305"/>
        <source>Value model (Gamma-Gamma), fitted on %1 repeat customers: p = %2, q = %3, v = %4. It expects an average purchase of about %5.</source>
        <translation>Модель ценности (Gamma-Gamma), подобранная по повторным клиентам (%1): p = %2, q = %3, v = %4. Она ожидает среднюю покупку около %5.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="318"/>
        <source>Value model (Gamma-Gamma) not used: each customer&apos;s own average purchase is used.</source>
        <translation>Модель ценности (Gamma-Gamma) не применяется: используется собственная средняя покупка каждого клиента.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="35"/>
        <source>Analysis settings</source>
        <translation>Настройки анализа</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="37"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="37"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="37"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="43"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="55"/>
        <source> years</source>
        <translation> лет</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="56"/>
        <source>Last sale in the data</source>
        <translation>Последняя продажа в данных</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="58"/>
        <source>Choose an earlier date to keep the later sales aside and check the forecast against them.</source>
        <translation>Выберите более раннюю дату, чтобы отложить последующие продажи и сверить с ними прогноз.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="77"/>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="77"/>
        <source>Weeks</source>
        <translation>Недели</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="77"/>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="84"/>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="91"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="92"/>
        <source>Lost after no purchase for</source>
        <translation>Ушёл, если не покупал</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="93"/>
        <source>Gross margin</source>
        <translation>Валовая маржа</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="94"/>
        <source>Discount rate a year</source>
        <translation>Ставка дисконтирования в год</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="95"/>
        <source>Longest lifespan to assume</source>
        <translation>Наибольший срок жизни</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="96"/>
        <source>As of</source>
        <translation>Расчётная дата</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="97"/>
        <source>Forecast counts time in</source>
        <translation>Единица времени прогноза</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="98"/>
        <source>Forecast horizon</source>
        <translation>Горизонт прогноза</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="99"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="100"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
</TS>
