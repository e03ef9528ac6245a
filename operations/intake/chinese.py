"""Chinese names: written in Chinese characters after a position (上海市市长龚正 → 龚正), in a
Chinese text's transcription of a foreign name (努尔兰·阿克科什卡罗夫), and Chinese names in
Russian and Kazakh Cyrillic, which keep the given name's syllable whole (Гун Чжэном → Гун Чжэн,
never a Russian surname's stem).
"""

from __future__ import annotations

import re

from operations.intake.model import PersonItem

# Surnames in the Russian (Palladius) transcription Kazakh and Russian press use.
SURNAMES = frozenset(
    ["Ван", "Ли", "Чжан", "Лю", "Чэнь", "Чень", "Ян", "Хуан", "Чжао", "У", "Чжоу", "Сюй", "Сунь", "Ма", "Чжу", "Ху", "Го", "Хэ", "Хе", "Гао", "Линь", "Ло", "Чжэн", "Лян", "Се", "Сун", "Тан", "Хань", "Фэн", "Фын", "Дэн", "Цао", "Пэн", "Цзэн", "Сяо", "Тянь", "Дун", "Пань", "Юань", "Цай", "Цзян", "Юй", "Ду", "Е", "Чэн", "Вэй", "Су", "Люй", "Дин", "Жэнь", "Шэнь", "Яо", "Лу", "Цзинь", "Фан", "Ши", "Инь", "Ся", "Цянь", "Фу", "Бай", "Кун", "Цинь", "Ци", "Гун", "Хоу", "Мэн", "Цуй", "Лэй", "Хэй", "Ню", "Гу", "Дай", "Тао", "Цзя", "Сы", "Мао", "Вань", "Чан", "Юэ", "Би", "Лэ"])
# A syllable of the transcription ends in a vowel, н, нь or the like; the Russian cases add these.
_RU_CASE = re.compile(r"^(?P<stem>.+?(?:н|нь|ь|[аеёиоуыэюя]))(?P<case>ом|ем|ем|а|у|ю|я|е)$")
_SYLLABLE_END = re.compile(r"(?:н|нь|[аеёиоуыэюя])$")


def is_chinese_name(first: str, last: str) -> bool:
    """A Cyrillic name read as Chinese: a known surname, then one or two short syllables."""
    return first in SURNAMES and len(last) <= 8 and not re.search(r"(ов|ев|ин|ский|кий)(а|у|ым|ом|ой)?$", last)


def russian_case_cut(word: str) -> str:
    """A Chinese given name without the Russian case ending (Чжэном → Чжэн, Сяо stays)."""
    m = _RU_CASE.match(word)
    if m and _SYLLABLE_END.search(m.group("stem")) and len(m.group("stem")) >= 2:
        stem = m.group("stem")
        if m.group("case") == "ем" and stem.endswith("н"):
            return stem + "ь"  # Линь → Линем (Чжэн → Чжэном)
        if m.group("case") in ("ом", "а", "у", "е") and stem[-1:] in ("н", "ь"):
            return stem
    return word


POSITIONS = ("人民政府外事办公室副主任", "外事办公室副主任", "外事办公室主任", "常务副市长", "副市长", "市长", "副省长", "省长",
             "副州长", "州长", "副主席", "主席", "党委书记", "书记", "副总领事", "总领事", "大使", "副部长", "部长", "外长",
             "副主任", "主任", "总统", "总理", "州长阿基姆", "阿基姆", "副总理")
_POSITION = "|".join(sorted(map(re.escape, POSITIONS), key=len, reverse=True))
# Words that follow a name and begin a new phrase.
_AFTER = ("举行", "会见", "表示", "出席", "指出", "介绍", "与", "和", "及", "在", "率", "一行", "等", "签署", "同", "会谈", "通报",
          "强调", "说", "先生", "女士", "分别", "共同", "主持", "致辞", "访问", "参加", "邀请", "提议", "同意", "对", "向",
          "举行", "于", "将", "就", "也", "希望", "认为", "宣布", "谈到", "代表", "、", "，", "。")
_HAN = r"[\u4e00-\u9fff]"
_BODY_ENDS = set("馆处部会办厅局府")
_PERSON_HAN = re.compile(rf"(?P<pos>{_POSITION})(?=(?P<name>(?:{_HAN}{{1,6}}·{_HAN}{{2,12}})|{_HAN}{{2,12}}))")
_DOT_NAME = re.compile(rf"{_HAN}{{1,6}}·{_HAN}{{2,12}}")


def _cut(name: str) -> str:
    """A name up to the word that follows it (王毅同… → 王毅, 艾尔肯·吐尼亚孜会见… → 艾尔肯·吐尼亚孜)."""
    dot = name.find("·")
    for i in range(dot + 3 if dot >= 0 else 2, len(name)):
        if any(name.startswith(w, i) for w in _AFTER):
            return name[:i]
    return name if dot >= 0 or len(name) <= 3 else name[:3]


def people_in(text: str) -> list[PersonItem]:
    """The people of a Chinese text: a position then a name (上海市市长龚正), or a transcribed
    foreign name (努尔兰·阿克科什卡罗夫)."""
    found: dict[str, PersonItem] = {}
    taken: list[tuple[int, int]] = []
    for m in _PERSON_HAN.finditer(text):
        if m.group("name")[:1] in _BODY_ENDS:
            continue  # 总领事馆: a body, not a consul general and a name
        name = _cut(m.group("name"))
        start = m.start("name")
        before = text[max(0, m.start() - 24):m.start()]
        stop = max(before.rfind(c) for c in "，。、；：“”《》（） \n与和同及在")
        org = before[stop + 1:]
        verb = max(((org.rfind(w), w) for w in _AFTER if w in org), default=(-1, ""))
        org = org[verb[0] + len(verb[1]):] if verb[0] >= 0 else org
        position = org + m.group("pos")
        if name not in found:
            found[name] = PersonItem(name, name, (start, start + len(name)), position=position,
                                     position_span=(m.start() - len(org), m.start("name")))
        taken.append((start, start + len(name)))
    for m in _DOT_NAME.finditer(text):
        if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken):
            continue
        name = _cut(m.group(0))
        found.setdefault(name, PersonItem(name, name, (m.start(), m.start() + len(name))))
    return sorted(found.values(), key=lambda p: p.span)
