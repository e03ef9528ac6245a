"""Words printed on briefings, in the language chosen for the briefing (kk, ru, en).

These are not Qt translations: exports/ runs without Qt (the CLI prints briefings headless), and
a briefing's language is chosen per document, not by the interface. Record text itself is never
translated; only labels, dates and the names of kinds and statuses.
"""

from __future__ import annotations

from datetime import date

from database.dates import PartialDate

LANGUAGES: tuple[str, ...] = ("kk", "ru", "en")

DEFAULT_MARKING: dict[str, str] = {
    "kk": "Қызмет бабында пайдалану үшін",
    "ru": "Для служебного пользования",
    "en": "For official use only",
}

_MONTHS: dict[str, tuple[str, ...]] = {
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
           "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"),
    # Russian: "26 марта" takes the genitive, "март 2026" the nominative.
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня",
           "июля", "августа", "сентября", "октября", "ноября", "декабря"),
    "en": ("January", "February", "March", "April", "May", "June",
           "July", "August", "September", "October", "November", "December"),
}
_MONTHS_NOMINATIVE: dict[str, tuple[str, ...]] = {
    "kk": _MONTHS["kk"],
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь",
           "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"),
    "en": _MONTHS["en"],
}
_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "kk": ("Дс", "Сс", "Ср", "Бс", "Жм", "Сн", "Жс"),
    "ru": ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_YEAR_MARK = {"kk": " ж.", "ru": " г.", "en": ""}
_HALVES = {
    "kk": ("{y} жылдың бірінші жартыжылдығы", "{y} жылдың екінші жартыжылдығы"),
    "ru": ("первое полугодие {y} г.", "второе полугодие {y} г."),
    "en": ("first half of {y}", "second half of {y}"),
}

