<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AnalysisController</name>
    <message>
        <location filename="../controllers/analysis_controller.py" line="113"/>
        <source>Reading %1…</source>
        <translation>Wczytywanie %1…</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="123"/>
        <source>the table you typed</source>
        <translation>tabeli wpisanej ręcznie</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="126"/>
        <source>Marketing spend</source>
        <translation>Wydatki na marketing</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="127"/>
        <source>The marketing spend from %1 belongs to the previous file. Use it for the new file too?</source>
        <translation>Wydatki na marketing z %1 należą do poprzedniego pliku. Użyć ich także dla nowego pliku?</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="161"/>
        <source>Reading again…</source>
        <translation>Ponowne wczytywanie…</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="175"/>
        <source>Read %1</source>
        <translation>Odczytano %1</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="207"/>
        <source>Spend from %1</source>
        <translation>Wydatki z %1</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="209"/>
        <source>Spend typed in the table</source>
        <translation>Wydatki wpisane w tabeli</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="211"/>
        <source>No marketing spend: CAC is not computed.</source>
        <translation>Brak wydatków na marketing: CAC nie jest obliczany.</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="217"/>
        <location filename="../controllers/analysis_controller.py" line="266"/>
        <source>No file</source>
        <translation>Brak pliku</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="217"/>
        <location filename="../controllers/analysis_controller.py" line="266"/>
        <source>Open a sales file first (File → Open, or drop it here).</source>
        <translation>Najpierw otwórz plik sprzedaży (Plik → Otwórz lub przeciągnij go tutaj).</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="223"/>
        <source>Save analysis</source>
        <translation>Zapisz analizę</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="225"/>
        <source>Analysis saved to %1</source>
        <translation>Analizę zapisano w %1</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="232"/>
        <source>Open analysis</source>
        <translation>Otwórz analizę</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="272"/>
        <source>Analyzing %1…</source>
        <translation>Analiza %1…</translation>
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
            <numerusform>Przeanalizowano %Ln klienta</numerusform>
            <numerusform>Przeanalizowano %Ln klientów</numerusform>
            <numerusform>Przeanalizowano %Ln klientów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../controllers/analysis_controller.py" line="305"/>
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%Ln wiersz odrzucony</numerusform>
            <numerusform>%Ln wiersze odrzucone</numerusform>
            <numerusform>%Ln wierszy odrzuconych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="380"/>
        <source>The results shown are still those of %1.</source>
        <translation>Na ekranie nadal są wyniki dla %1.</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="382"/>
        <source>Cannot use this file</source>
        <translation>Nie można użyć tego pliku</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="387"/>
        <source>Something went wrong; the previous results are still shown.</source>
        <translation>Coś poszło nie tak; nadal widać poprzednie wyniki.</translation>
    </message>
    <message>
        <location filename="../controllers/analysis_controller.py" line="393"/>
        <source>Cancelled; the previous results are still shown.</source>
        <translation>Anulowano; nadal widać poprzednie wyniki.</translation>
    </message>
