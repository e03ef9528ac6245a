"""Organisations a press item names (akimats, regional governments, mayoralties, ministries,
departments, consulates, commissions), in the nominative, each with its span.

A body is found by its head word (әкімдігі, Правительство, Akimat, 人民政府…) and the words that
name whose it is: before the head in Kazakh, English and Chinese, after it in Russian. A person's
position names a body too ("Павлодар облысының әкімі" → Павлодар облысының әкімдігі, "губернатор
Омской области" → Правительство Омской области): :func:`body_of_position`.

:func:`signature` is what two names of one body share across languages: its kind and the
gazetteer places it names (Акимат Павлодарской области and Pavlodar облысының әкімдігі are both
("akimat", {kz-pavlodar})); matching uses it for the bodies one per place can be.
"""

from __future__ import annotations

import re
from functools import lru_cache

from database import gazetteer
from operations.intake import words
from operations.intake.model import OrganisationItem, PersonItem, Span

# Kazakh heads in the possessive (әкімдігі), with any case ending after it (әкімдігінің, әкімдігіне).
_KK_HEAD = re.compile(
    r"(?<!\w)(?P<head>(?:[ӘәАа]кімдіг|[Үү]кімет|[Мм]эрия|[Мм]инистрліг|(?:[Бб]ас )?[Кк]онсулдығ|[Кк]анцелярия"
    r"|[Бб]асқарма|[Кк]омиссия|[Дд]епартамент|[Ее]лшілі[гк])(?:сы|сі|ы|і))"
    r"(?P<case>ның|нің|на|не|нда|нде|нан|нен|мен|н)?(?!\w)")
_KK_JOIN = frozenset(["облысының", "облысы", "қаласының", "қаласы", "облыстық", "қалалық", "аудандық", "ауданының", "ауданы", "істер", "үкіметаралық", "халық", "сыртқы", "мәдениет", "тілдерді", "дамыту", "мұрағат", "ісі", "экономика", "индустрия", "инвестициялар", "білім", "ғылым", "денсаулық", "сақтау", "ауыл", "шаруашылығы", "кәсіпкерлік", "туризм", "спорт", "жастар", "саясаты", "ішкі", "бас", "және", "мемлекеттік", "автономиялық", "штатының", "провинциясының", "өлкесінің", "өлкесі"])
_KK_STOP = {"мен", "пен", "бен", "арасындағы", "арасында", "туралы", "бойынша", "жөніндегі", "делегациясы"}
_RU_HEAD = re.compile(
    r"(?<!\w)(?P<head>(?:(?:[Гг]енеральн|[Нн]ародн|[Мм]ежправительственн|[Мм]естн|[Оо]бластн|[Гг]ородск)\w* )?"
    r"(?:[Аа]кимат|[Пп]равительств|[Мм]инистерств|[Кк]онсульств|[Мм]эри|[Аа]дминистраци|[Кк]анцеляри|[Уу]правлени"
    r"|[Кк]омисси|[Дд]епартамент|[Пп]осольств)\w*)(?!\w)")
_RU_KEEP = frozenset(["иностранных", "дел", "культуры", "экономики", "внутренних", "г.", "города", "области", "края", "республики", "района", "по", "развития", "языков", "и", "архивного", "дела", "образования", "здравоохранения", "туризма", "спорта", "сельского", "хозяйства", "промышленности", "торговли", "инвестиций", "народного", "правительства", "международных", "связей", "внешних"])
_EN_HEAD = re.compile(
    r"(?<![\w'])(?P<head>Akimat|Government|Ministry|Consulate General|Consulate|Embassy|Mayor's Office|Office"
    r"|Administration|Department|Commission|Mayoralty)(?![\w'])")
_EN_SKIP = {"The", "On", "In", "At", "A", "An", "And", "Yesterday", "Today", "Both", "It", "This", "Last", "Next"}
_ZH_HEAD = re.compile(r"人民政府外事办公室|外事办公室|人民政府|总领事馆|领事馆|大使馆|外交部|委员会|政府")
_ZH_STOP = set("，。、；：“”《》（）与和同及在的了将于对向由为从并就是已:,;() \n\t")

