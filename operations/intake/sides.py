"""The event's sides, its place, status and dates: which side each person came with (host or
guest, by the country their position or body belongs to), who led each delegation, and whether
the event was held or is planned (from the tense of its lead and its dates against the item's
own date).
"""

from __future__ import annotations

import re

from database import gazetteer
from database.dates import PartialDate
from operations.intake.model import DateItem, DelegationItem, Draft, PersonItem

# Higher first: who leads a side when the text does not say.
_RANK = (
    r"президент|president|总统|主席|председател\w* правительств|premier|总理|премьер",
    r"министр|minister|部长|外长",
    r"әкім(?!\w*орынбасар)|^аким|аким (?!.*заместител)|губернатор|мэр|governor|^akim|mayor|市长|州长|省长|书记",
    r"бас консул|генеральн\w+ консул|consul general|总领事|посол|елші|ambassador|大使",
    r"орынбасар|заместител|deputy|副",
)
_LED = re.compile(r"во главе с|возглавил|возглавляем|бастаған|басқарған|жетекшілік|led by|headed by|率领|率团|为团长")
_PAST = re.compile(
    r"\b(?:өтті|қатысты|қойылды|қойды|талқыланды|талқылады|болды|кездесті|келді|барды|өткізілді|ұйымдастырылды|"
    r"прошл[аио]?|прош[её]л|состоял\w*|подписали|обсудили|встретил\w*|провел\w*|принял\w*|посетил\w*|"
    r"was held|were held|took place|signed|met|held|discussed|visited|attended)\b|举行了|签署了|会见了|出席了|访问了|召开了",
    re.I)
_FUTURE = re.compile(
    r"\b(?:өтеді|өтетін|болады|жоспарлан\w*|өткізіледі|өткізілмек|келеді|ұйымдастырылады|күтілуде|"
    r"пройд[её]т|состоится|планиру\w*|будет|будут|намерен\w*|ожидается|"
    r"will|is to be held|to take place|upcoming|planned|scheduled)\b|将于|将在|拟于|计划于|即将", re.I)


def _rank(position: str) -> int:
    low = position.lower()
    return next((i for i, pattern in enumerate(_RANK) if re.search(pattern, low)), len(_RANK))


def _country_name(code: str, lang: str) -> str:
    place = next((p for p in gazetteer.places() if p.kind == "country" and p.country == code), None)
    if place is None:
        return code
    return place.name_in(lang) or place.name_in("en") or code


def host_country(draft: Draft) -> str:
    """The country the event takes place in ("" when the text does not say)."""
    place = draft.place(draft.event.place)
    if place is not None and place.country:
        return place.country
    return ""


def delegations(draft: Draft) -> list[DelegationItem]:
    """One delegation per side the people came with; the host is the side of the event's country."""
    host = host_country(draft)
    by_side: dict[str, list[PersonItem]] = {}
    for p in draft.people:
        if p.keep and not p.initials_only and p.country:
            by_side.setdefault(p.country, []).append(p)
    out = []
    for code, people in by_side.items():
        role = "host" if code == host else "guest"
        head = _head(draft.text, people)
        bodies = {p.organisation for p in people}
        organisation = bodies.pop() if len(bodies) == 1 else ""
        out.append(DelegationItem(_country_name(code, draft.language), role, head.name,
                                  [p.name for p in people], country=code, organisation=organisation))
    return out


def _head(text: str, people: list[PersonItem]) -> PersonItem:
    for p in people:
        near = text[max(0, p.span[0] - 30):p.span[1] + 30]
        if _LED.search(near):
            return p
    return min(people, key=lambda p: (_rank(p.position), p.span))


def status(draft: Draft, lead: str) -> tuple[str, str]:
    """("held" or "planned", why: "date", "tense" or "")."""
    e, today = draft.event, draft.item_date
    if e.start is not None and today is not None and today.precision == "day":
        if e.start.first_day() > today.first_day():
            return "planned", "date"
        return "held", "date"
    past, future = len(_PAST.findall(lead)), len(_FUTURE.findall(lead))
    if future > past:
        return "planned", "tense"
    if past:
        return "held", "tense"
    return "held", ""


_LOCATIVE = re.compile(r"(?:да|де|та|те|дағы|дегі|тағы|тегі|нда|нде)$")


def event_place(draft: Draft) -> str:
    """The city the event is in: the first named where it happens (Орынборда, в Атырау, in Oral),
    else the first city named."""
    cities = [p for p in draft.places if p.kind == "city"]
    text = draft.text
    found: list[tuple[int, str]] = []
    for c in cities:
        for m in re.finditer(re.escape(c.text.split()[0][:4]), text, re.I):
            word = re.match(r"\w+", text[m.start():])
            before = text[max(0, m.start() - 3):m.start()].lower()
            if (word and _LOCATIVE.search(word.group(0).lower()) and draft.language == "kk") or before.endswith(
                    ("в ", "in ")) or text[max(0, m.start() - 1):m.start()] in ("在", "于"):
                found.append((m.start(), c.name))
                break
    if found:
        return min(found)[1]
    return cities[0].name if cities else ""


def event_dates(draft: Draft, lead_end: int) -> tuple[PartialDate | None, PartialDate | None]:
    """The event's dates: the first day or range the lead gives, else none."""
    for d in draft.dates:
        if d.span[0] < lead_end and d.start.precision == "day" and not _is_item_date(draft, d):
            return d.start, d.end
    return None, None


def _is_item_date(draft: Draft, d: DateItem) -> bool:
    return d.span[0] < 40 and draft.item_date is not None and d.start == draft.item_date and d.end is None
