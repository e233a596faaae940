<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AnalysisController</name>
    <message>
        <location filename="../controllers/analysis_controller.py" line="109"/>
        <source>Reading %1…</source>
        <translation>Wczytywanie %1…</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="127"/>
        <source>Reading again…</source>
        <translation>Ponowne wczytywanie…</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="149"/>
        <location filename="../controllers/analysis_controller.py" line="260"/>
        <source>Spend from %1</source>
        <translation>Wydatki z %1</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="164"/>
        <location filename="../controllers/analysis_controller.py" line="197"/>
        <source>No file</source>
        <translation>Brak pliku</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="164"/>
        <location filename="../controllers/analysis_controller.py" line="197"/>
        <source>Open a sales file first (File → Open, or drop it here).</source>
        <translation>Najpierw otwórz plik sprzedaży (Plik → Otwórz lub przeciągnij go tutaj).</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="170"/>
        <source>Save analysis</source>
        <translation>Zapisz analizę</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="172"/>
        <source>Analysis saved to %1</source>
        <translation>Analizę zapisano w %1</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="181"/>
        <source>Open analysis</source>
        <translation>Otwórz analizę</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="233"/>
        <source>Analyzing %1…</source>
        <translation>Analiza %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../controllers/analysis_controller.py" line="246"/>
        <source>%n customer(s) analysed</source>
        <translation>
            <numerusform>Przeanalizowano %Ln klienta</numerusform>
            <numerusform>Przeanalizowano %Ln klientów</numerusform>
            <numerusform>Przeanalizowano %Ln klientów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../controllers/analysis_controller.py" line="247"/>
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%Ln wiersz odrzucony</numerusform>
            <numerusform>%Ln wiersze odrzucone</numerusform>
            <numerusform>%Ln wierszy odrzuconych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="313"/>
        <source>Cannot use this file</source>
        <translation>Nie można użyć tego pliku</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="318"/>
        <source>Something went wrong; the previous results are still shown.</source>
        <translation>Coś poszło nie tak; nadal widać poprzednie wyniki.</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="324"/>
        <source>Cancelled; the previous results are still shown.</source>
        <translation>Anulowano; nadal widać poprzednie wyniki.</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="353"/>
        <source>Some marketing spend rows cannot be read (%1). Write the month as YYYY-MM (or a date) and the amount as a number, or clear the row.</source>
        <translation>Niektórych wierszy wydatków na marketing nie da się odczytać (%1). Wpisz miesiąc jako RRRR-MM (lub datę), a kwotę jako liczbę, albo wyczyść wiersz.</translation>
    </message>
