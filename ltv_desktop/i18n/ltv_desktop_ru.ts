<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnalysisController</name>
    <message>
        <location filename="../controllers/analysis_controller.py" line="113"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="123"/>
        <source>the table you typed</source>
        <translation>таблицы, введённой вручную</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="126"/>
        <source>Marketing spend</source>
        <translation>Расходы на маркетинг</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="127"/>
        <source>The marketing spend from %1 belongs to the previous file. Use it for the new file too?</source>
        <translation>Расходы на маркетинг из %1 относятся к предыдущему файлу. Использовать их и для нового файла?</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="161"/>
        <source>Reading again…</source>
        <translation>Повторное чтение…</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="175"/>
        <source>Read %1</source>
        <translation>Прочитан %1</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="207"/>
        <source>Spend from %1</source>
        <translation>Расходы из %1</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="209"/>
        <source>Spend typed in the table</source>
        <translation>Расходы, введённые в таблицу</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="211"/>
        <source>No marketing spend: CAC is not computed.</source>
        <translation>Расходов на маркетинг нет: CAC не рассчитывается.</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="217"/>
        <location filename="../controllers/analysis_controller.py" line="266"/>
        <source>No file</source>
        <translation>Нет файла</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="217"/>
        <location filename="../controllers/analysis_controller.py" line="266"/>
        <source>Open a sales file first (File → Open, or drop it here).</source>
        <translation>Сначала откройте файл продаж (Файл → Открыть или перетащите его сюда).</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="223"/>
        <source>Save analysis</source>
        <translation>Сохранить анализ</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="225"/>
        <source>Analysis saved to %1</source>
        <translation>Анализ сохранён в %1</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="232"/>
        <source>Open analysis</source>
        <translation>Открыть анализ</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="272"/>
        <source>Analyzing %1…</source>
        <translation>Анализ %1…</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="299"/>
        <location filename="../controllers/analysis_controller.py" line="323"/>
        <source>%1 — LTV Desktop</source>
        <translation>%1 — LTV Desktop</translation>
    </message>
    <message numerus="yes">
        <location filename="../controllers/analysis_controller.py" line="304"/>
        <source>%n customer(s) analysed</source>
        <translation>
            <numerusform>Проанализирован %Ln клиент</numerusform>
            <numerusform>Проанализировано %Ln клиента</numerusform>
            <numerusform>Проанализировано %Ln клиентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../controllers/analysis_controller.py" line="305"/>
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%Ln строка отклонена</numerusform>
            <numerusform>%Ln строки отклонены</numerusform>
            <numerusform>%Ln строк отклонено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="380"/>
        <source>The results shown are still those of %1.</source>
        <translation>На экране по-прежнему результаты для %1.</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="382"/>
        <source>Cannot use this file</source>
        <translation>Этот файл нельзя использовать</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="387"/>
        <source>Something went wrong; the previous results are still shown.</source>
        <translation>Что-то пошло не так; показаны прежние результаты.</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="393"/>
        <source>Cancelled; the previous results are still shown.</source>
        <translation>Отменено; показаны прежние результаты.</translation>
    </message>