# The titles are the names the interface gives the four briefings, so the dialog and the page agree.
_TEXT: dict[str, dict[str, str]] = {
    "kk": {
        "title.event": "Іс-шара бойынша анықтама",
        "title.counterpart": "Серіктес тарап туралы анықтама",
        "title.upcoming": "Алдағы іс-шаралар",
        "title.commitments": "Міндеттемелердің орындалуы туралы есеп",
        "generated": "Құрастырылған күні: {date}",
        "as_of": "{date} жағдай бойынша",
        "page": "{n}-бет, барлығы ",
        "section.event": "Іс-шара",
        "section.delegations": "Делегациялар",
        "section.counterparts": "Серіктестер",
        "section.signed_here": "Осы іс-шарада қол қойылған немесе талқыланған құжаттар",
        "section.earlier": "Осы серіктестермен бұрын қол қойылған құжаттар",
        "section.open_commitments": "Ашық және мерзімі өткен міндеттемелер",
        "section.upcoming_with": "Осы серіктестермен алдағы іс-шаралар",
        "section.scope": "Қамтылған ұйымдар",
        "section.timeline": "Хронология",
        "section.events": "Іс-шаралар",
        "section.documents": "Құжаттар",
        "section.commitments": "Міндеттемелер",
        "section.summary": "Жиынтық",
        "section.undated": "Күні нақтыланбаған",
        "field.title": "Атауы",
        "field.kind": "Түрі",
        "field.dates": "Өтетін күні",
        "field.place": "Өтетін орны",
        "field.status": "Мәртебесі",
        "field.organiser": "Ұйымдастырушы",
        "field.source": "Дереккөз",
        "field.summary": "Қысқаша мазмұны",
        "field.period": "Кезеңі",
        "field.country": "Елі",
        "field.region": "Өңірі",
        "field.head": "Басшысы",
        "field.organisation": "Ұйым",
        "field.directions": "Бағыттар",
        "field.directions_count": "Бағыттар саны: {n}",
        "field.signatories": "Қол қойғандар",
        "field.note": "Соңғы белгі",
        "col.no": "№",
        "col.name": "Аты-жөні",
        "col.position": "Лауазымы",
        "col.organisation": "Ұйым",
        "col.signed": "Қол қойылды",
        "col.document": "Құжат",
        "col.period": "Кезеңі",
        "col.parties": "Тараптар",
        "col.status": "Мәртебесі",
        "col.due": "Мерзімі",
        "col.commitment": "Міндеттеме",
        "col.responsible": "Жауапты",
        "col.counterpart": "Серіктес",
        "col.origin": "Негізі",
        "col.date": "Күні",
        "col.event": "Іс-шара",
        "col.place": "Орны",
        "col.participants": "Қатысушылар",
        "col.type": "Түрі",
        "col.title": "Атауы",
        "col.group": "Топ",
        "col.count": "Саны",
        "type.event": "іс-шара",
        "type.document": "құжат",
        "type.commitment": "міндеттеме",
        "empty.delegations": "Делегациялар тіркелмеген.",
        "empty.members": "Құрамы көрсетілмеген.",
        "empty.documents": "Құжаттар жоқ.",
        "empty.commitments": "Міндеттемелер жоқ.",
        "empty.events": "Іс-шаралар жоқ.",
        "shown_of": "Архивтегі {total} жазбаның ең жақын {shown} жазбасы көрсетілген.",
        "empty.counterparts": "Серіктестер көрсетілмеген.",
        "empty.timeline": "Жазбалар жоқ.",
        "empty.range": "Бұл кезеңде іс-шаралар жоқ.",
        "week": "{n}-апта: {range}",
        "responsible": "Жауапты: {name}",
        "responsible.none": "Жауапты белгіленбеген",
        "overdue": "мерзімі өткен",
        "group.overdue": "Мерзімі өткен",
        "total": "Барлығы",
        "scope.country": "Ел: {name}",
        "scope.region": "Өңір: {name}",
        "range": "Кезең: {range}",
        "unknown": "—",
        "role.host": "Қабылдаушы тарап",
        "role.guest": "Қонақ тарап",
    },
    "ru": {
        "title.event": "Справка по мероприятию",
        "title.counterpart": "Справка о партнёре",
        "title.upcoming": "Предстоящие мероприятия",
        "title.commitments": "Отчёт об исполнении обязательств",
        "generated": "Дата составления: {date}",
        "as_of": "По состоянию на {date}",
        "page": "Страница {n} из ",
        "section.event": "Мероприятие",
        "section.delegations": "Делегации",
        "section.counterparts": "Контрагенты",
        "section.signed_here": "Документы, подписанные или обсуждавшиеся на мероприятии",
        "section.earlier": "Ранее подписанные документы с этими контрагентами",
        "section.open_commitments": "Открытые и просроченные обязательства",
        "section.upcoming_with": "Предстоящие мероприятия с этими контрагентами",
        "section.scope": "Охваченные организации",
        "section.timeline": "Хронология",
        "section.events": "Мероприятия",
        "section.documents": "Документы",
        "section.commitments": "Обязательства",
        "section.summary": "Сводка",
        "section.undated": "Дата не уточнена",
        "field.title": "Название",
        "field.kind": "Вид",
        "field.dates": "Даты",
        "field.place": "Место",
        "field.status": "Статус",
        "field.organiser": "Организатор",
        "field.source": "Источник",
        "field.summary": "Краткое содержание",
        "field.period": "Период",
        "field.country": "Страна",
        "field.region": "Регион",
        "field.head": "Глава",
        "field.organisation": "Организация",
        "field.directions": "Направления",
        "field.directions_count": "Число направлений: {n}",
        "field.signatories": "Подписали",
        "field.note": "Последняя отметка",
        "col.no": "№",
        "col.name": "Ф. И. О.",
        "col.position": "Должность",
        "col.organisation": "Организация",
        "col.signed": "Подписан",
        "col.document": "Документ",
        "col.period": "Период",
        "col.parties": "Стороны",
        "col.status": "Статус",
        "col.due": "Срок",
        "col.commitment": "Обязательство",
        "col.responsible": "Ответственный",
        "col.counterpart": "Контрагент",
        "col.origin": "Основание",
        "col.date": "Дата",
        "col.event": "Мероприятие",
        "col.place": "Место",
        "col.participants": "Участники",
        "col.type": "Вид",
        "col.title": "Название",
        "col.group": "Группа",
        "col.count": "Количество",
        "type.event": "мероприятие",
        "type.document": "документ",
        "type.commitment": "обязательство",
        "empty.delegations": "Делегации не указаны.",
        "empty.members": "Состав не указан.",
        "empty.documents": "Документов нет.",
        "empty.commitments": "Обязательств нет.",
        "empty.events": "Мероприятий нет.",
        "shown_of": "Показаны ближайшие по времени {shown} из {total} записей архива.",
        "empty.counterparts": "Контрагенты не указаны.",
        "empty.timeline": "Записей нет.",
        "empty.range": "В этот период мероприятий нет.",
        "week": "Неделя {n}: {range}",
        "responsible": "Ответственный: {name}",
        "responsible.none": "Ответственный не назначен",
        "overdue": "просрочено",
        "group.overdue": "Просроченные",
        "total": "Всего",
        "scope.country": "Страна: {name}",
        "scope.region": "Регион: {name}",
        "range": "Период: {range}",
        "unknown": "—",
        "role.host": "Принимающая сторона",
        "role.guest": "Гости",
    },
    "en": {
        "title.event": "Event briefing",
        "title.counterpart": "Counterpart dossier",
        "title.upcoming": "Upcoming events",
        "title.commitments": "Commitments report",
        "generated": "Generated on {date}",
        "as_of": "As of {date}",
        "page": "Page {n} of ",
        "section.event": "The event",
        "section.delegations": "Delegations",
        "section.counterparts": "Counterparts",
        "section.signed_here": "Documents signed or discussed at this event",
        "section.earlier": "Earlier documents with the same counterparts",
        "section.open_commitments": "Open and overdue commitments",
        "section.upcoming_with": "Upcoming events with these counterparts",
        "section.scope": "Organisations covered",
        "section.timeline": "Timeline",
        "section.events": "Events",
        "section.documents": "Documents",
        "section.commitments": "Commitments",
        "section.summary": "Summary",
        "section.undated": "Date not fixed",
        "field.title": "Title",
        "field.kind": "Kind",
        "field.dates": "Dates",
        "field.place": "Place",
        "field.status": "Status",
        "field.organiser": "Organiser",
        "field.source": "Source",
        "field.summary": "Summary",
        "field.period": "Period",
        "field.country": "Country",
        "field.region": "Region",
        "field.head": "Head",
        "field.organisation": "Organisation",
        "field.directions": "Directions",
        "field.directions_count": "Number of directions: {n}",
        "field.signatories": "Signed by",
        "field.note": "Latest note",
        "col.no": "No.",
        "col.name": "Name",
        "col.position": "Position",
        "col.organisation": "Organisation",
        "col.signed": "Signed",
        "col.document": "Document",
        "col.period": "Period",
        "col.parties": "Parties",
        "col.status": "Status",
        "col.due": "Due",
        "col.commitment": "Commitment",
        "col.responsible": "Responsible",
        "col.counterpart": "Counterpart",
        "col.origin": "From",
        "col.date": "Date",
        "col.event": "Event",
        "col.place": "Place",
        "col.participants": "Participants",
        "col.type": "Type",
        "col.title": "Title",
        "col.group": "Group",
        "col.count": "Count",
        "type.event": "event",
        "type.document": "document",
        "type.commitment": "commitment",
        "empty.delegations": "No delegations recorded.",
        "empty.members": "No members listed.",
        "empty.documents": "No documents.",
        "empty.commitments": "No commitments.",
        "empty.events": "No events.",
        "shown_of": "The {shown} nearest in time of {total} in the archive are shown.",
        "empty.counterparts": "No counterparts recorded.",
        "empty.timeline": "Nothing recorded.",
        "empty.range": "No events in this period.",
        "week": "Week {n}: {range}",
        "responsible": "Responsible: {name}",
        "responsible.none": "No responsible party",
        "overdue": "overdue",
        "group.overdue": "Overdue",
        "total": "Total",
        "scope.country": "Country: {name}",
        "scope.region": "Region: {name}",
        "range": "Period: {range}",
        "unknown": "—",
        "role.host": "Host",
        "role.guest": "Guest",
    },
}

