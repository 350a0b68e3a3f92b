<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ResponseParser</name>
    <message numerus="yes">
        <source>The answer was cut off after %n byte(s).</source>
        <translation>
            <numerusform>The answer was cut off after %n byte.</numerusform>
            <numerusform>The answer was cut off after %n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sx::ConnectionTest</name>
    <message numerus="yes">
        <source>Connected: %n namespace(s).</source>
        <translation>
            <numerusform>Connected: %n namespace.</numerusform>
            <numerusform>Connected: %n namespaces.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sx::HistoryBrowser</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ms in %n attempt(s)</source>
        <translation>
            <numerusform>%1 ms in %n attempt</numerusform>
            <numerusform>%1 ms in %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n byte(s) of JSON, shown indented.</source>
        <translation>
            <numerusform>%1, %n byte of JSON, shown indented.</numerusform>
            <numerusform>%1, %n bytes of JSON, shown indented.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n byte(s), not JSON: shown as received.</source>
        <translation>
            <numerusform>%1, %n byte, not JSON: shown as received.</numerusform>
            <numerusform>%1, %n bytes, not JSON: shown as received.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sx::HistoryModel</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sx::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n profile(s) will be imported.</source>
        <translation>
            <numerusform>%n profile will be imported.</numerusform>
            <numerusform>%n profiles will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) of yours will be replaced.</source>
        <translation>
            <numerusform>%n profile of yours will be replaced.</numerusform>
            <numerusform>%n profiles of yours will be replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) will be left out.</source>
        <translation>
            <numerusform>%n profile will be left out.</numerusform>
            <numerusform>%n profiles will be left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sx::JobForm</name>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problems (%n)</numerusform>
            <numerusform>Problems (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sx::MainWindow</name>
    <message numerus="yes">
        <source>The job has %n warning(s). Submit it anyway?</source>
        <translation>
            <numerusform>The job has %n warning. Submit it anyway?</numerusform>
            <numerusform>The job has %n warnings. Submit it anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sx::PlaceholdersDialog</name>
    <message numerus="yes">
        <source>Used in %1 and %n more</source>
        <translation>
            <numerusform>Used in %1 and %n more</numerusform>
            <numerusform>Used in %1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sx::ProfilesDialog</name>
    <message numerus="yes">
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>Imported %n profile: %1.</numerusform>
            <numerusform>Imported %n profiles: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sx::SchedulerXClient</name>
    <message numerus="yes">
        <source>The answer was cut off after %n byte(s).</source>
        <translation>
            <numerusform>The answer was cut off after %n byte.</numerusform>
            <numerusform>The answer was cut off after %n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sx::SettingsDialog</name>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sx::TemplateLibrary</name>
    <message numerus="yes">
        <source>%n file(s) not imported:</source>
        <translation>
            <numerusform>%n file not imported:</numerusform>
            <numerusform>%n files not imported:</numerusform>
        </translation>
    </message>
</context>
</TS>