</context>
<context>
    <name>CalculatorView</name>
    <message>
        <location filename="../ui/calculator_view.py" line="105"/>
        <source>Your numbers</source>
        <translation>Twoje dane</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="110"/>
        <source> a year</source>
        <translation> rocznie</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="112"/>
        <source>Lifespan in years</source>
        <translation>Czas życia w latach</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="113"/>
        <source>Churn per year</source>
        <translation>Odpływ roczny</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="114"/>
        <source>Churn per month</source>
        <translation>Odpływ miesięczny</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="115"/>
        <source> years</source>
        <translation> lat</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="121"/>
        <source>Marketing spend and new customers</source>
        <translation>Wydatki na marketing i nowi klienci</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="122"/>
        <source>CAC known</source>
        <translation>Znany CAC</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="123"/>
        <source>No CAC</source>
        <translation>Bez CAC</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="128"/>
        <source>Average order value</source>
        <translation>Średnia wartość zamówienia</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="129"/>
        <source>Purchases per customer</source>
        <translation>Zakupy na klienta</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="130"/>
        <source>Customer lifespan</source>
        <translation>Czas życia klienta</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="131"/>
        <source>Churn rate</source>
        <translation>Odpływ</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="132"/>
        <source>Gross margin</source>
        <translation>Marża brutto</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="133"/>
        <source>Retention cost per customer a year</source>
        <translation>Koszt utrzymania klienta rocznie</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="134"/>
        <source>Discount rate a year</source>
        <translation>Stopa dyskontowa rocznie</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="135"/>
        <source>Marketing spend</source>
        <translation>Wydatki na marketing</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="136"/>
        <source>New customers it brought</source>
        <translation>Pozyskani nowi klienci</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="137"/>
        <source>Cost to acquire a customer (CAC)</source>
        <translation>Koszt pozyskania klienta (CAC)</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="141"/>
        <location filename="../ui/calculator_view.py" line="318"/>
        <source>Lifetime given as</source>
        <translation>Czas życia podany jako</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="147"/>
        <location filename="../ui/calculator_view.py" line="318"/>
        <source>Acquisition given as</source>
        <translation>Pozyskanie podane jako</translation>
    </message>
    <message>
        <location filename="../controllers/calculator_controller.py" line="119"/>
        <location filename="../ui/calculator_view.py" line="152"/>
        <location filename="../ui/calculator_view.py" line="368"/>
        <source>Fill from my data</source>
        <translation>Wypełnij z moich danych</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="156"/>
        <source>Save as scenario…</source>
        <translation>Zapisz jako scenariusz…</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="176"/>
        <location filename="../ui/calculator_view.py" line="446"/>
        <source>LTV change</source>
        <translation>Zmiana LTV</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="176"/>
        <source>Improve each input by %1 %</source>
        <translation>Popraw każdą wartość o %1 %</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="184"/>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="187"/>
        <source>Customer lifespan, years</source>
        <translation>Czas życia klienta, lata</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="188"/>
        <source>Revenue per customer a year</source>
        <translation>Przychód z klienta rocznie</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="189"/>
        <source>Revenue LTV</source>
        <translation>LTV z przychodu</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="190"/>
        <source>Gross LTV</source>
        <translation>LTV z marży</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="191"/>
        <source>Contribution a year</source>
        <translation>Wkład rocznie</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="192"/>
        <source>Net LTV</source>
        <translation>LTV netto</translation>
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
        <translation>Zwrot, miesiące</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="197"/>
        <source>Most you may pay per customer (3:1)</source>
        <translation>Najwięcej za klienta (3:1)</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="223"/>
        <source>LTV vs churn</source>
        <translation>LTV a odpływ</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="223"/>
        <source>Churn a year, %</source>
        <translation>Odpływ roczny, %</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="224"/>
        <source>LTV:CAC vs CAC</source>
        <translation>LTV:CAC a CAC</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="238"/>
        <source>Scenarios side by side</source>
        <translation>Scenariusze obok siebie</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="416"/>
        <source>Each customer costs more to win than they bring: you lose money on every one.</source>
        <translation>Każdy klient kosztuje więcej, niż przynosi: tracisz na każdym.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="417"/>
        <source>Thin: customers pay back their cost, but with little to spare (aim for 3:1).</source>
        <translation>Cienko: klienci się zwracają, ale z małym zapasem (celuj w 3:1).</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="418"/>
        <source>Healthy: each customer brings 3 to 5 times what winning them costs.</source>
        <translation>Zdrowo: każdy klient przynosi 3–5 razy więcej, niż kosztuje jego pozyskanie.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="419"/>
        <source>Above 5:1: you may be under-investing in growth; more marketing could pay.</source>
        <translation>Powyżej 5:1: być może za mało inwestujesz we wzrost; więcej marketingu może się opłacić.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="425"/>
        <source>Correct the value marked in red to see every result.</source>
        <translation>Popraw wartość zaznaczoną na czerwono, aby zobaczyć wszystkie wyniki.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="428"/>
        <source>Add marketing spend or CAC to see LTV:CAC.</source>
        <translation>Dodaj wydatki na marketing lub CAC, aby zobaczyć LTV:CAC.</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="412"/>
        <source>3:1</source>
        <translation>3:1</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="158"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="160"/>
        <source>Undo the last change of your numbers (Ctrl+Z)</source>
        <translation>Cofnij ostatnią zmianę twoich danych (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="163"/>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="165"/>
        <source>Redo the change you undid (Ctrl+Shift+Z)</source>
        <translation>Ponów cofniętą zmianę (Ctrl+Shift+Z)</translation>
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
        <translation>Zapisz scenariusz</translation>
    </message>
    <message>
        <location filename="../ui/calculator_view.py" line="456"/>
        <source>Name of this scenario:</source>
        <translation>Nazwa scenariusza:</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../ui/charts.py" line="159"/>
        <source>Save picture…</source>
        <translation>Zapisz obraz…</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="160"/>
        <location filename="../ui/charts.py" line="426"/>
        <source>Copy data</source>
        <translation>Kopiuj dane</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="162"/>
        <source>Reset view</source>
        <translation>Przywróć widok</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="188"/>
        <source>%1, low</source>
        <translation>%1, dolna granica</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="189"/>
        <source>%1, high</source>
        <translation>%1, górna granica</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="350"/>
        <source>Save chart</source>
        <translation>Zapisz wykres</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="352"/>
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
        <location filename="../ui/customers_view.py" line="56"/>
        <source>Find a customer…</source>
        <translation>Znajdź klienta…</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="61"/>
        <source>Any status</source>
        <translation>Dowolny status</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="62"/>
        <location filename="../ui/customers_view.py" line="114"/>
        <source>Active</source>
        <translation>Aktywni</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="63"/>
        <location filename="../ui/customers_view.py" line="114"/>
        <source>Lost</source>
        <translation>Utraceni</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="64"/>
        <source>Key customers at risk</source>
        <translation>Kluczowi klienci zagrożeni</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="66"/>
        <source>Export this view…</source>
        <translation>Eksportuj ten widok…</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="89"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="89"/>
        <source>First purchase</source>
        <translation>Pierwszy zakup</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="90"/>
        <source>Last purchase</source>
        <translation>Ostatni zakup</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="90"/>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="90"/>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="91"/>
        <source>Gross profit</source>
        <translation>Zysk brutto</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="91"/>
        <source>Average order</source>
        <translation>Średnie zamówienie</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="92"/>
        <source>Days since last</source>
        <translation>Dni od ostatniego</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="92"/>
        <source>Days as customer</source>
        <translation>Dni jako klient</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="93"/>
        <source>Purchase days</source>
        <translation>Dni zakupów</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="93"/>
        <source>Usual gap, days</source>
        <translation>Zwykła przerwa, dni</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="94"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="94"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="94"/>
        <source>Rank</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="95"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="96"/>
        <source>Key</source>
        <translation>Kluczowy</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="96"/>
        <source>At risk</source>
        <translation>Zagrożony</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="97"/>
        <source>Expected purchases</source>
        <translation>Oczekiwane zakupy</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="97"/>
        <source>P(alive)</source>
        <translation>P(aktywny)</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="98"/>
        <source>Expected order value</source>
        <translation>Oczekiwana wartość zamówienia</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="98"/>
        <source>Predicted value</source>
        <translation>Prognozowana wartość</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="99"/>
        <source>Predicted, low</source>
        <translation>Prognoza, dolna</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="99"/>
        <source>Predicted, high</source>
        <translation>Prognoza, górna</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="100"/>
        <source>Mean gap, days</source>
        <translation>Średnia przerwa, dni</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="100"/>
        <source>Next purchase expected</source>
        <translation>Oczekiwany zakup</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="101"/>
        <source>Days overdue</source>
        <translation>Dni opóźnienia</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="111"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../ui/customers_view.py" line="127"/>
        <source>Any segment</source>
        <translation>Dowolny segment</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers_view.py" line="150"/>
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
        <location filename="../ui/dashboard_view.py" line="30"/>
        <location filename="../ui/dashboard_view.py" line="64"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="30"/>
        <source>Customers with at least one order</source>
        <translation>Klienci z co najmniej jednym zamówieniem</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="31"/>
        <location filename="../ui/dashboard_view.py" line="63"/>
        <location filename="../ui/dashboard_view.py" line="187"/>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="31"/>
        <source>Σ amount, refunds included</source>
        <translation>Σ kwot, łącznie ze zwrotami</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="32"/>
        <source>Average order</source>
        <translation>Średnie zamówienie</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="32"/>
        <source>revenue / orders</source>
        <translation>przychód / zamówienia</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="34"/>
        <source>Churn per period</source>
        <translation>Odpływ w okresie</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="34"/>
        <source>Σ lost / Σ active at the start, last 12 periods</source>
        <translation>Σ utraconych / Σ aktywnych na początku, ostatnie 12 okresów</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="36"/>
        <location filename="../ui/dashboard_view.py" line="200"/>
        <source>Retention</source>
        <translation>Retencja</translation>
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
        <translation>ARPU × marża × czas życia (1 / odpływ)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="39"/>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="39"/>
        <source>Σ marketing spend / Σ new customers</source>
        <translation>Σ wydatków na marketing / Σ nowych klientów</translation>
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
        <translation>Okres zwrotu</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="41"/>
        <source>CAC / (ARPU × margin)</source>
        <translation>CAC / (ARPU × marża)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="43"/>
        <source>Observed 12-month value</source>
        <translation>Rzeczywista wartość 12 mies.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="44"/>
        <source>What cohorts really paid in their first 12 months, per customer</source>
        <translation>Ile kohorty naprawdę zapłaciły w pierwszych 12 miesiącach, na klienta</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="47"/>
        <source>Predicted 12-month value</source>
        <translation>Prognozowana wartość 12 mies.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="48"/>
        <source>BG/NBD × Gamma-Gamma, all customers, with a 90 % interval</source>
        <translation>BG/NBD × Gamma-Gamma, wszyscy klienci, z przedziałem 90 %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="63"/>
        <source>Revenue and orders per period</source>
        <translation>Przychód w okresach</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="63"/>
        <location filename="../ui/dashboard_view.py" line="64"/>
        <location filename="../ui/dashboard_view.py" line="65"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="64"/>
        <source>New, lost and active customers</source>
        <translation>Nowi, utraceni i aktywni klienci</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="65"/>
        <source>Churn and retention per period</source>
        <translation>Odpływ i retencja w okresach</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="67"/>
        <source>Observed LTV by age against the formula</source>
        <translation>Rzeczywiste LTV wg wieku wobec wzoru</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="67"/>
        <source>Age, periods</source>
        <translation>Wiek, okresy</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="67"/>
        <source>Revenue per customer</source>
        <translation>Przychód na klienta</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="69"/>
        <source>LTV:CAC by channel</source>
        <translation>LTV:CAC wg kanałów</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="69"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="71"/>
        <source>Pareto: revenue share of the top customers</source>
        <translation>Pareto: udział przychodu najlepszych klientów</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="72"/>
        <source>Top customers, %</source>
        <translation>Najlepsi klienci, %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="73"/>
        <source>Revenue, %</source>
        <translation>Przychód, %</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="101"/>
        <source>Open a sales file (or the demo) and press Analyze to fill the dashboard.</source>
        <translation>Otwórz plik sprzedaży (lub demo) i naciśnij „Analizuj”, aby wypełnić pulpit.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="118"/>
        <source>Key customers most likely lost (P(alive)): %1</source>
        <translation>Kluczowi klienci najpewniej utraceni (P(aktywny)): %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="154"/>
        <source>months</source>
        <translation>mies.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="154"/>
        <source>weeks</source>
        <translation>tyg.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="154"/>
        <source>quarters</source>
        <translation>kw.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard_view.py" line="156"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%Ln zamówienie</numerusform>
            <numerusform>%Ln zamówienia</numerusform>
            <numerusform>%Ln zamówień</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="162"/>
        <source>lifespan %1 years</source>
        <translation>czas życia %1 roku</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="176"/>
        <source>not computed</source>
        <translation>nie obliczono</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="188"/>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="192"/>
        <source>Active</source>
        <translation>Aktywni</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="193"/>
        <source>New</source>
        <translation>Nowi</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="194"/>
        <source>Lost</source>
        <translation>Utraceni</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="199"/>
        <source>Churn</source>
        <translation>Odpływ</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="207"/>
        <source>Observed (cohorts)</source>
        <translation>Rzeczywiste (kohorty)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="211"/>
        <source>Formula, by age</source>
        <translation>Wzór, wg wieku</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="213"/>
        <source>Formula LTV (revenue)</source>
        <translation>LTV ze wzoru (przychód)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="226"/>
        <source>Revenue share</source>
        <translation>Udział przychodu</translation>
    </message>
    <message>
        <location filename="../ui/dashboard_view.py" line="227"/>
        <source>Equal shares</source>
        <translation>Równe udziały</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../ui/data_view.py" line="53"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="54"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="55"/>
        <location filename="../ui/data_view.py" line="125"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="56"/>
        <source>Order number</source>
        <translation>Numer dokumentu</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="57"/>
        <location filename="../ui/data_view.py" line="125"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="58"/>
        <source>Cost of goods</source>
        <translation>Koszt towaru</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="60"/>
        <source>No file yet: open one or drop it anywhere on this window.</source>
        <translation>Nie ma jeszcze pliku: otwórz go lub upuść w dowolnym miejscu okna.</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="63"/>
        <source>Open file…</source>
        <translation>Otwórz plik…</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="69"/>
        <source>What was found</source>
        <translation>Co znaleziono</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="75"/>
        <location filename="../ui/data_view.py" line="79"/>
        <location filename="../ui/data_view.py" line="88"/>
        <location filename="../ui/data_view.py" line="93"/>
        <source>(detected)</source>
        <translation>(wykryto)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="83"/>
        <source>vertical bars</source>
        <translation>pionowe kreski</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="94"/>
        <source>day before month (31.01.2025)</source>
        <translation>najpierw dzień (31.01.2025)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="95"/>
        <source>month before day (01/31/2025)</source>
        <translation>najpierw miesiąc (01/31/2025)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="99"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="100"/>
        <source>Sheet</source>
        <translation>Arkusz</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="101"/>
        <source>Encoding</source>
        <translation>Kodowanie</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="102"/>
        <source>Delimiter</source>
        <translation>Separator</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="103"/>
        <source>Header row</source>
        <translation>Wiersz nagłówka</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="104"/>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="105"/>
        <source>Date order</source>
        <translation>Kolejność daty</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="106"/>
        <source>Numbers</source>
        <translation>Liczby</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="108"/>
        <source>Which column is which</source>
        <translation>Która kolumna co oznacza</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="118"/>
        <source>Marketing spend (for CAC)</source>
        <translation>Wydatki na marketing (do CAC)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="120"/>
        <source>Spend from a file…</source>
        <translation>Wydatki z pliku…</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="122"/>
        <source>No spend: CAC and LTV:CAC stay empty.</source>
        <translation>Brak wydatków: CAC i LTV:CAC pozostaną puste.</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="125"/>
        <source>Month (YYYY-MM)</source>
        <translation>Miesiąc (RRRR-MM)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="129"/>
        <source>Remove spend</source>
        <translation>Usuń wydatki</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="173"/>
        <source>Analyze</source>
        <translation>Analizuj</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="180"/>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="228"/>
        <source>Open sales export</source>
        <translation>Otwórz eksport sprzedaży</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="228"/>
        <location filename="../ui/data_view.py" line="235"/>
        <source>Spreadsheets</source>
        <translation>Arkusze</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="235"/>
        <source>Open marketing spend</source>
        <translation>Otwórz wydatki na marketing</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="334"/>
        <source>yyyy</source>
        <translation>rrrr</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="334"/>
        <source>yy</source>
        <translation>rr</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="334"/>
        <source>mmmm</source>
        <translation>mmmm</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="334"/>
        <source>mmm</source>
        <translation>mmm</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="335"/>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="335"/>
        <source>dd</source>
        <translation>dd</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="81"/>
        <location filename="../ui/data_view.py" line="270"/>
        <source>semicolons</source>
        <translation>średniki</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="80"/>
        <location filename="../ui/data_view.py" line="270"/>
        <source>commas</source>
        <translation>przecinki</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="82"/>
        <location filename="../ui/data_view.py" line="270"/>
        <source>tabs</source>
        <translation>tabulatory</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="286"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="306"/>
        <source>decimal comma</source>
        <translation>przecinek dziesiętny</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="306"/>
        <source>decimal point</source>
        <translation>kropka dziesiętna</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="309"/>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="309"/>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="309"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="310"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="314"/>
        <source>spend file</source>
        <translation>plik wydatków</translation>
    </message>
    <message>
        <location filename="../ui/data_view.py" line="316"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/data_view.py" line="320"/>
        <source>%n row(s) could not be read</source>
        <translation>
            <numerusform>Nie udało się odczytać %Ln wiersza</numerusform>
            <numerusform>Nie udało się odczytać %Ln wierszy</numerusform>
            <numerusform>Nie udało się odczytać %Ln wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/data_view.py" line="322"/>
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
        <location filename="../controllers/export_controller.py" line="50"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Eksport anulowano; nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="53"/>
        <source>Writing %1…</source>
        <translation>Zapisywanie %1…</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="58"/>
        <source>Report written to %1</source>
        <translation>Raport zapisano w %1</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="73"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="88"/>
        <source>CSV file (*.csv)</source>
        <translation>Plik CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="88"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="90"/>
        <source>Export this view</source>
        <translation>Eksport tego widoku</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="90"/>
        <source>customers</source>
        <translation>klienci</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="63"/>
        <source>Save as…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="80"/>
        <source>Save report as</source>
        <translation>Zapisz raport jako</translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="144"/>
        <source>The chart images could not be saved in %1: %2.</source>
        <translation>Nie udało się zapisać obrazów wykresów w %1: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../controllers/export_controller.py" line="155"/>
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%Ln plik zapisano w %1</numerusform>
            <numerusform>%Ln pliki zapisano w %1</numerusform>
            <numerusform>%Ln plików zapisano w %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../controllers/export_controller.py" line="170"/>
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
        <location filename="../controllers/app.py" line="192"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../controllers/app.py" line="229"/>
        <source>Welcome</source>
        <translation>Witamy</translation>
    </message>
    <message>
        <location filename="../controllers/app.py" line="230"/>
        <source>Would you like to look around with the demo shop&apos;s data first?</source>
        <translation>Czy chcesz najpierw rozejrzeć się na danych sklepu demo?</translation>
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
        <location filename="../ui/predictive_view.py" line="129"/>
        <source>The predictive models were not computed for this analysis, so there is no forecast.</source>
        <translation>W tej analizie nie obliczono modeli prognostycznych, więc nie ma prognozy.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="148"/>
        <source>Your %1 customers are predicted to bring %2 over the next %3 months after %4, about %5 each.</source>
        <translation>Według prognozy Twoi klienci (%1) przyniosą %2 w ciągu %3 mies. po %4, około %5 na klienta.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="159"/>
        <source>90 % range: %1 – %2.</source>
        <translation>Przedział 90 %: %1 – %2.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="163"/>
        <source>The model could not say how uncertain this is; the notes below say why.</source>
        <translation>Model nie potrafił ocenić niepewności; dlaczego — mówią uwagi poniżej.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="164"/>
        <source>Gross margin and discount rate from Analysis settings are applied.</source>
        <translation>Zastosowano marżę brutto i stopę dyskontową z ustawień analizy.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="169"/>
        <source>The forecast also counts %1 customers whose orders came to zero (free or fully refunded); the Dashboard counts only customers with a paid order.</source>
        <translation>Prognoza uwzględnia też klientów, których zamówienia dały w sumie zero (darmowe lub w pełni zwrócone): %1; Pulpit liczy tylko klientów z opłaconym zamówieniem.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="190"/>
        <source>No holdout check yet: the models learnt from every sale up to %1, so there is nothing later to compare their forecast with. To see how well they predict, choose an earlier &quot;As of&quot; date in Analysis → Settings (for example a few months before your last sale): sales after it are kept aside and compared with the forecast.</source>
        <translation>Nie ma jeszcze sprawdzenia na odłożonych danych: modele uczyły się na każdej sprzedaży do %1, więc nie ma z czym porównać prognozy. Aby zobaczyć, jak dobrze przewidują, wybierz wcześniejszą datę „na dzień” w menu Analiza → Ustawienia (np. kilka miesięcy przed ostatnią sprzedażą): sprzedaż po niej zostanie odłożona i porównana z prognozą.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="210"/>
        <source>Holdout check: from %1 to %2 the model predicted %3 repeat purchases by these customers; they made %4 (error %5).</source>
        <translation>Sprawdzenie na odłożonych danych: od %1 do %2 model przewidział tym klientom %3 powtórnych zakupów; faktycznie było ich %4 (błąd %5).</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="232"/>
        <source>%1 after %2</source>
        <translation>%1 po %2</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="234"/>
        <location filename="../ui/predictive_view.py" line="262"/>
        <source>Actual</source>
        <translation>Rzeczywiste</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="235"/>
        <source>Predicted</source>
        <translation>Prognoza</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="242"/>
        <source>Value, cumulative (%1)</source>
        <translation>Wartość, narastająco (%1)</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="250"/>
        <source>90 % range</source>
        <translation>Przedział 90 %</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="252"/>
        <source>Expected</source>
        <translation>Oczekiwane</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="263"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="275"/>
        <source>P(alive) for a customer first seen %1 %2 ago</source>
        <translation>P(alive) klienta, który pierwszy raz kupił %1 %2 temu</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="277"/>
        <source>Recency: %1 from first to last purchase</source>
        <translation>Świeżość (%1): od pierwszego do ostatniego zakupu</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="290"/>
        <source>Purchase model (BG/NBD), fitted on %1 customers: r = %2, α = %3, a = %4, b = %5. While still active, a typical customer buys about once every %6 %7; after each purchase about %8 of customers stop buying.</source>
        <translation>Model zakupów (BG/NBD), dopasowany na klientach (%1): r = %2, α = %3, a = %4, b = %5. Dopóki klient jest aktywny, kupuje zwykle mniej więcej raz na %6 %7; po każdym zakupie około %8 klientów przestaje kupować.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="315"/>
        <source>%1 fitted on %2 customers: %3; log-likelihood %4.%5</source>
        <translation>%1 dopasowany do %2 klientów: %3; logarytm wiarygodności %4.%5</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="321"/>
        <location filename="../ui/predictive_view.py" line="326"/>
        <source> This model speaks for the forecast.</source>
        <translation> Prognoza opiera się na tym modelu.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="328"/>
        <source>At the limit of the search (not estimates): %1.</source>
        <translation>Na granicy przeszukiwania (to nie są oszacowania): %1.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="333"/>
        <source>Value model (Gamma-Gamma), fitted on %1 repeat customers: p = %2, q = %3, v = %4. It expects an average purchase of about %5.</source>
        <translation>Model wartości (Gamma-Gamma), dopasowany na powracających klientach (%1): p = %2, q = %3, v = %4. Oczekuje średniego zakupu około %5.</translation>
    </message>
    <message>
        <location filename="../ui/predictive_view.py" line="346"/>
        <source>Value model (Gamma-Gamma) not used: each customer&apos;s own average purchase is used.</source>
        <translation>Model wartości (Gamma-Gamma) nie jest używany: używana jest własna średnia zakupu każdego klienta.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="40"/>
        <source>Analysis settings</source>
        <translation>Ustawienia analizy</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="42"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="42"/>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="42"/>
        <source>Quarter</source>
        <translation>Kwartał</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="50"/>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="76"/>
        <source> years</source>
        <translation> lat</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="77"/>
        <source>Last sale in the data</source>
        <translation>Ostatnia sprzedaż w danych</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="79"/>
        <source>Choose an earlier date to keep the later sales aside and check the forecast against them.</source>
        <translation>Wybierz wcześniejszą datę, aby odłożyć późniejszą sprzedaż i porównać z nią prognozę.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="98"/>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="98"/>
        <source>Weeks</source>
        <translation>Tygodnie</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="98"/>
        <source>Months</source>
        <translation>Miesiące</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="105"/>
        <source> months</source>
        <translation> mies.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="112"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="113"/>
        <source>Lost after no purchase for</source>
        <translation>Utracony po braku zakupu przez</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="115"/>
        <source>Gross margin</source>
        <translation>Marża brutto</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="116"/>
        <source>Discount rate a year</source>
        <translation>Stopa dyskontowa rocznie</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="117"/>
        <source>Longest lifespan to assume</source>
        <translation>Najdłuższy zakładany czas życia</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="118"/>
        <source>As of</source>
        <translation>Na dzień</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="119"/>
        <source>Forecast counts time in</source>
        <translation>Jednostka czasu prognozy</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="120"/>
        <source>Forecast horizon</source>
        <translation>Horyzont prognozy</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="121"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="122"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
</context>
</TS>