</context>
<context>
    <name>CalculatorView</name>
    <message>
        <location filename="../ui/calculator_view.py" line="107"/>
        <source>Your numbers</source>
        <translation>Twoje dane</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="112"/>
        <source> a year</source>
        <translation> rocznie</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="114"/>
        <source>Lifespan in years</source>
        <translation>Czas życia w latach</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="115"/>
        <source>Churn per year</source>
        <translation>Odpływ roczny</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="116"/>
        <source>Churn per month</source>
        <translation>Odpływ miesięczny</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="117"/>
        <source> years</source>
        <translation> lat</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="123"/>
        <source>Marketing spend and new customers</source>
        <translation>Wydatki na marketing i nowi klienci</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="124"/>
        <source>CAC known</source>
        <translation>Znany CAC</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="125"/>
        <source>No CAC</source>
        <translation>Bez CAC</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="130"/>
        <source>Average order value</source>
        <translation>Średnia wartość zamówienia</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="131"/>
        <source>Purchases per customer</source>
        <translation>Zakupy na klienta</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="132"/>
        <source>Customer lifespan</source>
        <translation>Czas życia klienta</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="133"/>
        <source>Churn rate</source>
        <translation>Odpływ</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="134"/>
        <source>Gross margin</source>
        <translation>Marża brutto</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="135"/>
        <source>Retention cost per customer a year</source>
        <translation>Koszt utrzymania klienta rocznie</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="136"/>
        <source>Discount rate a year</source>
        <translation>Stopa dyskontowa rocznie</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="137"/>
        <source>Marketing spend</source>
        <translation>Wydatki na marketing</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="138"/>
        <source>New customers it brought</source>
        <translation>Pozyskani nowi klienci</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="139"/>
        <source>Cost to acquire a customer (CAC)</source>
        <translation>Koszt pozyskania klienta (CAC)</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="143"/>
        <location filename="../ui/calculator_view.py" line="319"/>
        <source>Lifetime given as</source>
        <translation>Czas życia podany jako</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="149"/>
        <location filename="../ui/calculator_view.py" line="319"/>
        <source>Acquisition given as</source>
        <translation>Pozyskanie podane jako</translation>
    </message>
    <message>
        <location filename="../controllers/calculator_controller.py" line="128"/>
        <location filename="../ui/calculator_view.py" line="154"/>
        <location filename="../ui/calculator_view.py" line="369"/>
        <source>Fill from my data</source>
        <translation>Wypełnij z moich danych</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="158"/>
        <source>Save as scenario…</source>
        <translation>Zapisz jako scenariusz…</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="178"/>
        <location filename="../ui/calculator_view.py" line="447"/>
        <source>LTV change</source>
        <translation>Zmiana LTV</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="178"/>
        <source>Improve each input by %1 %</source>
        <translation>Popraw każdą wartość o %1 %</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="186"/>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="189"/>
        <source>Customer lifespan, years</source>
        <translation>Czas życia klienta, lata</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="190"/>
        <source>Revenue per customer a year</source>
        <translation>Przychód z klienta rocznie</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="191"/>
        <source>Revenue LTV</source>
        <translation>LTV z przychodu</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="192"/>
        <source>Gross LTV</source>
        <translation>LTV z marży</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="193"/>
        <source>Contribution a year</source>
        <translation>Wkład rocznie</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="194"/>
        <source>Net LTV</source>
        <translation>LTV netto</translation>
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
        <translation>Zwrot, miesiące</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="199"/>
        <source>Most you may pay per customer (3:1)</source>
        <translation>Najwięcej za klienta (3:1)</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="225"/>
        <source>LTV vs churn</source>
        <translation>LTV a odpływ</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="225"/>
        <source>Churn a year, %</source>
        <translation>Odpływ roczny, %</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="226"/>
        <source>LTV:CAC vs CAC</source>
        <translation>LTV:CAC a CAC</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="240"/>
        <source>Scenarios side by side</source>
        <translation>Scenariusze obok siebie</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="417"/>
        <source>Each customer costs more to win than they bring: you lose money on every one.</source>
        <translation>Każdy klient kosztuje więcej, niż przynosi: tracisz na każdym.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="418"/>
        <source>Thin: customers pay back their cost, but with little to spare (aim for 3:1).</source>
        <translation>Cienko: klienci się zwracają, ale z małym zapasem (celuj w 3:1).</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="419"/>
        <source>Healthy: each customer brings 3 to 5 times what winning them costs.</source>
        <translation>Zdrowo: każdy klient przynosi 3–5 razy więcej, niż kosztuje jego pozyskanie.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="420"/>
        <source>Above 5:1: you may be under-investing in growth; more marketing could pay.</source>
        <translation>Powyżej 5:1: być może za mało inwestujesz we wzrost; więcej marketingu może się opłacić.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="426"/>
        <source>Correct the value marked in red to see every result.</source>
        <translation>Popraw wartość zaznaczoną na czerwono, aby zobaczyć wszystkie wyniki.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="429"/>
        <source>Add marketing spend or CAC to see LTV:CAC.</source>
        <translation>Dodaj wydatki na marketing lub CAC, aby zobaczyć LTV:CAC.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="413"/>
        <source>3:1</source>
        <translation>3:1</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="160"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="162"/>
        <source>Undo the last change of your numbers (Ctrl+Z)</source>
        <translation>Cofnij ostatnią zmianę twoich danych (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="165"/>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="167"/>
        <source>Redo the change you undid (Ctrl+Shift+Z)</source>
        <translation>Ponów cofniętą zmianę (Ctrl+Shift+Z)</translation>
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
        <translation>Zapisz scenariusz</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="460"/>
        <source>Name of this scenario:</source>
        <translation>Nazwa scenariusza:</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../ui/charts.py" line="120"/>
        <source>Save picture…</source>
        <translation>Zapisz obraz…</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="121"/>
        <location filename="../ui/charts.py" line="373"/>
        <source>Copy data</source>
        <translation>Kopiuj dane</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="123"/>
        <source>Reset view</source>
        <translation>Przywróć widok</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="149"/>
        <source>%1, low</source>
        <translation>%1, dolna granica</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="150"/>
        <source>%1, high</source>
        <translation>%1, górna granica</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="297"/>
        <source>Save chart</source>
        <translation>Zapisz wykres</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="299"/>
        <source>PNG image (*.png)</source>
        <translation>Obraz PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>CohortsView</name>
    <message>
        <location filename="../ui/cohorts_view.py" line="35"/>
        <source>Retention, % of the cohort buying</source>
        <translation>Retencja, % kohorty kupującej</translation>
    </message>
    <message>
        <location filename="../ui/cohorts_view.py" line="36"/>
        <source>Cumulative revenue per customer</source>
        <translation>Skumulowany przychód na klienta</translation>
    </message>
    <message>
        <location filename="../ui/cohorts_view.py" line="41"/>
        <source>Cumulative revenue per customer by cohort</source>
        <translation>Skumulowany przychód na klienta wg kohort</translation>
    </message>
    <message>
        <location filename="../ui/cohorts_view.py" line="42"/>
        <source>Age, periods</source>
        <translation>Wiek, okresy</translation>
    </message>
    <message>
        <location filename="../ui/cohorts_view.py" line="43"/>
        <source>Revenue per customer</source>
        <translation>Przychód na klienta</translation>
    </message>
    <message>
        <location filename="../ui/cohorts_view.py" line="46"/>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <location filename="../ui/cohorts_view.py" line="72"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../ui/cohorts_view.py" line="101"/>
        <source>All cohorts</source>
        <translation>Wszystkie kohorty</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../ui/customers_view.py" line="49"/>
        <source>Find a customer…</source>
        <translation>Znajdź klienta…</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="53"/>
        <source>Any status</source>
        <translation>Dowolny status</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="54"/>
        <location filename="../ui/customers_view.py" line="102"/>
        <source>Active</source>
        <translation>Aktywni</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="55"/>
        <location filename="../ui/customers_view.py" line="102"/>
        <source>Lost</source>
        <translation>Utraceni</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="56"/>
        <source>Key customers at risk</source>
        <translation>Kluczowi klienci zagrożeni</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="58"/>
        <source>Export this view…</source>
        <translation>Eksportuj ten widok…</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="80"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="80"/>
        <source>First purchase</source>
        <translation>Pierwszy zakup</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="81"/>
        <source>Last purchase</source>
        <translation>Ostatni zakup</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="81"/>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="81"/>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="82"/>
        <source>Gross profit</source>
        <translation>Zysk brutto</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="82"/>
        <source>Average order</source>
        <translation>Średnie zamówienie</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="83"/>
        <source>Days since last</source>
        <translation>Dni od ostatniego</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="83"/>
        <source>Days as customer</source>
        <translation>Dni jako klient</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="84"/>
        <source>Purchase days</source>
        <translation>Dni zakupów</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="84"/>
        <source>Usual gap, days</source>
        <translation>Zwykła przerwa, dni</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="85"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="85"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="85"/>
        <source>Rank</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="86"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="87"/>
        <source>Key</source>
        <translation>Kluczowy</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="87"/>
        <source>At risk</source>
        <translation>Zagrożony</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="88"/>
        <source>Expected purchases</source>
        <translation>Oczekiwane zakupy</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="88"/>
        <source>P(alive)</source>
        <translation>P(aktywny)</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="89"/>
        <source>Expected order value</source>
        <translation>Oczekiwana wartość zamówienia</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="89"/>
        <source>Predicted value</source>
        <translation>Prognozowana wartość</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="90"/>
        <source>Predicted, low</source>
        <translation>Prognoza, dolna</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="90"/>
        <source>Predicted, high</source>
        <translation>Prognoza, górna</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="99"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="112"/>
        <source>Any segment</source>
        <translation>Dowolny segment</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers_view.py" line="135"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%Ln klient</numerusform>
            <numerusform>%Ln klientów</numerusform>
            <numerusform>%Ln klientów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../ui/dashboard_view.py" line="20"/>
        <location filename="../ui/dashboard_view.py" line="52"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="20"/>
        <source>Customers with at least one order</source>
        <translation>Klienci z co najmniej jednym zamówieniem</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="21"/>
        <location filename="../ui/dashboard_view.py" line="51"/>
        <location filename="../ui/dashboard_view.py" line="138"/>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="21"/>
        <source>Σ amount, refunds included</source>
        <translation>Σ kwot, łącznie ze zwrotami</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="22"/>
        <source>Average order</source>
        <translation>Średnie zamówienie</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="22"/>
        <source>revenue / orders</source>
        <translation>przychód / zamówienia</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="24"/>
        <source>Churn per period</source>
        <translation>Odpływ w okresie</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="24"/>
        <source>Σ lost / Σ active at the start, last 12 periods</source>
        <translation>Σ utraconych / Σ aktywnych na początku, ostatnie 12 okresów</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="27"/>
        <location filename="../ui/dashboard_view.py" line="151"/>
        <source>Retention</source>
        <translation>Retencja</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="27"/>
        <source>Σ (active at the end − new) / Σ active at the start</source>
        <translation>Σ (aktywni na końcu − nowi) / Σ aktywnych na początku</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="29"/>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="29"/>
        <source>ARPU × margin × lifespan (1 / churn)</source>
        <translation>ARPU × marża × czas życia (1 / odpływ)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="30"/>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="30"/>
        <source>Σ marketing spend / Σ new customers</source>
        <translation>Σ wydatków na marketing / Σ nowych klientów</translation>
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
        <translation>Okres zwrotu</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="32"/>
        <source>CAC / (ARPU × margin)</source>
        <translation>CAC / (ARPU × marża)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="34"/>
        <source>Observed 12-month value</source>
        <translation>Rzeczywista wartość 12 mies.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="35"/>
        <source>What cohorts really paid in their first 12 months, per customer</source>
        <translation>Ile kohorty naprawdę zapłaciły w pierwszych 12 miesiącach, na klienta</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="38"/>
        <source>Predicted 12-month value</source>
        <translation>Prognozowana wartość 12 mies.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="39"/>
        <source>BG/NBD × Gamma-Gamma, all customers, with a 90 % interval</source>
        <translation>BG/NBD × Gamma-Gamma, wszyscy klienci, z przedziałem 90 %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="51"/>
        <source>Revenue and orders per period</source>
        <translation>Przychód w okresach</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="51"/>
        <location filename="../ui/dashboard_view.py" line="52"/>
        <location filename="../ui/dashboard_view.py" line="53"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="52"/>
        <source>New, lost and active customers</source>
        <translation>Nowi, utraceni i aktywni klienci</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="53"/>
        <source>Churn and retention per period</source>
        <translation>Odpływ i retencja w okresach</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="55"/>
        <source>Observed LTV by age against the formula</source>
        <translation>Rzeczywiste LTV wg wieku wobec wzoru</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="55"/>
        <source>Age, periods</source>
        <translation>Wiek, okresy</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="55"/>
        <source>Revenue per customer</source>
        <translation>Przychód na klienta</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="57"/>
        <source>LTV:CAC by channel</source>
        <translation>LTV:CAC wg kanałów</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="57"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="59"/>
        <source>Pareto: revenue share of the top customers</source>
        <translation>Pareto: udział przychodu najlepszych klientów</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="60"/>
        <source>Top customers, %</source>
        <translation>Najlepsi klienci, %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="61"/>
        <source>Revenue, %</source>
        <translation>Przychód, %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="88"/>
        <source>Open a sales file (or the demo) and press Analyze to fill the dashboard.</source>
        <translation>Otwórz plik sprzedaży (lub demo) i naciśnij „Analizuj”, aby wypełnić pulpit.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="101"/>
        <source>Key customers most likely lost (P(alive)): %1</source>
        <translation>Kluczowi klienci najpewniej utraceni (P(aktywny)): %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="106"/>
        <source>months</source>
        <translation>mies.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="106"/>
        <source>weeks</source>
        <translation>tyg.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="106"/>
        <source>quarters</source>
        <translation>kw.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard_view.py" line="108"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%Ln zamówienie</numerusform>
            <numerusform>%Ln zamówienia</numerusform>
            <numerusform>%Ln zamówień</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="114"/>
        <source>lifespan %1 years</source>
        <translation>czas życia %1 roku</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="128"/>
        <source>not computed</source>
        <translation>nie obliczono</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="139"/>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="143"/>
        <source>Active</source>
        <translation>Aktywni</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="144"/>
        <source>New</source>
        <translation>Nowi</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="145"/>
        <source>Lost</source>
        <translation>Utraceni</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="150"/>
        <source>Churn</source>
        <translation>Odpływ</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="155"/>
        <source>Observed (cohorts)</source>
        <translation>Rzeczywiste (kohorty)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="160"/>
        <source>Formula, by age</source>
        <translation>Wzór, wg wieku</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="162"/>
        <source>Formula LTV (revenue)</source>
        <translation>LTV ze wzoru (przychód)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="178"/>
        <source>Revenue share</source>
        <translation>Udział przychodu</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="179"/>
        <source>Equal shares</source>
        <translation>Równe udziały</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../ui/data_view.py" line="47"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="48"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="49"/>
        <location filename="../ui/data_view.py" line="119"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="50"/>
        <source>Order number</source>
        <translation>Numer dokumentu</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="51"/>
        <location filename="../ui/data_view.py" line="119"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="52"/>
        <source>Cost of goods</source>
        <translation>Koszt towaru</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="54"/>
        <source>No file yet: open one or drop it anywhere on this window.</source>
        <translation>Nie ma jeszcze pliku: otwórz go lub upuść w dowolnym miejscu okna.</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="57"/>
        <source>Open file…</source>
        <translation>Otwórz plik…</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="63"/>
        <source>What was found</source>
        <translation>Co znaleziono</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="69"/>
        <location filename="../ui/data_view.py" line="73"/>
        <location filename="../ui/data_view.py" line="82"/>
        <location filename="../ui/data_view.py" line="87"/>
        <source>(detected)</source>
        <translation>(wykryto)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="77"/>
        <source>vertical bars</source>
        <translation>pionowe kreski</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="88"/>
        <source>day before month (31.01.2025)</source>
        <translation>najpierw dzień (31.01.2025)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="89"/>
        <source>month before day (01/31/2025)</source>
        <translation>najpierw miesiąc (01/31/2025)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="93"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="94"/>
        <source>Sheet</source>
        <translation>Arkusz</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="95"/>
        <source>Encoding</source>
        <translation>Kodowanie</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="96"/>
        <source>Delimiter</source>
        <translation>Separator</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="97"/>
        <source>Header row</source>
        <translation>Wiersz nagłówka</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="98"/>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="99"/>
        <source>Date order</source>
        <translation>Kolejność daty</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="100"/>
        <source>Numbers</source>
        <translation>Liczby</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="102"/>
        <source>Which column is which</source>
        <translation>Która kolumna co oznacza</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="112"/>
        <source>Marketing spend (for CAC)</source>
        <translation>Wydatki na marketing (do CAC)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="114"/>
        <source>Spend from a file…</source>
        <translation>Wydatki z pliku…</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="116"/>
        <source>No spend: CAC and LTV:CAC stay empty.</source>
        <translation>Brak wydatków: CAC i LTV:CAC pozostaną puste.</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="119"/>
        <source>Month (YYYY-MM)</source>
        <translation>Miesiąc (RRRR-MM)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="159"/>
        <source>Analyze</source>
        <translation>Analizuj</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="166"/>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="214"/>
        <source>Open sales export</source>
        <translation>Otwórz eksport sprzedaży</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="214"/>
        <location filename="../ui/data_view.py" line="221"/>
        <source>Spreadsheets</source>
        <translation>Arkusze</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="221"/>
        <source>Open marketing spend</source>
        <translation>Otwórz wydatki na marketing</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="75"/>
        <location filename="../ui/data_view.py" line="251"/>
        <source>semicolons</source>
        <translation>średniki</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="74"/>
        <location filename="../ui/data_view.py" line="251"/>
        <source>commas</source>
        <translation>przecinki</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="76"/>
        <location filename="../ui/data_view.py" line="251"/>
        <source>tabs</source>
        <translation>tabulatory</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="267"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="287"/>
        <source>decimal comma</source>
        <translation>przecinek dziesiętny</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="287"/>
        <source>decimal point</source>
        <translation>kropka dziesiętna</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="291"/>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="291"/>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="291"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="292"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="296"/>
        <source>spend file</source>
        <translation>plik wydatków</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="298"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/data_view.py" line="302"/>
        <source>%n row(s) could not be read</source>
        <translation>
            <numerusform>Nie udało się odczytać %Ln wiersza</numerusform>
            <numerusform>Nie udało się odczytać %Ln wierszy</numerusform>
            <numerusform>Nie udało się odczytać %Ln wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/data_view.py" line="304"/>
        <source>%n row(s) skipped (blank, titles, totals)</source>
        <translation>
            <numerusform>Pominięto %Ln wiersz (puste, tytuły, sumy)</numerusform>
            <numerusform>Pominięto %Ln wiersze (puste, tytuły, sumy)</numerusform>
            <numerusform>Pominięto %Ln wierszy (puste, tytuły, sumy)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../ui/error_dialog.py" line="38"/>
        <source>Something went wrong</source>
        <translation>Coś poszło nie tak</translation>
    </message>
    <message>
        <location filename="../ui/error_dialog.py" line="40"/>
        <source>LTV Desktop hit an unexpected problem. Your data is safe and the window still works.</source>
        <translation>W LTV Desktop wystąpił nieoczekiwany problem. Twoje dane są bezpieczne, a okno nadal działa.</translation>
    </message>
    <message>
        <location filename="../ui/error_dialog.py" line="44"/>
        <source>The details were saved to the log folder: %1</source>
        <translation>Szczegóły zapisano w folderze dzienników: %1</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../controllers/export_controller.py" line="58"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Eksport anulowano; nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="61"/>
        <source>Writing %1…</source>
        <translation>Zapisywanie %1…</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="66"/>
        <source>Report written to %1</source>
        <translation>Raport zapisano w %1</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="81"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="71"/>
        <source>Save as…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="88"/>
        <source>Save report as</source>
        <translation>Zapisz raport jako</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="94"/>
        <source>Folder for the CSV file</source>
        <translation>Folder na plik CSV</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="154"/>
        <source>The chart images could not be saved in %1: %2.</source>
        <translation>Nie udało się zapisać obrazów wykresów w %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../controllers/export_controller.py" line="165"/>
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%Ln plik zapisano w %1</numerusform>
            <numerusform>%Ln pliki zapisano w %1</numerusform>
            <numerusform>%Ln plików zapisano w %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="181"/>
        <source>the image could not be written</source>
        <translation>nie udało się zapisać obrazu</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../ui/guide_dialog.py" line="13"/>
        <source>Formulas guide</source>
        <translation>Przewodnik po wzorach</translation>
    </message>
    <message>
        <location filename="../ui/guide_dialog.py" line="20"/>
        <source>The guide is missing.</source>
        <translation>Brak przewodnika.</translation>
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
        <translation>Kalkulator</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="59"/>
        <source>Data</source>
        <translation>Dane</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="60"/>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="61"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="62"/>
        <source>Cohorts</source>
        <translation>Kohorty</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="63"/>
        <source>Forecast</source>
        <translation>Prognoza</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="70"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="73"/>
        <source>Ready</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="91"/>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="92"/>
        <source>Open &amp;recent</source>
        <translation>Ostatnio &amp;otwierane</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="93"/>
        <source>Open &amp;demo</source>
        <translation>Otwórz &amp;demo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="95"/>
        <source>&amp;Save analysis…</source>
        <translation>&amp;Zapisz analizę…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="96"/>
        <source>Open &amp;analysis…</source>
        <translation>Otwórz &amp;analizę…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="97"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Eksportuj do Excela…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="98"/>
        <source>Export tables as &amp;CSV…</source>
        <translation>Eksport tabel do &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="99"/>
        <source>Save c&amp;harts as PNG…</source>
        <translation>Zapisz &amp;wykresy jako PNG…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="102"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="103"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="105"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="107"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="111"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analiza</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="112"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="113"/>
        <source>&amp;Analyze</source>
        <translation>&amp;Analizuj</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="114"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="116"/>
        <source>&amp;Formulas guide</source>
        <translation>&amp;Przewodnik po wzorach</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="118"/>
        <source>&amp;About LTV Desktop</source>
        <translation>&amp;O programie LTV Desktop</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="128"/>
        <source>Open sales export</source>
        <translation>Otwórz eksport sprzedaży</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="128"/>
        <source>Spreadsheets</source>
        <translation>Arkusze</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="135"/>
        <source>Export to Excel</source>
        <translation>Eksport do Excela</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="135"/>
        <source>Excel workbook</source>
        <translation>Skoroszyt Excela</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="146"/>
        <source>Folder for the CSV tables</source>
        <translation>Folder na tabele CSV</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="151"/>
        <source>Folder for the chart images</source>
        <translation>Folder na obrazy wykresów</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="157"/>
        <source>Save analysis</source>
        <translation>Zapisz analizę</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="157"/>
        <location filename="../ui/main_window.py" line="164"/>
        <source>LTV analysis</source>
        <translation>Analiza LTV</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="164"/>
        <source>Open analysis</source>
        <translation>Otwórz analizę</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="172"/>
        <source>About LTV Desktop</source>
        <translation>O programie LTV Desktop</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="173"/>
        <source>LTV Desktop %1: what a customer is worth to your business.</source>
        <translation>LTV Desktop %1: ile wart jest klient dla Twojej firmy.</translation>
    </message>
    <message>
        <location filename="../controllers/app.py" line="189"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../controllers/app.py" line="225"/>
        <source>Welcome</source>
        <translation>Witamy</translation>
    </message>
    <message>
        <location filename="../controllers/app.py" line="226"/>
        <source>Would you like to look around with the demo shop&apos;s data first?</source>
        <translation>Czy chcesz najpierw rozejrzeć się na danych sklepu demo?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../ui/messages.py" line="18"/>
        <source>Champions</source>
        <translation>Mistrzowie</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="19"/>
        <source>Loyal</source>
        <translation>Lojalni</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="20"/>
        <source>Potential loyalists</source>
        <translation>Przyszli lojalni</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="21"/>
        <source>New customers</source>
        <translation>Nowi klienci</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="22"/>
        <source>Need attention</source>
        <translation>Wymagają uwagi</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="23"/>
        <source>Can&apos;t lose them</source>
        <translation>Nie można ich stracić</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="24"/>
        <source>At risk</source>
        <translation>Zagrożony</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="25"/>
        <source>Hibernating</source>
        <translation>Uśpieni</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="26"/>
        <source>Lost</source>
        <translation>Utraceni</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="35"/>
        <source>The headline uses only %1 complete periods so far instead of a full year.</source>
        <translation>Główne wskaźniki opierają się na razie tylko na %1 pełnych okresach zamiast całego roku.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="41"/>
        <source>Churn, lifespan and LTV need at least %1 days of history plus one full period; this data covers %2 days.</source>
        <translation>Odpływ, czas życia i LTV wymagają co najmniej %1 dni historii i jeszcze jednego pełnego okresu; te dane obejmują %2 dni.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="48"/>
        <source>Churn is so low that the lifespan was capped at %1 years.</source>
        <translation>Odpływ jest tak mały, że czas życia ograniczono do %1 lat.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="52"/>
        <source>%1 rows dated after %2 were left out of every metric (holdout).</source>
        <translation>%1 wierszy z datą po %2 pominięto we wszystkich wskaźnikach (okres kontrolny).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="56"/>
        <source>No new customers in the window, so CAC cannot be computed.</source>
        <translation>W oknie nie ma nowych klientów, więc nie da się obliczyć CAC.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="60"/>
        <source>No customer was active at the start of the window, so churn cannot be measured.</source>
        <translation>Na początku okna nie było aktywnych klientów, więc nie da się zmierzyć odpływu.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="66"/>
        <source>Too few customers bought twice for the predictive models to be trusted (%1).</source>
        <translation>Zbyt mało klientów kupiło dwa razy, by ufać prognozie (%1).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="72"/>
        <source>The purchase model (BG/NBD) did not converge even after restarts; its predictions are rough. More history or more repeat customers help.</source>
        <translation>Model zakupów (BG/NBD) nie zbiegł się nawet po ponownych próbach; jego prognozy są przybliżone. Pomoże dłuższa historia lub więcej powracających klientów.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="80"/>
        <source>%1 customers whose repeat purchases are worth zero or less after refunds were left out of the value model.</source>
        <translation>Klientów, których powtórne zakupy po zwrotach są warte zero lub mniej, pominięto w modelu wartości: %1.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="88"/>
        <source>Purchase frequency and value are correlated (%1); the value model assumes they are not, so treat values with care.</source>
        <translation>Częstotliwość i wartość zakupów są powiązane (korelacja %1); model wartości zakłada, że nie są, więc traktuj wartości ostrożnie.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="96"/>
        <source>The value model (Gamma-Gamma) did not fit well; expected order values fall back to each customer&apos;s own average.</source>
        <translation>Model wartości (Gamma-Gamma) nie dopasował się dobrze; oczekiwana wartość zamówienia to własna średnia każdego klienta.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="104"/>
        <source>Row %1 prints a total of %2, but the rows above add up to %3; check for missing or rejected rows.</source>
        <translation>Wiersz %1 podaje sumę %2, a wiersze powyżej sumują się do %3; sprawdź, czy nie brakuje wierszy lub czy któreś nie zostały odrzucone.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="111"/>
        <source>Some columns have the same name; the later ones were renamed (%1) and the first one of each name is used.</source>
        <translation>Niektóre kolumny mają tę samą nazwę; kolejne przemianowano (%1), a używana jest pierwsza kolumna o każdej nazwie.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="118"/>
        <source>&apos;%1&apos; is named like a workbook but is a text (CSV) file; it was read as text.</source>
        <translation>„%1” ma nazwę jak skoroszyt, ale jest plikiem tekstowym (CSV); odczytano go jako tekst.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="124"/>
        <source>The dates could be read both day-first and month-first; they were read day first (%1). Choose the date order on the Data tab if that is wrong.</source>
        <translation>Daty można odczytać jako „dzień, miesiąc” i jako „miesiąc, dzień”; odczytano je jako „dzień, miesiąc” (%1). Jeśli to błąd, wybierz kolejność daty na karcie Dane.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="132"/>
        <source>The dates could be read both day-first and month-first; they were read month first (%1). Choose the date order on the Data tab if that is wrong.</source>
        <translation>Daty można odczytać jako „dzień, miesiąc” i jako „miesiąc, dzień”; odczytano je jako „miesiąc, dzień” (%1). Jeśli to błąd, wybierz kolejność daty na karcie Dane.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="162"/>
        <source>customer is empty</source>
        <translation>brak klienta</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="163"/>
        <source>date is empty</source>
        <translation>brak daty</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="164"/>
        <source>not a date</source>
        <translation>to nie jest data</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="165"/>
        <source>not a date (the column reads as %1)</source>
        <translation>to nie jest data (kolumna ma format %1)</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="166"/>
        <source>date is missing or not a date</source>
        <translation>brak daty lub to nie jest data</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="167"/>
        <source>amount is empty</source>
        <translation>brak kwoty</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="168"/>
        <source>not a number</source>
        <translation>to nie jest liczba</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="169"/>
        <source>amount is missing or not a number</source>
        <translation>brak kwoty lub to nie jest liczba</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="170"/>
        <source>cost is not a number</source>
        <translation>koszt nie jest liczbą</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="171"/>
        <source>not a date or month</source>
        <translation>to nie jest data ani miesiąc</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="188"/>
        <source>customer</source>
        <translation>klient</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="189"/>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="190"/>
        <source>amount</source>
        <translation>kwota</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="191"/>
        <source>order number</source>
        <translation>numer zamówienia</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="192"/>
        <source>channel</source>
        <translation>kanał</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="193"/>
        <source>cost</source>
        <translation>koszt</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="200"/>
        <source>Average order value must be above 0.</source>
        <translation>Średnia wartość zamówienia musi być większa od 0.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="201"/>
        <source>Purchases per year must be above 0.</source>
        <translation>Liczba zakupów w roku musi być większa od 0.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="202"/>
        <source>Give either the lifespan or the churn rate, not both.</source>
        <translation>Podaj czas życia albo odpływ, nie oba naraz.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="203"/>
        <source>Customer lifespan must be above 0 years.</source>
        <translation>Czas życia klienta musi być większy od 0 lat.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="204"/>
        <source>Give the customer lifespan or the churn rate.</source>
        <translation>Podaj czas życia klienta albo odpływ.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="205"/>
        <source>Churn rate must be above 0 % and at most 100 %.</source>
        <translation>Odpływ musi być większy od 0 % i nie większy niż 100 %.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="206"/>
        <source>Churn period must be month or year.</source>
        <translation>Okres odpływu to miesiąc albo rok.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="207"/>
        <source>Gross margin must be above 0 % and at most 100 %.</source>
        <translation>Marża brutto musi być większa od 0 % i nie większa niż 100 %.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="208"/>
        <source>Retention cost must be 0 or more.</source>
        <translation>Koszt utrzymania musi wynosić 0 lub więcej.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="209"/>
        <source>Discount rate must be 0 % or more.</source>
        <translation>Stopa dyskontowa musi wynosić 0 % lub więcej.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="210"/>
        <source>Give either CAC or marketing spend with new customers, not both.</source>
        <translation>Podaj CAC albo wydatki na marketing z liczbą nowych klientów, nie oba naraz.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="211"/>
        <source>CAC must be 0 or more.</source>
        <translation>CAC musi wynosić 0 lub więcej.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="212"/>
        <source>Marketing spend must be 0 or more.</source>
        <translation>Wydatki na marketing muszą wynosić 0 lub więcej.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="213"/>
        <source>New customers must be above 0.</source>
        <translation>Liczba nowych klientów musi być większa od 0.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="214"/>
        <source>Customer lifespan must be at least one month.</source>
        <translation>Czas życia klienta musi wynosić co najmniej miesiąc.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="235"/>
        <source>&apos;%1&apos; is Excel&apos;s lock file, not your workbook. Open &apos;%2&apos; instead (the lock file exists while the workbook is open in Excel).</source>
        <translation>„%1” to plik blokady Excela, a nie Twój skoroszyt. Otwórz „%2” (plik blokady istnieje, dopóki skoroszyt jest otwarty w Excelu).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="243"/>
        <source>&apos;%1&apos; is empty (0 bytes). Export the report again.</source>
        <translation>Plik „%1” jest pusty (0 bajtów). Wyeksportuj raport ponownie.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="246"/>
        <source>&apos;%1&apos; has no rows.</source>
        <translation>Plik „%1” nie ma wierszy.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="248"/>
        <source>&apos;%1&apos; is protected with a password. Open it in Excel, remove the password (File → Info → Protect Workbook) and save it again, then import that copy.</source>
        <translation>Plik „%1” jest chroniony hasłem. Otwórz go w Excelu, usuń hasło (Plik → Informacje → Chroń skoroszyt), zapisz i zaimportuj tę kopię.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="256"/>
        <source>&apos;%1&apos; is a web page (HTML) saved with a spreadsheet name, not a real workbook. Open it in Excel and save it as .xlsx, or export the report as CSV.</source>
        <translation>„%1” to strona internetowa (HTML) zapisana pod nazwą arkusza, a nie prawdziwy skoroszyt. Otwórz ją w Excelu i zapisz jako .xlsx albo wyeksportuj raport do CSV.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="264"/>
        <source>&apos;%1&apos; is damaged or was not downloaded completely. Download or export it again.</source>
        <translation>Plik „%1” jest uszkodzony lub nie został pobrany w całości. Pobierz lub wyeksportuj go ponownie.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="269"/>
        <source>The file &apos;%1&apos; does not exist.</source>
        <translation>Plik „%1” nie istnieje.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="270"/>
        <source>&apos;%1&apos; is a folder, not a file.</source>
        <translation>„%1” to folder, a nie plik.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="272"/>
        <source>There is no sheet &apos;%1&apos;. The sheets are: %2.</source>
        <translation>Nie ma arkusza „%1”. Arkusze w skoroszycie: %2.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="275"/>
        <source>Row %1 is not in the file.</source>
        <translation>W pliku nie ma wiersza %1.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="277"/>
        <source>No column for the %1 was found. The columns are: %2. Choose it by hand on the Data tab.</source>
        <translation>Nie znaleziono kolumny dla pola „%1”. Kolumny w pliku: %2. Wybierz ją ręcznie na karcie Dane.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="283"/>
        <source>There is no column &apos;%1&apos; for the %2. The columns are: %3.</source>
        <translation>Nie ma kolumny „%1” dla pola „%2”. Kolumny w pliku: %3.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="287"/>
        <source>The amount column mixes currencies (%1). Adding them up would be wrong: export one currency at a time, or convert first.</source>
        <translation>Kolumna kwot miesza waluty (%1). Sumowanie ich byłoby błędem: eksportuj jedną walutę naraz albo najpierw przelicz.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="295"/>
        <source>&apos;%1&apos; has a header but no sales rows.</source>
        <translation>Plik „%1” ma nagłówek, ale nie ma wierszy sprzedaży.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="299"/>
        <source>No row of &apos;%1&apos; could be used: %2 rows were rejected (the first: row %3, %4 &apos;%5&apos;: %6).</source>
        <translation>Żadnego wiersza „%1” nie można użyć: odrzucono wierszy: %2 (pierwszy: wiersz %3, %4 „%5”: %6).</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="306"/>
        <source>No sales on or before %1: choose a later &apos;as of&apos; date.</source>
        <translation>Brak sprzedaży do %1 włącznie: wybierz późniejszą datę „na dzień”.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="310"/>
        <source>&apos;%1&apos; is open in Excel. Close it there and export again, or save under another name.</source>
        <translation>Plik „%1” jest otwarty w Excelu. Zamknij go tam i wyeksportuj ponownie albo zapisz pod inną nazwą.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="316"/>
        <source>&apos;%1&apos; cannot be replaced: it is probably open in Excel. Close it and export again, or save under another name.</source>
        <translation>Nie można zastąpić pliku „%1”: prawdopodobnie jest otwarty w Excelu. Zamknij go i wyeksportuj ponownie albo zapisz pod inną nazwą.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="324"/>
        <source>&apos;%1&apos; cannot be replaced: it is probably open in Excel. Close it and export again, or choose another folder.</source>
        <translation>Nie można zastąpić pliku „%1”: prawdopodobnie jest otwarty w Excelu. Zamknij go i wyeksportuj ponownie albo wybierz inny folder.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="332"/>
        <source>The folder &apos;%1&apos; does not exist.</source>
        <translation>Folder „%1” nie istnieje.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="336"/>
        <source>The report could not be written to &apos;%1&apos;: %2.</source>
        <translation>Nie udało się zapisać raportu w „%1”: %2.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="340"/>
        <source>The file cannot be read as %1. Choose another encoding on the Data tab.</source>
        <translation>Pliku nie da się odczytać jako %1. Wybierz inne kodowanie na karcie Dane.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="346"/>
        <source>&apos;%1&apos; is a zip archive but not a workbook.</source>
        <translation>„%1” to archiwum zip, a nie skoroszyt.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="350"/>
        <source>&apos;%1&apos; would unpack to %2 GB; that is not a sales export, so it was not opened.</source>
        <translation>„%1” rozpakowałby się do %2 GB; to nie jest eksport sprzedaży, więc go nie otwarto.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="356"/>
        <source>The sheet &apos;%1&apos; of &apos;%2&apos; could not be read. Export the workbook again or choose another sheet.</source>
        <translation>Nie da się odczytać arkusza „%1” w pliku „%2”. Wyeksportuj skoroszyt ponownie albo wybierz inny arkusz.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="363"/>
        <source>&apos;%1&apos; is not an LTV Desktop analysis file.</source>
        <translation>„%1” nie jest plikiem analizy LTV Desktop.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="367"/>
        <source>No sale with a positive amount on or before the &apos;as of&apos; date, so there are no orders.</source>
        <translation>Do daty „na dzień” nie ma żadnej sprzedaży o dodatniej kwocie, więc nie ma zamówień.</translation>
    </message>
</context>
<context>
    <name>PredictiveView</name>
    <message>
        <location filename="../ui/predictive_view.py" line="72"/>
        <source>Holdout check: repeat purchases after the as-of date</source>
        <translation>Powtórne zakupy po dacie „na dzień”: fakt i prognoza</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="73"/>
        <source>Time after the as-of date</source>
        <translation>Czas po dacie „na dzień”</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="74"/>
        <source>Repeat purchases, cumulative</source>
        <translation>Powtórne zakupy, narastająco</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="82"/>
        <source>Predicted value of your current customers</source>
        <translation>Prognozowana wartość obecnych klientów</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="83"/>
        <source>Months after the as-of date</source>
        <translation>Miesiące po dacie „na dzień”</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="84"/>
        <source>Value, cumulative</source>
        <translation>Wartość, narastająco</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="87"/>
        <source>Fit check: customers by number of repeat purchases</source>
        <translation>Sprawdzenie modelu: klienci wg liczby powtórnych zakupów</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="88"/>
        <source>Repeat purchases up to the as-of date</source>
        <translation>Powtórne zakupy do daty „na dzień”</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="89"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="93"/>
        <source>Chance a customer is still active, P(alive)</source>
        <translation>Szansa, że klient jest nadal aktywny, P(alive)</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="94"/>
        <source>Recency: time from first to last purchase</source>
        <translation>Świeżość: czas od pierwszego do ostatniego zakupu</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="95"/>
        <source>Repeat purchases</source>
        <translation>Powtórne zakupy</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="96"/>
        <source>P(alive)</source>
        <translation>P(aktywny)</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="41"/>
        <source>Open a sales file (or the demo) and press Analyze to see the forecast.</source>
        <translation>Otwórz plik sprzedaży (lub demo) i kliknij Analizuj, aby zobaczyć prognozę.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="118"/>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="118"/>
        <source>weeks</source>
        <translation>tyg.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="118"/>
        <source>months</source>
        <translation>mies.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="126"/>
        <source>The predictive models were not computed for this analysis, so there is no forecast.</source>
        <translation>W tej analizie nie obliczono modeli prognostycznych, więc nie ma prognozy.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="145"/>
        <source>Your %1 customers are predicted to bring %2 over the next %3 months after %4, about %5 each.</source>
        <translation>Według prognozy Twoi klienci (%1) przyniosą %2 w ciągu %3 mies. po %4, około %5 na klienta.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="156"/>
        <source>90 % range: %1 – %2.</source>
        <translation>Przedział 90 %: %1 – %2.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="160"/>
        <source>The model could not say how uncertain this is (the fit did not converge).</source>
        <translation>Model nie potrafił ocenić niepewności (dopasowanie się nie zbiegło).</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="161"/>
        <source>Gross margin and discount rate from Analysis settings are applied.</source>
        <translation>Zastosowano marżę brutto i stopę dyskontową z ustawień analizy.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="166"/>
        <source>The forecast also counts %1 customers whose orders came to zero (free or fully refunded); the Dashboard counts only customers with a paid order.</source>
        <translation>Prognoza uwzględnia też klientów, których zamówienia dały w sumie zero (darmowe lub w pełni zwrócone): %1; Pulpit liczy tylko klientów z opłaconym zamówieniem.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="185"/>
        <source>No holdout check yet: the models learnt from every sale up to %1, so there is nothing later to compare their forecast with. To see how well they predict, choose an earlier &quot;As of&quot; date in Analysis → Settings (for example a few months before your last sale): sales after it are kept aside and compared with the forecast.</source>
        <translation>Nie ma jeszcze sprawdzenia na odłożonych danych: modele uczyły się na każdej sprzedaży do %1, więc nie ma z czym porównać prognozy. Aby zobaczyć, jak dobrze przewidują, wybierz wcześniejszą datę „na dzień” w menu Analiza → Ustawienia (np. kilka miesięcy przed ostatnią sprzedażą): sprzedaż po niej zostanie odłożona i porównana z prognozą.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="205"/>
        <source>Holdout check: from %1 to %2 the model predicted %3 repeat purchases by these customers; they made %4 (error %5).</source>
        <translation>Sprawdzenie na odłożonych danych: od %1 do %2 model przewidział tym klientom %3 powtórnych zakupów; faktycznie było ich %4 (błąd %5).</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="227"/>
        <source>%1 after %2</source>
        <translation>%1 po %2</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="229"/>
        <location filename="../ui/predictive_view.py" line="257"/>
        <source>Actual</source>
        <translation>Rzeczywiste</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="230"/>
        <source>Predicted</source>
        <translation>Prognoza</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="237"/>
        <source>Value, cumulative (%1)</source>
        <translation>Wartość, narastająco (%1)</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="245"/>
        <source>90 % range</source>
        <translation>Przedział 90 %</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="247"/>
        <source>Expected</source>
        <translation>Oczekiwane</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="258"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="270"/>
        <source>P(alive) for a customer first seen %1 %2 ago</source>
        <translation>P(alive) klienta, który pierwszy raz kupił %1 %2 temu</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="272"/>
        <source>Recency: %1 from first to last purchase</source>
        <translation>Świeżość (%1): od pierwszego do ostatniego zakupu</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="285"/>
        <source>Purchase model (BG/NBD), fitted on %1 customers: r = %2, α = %3, a = %4, b = %5. While still active, a typical customer buys about once every %6 %7; after each purchase about %8 of customers stop buying.</source>
        <translation>Model zakupów (BG/NBD), dopasowany na klientach (%1): r = %2, α = %3, a = %4, b = %5. Dopóki klient jest aktywny, kupuje zwykle mniej więcej raz na %6 %7; po każdym zakupie około %8 klientów przestaje kupować.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="305"/>
        <source>Value model (Gamma-Gamma), fitted on %1 repeat customers: p = %2, q = %3, v = %4. It expects an average purchase of about %5.</source>
        <translation>Model wartości (Gamma-Gamma), dopasowany na powracających klientach (%1): p = %2, q = %3, v = %4. Oczekuje średniego zakupu około %5.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="318"/>
        <source>Value model (Gamma-Gamma) not used: each customer&apos;s own average purchase is used.</source>
        <translation>Model wartości (Gamma-Gamma) nie jest używany: używana jest własna średnia zakupu każdego klienta.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="35"/>
        <source>Analysis settings</source>
        <translation>Ustawienia analizy</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="37"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="37"/>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="37"/>
        <source>Quarter</source>
        <translation>Kwartał</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="43"/>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="55"/>
        <source> years</source>
        <translation> lat</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="56"/>
        <source>Last sale in the data</source>
        <translation>Ostatnia sprzedaż w danych</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="58"/>
        <source>Choose an earlier date to keep the later sales aside and check the forecast against them.</source>
        <translation>Wybierz wcześniejszą datę, aby odłożyć późniejszą sprzedaż i porównać z nią prognozę.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="77"/>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="77"/>
        <source>Weeks</source>
        <translation>Tygodnie</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="77"/>
        <source>Months</source>
        <translation>Miesiące</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="84"/>
        <source> months</source>
        <translation> mies.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="91"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="92"/>
        <source>Lost after no purchase for</source>
        <translation>Utracony po braku zakupu przez</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="93"/>
        <source>Gross margin</source>
        <translation>Marża brutto</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="94"/>
        <source>Discount rate a year</source>
        <translation>Stopa dyskontowa rocznie</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="95"/>
        <source>Longest lifespan to assume</source>
        <translation>Najdłuższy zakładany czas życia</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="96"/>
        <source>As of</source>
        <translation>Na dzień</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="97"/>
        <source>Forecast counts time in</source>
        <translation>Jednostka czasu prognozy</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="98"/>
        <source>Forecast horizon</source>
        <translation>Horyzont prognozy</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="99"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="100"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
</context>
</TS>
