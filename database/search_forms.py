"""A query word's other forms, spellings and names, looked up among the words the index holds.

The index keeps, beside each distinct word it holds (``search_terms``), that word's keys in
``search_forms``: the keys of its case and number forms (:func:`database.morphology.form_keys`)
and its Latin skeleton (:func:`database.names.skeleton`). So the full-text postings stay as they
were; a query word is turned into the index's words that share a key with it, each asked for as
written:

* ``forms``: other forms of the word (авиасообщение → авиасообщения; Павлодарда → Павлодар,
  Павлодардың), those the typed prefix does not reach already;
* ``spellings``: words of the other script with the same skeleton (Астана → astana,
  Бижанова → bizhanova, khotsenko → хоценко);
* ``names``: the other names of a place the word names in the gazetteer (Иртыш → Ертіс, Irtysh,
  额尔齐斯河; Синьцзян → Шыңжаң, Xinjiang, 新疆), and their forms found in the index.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection

from database import gazetteer
from database.morphology import form_keys
from database.names import skeleton, to_latin
from database.search_sql import raw
from database.search_text import Term, stable_skeleton, tokens

__all__ = ["expand_terms", "term_keys"]

_LETTERS = re.compile(r"[a-zа-яёәғқңөұүһі]+")
MIN_WORD = 4  # shorter words are still being typed: no forms or spellings
MIN_SKELETON = 4
MAX_WORDS = 60  # a key shared by more words says little; beyond it the lookup gives up
MAX_NAMES = 24


@lru_cache(maxsize=200_000)
def term_keys(word: str) -> tuple[str, ...]:
    """The keys a folded index word is filed under in ``search_forms``."""
    if not _LETTERS.fullmatch(word):
        return ()
    keys = list(form_keys(word))
    skel = skeleton(word).replace(" ", "")
    if len(skel) >= 3:
        keys.append("s:" + skel)
    return tuple(keys)


def _by_keys(driver: Any, keys: list[str]) -> list[str]:
    if not keys:
        return []
    rows = driver.execute(f"SELECT term FROM search_forms WHERE key IN ({','.join('?' * len(keys))}) "
                       f"LIMIT {MAX_WORDS + 1}", keys).fetchall()
    return [] if len(rows) > MAX_WORDS else [r[0] for r in rows]


def _by_key_prefix(driver: Any, prefix: str) -> list[str]:
    rows = driver.execute(f"SELECT term FROM search_forms WHERE key >= ? AND key < ? LIMIT {MAX_WORDS + 1}",
                       (prefix, prefix + "\U0010ffff")).fetchall()
    return [] if len(rows) > MAX_WORDS else [r[0] for r in rows]


def _forms(driver: Any, word: str, typed: bool = True) -> list[str]:
    """Index words sharing a key with ``word``; for a ``typed`` word, those its prefix does not
    reach already."""
    keys = list(form_keys(word))
    return [w for w in _by_keys(driver, keys) if not (typed and w.startswith(word)) and w != word] if keys else []


def _spellings(driver: Any, word: str) -> list[str]:
    """Index words of the other script spelled like ``word`` (as a prefix: still typing). A
    Cyrillic word finds Latin words starting with its transliteration (Бижанова: bizhanova); a
    Latin word finds Cyrillic words by the stable part of its skeleton, as the Latin keys of
    names do (khotsenko, khotsenka: хоценко). Cyrillic spellings alike only in their skeleton
    (Асаин, Асайын) are near matches."""
    if word.isascii():
        stable = stable_skeleton(word)
        if len(stable) < MIN_SKELETON or " " in stable:
            return []
        return [w for w in _by_key_prefix(driver, "s:" + stable) if not w.isascii()]
    latin = to_latin(word)
    if len(latin) < MIN_SKELETON or not latin.isalpha() or not latin.isascii():
        return []
    rows = driver.execute(f"SELECT term FROM search_terms WHERE term >= ? AND term < ? LIMIT {MAX_WORDS + 1}",
                       (latin, latin + "\U0010ffff")).fetchall()
    return [] if len(rows) > MAX_WORDS else [r[0] for r in rows]


def _names(word: str) -> list[tuple[str, ...]]:
    names = [tuple(tokens(n)) for n in gazetteer.other_names(word)]
    return [n for n in dict.fromkeys(names) if n][:MAX_NAMES]


def expand_terms(conn: Connection, terms: list[Term]) -> list[Term]:
    """The terms with the other forms, spellings and names the index holds for them."""
    driver = raw(conn)
    words = [t.text for t in terms]
    if len(terms) > 1 and not any(t.cjk for t in terms) and gazetteer.find(" ".join(words)):
        # The whole query names a place in several words (Усть-Каменогорск, Омской области):
        # one phrase, reaching the place's other names.
        phrase = " ".join(words)
        return [Term(phrase, names=tuple(n for n in _names(phrase) if n != tuple(words)))]
    out = []
    for term in terms:
        word = term.text
        if term.cjk:
            names = _names(word)
            out.append(replace(term, names=tuple(names)) if names else term)
            continue
        if len(word) < MIN_WORD or word.isdigit():
            out.append(term)
            continue
        forms = _forms(driver, word)
        spellings = _spellings(driver, word)
        names = _names(word)
        # The names' own forms: Иртыш finds «Ертістің» too.
        for name in list(names):
            if len(name) == 1:
                names += [(f,) for f in _forms(driver, name[0], typed=False) if (f,) not in names]
        names = [n for n in names if n != (word,)][:MAX_NAMES]
        out.append(replace(term, forms=tuple(forms), spellings=tuple(spellings), names=tuple(names)))
    return out
