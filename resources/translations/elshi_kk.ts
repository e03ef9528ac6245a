<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>ArchiveActions</name>
    <message>
        <location filename="../../ui/archive_actions.py" line="25"/>
        <source>The file was not imported and nothing changed:
{problems}</source>
        <translation>Файл импортталмады, ештеңе өзгерген жоқ:
{problems}</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="27"/>
        <source>The file could not be read or written: {reason}</source>
        <translation>Файлды оқу не жазу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="36"/>
        <source>Imported: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Импортталды: қосылғаны — {added}, жаңартылғаны — {updated}, өзгеріссіз — {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="49"/>
        <source>Importing {path}…</source>
        <translation>{path} импортталуда…</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="50"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="54"/>
        <source>Import an Elshi archive file</source>
        <translation>Elshi мұрағат файлын импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="54"/>
        <source>Elshi JSON (*.json);;All files (*)</source>
        <translation>Elshi JSON (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="60"/>
        <source>Export the archive</source>
        <translation>Мұрағатты экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="60"/>
        <source>Elshi JSON (*.json)</source>
        <translation>Elshi JSON файлы (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="75"/>
        <source>Exported to {path}</source>
        <translation>{path} файлына экспортталды</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="76"/>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="82"/>
        <source>Sample archive</source>
        <translation>Үлгі мұрағат</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="83"/>
        <source>The sample can only be loaded into an empty archive. Open a new archive file first.</source>
        <translation>Үлгіні тек бос мұрағатқа жүктеуге болады. Алдымен жаңа мұрағат файлын ашыңыз.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/forms/attachments.py" line="28"/>
        <location filename="../../ui/forms/attachments.py" line="30"/>
        <source>Attachments</source>
        <translation>Тіркелген файлдар</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="32"/>
        <source>Save the record first to attach files.</source>
        <translation>Файл тіркеу үшін алдымен жазбаны сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="34"/>
        <source>Attach file…</source>
        <translation>Файл тіркеу…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="35"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="36"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="80"/>
        <source>Attach a file</source>
        <translation>Файл тіркеу</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="80"/>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="96"/>
        <source>Not attached</source>
        <translation>Тіркелмеді</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="97"/>
        <source>The file could not be attached: {reason}</source>
        <translation>Файлды тіркеу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="91"/>
        <source>Attached {name}</source>
        <translation>{name} тіркелді</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="104"/>
        <source>File missing</source>
        <translation>Файл жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="105"/>
        <source>The archive&apos;s copy of {name} is missing.</source>
        <translation>Мұрағаттағы {name} көшірмесі жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="112"/>
        <location filename="../../ui/forms/attachments.py" line="123"/>
        <source>Remove attachment</source>
        <translation>Тіркелген файлды алып тастау</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="112"/>
        <source>Remove {name} from this record?</source>
        <translation>{name} файлы осы жазбадан алынып тасталсын ба?</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/views/audit.py" line="43"/>
        <source>Record type</source>
        <translation>Жазба түрі</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="44"/>
        <source>All record types</source>
        <translation>Барлық жазба түрлері</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="48"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="49"/>
        <source>All actions</source>
        <translation>Барлық әрекеттер</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="53"/>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="55"/>
        <source>Period</source>
        <translation>Кезеңі</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="59"/>
        <source>Any time</source>
        <translation>Кез келген уақыт</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="60"/>
        <source>Last 24 hours</source>
        <translation>Соңғы 24 сағат</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="61"/>
        <source>Last 7 days</source>
        <translation>Соңғы 7 күн</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="62"/>
        <source>Last 31 days</source>
        <translation>Соңғы 31 күн</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="63"/>
        <source>Last year</source>
        <translation>Соңғы бір жыл</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="69"/>
        <source>Text in the changed fields…</source>
        <translation>Өзгерген өрістердегі мәтін…</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="70"/>
        <source>Text in the changed fields</source>
        <translation>Өзгерген өрістердегі мәтін</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="72"/>
        <source>Export CSV…</source>
        <translation>CSV-ге экспорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="73"/>
        <source>Save the entries shown as a CSV file</source>
        <translation>Көрсетілген жазбаларды CSV файлы ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="78"/>
        <source>Audit trail</source>
        <translation>Өзгерістер журналы</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="81"/>
        <source>What changed</source>
        <translation>Не өзгерді</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="133"/>
        <source>All users</source>
        <translation>Барлық пайдаланушылар</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/audit.py" line="145"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="177"/>
        <source>That record is no longer in the archive.</source>
        <translation>Бұл жазба мұрағатта енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="183"/>
        <source>Export the audit trail</source>
        <translation>Өзгерістер журналын экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="183"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/audit.py" line="208"/>
        <source>%n entries exported to {path}</source>
        <translation>
            <numerusform>{path} файлына %n жазба экспортталды</numerusform>
            <numerusform>{path} файлына %n жазба экспортталды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="213"/>
        <source>Export failed</source>
        <translation>Экспорт орындалмады</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="214"/>
        <source>The audit trail could not be written to {path}: {reason}</source>
        <translation>Өзгерістер журналын {path} файлына жазу мүмкін болмады: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/backup_actions.py" line="38"/>
        <source>This record was changed in another window or by another user after you opened it. Your changes have not been saved and are still in the form: note what you need, reload the record and enter them again.</source>
        <translation>Бұл жазбаны сіз ашқаннан кейін оны басқа терезеде немесе басқа пайдаланушы өзгертті. Сіздің өзгерістеріңіз сақталмады, олар әлі пішінде тұр: қажеттісін жазып алып, жазбаны қайта жүктеңіз де, оларды қайта енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="43"/>
        <source>The archive is busy in another Elshi window or process. Nothing was saved; try again in a moment.</source>
        <translation>Мұрағат басқа Elshi терезесінде немесе процесте бос емес. Ештеңе сақталмады; біраздан соң қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="47"/>
        <source>Only a record in the trash can be deleted for good.</source>
        <translation>Біржола тек себеттегі жазбаны жоюға болады.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="48"/>
        <source>{detail} already exists. Elshi never overwrites a file: choose another name.</source>
        <translation>{detail} бар. Elshi файлдарды ешқашан қайта жазбайды: басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="51"/>
        <source>The copy did not pass its check and was not kept ({detail}).</source>
        <translation>Көшірме тексеруден өтпеді және сақталмады ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="52"/>
        <source>The copy could not be written: {detail}</source>
        <translation>Көшірмені жазу мүмкін болмады: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="53"/>
        <source>{detail} does not exist.</source>
        <translation>{detail} жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="54"/>
        <source>That file is the archive itself.</source>
        <translation>Бұл файл — мұрағаттың өзі.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="55"/>
        <source>{detail} is not an Elshi archive.</source>
        <translation>{detail} Elshi мұрағаты емес.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="56"/>
        <source>That file is the database of another program.</source>
        <translation>Бұл файл — басқа бағдарламаның дерекқоры.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="57"/>
        <source>That file is damaged ({detail}).</source>
        <translation>Бұл файл зақымдалған ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="58"/>
        <source>That file was made by a newer version of Elshi.</source>
        <translation>Бұл файл Elshi-дің жаңарақ нұсқасында жасалған.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="59"/>
        <source>That file cannot be read: {detail}</source>
        <translation>Бұл файлды оқу мүмкін емес: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="60"/>
        <source>No good backup was found in {detail}.</source>
        <translation>{detail} ішінен жарамды сақтық көшірме табылмады.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="62"/>
        <source>Something went wrong: {detail}</source>
        <translation>Бірдеңе дұрыс болмады: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="84"/>
        <source>Backup saved and checked: {path}</source>
        <translation>Сақтық көшірме сақталды және тексерілді: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="89"/>
        <source>Backup failed</source>
        <translation>Сақтық көшірме жасалмады</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="99"/>
        <location filename="../../ui/backup_actions.py" line="112"/>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="99"/>
        <source>Elshi archives (*.sqlite);;All files (*)</source>
        <translation>Elshi мұрағаттары (*.sqlite);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="106"/>
        <source>Cannot restore this file</source>
        <translation>Бұл файлдан қалпына келтіру мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="108"/>
        <source>Replace all records in this archive with those in the backup “{name}”?

The archive as it is now is kept in {folder}; nothing is deleted.</source>
        <translation>Осы мұрағаттағы барлық жазба «{name}» сақтық көшірмесіндегі жазбалармен ауыстырылсын ба?

Мұрағаттың қазіргі күйі {folder} ішінде сақталады; ештеңе жойылмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="117"/>
        <source>Restore failed</source>
        <translation>Қалпына келтіру орындалмады</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="120"/>
        <location filename="../../ui/backup_actions.py" line="174"/>
        <source>Backup restored</source>
        <translation>Сақтық көшірмеден қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="121"/>
        <source>The archive now holds the records of “{name}”.
The archive as it was is kept as {kept}.</source>
        <translation>Мұрағатта енді «{name}» жазбалары тұр.
Мұрағаттың бұрынғы күйі {kept} ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="134"/>
        <source>The archive cannot be opened</source>
        <translation>Мұрағатты ашу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="136"/>
        <source>The archive {path} is damaged.</source>
        <translation>{path} мұрағаты зақымдалған.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="137"/>
        <source>The file {path} is not an Elshi archive any more (it may have been overwritten).</source>
        <translation>{path} файлы енді Elshi мұрағаты емес (оның үстінен басқа дерек жазылған болуы мүмкін).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="140"/>
        <source>The archive {path} was saved by a newer version of Elshi.</source>
        <translation>{path} мұрағаты Elshi-дің жаңарақ нұсқасында сақталған.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="151"/>
        <source>No good backup of it was found in {folder}. The file has not been changed.</source>
        <translation>{folder} ішінен оның жарамды сақтық көшірмесі табылмады. Файл өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="160"/>
        <source>Restore the newest good backup, from {when}? Changes made after it will not be in the archive. The file that failed is kept in {folder}; nothing is deleted.</source>
        <translation>{when} жасалған ең соңғы жарамды сақтық көшірмеден қалпына келтірілсін бе? Одан кейін енгізілген өзгерістер мұрағатта болмайды. Ақаулы файл {folder} ішінде сақталады; ештеңе жойылмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="175"/>
        <source>The backup from {when} is restored. The file that failed is kept as {kept}.</source>
        <translation>{when} жасалған сақтық көшірме қалпына келтірілді. Ақаулы файл {kept} ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="184"/>
        <source>Back Up Now</source>
        <translation>Қазір сақтық көшірме жасау</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="185"/>
        <source>Save a checked copy of the archive in its backups folder</source>
        <translation>Мұрағаттың тексерілген көшірмесін сақтық көшірмелер қалтасына сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="187"/>
        <source>Restore from Backup…</source>
        <translation>Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="210"/>
        <source>Delete “{name}” for good? It cannot be restored from the trash afterwards. The audit trail keeps a note of it with its last contents.</source>
        <translation>«{name}» біржола жойылсын ба? Кейін оны себеттен қалпына келтіру мүмкін болмайды. Өзгерістер журналында ол туралы жазба соңғы мазмұнымен сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="214"/>
        <source>Delete for good</source>
        <translation>Біржола жою</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="226"/>
        <location filename="../../ui/backup_actions.py" line="233"/>
        <source>Cannot delete for good</source>
        <translation>Біржола жою мүмкін емес</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="227"/>
        <source>“{name}” is still used by:
{where}

Remove it there first.</source>
        <translation>«{name}» әлі мына жерлерде пайдаланылады:
{where}

Алдымен оны сол жерлерден алып тастаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="235"/>
        <source>“{name}” deleted for good.</source>
        <translation>«{name}» біржола жойылды.</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="130"/>
        <location filename="../../ui/briefing_dialog.py" line="357"/>
        <source>Export briefing</source>
        <translation>Анықтаманы экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="137"/>
        <location filename="../../ui/briefing_dialog.py" line="181"/>
        <source>Briefing</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="138"/>
        <source>Event briefing</source>
        <translation>Іс-шара бойынша анықтама</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="138"/>
        <source>Counterpart dossier</source>
        <translation>Серіктес тарап туралы анықтама</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="138"/>
        <source>Upcoming events</source>
        <translation>Алдағы іс-шаралар</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="139"/>
        <source>Commitments report</source>
        <translation>Міндеттемелердің орындалуы туралы есеп</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="145"/>
        <source>First day</source>
        <translation>Бірінші күні</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="147"/>
        <source>Last day</source>
        <translation>Соңғы күні</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="151"/>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="152"/>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="157"/>
        <source>Open</source>
        <translation>Бақылауда</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="157"/>
        <source>In progress</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="157"/>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="158"/>
        <source>Dropped</source>
        <translation>Бақылаудан алынды</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="170"/>
        <source>Language of the briefing</source>
        <translation>Анықтаманың тілі</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="176"/>
        <source>Marking printed at the top and bottom of every page</source>
        <translation>Әр беттің жоғарғы және төменгі жағына басылатын гриф</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="182"/>
        <source>Scope</source>
        <translation>Қамту аясы</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="184"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="185"/>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="188"/>
        <source>Progress of the export</source>
        <translation>Экспорттың барысы</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="193"/>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="195"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="216"/>
        <source>Counterpart</source>
        <translation>Серіктес тарап</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="217"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="218"/>
        <source>Country</source>
        <translation>Елі</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="219"/>
        <source>Region</source>
        <translation>Өңірі</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="222"/>
        <source>Country or region, as recorded</source>
        <translation>Ел немесе өңір, жазбада көрсетілгендей</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="223"/>
        <source>As recorded, e.g. Russia</source>
        <translation>Жазбадағыдай, мысалы, Ресей</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="266"/>
        <source>Choose the event.</source>
        <translation>Іс-шараны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="273"/>
        <source>Choose the organisation.</source>
        <translation>Ұйымды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="276"/>
        <source>Type the country or region.</source>
        <translation>Елді немесе өңірді жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="284"/>
        <source>Tick at least one status.</source>
        <translation>Кемінде бір күйді белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="301"/>
        <source>Save the briefing</source>
        <translation>Анықтаманы сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="301"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="322"/>
        <source>Making the briefing…</source>
        <translation>Анықтама жасалуда…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="334"/>
        <location filename="../../ui/briefing_dialog.py" line="346"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт тоқтатылды; файл жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="336"/>
        <source>Saved {path} ({pages} pages).</source>
        <translation>{path} сақталды ({pages} бет).</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="337"/>
        <source>Briefing saved: {path}</source>
        <translation>Анықтама сақталды: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="349"/>
        <source>The record is no longer in the archive.</source>
        <translation>Бұл жазба мұрағатта енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="352"/>
        <source>The file could not be written: {reason}</source>
        <translation>Файлды жазу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="354"/>
        <source>The briefing could not be made: {error}</source>
        <translation>Анықтаманы жасау мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="364"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>Briefs</name>
    <message>
        <location filename="../../ui/forms/records.py" line="62"/>
        <source>Make a PDF briefing of this record</source>
        <translation>Осы жазба бойынша PDF анықтама жасау</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../ui/views/calendar.py" line="116"/>
        <source>First half of {year}</source>
        <translation>{year} жылдың бірінші жартыжылдығы</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="116"/>
        <source>Second half of {year}</source>
        <translation>{year} жылдың екінші жартыжылдығы</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="135"/>
        <source>Deadline</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="140"/>
        <source>{status}, overdue</source>
        <translation>{status}, мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="345"/>
        <source>{day}: {events} events, {deadlines} deadlines</source>
        <translation>{day}: іс-шаралар — {events}, мерзімдер — {deadlines}</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="397"/>
        <source>+{n} more</source>
        <translation>тағы {n}</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="869"/>
        <source>it is not an iCalendar file</source>
        <translation>бұл iCalendar файлы емес</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="871"/>
        <source>the file holds no calendar</source>
        <translation>файлда күнтізбе жоқ</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../ui/views/calendar.py" line="472"/>
        <source>Earlier (Page Up)</source>
        <translation>Ертерек (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="473"/>
        <source>Earlier</source>
        <translation>Ертерек</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="474"/>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="476"/>
        <source>Later (Page Down)</source>
        <translation>Кейінірек (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="477"/>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="486"/>
        <location filename="../../ui/views/calendar.py" line="526"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="486"/>
        <location filename="../../ui/views/calendar.py" line="528"/>
        <source>Week</source>
        <translation>Апта</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="486"/>
        <location filename="../../ui/views/calendar.py" line="530"/>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="495"/>
        <source> weeks</source>
        <translation> апта</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="496"/>
        <source>Weeks in the agenda</source>
        <translation>Күн тәртібіндегі апталар саны</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="499"/>
        <source>Kind of event</source>
        <translation>Іс-шара түрі</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="500"/>
        <source>All kinds of event</source>
        <translation>Іс-шаралардың барлық түрі</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="504"/>
        <source>Country</source>
        <translation>Елі</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="506"/>
        <source>Counterpart</source>
        <translation>Серіктес тарап</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="509"/>
        <source>Commitment deadlines</source>
        <translation>Міндеттемелердің орындау мерзімдері</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="511"/>
        <source>Briefing…</source>
        <translation>Анықтама…</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="512"/>
        <source>A PDF agenda of the events shown, grouped by week</source>
        <translation>Көрсетілген іс-шаралардың апталар бойынша топтастырылған PDF кестесі</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="514"/>
        <source>Export .ics…</source>
        <translation>.ics экспорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="515"/>
        <source>Save what is shown as an iCalendar file for a mail client</source>
        <translation>Көрсетілгенді пошта бағдарламасына арналған iCalendar файлы ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="516"/>
        <source>Import .ics…</source>
        <translation>.ics импорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="517"/>
        <source>Create planned events from an iCalendar file, after a preview</source>
        <translation>iCalendar файлынан алдын ала қарап шығып, жоспарланған іс-шаралар жасау</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="521"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="521"/>
        <location filename="../../ui/views/calendar.py" line="529"/>
        <location filename="../../ui/views/calendar.py" line="541"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="521"/>
        <location filename="../../ui/views/calendar.py" line="541"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="522"/>
        <source>Items without a fixed day</source>
        <translation>Нақты күні белгіленбегендер</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="529"/>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="529"/>
        <location filename="../../ui/views/calendar.py" line="541"/>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="529"/>
        <location filename="../../ui/views/calendar.py" line="541"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="542"/>
        <source>What falls on the selected day</source>
        <translation>Таңдалған күнге келетіндер</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="544"/>
        <source>&lt;span style=&apos;color:{event}&apos;&gt;■&lt;/span&gt; event&amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:{due}&apos;&gt;{flag}&lt;/span&gt; commitment deadline&amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:{late}&apos;&gt;{flag}&lt;/span&gt; overdue</source>
        <translation>&lt;span style=&apos;color:{event}&apos;&gt;■&lt;/span&gt; іс-шара&amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:{due}&apos;&gt;{flag}&lt;/span&gt; міндеттеменің орындау мерзімі&amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:{late}&apos;&gt;{flag}&lt;/span&gt; мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="626"/>
        <source>All countries</source>
        <translation>Барлық елдер</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="627"/>
        <source>All counterparts</source>
        <translation>Барлық серіктес тараптар</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="686"/>
        <source>Without a fixed day in this period ({n}):</source>
        <translation>Осы кезеңде нақты күні белгіленбегендер ({n}):</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="706"/>
        <source>Nothing with a fixed day in these weeks.</source>
        <translation>Бұл апталарда нақты күні белгіленген ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="729"/>
        <source>Nothing on this day.</source>
        <translation>Бұл күні ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="796"/>
        <location filename="../../ui/views/calendar.py" line="822"/>
        <source>Export to iCalendar</source>
        <translation>iCalendar-ға экспорттау</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="796"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar файлдары (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="820"/>
        <source>{n} entries exported to {file}</source>
        <translation>{file} файлына экспортталғаны — {n}</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="823"/>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} жазылмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="827"/>
        <location filename="../../ui/views/calendar.py" line="841"/>
        <source>Import from iCalendar</source>
        <translation>iCalendar-дан импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="828"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar файлдары (*.ics);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="842"/>
        <source>{file} was not imported, nothing changed: {reason}</source>
        <translation>{file} импортталмады, ештеңе өзгерген жоқ: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="858"/>
        <source>Imported from {file}: {added} new, {updated} updated</source>
        <translation>{file} файлынан импортталды: жаңасы — {added}, жаңартылғаны — {updated}</translation>
    </message>
</context>
<context>
    <name>CommitmentForm</name>
    <message>
        <location filename="../../ui/forms/records.py" line="220"/>
        <source>&amp;What was promised</source>
        <translation>&amp;Не уәде етілді</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="221"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="222"/>
        <source>&amp;Due</source>
        <translation>&amp;Орындау мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="223"/>
        <source>Responsible &amp;organisation</source>
        <translation>Жауапты &amp;ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="224"/>
        <source>Responsible &amp;person</source>
        <translation>Жауапты &amp;тұлға</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="225"/>
        <source>From &amp;event</source>
        <translation>&amp;Іс-шарадан</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="226"/>
        <source>From do&amp;cument</source>
        <translation>&amp;Құжаттан</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="227"/>
        <source>Progress &amp;notes</source>
        <translation>Орындалу &amp;барысы</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="227"/>
        <source>Add note</source>
        <translation>Жазба қосу</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="228"/>
        <source>Tags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="229"/>
        <source>Change status…</source>
        <translation>Күйін өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="230"/>
        <source>Set a new status with a dated progress note</source>
        <translation>Орындалу барысы туралы күні көрсетілген жазбамен жаңа күй белгілеу</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="236"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="237"/>
        <source>Status set</source>
        <translation>Белгіленген күй</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="238"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="246"/>
        <source>New commitment</source>
        <translation>Жаңа міндеттеме</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <location filename="../../ui/views/commitments.py" line="29"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="30"/>
        <source>Any status</source>
        <translation>Кез келген күй</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="31"/>
        <source>Not done yet</source>
        <translation>Әлі орындалмаған</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="34"/>
        <source>responsible organisation…</source>
        <translation>жауапты ұйым…</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="38"/>
        <source>Overdue only</source>
        <translation>Тек мерзімі өткендер</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="39"/>
        <source>Commitments report…</source>
        <translation>Міндеттемелер туралы есеп…</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="40"/>
        <source>A PDF report of commitments by status, responsible party and counterpart</source>
        <translation>Міндеттемелер туралы күйі, жауапты тарап және серіктес тарап бойынша PDF есеп</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="44"/>
        <source>Due from</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="45"/>
        <source>to</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../../ui/forms/records.py" line="170"/>
        <source>&amp;Title</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="171"/>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="172"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="173"/>
        <source>Signed &amp;on</source>
        <translation>Қол қойылған &amp;күні</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="174"/>
        <source>Signed &amp;in</source>
        <translation>Қол қойылған &amp;жері</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="175"/>
        <source>Period &amp;from</source>
        <translation>Қолданылу кезеңінің &amp;басы</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="176"/>
        <source>Period t&amp;o</source>
        <translation>Қолданылу кезеңінің &amp;соңы</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="177"/>
        <source>Signed at &amp;event</source>
        <translation>Қол қойылған і&amp;с-шара</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="178"/>
        <source>&amp;Parties</source>
        <translation>&amp;Тараптар</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="179"/>
        <source>Add party</source>
        <translation>Тарап қосу</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="180"/>
        <source>Si&amp;gnatories</source>
        <translation>Қол &amp;қоюшылар</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="180"/>
        <source>Add signatory</source>
        <translation>Қол қоюшы қосу</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="181"/>
        <source>Number of &amp;directions</source>
        <translation>&amp;Бағыттар саны</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="181"/>
        <source>as stated in the text</source>
        <translation>мәтінде көрсетілгендей</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="182"/>
        <source>Directions (one per line)</source>
        <translation>Ынтымақтастық бағыттары (әр жолға біреуден)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="183"/>
        <source>Su&amp;mmary</source>
        <translation>Қысқаша &amp;мазмұны</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="184"/>
        <source>Tags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="190"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="191"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="192"/>
        <source>For</source>
        <translation>Кім атынан</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="199"/>
        <source>New document</source>
        <translation>Жаңа құжат</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../ui/views/duplicates.py" line="30"/>
        <source>same name</source>
        <translation>аты бірдей</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="31"/>
        <source>same name in another script</source>
        <translation>басқа әліпбидегі аты бірдей</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="32"/>
        <source>similar spelling</source>
        <translation>жазылуы ұқсас</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="42"/>
        <source>Record type</source>
        <translation>Жазба түрі</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="43"/>
        <source>People</source>
        <translation>Тұлғалар</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="44"/>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="46"/>
        <source>Possible duplicates</source>
        <translation>Қайталануы мүмкін жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="47"/>
        <source>No likely duplicates.</source>
        <translation>Қайталануы мүмкін жазбалар жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="48"/>
        <source>Merge into the first</source>
        <translation>Біріншісіне біріктіру</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="49"/>
        <source>Keep the first record, with every name and link of the second</source>
        <translation>Бірінші жазбаны екіншісінің барлық атауы мен байланыстарымен бірге қалдыру</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="50"/>
        <source>Merge into the second</source>
        <translation>Екіншісіне біріктіру</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="51"/>
        <source>Not a duplicate</source>
        <translation>Қайталану емес</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="52"/>
        <source>Open both</source>
        <translation>Екеуін де ашу</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="54"/>
        <source>Merges</source>
        <translation>Біріктірулер</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="56"/>
        <source>Undo merge</source>
        <translation>Біріктіруді кері қайтару</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="62"/>
        <source>Look for duplicate</source>
        <translation>Қайталануларын іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="70"/>
        <source>Merges done</source>
        <translation>Орындалған біріктірулер</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="105"/>
        <source>Looking for possible duplicates…</source>
        <translation>Ықтимал қайталанулар ізделуде…</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="125"/>
        <source>Could not look for duplicates: {error}</source>
        <translation>Қайталануларды іздеу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="147"/>
        <source>undone</source>
        <translation>кері қайтарылды</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="148"/>
        <source>{merged} merged into {kept} ({state})</source>
        <translation>{merged} → {kept} біріктірілді ({state})</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="180"/>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="181"/>
        <source>Merge “{drop}” into “{keep}”? Every name and link moves to “{keep}”; the merge can be undone.</source>
        <translation>«{drop}» «{keep}» жазбасымен біріктірілсін бе? Барлық атау мен байланыс «{keep}» жазбасына көшеді; біріктіруді кейін кері қайтаруға болады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="189"/>
        <source>Not merged</source>
        <translation>Біріктірілмеді</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="188"/>
        <source>Merged “{drop}” into “{keep}”</source>
        <translation>«{drop}» «{keep}» жазбасымен біріктірілді</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="199"/>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="217"/>
        <source>the kept record was edited after the merge</source>
        <translation>қалдырылған жазба біріктіруден кейін өзгертілген</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="218"/>
        <source>it was already undone</source>
        <translation>ол бұрын кері қайтарылған</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="219"/>
        <source>Not undone</source>
        <translation>Кері қайтарылмады</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="219"/>
        <source>The merge cannot be undone: {reason}.</source>
        <translation>Біріктіруді кері қайтару мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="213"/>
        <source>Merge undone</source>
        <translation>Біріктіру кері қайтарылды</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="18"/>
        <source>Required.</source>
        <translation>Толтыру міндетті.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="19"/>
        <source>Too long: at most {max} characters.</source>
        <translation>Тым ұзын: ең көбі {max} таңба.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="20"/>
        <source>Too many entries: at most {max}.</source>
        <translation>Жазбалар тым көп: ең көбі {max}.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="21"/>
        <source>Contains a control character.</source>
        <translation>Басқару таңбасы бар.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="22"/>
        <source>“{value}” is not one of the allowed values.</source>
        <translation>«{value}» — рұқсат етілген мәндердің бірі емес.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="23"/>
        <source>Must be a whole number.</source>
        <translation>Бүтін сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>Must be between {min} and {max}.</source>
        <translation>{min} мен {max} аралығында болуы керек.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="25"/>
        <source>Has the wrong kind of value.</source>
        <translation>Мәннің түрі дұрыс емес.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="26"/>
        <source>The linked record no longer exists.</source>
        <translation>Байланысты жазба енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="27"/>
        <source>Ends before it starts.</source>
        <translation>Аяқталу күні басталу күнінен ерте.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="28"/>
        <source>Only one spelling per language can be preferred ({lang}).</source>
        <translation>Әр тілде тек бір жазылуы негізгі бола алады ({lang}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29"/>
        <source>“{value}” is not a date. Use 26.03.2026, 2026-03-26, 03.2026, 2026-H1 or 2026.</source>
        <translation>«{value}» — күн емес. Былай жазыңыз: 26.03.2026, 2026-03-26, 03.2026, 2026-H1 немесе 2026.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="30"/>
        <source>{value} does not exist.</source>
        <translation>{value} деген күн жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>Year {value} is out of range.</source>
        <translation>{value} жылы рұқсат етілген аралықтан тыс.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="32"/>
        <source>“{value}” is not a valid date.</source>
        <translation>«{value}» — жарамсыз күн.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
        <source>“{value}” is not in the archive: choose it from the list, or press + to create it.</source>
        <translation>«{value}» мұрағатта жоқ: оны тізімнен таңдаңыз немесе жасау үшін + басыңыз.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../ui/forms/records.py" line="108"/>
        <source>&amp;Title</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="109"/>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="110"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="111"/>
        <source>&amp;Start</source>
        <translation>&amp;Басталуы</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="112"/>
        <source>&amp;End</source>
        <translation>&amp;Аяқталуы</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="113"/>
        <source>&amp;Place</source>
        <translation>Өтетін &amp;орны</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="113"/>
        <source>city…</source>
        <translation>қала…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="114"/>
        <source>&amp;Organiser</source>
        <translation>&amp;Ұйымдастырушы</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="115"/>
        <source>Su&amp;mmary</source>
        <translation>Қысқаша &amp;мазмұны</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="116"/>
        <source>Sou&amp;rce</source>
        <translation>&amp;Дереккөз</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="116"/>
        <source>who reported it</source>
        <translation>кім хабарлады</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="117"/>
        <source>&amp;Delegations</source>
        <translation>Д&amp;елегациялар</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="117"/>
        <source>Add delegation</source>
        <translation>Делегация қосу</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="118"/>
        <source>Ta&amp;gs</source>
        <translation>Бел&amp;гілер</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="120"/>
        <source>Export briefing…</source>
        <translation>Анықтаманы экспорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="125"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="126"/>
        <source>Position at the time</source>
        <translation>Сол кездегі лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="127"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="150"/>
        <source>Side (country, region)</source>
        <translation>Тарап (ел, өңір)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="151"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="152"/>
        <source>Sent by</source>
        <translation>Жіберген ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="153"/>
        <source>Head</source>
        <translation>Басшысы</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="154"/>
        <source>Members</source>
        <translation>Мүшелері</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="154"/>
        <source>Add member</source>
        <translation>Мүше қосу</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="161"/>
        <source>New event</source>
        <translation>Жаңа іс-шара</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="117"/>
        <source>e.g. 26.03.2026, 03.2026, 2026-H1, 2026</source>
        <translation>мысалы, 26.03.2026, 03.2026, 2026-H1, 2026</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="136"/>
        <source>not a date yet</source>
        <translation>әзірге күн емес</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="159"/>
        <source>comma-separated</source>
        <translation>үтір арқылы</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="199"/>
        <source>type to search…</source>
        <translation>іздеу үшін теріңіз…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="208"/>
        <location filename="../../ui/forms/fields.py" line="209"/>
        <source>Create a new record from the typed name</source>
        <translation>Терілген атаудан жаңа жазба жасау</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="239"/>
        <source>Create “{text}” as a new record</source>
        <translation>«{text}» жаңа жазба ретінде жасау</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="214"/>
        <source>Open the chosen record</source>
        <translation>Таңдалған жазбаны ашу</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="349"/>
        <location filename="../../ui/forms/fields.py" line="350"/>
        <source>Remove this row</source>
        <translation>Бұл жолды алып тастау</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/history.py" line="46"/>
        <source>Created</source>
        <translation>Жасалды</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="47"/>
        <source>Edited</source>
        <translation>Өзгертілді</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="48"/>
        <source>Moved to the trash</source>
        <translation>Себетке жіберілді</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="49"/>
        <source>Restored from the trash</source>
        <translation>Себеттен қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="50"/>
        <source>Imported</source>
        <translation>Импортталды</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="51"/>
        <source>Merged</source>
        <translation>Біріктірілді</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="52"/>
        <source>Deleted for good</source>
        <translation>Біржола жойылды</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="53"/>
        <source>Backup restored</source>
        <translation>Сақтық көшірмеден қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="54"/>
        <source>Merge undone</source>
        <translation>Біріктіру кері қайтарылды</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="55"/>
        <source>File attached</source>
        <translation>Файл тіркелді</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="56"/>
        <source>File removed</source>
        <translation>Файл алынып тасталды</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="62"/>
        <location filename="../../ui/history.py" line="85"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="63"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="64"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="65"/>
        <location filename="../../ui/history.py" line="100"/>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="66"/>
        <location filename="../../ui/history.py" line="101"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="67"/>
        <source>Commitment</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="68"/>
        <source>Whole archive</source>
        <translation>Бүкіл мұрағат</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="74"/>
        <source>Name</source>
        <translation>Аты / атауы</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="75"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="76"/>
        <source>Text</source>
        <translation>Мәтіні</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="77"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="78"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="79"/>
        <source>Country</source>
        <translation>Елі</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="80"/>
        <source>Region</source>
        <translation>Өңірі</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="81"/>
        <source>Other names</source>
        <translation>Басқа атаулары</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="82"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="83"/>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="84"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="86"/>
        <source>Organiser</source>
        <translation>Ұйымдастырушы</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="87"/>
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="88"/>
        <source>End</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="89"/>
        <source>Delegations</source>
        <translation>Делегациялар</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="90"/>
        <source>Tags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="91"/>
        <source>Due</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="92"/>
        <source>Part of</source>
        <translation>Жоғары тұрған ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="93"/>
        <source>Spellings</source>
        <translation>Жазылу нұсқалары</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="94"/>
        <source>Positions</source>
        <translation>Лауазымдары</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="95"/>
        <source>Signed on</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="96"/>
        <source>Period from</source>
        <translation>Кезеңнің басы</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="97"/>
        <source>Period to</source>
        <translation>Кезеңнің соңы</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="98"/>
        <source>Directions</source>
        <translation>Бағыттар</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="99"/>
        <source>Number of directions</source>
        <translation>Бағыттар саны</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="102"/>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="103"/>
        <source>Signatories</source>
        <translation>Қол қоюшылар</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="104"/>
        <source>Responsible organisation</source>
        <translation>Жауапты ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="105"/>
        <source>Responsible person</source>
        <translation>Жауапты тұлға</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="106"/>
        <source>In the trash</source>
        <translation>Себетте</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="108"/>
        <source>Restored from</source>
        <translation>Қайдан қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="109"/>
        <source>Replaced archive kept at</source>
        <translation>Ауыстырылған мұрағат сақталған орын</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="107"/>
        <source>Attached files</source>
        <translation>Тіркелген файлдар</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="123"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="123"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="159"/>
        <source>before:</source>
        <translation>бұрын:</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="161"/>
        <source>after:</source>
        <translation>кейін:</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="231"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="231"/>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="231"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="231"/>
        <source>Type</source>
        <translation>Жазба түрі</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="231"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="231"/>
        <source>Fields changed</source>
        <translation>Өзгерген өрістер</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/history.py" line="302"/>
        <source>History of this record</source>
        <translation>Осы жазбаның тарихы</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="307"/>
        <source>What changed</source>
        <translation>Не өзгерді</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="308"/>
        <source>No changes recorded yet.</source>
        <translation>Әзірге өзгерістер тіркелмеген.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../ui/views/home.py" line="71"/>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="72"/>
        <source>How many days ahead</source>
        <translation>Неше күн алға</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="75"/>
        <source>Commitments:</source>
        <translation>Міндеттемелер:</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="78"/>
        <source>Commitments by status</source>
        <translation>Міндеттемелер күйі бойынша</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="83"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="83"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="83"/>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="83"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="84"/>
        <source>Coming events</source>
        <translation>Алдағы іс-шаралар</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="86"/>
        <source>Was due</source>
        <translation>Мерзімі болған</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="86"/>
        <location filename="../../ui/views/home.py" line="89"/>
        <source>Commitment</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="86"/>
        <location filename="../../ui/views/home.py" line="89"/>
        <source>Responsible</source>
        <translation>Жауаптысы</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="87"/>
        <location filename="../../ui/views/home.py" line="90"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="87"/>
        <source>Overdue commitments</source>
        <translation>Мерзімі өткен міндеттемелер</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="89"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="90"/>
        <source>Commitments due soon</source>
        <translation>Мерзімі жақындаған міндеттемелер</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="92"/>
        <location filename="../../ui/views/home.py" line="228"/>
        <source>Change status…</source>
        <translation>Күйін өзгерту…</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="93"/>
        <source>Set the status of the selected commitment, with a dated note (select one with the arrow keys or right-click it)</source>
        <translation>Таңдалған міндеттеменің күйін күні көрсетілген жазбамен белгілеу (міндеттемені көрсеткі пернелермен таңдаңыз немесе оны тінтуірдің оң жақ батырмасымен басыңыз)</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="126"/>
        <source>Look ahead</source>
        <translation>Алдағы</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="163"/>
        <source>Today is {day}</source>
        <translation>Бүгін — {day}</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="169"/>
        <source>Coming up in the next {n} days</source>
        <translation>Алдағы {n} күндегі іс-шаралар</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="174"/>
        <source>No events with a fixed day in the next {n} days.</source>
        <translation>Алдағы {n} күнде нақты күні белгіленген іс-шара жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="176"/>
        <source>Without a fixed day yet</source>
        <translation>Нақты күні әлі белгіленбеген</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="181"/>
        <source>Overdue ({n})</source>
        <translation>Мерзімі өткен ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="182"/>
        <source>Due in the next {days} days ({n})</source>
        <translation>Алдағы {days} күнде мерзімі келетін ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="184"/>
        <source>No overdue commitments.</source>
        <translation>Мерзімі өткен міндеттеме жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="185"/>
        <source>Nothing due in these days.</source>
        <translation>Бұл күндері мерзімі келетін ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="193"/>
        <source>The first {shown} of {total}; the Commitments view lists them all.</source>
        <translation>Алғашқы {shown}, барлығы {total}; толық тізім «Міндеттемелер» бөлімінде.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="200"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="227"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
</context>
<context>
    <name>IcsPreviewDialog</name>
    <message>
        <location filename="../../ui/views/calendar.py" line="883"/>
        <source>Import {file}</source>
        <translation>{file} импорттау</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="885"/>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="885"/>
        <source>Update</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="885"/>
        <source>Unchanged</source>
        <translation>Өзгеріссіз</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="886"/>
        <source>Skipped</source>
        <translation>Өткізіп жіберілді</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="888"/>
        <source>no date</source>
        <translation>күні жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="888"/>
        <source>no title</source>
        <translation>атауы жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="889"/>
        <source>a commitment deadline, not an event</source>
        <translation>бұл іс-шара емес, міндеттеменің орындау мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="890"/>
        <source>the matching event is in the trash</source>
        <translation>сәйкес іс-шара себетте тұр</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="891"/>
        <source>repeats an entry above</source>
        <translation>жоғарыдағы жазбаны қайталайды</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="893"/>
        <source>title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="893"/>
        <source>dates</source>
        <translation>күндері</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="894"/>
        <source>place</source>
        <translation>орны</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="894"/>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="894"/>
        <source>cancelled</source>
        <translation>болдырылмады</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="897"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="897"/>
        <source>Dates</source>
        <translation>Күндері</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="897"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="897"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="898"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="899"/>
        <source>Entries in the file</source>
        <translation>Файлдағы жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="906"/>
        <source>changes: {fields}</source>
        <translation>өзгерістер: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="908"/>
        <source>repeats: only the first date is imported</source>
        <translation>қайталанады: тек алғашқы күні импортталады</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="910"/>
        <source>place not in the archive: kept in the summary</source>
        <translation>орны мұрағатта жоқ: қысқаша мазмұнында сақталады</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="924"/>
        <source>{add} new planned events, {update} updated, {same} unchanged, {skip} skipped. Nothing is written until you press Import.</source>
        <translation>Жаңа жоспарланған іс-шаралар — {add}, жаңартылатыны — {update}, өзгеріссіз — {same}, өткізілетіні — {skip}. «Импорттау» батырмасын баспайынша ештеңе жазылмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="929"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../ui/forms/base.py" line="48"/>
        <source>Document signed here</source>
        <translation>Осында қол қойылған құжат</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="48"/>
        <source>Commitment</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="49"/>
        <source>Attended</source>
        <translation>Қатысқан іс-шарасы</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="49"/>
        <source>Signed</source>
        <translation>Қол қойған құжаты</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="49"/>
        <source>Responsible for</source>
        <translation>Жауапты міндеттемесі</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="50"/>
        <source>Took part in</source>
        <translation>Қатысқан іс-шарасы</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="50"/>
        <source>Party to</source>
        <translation>Тарабы болған құжат</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="50"/>
        <source>Person</source>
        <translation>Қызметкері</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="51"/>
        <source>Part of it</source>
        <translation>Құрамындағы ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="51"/>
        <source>Event here</source>
        <translation>Осында өткен іс-шара</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="51"/>
        <source>Succeeded by</source>
        <translation>Құқықтық мирасқоры</translation>
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
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>&amp;Import archive file…</source>
        <translation>Мұрағат файлын &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Export archive file…</source>
        <translation>Мұрағат файлын &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Load the &amp;sample archive</source>
        <translation>Ү&amp;лгі мұрағатты жүктеу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Open another archive…</source>
        <translation>Басқа мұрағатты &amp;ашу…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Search the archive</source>
        <translation>Мұрағаттан &amp;іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>The archive is damaged</source>
        <translation>Мұрағат зақымдалған</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>A check of {path} found a problem: {problem}</source>
        <translation>{path} тексерілгенде ақау табылды: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Open an archive</source>
        <translation>Мұрағатты ашу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Elshi archives (*.sqlite);;All files (*)</source>
        <translation>Elshi мұрағаттары (*.sqlite);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Cannot open the archive</source>
        <translation>Мұрағатты ашу мүмкін емес</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../ui/forms/records.py" line="338"/>
        <source>&amp;Name</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="339"/>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="340"/>
        <source>&amp;Country</source>
        <translation>&amp;Елі</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="341"/>
        <source>&amp;Region</source>
        <translation>Ө&amp;ңірі</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="342"/>
        <source>&amp;Part of</source>
        <translation>&amp;Жоғары тұрған ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="343"/>
        <source>Pre&amp;decessor</source>
        <translation>Құқықтық і&amp;зашары</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="344"/>
        <source>Other &amp;names (one per line)</source>
        <translation>Басқа а&amp;таулары (әр жолға біреуден)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="345"/>
        <source>N&amp;otes</source>
        <translation>Ес&amp;кертпелер</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="347"/>
        <source>Export dossier…</source>
        <translation>Анықтаманы экспорттау…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="353"/>
        <source>New organisation</source>
        <translation>Жаңа ұйым</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/forms/records.py" line="288"/>
        <source>&amp;Name</source>
        <translation>&amp;Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="288"/>
        <source>as shown in lists</source>
        <translation>тізімдерде көрсетілетіндей</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="289"/>
        <source>Other &amp;spellings</source>
        <translation>Жазылуының басқа &amp;нұсқалары</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="289"/>
        <source>Add spelling</source>
        <translation>Жазылу нұсқасын қосу</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="290"/>
        <source>&amp;Positions</source>
        <translation>&amp;Лауазымдары</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="290"/>
        <source>Add position</source>
        <translation>Лауазым қосу</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="291"/>
        <source>Protocol &amp;notes</source>
        <translation>&amp;Хаттамалық ескертпелер</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="310"/>
        <source>dates unknown</source>
        <translation>мерзімдері белгісіз</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="312"/>
        <source>Career</source>
        <translation>Қызмет жолы</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="316"/>
        <source>Spelling</source>
        <translation>Жазылуы</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="317"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="318"/>
        <source>Preferred</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="323"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="324"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="325"/>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="326"/>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="330"/>
        <source>New person</source>
        <translation>Жаңа тұлға</translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <location filename="../../ui/forms/records.py" line="361"/>
        <source>&amp;Name</source>
        <translation>&amp;Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="362"/>
        <source>&amp;Country</source>
        <translation>&amp;Елі</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="363"/>
        <source>&amp;Region</source>
        <translation>Ө&amp;ңірі</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="364"/>
        <source>Other &amp;names (one per line)</source>
        <translation>Басқа а&amp;таулары (әр жолға біреуден)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="367"/>
        <source>New place</source>
        <translation>Жаңа орын</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/forms/base.py" line="88"/>
        <location filename="../../ui/forms/base.py" line="90"/>
        <source>Linked records</source>
        <translation>Байланысты жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="101"/>
        <location filename="../../ui/forms/base.py" line="317"/>
        <source>Show history</source>
        <translation>Тарихын көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="103"/>
        <source>Every change to this record: when, by whom, what</source>
        <translation>Осы жазбаның әр өзгерісі: қашан, кім, не өзгертті</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="116"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="117"/>
        <source>Save this record (Ctrl+S)</source>
        <translation>Осы жазбаны сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="118"/>
        <source>Revert</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="119"/>
        <source>Throw away the changes not yet saved</source>
        <translation>Әлі сақталмаған өзгерістерден бас тарту</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="120"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="244"/>
        <source>New record</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="317"/>
        <source>Hide history</source>
        <translation>Тарихын жасыру</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="339"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Сақталмады: белгіленген өрістерді түзетіңіз.</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../ui/record_list.py" line="72"/>
        <source>Filter this list… (Ctrl+L)</source>
        <translation>Осы тізімді сүзу… (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="74"/>
        <source>Filter the list</source>
        <translation>Тізімді сүзу</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="79"/>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="80"/>
        <source>Create a new record (Ctrl+N)</source>
        <translation>Жаңа жазба жасау (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="81"/>
        <location filename="../../ui/record_list.py" line="208"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="82"/>
        <source>Move the selected record to the trash (Delete)</source>
        <translation>Таңдалған жазбаны себетке жіберу (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="83"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="84"/>
        <source>Bring the selected record back from the trash</source>
        <translation>Таңдалған жазбаны себеттен қайтару</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="85"/>
        <source>Delete for good</source>
        <translation>Біржола жою</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="86"/>
        <source>Remove the selected record from the trash for good (asks first)</source>
        <translation>Таңдалған жазбаны себеттен біржола жою (алдымен растау сұралады)</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="88"/>
        <source>Trash</source>
        <translation>Себет</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="89"/>
        <source>Show deleted records</source>
        <translation>Жойылған жазбаларды көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="106"/>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="186"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="186"/>
        <source>Save the changes to this record?</source>
        <translation>Осы жазбаға енгізілген өзгерістер сақталсын ба?</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="208"/>
        <source>Move “{title}” to the trash? It can be restored from there.</source>
        <translation>«{title}» себетке жіберілсін бе? Оны сол жерден қалпына келтіруге болады.</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="215"/>
        <source>Moved to the trash: {title}</source>
        <translation>Себетке жіберілді: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="225"/>
        <source>Restored from the trash</source>
        <translation>Себеттен қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="231"/>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="291"/>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="81"/>
        <source>Filter…</source>
        <translation>Сүзгі…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="83"/>
        <source>Filter the records</source>
        <translation>Жазбаларды сүзу</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="85"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../ui/i18n_strings.py" line="10"/>
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="11"/>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="12"/>
        <source>Meeting</source>
        <translation>Кездесу</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="13"/>
        <source>Visit</source>
        <translation>Сапар</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="14"/>
        <source>Referendum</source>
        <translation>Референдум</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="15"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="16"/>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="17"/>
        <source>Held</source>
        <translation>Өтті</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="18"/>
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="19"/>
        <source>Postponed</source>
        <translation>Кейінге қалдырылды</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="20"/>
        <source>Memorandum</source>
        <translation>Меморандум</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="21"/>
        <source>Action plan</source>
        <translation>Іс-қимыл жоспары</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="22"/>
        <source>Road map</source>
        <translation>Жол картасы</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="23"/>
        <source>Agreement</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="24"/>
        <source>Plan of events</source>
        <translation>Іс-шаралар жоспары</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="25"/>
        <source>Protocol</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="26"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="27"/>
        <source>Under negotiation</source>
        <translation>Келісу сатысында</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="28"/>
        <source>Signed</source>
        <translation>Қол қойылды</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="29"/>
        <source>In force</source>
        <translation>Күшінде</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="30"/>
        <source>Expired</source>
        <translation>Күшін жойды</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="31"/>
        <source>Open</source>
        <translation>Бақылауда</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="32"/>
        <source>In progress</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="33"/>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="34"/>
        <source>Dropped</source>
        <translation>Бақылаудан алынды</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="35"/>
        <source>Government</source>
        <translation>Үкімет</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="36"/>
        <source>Akimat</source>
        <translation>Әкімдік</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="37"/>
        <source>Ministry</source>
        <translation>Министрлік</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="38"/>
        <source>Department</source>
        <translation>Басқарма</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="39"/>
        <source>Consulate</source>
        <translation>Консулдық</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="40"/>
        <source>Municipality</source>
        <translation>Мэрия</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="41"/>
        <source>Agency</source>
        <translation>Агенттік</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="42"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="43"/>
        <source>Host</source>
        <translation>Қабылдаушы тарап</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="44"/>
        <source>Guest</source>
        <translation>Жіберуші тарап</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="45"/>
        <source>Kazakh</source>
        <translation>қазақша</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="46"/>
        <source>Russian</source>
        <translation>орысша</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="47"/>
        <source>Latin</source>
        <translation>латынша</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="48"/>
        <source>Chinese</source>
        <translation>қытайша</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="49"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="50"/>
        <source>End</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="51"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="52"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="53"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="54"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="55"/>
        <source>Period</source>
        <translation>Кезеңі</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="56"/>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="57"/>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="58"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="59"/>
        <source>Commitment</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="60"/>
        <source>Responsible</source>
        <translation>Жауаптысы</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="61"/>
        <source>From</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="62"/>
        <source>Name</source>
        <translation>Аты / атауы</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="63"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="64"/>
        <source>Country</source>
        <translation>Елі</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="65"/>
        <source>Region</source>
        <translation>Өңірі</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="66"/>
        <source>Part of</source>
        <translation>Жоғары тұрған ұйым</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../ui/views/search.py" line="70"/>
        <source>People</source>
        <translation>Тұлғалар</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="70"/>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="70"/>
        <source>Places</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="71"/>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="71"/>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="71"/>
        <source>Commitments</source>
        <translation>Міндеттемелер</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="177"/>
        <source>Search names, places, titles, notes… in any language</source>
        <translation>Аттарды, орындарды, атауларды, ескертпелерді… кез келген тілде іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="179"/>
        <source>Search the archive</source>
        <translation>Мұрағаттан іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="187"/>
        <source>Record type</source>
        <translation>Жазба түрі</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="188"/>
        <source>All types</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="192"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="193"/>
        <source>Any status</source>
        <translation>Кез келген күй</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="197"/>
        <location filename="../../ui/views/search.py" line="246"/>
        <source>Dated from</source>
        <translation>Күні (бастап)</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="198"/>
        <source>Dated to</source>
        <translation>Күні (дейін)</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="200"/>
        <source>country or region</source>
        <translation>ел немесе өңір</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="201"/>
        <source>Country or region</source>
        <translation>Ел немесе өңір</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="203"/>
        <source>organisation…</source>
        <translation>ұйым…</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="213"/>
        <source>Saved searches</source>
        <translation>Сақталған іздеулер</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="215"/>
        <source>Save search</source>
        <translation>Іздеуді сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="216"/>
        <source>Keep this search, with its filters, under its text</source>
        <translation>Осы іздеуді сүзгілерімен бірге мәтіні бойынша сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="218"/>
        <source>Forget</source>
        <translation>Ұмыту</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="219"/>
        <source>Delete the chosen saved search</source>
        <translation>Таңдалған сақталған іздеуді жою</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="223"/>
        <source>Search summary</source>
        <translation>Іздеу қорытындысы</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="236"/>
        <source>Search results</source>
        <translation>Іздеу нәтижелері</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="247"/>
        <source>to</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="310"/>
        <source>The search could not be done: {error}</source>
        <translation>Іздеуді орындау мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="327"/>
        <source>Similar spellings: {names}</source>
        <translation>Ұқсас жазылулар: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="332"/>
        <source>Did you mean: {names}?</source>
        <translation>Мүмкін, сіз мынаны іздедіңіз: {names}?</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="364"/>
        <source>Type a name, a place or any words; Latin spellings find Cyrillic names.</source>
        <translation>Атты, орынды немесе кез келген сөзді теріңіз; латын әрпімен жазылғаны кирилшедегі аттарды да табады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="366"/>
        <source>Nothing found.</source>
        <translation>Ештеңе табылмады.</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="368"/>
        <source>1 result</source>
        <translation>1 нәтиже</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="369"/>
        <source>{count} results</source>
        <translation>{count} нәтиже</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="416"/>
        <source>Saved searches…</source>
        <translation>Сақталған іздеулер…</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="426"/>
        <source>Type a search first, then save it.</source>
        <translation>Алдымен іздеу сөзін теріп, содан кейін сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="431"/>
        <source>Search saved as “{name}”.</source>
        <translation>Іздеу «{name}» деген атпен сақталды.</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="453"/>
        <source>Choose a saved search to forget.</source>
        <translation>Ұмытылатын сақталған іздеуді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="455"/>
        <source>Forget saved search</source>
        <translation>Сақталған іздеуді ұмыту</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="456"/>
        <source>Forget the saved search “{name}”?</source>
        <translation>«{name}» сақталған іздеуі ұмытылсын ба?</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="475"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <location filename="../../ui/settings_dialog.py" line="101"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="46"/>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source>Interface &amp;language</source>
        <translation>Интерфейс &amp;тілі</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>Menus, messages, dates and month names follow this language; the window reopens in it at once. Names and texts in records stay as they were entered.</source>
        <translation>Мәзірлер, хабарлар, күндер мен ай атаулары осы тілде көрсетіледі; терезе бірден осы тілде қайта ашылады. Жазбалардағы аттар мен мәтіндер енгізілген күйінде қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="69"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="101"/>
        <source>The new language will be used the next time Elshi starts.</source>
        <translation>Жаңа тіл Elshi келесі рет іске қосылғанда қолданылады.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/status_dialog.py" line="53"/>
        <source>Change status</source>
        <translation>Күйін өзгерту</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="61"/>
        <source>Now: {status}</source>
        <translation>Қазіргі күйі: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="63"/>
        <source>Progress notes so far</source>
        <translation>Орындалу барысы туралы бұрынғы жазбалар</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="69"/>
        <source>undated</source>
        <translation>күні жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="73"/>
        <source>No progress notes yet.</source>
        <translation>Орындалу барысы туралы жазба әлі жоқ.</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="76"/>
        <location filename="../../ui/status_dialog.py" line="103"/>
        <location filename="../../ui/status_dialog.py" line="140"/>
        <source>New status</source>
        <translation>Жаңа күйі</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="85"/>
        <source>Date of the note</source>
        <translation>Жазба күні</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="90"/>
        <source>Progress note</source>
        <translation>Орындалу барысы туралы жазба</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="91"/>
        <source>What was done, agreed or heard</source>
        <translation>Не істелді, не келісілді немесе не белгілі болды</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="104"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="105"/>
        <location filename="../../ui/status_dialog.py" line="140"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="109"/>
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="146"/>
        <source>The status could not be saved ({code}).</source>
        <translation>Күйін сақтау мүмкін болмады ({code}).</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../ui/views/calendar.py" line="946"/>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="105"/>
        <source>Commitments</source>
        <translation>Міндеттемелер</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="264"/>
        <source>Home</source>
        <translation>Басты бет</translation>
    </message>
    <message>
        <location filename="../../ui/views/records.py" line="28"/>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <location filename="../../ui/views/records.py" line="30"/>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location filename="../../ui/views/records.py" line="32"/>
        <source>People</source>
        <translation>Тұлғалар</translation>
    </message>
    <message>
        <location filename="../../ui/views/records.py" line="33"/>
        <source>Organisations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <location filename="../../ui/views/records.py" line="35"/>
        <source>Places</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="229"/>
        <source>Audit trail</source>
        <translation>Өзгерістер журналы</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="230"/>
        <source>Duplicates</source>
        <translation>Қайталанулар</translation>
    </message>
</context>
<context>
    <name>WarnsOfDuplicates</name>
    <message>
        <location filename="../../ui/forms/records.py" line="273"/>
        <source>This may be the same as {names}. The Duplicates view can merge them.</source>
        <translation>Бұл {names} жазбасымен бірдей болуы мүмкін. Оларды «Қайталанулар» бөлімінде біріктіруге болады.</translation>
    </message>
</context>
<context>
    <name>WithAttachments</name>
    <message>
        <location filename="../../ui/forms/records.py" line="95"/>
        <source>Commitments: {done} of {total} done</source>
        <translation>Міндеттемелер: {total} ішінен {done} орындалды</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="97"/>
        <source>, {overdue} overdue</source>
        <translation>, мерзімі өткені — {overdue}</translation>
    </message>
</context>
</TS>
