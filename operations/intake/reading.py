"""Reading a press item into a draft: people with their positions, places, documents, the event.

Names are put back in the nominative (operations.intake.words); positions are the words before a
name up to the clause's start, kept as the text gives them (Russian put in the nominative).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from database import gazetteer
from database.dates import PartialDate
from operations.intake import chinese, organisations, sides, words
from operations.intake.commitments import commitments_in
from operations.intake.found_dates import dates_in, header_date, is_date_line
from operations.intake.model import (
    DocumentItem,
    Draft,
    EventItem,
    OrganisationItem,
    PersonItem,
    PlaceItem,
    Span,
)

_UP = "А-ЯЁӘҒҚҢӨҰҮҺІ"
_LOW = "а-яёәғқңөұүһі"
_CYR_NAME = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_PERSON = re.compile(rf"(?<![\w.])(?P<first>{_CYR_NAME}) (?P<last>{_CYR_NAME})(?![\w])")
_LATIN_PERSON = re.compile(r"(?<![\w.])(?P<first>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?P<last>[A-Z][a-z]+)(?![\w])")
_INITIALS = re.compile(rf"(?<![\w])(?P<first>[{_UP}A-Z])\.\s?(?P<last>{_CYR_NAME})")
# Words that end a position or a name: they name bodies, places or things, not people.
_POSITION_WORDS = re.compile(
    r"(?:әкім|губернатор|аким|консул|мэр|министр|орынбасар|басшы|председател|президент|директор|заместител"
    r"|governor|mayor|consul|minister|president|deputy|head|chairman|akim|ambassador|елші|посол)", re.I)
_NOT_NAME = re.compile(r"(?:Азия|Азии|Еуроп|Европ|облыс|област|қала|город|республик|федерац|үкімет|правительств|министрл|форум"
                       r"|консулд|басқарма|канцеляр|комисси|меморандум|жоспар|картас|келісім|region|city)", re.I)
_KINDS = (
    ("road_map", r"жол карта\w*|дорожн\w+ карт\w*|road ?map|路线图"),
    ("plan_of_events", r"план\w* мероприятий|plan of events|活动计划"),
    ("action_plan", r"іс-қимыл жоспар\w*|іс-шаралар жоспар\w*|план\w* действий|action plan|行动计划"),
    ("memorandum", r"меморандум\w*|memorandum|备忘录"),
    ("other/letter_of_intent", r"ниет хат\w*|ниет туралы хат\w*|письм\w+ о намерениях|letter of intent|意向书"),
    ("agreement/sister_cities", r"бауырлас қала\w* (?:\w+ )?(?:туралы )?келісім\w*|соглашени\w* о побратим\w*"
                                r"|побратим\w+ соглашени\w*|sister[- ]cit(?:y|ies) agreement|友好城市(?:关系)?(?:协议|协议书)"
                                r"|友城协议|结好协议"),
    ("agreement", r"келісім\w*|соглашени\w*|agreement|协议|协定"),
    ("protocol", r"хаттама\w*|протокол\w*|protocol|议定书"),
)
_SIGNED = re.compile(r"қол қой|подписа|signed|签署|签订|签约", re.I)
_TO_SIGN = re.compile(r"подпишут|подписать|will sign|to sign|to be signed|қол қойылады|қол қою|қол қоюды|将签署|拟签署"
                      r"|将签订", re.I)
_PREPARING = re.compile(r"дайында|пысықта|талқыла|разработ|разрабат|подготов|обсужд|обсуди|drafting|draft|prepar|discuss"
                        r"|negotiat|起草|商讨|磋商|讨论|制定", re.I)
_NEGOTIATING = re.compile(r"пысықта|талқыла|обсужд|обсуди|discuss|negotiat|商讨|磋商|讨论", re.I)
_BOTH_SIDES = re.compile(r"басшылары|тараптар|руководител|стороны|сторон|heads|leaders|the sides|both sides|双方", re.I)
_YEARS = re.compile(r"为期(?P<zh>[一二三四五六七八九十\d]+)年|на (?P<ru>два|три|четыре|пять|шесть|десять|\d+) (?:года|лет)"
                    r"|(?P<en>two|three|four|five|six|ten|\d+)-year|(?P<kk>екі|үш|төрт|бес|алты|он|\d+) жыл(?:ға|дық)", re.I)
_NUMBERS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "十": 10, "два": 2, "три": 3, "четыре": 4,
            "пять": 5, "шесть": 6, "десять": 10, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10,
            "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "он": 10}
_REFERENCE = re.compile(r"^\w*\s+(?:іске асыру|реализаци)", re.I)
_PERIOD = re.compile(r"(?P<a>\d{4})\s*(?:[-–—]|至|到)\s*(?P<b>\d{4})")
_DIRECTIONS = re.compile(r"(?P<n>\d{1,2}) (?:негізгі )?(?:бағыт|направлени|areas|directions)", re.I)
_EVENT_KINDS = (
    ("forum", r"форум|forum|论坛"), ("conference", r"конференц|conference|会议"),
    ("referendum", r"референдум|referendum|公投"), ("visit", r"сапар|визит|visit|访问"),
    ("meeting", r"кездес|встреч|meeting|会见|会谈"),
)


def _event_kind(text: str) -> str:
    """The kind of event the text names first: a meeting that goes on to speak of a coming
    conference is a meeting."""
    found = [(m.start(), k) for k, p in _EVENT_KINDS if (m := re.search(p, text, re.I))]
    return min(found)[1] if found else ""


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), text.rfind("。", 0, at))
    ends = [e for e in (text.find(". ", at), text.find("\n", at), text.find("。", at)) if e != -1]
    return start + 1 if start >= 0 else 0, min(ends) if ends else len(text)


def _position_before(text: str, at: int, after: int = 0) -> str:
    """The words before a name that say what the person is (up to a comma, a verb, a clause start,
    or the end of the name of a person before, at ``after``)."""
    start, _ = _sentence_bounds(text, at)
    before = text[max(start, after):at]
    cut = max(before.rfind(","), before.rfind("—"), before.rfind("–"), before.rfind(":"), before.rfind("«"),
              before.rfind("\""))
    before = before[cut + 1:] if cut >= 0 else before
    parts = before.split()
    keep: list[str] = []
    for w in reversed(parts):
        if w in ("of", "the") or (w in ("в", "in") and keep and keep[-1][:1].isupper()):
            keep.append(w)
            continue
        if w in ("және", "мен", "и", "and", "пен", "бен") or (keep and w[:1].islower() and not _POSITION_WORDS.search(w)
                                                          and not re.search(r"(ның|нің|дың|дің|тың|тің|ой|ого|ей|и|ы)$", w)):
            break
        keep.append(w)
    while keep and (re.search(r"(қа|ға|ке|ге)$", keep[-1]) or "басшылары" in keep[-1:] ):
        keep.pop()  # "Құжатқа ...", "делегациясының басшылары ...": the clause, not the position
    if "басшылары" in keep:
        keep = keep[:keep.index("басшылары")]
    while keep and keep[-1] in ("of", "the"):
        keep.pop()
    phrase = " ".join(reversed(keep)).strip(" ,.")
    return phrase if _POSITION_WORDS.search(phrase) else ""


def _position_at(text: str, at: int, phrase: str) -> Span:
    if not phrase:
        return (0, 0)
    start = text.rfind(phrase, 0, at)
    return (start, start + len(phrase)) if start >= 0 else (0, 0)


_EN_NOT_NAME = {"Foreign", "Affairs", "Government", "Municipal", "People", "Office", "Region", "Akimat", "Ministry",
                "Consulate", "General", "Mayor", "Deputy", "Director", "Governor", "Akim", "Minister", "Consul",
                "Republic", "The", "Chairman", "President", "Head", "Vice", "Ambassador", "City", "Oblast", "Krai",
                "Secretary", "Party", "Committee", "Department", "International", "Forum", "Conference"}


def _pairs(pattern: re.Pattern[str], text: str, found: dict[str, PersonItem]) -> Iterator[re.Match[str]]:
    """Two capitalised words in a row, overlapping: when "Astana Zhenis" is no name, "Zhenis
    Kassymbek" is still tried (a pair taken as a name is not read again)."""
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return
        before = len(found)
        yield m
        pos = m.end() if len(found) > before else m.start("last")


