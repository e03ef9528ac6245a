<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ArchiveActions</name>
    <message>
        <location filename="../../ui/archive_actions.py" line="25"/>
        <source>The file was not imported and nothing changed:
{problems}</source>
        <translation>The file was not imported and nothing changed:
{problems}</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="27"/>
        <source>The file could not be read or written: {reason}</source>
        <translation>The file could not be read or written: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="36"/>
        <source>Imported: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Imported: {added} added, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="49"/>
        <source>Importing {path}…</source>
        <translation>Importing {path}…</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="50"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="54"/>
        <source>Import an Elshi archive file</source>
        <translation>Import an Elshi archive file</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="54"/>
        <source>Elshi JSON (*.json);;All files (*)</source>
        <translation>Elshi JSON (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="60"/>
        <source>Export the archive</source>
        <translation>Export the archive</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="60"/>
        <source>Elshi JSON (*.json)</source>
        <translation>Elshi JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="75"/>
        <source>Exported to {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="76"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="82"/>
        <source>Sample archive</source>
        <translation>Sample archive</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="83"/>
        <source>The sample can only be loaded into an empty archive. Open a new archive file first.</source>
        <translation>The sample can only be loaded into an empty archive. Open a new archive file first.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/forms/attachments.py" line="28"/>
        <location filename="../../ui/forms/attachments.py" line="30"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="32"/>
        <source>Save the record first to attach files.</source>
        <translation>Save the record first to attach files.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="34"/>
        <source>Attach file…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="35"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="36"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="80"/>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="80"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="96"/>
        <source>Not attached</source>
        <translation>Not attached</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="97"/>
        <source>The file could not be attached: {reason}</source>
        <translation>The file could not be attached: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="91"/>
        <source>Attached {name}</source>
        <translation>Attached {name}</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="104"/>
        <source>File missing</source>
        <translation>File missing</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="105"/>
        <source>The archive&apos;s copy of {name} is missing.</source>
        <translation>The archive&apos;s copy of {name} is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="112"/>
        <location filename="../../ui/forms/attachments.py" line="123"/>
        <source>Remove attachment</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="112"/>
        <source>Remove {name} from this record?</source>
        <translation>Remove {name} from this record?</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/views/audit.py" line="43"/>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="44"/>
        <source>All record types</source>
        <translation>All record types</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="48"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="49"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="53"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="55"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="59"/>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="60"/>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="61"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="62"/>
        <source>Last 31 days</source>
        <translation>Last 31 days</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="63"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="69"/>
        <source>Text in the changed fields…</source>
        <translation>Text in the changed fields…</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="70"/>
        <source>Text in the changed fields</source>
        <translation>Text in the changed fields</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="72"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="73"/>
        <source>Save the entries shown as a CSV file</source>
        <translation>Save the entries shown as a CSV file</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="78"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="81"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="133"/>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/audit.py" line="145"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="177"/>
        <source>That record is no longer in the archive.</source>
        <translation>That record is no longer in the archive.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="183"/>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="183"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/audit.py" line="208"/>
        <source>%n entries exported to {path}</source>
        <translation>
            <numerusform>%n entry exported to {path}</numerusform>
            <numerusform>%n entries exported to {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="213"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="214"/>
        <source>The audit trail could not be written to {path}: {reason}</source>
        <translation>The audit trail could not be written to {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/backup_actions.py" line="38"/>
        <source>This record was changed in another window or by another user after you opened it. Your changes have not been saved and are still in the form: note what you need, reload the record and enter them again.</source>
        <translation>This record was changed in another window or by another user after you opened it. Your changes have not been saved and are still in the form: note what you need, reload the record and enter them again.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="43"/>
        <source>The archive is busy in another Elshi window or process. Nothing was saved; try again in a moment.</source>
        <translation>The archive is busy in another Elshi window or process. Nothing was saved; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="47"/>
        <source>Only a record in the trash can be deleted for good.</source>
        <translation>Only a record in the trash can be deleted for good.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="48"/>
        <source>{detail} already exists. Elshi never overwrites a file: choose another name.</source>
        <translation>{detail} already exists. Elshi never overwrites a file: choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="51"/>
        <source>The copy did not pass its check and was not kept ({detail}).</source>
        <translation>The copy did not pass its check and was not kept ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="52"/>
        <source>The copy could not be written: {detail}</source>
        <translation>The copy could not be written: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="53"/>
        <source>{detail} does not exist.</source>
        <translation>{detail} does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="54"/>
        <source>That file is the archive itself.</source>
        <translation>That file is the archive itself.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="55"/>
        <source>{detail} is not an Elshi archive.</source>
        <translation>{detail} is not an Elshi archive.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="56"/>
        <source>That file is the database of another program.</source>
        <translation>That file is the database of another program.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="57"/>
        <source>That file is damaged ({detail}).</source>
        <translation>That file is damaged ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="58"/>
        <source>That file was made by a newer version of Elshi.</source>
        <translation>That file was made by a newer version of Elshi.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="59"/>
        <source>That file cannot be read: {detail}</source>
        <translation>That file cannot be read: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="60"/>
        <source>No good backup was found in {detail}.</source>
        <translation>No good backup was found in {detail}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="62"/>
        <source>Something went wrong: {detail}</source>
        <translation>Something went wrong: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="84"/>
        <source>Backup saved and checked: {path}</source>
        <translation>Backup saved and checked: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="89"/>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="99"/>
        <location filename="../../ui/backup_actions.py" line="112"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="99"/>
        <source>Elshi archives (*.sqlite);;All files (*)</source>
        <translation>Elshi archives (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="106"/>
        <source>Cannot restore this file</source>
        <translation>Cannot restore this file</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="108"/>
        <source>Replace all records in this archive with those in the backup “{name}”?

The archive as it is now is kept in {folder}; nothing is deleted.</source>
        <translation>Replace all records in this archive with those in the backup “{name}”?

The archive as it is now is kept in {folder}; nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="117"/>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="120"/>
        <location filename="../../ui/backup_actions.py" line="174"/>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="121"/>
        <source>The archive now holds the records of “{name}”.
The archive as it was is kept as {kept}.</source>
        <translation>The archive now holds the records of “{name}”.
The archive as it was is kept as {kept}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="134"/>
        <source>The archive cannot be opened</source>
        <translation>The archive cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="136"/>
        <source>The archive {path} is damaged.</source>
        <translation>The archive {path} is damaged.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="137"/>
        <source>The file {path} is not an Elshi archive any more (it may have been overwritten).</source>
        <translation>The file {path} is not an Elshi archive any more (it may have been overwritten).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="140"/>
        <source>The archive {path} was saved by a newer version of Elshi.</source>
        <translation>The archive {path} was saved by a newer version of Elshi.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="151"/>
        <source>No good backup of it was found in {folder}. The file has not been changed.</source>
        <translation>No good backup of it was found in {folder}. The file has not been changed.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="160"/>
        <source>Restore the newest good backup, from {when}? Changes made after it will not be in the archive. The file that failed is kept in {folder}; nothing is deleted.</source>
        <translation>Restore the newest good backup, from {when}? Changes made after it will not be in the archive. The file that failed is kept in {folder}; nothing is deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="175"/>
        <source>The backup from {when} is restored. The file that failed is kept as {kept}.</source>
        <translation>The backup from {when} is restored. The file that failed is kept as {kept}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="184"/>
        <source>Back Up Now</source>
        <translation>Back Up Now</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="185"/>
        <source>Save a checked copy of the archive in its backups folder</source>
        <translation>Save a checked copy of the archive in its backups folder</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="187"/>
        <source>Restore from Backup…</source>
        <translation>Restore from Backup…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="210"/>
        <source>Delete “{name}” for good? It cannot be restored from the trash afterwards. The audit trail keeps a note of it with its last contents.</source>
        <translation>Delete “{name}” for good? It cannot be restored from the trash afterwards. The audit trail keeps a note of it with its last contents.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="214"/>
        <source>Delete for good</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="226"/>
        <location filename="../../ui/backup_actions.py" line="233"/>
        <source>Cannot delete for good</source>
        <translation>Cannot delete for good</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="227"/>
        <source>“{name}” is still used by:
{where}

Remove it there first.</source>
        <translation>“{name}” is still used by:
{where}

Remove it there first.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="235"/>
        <source>“{name}” deleted for good.</source>
        <translation>“{name}” deleted for good.</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="130"/>
        <location filename="../../ui/briefing_dialog.py" line="357"/>
        <source>Export briefing</source>
        <translation>Export briefing</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="137"/>
        <location filename="../../ui/briefing_dialog.py" line="181"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="138"/>
        <source>Event briefing</source>
        <translation>Event briefing</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="138"/>
        <source>Counterpart dossier</source>
        <translation>Counterpart dossier</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="138"/>
        <source>Upcoming events</source>
        <translation>Upcoming events</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="139"/>
        <source>Commitments report</source>
        <translation>Commitments report</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="145"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="147"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="151"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="152"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="157"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="157"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="157"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="158"/>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="170"/>
        <source>Language of the briefing</source>
        <translation>Language of the briefing</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="176"/>
        <source>Marking printed at the top and bottom of every page</source>
        <translation>Marking printed at the top and bottom of every page</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="182"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="184"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="185"/>
        <source>Marking</source>
        <translation>Marking</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="188"/>
        <source>Progress of the export</source>
        <translation>Progress of the export</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="193"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="195"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="216"/>
        <source>Counterpart</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="217"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="218"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="219"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="222"/>
        <source>Country or region, as recorded</source>
        <translation>Country or region, as recorded</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="223"/>
        <source>As recorded, e.g. Russia</source>
        <translation>As recorded, e.g. Russia</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="266"/>
        <source>Choose the event.</source>
        <translation>Choose the event.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="273"/>
        <source>Choose the organisation.</source>
        <translation>Choose the organisation.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="276"/>
        <source>Type the country or region.</source>
        <translation>Type the country or region.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="284"/>
        <source>Tick at least one status.</source>
        <translation>Tick at least one status.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="301"/>
        <source>Save the briefing</source>
        <translation>Save the briefing</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="301"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="322"/>
        <source>Making the briefing…</source>
        <translation>Making the briefing…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="334"/>
        <location filename="../../ui/briefing_dialog.py" line="346"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="336"/>
        <source>Saved {path} ({pages} pages).</source>
        <translation>Saved {path} ({pages} pages).</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="337"/>
        <source>Briefing saved: {path}</source>
        <translation>Briefing saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="349"/>
        <source>The record is no longer in the archive.</source>
        <translation>The record is no longer in the archive.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="352"/>
        <source>The file could not be written: {reason}</source>
        <translation>The file could not be written: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="354"/>
        <source>The briefing could not be made: {error}</source>
        <translation>The briefing could not be made: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="364"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Briefs</name>
    <message>
        <location filename="../../ui/forms/records.py" line="62"/>
        <source>Make a PDF briefing of this record</source>
        <translation>Make a PDF briefing of this record</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../ui/views/calendar.py" line="116"/>
        <source>First half of {year}</source>
        <translation>First half of {year}</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="116"/>
        <source>Second half of {year}</source>
        <translation>Second half of {year}</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="135"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="140"/>
        <source>{status}, overdue</source>
        <translation>{status}, overdue</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="345"/>
        <source>{day}: {events} events, {deadlines} deadlines</source>
        <translation>{day}: {events} events, {deadlines} deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="397"/>
        <source>+{n} more</source>
        <translation>+{n} more</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="869"/>
        <source>it is not an iCalendar file</source>
        <translation>it is not an iCalendar file</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="871"/>
        <source>the file holds no calendar</source>
        <translation>the file holds no calendar</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../ui/views/calendar.py" line="472"/>
        <source>Earlier (Page Up)</source>
        <translation>Earlier (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="473"/>
        <source>Earlier</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="474"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="476"/>
        <source>Later (Page Down)</source>
        <translation>Later (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="477"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="486"/>
        <location filename="../../ui/views/calendar.py" line="526"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="486"/>
        <location filename="../../ui/views/calendar.py" line="528"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="486"/>
        <location filename="../../ui/views/calendar.py" line="530"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="495"/>
        <source> weeks</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="496"/>
        <source>Weeks in the agenda</source>
        <translation>Weeks in the agenda</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="499"/>
        <source>Kind of event</source>
        <translation>Kind of event</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="500"/>
        <source>All kinds of event</source>
        <translation>All kinds of event</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="504"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="506"/>
        <source>Counterpart</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="509"/>
        <source>Commitment deadlines</source>
        <translation>Commitment deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="511"/>
        <source>Briefing…</source>
        <translation>Briefing…</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="512"/>
        <source>A PDF agenda of the events shown, grouped by week</source>
        <translation>A PDF agenda of the events shown, grouped by week</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="514"/>
        <source>Export .ics…</source>
        <translation>Export .ics…</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="515"/>
        <source>Save what is shown as an iCalendar file for a mail client</source>
        <translation>Save what is shown as an iCalendar file for a mail client</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="516"/>
        <source>Import .ics…</source>
        <translation>Import .ics…</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="517"/>
        <source>Create planned events from an iCalendar file, after a preview</source>
        <translation>Create planned events from an iCalendar file, after a preview</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="521"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="521"/>
        <location filename="../../ui/views/calendar.py" line="529"/>
        <location filename="../../ui/views/calendar.py" line="541"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="521"/>
        <location filename="../../ui/views/calendar.py" line="541"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="522"/>
        <source>Items without a fixed day</source>
        <translation>Items without a fixed day</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="529"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="529"/>
        <location filename="../../ui/views/calendar.py" line="541"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="529"/>
        <location filename="../../ui/views/calendar.py" line="541"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="542"/>
        <source>What falls on the selected day</source>
        <translation>What falls on the selected day</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="544"/>
        <source>&lt;span style=&apos;color:{event}&apos;&gt;■&lt;/span&gt; event&amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:{due}&apos;&gt;{flag}&lt;/span&gt; commitment deadline&amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:{late}&apos;&gt;{flag}&lt;/span&gt; overdue</source>
        <translation>&lt;span style=&apos;color:{event}&apos;&gt;■&lt;/span&gt; event&amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:{due}&apos;&gt;{flag}&lt;/span&gt; commitment deadline&amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:{late}&apos;&gt;{flag}&lt;/span&gt; overdue</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="626"/>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="627"/>
        <source>All counterparts</source>
        <translation>All counterparts</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="686"/>
        <source>Without a fixed day in this period ({n}):</source>
        <translation>Without a fixed day in this period ({n}):</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="706"/>
        <source>Nothing with a fixed day in these weeks.</source>
        <translation>Nothing with a fixed day in these weeks.</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="729"/>
        <source>Nothing on this day.</source>
        <translation>Nothing on this day.</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="796"/>
        <location filename="../../ui/views/calendar.py" line="822"/>
        <source>Export to iCalendar</source>
        <translation>Export to iCalendar</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="796"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="820"/>
        <source>{n} entries exported to {file}</source>
        <translation>{n} entries exported to {file}</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="823"/>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} could not be written: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="827"/>
        <location filename="../../ui/views/calendar.py" line="841"/>
        <source>Import from iCalendar</source>
        <translation>Import from iCalendar</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="828"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar files (*.ics);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="842"/>
        <source>{file} was not imported, nothing changed: {reason}</source>
        <translation>{file} was not imported, nothing changed: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="858"/>
        <source>Imported from {file}: {added} new, {updated} updated</source>
        <translation>Imported from {file}: {added} new, {updated} updated</translation>
    </message>
</context>
<context>
    <name>CommitmentForm</name>
    <message>
        <location filename="../../ui/forms/records.py" line="220"/>
        <source>&amp;What was promised</source>
        <translation>&amp;What was promised</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="221"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="222"/>
        <source>&amp;Due</source>
        <translation>&amp;Due</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="223"/>
        <source>Responsible &amp;organisation</source>
        <translation>Responsible &amp;organisation</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="224"/>
        <source>Responsible &amp;person</source>
        <translation>Responsible &amp;person</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="225"/>
        <source>From &amp;event</source>
        <translation>From &amp;event</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="226"/>
        <source>From do&amp;cument</source>
        <translation>From do&amp;cument</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="227"/>
        <source>Progress &amp;notes</source>
        <translation>Progress &amp;notes</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="227"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="228"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="229"/>
        <source>Change status…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="230"/>
        <source>Set a new status with a dated progress note</source>
        <translation>Set a new status with a dated progress note</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="236"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="237"/>
        <source>Status set</source>
        <translation>Status set</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="238"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="246"/>
        <source>New commitment</source>
        <translation>New commitment</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <location filename="../../ui/views/commitments.py" line="29"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="30"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="31"/>
        <source>Not done yet</source>
        <translation>Not done yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="34"/>
        <source>responsible organisation…</source>
        <translation>responsible organisation…</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="38"/>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="39"/>
        <source>Commitments report…</source>
        <translation>Commitments report…</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="40"/>
        <source>A PDF report of commitments by status, responsible party and counterpart</source>
        <translation>A PDF report of commitments by status, responsible party and counterpart</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="44"/>
        <source>Due from</source>
        <translation>Due from</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="45"/>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../../ui/forms/records.py" line="170"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="171"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="172"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="173"/>
        <source>Signed &amp;on</source>
        <translation>Signed &amp;on</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="174"/>
        <source>Signed &amp;in</source>
        <translation>Signed &amp;in</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="175"/>
        <source>Period &amp;from</source>
        <translation>Period &amp;from</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="176"/>
        <source>Period t&amp;o</source>
        <translation>Period t&amp;o</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="177"/>
        <source>Signed at &amp;event</source>
        <translation>Signed at &amp;event</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="178"/>
        <source>&amp;Parties</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="179"/>
        <source>Add party</source>
        <translation>Add party</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="180"/>
        <source>Si&amp;gnatories</source>
        <translation>Si&amp;gnatories</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="180"/>
        <source>Add signatory</source>
        <translation>Add signatory</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="181"/>
        <source>Number of &amp;directions</source>
        <translation>Number of &amp;directions</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="181"/>
        <source>as stated in the text</source>
        <translation>as stated in the text</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="182"/>
        <source>Directions (one per line)</source>
        <translation>Directions (one per line)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="183"/>
        <source>Su&amp;mmary</source>
        <translation>Su&amp;mmary</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="184"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="190"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="191"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="192"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="199"/>
        <source>New document</source>
        <translation>New document</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../ui/views/duplicates.py" line="30"/>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="31"/>
        <source>same name in another script</source>
        <translation>same name in another script</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="32"/>
        <source>similar spelling</source>
        <translation>similar spelling</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="42"/>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="43"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="44"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="46"/>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="47"/>
        <source>No likely duplicates.</source>
        <translation>No likely duplicates.</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="48"/>
        <source>Merge into the first</source>
        <translation>Merge into the first</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="49"/>
        <source>Keep the first record, with every name and link of the second</source>
        <translation>Keep the first record, with every name and link of the second</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="50"/>
        <source>Merge into the second</source>
        <translation>Merge into the second</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="51"/>
        <source>Not a duplicate</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="52"/>
        <source>Open both</source>
        <translation>Open both</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="54"/>
        <source>Merges</source>
        <translation>Merges</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="56"/>
        <source>Undo merge</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="62"/>
        <source>Look for duplicate</source>
        <translation>Look for duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="70"/>
        <source>Merges done</source>
        <translation>Merges done</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="105"/>
        <source>Looking for possible duplicates…</source>
        <translation>Looking for possible duplicates…</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="125"/>
        <source>Could not look for duplicates: {error}</source>
        <translation>Could not look for duplicates: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="147"/>
        <source>undone</source>
        <translation>undone</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="148"/>
        <source>{merged} merged into {kept} ({state})</source>
        <translation>{merged} merged into {kept} ({state})</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="180"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="181"/>
        <source>Merge “{drop}” into “{keep}”? Every name and link moves to “{keep}”; the merge can be undone.</source>
        <translation>Merge “{drop}” into “{keep}”? Every name and link moves to “{keep}”; the merge can be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="189"/>
        <source>Not merged</source>
        <translation>Not merged</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="188"/>
        <source>Merged “{drop}” into “{keep}”</source>
        <translation>Merged “{drop}” into “{keep}”</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="199"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="217"/>
        <source>the kept record was edited after the merge</source>
        <translation>the kept record was edited after the merge</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="218"/>
        <source>it was already undone</source>
        <translation>it was already undone</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="219"/>
        <source>Not undone</source>
        <translation>Not undone</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="219"/>
        <source>The merge cannot be undone: {reason}.</source>
        <translation>The merge cannot be undone: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="213"/>
        <source>Merge undone</source>
        <translation>Merge undone</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="18"/>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="19"/>
        <source>Too long: at most {max} characters.</source>
        <translation>Too long: at most {max} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="20"/>
        <source>Too many entries: at most {max}.</source>
        <translation>Too many entries: at most {max}.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="21"/>
        <source>Contains a control character.</source>
        <translation>Contains a control character.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="22"/>
        <source>“{value}” is not one of the allowed values.</source>
        <translation>“{value}” is not one of the allowed values.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="23"/>
        <source>Must be a whole number.</source>
        <translation>Must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>Must be between {min} and {max}.</source>
        <translation>Must be between {min} and {max}.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="25"/>
        <source>Has the wrong kind of value.</source>
        <translation>Has the wrong kind of value.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="26"/>
        <source>The linked record no longer exists.</source>
        <translation>The linked record no longer exists.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="27"/>
        <source>Ends before it starts.</source>
        <translation>Ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="28"/>
        <source>Only one spelling per language can be preferred ({lang}).</source>
        <translation>Only one spelling per language can be preferred ({lang}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29"/>
        <source>“{value}” is not a date. Use 26.03.2026, 2026-03-26, 03.2026, 2026-H1 or 2026.</source>
        <translation>“{value}” is not a date. Use 26.03.2026, 2026-03-26, 03.2026, 2026-H1 or 2026.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="30"/>
        <source>{value} does not exist.</source>
        <translation>{value} does not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>Year {value} is out of range.</source>
        <translation>Year {value} is out of range.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="32"/>
        <source>“{value}” is not a valid date.</source>
        <translation>“{value}” is not a valid date.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
        <source>“{value}” is not in the archive: choose it from the list, or press + to create it.</source>
        <translation>“{value}” is not in the archive: choose it from the list, or press + to create it.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../ui/forms/records.py" line="108"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="109"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="110"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="111"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="112"/>
        <source>&amp;End</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="113"/>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="113"/>
        <source>city…</source>
        <translation>city…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="114"/>
        <source>&amp;Organiser</source>
        <translation>&amp;Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="115"/>
        <source>Su&amp;mmary</source>
        <translation>Su&amp;mmary</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="116"/>
        <source>Sou&amp;rce</source>
        <translation>Sou&amp;rce</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="116"/>
        <source>who reported it</source>
        <translation>who reported it</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="117"/>
        <source>&amp;Delegations</source>
        <translation>&amp;Delegations</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="117"/>
        <source>Add delegation</source>
        <translation>Add delegation</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="118"/>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="120"/>
        <source>Export briefing…</source>
        <translation>Export briefing…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="125"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="126"/>
        <source>Position at the time</source>
        <translation>Position at the time</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="127"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="150"/>
        <source>Side (country, region)</source>
        <translation>Side (country, region)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="151"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="152"/>
        <source>Sent by</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="153"/>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="154"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="154"/>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="161"/>
        <source>New event</source>
        <translation>New event</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="117"/>
        <source>e.g. 26.03.2026, 03.2026, 2026-H1, 2026</source>
        <translation>e.g. 26.03.2026, 03.2026, 2026-H1, 2026</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="136"/>
        <source>not a date yet</source>
        <translation>not a date yet</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="159"/>
        <source>comma-separated</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="199"/>
        <source>type to search…</source>
        <translation>type to search…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="208"/>
        <location filename="../../ui/forms/fields.py" line="209"/>
        <source>Create a new record from the typed name</source>
        <translation>Create a new record from the typed name</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="239"/>
        <source>Create “{text}” as a new record</source>
        <translation>Create “{text}” as a new record</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="214"/>
        <source>Open the chosen record</source>
        <translation>Open the chosen record</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="349"/>
        <location filename="../../ui/forms/fields.py" line="350"/>
        <source>Remove this row</source>
        <translation>Remove this row</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/history.py" line="46"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="47"/>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="48"/>
        <source>Moved to the trash</source>
        <translation>Moved to the trash</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="49"/>
        <source>Restored from the trash</source>
        <translation>Restored from the trash</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="50"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="51"/>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="52"/>
        <source>Deleted for good</source>
        <translation>Deleted for good</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="53"/>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="54"/>
        <source>Merge undone</source>
        <translation>Merge undone</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="55"/>
        <source>File attached</source>
        <translation>File attached</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="56"/>
        <source>File removed</source>
        <translation>File removed</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="62"/>
        <location filename="../../ui/history.py" line="85"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="63"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="64"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="65"/>
        <location filename="../../ui/history.py" line="100"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="66"/>
        <location filename="../../ui/history.py" line="101"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="67"/>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="68"/>
        <source>Whole archive</source>
        <translation>Whole archive</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="74"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="75"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="76"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="77"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="79"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="80"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="81"/>
        <source>Other names</source>
        <translation>Other names</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="82"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="83"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="84"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="86"/>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="87"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="88"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="89"/>
        <source>Delegations</source>
        <translation>Delegations</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="90"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="91"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="92"/>
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="93"/>
        <source>Spellings</source>
        <translation>Spellings</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="94"/>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="95"/>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="96"/>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="97"/>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="98"/>
        <source>Directions</source>
        <translation>Directions</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="99"/>
        <source>Number of directions</source>
        <translation>Number of directions</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="102"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="103"/>
        <source>Signatories</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="104"/>
        <source>Responsible organisation</source>
        <translation>Responsible organisation</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="105"/>
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="106"/>
        <source>In the trash</source>
        <translation>In the trash</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="108"/>
        <source>Restored from</source>
        <translation>Restored from</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="109"/>
        <source>Replaced archive kept at</source>
        <translation>Replaced archive kept at</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="107"/>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="123"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="123"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="159"/>
        <source>before:</source>
        <translation>before:</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="161"/>
        <source>after:</source>
        <translation>after:</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="231"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="231"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="231"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="231"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="231"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="231"/>
        <source>Fields changed</source>
        <translation>Fields changed</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/history.py" line="302"/>
        <source>History of this record</source>
        <translation>History of this record</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="307"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="308"/>
        <source>No changes recorded yet.</source>
        <translation>No changes recorded yet.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../ui/views/home.py" line="71"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="72"/>
        <source>How many days ahead</source>
        <translation>How many days ahead</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="75"/>
        <source>Commitments:</source>
        <translation>Commitments:</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="78"/>
        <source>Commitments by status</source>
        <translation>Commitments by status</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="83"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="83"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="83"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="83"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="84"/>
        <source>Coming events</source>
        <translation>Coming events</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="86"/>
        <source>Was due</source>
        <translation>Was due</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="86"/>
        <location filename="../../ui/views/home.py" line="89"/>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="86"/>
        <location filename="../../ui/views/home.py" line="89"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="87"/>
        <location filename="../../ui/views/home.py" line="90"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="87"/>
        <source>Overdue commitments</source>
        <translation>Overdue commitments</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="89"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="90"/>
        <source>Commitments due soon</source>
        <translation>Commitments due soon</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="92"/>
        <location filename="../../ui/views/home.py" line="228"/>
        <source>Change status…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="93"/>
        <source>Set the status of the selected commitment, with a dated note (select one with the arrow keys or right-click it)</source>
        <translation>Set the status of the selected commitment, with a dated note (select one with the arrow keys or right-click it)</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="126"/>
        <source>Look ahead</source>
        <translation>Look ahead</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="163"/>
        <source>Today is {day}</source>
        <translation>Today is {day}</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="169"/>
        <source>Coming up in the next {n} days</source>
        <translation>Coming up in the next {n} days</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="174"/>
        <source>No events with a fixed day in the next {n} days.</source>
        <translation>No events with a fixed day in the next {n} days.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="176"/>
        <source>Without a fixed day yet</source>
        <translation>Without a fixed day yet</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="181"/>
        <source>Overdue ({n})</source>
        <translation>Overdue ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="182"/>
        <source>Due in the next {days} days ({n})</source>
        <translation>Due in the next {days} days ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="184"/>
        <source>No overdue commitments.</source>
        <translation>No overdue commitments.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="185"/>
        <source>Nothing due in these days.</source>
        <translation>Nothing due in these days.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="193"/>
        <source>The first {shown} of {total}; the Commitments view lists them all.</source>
        <translation>The first {shown} of {total}; the Commitments view lists them all.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="200"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="227"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>IcsPreviewDialog</name>
    <message>
        <location filename="../../ui/views/calendar.py" line="883"/>
        <source>Import {file}</source>
        <translation>Import {file}</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="885"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="885"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="885"/>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="886"/>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="888"/>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="888"/>
        <source>no title</source>
        <translation>no title</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="889"/>
        <source>a commitment deadline, not an event</source>
        <translation>a commitment deadline, not an event</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="890"/>
        <source>the matching event is in the trash</source>
        <translation>the matching event is in the trash</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="891"/>
        <source>repeats an entry above</source>
        <translation>repeats an entry above</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="893"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="893"/>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="894"/>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="894"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="894"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="897"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="897"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="897"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="897"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="898"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="899"/>
        <source>Entries in the file</source>
        <translation>Entries in the file</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="906"/>
        <source>changes: {fields}</source>
        <translation>changes: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="908"/>
        <source>repeats: only the first date is imported</source>
        <translation>repeats: only the first date is imported</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="910"/>
        <source>place not in the archive: kept in the summary</source>
        <translation>place not in the archive: kept in the summary</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="924"/>
        <source>{add} new planned events, {update} updated, {same} unchanged, {skip} skipped. Nothing is written until you press Import.</source>
        <translation>{add} new planned events, {update} updated, {same} unchanged, {skip} skipped. Nothing is written until you press Import.</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="929"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../ui/forms/base.py" line="48"/>
        <source>Document signed here</source>
        <translation>Document signed here</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="48"/>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="49"/>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="49"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="49"/>
        <source>Responsible for</source>
        <translation>Responsible for</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="50"/>
        <source>Took part in</source>
        <translation>Took part in</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="50"/>
        <source>Party to</source>
        <translation>Party to</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="50"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="51"/>
        <source>Part of it</source>
        <translation>Part of it</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="51"/>
        <source>Event here</source>
        <translation>Event here</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="51"/>
        <source>Succeeded by</source>
        <translation>Succeeded by</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="42"/>
        <source>Elshi — {name}</source>
        <translation>Elshi — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="48"/>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>&amp;Import archive file…</source>
        <translation>&amp;Import archive file…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Export archive file…</source>
        <translation>&amp;Export archive file…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Load the &amp;sample archive</source>
        <translation>Load the &amp;sample archive</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Open another archive…</source>
        <translation>&amp;Open another archive…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Search the archive</source>
        <translation>&amp;Search the archive</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>The archive is damaged</source>
        <translation>The archive is damaged</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>A check of {path} found a problem: {problem}</source>
        <translation>A check of {path} found a problem: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Open an archive</source>
        <translation>Open an archive</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Elshi archives (*.sqlite);;All files (*)</source>
        <translation>Elshi archives (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Cannot open the archive</source>
        <translation>Cannot open the archive</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../ui/forms/records.py" line="338"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="339"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="340"/>
        <source>&amp;Country</source>
        <translation>&amp;Country</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="341"/>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="342"/>
        <source>&amp;Part of</source>
        <translation>&amp;Part of</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="343"/>
        <source>Pre&amp;decessor</source>
        <translation>Pre&amp;decessor</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="344"/>
        <source>Other &amp;names (one per line)</source>
        <translation>Other &amp;names (one per line)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="345"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="347"/>
        <source>Export dossier…</source>
        <translation>Export dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="353"/>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/forms/records.py" line="288"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="288"/>
        <source>as shown in lists</source>
        <translation>as shown in lists</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="289"/>
        <source>Other &amp;spellings</source>
        <translation>Other &amp;spellings</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="289"/>
        <source>Add spelling</source>
        <translation>Add spelling</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="290"/>
        <source>&amp;Positions</source>
        <translation>&amp;Positions</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="290"/>
        <source>Add position</source>
        <translation>Add position</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="291"/>
        <source>Protocol &amp;notes</source>
        <translation>Protocol &amp;notes</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="310"/>
        <source>dates unknown</source>
        <translation>dates unknown</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="312"/>
        <source>Career</source>
        <translation>Career</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="316"/>
        <source>Spelling</source>
        <translation>Spelling</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="317"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="318"/>
        <source>Preferred</source>
        <translation>Preferred</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="323"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="324"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="325"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="326"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="330"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <location filename="../../ui/forms/records.py" line="361"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="362"/>
        <source>&amp;Country</source>
        <translation>&amp;Country</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="363"/>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="364"/>
        <source>Other &amp;names (one per line)</source>
        <translation>Other &amp;names (one per line)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="367"/>
        <source>New place</source>
        <translation>New place</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/forms/base.py" line="88"/>
        <location filename="../../ui/forms/base.py" line="90"/>
        <source>Linked records</source>
        <translation>Linked records</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="101"/>
        <location filename="../../ui/forms/base.py" line="317"/>
        <source>Show history</source>
        <translation>Show history</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="103"/>
        <source>Every change to this record: when, by whom, what</source>
        <translation>Every change to this record: when, by whom, what</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="116"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="117"/>
        <source>Save this record (Ctrl+S)</source>
        <translation>Save this record (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="118"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="119"/>
        <source>Throw away the changes not yet saved</source>
        <translation>Throw away the changes not yet saved</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="120"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="244"/>
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="317"/>
        <source>Hide history</source>
        <translation>Hide history</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="339"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Not saved: please correct the marked fields.</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../ui/record_list.py" line="72"/>
        <source>Filter this list… (Ctrl+L)</source>
        <translation>Filter this list… (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="74"/>
        <source>Filter the list</source>
        <translation>Filter the list</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="79"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="80"/>
        <source>Create a new record (Ctrl+N)</source>
        <translation>Create a new record (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="81"/>
        <location filename="../../ui/record_list.py" line="208"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="82"/>
        <source>Move the selected record to the trash (Delete)</source>
        <translation>Move the selected record to the trash (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="83"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="84"/>
        <source>Bring the selected record back from the trash</source>
        <translation>Bring the selected record back from the trash</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="85"/>
        <source>Delete for good</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="86"/>
        <source>Remove the selected record from the trash for good (asks first)</source>
        <translation>Remove the selected record from the trash for good (asks first)</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="88"/>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="89"/>
        <source>Show deleted records</source>
        <translation>Show deleted records</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="106"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="186"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="186"/>
        <source>Save the changes to this record?</source>
        <translation>Save the changes to this record?</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="208"/>
        <source>Move “{title}” to the trash? It can be restored from there.</source>
        <translation>Move “{title}” to the trash? It can be restored from there.</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="215"/>
        <source>Moved to the trash: {title}</source>
        <translation>Moved to the trash: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="225"/>
        <source>Restored from the trash</source>
        <translation>Restored from the trash</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="231"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="291"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="81"/>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="83"/>
        <source>Filter the records</source>
        <translation>Filter the records</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="85"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../ui/i18n_strings.py" line="10"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="11"/>
        <source>Conference</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="12"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="13"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="14"/>
        <source>Referendum</source>
        <translation>Referendum</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="15"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="16"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="17"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="18"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="19"/>
        <source>Postponed</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="20"/>
        <source>Memorandum</source>
        <translation>Memorandum</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="21"/>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="22"/>
        <source>Road map</source>
        <translation>Road map</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="23"/>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="24"/>
        <source>Plan of events</source>
        <translation>Plan of events</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="25"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="26"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="27"/>
        <source>Under negotiation</source>
        <translation>Under negotiation</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="28"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="29"/>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="30"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="31"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="32"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="33"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="34"/>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="35"/>
        <source>Government</source>
        <translation>Government</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="36"/>
        <source>Akimat</source>
        <translation>Akimat</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="37"/>
        <source>Ministry</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="38"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="39"/>
        <source>Consulate</source>
        <translation>Consulate</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="40"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="41"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="42"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="43"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="44"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="45"/>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="46"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="47"/>
        <source>Latin</source>
        <translation>Latin</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="48"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="49"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="50"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="51"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="52"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="53"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="54"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="55"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="56"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="57"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="58"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="59"/>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="60"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="61"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="62"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="63"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="64"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="65"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="66"/>
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../ui/views/search.py" line="70"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="70"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="70"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="71"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="71"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="71"/>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="177"/>
        <source>Search names, places, titles, notes… in any language</source>
        <translation>Search names, places, titles, notes… in any language</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="179"/>
        <source>Search the archive</source>
        <translation>Search the archive</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="187"/>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="188"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="192"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="193"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="197"/>
        <location filename="../../ui/views/search.py" line="246"/>
        <source>Dated from</source>
        <translation>Dated from</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="198"/>
        <source>Dated to</source>
        <translation>Dated to</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="200"/>
        <source>country or region</source>
        <translation>country or region</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="201"/>
        <source>Country or region</source>
        <translation>Country or region</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="203"/>
        <source>organisation…</source>
        <translation>organisation…</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="213"/>
        <source>Saved searches</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="215"/>
        <source>Save search</source>
        <translation>Save search</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="216"/>
        <source>Keep this search, with its filters, under its text</source>
        <translation>Keep this search, with its filters, under its text</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="218"/>
        <source>Forget</source>
        <translation>Forget</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="219"/>
        <source>Delete the chosen saved search</source>
        <translation>Delete the chosen saved search</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="223"/>
        <source>Search summary</source>
        <translation>Search summary</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="236"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="247"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="310"/>
        <source>The search could not be done: {error}</source>
        <translation>The search could not be done: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="327"/>
        <source>Similar spellings: {names}</source>
        <translation>Similar spellings: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="332"/>
        <source>Did you mean: {names}?</source>
        <translation>Did you mean: {names}?</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="364"/>
        <source>Type a name, a place or any words; Latin spellings find Cyrillic names.</source>
        <translation>Type a name, a place or any words; Latin spellings find Cyrillic names.</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="366"/>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="368"/>
        <source>1 result</source>
        <translation>1 result</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="369"/>
        <source>{count} results</source>
        <translation>{count} results</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="416"/>
        <source>Saved searches…</source>
        <translation>Saved searches…</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="426"/>
        <source>Type a search first, then save it.</source>
        <translation>Type a search first, then save it.</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="431"/>
        <source>Search saved as “{name}”.</source>
        <translation>Search saved as “{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="453"/>
        <source>Choose a saved search to forget.</source>
        <translation>Choose a saved search to forget.</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="455"/>
        <source>Forget saved search</source>
        <translation>Forget saved search</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="456"/>
        <source>Forget the saved search “{name}”?</source>
        <translation>Forget the saved search “{name}”?</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="475"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <location filename="../../ui/settings_dialog.py" line="101"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="46"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source>Interface &amp;language</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>Menus, messages, dates and month names follow this language; the window reopens in it at once. Names and texts in records stay as they were entered.</source>
        <translation>Menus, messages, dates and month names follow this language; the window reopens in it at once. Names and texts in records stay as they were entered.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="69"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="101"/>
        <source>The new language will be used the next time Elshi starts.</source>
        <translation>The new language will be used the next time Elshi starts.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/status_dialog.py" line="53"/>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="61"/>
        <source>Now: {status}</source>
        <translation>Now: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="63"/>
        <source>Progress notes so far</source>
        <translation>Progress notes so far</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="69"/>
        <source>undated</source>
        <translation>undated</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="73"/>
        <source>No progress notes yet.</source>
        <translation>No progress notes yet.</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="76"/>
        <location filename="../../ui/status_dialog.py" line="103"/>
        <location filename="../../ui/status_dialog.py" line="140"/>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="85"/>
        <source>Date of the note</source>
        <translation>Date of the note</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="90"/>
        <source>Progress note</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="91"/>
        <source>What was done, agreed or heard</source>
        <translation>What was done, agreed or heard</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="104"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="105"/>
        <location filename="../../ui/status_dialog.py" line="140"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="109"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="146"/>
        <source>The status could not be saved ({code}).</source>
        <translation>The status could not be saved ({code}).</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../ui/views/audit.py" line="229"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="946"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="105"/>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="230"/>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="264"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/views/records.py" line="28"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/views/records.py" line="30"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/views/records.py" line="32"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/views/records.py" line="33"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../ui/views/records.py" line="35"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
</context>
<context>
    <name>WarnsOfDuplicates</name>
    <message>
        <location filename="../../ui/forms/records.py" line="273"/>
        <source>This may be the same as {names}. The Duplicates view can merge them.</source>
        <translation>This may be the same as {names}. The Duplicates view can merge them.</translation>
    </message>
</context>
<context>
    <name>WithAttachments</name>
    <message>
        <location filename="../../ui/forms/records.py" line="95"/>
        <source>Commitments: {done} of {total} done</source>
        <translation>Commitments: {done} of {total} done</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="97"/>
        <source>, {overdue} overdue</source>
        <translation>, {overdue} overdue</translation>
    </message>
</context>
</TS>
