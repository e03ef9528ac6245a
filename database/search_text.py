"""Text rules of the search index: how record text and typed queries become index tokens.

Both sides go through the same steps, so whatever a person types meets the text the way it was
indexed:

* ``fold`` from :mod:`database.names` (Unicode casefold, ё→е), the one place for folding and
  transliteration rules;
* words are runs of letters and digits; Chinese, Japanese and Korean letters
  (:func:`database.scripts.is_cjk`) become one token each, so any part of 上海市人民政府 is
  found, and 서울 inside 서울에서 (a query's run of them is matched as a phrase);
* letters that SQLite's tokenizer might not know (anything newer than Unicode 3.2) end a token
  here, so the tokens FTS5 sees are exactly these tokens and a hit always contains its query;
* a Latin word is also looked up among the Latin spellings of names (``latin_keys``), by the part
  of its skeleton that typing more letters cannot change (``bayk`` may still become ``baykh``).

Queries never reach ``MATCH`` as typed: each token is quoted by :func:`fts_expression`.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from database.names import fold, latin_keys, quick_fold, skeleton, to_latin
from database.scripts import is_cjk

MAX_TOKEN = 64  # longer tokens are cut, alike in the index and in queries
MAX_TERMS = 12  # a pasted page searches by its first words
_WORD = re.compile(r"[^\W_]+")
_OLD_UCD = unicodedata.ucd_3_2_0


def _is_safe(ch: str) -> bool:
    """A letter or digit both here and in SQLite's tokenizer tables (Unicode 6.1)."""
    return ch.isalnum() and _OLD_UCD.category(ch)[0] in "LN"


# Latin and Cyrillic letters that pass _is_safe, to skip the letter-by-letter check for most words.
_PLAIN = re.compile("[0-9a-z" + "".join(
    ch for ch in map(chr, [*range(0xC0, 0x250), *range(0x400, 0x530)]) if _is_safe(ch)) + "]+")


@lru_cache(maxsize=200_000)
def _pieces(word: str) -> tuple[tuple[str, bool], ...]:
    """A folded word split into (token, is_cjk) pieces."""
    if word.isascii() or _PLAIN.fullmatch(word):
        return ((word[:MAX_TOKEN], False),)
    out: list[tuple[str, bool]] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            out.append(("".join(current)[:MAX_TOKEN], False))
            current.clear()

    for ch in word:
        if is_cjk(ch):
            flush()
            out.append((ch, True))
        elif _is_safe(ch):
            current.append(ch)
        else:
            flush()
    flush()
    return tuple(out)


def tokens(text: str) -> list[str]:
    """The index tokens of ``text``, in order."""
    return [piece for word in _WORD.findall(fold(text)) for piece, _cjk in _pieces(word)]


def index_text(text: str) -> str:
    """What the FTS5 table stores for ``text``: its tokens joined by spaces."""
    return " ".join(tokens(text))


# A word for transliteration keeps its inner apostrophes (Il'ich): names.py joins across them.
_NAME_WORD = re.compile(r"[^\W_]+(?:['’ʼ`][^\W_]+)*")


@lru_cache(maxsize=200_000)
def _word_keys(word: str) -> frozenset[str]:
    return frozenset(t for key in latin_keys(word) for t in tokens(key) if t.isascii())


def key_tokens(names: list[str]) -> set[str]:
    """Latin spellings (primary and skeleton) of the words of names and titles."""
    out: set[str] = set()
    for name in names:
        for word in _NAME_WORD.findall(name):
            out |= _word_keys(word)
    return out


def name_words(name: str) -> list[tuple[str, str]]:
    """(token, word as written) for the words of a name, for near matches; numbers and words
    of fewer than three letters are left out."""
    out: list[tuple[str, str]] = []
    for m in _WORD.finditer(name):
        pieces = [piece for piece, cjk in _pieces(fold(m.group())) if not cjk]
        for piece in pieces:
            if len(piece) >= 3 and not piece.isdigit():
                out.append((piece, m.group() if len(pieces) == 1 else piece))
    return out


# --- queries --------------------------------------------------------------------------------


Expand = Callable[[str], list[str] | None]


# How far a term reaches, each level adding to the one before: the word as typed (a prefix of
# an index token), its other forms (Павлодарда for Павлодар), then its spellings in the other
# script and the other names of the place it names (Astana for Астана, Ертіс for Иртыш).
EXACT, INFLECTED, OTHER_NAMES = 0, 1, 2
LEVELS = (EXACT, INFLECTED, OTHER_NAMES)