# The group a head word puts a body in; bodies of the "one per place" groups match by place.
_KINDS = (
    ("other", r"комисси|commission|委员会"),
    ("consulate", r"консулд|консульств|consulat|领事馆|елшілі|посольств|embass|大使馆"),
    ("ministry", r"министрл|министерств|ministry|外交部"),
    ("department", r"басқарма|канцеляр|управлени|department|office|办公室|департамент"),
    ("akimat", r"әкімдіг|акимат|akimat"),
    ("municipality", r"мэри|mayor|municipal|市人民政府|市政府"),
    ("government", r"үкімет|правительств|government|政府|administration|администрац"),
)
ONE_PER_PLACE = {"akimat", "government", "municipality", "consulate"}


def kind_of(name: str) -> str:
    """The archive's organisation kind its name's head says (database.records.OrganisationKind)."""
    low = name.lower()
    return next((k for k, pattern in _KINDS if re.search(pattern, low)), "other")


@lru_cache(maxsize=8192)
def signature(name: str) -> tuple[str, frozenset[str]] | None:
    """(kind group, gazetteer places) of a body that is one per place; None for other bodies
    or when it names no place."""
    kind = kind_of(name)
    if kind not in ONE_PER_PLACE:
        return None
    found = [p for p, _said in gazetteer.places_in(name)]
    countries = {p.country for p in found if p.kind != "country"}
    keys = frozenset(p.key for p in found if not (p.kind == "country" and p.country in countries))
    if not keys:
        return None
    group = "government" if kind in ("government", "municipality") else kind
    return group, keys


def _kk(text: str, people: list[Span]) -> list[OrganisationItem]:
    out = []
    for m in _KK_HEAD.finditer(text):
        after = text[m.end():m.end() + 60]
        if m.group("case") in ("ның", "нің") and _KK_HEAD.match(_next_head_gap(after)):
            continue  # "Халық үкіметінің Сыртқы істер канцеляриясы": the inner body is part of the outer
        start = m.start()
        cursor = m.start()
        for w in reversed(list(re.finditer(r"\S+", text[max(0, m.start() - 160):m.start()]))):
            ws, we = w.start() + max(0, m.start() - 160), w.end() + max(0, m.start() - 160)
            word = w.group(0)
            if re.search(r"[.:;«»\"“”()]$", word) or any(a <= ws < b for a, b in people):
                break
            bare = word.rstrip(",")
            low = bare.lower()
            if low in _KK_STOP or text[we:cursor].count("\n"):
                break
            if word.endswith(",") and kind_of(m.group("head")) != "department":
                break
            opening = not text[:ws].strip() or text[:ws].rstrip()[-1:] in ".!?\n"
            if opening and not (gazetteer.places_in(bare) or re.search(r"(ның|нің|дың|дің|тың|тің)$", low)):
                break  # "Делегация …": capitalised only as the sentence's first word
            if bare[:1].isupper() or bare in ("ҚР", "РФ", "ҚХР"):
                start = ws
            elif not (low in _KK_JOIN or re.search(r"(ның|нің|дың|дің|тың|тің|дағы|дегі|тағы|тегі)$", low)):
                break
            cursor = ws
        name = text[start:m.start()] + m.group("head")
        name = re.sub(r"^(?:ҚР|РФ|ҚХР|Ресей Федерациясының|Қытай Халық Республикасының) (?=\S+ (облыс|қала))", "", name)
        if name != m.group("head") or kind_of(name) in ("ministry", "other"):
            if name == m.group("head") and not re.search(r"[A-ZА-ЯӘҒҚҢӨҰҮҺІ]", name[:1]):
                continue
            out.append(OrganisationItem(name, text[start:m.end()], (start, m.end()), kind=kind_of(name)))
    return out


def _next_head_gap(after: str) -> str:
    """The text after a genitive head from its next head word on, when only capitalised words or
    joining words come between ("" otherwise)."""
    spans = list(re.finditer(r"\S+", after))
    for k, w in enumerate(spans[:4]):
        if _KK_HEAD.match(after, w.start()):
            between = [x.group(0) for x in spans[:k]]
            if all(x[:1].isupper() or x.lower() in _KK_JOIN for x in between):
                return after[w.start():]
            break
    return ""


