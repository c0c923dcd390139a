<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>gongkai::DemoGenerator</name>
    <message numerus="yes">
        <location filename="../app/demo/demogenerator.cpp" line="+623"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ReviewService</name>
    <message numerus="yes">
        <location filename="../app/core/review/reviewservice.cpp" line="+132"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The pre-screen found %n high finding(s) in item %1; correct them, or give a reason to submit it as it stands:
%2</source>
        <translation>
            <numerusform>The pre-screen found %n high finding in item %1; correct it, or give a reason to submit it as it stands:
%2</numerusform>
            <numerusform>The pre-screen found %n high findings in item %1; correct them, or give a reason to submit it as it stands:
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::cli::AttachmentCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/attachmentcommands.cpp" line="+89"/>
        <source>Item %1 has %n attachment(s).</source>
        <translation>
            <numerusform>Item %1 has %n attachment.</numerusform>
            <numerusform>Item %1 has %n attachments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::cli::IoCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/iocommands.cpp" line="+140"/>
        <source>%n name(s) the file uses are missing from the database:</source>
        <translation>
            <numerusform>%n name the file uses are missing from the database:</numerusform>
            <numerusform>%n names the file uses are missing from the database:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n row(s) went out or name a paper review: a section chief or leader attests their paper reviews with --attest-by LOGIN --paper-form REF [--reviewed-on-paper TEXT].</source>
        <translation>
            <numerusform>%n row went out or name a paper review: a section chief or leader attests their paper reviews with --attest-by LOGIN --paper-form REF [--reviewed-on-paper TEXT].</numerusform>
            <numerusform>%n rows went out or name a paper review: a section chief or leader attests their paper reviews with --attest-by LOGIN --paper-form REF [--reviewed-on-paper TEXT].</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n paper review(s) attested by %1, form %2</source>
        <translation>
            <numerusform>%n paper review attested by %1, form %2</numerusform>
            <numerusform>%n paper reviews attested by %1, form %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n name(s) missing; run without --check to create them</source>
        <translation>
            <numerusform>%n name missing; run without --check to create them</numerusform>
            <numerusform>%n names missing; run without --check to create them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n name(s) created</source>
        <translation>
            <numerusform>%n name created</numerusform>
            <numerusform>%n names created</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::cli::PrintCommands</name>
    <message numerus="yes">
        <location filename="../app/cli/printcommands.cpp" line="+159"/>
        <source>Monthly summary of %1 (%n review(s)) written to %2</source>
        <translation>
            <numerusform>Monthly summary of %1 (%n review) written to %2</numerusform>
            <numerusform>Monthly summary of %1 (%n reviews) written to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::cli::WordsCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/wordscommand.cpp" line="+71"/>
        <source>%n term(s) added or changed.</source>
        <translation>
            <numerusform>%n term added or changed.</numerusform>
            <numerusform>%n terms added or changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::AuditView</name>
    <message numerus="yes">
        <location filename="../ui/audit/auditview.cpp" line="+161"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%Ln record(s) exported.</source>
        <translation>
            <numerusform>%Ln record exported.</numerusform>
            <numerusform>%Ln records exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>BROKEN: %1 (%Ln problem(s) found)</source>
        <translation>
            <numerusform>BROKEN: %1 (%Ln problem found)</numerusform>
            <numerusform>BROKEN: %1 (%Ln problems found)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::DatabaseOpener</name>
    <message numerus="yes">
        <location filename="../ui/widgets/databaseopener.cpp" line="+97"/>
        <source>Creating a demo office with %n item(s)…</source>
        <translation>
            <numerusform>Creating a demo office with %n item…</numerusform>
            <numerusform>Creating a demo office with %n items…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::FiguresPanel</name>
    <message numerus="yes">
        <location filename="../ui/reports/figurespanel.cpp" line="+131"/>
        <source>%n item(s) published in this period without a completed confidentiality review: %1. Choose the figure “未经审查即公开” to list them.</source>
        <translation>
            <numerusform>%n item published in this period without a completed confidentiality review: %1. Choose the figure “未经审查即公开” to list it.</numerusform>
            <numerusform>%n items published in this period without a completed confidentiality review: %1. Choose the figure “未经审查即公开” to list them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>“%1” counts %n work record(s).</source>
        <translation>
            <numerusform>“%1” counts %n work record.</numerusform>
            <numerusform>“%1” counts %n work records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“%1” counts %n item(s); double-click one to show it in the ledger.</source>
        <translation>
            <numerusform>“%1” counts %n item; double-click it to show it in the ledger.</numerusform>
            <numerusform>“%1” counts %n items; double-click one to show it in the ledger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/widgets/importdialog.cpp" line="+180"/>
        <source>%n problem(s) found in %1 data row(s). Nothing was imported; correct the file and check it again.</source>
        <translation>
            <numerusform>%n problem found in %1 data row(s). Nothing was imported; correct the file and check it again.</numerusform>
            <numerusform>%n problems found in %1 data row(s). Nothing was imported; correct the file and check it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>No problems found: %n item(s) can be imported.</source>
        <translation>
            <numerusform>No problems found: %n item can be imported.</numerusform>
            <numerusform>No problems found: %n items can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %n item(s).</source>
        <translation>
            <numerusform>Imported %n item.</numerusform>
            <numerusform>Imported %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n row(s) went out or name a paper review: a section chief or leader attests their paper reviews below.</source>
        <translation>
            <numerusform>%n row went out or name a paper review: a section chief or leader attests their paper reviews below.</numerusform>
            <numerusform>%n rows went out or name a paper review: a section chief or leader attests their paper reviews below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n problem(s) found; nothing was created.</source>
        <translation>
            <numerusform>%n problem found; nothing was created.</numerusform>
            <numerusform>%n problems found; nothing was created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Created %n name(s). The new authors&apos; accounts are inactive and have no password: activate them and set a password before they sign in.</source>
        <translation>
            <numerusform>Created %n name. The new authors&apos; accounts are inactive and have no password: activate them and set a password before they sign in.</numerusform>
            <numerusform>Created %n names. The new authors&apos; accounts are inactive and have no password: activate them and set a password before they sign in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n name(s) missing; create them now?</source>
        <translation>
            <numerusform>%n name missing; create them now?</numerusform>
            <numerusform>%n names missing; create them now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::InboxView</name>
    <message numerus="yes">
        <location filename="../ui/review/inboxview.cpp" line="+93"/>
        <source>%n item(s) wait for your signature.</source>
        <translation>
            <numerusform>%n item waits for your signature.</numerusform>
            <numerusform>%n items wait for your signature.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ItemActions</name>
    <message numerus="yes">
        <location filename="../ui/ledger/itemactions.cpp" line="+126"/>
        <source>Item %1 saved. The pre-screen found %n high finding(s); correct them or give a reason when you submit it.</source>
        <translation>
            <numerusform>Item %1 saved. The pre-screen found %n high finding; correct it or give a reason when you submit it.</numerusform>
            <numerusform>Item %1 saved. The pre-screen found %n high findings; correct them or give a reason when you submit it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Item %1 saved. The pre-screen found %n warning(s).</source>
        <translation>
            <numerusform>Item %1 saved. The pre-screen found %n warning.</numerusform>
            <numerusform>Item %1 saved. The pre-screen found %n warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::LedgerModel</name>
    <message numerus="yes">
        <location filename="../ui/models/ledgermodel.cpp" line="+150"/>
        <source>%n submission(s) to upper agencies, %1 adopted</source>
        <translation>
            <numerusform>%n submission to upper agencies, %1 adopted</numerusform>
            <numerusform>%n submissions to upper agencies, %1 adopted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::LedgerTransfer</name>
    <message numerus="yes">
        <location filename="../ui/ledger/ledgertransfer.cpp" line="+77"/>
        <source>Exported %n item(s) to %1</source>
        <translation>
            <numerusform>Exported %n item to %1</numerusform>
            <numerusform>Exported %n items to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Imported %n item(s)</source>
        <translation>
            <numerusform>Imported %n item</numerusform>
            <numerusform>Imported %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Created %n name(s) for a ledger file</source>
        <translation>
            <numerusform>Created %n name for a ledger file</numerusform>
            <numerusform>Created %n names for a ledger file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+760"/>
        <source>%Ln item(s) or more</source>
        <translation>
            <numerusform>%Ln item or more</numerusform>
            <numerusform>%Ln items or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::OverrideReasonDialog</name>
    <message numerus="yes">
        <location filename="../ui/review/overridereasondialog.cpp" line="+15"/>
        <source>The pre-screen found %n high finding(s) in item %1. Correct the item, or give the reason it should be reviewed as it stands.</source>
        <translation>
            <numerusform>The pre-screen found %n high finding in item %1. Correct the item, or give the reason it should be reviewed as it stands.</numerusform>
            <numerusform>The pre-screen found %n high findings in item %1. Correct the item, or give the reason it should be reviewed as it stands.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::QuarterlyReportWindow</name>
    <message numerus="yes">
        <location filename="../ui/reports/quarterlyreportwindow.cpp" line="+247"/>
        <source>Warning: %n item(s) were published without a completed review; the report lists them as a problem.</source>
        <translation>
            <numerusform>Warning: %n item was published without a completed review; the report lists it as a problem.</numerusform>
            <numerusform>Warning: %n items were published without a completed review; the report lists them as a problem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::ReportPreviewPane</name>
    <message numerus="yes">
        <location filename="../ui/reports/reportpreviewpane.cpp" line="+102"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::SignFindingsView</name>
    <message numerus="yes">
        <location filename="../ui/review/signfindingsview.cpp" line="+33"/>
        <source>The pre-screen found %n item(s) to check, %1 of them high: read them before you sign.</source>
        <translation>
            <numerusform>The pre-screen found %n item to check, %1 of them high: read it before you sign.</numerusform>
            <numerusform>The pre-screen found %n items to check, %1 of them high: read them before you sign.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The pre-screen found %n item(s) to check (warnings).</source>
        <translation>
            <numerusform>The pre-screen found %n item to check (a warning).</numerusform>
            <numerusform>The pre-screen found %n items to check (warnings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gongkai::ui::WorkRecordsWindow</name>
    <message numerus="yes">
        <location filename="../ui/records/workrecordswindow.cpp" line="+233"/>
        <source>%n record(s); trained: %1; documents delivered: %2</source>
        <translation>
            <numerusform>%n record; trained: %1; documents delivered: %2</numerusform>
            <numerusform>%n records; trained: %1; documents delivered: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+103"/>
        <source>%n work record(s)</source>
        <translation>
            <numerusform>%n work record</numerusform>
            <numerusform>%n work records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n work record(s) exported to %1</source>
        <translation>
            <numerusform>%n work record exported to %1</numerusform>
            <numerusform>%n work records exported to %1</numerusform>
        </translation>
    </message>
</context>
</TS>