@dataclass(frozen=True)
class Term:
    """One thing a query asks for. A hit has, for every term, an index token starting with
    ``text`` (or, for a CJK run, the run's characters as consecutive tokens), or a Latin key
    starting with one of ``latin``; or, at the further levels, one of ``forms`` (index tokens
    that are other forms of the word), ``spellings`` (index tokens spelling it in the other
    script) or ``names`` (other names of the place, each a tuple of tokens)."""

    text: str
    cjk: bool = False
    latin: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    spellings: tuple[str, ...] = ()
    names: tuple[tuple[str, ...], ...] = ()

    def reaches(self, level: int) -> bool:
        """Whether asking at ``level`` finds more than at the level before."""
        if level == INFLECTED:
            return bool(self.forms)
        if level == OTHER_NAMES:
            return bool(self.latin or self.spellings or self.names)
        return True

    def fts(self, expand: Expand | None = None, *, with_latin: bool = True, exact: bool = False,
            level: int = OTHER_NAMES, keys: bool = False) -> str | None:
        """This term as FTS5 query text; None when it cannot match. ``expand`` may turn a
        prefix into the index's words that start with it (None: let FTS5 expand it). With
        ``exact``, the whole word is asked for too: it matches nothing more, but bm25 then
        ranks Шаңхай above the rarer Шаңхайда. ``level`` says how far it reaches (the Latin
        keys count as other spellings, unless ``keys`` asks for them at any level)."""
        reached: list[str] = []
        if level >= INFLECTED:
            reached += self.forms
        if level >= OTHER_NAMES:
            reached += self.spellings
            reached += [" ".join(name) for name in self.names]
        extra = [f'"{w}"' for w in dict.fromkeys(reached) if w != self.text]
        if self.cjk:
            alternatives = ['"' + " ".join(self.text) + '"', *extra]
            return alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"
        alternatives = [f'"{self.text}"'] if exact else []
        with_latin = with_latin and (level >= OTHER_NAMES or keys)
        prefixes = [("", self.text)] + ([("keys", k) for k in self.latin] if with_latin else [])
        for column, prefix in prefixes:
            words = expand(prefix) if expand and " " not in prefix else None  # not a phrase
            if words is None:
                body = f'"{prefix}"*'
            elif not words:
                continue
            else:
                body = " OR ".join(f'"{w}"' for w in words)
            if column:
                alternatives.append(f"{{{column}}} : ({body})")
            else:
                alternatives.append(f"({body})" if " OR " in body else body)
        if extra:
            # Asked for in the titles and texts only: the keys hold Latin spellings of names, and
            # a name spelled alike there is a near match, not one of these.
            alternatives.append("{title body} : (" + " OR ".join(extra) + ")")
        if not alternatives:
            return None
        return alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"


def _common_prefix(a: str, b: str) -> str:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return a[:n]


@lru_cache(maxsize=4096)
def stable_skeleton(token: str) -> str:
    """The part of ``skeleton(token)`` no further typed letter can change ("bayk" -> "bai",
    since "baykh" reduces to "baih")."""
    stable = skeleton(token)
    for letter in string.ascii_lowercase:
        stable = _common_prefix(stable, skeleton(token + letter))
    return stable


def _latin_variants(token: str) -> tuple[str, ...]:
    if not (token.isascii() and any(c.isalpha() for c in token)):
        return ()
    stable = "".join(tokens(stable_skeleton(token)))
    # Too short a key would match half the archive; the literal form still applies.
    if len(stable) < 3 or stable == token:
        return ()
    return (stable,)


def parse_query(query: str) -> list[Term]:
    """The terms of a typed query; empty when it holds nothing searchable. Never raises."""
    terms: list[Term] = []
    seen: set[tuple[str, bool]] = set()
    for word in _WORD.findall(fold(query)):
        run: list[str] = []
        pieces = list(_pieces(word)) + [("", False)]
        for piece, cjk in pieces:
            if cjk:
                run.append(piece)
                continue
            if run:
                key = ("".join(run), True)
                if key not in seen:
                    seen.add(key)
                    terms.append(Term(key[0], True))
                run = []
            if piece and (piece, False) not in seen:
                seen.add((piece, False))
                terms.append(Term(piece, False, _latin_variants(piece)))
    return terms[:MAX_TERMS]


def fts_expression(terms: list[Term], *, column: str = "", with_latin: bool = True,
                   expand: Expand | None = None, exact: bool = False, level: int = OTHER_NAMES,
                   keys: bool = False) -> str | None:
    """A MATCH expression asking for every term (None when one cannot match); ``column``
    limits it to one column."""
    parts = [t.fts(expand, with_latin=with_latin, exact=exact, level=level, keys=keys) for t in terms]
    if not parts or any(p is None for p in parts):
        return None
    expr = " AND ".join(p for p in parts if p is not None)
    return f"{{{column}}} : ({expr})" if column else expr


