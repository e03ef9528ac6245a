"""The gazetteer: the places Elshi's users deal with, under their names in Kazakh, Russian,
English and Chinese (``resources/gazetteer/places.tsv``; its source and licence are in
``SOURCE.md`` beside it).

One answer for every part of Elshi that meets a place's name: search finds Ертіс by «Иртыш»,
Irtysh or 额尔齐斯河, the duplicate finder sees that Өскемен and Усть-Каменогорск are one
place, and text arriving from outside can be read for the places it names (:func:`places_in`).

Names are compared word by word after folding (:func:`database.search_text.tokens`, so case,
ё/е and punctuation do not matter), and a word may be inflected (:mod:`database.morphology`):
«Павлодар облысының» is the Pavlodar Region, «Омбыдағы» is Omsk.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from database.morphology import form_keys
from database.scripts import is_cjk
from database.search_text import tokens

__all__ = ["LANGUAGES", "GazetteerPlace", "find", "other_names", "places", "places_in", "same_place",
           "signature"]

LANGUAGES = ("kk", "ru", "en", "zh")
PATH = Path(__file__).resolve().parent.parent / "resources" / "gazetteer" / "places.tsv"

Words = tuple[str, ...]


@dataclass(frozen=True)
class GazetteerPlace:
    key: str  # stable: "river-irtysh", "oskemen"
    kind: str  # country, region, city, river, sea, lake
    country: str  # ISO 3166 code; empty for rivers and seas
    names: tuple[tuple[str, tuple[str, ...]], ...]  # (language, names, the usual one first)

    def names_in(self, lang: str) -> tuple[str, ...]:
        return dict(self.names).get(lang, ())

    def name_in(self, lang: str) -> str:
        """The usual name in ``lang`` ("" if none)."""
        found = self.names_in(lang)
        return found[0] if found else ""

    @property
    def all_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(n for _lang, names in self.names for n in names))


def _parse(text: str) -> tuple[GazetteerPlace, ...]:
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, kind, country, *cells = line.split("\t")
        names = tuple((lang, tuple(n.strip() for n in cell.split("|") if n.strip()))
                      for lang, cell in zip(LANGUAGES, cells))
        out.append(GazetteerPlace(key, kind, country, names))
    return tuple(out)


@cache
def _text() -> str:
    return PATH.read_text(encoding="utf-8")


@cache
def places() -> tuple[GazetteerPlace, ...]:
    """Every place of the gazetteer, in the file's order."""
    return _parse(_text())


def signature() -> str:
    """Changes whenever the list does (the search index is rebuilt then)."""
    return hashlib.sha256(_text().encode()).hexdigest()[:16]


def words_of(name: str) -> Words:
    """A name as the words it is compared by (Chinese characters one by one)."""
    return tuple(tokens(name))


def _matches(word: str, wanted: str) -> bool:
    """Whether a text's word is the gazetteer's word, as written or inflected."""
    if word == wanted:
        return True
    keys = form_keys(wanted)
    return bool(keys) and not set(keys).isdisjoint(form_keys(word))


@cache
def _by_first_word() -> dict[str, list[tuple[Words, GazetteerPlace]]]:
    """Names by their first word and by each key of its forms."""
    index: dict[str, list[tuple[Words, GazetteerPlace]]] = defaultdict(list)
    for place in places():
        for name in place.all_names:
            words = words_of(name)
            if words:
                for key in {words[0], *form_keys(words[0])}:
                    index[key].append((words, place))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))  # the longest name first: Омбы облысы before Омбы
    return dict(index)


def match_at(words: Sequence[str], start: int) -> tuple[int, list[GazetteerPlace]]:
    """The places named by the longest name starting at ``words[start]``, and how many words it
    takes (0 and [] when none does)."""
    index = _by_first_word()
    first = words[start]
    candidates = [e for key in (first, *form_keys(first)) for e in index.get(key, ())]
    best, found = 0, list[GazetteerPlace]()
    for name, place in sorted(candidates, key=lambda e: -len(e[0])):
        n = len(name)
        if n < best or start + n > len(words):
            continue
        if all(_matches(words[start + i], name[i]) for i in range(n)):
            if n > best:
                best, found = n, []
            if place not in found:
                found.append(place)
    return best, found


@lru_cache(maxsize=4096)
def find(name: str) -> tuple[GazetteerPlace, ...]:
    """The places called ``name`` in any language of the gazetteer, in any case form
    ("Иртыш", "Irtysh", "额尔齐斯河", "Омбыдағы"); () when it is no place the gazetteer knows.
    The whole name must match: "Омбы облысы" is the region, not the city."""
    words = words_of(name)
    if not words:
        return ()
    n, found = match_at(words, 0)
    return tuple(found) if n == len(words) else ()


def other_names(name: str) -> tuple[str, ...]:
    """Every gazetteer name of the places called ``name``, other than ``name`` itself."""
    own = words_of(name)
    return tuple(dict.fromkeys(n for place in find(name) for n in place.all_names if words_of(n) != own))


def same_place(a: Iterable[str], b: Iterable[str]) -> GazetteerPlace | None:
    """The gazetteer place both sets of names belong to (Өскемен and Усть-Каменогорск), if any."""
    left = {p for name in a for p in find(name)}
    if not left:
        return None
    return next((p for name in b for p in find(name) if p in left), None)


def _joined(words: Sequence[str]) -> str:
    """Words as text again: Chinese characters side by side, other words spaced."""
    out = ""
    for w in words:
        out += w if out and len(w) == 1 and is_cjk(w) and is_cjk(out[-1]) else (" " + w if out else w)
    return out


def places_in(text: str) -> list[tuple[GazetteerPlace, str]]:
    """The places a text names, with the words naming them (folded), in order of
    first mention (for text arriving from outside, such as a press article)."""
    words = words_of(text)
    out: dict[str, tuple[GazetteerPlace, str]] = {}
    i = 0
    while i < len(words):
        n, found = match_at(words, i)
        if n:
            for place in found:
                out.setdefault(place.key, (place, _joined(words[i:i + n])))
            i += n
        else:
            i += 1
    return list(out.values())