def _people(text: str, lang: str) -> list[PersonItem]:
    if lang == "zh":
        return chinese.people_in(text)
    found: dict[str, PersonItem] = {}
    pattern = _LATIN_PERSON if lang == "en" else _PERSON
    for m in _pairs(pattern, text, found):
        first, last = m.group("first"), m.group("last")
        if lang == "en" and (first in _EN_NOT_NAME or last in _EN_NOT_NAME):
            continue
        if lang == "ru" and any("Geox" in p.tag for p in words.morph().parse(first)):
            continue  # "Мэр Шанхая Гун Чжэн": a place, then the name
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if not text[line_start:m.start()].strip() and not text[m.end():line_end if line_end >= 0 else len(text)].strip():
            continue  # a byline: the author's name alone on its line
        if (_NOT_NAME.search(first) or _NOT_NAME.search(last) or _POSITION_WORDS.match(first)
                or gazetteer.find(first) or gazetteer.find(last) or gazetteer.find(m.group(0))):
            continue
        previous = max((p.span[1] for p in found.values() if p.span[1] <= m.start()), default=0)
        position = raw_position = _position_before(text, m.start(), previous)
        if lang == "ru" and chinese.is_chinese_name(first, last):
            name = f"{first} {chinese.russian_case_cut(last)}"
            position = words.russian_nominative(position) if position else ""
            found.setdefault(name, PersonItem(name, m.group(0), (m.start(), m.end()), position=position,
                                              position_span=_position_at(text, m.start(), raw_position)))
            continue
        if lang == "ru":
            case, gender = words.russian_case(first)
            if not case and not position:
                continue
            name = f"{words.russian_first_name(first)} {words.russian_surname(last, case, gender)}"
            if position:
                position = words.russian_nominative(position)
        elif lang == "kk":
            name = f"{first} {words.kazakh_case_cut(last)}"
        else:
            if not position:
                continue
            name = f"{first} {last}"
        item = found.get(name)
        at = _position_at(text, m.start(), raw_position)
        if item is None:
            found[name] = PersonItem(name, m.group(0), (m.start(), m.end()), position=position, position_span=at)
        elif position and not item.position:
            item.position, item.position_span = position, at
    for m in _INITIALS.finditer(text):
        last = words.kazakh_case_cut(m.group("last")) if lang == "kk" else m.group("last")
        if any(p.name.endswith(" " + last) for p in found.values()):
            continue
        name = f"{m.group('first')}. {last}"
        found.setdefault(name, PersonItem(name, m.group(0), (m.start(), m.end()), initials_only=True))
    return list(found.values())