</context>
<context>
    <name>CalculatorView</name>
    <message>
        <location filename="../ui/calculator_view.py" line="105"/>
        <source>Your numbers</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="110"/>
        <source> a year</source>
        <translation> в год</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="112"/>
        <source>Lifespan in years</source>
        <translation>Срок жизни в годах</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="113"/>
        <source>Churn per year</source>
        <translation>Отток в год</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="114"/>
        <source>Churn per month</source>
        <translation>Отток в месяц</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="115"/>
        <source> years</source>
        <translation> лет</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="121"/>
        <source>Marketing spend and new customers</source>
        <translation>Расходы на маркетинг и новые клиенты</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="122"/>
        <source>CAC known</source>
        <translation>CAC известен</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="123"/>
        <source>No CAC</source>
        <translation>Без CAC</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="128"/>
        <source>Average order value</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="129"/>
        <source>Purchases per customer</source>
        <translation>Покупок на клиента</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="130"/>
        <source>Customer lifespan</source>
        <translation>Срок жизни клиента</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="131"/>
        <source>Churn rate</source>
        <translation>Отток</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="132"/>
        <source>Gross margin</source>
        <translation>Валовая маржа</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="133"/>
        <source>Retention cost per customer a year</source>
        <translation>Затраты на удержание клиента в год</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="134"/>
        <source>Discount rate a year</source>
        <translation>Ставка дисконтирования в год</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="135"/>
        <source>Marketing spend</source>
        <translation>Расходы на маркетинг</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="136"/>
        <source>New customers it brought</source>
        <translation>Привлечено новых клиентов</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="137"/>
        <source>Cost to acquire a customer (CAC)</source>
        <translation>Стоимость привлечения клиента (CAC)</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="141"/>
        <location filename="../ui/calculator_view.py" line="318"/>
        <source>Lifetime given as</source>
        <translation>Срок жизни задан как</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="147"/>
        <location filename="../ui/calculator_view.py" line="318"/>
        <source>Acquisition given as</source>
        <translation>Привлечение задано как</translation>
    </message>
    <message>
        <location filename="../controllers/calculator_controller.py" line="119"/>
        <location filename="../ui/calculator_view.py" line="152"/>
        <location filename="../ui/calculator_view.py" line="368"/>
        <source>Fill from my data</source>
        <translation>Заполнить из моих данных</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="156"/>
        <source>Save as scenario…</source>
        <translation>Сохранить как сценарий…</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="176"/>
        <location filename="../ui/calculator_view.py" line="446"/>
        <source>LTV change</source>
        <translation>Изменение LTV</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="176"/>
        <source>Improve each input by %1 %</source>
        <translation>Улучшить каждый показатель на %1 %</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="184"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="187"/>
        <source>Customer lifespan, years</source>
        <translation>Срок жизни клиента, лет</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="188"/>
        <source>Revenue per customer a year</source>
        <translation>Выручка с клиента в год</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="189"/>
        <source>Revenue LTV</source>
        <translation>LTV по выручке</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="190"/>
        <source>Gross LTV</source>
        <translation>LTV по марже</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="191"/>
        <source>Contribution a year</source>
        <translation>Вклад в год</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="192"/>
        <source>Net LTV</source>
        <translation>Чистый LTV</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="193"/>
        <location filename="../ui/calculator_view.py" line="223"/>
        <location filename="../ui/calculator_view.py" line="407"/>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="194"/>
        <location filename="../ui/calculator_view.py" line="224"/>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="195"/>
        <location filename="../ui/calculator_view.py" line="224"/>
        <location filename="../ui/calculator_view.py" line="411"/>
        <source>LTV:CAC</source>
        <translation>LTV:CAC</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="196"/>
        <source>Payback, months</source>
        <translation>Окупаемость, мес.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="197"/>
        <source>Most you may pay per customer (3:1)</source>
        <translation>Предельная цена клиента (3:1)</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="223"/>
        <source>LTV vs churn</source>
        <translation>LTV и отток</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="223"/>
        <source>Churn a year, %</source>
        <translation>Отток в год, %</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="224"/>
        <source>LTV:CAC vs CAC</source>
        <translation>LTV:CAC и CAC</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="238"/>
        <source>Scenarios side by side</source>
        <translation>Сценарии рядом</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="416"/>
        <source>Each customer costs more to win than they bring: you lose money on every one.</source>
        <translation>Каждый клиент обходится дороже, чем приносит: вы теряете деньги на каждом.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="417"/>
        <source>Thin: customers pay back their cost, but with little to spare (aim for 3:1).</source>
        <translation>Тонко: клиенты окупаются, но с малым запасом (цель — 3:1).</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="418"/>
        <source>Healthy: each customer brings 3 to 5 times what winning them costs.</source>
        <translation>Здорово: каждый клиент приносит в 3–5 раз больше, чем стоит его привлечение.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="419"/>
        <source>Above 5:1: you may be under-investing in growth; more marketing could pay.</source>
        <translation>Выше 5:1: возможно, вы недовкладываете в рост; больше маркетинга может окупиться.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="425"/>
        <source>Correct the value marked in red to see every result.</source>
        <translation>Исправьте значение, отмеченное красным, чтобы увидеть все результаты.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="428"/>
        <source>Add marketing spend or CAC to see LTV:CAC.</source>
        <translation>Добавьте расходы на маркетинг или CAC, чтобы увидеть LTV:CAC.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="412"/>
        <source>3:1</source>
        <translation>3:1</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="158"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="160"/>
        <source>Undo the last change of your numbers (Ctrl+Z)</source>
        <translation>Отменить последнее изменение ваших данных (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="163"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="165"/>
        <source>Redo the change you undid (Ctrl+Shift+Z)</source>
        <translation>Вернуть отменённое изменение (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="438"/>
        <source>%1, −%2 %</source>
        <translation>%1, −%2 %</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="438"/>
        <source>%1, +%2 %</source>
        <translation>%1, +%2 %</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="456"/>
        <source>Save scenario</source>
        <translation>Сохранить сценарий</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="456"/>
        <source>Name of this scenario:</source>
        <translation>Название сценария:</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../ui/charts.py" line="159"/>
        <source>Save picture…</source>
        <translation>Сохранить изображение…</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="160"/>
        <location filename="../ui/charts.py" line="426"/>
        <source>Copy data</source>
        <translation>Копировать данные</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="162"/>
        <source>Reset view</source>
        <translation>Сбросить масштаб</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="188"/>
        <source>%1, low</source>
        <translation>%1, нижняя граница</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="189"/>
        <source>%1, high</source>
        <translation>%1, верхняя граница</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="350"/>
        <source>Save chart</source>
        <translation>Сохранить график</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="352"/>
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
        <location filename="../ui/customers_view.py" line="56"/>
        <source>Find a customer…</source>
        <translation>Найти клиента…</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="61"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="62"/>
        <location filename="../ui/customers_view.py" line="114"/>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="63"/>
        <location filename="../ui/customers_view.py" line="114"/>
        <source>Lost</source>
        <translation>Ушедшие</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="64"/>
        <source>Key customers at risk</source>
        <translation>Ключевые клиенты под угрозой</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="66"/>
        <source>Export this view…</source>
        <translation>Экспортировать этот список…</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="89"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="89"/>
        <source>First purchase</source>
        <translation>Первая покупка</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="90"/>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="90"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="90"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="91"/>
        <source>Gross profit</source>
        <translation>Валовая прибыль</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="91"/>
        <source>Average order</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="92"/>
        <source>Days since last</source>
        <translation>Дней с последней</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="92"/>
        <source>Days as customer</source>
        <translation>Дней клиентом</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="93"/>
        <source>Purchase days</source>
        <translation>Дней с покупками</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="93"/>
        <source>Usual gap, days</source>
        <translation>Обычный перерыв, дней</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="94"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="94"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="94"/>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="95"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="96"/>
        <source>Key</source>
        <translation>Ключевой</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="96"/>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="97"/>
        <source>Expected purchases</source>
        <translation>Ожидаемые покупки</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="97"/>
        <source>P(alive)</source>
        <translation>P(активен)</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="98"/>
        <source>Expected order value</source>
        <translation>Ожидаемый чек</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="98"/>
        <source>Predicted value</source>
        <translation>Прогнозная ценность</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="99"/>
        <source>Predicted, low</source>
        <translation>Прогноз, мин.</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="99"/>
        <source>Predicted, high</source>
        <translation>Прогноз, макс.</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="100"/>
        <source>Mean gap, days</source>
        <translation>Средний перерыв, дней</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="100"/>
        <source>Next purchase expected</source>
        <translation>Ожидаемая покупка</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="101"/>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="111"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="127"/>
        <source>Any segment</source>
        <translation>Любой сегмент</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers_view.py" line="150"/>
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
        <location filename="../ui/dashboard_view.py" line="30"/>
        <location filename="../ui/dashboard_view.py" line="64"/>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="30"/>
        <source>Customers with at least one order</source>
        <translation>Клиенты хотя бы с одним заказом</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="31"/>
        <location filename="../ui/dashboard_view.py" line="63"/>
        <location filename="../ui/dashboard_view.py" line="187"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="31"/>
        <source>Σ amount, refunds included</source>
        <translation>Σ сумм, включая возвраты</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="32"/>
        <source>Average order</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="32"/>
        <source>revenue / orders</source>
        <translation>выручка / заказы</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="34"/>
        <source>Churn per period</source>
        <translation>Отток за период</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="34"/>
        <source>Σ lost / Σ active at the start, last 12 periods</source>
        <translation>Σ ушедших / Σ активных на начало, последние 12 периодов</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="36"/>
        <location filename="../ui/dashboard_view.py" line="200"/>
        <source>Retention</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="38"/>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="38"/>
        <location filename="../ui/dashboard_view.py" line="140"/>
        <source>ARPU × margin × lifespan (1 / churn)</source>
        <translation>ARPU × маржа × срок жизни (1 / отток)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="39"/>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="39"/>
        <source>Σ marketing spend / Σ new customers</source>
        <translation>Σ расходов на маркетинг / Σ новых клиентов</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="40"/>
        <location filename="../ui/dashboard_view.py" line="69"/>
        <location filename="../ui/dashboard_view.py" line="220"/>
        <source>LTV:CAC</source>
        <translation>LTV:CAC</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="40"/>
        <source>LTV / CAC</source>
        <translation>LTV / CAC</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="41"/>
        <source>Payback</source>
        <translation>Окупаемость</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="41"/>
        <source>CAC / (ARPU × margin)</source>
        <translation>CAC / (ARPU × маржа)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="43"/>
        <source>Observed 12-month value</source>
        <translation>Фактическая ценность за 12 мес.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="44"/>
        <source>What cohorts really paid in their first 12 months, per customer</source>
        <translation>Сколько когорты действительно заплатили за первые 12 месяцев, на клиента</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="47"/>
        <source>Predicted 12-month value</source>
        <translation>Прогнозная ценность за 12 мес.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="48"/>
        <source>BG/NBD × Gamma-Gamma, all customers, with a 90 % interval</source>
        <translation>BG/NBD × Gamma-Gamma, все клиенты, с 90-процентным интервалом</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="63"/>
        <source>Revenue and orders per period</source>
        <translation>Выручка по периодам</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="63"/>
        <location filename="../ui/dashboard_view.py" line="64"/>
        <location filename="../ui/dashboard_view.py" line="65"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="64"/>
        <source>New, lost and active customers</source>
        <translation>Новые, ушедшие и активные клиенты</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="65"/>
        <source>Churn and retention per period</source>
        <translation>Отток и удержание по периодам</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="67"/>
        <source>Observed LTV by age against the formula</source>
        <translation>LTV по возрасту: факт и формула</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="67"/>
        <source>Age, periods</source>
        <translation>Возраст, периоды</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="67"/>
        <source>Revenue per customer</source>
        <translation>Выручка на клиента</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="69"/>
        <source>LTV:CAC by channel</source>
        <translation>LTV:CAC по каналам</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="69"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="71"/>
        <source>Pareto: revenue share of the top customers</source>
        <translation>Парето: доля выручки лучших клиентов</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="72"/>
        <source>Top customers, %</source>
        <translation>Лучшие клиенты, %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="73"/>
        <source>Revenue, %</source>
        <translation>Выручка, %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="101"/>
        <source>Open a sales file (or the demo) and press Analyze to fill the dashboard.</source>
        <translation>Откройте файл продаж (или демо) и нажмите «Анализ», чтобы заполнить сводку.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="118"/>
        <source>Key customers most likely lost (P(alive)): %1</source>
        <translation>Ключевые клиенты, скорее всего ушедшие (P(активен)): %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="154"/>
        <source>months</source>
        <translation>мес.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="154"/>
        <source>weeks</source>
        <translation>нед.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="154"/>
        <source>quarters</source>
        <translation>кв.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard_view.py" line="156"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%Ln заказ</numerusform>
            <numerusform>%Ln заказа</numerusform>
            <numerusform>%Ln заказов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="162"/>
        <source>lifespan %1 years</source>
        <translation>срок жизни %1 года</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="176"/>
        <source>not computed</source>
        <translation>не рассчитано</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="188"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="192"/>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="193"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="194"/>
        <source>Lost</source>
        <translation>Ушедшие</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="199"/>
        <source>Churn</source>
        <translation>Отток</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="207"/>
        <source>Observed (cohorts)</source>
        <translation>Фактически (когорты)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="211"/>
        <source>Formula, by age</source>
        <translation>Формула, по возрасту</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="213"/>
        <source>Formula LTV (revenue)</source>
        <translation>LTV по формуле (выручка)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="226"/>
        <source>Revenue share</source>
        <translation>Доля выручки</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="227"/>
        <source>Equal shares</source>
        <translation>Равные доли</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../ui/data_view.py" line="53"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="54"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="55"/>
        <location filename="../ui/data_view.py" line="125"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="56"/>
        <source>Order number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="57"/>
        <location filename="../ui/data_view.py" line="125"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="58"/>
        <source>Cost of goods</source>
        <translation>Себестоимость</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="60"/>
        <source>No file yet: open one or drop it anywhere on this window.</source>
        <translation>Файла пока нет: откройте его или перетащите в любое место окна.</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="63"/>
        <source>Open file…</source>
        <translation>Открыть файл…</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="69"/>
        <source>What was found</source>
        <translation>Что найдено</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="75"/>
        <location filename="../ui/data_view.py" line="79"/>
        <location filename="../ui/data_view.py" line="88"/>
        <location filename="../ui/data_view.py" line="93"/>
        <source>(detected)</source>
        <translation>(определено)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="83"/>
        <source>vertical bars</source>
        <translation>вертикальные черты</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="94"/>
        <source>day before month (31.01.2025)</source>
        <translation>сначала день (31.01.2025)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="95"/>
        <source>month before day (01/31/2025)</source>
        <translation>сначала месяц (01/31/2025)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="99"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="100"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="101"/>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="102"/>
        <source>Delimiter</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="103"/>
        <source>Header row</source>
        <translation>Строка заголовка</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="104"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="105"/>
        <source>Date order</source>
        <translation>Порядок даты</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="106"/>
        <source>Numbers</source>
        <translation>Числа</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="108"/>
        <source>Which column is which</source>
        <translation>Какой столбец что значит</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="118"/>
        <source>Marketing spend (for CAC)</source>
        <translation>Расходы на маркетинг (для CAC)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="120"/>
        <source>Spend from a file…</source>
        <translation>Расходы из файла…</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="122"/>
        <source>No spend: CAC and LTV:CAC stay empty.</source>
        <translation>Расходов нет: CAC и LTV:CAC останутся пустыми.</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="125"/>
        <source>Month (YYYY-MM)</source>
        <translation>Месяц (ГГГГ-ММ)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="129"/>
        <source>Remove spend</source>
        <translation>Убрать расходы</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="173"/>
        <source>Analyze</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="180"/>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="228"/>
        <source>Open sales export</source>
        <translation>Открыть выгрузку продаж</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="228"/>
        <location filename="../ui/data_view.py" line="235"/>
        <source>Spreadsheets</source>
        <translation>Таблицы</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="235"/>
        <source>Open marketing spend</source>
        <translation>Открыть расходы на маркетинг</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="334"/>
        <source>yyyy</source>
        <translation>гггг</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="334"/>
        <source>yy</source>
        <translation>гг</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="334"/>
        <source>mmmm</source>
        <translation>мммм</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="334"/>
        <source>mmm</source>
        <translation>ммм</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="335"/>
        <source>mm</source>
        <translation>мм</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="335"/>
        <source>dd</source>
        <translation>дд</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="81"/>
        <location filename="../ui/data_view.py" line="270"/>
        <source>semicolons</source>
        <translation>точки с запятой</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="80"/>
        <location filename="../ui/data_view.py" line="270"/>
        <source>commas</source>
        <translation>запятые</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="82"/>
        <location filename="../ui/data_view.py" line="270"/>
        <source>tabs</source>
        <translation>табуляции</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="286"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="306"/>
        <source>decimal comma</source>
        <translation>десятичная запятая</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="306"/>
        <source>decimal point</source>
        <translation>десятичная точка</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="309"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="309"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="309"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="310"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="314"/>
        <source>spend file</source>
        <translation>файл расходов</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="316"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/data_view.py" line="320"/>
        <source>%n row(s) could not be read</source>
        <translation>
            <numerusform>%Ln строку не удалось прочитать</numerusform>
            <numerusform>%Ln строки не удалось прочитать</numerusform>
            <numerusform>%Ln строк не удалось прочитать</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/data_view.py" line="322"/>
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
        <location filename="../controllers/export_controller.py" line="50"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="53"/>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="58"/>
        <source>Report written to %1</source>
        <translation>Отчёт записан в %1</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="73"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="88"/>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="88"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="90"/>
        <source>Export this view</source>
        <translation>Экспорт этого списка</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="90"/>
        <source>customers</source>
        <translation>клиенты</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="63"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="80"/>
        <source>Save report as</source>
        <translation>Сохранить отчёт как</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="144"/>
        <source>The chart images could not be saved in %1: %2.</source>
        <translation>Не удалось сохранить изображения графиков в %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../controllers/export_controller.py" line="155"/>
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%Ln файл записан в %1</numerusform>
            <numerusform>%Ln файла записано в %1</numerusform>
            <numerusform>%Ln файлов записано в %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="170"/>
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
        <location filename="../controllers/app.py" line="192"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../controllers/app.py" line="229"/>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <location filename="../controllers/app.py" line="230"/>
        <source>Would you like to look around with the demo shop&apos;s data first?</source>
        <translation>Хотите сначала осмотреться на данных демо-магазина?</translation>
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
        <location filename="../ui/predictive_view.py" line="129"/>
        <source>The predictive models were not computed for this analysis, so there is no forecast.</source>
        <translation>Для этого анализа прогнозные модели не рассчитывались, поэтому прогноза нет.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="148"/>
        <source>Your %1 customers are predicted to bring %2 over the next %3 months after %4, about %5 each.</source>
        <translation>По прогнозу ваши клиенты (%1) принесут %2 за %3 мес. после %4 — около %5 каждый.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="159"/>
        <source>90 % range: %1 – %2.</source>
        <translation>Диапазон 90 %: %1 – %2.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="163"/>
        <source>The model could not say how uncertain this is; the notes below say why.</source>
        <translation>Модель не смогла оценить неопределённость; почему — сказано в примечаниях ниже.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="164"/>
        <source>Gross margin and discount rate from Analysis settings are applied.</source>
        <translation>Применены валовая маржа и ставка дисконтирования из настроек анализа.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="169"/>
        <source>The forecast also counts %1 customers whose orders came to zero (free or fully refunded); the Dashboard counts only customers with a paid order.</source>
        <translation>Прогноз учитывает ещё клиентов, чьи заказы в сумме дали ноль (бесплатные или полностью возвращённые): %1; в «Сводке» считаются только клиенты с оплаченным заказом.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="190"/>
        <source>No holdout check yet: the models learnt from every sale up to %1, so there is nothing later to compare their forecast with. To see how well they predict, choose an earlier &quot;As of&quot; date in Analysis → Settings (for example a few months before your last sale): sales after it are kept aside and compared with the forecast.</source>
        <translation>Проверки на отложенных данных пока нет: модели обучены на всех продажах до %1, и сравнивать прогноз не с чем. Чтобы увидеть, насколько точно они предсказывают, выберите более раннюю расчётную дату в меню Анализ → Настройки (например, за несколько месяцев до последней продажи): продажи после неё отложат и сравнят с прогнозом.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="210"/>
        <source>Holdout check: from %1 to %2 the model predicted %3 repeat purchases by these customers; they made %4 (error %5).</source>
        <translation>Проверка на отложенных данных: с %1 по %2 модель предсказала этим клиентам %3 повторных покупок; на деле их было %4 (ошибка %5).</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="232"/>
        <source>%1 after %2</source>
        <translation>%1 после %2</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="234"/>
        <location filename="../ui/predictive_view.py" line="262"/>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="235"/>
        <source>Predicted</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="242"/>
        <source>Value, cumulative (%1)</source>
        <translation>Ценность, нарастающим итогом (%1)</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="250"/>
        <source>90 % range</source>
        <translation>Диапазон 90 %</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="252"/>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="263"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="275"/>
        <source>P(alive) for a customer first seen %1 %2 ago</source>
        <translation>P(alive) клиента, впервые купившего %1 %2 назад</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="277"/>
        <source>Recency: %1 from first to last purchase</source>
        <translation>Давность (%1): от первой до последней покупки</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="290"/>
        <source>Purchase model (BG/NBD), fitted on %1 customers: r = %2, α = %3, a = %4, b = %5. While still active, a typical customer buys about once every %6 %7; after each purchase about %8 of customers stop buying.</source>
        <translation>Модель покупок (BG/NBD), подобранная по клиентам (%1): r = %2, α = %3, a = %4, b = %5. Пока клиент активен, он обычно покупает примерно раз в %6 %7; после каждой покупки около %8 клиентов перестают покупать.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="315"/>
        <source>%1 fitted on %2 customers: %3; log-likelihood %4.%5</source>
        <translation>%1 подобрана по %2 клиентам: %3; логарифм правдоподобия %4.%5</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="321"/>
        <location filename="../ui/predictive_view.py" line="326"/>
        <source> This model speaks for the forecast.</source>
        <translation> Прогноз строится по этой модели.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="328"/>
        <source>At the limit of the search (not estimates): %1.</source>
        <translation>На границе поиска (это не оценки): %1.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="333"/>
        <source>Value model (Gamma-Gamma), fitted on %1 repeat customers: p = %2, q = %3, v = %4. It expects an average purchase of about %5.</source>
        <translation>Модель ценности (Gamma-Gamma), подобранная по повторным клиентам (%1): p = %2, q = %3, v = %4. Она ожидает среднюю покупку около %5.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="346"/>
        <source>Value model (Gamma-Gamma) not used: each customer&apos;s own average purchase is used.</source>
        <translation>Модель ценности (Gamma-Gamma) не применяется: используется собственная средняя покупка каждого клиента.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="40"/>
        <source>Analysis settings</source>
        <translation>Настройки анализа</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="42"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="42"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="42"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="50"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="76"/>
        <source> years</source>
        <translation> лет</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="77"/>
        <source>Last sale in the data</source>
        <translation>Последняя продажа в данных</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="79"/>
        <source>Choose an earlier date to keep the later sales aside and check the forecast against them.</source>
        <translation>Выберите более раннюю дату, чтобы отложить последующие продажи и сверить с ними прогноз.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="98"/>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="98"/>
        <source>Weeks</source>
        <translation>Недели</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="98"/>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="105"/>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="112"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="113"/>
        <source>Lost after no purchase for</source>
        <translation>Ушёл, если не покупал</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="115"/>
        <source>Gross margin</source>
        <translation>Валовая маржа</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="116"/>
        <source>Discount rate a year</source>
        <translation>Ставка дисконтирования в год</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="117"/>
        <source>Longest lifespan to assume</source>
        <translation>Наибольший срок жизни</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="118"/>
        <source>As of</source>
        <translation>Расчётная дата</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="119"/>
        <source>Forecast counts time in</source>
        <translation>Единица времени прогноза</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="120"/>
        <source>Forecast horizon</source>
        <translation>Горизонт прогноза</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="121"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="122"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
</TS>
