"""Word forms: which index tokens are one word in another case, number or person.

Search asks this about whole words, never about text: :func:`form_keys` gives a folded token's
keys, and two tokens sharing a key are forms of one word. The keys are not shown to anyone and
need not be real stems, only the same for every form of a word (and rarely for two words):

* Russian (``r:``): Snowball's Russian stemmer (PyStemmer), except that surnames and nouns in
  -ов/-ев/-ин/-ын keep that suffix: Snowball turns Байханов into байхан but Байхановым into
  байханов, so their case ending alone is cut (Байханова, Байханову, Байхановым → байханов).
* Kazakh (``k:``): :func:`kazakh_stem`, our own stripper of case, possessive and plural
  endings (there is no kept Kazakh stemmer). Kazakh attaches them in a fixed order, so they are
  cut from the end in the reverse order, each only where vowel harmony and the last consonant
  allow it (Павлодардың, Омбыдағы, облысының, құжаттары, әкімдігі).

A Cyrillic word with a letter only Kazakh has (ә, ғ, қ, ң, ө, ұ, ү, һ, і) gets only the Kazakh
key; one with a letter only Russian has (ё, щ, ъ, э) only the Russian key; others (Павлодарда,
Омской) both, since Kazakh text inflects Russian-spelt names. Latin, Chinese and numbers get no
keys: they are matched as written or by their Latin spelling (:mod:`database.names`).
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

__all__ = ["KAZAKH_ONLY", "form_keys", "kazakh_stem", "kazakh_stems", "russian_stem"]

KAZAKH_ONLY = frozenset("әғқңөұүһі")
RUSSIAN_ONLY = frozenset("ёщъэ")
_CYRILLIC_WORD = re.compile(r"[а-яёәғқңөұүһі]+")
_RUSSIAN = Stemmer.Stemmer("russian")
MIN_STEM = 3  # letters left after cutting; shorter words keep their endings

# --- Russian -----------------------------------------------------------------------------------

_SURNAME = re.compile(r"^(.{3,}?(?:ов|ев|ин|ын))(?:а|у|ым|ой|ом|е|ы|ых|ыми)?$")


@lru_cache(maxsize=100_000)
def russian_stem(word: str) -> str:
    """The Russian key of a folded word (see the module's docstring)."""
    m = _SURNAME.match(word)
    if m is not None:
        return m.group(1)
    stem: str = _RUSSIAN.stemWord(word)
    return stem if len(stem) >= MIN_STEM else word


# --- Kazakh ------------------------------------------------------------------------------------

BACK = frozenset("аоұы")
FRONT = frozenset("еәіөүэ")
VOWELS = BACK | FRONT | frozenset("уиюяё")
VOICELESS = frozenset("кқпстфхцчшщ")
SONORANT = frozenset("лрйумнңзжвбгғд")  # voiced: д- suffixes after these (л, р, й, у, з, ж...)
_NASAL = frozenset("мнң")

# Endings by slot, each slot optional, cut from the end in this order (the reverse of how Kazakh
# attaches them). Every ending says after what it may stand: "v" a vowel, "c" a voiced
# consonant, "k" a voiceless one, "n" м/н/ң, "p" a possessive ending (the n-forms of cases).
_CASE: tuple[tuple[str, str], ...] = (
    # relative -дағы (Омбыдағы, Павлодардағы), locative + ғы
    ("ндағы", "p"), ("ндегі", "p"), ("дағы", "vc"), ("дегі", "vc"), ("тағы", "k"), ("тегі", "k"),
    # instrumental
    ("менен", "vcnrk"), ("мен", "vc"), ("бен", "c"), ("пен", "k"),
    # ablative
    ("нан", "np"), ("нен", "np"), ("дан", "vc"), ("ден", "vc"), ("тан", "k"), ("тен", "k"),
    # genitive
    ("ның", "vn"), ("нің", "vn"), ("дың", "c"), ("дің", "c"), ("тың", "k"), ("тің", "k"),
    # locative
    ("нда", "p"), ("нде", "p"), ("да", "vc"), ("де", "vc"), ("та", "k"), ("те", "k"),
    # dative
    ("на", "p"), ("не", "p"), ("ға", "vc"), ("ге", "vc"), ("қа", "k"), ("ке", "k"),
    # accusative
    ("ны", "v"), ("ні", "v"), ("ды", "c"), ("ді", "c"), ("ты", "k"), ("ті", "k"),
)
_INVARIANT = frozenset({"мен", "бен", "пен", "менен"})  # the instrumental knows no harmony: Павлодармен
_POSSESSIVE: tuple[str, ...] = (
    "ымыз", "іміз", "ыңыз", "іңіз", "мыз", "міз", "ңыз", "ңіз",
    "сы", "сі", "ым", "ім", "ың", "ің", "ы", "і", "м", "ң",
)
_PLURAL: tuple[tuple[str, str], ...] = (
    ("лар", "vr"), ("лер", "vr"), ("дар", "c"), ("дер", "c"), ("тар", "k"), ("тер", "k"),
)
# Consonants that voice before a vowel-initial ending (әкімдік → әкімдігі, кітап → кітабы):
# the key always holds the voiceless one.
_DEVOICE = {"г": "к", "ғ": "қ", "б": "п"}


def _last_vowel(stem: str) -> str:
    for ch in reversed(stem):
        if ch in VOWELS:
            return ch
    return ""


def _harmonises(stem: str, ending: str) -> bool:
    """Vowel harmony: a back ending after a back vowel, a front one after a front vowel; и, у
    (and Russian я, ю, ё) go with either."""
    vowel = next((ch for ch in ending if ch in BACK | FRONT), "")
    last = _last_vowel(stem)
    if not vowel or last not in BACK | FRONT:
        return True
    return (vowel in BACK) == (last in BACK)


def _fits(stem: str, after: str) -> bool:
    """Whether an ending of class ``after`` may follow ``stem`` (its last letter)."""
    if len(stem) < MIN_STEM or not any(ch in VOWELS for ch in stem):
        return False
    last = stem[-1]
    return (("v" in after and last in VOWELS)
            or ("c" in after and last in SONORANT)
            or ("k" in after and last in VOICELESS)
            or ("n" in after and last in _NASAL)
            or ("r" in after and last in "рйу"))


def _case_cuts(word: str) -> list[str]:
    """The word without a case ending, for each ending it may have. An n-form (облысына,
    облысында) stands only after a possessive ending."""
    out = []
    for ending, after in _CASE:
        if not word.endswith(ending):
            continue
        stem = word[:-len(ending)]
        if ending not in _INVARIANT and not _harmonises(stem, ending):
            continue
        after_possessive = "p" in after and stem.endswith(("ы", "і")) and len(stem) > MIN_STEM
        if after_possessive or (after != "p" and _fits(stem, after)):
            out.append(stem)
    return out


def _possessive_cuts(word: str) -> list[str]:
    out = []
    for ending in _POSSESSIVE:
        if not word.endswith(ending):
            continue
        stem = word[:-len(ending)]
        if len(stem) < MIN_STEM or not _harmonises(stem, ending) or not any(ch in VOWELS for ch in stem):
            continue
        first = ending[0]
        if first in "ыі":
            if stem[-1] in VOWELS and stem[-1] != "у":  # after a consonant (у: кездесуі); -сы/-м after a vowel
                continue
        elif first == "с":
            if stem[-1] not in VOWELS:
                continue
        elif stem[-1] not in VOWELS:  # -м, -ң, -мыз, -ңыз after a vowel
            continue
        out.append(stem)
    return out


def _plural_cuts(word: str) -> list[str]:
    return [word[:-len(ending)] for ending, after in _PLURAL
            if word.endswith(ending) and _harmonises(word[:-len(ending)], ending) and _fits(word[:-len(ending)], after)]


def _devoiced(stem: str) -> str:
    return stem[:-1] + _DEVOICE[stem[-1]] if stem[-1:] in _DEVOICE else stem


@lru_cache(maxsize=100_000)
def kazakh_stems(word: str) -> frozenset[str]:
    """Every reading of a folded Cyrillic word as a stem with or without each of its possible
    case, possessive and plural endings. Two forms of one word share one of them, also when a
    name ends like an ending (Өскемен: -мен; Өскеменде: -де)."""
    found = {word}
    layer = {word}
    for cuts in (_case_cuts, _possessive_cuts, _plural_cuts):
        layer = layer | {stem for w in layer for stem in cuts(w)}
        found |= layer
    return frozenset(_devoiced(s) for s in found)


@lru_cache(maxsize=100_000)
def kazakh_stem(word: str) -> str:
    """A folded Cyrillic word without its Kazakh case, possessive and plural endings
    (Павлодардың → павлодар, облысының → облыс, құжаттары → құжат, әкімдігі → әкімдік): the
    shortest of :func:`kazakh_stems`."""
    return min(kazakh_stems(word), key=lambda s: (len(s), s))


@lru_cache(maxsize=200_000)
def form_keys(token: str) -> tuple[str, ...]:
    """The keys a folded index token shares with its other forms; () for words not inflected
    here (Latin, Chinese, numbers, words too short to cut)."""
    if len(token) < MIN_STEM or not _CYRILLIC_WORD.fullmatch(token):
        return ()
    letters = set(token)
    keys = []
    if not letters & RUSSIAN_ONLY:
        keys += sorted("k:" + stem for stem in kazakh_stems(token) if len(stem) >= MIN_STEM)
    if not letters & KAZAKH_ONLY:
        keys.append("r:" + russian_stem(token))
    return tuple(keys)