def term_matches(term: Term, index_tokens: list[str], keys: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether a record with these index tokens (and Latin keys) satisfies ``term``."""
    if term.cjk:
        chars = list(term.text)
        n = len(chars)
        return any(index_tokens[i:i + n] == chars for i in range(len(index_tokens) - n + 1))
    if any(t.startswith(term.text) for t in index_tokens) or any(k.startswith(term.text) for k in keys):
        return True
    if not set(term.forms + term.spellings).isdisjoint(index_tokens):
        return True
    for name in term.names:
        n = len(name)
        if any(tuple(index_tokens[i:i + n]) == name for i in range(len(index_tokens) - n + 1)):
            return True
    return any(k.startswith(v) for v in term.latin for k in keys)


# --- highlighting ---------------------------------------------------------------------------

Marks = tuple[tuple[int, int], ...]


def _literal_pattern(terms: list[Term]) -> re.Pattern[str] | None:
    return _pattern_of(tuple(terms))


@lru_cache(maxsize=256)
def _pattern_of(terms: tuple[Term, ...]) -> re.Pattern[str] | None:
    words = sorted({t.text for t in terms if not t.cjk and " " not in t.text}, key=len, reverse=True)
    runs = {t.text for t in terms if t.cjk}
    # A phrase (a place named in several words): its words with anything but letters between.
    phrases = [r"[\W_]+".join(map(re.escape, t.text.split())) for t in terms if not t.cjk and " " in t.text]
    # The other forms, spellings and names a term reached, marked as whole words.
    whole: set[str] = set()
    for t in terms:
        whole.update(t.forms, t.spellings)
        for name in t.names:
            if all(len(w) == 1 and is_cjk(w) for w in name):
                runs.add("".join(name))
            else:
                whole.update(name)
    parts = []
    if words or phrases:
        parts.append(r"(?<![^\W_])(?:" + "|".join([*phrases, *map(re.escape, words)]) + r")[^\W_]*")
    if whole:
        parts.append(r"(?<![^\W_])(?:" + "|".join(map(re.escape, sorted(whole, key=len, reverse=True)))
                     + r")(?![^\W_])")
    if runs:
        parts.append("|".join(map(re.escape, sorted(runs, key=len, reverse=True))))
    return re.compile("|".join(parts)) if parts else None


@lru_cache(maxsize=50_000)
def _latin_heads(start: str) -> frozenset[str]:
    """The first Latin letters a word beginning with ``start`` can be spelled with."""
    return frozenset({to_latin(start)[:1], skeleton(start)[:1]})


class Marker:
    """Marks a query's words in texts: what :func:`find_marks` needs of the terms (the pattern
    of their words and forms, their Latin spellings), worked out once per search and not once
    for each of its hits."""

    def __init__(self, terms: list[Term]) -> None:
        self.pattern = _literal_pattern(terms)
        self.latin = [t for t in terms if not t.cjk and t.text.isascii()]
        self.heads = {t.text[0] for t in self.latin} | {v[0] for t in self.latin for v in t.latin}

    def marks(self, text: str, *, scan: int = 20_000, translit: bool = True, window: int = 0) -> Marks:
        """:func:`find_marks` of ``text``."""
        text = text[:scan]
        # The archive stores text in NFC, for which quick_fold is fold at a tenth of the cost.
        folded = quick_fold(text) if unicodedata.is_normalized("NFC", text) else fold(text)
        marks: list[tuple[int, int]] = []
        pattern = self.pattern
        if pattern is not None:
            if len(folded) == len(text):  # the usual case: offsets carry over unchanged
                first = pattern.search(folded) if window else None
                end = first.start() + window if first is not None else len(folded)
                marks = [m.span() for m in pattern.finditer(folded, 0, end)] if first is not None or not window else []
            else:  # folding changed some lengths (ß -> ss): compare word by word
                for m in _WORD.finditer(text):
                    word = fold(m.group())
                    if len(word) == len(m.group()):
                        marks += [(m.start() + a, m.start() + b) for a, b in (x.span() for x in pattern.finditer(word))]
                    elif pattern.search(word):
                        marks.append(m.span())
        if translit and self.latin and not marks:  # a Latin query may have matched a Cyrillic word by its spelling
            for m in _NAME_WORD.finditer(text[:600]):
                if self.heads.isdisjoint(_latin_heads(m.group()[:2])):  # a cheap look before the full spelling
                    continue
                keys = key_tokens([m.group()])
                if any(term_matches(t, [], keys) for t in self.latin):
                    marks.append(m.span())
        return tuple(sorted(set(marks)))


def find_marks(text: str, terms: list[Term], *, scan: int = 20_000, translit: bool = True,
               window: int = 0) -> Marks:
    """Where in ``text`` (its first ``scan`` characters) the query's words are, as
    (start, end) offsets of the original text. With ``translit``, when no word matches as
    written, words whose Latin spelling matches are marked (slower: first 600 characters).
    With ``window``, only marks up to ``window`` characters after the first are wanted (a
    snippet's). Marking many texts for one query: :class:`Marker`."""
    return Marker(terms).marks(text, scan=scan, translit=translit, window=window)


def snippet(text: str, marks: Marks, width: int = 160) -> tuple[str, Marks]:
    """A window of ``text`` around its first mark, with the marks inside it shifted."""
    if len(text) <= width:
        return text, marks
    start = 0
    if marks:
        start = max(0, marks[0][0] - width // 4)
        if start:
            space = text.rfind(" ", 0, start)
            start = space + 1 if space >= 0 and start - space < 20 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    inside = tuple((a + shift, min(b, end) + shift) for a, b in marks if a >= start and a < end)
    return prefix + text[start:end] + suffix, inside
