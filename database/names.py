"""Transliteration and name-comparison rules for Elshi.

This is the single place for these rules: full-text search and the
duplicate-person finder must agree on them, or a name found by one would be
missed by the other.

Three layers, each built on the previous one:

* ``fold``      -- search folding of any text (case, Unicode form, ё→е).
* ``to_latin``  -- one primary Latin spelling, following the usual
  passport/press forms (Байханов→baikhanov, Тоғжанов→togzhanov).
* ``skeleton``  -- a lossy canonical Latin key.  Every common variant
  spelling of a Cyrillic name (Baikhanov/Baykhanov, Zh/J, Q/K, Ng/N, Oe/O,
  Ye-/E-, doubled letters...) reduces to the same skeleton as the Cyrillic
  original.

Design choice: rather than *generate* all variant spellings (which explodes
combinatorially and still misses some), both the Cyrillic side and the Latin
query are reduced to the same skeleton.  ``latin_keys`` is therefore just
{primary transliteration, skeleton}: always at most two keys, deterministic,
and a Latin query matches a Cyrillic name iff their skeletons are equal.

Kazakh letters stay distinct in ``fold`` (so a Kazakh-aware search stays
exact), and merge with their Russian look-alikes only from ``to_latin`` on
(қ and к both give k), which is what transliteration-tolerant matching wants.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "NameMatch",
    "compare_names",
    "explain_match",
    "fold",
    "latin_keys",
    "name_similarity",
    "quick_fold",
    "skeleton",
    "to_latin",
]

# Primary Cyrillic→Latin table (lowercase input; ``fold`` runs first).
# Russian letters follow the press/BGN-style forms used in Kazakh passports
# (х→kh, ц→ts, ю→yu, я→ya, й→i); Kazakh letters drop their diacritics
# (қ→k, ғ→g, ң→n, ө→o, ұ/ү→u, ә→a, і→i, һ→h), as Kazakh passports do.
_CYR_TO_LAT: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Kazakh.
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
    "һ": "h", "і": "i",
    # A few Ukrainian/Belarusian letters that turn up in Russian-language
    # documents; anything rarer falls back to its base letter (see below).
    "є": "ye", "ї": "yi", "ґ": "g", "ў": "u",
}

# Skeleton rewrites, applied in order to a primary transliteration or a Latin
# query.  Each pair merges the spellings a variant rule can produce:
#   shch→sh  (щ is rare; keep it close to ш)
#   kh→h     х = kh | h               ng→n   ң = n | ng   (before gh→g, so
#   gh→g     ғ = g | gh                       "Shanghai" meets "Шаңхай")
#   zh→j, dj→j   ж = zh | j, дж = dzh | dj | j
#   q→k      қ = k | q                x→ks   Alexander / Aleksandr
#   y→i      й = i | y, ы = y | i; also ya/ia, yu/iu, ye/ie become one
#   ie→e     е = e | ye at word start, and ье = e | ye (Grigorev/Grigoryev)
#   oe→o, ue→u, ae→a   ө = o | oe, ү = u | ue, ә = a | ae
# Doubled letters are collapsed afterwards (Akkoshkarov/Akoshkarov,
# Asaiyn→asaiin→asain).
_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    ("shch", "sh"), ("kh", "h"), ("ng", "n"), ("gh", "g"), ("zh", "j"),
    ("dj", "j"), ("q", "k"), ("x", "ks"), ("y", "i"), ("ie", "e"),
    ("oe", "o"), ("ue", "u"), ("ae", "a"),
)

_DOUBLES = re.compile(r"(.)\1+")
# Apostrophes mark soft signs or elisions inside one word (Il'ich, O'Brien),
# so they must not split tokens.
_APOSTROPHES = re.compile(r"['’ʼ`]")
_TOKEN = re.compile(r"\w+")

# Scores: an exact (folded) match outranks a transliteration match, which
# outranks any mere spelling similarity, so the cap keeps the order strict.
_SAME_TRANSLIT_SCORE = 0.95
_SIMILAR_CAP = 0.9
_SIMILAR_THRESHOLD = 0.75


def fold(text: str) -> str:
    """Fold text for search: Unicode casefold, NFC, and ё→е.

    Casefolding runs on the decomposed form (the Unicode "canonical caseless
    match" recipe), so precomposed and combining spellings fold alike; the
    result is recomposed to NFC to match how text is stored.
    """
    folded = unicodedata.normalize("NFD", text).casefold()
    return unicodedata.normalize("NFC", folded).replace("ё", "е")


def quick_fold(text: str) -> str:
    """:func:`fold` for text already stored in NFC (the archive stores all text so): ten times
    cheaper, for per-row use inside SQL filters."""
    return text.casefold().replace("ё", "е")


def _is_cyrillic(ch: str) -> bool:
    return "CYRILLIC" in unicodedata.name(ch, "")


def _letter_to_latin(ch: str) -> str:
    mapped = _CYR_TO_LAT.get(ch)
    if mapped is not None:
        return mapped
    if not _is_cyrillic(ch):
        return ch
    # Unlisted Cyrillic (e.g. ӧ, ӓ, Old Cyrillic): use the base letter if it
    # decomposes to a known one, otherwise drop it -- output must be Latin.
    base = unicodedata.normalize("NFD", ch)[0]
    return _CYR_TO_LAT.get(base, "")


def to_latin(text: str) -> str:
    """Primary lowercase Latin transliteration; non-Cyrillic passes through."""
    return "".join(_letter_to_latin(ch) for ch in fold(text))


def _skeleton_token(token: str) -> str:
    out = to_latin(token)
    for old, new in _SKELETON_RULES:
        out = out.replace(old, new)
    return _DOUBLES.sub(r"\1", out)


def _words(text: str) -> list[str]:
    return _TOKEN.findall(_APOSTROPHES.sub("", fold(text)))


def _tokens(text: str) -> list[str]:
    """Skeletons of the words of ``text``; words that vanish (ъ, ь) dropped."""
    return [s for s in map(_skeleton_token, _words(text)) if s]


def skeleton(text: str) -> str:
    """Canonical reduced Latin form; variant spellings share one skeleton.

    Words are reduced separately and joined by single spaces, so punctuation
    and spacing differences do not matter.
    """
    return " ".join(_tokens(text))


def latin_keys(text: str) -> frozenset[str]:
    """Latin search keys for a word or name: primary spelling and skeleton.

    A Latin query and a Cyrillic name that are variant spellings of each
    other share the skeleton key, so their key sets intersect.
    """
    primary = " ".join(filter(None, map(to_latin, _words(text))))
    return frozenset(k for k in (primary, skeleton(text)) if k)


def _levenshtein(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _token_similarity(a: str, b: str) -> float:
    return 1.0 - _levenshtein(a, b) / max(len(a), len(b))


def _spelling_score(left: list[str], right: list[str]) -> float:
    """Order-independent similarity of two token lists.

    Tokens are paired greedily, best pair first; each pair counts by its
    combined length and unpaired tokens (e.g. a missing first name) count as
    zero, so "Байханов" vs "Асаин Байханов" is similar but not certain.
    """
    pairs = sorted(
        ((_token_similarity(x, y), i, j)
         for i, x in enumerate(left) for j, y in enumerate(right)),
        key=lambda p: (-p[0], p[1], p[2]),
    )
    used_left: set[int] = set()
    used_right: set[int] = set()
    matched = 0.0
    for sim, i, j in pairs:
        if i not in used_left and j not in used_right:
            used_left.add(i)
            used_right.add(j)
            matched += sim * (len(left[i]) + len(right[j]))
    total = sum(map(len, left)) + sum(map(len, right))
    return min(1.0, matched / total)


@dataclass(frozen=True)
class NameMatch:
    """How alike two names are: a score in [0, 1] and a reason code.

    reason is one of "same name", "same transliteration",
    "similar spelling", "different".
    """

    score: float
    reason: str


def compare_names(a: str, b: str) -> NameMatch:
    """Compare two person/organisation names, ignoring word order."""
    fa, fb = fold(a), fold(b)
    words_a, words_b = sorted(_TOKEN.findall(fa)), sorted(_TOKEN.findall(fb))
    if fa == fb or (words_a and words_a == words_b):
        return NameMatch(1.0, "same name")
    left, right = sorted(_tokens(a)), sorted(_tokens(b))
    if not left or not right:
        return NameMatch(0.0, "different")
    if left == right:
        return NameMatch(_SAME_TRANSLIT_SCORE, "same transliteration")
    # Fix the argument order so greedy tie-breaking (and float summation)
    # cannot make the score depend on which name came first.
    if left > right:
        left, right = right, left
    score = min(_SIMILAR_CAP, _spelling_score(left, right))
    if score >= _SIMILAR_THRESHOLD:
        return NameMatch(score, "similar spelling")
    return NameMatch(score, "different")


def name_similarity(a: str, b: str) -> float:
    """Transliteration-aware, order-independent name similarity in [0, 1]."""
    return compare_names(a, b).score


def explain_match(a: str, b: str) -> str:
    """Short English reason, e.g. "same name" or "similar spelling (0.87)"."""
    match = compare_names(a, b)
    if match.reason == "similar spelling":
        return f"{match.reason} ({match.score:.2f})"
    return match.reason
