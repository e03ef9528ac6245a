<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ArchiveActions</name>
    <message>
        <location filename="../../ui/archive_actions.py" line="25"/>
        <source>The file was not imported and nothing changed:
{problems}</source>
        <translation>Файл не импортирован, ничего не изменено:
{problems}</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="27"/>
        <source>The file could not be read or written: {reason}</source>
        <translation>Не удалось прочитать или записать файл: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="36"/>
        <source>Imported: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Импорт завершён: добавлено — {added}, обновлено — {updated}, без изменений — {unchanged}.</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="49"/>
        <source>Importing {path}…</source>
        <translation>Импорт {path}…</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="50"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="54"/>
        <source>Import an Elshi archive file</source>
        <translation>Импорт файла архива Elshi</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="54"/>
        <source>Elshi JSON (*.json);;All files (*)</source>
        <translation>Elshi JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="60"/>
        <source>Export the archive</source>
        <translation>Экспорт архива</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="60"/>
        <source>Elshi JSON (*.json)</source>
        <translation>Файл Elshi JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="75"/>
        <source>Exported to {path}</source>
        <translation>Экспортировано в {path}</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="76"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="82"/>
        <source>Sample archive</source>
        <translation>Образец архива</translation>
    </message>
    <message>
        <location filename="../../ui/archive_actions.py" line="83"/>
        <source>The sample can only be loaded into an empty archive. Open a new archive file first.</source>
        <translation>Образец можно загрузить только в пустой архив. Сначала откройте новый файл архива.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/forms/attachments.py" line="28"/>
        <location filename="../../ui/forms/attachments.py" line="30"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="32"/>
        <source>Save the record first to attach files.</source>
        <translation>Чтобы прикрепить файлы, сначала сохраните запись.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="34"/>
        <source>Attach file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="35"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="36"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="80"/>
        <source>Attach a file</source>
        <translation>Прикрепление файла</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="80"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="96"/>
        <source>Not attached</source>
        <translation>Файл не прикреплён</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="97"/>
        <source>The file could not be attached: {reason}</source>
        <translation>Не удалось прикрепить файл: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="91"/>
        <source>Attached {name}</source>
        <translation>Прикреплён файл {name}</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="104"/>
        <source>File missing</source>
        <translation>Файл отсутствует</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="105"/>
        <source>The archive&apos;s copy of {name} is missing.</source>
        <translation>Копия файла {name} в архиве отсутствует.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="112"/>
        <location filename="../../ui/forms/attachments.py" line="123"/>
        <source>Remove attachment</source>
        <translation>Удаление вложения</translation>
    </message>
    <message>
        <location filename="../../ui/forms/attachments.py" line="112"/>
        <source>Remove {name} from this record?</source>
        <translation>Убрать файл {name} из этой записи?</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/views/audit.py" line="43"/>
        <source>Record type</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="44"/>
        <source>All record types</source>
        <translation>Все типы записей</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="48"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="49"/>
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="53"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="55"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="59"/>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="60"/>
        <source>Last 24 hours</source>
        <translation>Последние 24 часа</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="61"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="62"/>
        <source>Last 31 days</source>
        <translation>Последний 31 день</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="63"/>
        <source>Last year</source>
        <translation>Последний год</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="69"/>
        <source>Text in the changed fields…</source>
        <translation>Текст в изменённых полях…</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="70"/>
        <source>Text in the changed fields</source>
        <translation>Текст в изменённых полях</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="72"/>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="73"/>
        <source>Save the entries shown as a CSV file</source>
        <translation>Сохранить показанные записи в файл CSV</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="78"/>
        <source>Audit trail</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="81"/>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="133"/>
        <source>All users</source>
        <translation>Все пользователи</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/audit.py" line="145"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="177"/>
        <source>That record is no longer in the archive.</source>
        <translation>Этой записи больше нет в архиве.</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="183"/>
        <source>Export the audit trail</source>
        <translation>Экспорт журнала изменений</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="183"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/audit.py" line="208"/>
        <source>%n entries exported to {path}</source>
        <translation>
            <numerusform>%n запись экспортирована в {path}</numerusform>
            <numerusform>%n записи экспортированы в {path}</numerusform>
            <numerusform>%n записей экспортировано в {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="213"/>
        <source>Export failed</source>
        <translation>Экспорт не выполнен</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="214"/>
        <source>The audit trail could not be written to {path}: {reason}</source>
        <translation>Не удалось записать журнал изменений в {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/backup_actions.py" line="38"/>
        <source>This record was changed in another window or by another user after you opened it. Your changes have not been saved and are still in the form: note what you need, reload the record and enter them again.</source>
        <translation>Эта запись была изменена в другом окне или другим пользователем после того, как вы её открыли. Ваши изменения не сохранены и остаются в форме: запишите нужное, загрузите запись заново и внесите их ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="43"/>
        <source>The archive is busy in another Elshi window or process. Nothing was saved; try again in a moment.</source>
        <translation>Архив занят другим окном или процессом Elshi. Ничего не сохранено; повторите попытку через минуту.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="47"/>
        <source>Only a record in the trash can be deleted for good.</source>
        <translation>Удалить навсегда можно только запись из корзины.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="48"/>
        <source>{detail} already exists. Elshi never overwrites a file: choose another name.</source>
        <translation>{detail} уже существует. Elshi никогда не перезаписывает файлы: выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="51"/>
        <source>The copy did not pass its check and was not kept ({detail}).</source>
        <translation>Копия не прошла проверку и не сохранена ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="52"/>
        <source>The copy could not be written: {detail}</source>
        <translation>Не удалось записать копию: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="53"/>
        <source>{detail} does not exist.</source>
        <translation>{detail} не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="54"/>
        <source>That file is the archive itself.</source>
        <translation>Этот файл и есть сам архив.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="55"/>
        <source>{detail} is not an Elshi archive.</source>
        <translation>{detail} не является архивом Elshi.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="56"/>
        <source>That file is the database of another program.</source>
        <translation>Этот файл является базой данных другой программы.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="57"/>
        <source>That file is damaged ({detail}).</source>
        <translation>Этот файл повреждён ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="58"/>
        <source>That file was made by a newer version of Elshi.</source>
        <translation>Этот файл создан более новой версией Elshi.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="59"/>
        <source>That file cannot be read: {detail}</source>
        <translation>Этот файл не удаётся прочитать: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="60"/>
        <source>No good backup was found in {detail}.</source>
        <translation>В {detail} не найдено исправной резервной копии.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="62"/>
        <source>Something went wrong: {detail}</source>
        <translation>Произошла ошибка: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="84"/>
        <source>Backup saved and checked: {path}</source>
        <translation>Резервная копия сохранена и проверена: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="89"/>
        <source>Backup failed</source>
        <translation>Резервная копия не создана</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="99"/>
        <location filename="../../ui/backup_actions.py" line="112"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="99"/>
        <source>Elshi archives (*.sqlite);;All files (*)</source>
        <translation>Архивы Elshi (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="106"/>
        <source>Cannot restore this file</source>
        <translation>Восстановить из этого файла нельзя</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="108"/>
        <source>Replace all records in this archive with those in the backup “{name}”?

The archive as it is now is kept in {folder}; nothing is deleted.</source>
        <translation>Заменить все записи этого архива записями из резервной копии «{name}»?

Архив в его нынешнем виде сохраняется в {folder}; ничего не удаляется.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="117"/>
        <source>Restore failed</source>
        <translation>Восстановление не выполнено</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="120"/>
        <location filename="../../ui/backup_actions.py" line="174"/>
        <source>Backup restored</source>
        <translation>Восстановлено из резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="121"/>
        <source>The archive now holds the records of “{name}”.
The archive as it was is kept as {kept}.</source>
        <translation>Теперь в архиве записи из «{name}».
Прежний архив сохранён как {kept}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="134"/>
        <source>The archive cannot be opened</source>
        <translation>Архив не удаётся открыть</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="136"/>
        <source>The archive {path} is damaged.</source>
        <translation>Архив {path} повреждён.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="137"/>
        <source>The file {path} is not an Elshi archive any more (it may have been overwritten).</source>
        <translation>Файл {path} больше не является архивом Elshi (возможно, он был перезаписан).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="140"/>
        <source>The archive {path} was saved by a newer version of Elshi.</source>
        <translation>Архив {path} сохранён более новой версией Elshi.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="151"/>
        <source>No good backup of it was found in {folder}. The file has not been changed.</source>
        <translation>В {folder} не найдено исправной резервной копии. Файл не изменён.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="160"/>
        <source>Restore the newest good backup, from {when}? Changes made after it will not be in the archive. The file that failed is kept in {folder}; nothing is deleted.</source>
        <translation>Восстановить последнюю исправную резервную копию от {when}? Изменений, сделанных после неё, в архиве не будет. Повреждённый файл сохраняется в {folder}; ничего не удаляется.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="175"/>
        <source>The backup from {when} is restored. The file that failed is kept as {kept}.</source>
        <translation>Резервная копия от {when} восстановлена. Повреждённый файл сохранён как {kept}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="184"/>
        <source>Back Up Now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="185"/>
        <source>Save a checked copy of the archive in its backups folder</source>
        <translation>Сохранить проверенную копию архива в папку резервных копий</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="187"/>
        <source>Restore from Backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="210"/>
        <source>Delete “{name}” for good? It cannot be restored from the trash afterwards. The audit trail keeps a note of it with its last contents.</source>
        <translation>Удалить «{name}» навсегда? Восстановить из корзины её будет нельзя. В журнале изменений останется запись о ней с последним содержимым.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="214"/>
        <source>Delete for good</source>
        <translation>Удалить навсегда</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="226"/>
        <location filename="../../ui/backup_actions.py" line="233"/>
        <source>Cannot delete for good</source>
        <translation>Удалить навсегда нельзя</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="227"/>
        <source>“{name}” is still used by:
{where}

Remove it there first.</source>
        <translation>«{name}» ещё используется в:
{where}

Сначала уберите её оттуда.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_actions.py" line="235"/>
        <source>“{name}” deleted for good.</source>
        <translation>«{name}» удалена навсегда.</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="130"/>
        <location filename="../../ui/briefing_dialog.py" line="357"/>
        <source>Export briefing</source>
        <translation>Экспорт справки</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="137"/>
        <location filename="../../ui/briefing_dialog.py" line="181"/>
        <source>Briefing</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="138"/>
        <source>Event briefing</source>
        <translation>Справка по мероприятию</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="138"/>
        <source>Counterpart dossier</source>
        <translation>Справка о партнёре</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="138"/>
        <source>Upcoming events</source>
        <translation>Предстоящие мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="139"/>
        <source>Commitments report</source>
        <translation>Отчёт об исполнении обязательств</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="145"/>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="147"/>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="151"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="152"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="157"/>
        <source>Open</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="157"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="157"/>
        <source>Done</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="158"/>
        <source>Dropped</source>
        <translation>Снято с контроля</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="170"/>
        <source>Language of the briefing</source>
        <translation>Язык справки</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="176"/>
        <source>Marking printed at the top and bottom of every page</source>
        <translation>Гриф, печатаемый вверху и внизу каждой страницы</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="182"/>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="184"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="185"/>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="188"/>
        <source>Progress of the export</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="193"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="195"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="216"/>
        <source>Counterpart</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="217"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="218"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="219"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="222"/>
        <source>Country or region, as recorded</source>
        <translation>Страна или регион, как записано</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="223"/>
        <source>As recorded, e.g. Russia</source>
        <translation>Как записано, например Россия</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="266"/>
        <source>Choose the event.</source>
        <translation>Выберите мероприятие.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="273"/>
        <source>Choose the organisation.</source>
        <translation>Выберите организацию.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="276"/>
        <source>Type the country or region.</source>
        <translation>Введите страну или регион.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="284"/>
        <source>Tick at least one status.</source>
        <translation>Отметьте хотя бы один статус.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="301"/>
        <source>Save the briefing</source>
        <translation>Сохранение справки</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="301"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="322"/>
        <source>Making the briefing…</source>
        <translation>Справка формируется…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="334"/>
        <location filename="../../ui/briefing_dialog.py" line="346"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="336"/>
        <source>Saved {path} ({pages} pages).</source>
        <translation>Сохранено: {path} (страниц: {pages}).</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="337"/>
        <source>Briefing saved: {path}</source>
        <translation>Справка сохранена: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="349"/>
        <source>The record is no longer in the archive.</source>
        <translation>Этой записи больше нет в архиве.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="352"/>
        <source>The file could not be written: {reason}</source>
        <translation>Не удалось записать файл: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="354"/>
        <source>The briefing could not be made: {error}</source>
        <translation>Не удалось сформировать справку: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="364"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>Briefs</name>
    <message>
        <location filename="../../ui/forms/records.py" line="62"/>
        <source>Make a PDF briefing of this record</source>
        <translation>Сформировать справку в PDF по этой записи</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../ui/views/calendar.py" line="116"/>
        <source>First half of {year}</source>
        <translation>Первое полугодие {year} г.</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="116"/>
        <source>Second half of {year}</source>
        <translation>Второе полугодие {year} г.</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="135"/>
        <source>Deadline</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="140"/>
        <source>{status}, overdue</source>
        <translation>{status}, просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="345"/>
        <source>{day}: {events} events, {deadlines} deadlines</source>
        <translation>{day}: мероприятий — {events}, сроков — {deadlines}</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="397"/>
        <source>+{n} more</source>
        <translation>ещё {n}</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="869"/>
        <source>it is not an iCalendar file</source>
        <translation>это не файл iCalendar</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="871"/>
        <source>the file holds no calendar</source>
        <translation>в файле нет календаря</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../ui/views/calendar.py" line="472"/>
        <source>Earlier (Page Up)</source>
        <translation>Раньше (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="473"/>
        <source>Earlier</source>
        <translation>Раньше</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="474"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="476"/>
        <source>Later (Page Down)</source>
        <translation>Позже (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="477"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="486"/>
        <location filename="../../ui/views/calendar.py" line="526"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="486"/>
        <location filename="../../ui/views/calendar.py" line="528"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="486"/>
        <location filename="../../ui/views/calendar.py" line="530"/>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="495"/>
        <source> weeks</source>
        <translation> нед.</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="496"/>
        <source>Weeks in the agenda</source>
        <translation>Число недель в повестке</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="499"/>
        <source>Kind of event</source>
        <translation>Вид мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="500"/>
        <source>All kinds of event</source>
        <translation>Все виды мероприятий</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="504"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="506"/>
        <source>Counterpart</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="509"/>
        <source>Commitment deadlines</source>
        <translation>Сроки исполнения обязательств</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="511"/>
        <source>Briefing…</source>
        <translation>Справка…</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="512"/>
        <source>A PDF agenda of the events shown, grouped by week</source>
        <translation>Повестка показанных мероприятий в PDF с разбивкой по неделям</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="514"/>
        <source>Export .ics…</source>
        <translation>Экспорт .ics…</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="515"/>
        <source>Save what is shown as an iCalendar file for a mail client</source>
        <translation>Сохранить показанное в файл iCalendar для почтового клиента</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="516"/>
        <source>Import .ics…</source>
        <translation>Импорт .ics…</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="517"/>
        <source>Create planned events from an iCalendar file, after a preview</source>
        <translation>Создать запланированные мероприятия из файла iCalendar после предварительного просмотра</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="521"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="521"/>
        <location filename="../../ui/views/calendar.py" line="529"/>
        <location filename="../../ui/views/calendar.py" line="541"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="521"/>
        <location filename="../../ui/views/calendar.py" line="541"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="522"/>
        <source>Items without a fixed day</source>
        <translation>Без точной даты</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="529"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="529"/>
        <location filename="../../ui/views/calendar.py" line="541"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="529"/>
        <location filename="../../ui/views/calendar.py" line="541"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="542"/>
        <source>What falls on the selected day</source>
        <translation>Что приходится на выбранный день</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="544"/>
        <source>&lt;span style=&apos;color:{event}&apos;&gt;■&lt;/span&gt; event&amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:{due}&apos;&gt;{flag}&lt;/span&gt; commitment deadline&amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:{late}&apos;&gt;{flag}&lt;/span&gt; overdue</source>
        <translation>&lt;span style=&apos;color:{event}&apos;&gt;■&lt;/span&gt; мероприятие&amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:{due}&apos;&gt;{flag}&lt;/span&gt; срок исполнения обязательства&amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:{late}&apos;&gt;{flag}&lt;/span&gt; просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="626"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="627"/>
        <source>All counterparts</source>
        <translation>Все партнёры</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="686"/>
        <source>Without a fixed day in this period ({n}):</source>
        <translation>Без точной даты в этом периоде ({n}):</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="706"/>
        <source>Nothing with a fixed day in these weeks.</source>
        <translation>На эти недели нет ничего с точной датой.</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="729"/>
        <source>Nothing on this day.</source>
        <translation>На этот день ничего нет.</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="796"/>
        <location filename="../../ui/views/calendar.py" line="822"/>
        <source>Export to iCalendar</source>
        <translation>Экспорт в iCalendar</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="796"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="820"/>
        <source>{n} entries exported to {file}</source>
        <translation>Экспортировано в {file}: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="823"/>
        <source>{file} could not be written: {reason}</source>
        <translation>Не удалось записать {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="827"/>
        <location filename="../../ui/views/calendar.py" line="841"/>
        <source>Import from iCalendar</source>
        <translation>Импорт из iCalendar</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="828"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Файлы iCalendar (*.ics);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="842"/>
        <source>{file} was not imported, nothing changed: {reason}</source>
        <translation>{file} не импортирован, ничего не изменено: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="858"/>
        <source>Imported from {file}: {added} new, {updated} updated</source>
        <translation>Импортировано из {file}: новых — {added}, обновлено — {updated}</translation>
    </message>
</context>
<context>
    <name>CommitmentForm</name>
    <message>
        <location filename="../../ui/forms/records.py" line="220"/>
        <source>&amp;What was promised</source>
        <translation>&amp;Что обещано</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="221"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="222"/>
        <source>&amp;Due</source>
        <translation>Сро&amp;к исполнения</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="223"/>
        <source>Responsible &amp;organisation</source>
        <translation>Ответственная &amp;организация</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="224"/>
        <source>Responsible &amp;person</source>
        <translation>Ответственное &amp;лицо</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="225"/>
        <source>From &amp;event</source>
        <translation>По итогам &amp;мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="226"/>
        <source>From do&amp;cument</source>
        <translation>По &amp;документу</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="227"/>
        <source>Progress &amp;notes</source>
        <translation>Ход &amp;исполнения</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="227"/>
        <source>Add note</source>
        <translation>Добавить отметку</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="228"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="229"/>
        <source>Change status…</source>
        <translation>Изменить статус…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="230"/>
        <source>Set a new status with a dated progress note</source>
        <translation>Установить новый статус с датированной отметкой о ходе исполнения</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="236"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="237"/>
        <source>Status set</source>
        <translation>Установленный статус</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="238"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="246"/>
        <source>New commitment</source>
        <translation>Новое обязательство</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <location filename="../../ui/views/commitments.py" line="29"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="30"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="31"/>
        <source>Not done yet</source>
        <translation>Ещё не исполнено</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="34"/>
        <source>responsible organisation…</source>
        <translation>ответственная организация…</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="38"/>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="39"/>
        <source>Commitments report…</source>
        <translation>Отчёт по обязательствам…</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="40"/>
        <source>A PDF report of commitments by status, responsible party and counterpart</source>
        <translation>Отчёт в PDF по обязательствам: по статусам, ответственным и партнёрам</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="44"/>
        <source>Due from</source>
        <translation>Срок с</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="45"/>
        <source>to</source>
        <translation>по</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../../ui/forms/records.py" line="170"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="171"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="172"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="173"/>
        <source>Signed &amp;on</source>
        <translation>&amp;Дата подписания</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="174"/>
        <source>Signed &amp;in</source>
        <translation>&amp;Место подписания</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="175"/>
        <source>Period &amp;from</source>
        <translation>Срок действия &amp;с</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="176"/>
        <source>Period t&amp;o</source>
        <translation>Срок действия &amp;по</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="177"/>
        <source>Signed at &amp;event</source>
        <translation>Подписан на &amp;мероприятии</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="178"/>
        <source>&amp;Parties</source>
        <translation>&amp;Стороны</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="179"/>
        <source>Add party</source>
        <translation>Добавить сторону</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="180"/>
        <source>Si&amp;gnatories</source>
        <translation>&amp;Подписанты</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="180"/>
        <source>Add signatory</source>
        <translation>Добавить подписанта</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="181"/>
        <source>Number of &amp;directions</source>
        <translation>Число &amp;направлений</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="181"/>
        <source>as stated in the text</source>
        <translation>как указано в тексте</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="182"/>
        <source>Directions (one per line)</source>
        <translation>Направления сотрудничества (по одному в строке)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="183"/>
        <source>Su&amp;mmary</source>
        <translation>&amp;Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="184"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="190"/>
        <source>Person</source>
        <translation>Персона</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="191"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="192"/>
        <source>For</source>
        <translation>От имени</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="199"/>
        <source>New document</source>
        <translation>Новый документ</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../ui/views/duplicates.py" line="30"/>
        <source>same name</source>
        <translation>одинаковое имя</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="31"/>
        <source>same name in another script</source>
        <translation>то же имя в другой письменности</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="32"/>
        <source>similar spelling</source>
        <translation>похожее написание</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="42"/>
        <source>Record type</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="43"/>
        <source>People</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="44"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="46"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="47"/>
        <source>No likely duplicates.</source>
        <translation>Вероятных дубликатов нет.</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="48"/>
        <source>Merge into the first</source>
        <translation>Объединить с первой</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="49"/>
        <source>Keep the first record, with every name and link of the second</source>
        <translation>Оставить первую запись, перенеся в неё все имена и связи второй</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="50"/>
        <source>Merge into the second</source>
        <translation>Объединить со второй</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="51"/>
        <source>Not a duplicate</source>
        <translation>Не дубликат</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="52"/>
        <source>Open both</source>
        <translation>Открыть обе</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="54"/>
        <source>Merges</source>
        <translation>Объединения</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="56"/>
        <source>Undo merge</source>
        <translation>Отменить объединение</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="62"/>
        <source>Look for duplicate</source>
        <translation>Искать дубликаты</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="70"/>
        <source>Merges done</source>
        <translation>Выполненные объединения</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="105"/>
        <source>Looking for possible duplicates…</source>
        <translation>Идёт поиск возможных дубликатов…</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="125"/>
        <source>Could not look for duplicates: {error}</source>
        <translation>Не удалось найти дубликаты: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="147"/>
        <source>undone</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="148"/>
        <source>{merged} merged into {kept} ({state})</source>
        <translation>{merged} объединено с {kept} ({state})</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="180"/>
        <source>Merge</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="181"/>
        <source>Merge “{drop}” into “{keep}”? Every name and link moves to “{keep}”; the merge can be undone.</source>
        <translation>Объединить «{drop}» с «{keep}»? Все имена и связи перейдут к «{keep}»; объединение можно отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="189"/>
        <source>Not merged</source>
        <translation>Не объединено</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="188"/>
        <source>Merged “{drop}” into “{keep}”</source>
        <translation>«{drop}» объединено с «{keep}»</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="199"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="217"/>
        <source>the kept record was edited after the merge</source>
        <translation>оставленная запись изменена после объединения</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="218"/>
        <source>it was already undone</source>
        <translation>оно уже отменено</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="219"/>
        <source>Not undone</source>
        <translation>Не отменено</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="219"/>
        <source>The merge cannot be undone: {reason}.</source>
        <translation>Объединение нельзя отменить: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="213"/>
        <source>Merge undone</source>
        <translation>Объединение отменено</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="18"/>
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="19"/>
        <source>Too long: at most {max} characters.</source>
        <translation>Слишком длинно: не более {max} знаков.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="20"/>
        <source>Too many entries: at most {max}.</source>
        <translation>Слишком много записей: не более {max}.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="21"/>
        <source>Contains a control character.</source>
        <translation>Содержит управляющий символ.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="22"/>
        <source>“{value}” is not one of the allowed values.</source>
        <translation>«{value}» не входит в число допустимых значений.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="23"/>
        <source>Must be a whole number.</source>
        <translation>Должно быть целое число.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>Must be between {min} and {max}.</source>
        <translation>Должно быть от {min} до {max}.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="25"/>
        <source>Has the wrong kind of value.</source>
        <translation>Значение неверного типа.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="26"/>
        <source>The linked record no longer exists.</source>
        <translation>Связанной записи больше нет.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="27"/>
        <source>Ends before it starts.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="28"/>
        <source>Only one spelling per language can be preferred ({lang}).</source>
        <translation>Основным может быть только одно написание на каждом языке ({lang}).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="29"/>
        <source>“{value}” is not a date. Use 26.03.2026, 2026-03-26, 03.2026, 2026-H1 or 2026.</source>
        <translation>«{value}» — не дата. Пишите так: 26.03.2026, 2026-03-26, 03.2026, 2026-H1 или 2026.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="30"/>
        <source>{value} does not exist.</source>
        <translation>Даты {value} не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>Year {value} is out of range.</source>
        <translation>Год {value} вне допустимого диапазона.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="32"/>
        <source>“{value}” is not a valid date.</source>
        <translation>«{value}» — недопустимая дата.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
        <source>“{value}” is not in the archive: choose it from the list, or press + to create it.</source>
        <translation>«{value}» нет в архиве: выберите из списка или нажмите +, чтобы создать.</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../ui/forms/records.py" line="108"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="109"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="110"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="111"/>
        <source>&amp;Start</source>
        <translation>&amp;Начало</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="112"/>
        <source>&amp;End</source>
        <translation>&amp;Окончание</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="113"/>
        <source>&amp;Place</source>
        <translation>&amp;Место проведения</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="113"/>
        <source>city…</source>
        <translation>город…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="114"/>
        <source>&amp;Organiser</source>
        <translation>Ор&amp;ганизатор</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="115"/>
        <source>Su&amp;mmary</source>
        <translation>&amp;Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="116"/>
        <source>Sou&amp;rce</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="116"/>
        <source>who reported it</source>
        <translation>кто сообщил</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="117"/>
        <source>&amp;Delegations</source>
        <translation>Де&amp;легации</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="117"/>
        <source>Add delegation</source>
        <translation>Добавить делегацию</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="118"/>
        <source>Ta&amp;gs</source>
        <translation>Мет&amp;ки</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="120"/>
        <source>Export briefing…</source>
        <translation>Экспорт справки…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="125"/>
        <source>Person</source>
        <translation>Персона</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="126"/>
        <source>Position at the time</source>
        <translation>Должность на тот момент</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="127"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="150"/>
        <source>Side (country, region)</source>
        <translation>Сторона (страна, регион)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="151"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="152"/>
        <source>Sent by</source>
        <translation>Направившая организация</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="153"/>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="154"/>
        <source>Members</source>
        <translation>Состав</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="154"/>
        <source>Add member</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="161"/>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="117"/>
        <source>e.g. 26.03.2026, 03.2026, 2026-H1, 2026</source>
        <translation>например, 26.03.2026, 03.2026, 2026-H1, 2026</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="136"/>
        <source>not a date yet</source>
        <translation>пока не дата</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="159"/>
        <source>comma-separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="199"/>
        <source>type to search…</source>
        <translation>начните вводить для поиска…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="208"/>
        <location filename="../../ui/forms/fields.py" line="209"/>
        <source>Create a new record from the typed name</source>
        <translation>Создать новую запись из введённого имени</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="239"/>
        <source>Create “{text}” as a new record</source>
        <translation>Создать новую запись «{text}»</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="214"/>
        <source>Open the chosen record</source>
        <translation>Открыть выбранную запись</translation>
    </message>
    <message>
        <location filename="../../ui/forms/fields.py" line="349"/>
        <location filename="../../ui/forms/fields.py" line="350"/>
        <source>Remove this row</source>
        <translation>Удалить эту строку</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/history.py" line="46"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="47"/>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="48"/>
        <source>Moved to the trash</source>
        <translation>Перемещено в корзину</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="49"/>
        <source>Restored from the trash</source>
        <translation>Восстановлено из корзины</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="50"/>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="51"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="52"/>
        <source>Deleted for good</source>
        <translation>Удалено навсегда</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="53"/>
        <source>Backup restored</source>
        <translation>Восстановлено из резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="54"/>
        <source>Merge undone</source>
        <translation>Объединение отменено</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="55"/>
        <source>File attached</source>
        <translation>Прикреплён файл</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="56"/>
        <source>File removed</source>
        <translation>Файл удалён</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="62"/>
        <location filename="../../ui/history.py" line="85"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="63"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="64"/>
        <source>Person</source>
        <translation>Персона</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="65"/>
        <location filename="../../ui/history.py" line="100"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="66"/>
        <location filename="../../ui/history.py" line="101"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="67"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="68"/>
        <source>Whole archive</source>
        <translation>Весь архив</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="74"/>
        <source>Name</source>
        <translation>Имя / название</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="75"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="76"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="77"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="78"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="79"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="80"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="81"/>
        <source>Other names</source>
        <translation>Другие названия</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="82"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="83"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="84"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="86"/>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="87"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="88"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="89"/>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="90"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="91"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="92"/>
        <source>Part of</source>
        <translation>Вышестоящая организация</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="93"/>
        <source>Spellings</source>
        <translation>Варианты написания</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="94"/>
        <source>Positions</source>
        <translation>Должности</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="95"/>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="96"/>
        <source>Period from</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="97"/>
        <source>Period to</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="98"/>
        <source>Directions</source>
        <translation>Направления</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="99"/>
        <source>Number of directions</source>
        <translation>Число направлений</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="102"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="103"/>
        <source>Signatories</source>
        <translation>Подписанты</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="104"/>
        <source>Responsible organisation</source>
        <translation>Ответственная организация</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="105"/>
        <source>Responsible person</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="106"/>
        <source>In the trash</source>
        <translation>В корзине</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="108"/>
        <source>Restored from</source>
        <translation>Восстановлено из</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="109"/>
        <source>Replaced archive kept at</source>
        <translation>Заменённый архив сохранён в</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="107"/>
        <source>Attached files</source>
        <translation>Прикреплённые файлы</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="123"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="123"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="159"/>
        <source>before:</source>
        <translation>было:</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="161"/>
        <source>after:</source>
        <translation>стало:</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="231"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="231"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="231"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="231"/>
        <source>Type</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="231"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="231"/>
        <source>Fields changed</source>
        <translation>Изменённые поля</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/history.py" line="302"/>
        <source>History of this record</source>
        <translation>История этой записи</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="307"/>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="308"/>
        <source>No changes recorded yet.</source>
        <translation>Изменений пока не зарегистрировано.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../ui/views/home.py" line="71"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="72"/>
        <source>How many days ahead</source>
        <translation>На сколько дней вперёд</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="75"/>
        <source>Commitments:</source>
        <translation>Обязательства:</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="78"/>
        <source>Commitments by status</source>
        <translation>Обязательства по статусам</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="83"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="83"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="83"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="83"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="84"/>
        <source>Coming events</source>
        <translation>Предстоящие мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="86"/>
        <source>Was due</source>
        <translation>Срок истёк</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="86"/>
        <location filename="../../ui/views/home.py" line="89"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="86"/>
        <location filename="../../ui/views/home.py" line="89"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="87"/>
        <location filename="../../ui/views/home.py" line="90"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="87"/>
        <source>Overdue commitments</source>
        <translation>Просроченные обязательства</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="89"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="90"/>
        <source>Commitments due soon</source>
        <translation>Обязательства с близким сроком</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="92"/>
        <location filename="../../ui/views/home.py" line="228"/>
        <source>Change status…</source>
        <translation>Изменить статус…</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="93"/>
        <source>Set the status of the selected commitment, with a dated note (select one with the arrow keys or right-click it)</source>
        <translation>Установить статус выбранного обязательства с датированной отметкой (выберите его клавишами со стрелками или щёлкните правой кнопкой мыши)</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="126"/>
        <source>Look ahead</source>
        <translation>На ближайшие</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="163"/>
        <source>Today is {day}</source>
        <translation>Сегодня {day}</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="169"/>
        <source>Coming up in the next {n} days</source>
        <translation>В ближайшие {n} дн.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="174"/>
        <source>No events with a fixed day in the next {n} days.</source>
        <translation>В ближайшие {n} дн. нет мероприятий с точной датой.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="176"/>
        <source>Without a fixed day yet</source>
        <translation>Точная дата пока не определена</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="181"/>
        <source>Overdue ({n})</source>
        <translation>Просрочено ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="182"/>
        <source>Due in the next {days} days ({n})</source>
        <translation>Срок в ближайшие {days} дн. ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="184"/>
        <source>No overdue commitments.</source>
        <translation>Просроченных обязательств нет.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="185"/>
        <source>Nothing due in these days.</source>
        <translation>На эти дни сроков нет.</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="193"/>
        <source>The first {shown} of {total}; the Commitments view lists them all.</source>
        <translation>Первые {shown} из {total}; полный список — в разделе «Обязательства».</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="200"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="227"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>IcsPreviewDialog</name>
    <message>
        <location filename="../../ui/views/calendar.py" line="883"/>
        <source>Import {file}</source>
        <translation>Импорт {file}</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="885"/>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="885"/>
        <source>Update</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="885"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="886"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="888"/>
        <source>no date</source>
        <translation>нет даты</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="888"/>
        <source>no title</source>
        <translation>нет названия</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="889"/>
        <source>a commitment deadline, not an event</source>
        <translation>это срок исполнения обязательства, а не мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="890"/>
        <source>the matching event is in the trash</source>
        <translation>соответствующее мероприятие в корзине</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="891"/>
        <source>repeats an entry above</source>
        <translation>повторяет запись выше</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="893"/>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="893"/>
        <source>dates</source>
        <translation>даты</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="894"/>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="894"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="894"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="897"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="897"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="897"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="897"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="898"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="899"/>
        <source>Entries in the file</source>
        <translation>Записи в файле</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="906"/>
        <source>changes: {fields}</source>
        <translation>изменения: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="908"/>
        <source>repeats: only the first date is imported</source>
        <translation>повторяется: импортируется только первая дата</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="910"/>
        <source>place not in the archive: kept in the summary</source>
        <translation>места нет в архиве: сохранено в кратком содержании</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="924"/>
        <source>{add} new planned events, {update} updated, {same} unchanged, {skip} skipped. Nothing is written until you press Import.</source>
        <translation>Новых запланированных мероприятий — {add}, обновляемых — {update}, без изменений — {same}, пропущено — {skip}. Пока вы не нажмёте «Импорт», ничего не записывается.</translation>
    </message>
    <message>
        <location filename="../../ui/views/calendar.py" line="929"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../ui/forms/base.py" line="48"/>
        <source>Document signed here</source>
        <translation>Документ, подписанный здесь</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="48"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="49"/>
        <source>Attended</source>
        <translation>Участие в мероприятии</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="49"/>
        <source>Signed</source>
        <translation>Подписал(а)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="49"/>
        <source>Responsible for</source>
        <translation>Ответственный за</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="50"/>
        <source>Took part in</source>
        <translation>Участие в мероприятии</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="50"/>
        <source>Party to</source>
        <translation>Сторона документа</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="50"/>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="51"/>
        <source>Part of it</source>
        <translation>Подведомственная организация</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="51"/>
        <source>Event here</source>
        <translation>Мероприятие здесь</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="51"/>
        <source>Succeeded by</source>
        <translation>Правопреемник</translation>
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
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>&amp;Import archive file…</source>
        <translation>&amp;Импорт файла архива…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Export archive file…</source>
        <translation>&amp;Экспорт файла архива…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Load the &amp;sample archive</source>
        <translation>Загрузить &amp;образец архива</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;Open another archive…</source>
        <translation>&amp;Открыть другой архив…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Search the archive</source>
        <translation>&amp;Поиск по архиву</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>The archive is damaged</source>
        <translation>Архив повреждён</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>A check of {path} found a problem: {problem}</source>
        <translation>При проверке {path} обнаружена проблема: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Open an archive</source>
        <translation>Открытие архива</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Elshi archives (*.sqlite);;All files (*)</source>
        <translation>Архивы Elshi (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Cannot open the archive</source>
        <translation>Не удаётся открыть архив</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../ui/forms/records.py" line="338"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="339"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="340"/>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="341"/>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="342"/>
        <source>&amp;Part of</source>
        <translation>&amp;Вышестоящая организация</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="343"/>
        <source>Pre&amp;decessor</source>
        <translation>П&amp;равопредшественник</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="344"/>
        <source>Other &amp;names (one per line)</source>
        <translation>Другие на&amp;звания (по одному в строке)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="345"/>
        <source>N&amp;otes</source>
        <translation>Пр&amp;имечания</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="347"/>
        <source>Export dossier…</source>
        <translation>Экспорт справки…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="353"/>
        <source>New organisation</source>
        <translation>Новая организация</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../ui/forms/records.py" line="288"/>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="288"/>
        <source>as shown in lists</source>
        <translation>как показывать в списках</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="289"/>
        <source>Other &amp;spellings</source>
        <translation>Другие &amp;написания</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="289"/>
        <source>Add spelling</source>
        <translation>Добавить написание</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="290"/>
        <source>&amp;Positions</source>
        <translation>&amp;Должности</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="290"/>
        <source>Add position</source>
        <translation>Добавить должность</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="291"/>
        <source>Protocol &amp;notes</source>
        <translation>&amp;Протокольные заметки</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="310"/>
        <source>dates unknown</source>
        <translation>даты неизвестны</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="312"/>
        <source>Career</source>
        <translation>Карьера</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="316"/>
        <source>Spelling</source>
        <translation>Написание</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="317"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="318"/>
        <source>Preferred</source>
        <translation>Основное</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="323"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="324"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="325"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="326"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="330"/>
        <source>New person</source>
        <translation>Новая персона</translation>
    </message>
</context>
<context>
    <name>PlaceForm</name>
    <message>
        <location filename="../../ui/forms/records.py" line="361"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="362"/>
        <source>&amp;Country</source>
        <translation>&amp;Страна</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="363"/>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="364"/>
        <source>Other &amp;names (one per line)</source>
        <translation>Другие на&amp;звания (по одному в строке)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="367"/>
        <source>New place</source>
        <translation>Новое место</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/forms/base.py" line="88"/>
        <location filename="../../ui/forms/base.py" line="90"/>
        <source>Linked records</source>
        <translation>Связанные записи</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="101"/>
        <location filename="../../ui/forms/base.py" line="317"/>
        <source>Show history</source>
        <translation>Показать историю</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="103"/>
        <source>Every change to this record: when, by whom, what</source>
        <translation>Все изменения этой записи: когда, кем, что</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="116"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="117"/>
        <source>Save this record (Ctrl+S)</source>
        <translation>Сохранить эту запись (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="118"/>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="119"/>
        <source>Throw away the changes not yet saved</source>
        <translation>Отменить ещё не сохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="120"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="244"/>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="317"/>
        <source>Hide history</source>
        <translation>Скрыть историю</translation>
    </message>
    <message>
        <location filename="../../ui/forms/base.py" line="339"/>
        <source>Not saved: please correct the marked fields.</source>
        <translation>Не сохранено: исправьте отмеченные поля.</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../ui/record_list.py" line="72"/>
        <source>Filter this list… (Ctrl+L)</source>
        <translation>Фильтр списка… (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="74"/>
        <source>Filter the list</source>
        <translation>Фильтр списка</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="79"/>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="80"/>
        <source>Create a new record (Ctrl+N)</source>
        <translation>Создать новую запись (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="81"/>
        <location filename="../../ui/record_list.py" line="208"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="82"/>
        <source>Move the selected record to the trash (Delete)</source>
        <translation>Переместить выбранную запись в корзину (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="83"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="84"/>
        <source>Bring the selected record back from the trash</source>
        <translation>Вернуть выбранную запись из корзины</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="85"/>
        <source>Delete for good</source>
        <translation>Удалить навсегда</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="86"/>
        <source>Remove the selected record from the trash for good (asks first)</source>
        <translation>Окончательно удалить выбранную запись из корзины (с подтверждением)</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="88"/>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="89"/>
        <source>Show deleted records</source>
        <translation>Показать удалённые записи</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="106"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="186"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="186"/>
        <source>Save the changes to this record?</source>
        <translation>Сохранить изменения в этой записи?</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="208"/>
        <source>Move “{title}” to the trash? It can be restored from there.</source>
        <translation>Переместить «{title}» в корзину? Оттуда запись можно восстановить.</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="215"/>
        <source>Moved to the trash: {title}</source>
        <translation>Перемещено в корзину: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="225"/>
        <source>Restored from the trash</source>
        <translation>Восстановлено из корзины</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="231"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../ui/record_list.py" line="291"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="81"/>
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="83"/>
        <source>Filter the records</source>
        <translation>Фильтр записей</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dialog.py" line="85"/>
        <source>Record</source>
        <translation>Запись</translation>
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
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="13"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="14"/>
        <source>Referendum</source>
        <translation>Референдум</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="15"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="16"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="17"/>
        <source>Held</source>
        <translation>Состоялось</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="18"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="19"/>
        <source>Postponed</source>
        <translation>Перенесено</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="20"/>
        <source>Memorandum</source>
        <translation>Меморандум</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="21"/>
        <source>Action plan</source>
        <translation>План действий</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="22"/>
        <source>Road map</source>
        <translation>Дорожная карта</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="23"/>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="24"/>
        <source>Plan of events</source>
        <translation>План мероприятий</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="25"/>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="26"/>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="27"/>
        <source>Under negotiation</source>
        <translation>На согласовании</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="28"/>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="29"/>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="30"/>
        <source>Expired</source>
        <translation>Утратил силу</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="31"/>
        <source>Open</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="32"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="33"/>
        <source>Done</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="34"/>
        <source>Dropped</source>
        <translation>Снято с контроля</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="35"/>
        <source>Government</source>
        <translation>Правительство</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="36"/>
        <source>Akimat</source>
        <translation>Акимат</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="37"/>
        <source>Ministry</source>
        <translation>Министерство</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="38"/>
        <source>Department</source>
        <translation>Управление</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="39"/>
        <source>Consulate</source>
        <translation>Консульство</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="40"/>
        <source>Municipality</source>
        <translation>Мэрия</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="41"/>
        <source>Agency</source>
        <translation>Агентство</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="42"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="43"/>
        <source>Host</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="44"/>
        <source>Guest</source>
        <translation>Направляющая сторона</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="45"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="46"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="47"/>
        <source>Latin</source>
        <translation>латиница</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="48"/>
        <source>Chinese</source>
        <translation>китайский</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="49"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="50"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="51"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="52"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="53"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="54"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="55"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="56"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="57"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="58"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="59"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="60"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="61"/>
        <source>From</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="62"/>
        <source>Name</source>
        <translation>Имя / название</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="63"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="64"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="65"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_strings.py" line="66"/>
        <source>Part of</source>
        <translation>Вышестоящая организация</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../ui/views/search.py" line="70"/>
        <source>People</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="70"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="70"/>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="71"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="71"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="71"/>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="177"/>
        <source>Search names, places, titles, notes… in any language</source>
        <translation>Поиск по именам, местам, названиям, заметкам… на любом языке</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="179"/>
        <source>Search the archive</source>
        <translation>Поиск по архиву</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="187"/>
        <source>Record type</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="188"/>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="192"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="193"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="197"/>
        <location filename="../../ui/views/search.py" line="246"/>
        <source>Dated from</source>
        <translation>Дата с</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="198"/>
        <source>Dated to</source>
        <translation>Дата по</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="200"/>
        <source>country or region</source>
        <translation>страна или регион</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="201"/>
        <source>Country or region</source>
        <translation>Страна или регион</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="203"/>
        <source>organisation…</source>
        <translation>организация…</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="213"/>
        <source>Saved searches</source>
        <translation>Сохранённые поиски</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="215"/>
        <source>Save search</source>
        <translation>Сохранить поиск</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="216"/>
        <source>Keep this search, with its filters, under its text</source>
        <translation>Сохранить этот поиск с фильтрами под его текстом</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="218"/>
        <source>Forget</source>
        <translation>Забыть</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="219"/>
        <source>Delete the chosen saved search</source>
        <translation>Удалить выбранный сохранённый поиск</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="223"/>
        <source>Search summary</source>
        <translation>Итог поиска</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="236"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="247"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="310"/>
        <source>The search could not be done: {error}</source>
        <translation>Не удалось выполнить поиск: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="327"/>
        <source>Similar spellings: {names}</source>
        <translation>Похожие написания: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="332"/>
        <source>Did you mean: {names}?</source>
        <translation>Возможно, вы имели в виду: {names}?</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="364"/>
        <source>Type a name, a place or any words; Latin spellings find Cyrillic names.</source>
        <translation>Введите имя, место или любые слова; написание латиницей находит имена на кириллице.</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="366"/>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="368"/>
        <source>1 result</source>
        <translation>Найдено: 1</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="369"/>
        <source>{count} results</source>
        <translation>Найдено: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="416"/>
        <source>Saved searches…</source>
        <translation>Сохранённые поиски…</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="426"/>
        <source>Type a search first, then save it.</source>
        <translation>Сначала введите запрос, затем сохраните его.</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="431"/>
        <source>Search saved as “{name}”.</source>
        <translation>Поиск сохранён как «{name}».</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="453"/>
        <source>Choose a saved search to forget.</source>
        <translation>Выберите сохранённый поиск, который нужно забыть.</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="455"/>
        <source>Forget saved search</source>
        <translation>Забыть сохранённый поиск</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="456"/>
        <source>Forget the saved search “{name}”?</source>
        <translation>Забыть сохранённый поиск «{name}»?</translation>
    </message>
    <message>
        <location filename="../../ui/views/search.py" line="475"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="40"/>
        <location filename="../../ui/settings_dialog.py" line="101"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="46"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="47"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>Menus, messages, dates and month names follow this language; the window reopens in it at once. Names and texts in records stay as they were entered.</source>
        <translation>Меню, сообщения, даты и названия месяцев будут на этом языке; окно сразу откроется заново на нём. Имена и тексты в записях остаются такими, как их ввели.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="69"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="101"/>
        <source>The new language will be used the next time Elshi starts.</source>
        <translation>Новый язык будет применён при следующем запуске Elshi.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/status_dialog.py" line="53"/>
        <source>Change status</source>
        <translation>Изменение статуса</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="61"/>
        <source>Now: {status}</source>
        <translation>Сейчас: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="63"/>
        <source>Progress notes so far</source>
        <translation>Отметки о ходе исполнения</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="69"/>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="73"/>
        <source>No progress notes yet.</source>
        <translation>Отметок о ходе исполнения пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="76"/>
        <location filename="../../ui/status_dialog.py" line="103"/>
        <location filename="../../ui/status_dialog.py" line="140"/>
        <source>New status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="85"/>
        <source>Date of the note</source>
        <translation>Дата отметки</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="90"/>
        <source>Progress note</source>
        <translation>Отметка о ходе исполнения</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="91"/>
        <source>What was done, agreed or heard</source>
        <translation>Что сделано, согласовано или стало известно</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="104"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="105"/>
        <location filename="../../ui/status_dialog.py" line="140"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="109"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/status_dialog.py" line="146"/>
        <source>The status could not be saved ({code}).</source>
        <translation>Не удалось сохранить статус ({code}).</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../ui/views/calendar.py" line="946"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../ui/views/commitments.py" line="105"/>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location filename="../../ui/views/home.py" line="264"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../ui/views/records.py" line="28"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/views/records.py" line="30"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../ui/views/records.py" line="32"/>
        <source>People</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <location filename="../../ui/views/records.py" line="33"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../ui/views/records.py" line="35"/>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit.py" line="229"/>
        <source>Audit trail</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../../ui/views/duplicates.py" line="230"/>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
</context>
<context>
    <name>WarnsOfDuplicates</name>
    <message>
        <location filename="../../ui/forms/records.py" line="273"/>
        <source>This may be the same as {names}. The Duplicates view can merge them.</source>
        <translation>Возможно, это то же, что {names}. Объединить их можно в разделе «Дубликаты».</translation>
    </message>
</context>
<context>
    <name>WithAttachments</name>
    <message>
        <location filename="../../ui/forms/records.py" line="95"/>
        <source>Commitments: {done} of {total} done</source>
        <translation>Обязательства: исполнено {done} из {total}</translation>
    </message>
    <message>
        <location filename="../../ui/forms/records.py" line="97"/>
        <source>, {overdue} overdue</source>
        <translation>, просрочено — {overdue}</translation>
    </message>
</context>
</TS>