def _places(text: str, lang: str) -> list[PlaceItem]:
    out = []
    for place, said in gazetteer.places_in(text):
        at = text.lower().find(said.split()[0][:4])
        lang_name = place.name_in(lang) or place.name_in("kk") or place.name_in("ru") or place.name_in("en")
        out.append(PlaceItem(lang_name, said, (max(at, 0), max(at, 0) + len(said)), kind=place.kind,
                             country=place.country))
    return out


def _signatories(text: str, people: list[PersonItem], s: int, e: int) -> list[str]:
    """Who signed: the people of the signing sentence, else of the next one if it tells the signing
    ("Құжатқа ... қол қойды"), else, when the sentence says the heads or the sides signed, the
    people with a position in the sentence before it."""
    inside = [p.name for p in people if s <= p.span[0] < e and not p.initials_only]
    if not inside and s > 1 and _BOTH_SIDES.search(text[s:e]):
        ps, pe = _sentence_bounds(text, s - 2)
        before = [p.name for p in people if ps <= p.span[0] < pe and p.position and not p.initials_only]
        if len(before) >= 2:
            return before
    if inside or e >= len(text):
        return inside
    ns, ne = _sentence_bounds(text, e + 2)
    if not _SIGNED.search(text[ns:ne]):
        return []
    return [p.name for p in people if ns <= p.span[0] < ne and not p.initials_only]