# Names of the archive's enum values (kinds and statuses), keyed "<group>.<value>".
_VALUES: dict[str, dict[str, str]] = {
    "kk": {
        "event_kind.forum": "форум", "event_kind.conference": "конференция",
        "event_kind.meeting": "кездесу", "event_kind.visit": "сапар",
        "event_kind.referendum": "референдум", "event_kind.other": "басқа",
        "event_status.planned": "жоспарланған", "event_status.held": "өтті",
        "event_status.cancelled": "болдырылмады", "event_status.postponed": "кейінге қалдырылды",
        "document_kind.memorandum": "меморандум", "document_kind.action_plan": "іс-қимыл жоспары",
        "document_kind.road_map": "жол картасы", "document_kind.agreement": "келісім",
        "document_kind.plan_of_events": "іс-шаралар жоспары", "document_kind.protocol": "хаттама",
        "document_kind.other": "басқа",
        "document_status.draft": "жоба", "document_status.negotiation": "келісілуде",
        "document_status.signed": "қол қойылды", "document_status.in_force": "күшінде",
        "document_status.expired": "мерзімі аяқталды",
        "commitment_status.open": "ашық", "commitment_status.in_progress": "орындалуда",
        "commitment_status.done": "орындалды", "commitment_status.dropped": "тоқтатылды",
        "commitment_group.open": "Ашық", "commitment_group.in_progress": "Орындалуда",
        "commitment_group.done": "Орындалғандар", "commitment_group.dropped": "Тоқтатылғандар",
    },
    "ru": {
        "event_kind.forum": "форум", "event_kind.conference": "конференция",
        "event_kind.meeting": "встреча", "event_kind.visit": "визит",
        "event_kind.referendum": "референдум", "event_kind.other": "другое",
        "event_status.planned": "запланировано", "event_status.held": "проведено",
        "event_status.cancelled": "отменено", "event_status.postponed": "перенесено",
        "document_kind.memorandum": "меморандум", "document_kind.action_plan": "план действий",
        "document_kind.road_map": "дорожная карта", "document_kind.agreement": "соглашение",
        "document_kind.plan_of_events": "план мероприятий", "document_kind.protocol": "протокол",
        "document_kind.other": "другое",
        "document_status.draft": "проект", "document_status.negotiation": "на согласовании",
        "document_status.signed": "подписан", "document_status.in_force": "действует",
        "document_status.expired": "истёк",
        "commitment_status.open": "открыто", "commitment_status.in_progress": "выполняется",
        "commitment_status.done": "выполнено", "commitment_status.dropped": "снято",
        "commitment_group.open": "Открытые", "commitment_group.in_progress": "Выполняются",
        "commitment_group.done": "Выполненные", "commitment_group.dropped": "Снятые",
    },
    "en": {
        "event_kind.forum": "forum", "event_kind.conference": "conference",
        "event_kind.meeting": "meeting", "event_kind.visit": "visit",
        "event_kind.referendum": "referendum", "event_kind.other": "other",
        "event_status.planned": "planned", "event_status.held": "held",
        "event_status.cancelled": "cancelled", "event_status.postponed": "postponed",
        "document_kind.memorandum": "memorandum", "document_kind.action_plan": "action plan",
        "document_kind.road_map": "road map", "document_kind.agreement": "agreement",
        "document_kind.plan_of_events": "plan of events", "document_kind.protocol": "protocol",
        "document_kind.other": "other",
        "document_status.draft": "draft", "document_status.negotiation": "under negotiation",
        "document_status.signed": "signed", "document_status.in_force": "in force",
        "document_status.expired": "expired",
        "commitment_status.open": "open", "commitment_status.in_progress": "in progress",
        "commitment_status.done": "done", "commitment_status.dropped": "dropped",
        "commitment_group.open": "Open", "commitment_group.in_progress": "In progress",
        "commitment_group.done": "Done", "commitment_group.dropped": "Dropped",
    },
}