def _ru(text: str, people: list[Span]) -> list[OrganisationItem]:
    out = []
    for m in _RU_HEAD.finditer(text):
        end = m.end()
        taken = 0
        for w in re.finditer(r"\S+", text[m.end():m.end() + 160]):
            ws, _we = w.start() + m.end(), w.end() + m.end()
            word = w.group(0).rstrip(",.;:»)")
            if any(a <= ws < b for a, b in people) or text[end:ws].count("\n") or text[end:ws].strip():
                break
            low = word.lower()
            if low in ("и", "по") and taken == 0:
                break
            if low == "в" and kind_of(m.group("head")) != "consulate":
                break
            if not (word[:1].isupper() or low in _RU_KEEP or low == "в" or _genitive(low)):
                break
            end = ws + len(word)
            taken += 1
            if w.group(0) != word:
                break
        if taken == 0:
            continue
        raw = text[m.start():end]
        while raw.split()[-1].lower() in ("и", "по", "в"):
            raw = raw.rsplit(" ", 1)[0]
        name = words.russian_nominative(raw)
        name = name[:1].upper() + name[1:]
        out.append(OrganisationItem(name, raw, (m.start(), m.start() + len(raw)), kind=kind_of(name)))
    return out


def _genitive(word: str) -> bool:
    return any(p.tag.case == "gent" and p.tag.POS in ("NOUN", "ADJF") for p in words.morph().parse(word))


def _en(text: str, people: list[Span]) -> list[OrganisationItem]:
    out: list[OrganisationItem] = []
    for m in _EN_HEAD.finditer(text):
        if any(o.span[0] <= m.start() < o.span[1] for o in out):
            continue
        start = m.start()
        for w in reversed(list(re.finditer(r"\S+", text[max(0, m.start() - 80):m.start()]))):
            word = w.group(0)
            ws = w.start() + max(0, m.start() - 80)
            if (not re.fullmatch(r"[A-Z][\w'’-]*", word) or word in _EN_SKIP or any(a <= ws < b for a, b in people)
                    or _EN_HEAD.fullmatch(word) or text[ws + len(word):start].strip()):
                break
            start = ws
        end = m.end()
        tail = re.match(r"(?:\s+(?:of|for|in|on|and (?!the )(?=[A-Z])(?!(?:Akimat|Government|Ministry|Consulate)\b)|the"
                        r"|[A-Z][\w'’-]*(?:,? [A-Z][\w'’-]*)*))+", text[end:])
        if tail:
            part = tail.group(0)
            cut = len(part)
            for a, _b in people:
                if end <= a < end + cut:
                    cut = a - end
            part = part[:cut]
            part = re.sub(r"(?:\s+(?:of|for|in|on|and|the))+\s*$", "", part)
            end += len(part)
        name = text[start:end].strip()
        if name == m.group("head"):
            continue
        out.append(OrganisationItem(name, name, (start, start + len(name)), kind=kind_of(name)))
    return out


def _zh(text: str) -> list[OrganisationItem]:
    out = []
    for m in _ZH_HEAD.finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < 14:
            if text[max(0, start - 3):start] == "共和国":  # 和 joins words elsewhere, not here
                start -= 3
            elif text[start - 1] not in _ZH_STOP and "\u4e00" <= text[start - 1] <= "\u9fff":
                start -= 1
            else:
                break
        name = text[start:m.end()]
        places = [said for _p, said in gazetteer.places_in(name)]
        first = min((name.find(s) for s in places if name.find(s) >= 0), default=0)
        name = name[first:]
        start += first
        if len(name) > len(m.group(0)) and (places or name.startswith(("中华人民共和国", "中国"))):
            out.append(OrganisationItem(name, name, (start, m.end()), kind=kind_of(name)))
    return out


def mentions_in(text: str, lang: str, people: list[Span]) -> list[OrganisationItem]:
    """Every mention of a body in the text, in order (one body may be mentioned several times)."""
    if lang == "kk":
        return _kk(text, people)
    if lang == "ru":
        return _ru(text, people)
    if lang == "en":
        return _en(text, people)
    return _zh(text)


def dedupe(found: list[OrganisationItem]) -> list[OrganisationItem]:
    """One item per body, at its first mention."""
    out: list[OrganisationItem] = []
    for o in sorted(found, key=lambda o: o.span):
        if not any(same_body(o.name, x.name) for x in out):
            out.append(o)
    return out


