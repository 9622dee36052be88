<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CloseGuard</name>
    <message numerus="yes">
        <source>%n answer(s) could not be saved yet. Save them now, or close and discard them?</source>
        <translation>
            <numerusform>%n answer could not be saved yet. Save it now, or close and discard it?</numerusform>
            <numerusform>%n answers could not be saved yet. Save them now, or close and discard them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n answer(s) and close</source>
        <translation>
            <numerusform>Discard %n answer and close</numerusform>
            <numerusform>Discard %n answers and close</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message numerus="yes">
        <source>%n report(s) match the table&apos;s filters.</source>
        <translation>
            <numerusform>%n report matches the table&apos;s filters.</numerusform>
            <numerusform>%n reports match the table&apos;s filters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n report(s)</source>
        <translation>
            <numerusform>Added %n report</numerusform>
            <numerusform>Added %n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the inbox</source>
        <translation>
            <numerusform>%n already in the inbox</numerusform>
            <numerusform>%n already in the inbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) skipped</source>
        <translation>
            <numerusform>%n other file skipped</numerusform>
            <numerusform>%n other files skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s) to {file}</source>
        <translation>
            <numerusform>Wrote %n report to {file}</numerusform>
            <numerusform>Wrote %n reports to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message numerus="yes">
        <source>%n required question(s) have no answer yet. Choose one to go to it.</source>
        <translation>
            <numerusform>%n required question has no answer yet. Choose it to go to it.</numerusform>
            <numerusform>%n required questions have no answer yet. Choose one to go to it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Provisional</name>
    <message numerus="yes">
        <source>Based on %n answered question(s) of the {total} that apply so far. The result can still change as you answer the rest.</source>
        <translation>
            <numerusform>Based on %n answered question of the {total} that apply so far. The result can still change as you answer the rest.</numerusform>
            <numerusform>Based on %n answered questions of the {total} that apply so far. The result can still change as you answer the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedIndicator</name>
    <message numerus="yes">
        <source>%n answer(s) not saved yet: trying again</source>
        <translation>
            <numerusform>%n answer not saved yet: trying again</numerusform>
            <numerusform>%n answers not saved yet: trying again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message numerus="yes">
        <source>Checks: %n failed</source>
        <translation>
            <numerusform>Checks: %n failed</numerusform>
            <numerusform>Checks: %n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message numerus="yes">
        <source>%n of {total} section(s) done</source>
        <translation>
            <numerusform>%n of {total} sections done</numerusform>
            <numerusform>%n of {total} sections done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) answered of the {total} that apply so far</source>
        <translation>
            <numerusform>%n question answered of the {total} that apply so far</numerusform>
            <numerusform>%n questions answered of the {total} that apply so far</numerusform>
        </translation>
    </message>
</context>
</TS>