class Labels:
    """Everything language-dependent a briefing prints, for one language."""

    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported briefing language: {lang!r} (use one of {', '.join(LANGUAGES)})")
        self.lang = lang
        self._text = _TEXT[lang]
        self._values = _VALUES[lang]

    def __call__(self, key: str, **params: object) -> str:
        text = self._text[key]
        return text.format(**params) if params else text

    def value(self, group: str, value: str) -> str:
        """The printed name of an enum value, e.g. ``value("event_status", "held")``; an unknown
        value prints as stored rather than failing the whole briefing."""
        return self._values.get(f"{group}.{value}", value)

    @property
    def default_marking(self) -> str:
        return DEFAULT_MARKING[self.lang]

    # --- dates ------------------------------------------------------------------------------

    def _year(self, year: int) -> str:
        return f"{year}{_YEAR_MARK[self.lang]}"

    def day(self, d: date) -> str:
        """26 наурыз 2026 ж. / 26 марта 2026 г. / 26 March 2026"""
        return f"{d.day} {_MONTHS[self.lang][d.month - 1]} {self._year(d.year)}"

    def weekday(self, d: date) -> str:
        return _WEEKDAYS[self.lang][d.weekday()]

    def partial(self, p: PartialDate | None) -> str:
        if p is None:
            return self("unknown")
        if p.day is not None and p.month is not None:
            return self.day(date(p.year, p.month, p.day))
        if p.month is not None:
            return f"{_MONTHS_NOMINATIVE[self.lang][p.month - 1]} {self._year(p.year)}"
        if p.half is not None:
            return _HALVES[self.lang][p.half - 1].format(y=p.year)
        return self._year(p.year)

    def day_range(self, first: date, last: date) -> str:
        """26–28 наурыз 2026 ж.; a range across months or years names both ends."""
        if first == last:
            return self.day(first)
        months = _MONTHS[self.lang]
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{last.day} {months[first.month - 1]} {self._year(first.year)}"
        if first.year == last.year:
            return (f"{first.day} {months[first.month - 1]} – {last.day} {months[last.month - 1]} "
                    f"{self._year(first.year)}")
        return f"{self.day(first)} – {self.day(last)}"

    def span(self, start: PartialDate | None, end: PartialDate | None) -> str:
        """An event's dates: one partial date, or a range of them."""
        if start is None and end is None:
            return self("unknown")
        if start is None or end is None or start == end:
            return self.partial(start or end)
        if start.precision == "day" and end.precision == "day":
            return self.day_range(start.first_day(), end.first_day())
        return f"{self.partial(start)} – {self.partial(end)}"

    def period(self, start: PartialDate | None, end: PartialDate | None) -> str:
        """A document's period: years alone print as 2026–2028, the way the documents say it."""
        if start is None and end is None:
            return self("unknown")
        if start is not None and end is not None and start.precision == end.precision == "year":
            return f"{start.year}–{end.year}"
        return f"{self.partial(start) if start else '…'} – {self.partial(end) if end else '…'}"