_KK_NOUN_CASE = re.compile(r"(?<=[ыі])(?:на|не|ның|нің|н|нда|нде|нан|нен|мен)$")


def _title(text: str, m: re.Match[str], period: re.Match[str] | None) -> str:
    """A document's title: its kind's words with the period the text gives it, in the nominative
    ("2026-2028 жылдарға арналған іс-шаралар жоспары", "план мероприятий на 2023–2026 годы")."""
    head = m.group(0)
    if period is not None and 0 <= m.start() - period.end() < 60:
        head = text[period.start():m.end()]
    elif period is not None and 0 <= period.start() - m.end() < 40:
        end = re.match(r"\s*(?:годы|годов|гг\.|год|г\.|years|жылдарға)?", text[period.end():])
        head = text[m.start():period.end() + (end.end() if end else 0)]
    words_ = head.split(" ")
    words_[-1] = _KK_NOUN_CASE.sub("", words_[-1]) if re.search(r"[әғқңөұүһі]", text[:2000]) else words_[-1]
    head = " ".join(words_)
    if re.match(r"[а-яё]", head) and not re.search(r"[әғқңөұүһі]", head):
        head = words.russian_nominative(head)
    return head.strip(" ,:")


def _documents(text: str, people: list[PersonItem], bodies: list[OrganisationItem],
               mentions: list[OrganisationItem], year: int | None) -> list[DocumentItem]:
    """The documents signed or being prepared; parties are the bodies mentioned in the document's
    clause (``mentions``), named as the draft's one item per body (``bodies``)."""
    out: list[DocumentItem] = []
    for kind_name, pattern in _KINDS:
        kind, _slash, subkind = kind_name.partition("/")
        for m in re.finditer(pattern, text, re.I):
            s, e = _sentence_bounds(text, m.start())
            if _REFERENCE.match(text[m.start():m.end() + 20]) or any(
                    d.span[0] - 40 <= m.start() < d.span[1] + 40 and s <= d.span[0] < e for d in out):
                continue
            sentence = text[s:e]
            if not (_SIGNED.search(sentence) or _PREPARING.search(sentence)):
                continue
            status = ("signed" if _SIGNED.search(sentence) and not _TO_SIGN.search(sentence)
                      else "negotiation" if _NEGOTIATING.search(sentence) else "draft")
            clause_start = max(text.rfind(",", s, m.start()) if kind != "memorandum" else s, s)
            since = max([s, *(d.span[1] for d in out if s <= d.span[1] <= m.start())])
            periods = list(_PERIOD.finditer(text, since, m.end() + 40))
            period = (int(periods[-1].group("a")), int(periods[-1].group("b"))) if periods else None
            years = _YEARS.search(text, since, min(e, m.end() + 60))
            if period is None and years and year is not None:
                said = next(v for v in years.groupdict().values() if v)
                n = int(said) if said.isdigit() else _NUMBERS.get(said.lower(), 0)
                period = (year, year + n - 1) if n else None
            signatories = _signatories(text, people, s, e) if status == "signed" else []
            out.append(DocumentItem(kind, _title(text, m, periods[-1] if periods else None),
                                    text[clause_start:m.end()].strip(" ,:"), (m.start(), m.end()),
                                    status=status, period=period, signatories=signatories, subkind=subkind))
    # A headline naming a document the body names again with its period: one document.
    out = [d for d in out if d.period is not None or not any(o.kind == d.kind and o.period for o in out)]
    out.sort(key=lambda d: d.span)
    for i, d in enumerate(out):
        count = _DIRECTIONS.search(text, d.span[1])
        nxt = out[i + 1].span[0] if i + 1 < len(out) else len(text)
        if count and count.start() - d.span[1] < 1000 and count.start() < nxt:
            d.directions_count = int(count.group("n"))
        s, e = _sentence_bounds(text, d.span[0])
        since = max([s, *(x.span[1] for x in out[:i] if x.span[1] >= s)])
        until = min([e, *(x.span[0] for x in out[i + 1:] if x.span[0] <= e)])
        if until <= d.span[1]:
            until = e
        before = [o for o in mentions if since <= o.span[0] < d.span[0]]
        after = [o for o in mentions if d.span[1] <= o.span[0] < until]
        between = bool(after) and re.search(r"\b(?:между|between)\b", text[d.span[1]:after[0].span[0]], re.I)
        said = after if between else (before or after)  # "дорожная карта ... между акиматом и мэрией"
        d.parties = list(dict.fromkeys(next((b.name for b in bodies if organisations.same_body(b.name, o.name)), o.name)
                                       for o in said))
        if not d.parties:
            by_signatory = {p.name: p.organisation for p in people if p.organisation}
            d.parties = list(dict.fromkeys(by_signatory[n] for n in d.signatories if n in by_signatory))
    return out


