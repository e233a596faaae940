<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnalysisController</name>
    <message numerus="yes">
        <location filename="../controllers/analysis_controller.py" line="304"/>
        <source>%n customer(s) analysed</source>
        <translation>
            <numerusform>%Ln customer analysed</numerusform>
            <numerusform>%Ln customers analysed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../controllers/analysis_controller.py" line="305"/>
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%Ln row rejected</numerusform>
            <numerusform>%Ln rows rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message numerus="yes">
        <location filename="../ui/customers_view.py" line="150"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <location filename="../ui/dashboard_view.py" line="156"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message numerus="yes">
        <location filename="../ui/data_view.py" line="320"/>
        <source>%n row(s) could not be read</source>
        <translation>
            <numerusform>%Ln row could not be read</numerusform>
            <numerusform>%Ln rows could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/data_view.py" line="322"/>
        <source>%n row(s) skipped (blank, titles, totals)</source>
        <translation>
            <numerusform>%Ln row skipped (blank, titles, totals)</numerusform>
            <numerusform>%Ln rows skipped (blank, titles, totals)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <location filename="../controllers/export_controller.py" line="155"/>
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%Ln file written to %1</numerusform>
            <numerusform>%Ln files written to %1</numerusform>
        </translation>
    </message>
</context>
</TS>