def same_body(a: str, b: str) -> bool:
    """Whether two names found in one text name one body: the same words, one's words all among
    the other's (three at least, same kind), or the same kind of body for the same places."""
    fa, fb = words.fold_name(a), words.fold_name(b)
    if fa == fb:
        return True
    wa, wb = set(fa.split()), set(fb.split())
    if min(len(wa), len(wb)) >= 3 and (wa <= wb or wb <= wa) and kind_of(a) == kind_of(b):
        return True
    sa = signature(a)
    return sa is not None and sa == signature(b)


# A position's words that say which body it belongs to, and that body's head in each language.
_POSITION_BODY = (
    (re.compile(r"^(?P<of>.+? (?:облысы|қаласы)(?:ның|нің)?)\s+әкім(?:і|інің)(?:\s+орынбасары)?$"), "{of} әкімдігі"),
    (re.compile(r"^(?P<of>.+? (?:облысы|қаласы)(?:ның|нің)?)\s+губернатор(?:ы|ының)(?:\s+орынбасары)?$"),
     "{of} үкіметі"),
    (re.compile(r"^(?P<of>\S+)\s+мэрі$"), "{of} мэриясы"),
    (re.compile(r"^(?P<of>.+?)\s+[Бб]ас консулы$"), "{of} Бас консулдығы"),
    (re.compile(r"^(?:[Зз]аместитель )?(?:[Аа]кима|[Аа]ким) (?P<of>.+? (?:области|города \S+|района))$"),
     "Акимат {of}"),
    (re.compile(r"^(?:[Зз]аместитель )?(?:[Гг]убернатора|[Гг]убернатор) (?P<of>.+? (?:области|края))$"),
     "Правительство {of}"),
    (re.compile(r"^[Гг]енеральн\w+ консул (?P<of>.+)$"), "Генеральное консульство {of}"),
    (re.compile(r"^(?:Deputy )?Akim of (?P<of>.+)$", re.I), "Akimat of {of}"),
    (re.compile(r"^(?:Deputy )?Governor of (?P<of>.+? (?:Region|Oblast|Krai))$", re.I), "Government of {of}"),
    (re.compile(r"^Consul General of (?P<of>.+)$", re.I), "Consulate General of {of}"),
    (re.compile(r"^(?P<of>\S+?市)(?:副)?市长$"), "{of}人民政府"),
)


def body_of_position(position: str) -> str:
    """The body a position belongs to, named in the position's language ("" when it names none)."""
    for pattern, template in _POSITION_BODY:
        m = pattern.match(position.strip())
        if m:
            of = m.group("of")
            of = re.sub(r"^(?:ҚР|РФ) ", "", of)
            if template.startswith(("{of} әкімдігі", "{of} үкіметі")):
                of = re.sub(r" (облысы|қаласы)$", r" \1ның", of)
            return template.format(of=of)
    return ""


def country_of(name: str) -> str:
    """The ISO code of the country a body's or a position's words place it in ("" unknown)."""
    found = [p for p, _said in gazetteer.places_in(name)]
    inner = [p.country for p in found if p.kind != "country" and p.country]
    if re.search(r"консул|consul|领事|елші|посол|ambassador|大使", name, re.I):
        inner = [p.country for p in found if p.kind == "country"] or inner  # the sending country
    if inner:
        return inner[0]
    return next((p.country for p in found if p.country), "")


def with_bodies_of_positions(text: str, found: list[OrganisationItem], people: list[PersonItem]) -> list[OrganisationItem]:
    """The bodies found, and those the people's positions name; each person's ``organisation``
    set to the body their position belongs to."""
    out = list(found)
    for p in people:
        if not p.position:
            continue
        a, b = p.position_span
        inside = next((o for o in out if not o.from_position and b and o.span[0] < b and o.span[1] >= a - 1), None)
        if inside is not None:
            p.organisation = inside.name
            if inside.span[0] < a:  # "Шаңхай Сыртқы істер канцеляриясы | басшысының орынбасары"
                p.position_span = (inside.span[0], b)
                p.position = text[inside.span[0]:b]
            continue
        body = body_of_position(p.position)
        if not body:
            continue
        same = next((o for o in out if same_body(o.name, body)), None)
        if same is None:
            same = OrganisationItem(body, p.position, p.position_span if b else p.span, kind=kind_of(body),
                                    from_position=True)
            out.append(same)
        p.organisation = same.name
    for o in out:
        o.country = o.country or country_of(o.name)
    for p in people:
        p.country = p.country or country_of(p.position)
    return sorted(out, key=lambda o: o.span)