# Where a news page's own item ends and its lists of other items begin.
_PAGE_TAIL = re.compile(r"^\s*(?:Популярное|Читайте также|Архив|Leave A Reply|Related|Read also|Оқи отырыңыз"
                        r"|Тағы оқыңыз|相关新闻)\s*$", re.M)


def read(text: str, today: date | None = None) -> Draft:
    """The draft Elshi understood from one press item (nothing looked up in the archive yet).
    ``today`` is the item's date when its text gives none (relative dates are resolved against it)."""
    item_date, body = header_date(text)
    tail = _PAGE_TAIL.search(body)
    body = body[:tail.start()] if tail else body
    lang = words.language(body)
    if item_date is None and today is not None:
        item_date = PartialDate.from_date(today)
    when = item_date.first_day() if item_date and item_date.precision == "day" else today
    people = _people(body, lang)
    first_line = next((line for line in body.strip().splitlines() if line.strip() and not is_date_line(line)), "")
    title = re.sub(r"^\s*date\s+\S+\s*", "", first_line)[:300].strip()
    kind = _event_kind(title) or _event_kind(body[:600]) or "other"
    at = text.find(first_line) if first_line else 0
    event = EventItem(title, kind, span=(max(at, 0), max(at, 0) + len(first_line)))
    mentions = organisations.mentions_in(body, lang, [p.span for p in people])
    orgs = organisations.with_bodies_of_positions(body, organisations.dedupe(mentions), people)
    documents = _documents(body, people, orgs, mentions, when.year if when else None)
    draft = Draft(text, lang, item_date, event, people=people, organisations=orgs, places=_places(body, lang),
                  documents=documents, dates=dates_in(body, when))
    event.place = sides.event_place(draft)
    lead_end = _lead_end(body)
    event.start, event.end = sides.event_dates(draft, lead_end)
    if event.start is None and item_date is not None and item_date.precision == "day" and kind == "meeting":
        event.start = item_date
    event.status, event.status_reason = sides.status(draft, body[:lead_end])
    if event.start is None and event.status == "held" and item_date is not None and item_date.precision == "day":
        event.start = item_date  # reported as held on the item's own day
    draft.delegations = sides.delegations(draft)
    draft.commitments = commitments_in(body, people, orgs, documents, draft.dates)
    for c in draft.commitments:
        c.responsible = c.responsible or ""
    return draft


def _lead_end(body: str) -> int:
    """Where the headline and the first sentence of the item end."""
    s = body.lstrip()
    offset = len(body) - len(s)
    first_nl = s.find("\n")
    start = first_nl + 1 if 0 <= first_nl < 200 else 0
    _, end = _sentence_bounds(s, start + 1)
    return offset + min(end + 1, len(s))
