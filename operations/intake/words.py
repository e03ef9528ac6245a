"""The language of a press item, and words put back in the nominative.

Russian uses pymorphy3 with its bundled OpenCorpora dictionaries (loaded once, offline); Kazakh
inflects only a name's last word, whose case ending (genitive, dative, accusative, locative,
ablative, instrumental) is cut here, never a possessive one: Уали stays Уали.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from database.morphology import KAZAKH_ONLY
from database.scripts import is_cjk
from database.search_text import tokens

# Kazakh case endings a name takes, longest first, with what the stem before them must end in:
# "v" a vowel, "c" a voiced consonant, "k" a voiceless one, "n" м/н/ң (genitive -ның/-нің).
_KK_CASE = (
    ("менен", "vck"), ("мен", "vc"), ("бен", "c"), ("пен", "k"),
    ("ның", "vn"), ("нің", "vn"), ("дың", "c"), ("дің", "c"), ("тың", "k"), ("тің", "k"),
    ("дан", "vc"), ("ден", "vc"), ("тан", "k"), ("тен", "k"), ("нан", "n"), ("нен", "n"),
    ("ға", "vc"), ("ге", "vc"), ("қа", "k"), ("ке", "k"),
    ("ны", "v"), ("ні", "v"), ("ды", "c"), ("ді", "c"), ("ты", "k"), ("ті", "k"),
    ("да", "vc"), ("де", "vc"), ("та", "k"), ("те", "k"),
)
_VOWELS = set("аәеёиіоөуұүыэюя")
_VOICELESS = set("кқпстфхцчшщ")
_NASAL = set("мнң")


def language(text: str) -> str:
    """"kk", "ru", "en" or "zh", from the letters the text uses."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return "en"
    cjk = sum(1 for ch in letters if is_cjk(ch))
    if cjk > len(letters) * 0.2:
        return "zh"
    cyrillic = [ch for ch in letters if "\u0400" <= ch <= "\u04ff"]
    if len(cyrillic) < len(letters) * 0.3:
        return "en"
    kazakh = sum(1 for ch in cyrillic if ch.lower() in KAZAKH_ONLY)
    return "kk" if kazakh > len(cyrillic) * 0.015 else "ru"


def _fits(stem: str, after: str) -> bool:
    last = stem[-1:].lower()
    # Russian surnames in -ов/-ев take the voiceless forms (Тоқаевтың, Хетагуровпен) as well.
    return (("v" in after and last in _VOWELS) or ("k" in after and (last in _VOICELESS or last == "в"))
            or ("n" in after and last in _NASAL)
            or ("c" in after and last.isalpha() and last not in _VOWELS and last not in _VOICELESS))


def kazakh_case_cut(word: str) -> str:
    """A name's word without the Kazakh case ending on it (Хетагуровпен → Хетагуров,
    Чжэннің → Чжэн, Тоқаевтың → Тоқаев); the word itself when it has none."""
    low = word.lower()
    for ending, after in _KK_CASE:
        if low.endswith(ending) and len(word) - len(ending) >= 3 and _fits(word[:-len(ending)], after):
            return word[:-len(ending)]
    return word


@cache
def morph() -> Any:
    """The Russian analyser (pymorphy3 with its bundled dictionaries), loaded once."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


_morph = morph


def fold_name(name: str) -> str:
    """A name as compared for sameness: folded words, case and punctuation aside."""
    return " ".join(tokens(name))


_SURNAME = re.compile(r"^(.{2,}?(?:ов|ев|ёв|ин|ын))(а|у|ым|ом|е|ой|ою|ых|ыми)?$", re.I)
_SURNAME_SKIP = re.compile(r"^(.{2,}?(?:ский|цкий|ская|цкая))$", re.I)


def russian_case(word: str) -> tuple[str, str]:
    """The case and gender of a Russian first name as the dictionary reads it ("nomn", "masc");
    ("", "") when it is not a known first name."""
    for p in _morph().parse(word):
        if "Name" in p.tag:
            return str(p.tag.case or ""), str(p.tag.gender or "")
    return "", ""


def _cap(like: str, word: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def russian_first_name(word: str) -> str:
    for p in _morph().parse(word):
        if "Name" in p.tag:
            return _cap(word, str(p.normal_form)) if p.tag.case != "nomn" else word
    return word


def russian_surname(word: str, case: str, gender: str) -> str:
    """A surname in the nominative, given the case its first name is in (Байхановым → Байханов,
    Бабушкиной → Бабушкина, Хоценко and Уали as they are)."""
    if case in ("", "nomn"):
        return word
    for p in _morph().parse(word):
        if "Surn" in p.tag and p.tag.case == case:
            form = p.inflect({"nomn", "sing", gender} if gender in ("masc", "femn") else {"nomn", "sing"})
            if form is not None:
                return _cap(word, str(form.word))
    m = _SURNAME.match(word)
    if m:
        stem, ending = m.group(1), (m.group(2) or "").lower()
        if gender == "femn" and ending in ("ой", "ою", "у", "ы"):
            return stem + "а"
        return stem
    return word


def russian_nominative(phrase: str) -> str:
    """A position or a body in the nominative: the first noun (or adjective + noun) is put back,
    the rest stays as the text has it (акимом Павлодарской области → аким Павлодарской области,
    заместителем губернатора → заместитель губернатора)."""
    akimat = re.match(r"([Аа]кимат)(?:а|ом|у|е)(?= |$)", phrase)
    if akimat:  # a word the dictionary does not have
        return akimat.group(1) + phrase[akimat.end():]
    words = phrase.split(" ")
    out = list(words)
    for i, w in enumerate(words[:4]):
        nouns = [p for p in _morph().parse(w) if p.tag.POS == "NOUN"]
        adjectives = [p for p in _morph().parse(w) if p.tag.POS == "ADJF"]
        if not nouns and not adjectives:
            break
        if not nouns or (adjectives and adjectives[0].score > nouns[0].score and i + 1 < len(words)):
            continue
        if any(p.tag.case == "nomn" and p.tag.number != "plur" for p in nouns):
            break
        noun = next((p for p in nouns if p.tag.case != "nomn"), nouns[0])
        number = str(noun.tag.number or "sing")
        form = noun.inflect({"nomn", number})
        if form is None:
            break
        out[i] = _cap(w, str(form.word))
        for j in range(i):
            same = [p for p in _morph().parse(words[j]) if p.tag.POS == "ADJF" and p.tag.case == noun.tag.case]
            if same:
                wanted = {"nomn", number} | ({str(noun.tag.gender)} if number == "sing" and noun.tag.gender else set())
                adj = same[0].inflect(wanted)
                if adj is not None:
                    out[j] = _cap(words[j], str(adj.word))
        break
    return " ".join(out)
