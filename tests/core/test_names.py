"""Tests for database.names: folding, transliteration and name comparison."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from database.names import (
    NameMatch,
    compare_names,
    explain_match,
    fold,
    latin_keys,
    name_similarity,
    skeleton,
    to_latin,
)

# Text mixing the scripts the archive actually holds, plus arbitrary Unicode.
_CYRILLIC = st.characters(min_codepoint=0x0400, max_codepoint=0x052F)
_MIXED = st.text(
    st.one_of(
        _CYRILLIC,
        st.sampled_from(list("abcxyz '-.龚正李强ЁёӘәҚқ")),
        st.characters(),
    ),
    max_size=30,
)


def _has_cyrillic(text: str) -> bool:
    return any(
        "CYRILLIC" in unicodedata.name(ch, "") or 0x0400 <= ord(ch) <= 0x052F
        for ch in text
    )


# --- fold -----------------------------------------------------------------


def test_fold_yo_becomes_ye() -> None:
    assert fold("Ёлка") == fold("елка") == "елка"
    assert fold("ЁЖИК") == "ежик"


@pytest.mark.parametrize(
    ("upper", "lower"),
    [("ШАҢХАЙ", "шаңхай"), ("ӨСКЕМЕН", "өскемен"), ("ҰЛЫТАУ", "ұлытау"), ("ІС", "іс")],
)
def test_fold_kazakh_case(upper: str, lower: str) -> None:
    assert fold(upper) == fold(lower) == lower


def test_fold_keeps_kazakh_letters_distinct() -> None:
    for kazakh, russian in zip("әғқңөұүһі", "агкноууhи"):
        assert fold(kazakh) != fold(russian)
        assert fold(kazakh) == kazakh


def test_fold_composes_decomposed_input() -> None:
    # "й" typed as и + combining breve must fold like the precomposed letter.
    assert fold("и\u0306") == fold("Й") == "й"
    assert fold("е\u0308") == "е"


@given(_MIXED)
def test_fold_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


# --- to_latin ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Байханов", "baikhanov"),
        ("Аққошқаров", "akkoshkarov"),
        ("Тоғжанов", "togzhanov"),
        ("Шапкенов", "shapkenov"),
        ("Хоценко", "khotsenko"),
        ("Шаңхай", "shankhai"),
        ("Өскемен", "oskemen"),
        ("Ұлытау", "ulytau"),
        ("Щучинск", "shchuchinsk"),
        ("Юлия", "yuliya"),
        ("Григорьев", "grigorev"),
        ("Әлихан", "alikhan"),
        ("Һ", "h"),
    ],
)
def test_to_latin_primary_spellings(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic) == latin


def test_to_latin_passes_non_cyrillic_through_lowercased() -> None:
    assert to_latin("Astana 2024, 龚正") == "astana 2024, 龚正"
    assert to_latin("Посол UK") == "posol uk"


def test_to_latin_unlisted_cyrillic_falls_back_to_base_letter() -> None:
    assert to_latin("ӧ") == "o"  # o with diaeresis decomposes to о
    assert to_latin("ѣ") == ""  # no Latin base: dropped, never left Cyrillic


@given(_MIXED)
def test_to_latin_output_has_no_cyrillic(text: str) -> None:
    out = to_latin(text)
    assert not _has_cyrillic(out)
    assert to_latin(fold(text)) == out  # transliteration sees folded text


# --- skeleton / latin_keys -------------------------------------------------------


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("baikhanov", "Байханов"),
        ("Baykhanov", "Байханов"),
        ("Baihanov", "Байханов"),
        ("akkoshkarov", "Аққошқаров"),
        ("Aqqoshqarov", "Аққошқаров"),
        ("omsk", "Омск"),
        ("Togzhanov", "Тоғжанов"),
        ("Toghjanov", "Тоғжанов"),
        ("Yerali", "Ералы"),
        ("Erali", "Ералы"),
        ("Zhanibek", "Жаныбек"),
        ("Janybek", "Жаныбек"),
        ("Iuliia", "Юлия"),
        ("Hotsenko", "Хоценко"),
        ("Oeskemen", "Өскемен"),
        ("Shanghai", "Шаңхай"),
        ("Grigoryev", "Григорьев"),
        ("Aelikhan", "Әлихан"),
        ("Tuerkistan", "Түркістан"),
    ],
)
def test_latin_variant_meets_cyrillic(latin: str, cyrillic: str) -> None:
    assert skeleton(latin) == skeleton(cyrillic)
    assert latin_keys(latin) & latin_keys(cyrillic)


def test_latin_keys_contents() -> None:
    assert latin_keys("Байханов") == frozenset({"baikhanov", "baihanov"})
    assert latin_keys("Омск") == frozenset({"omsk"})
    assert latin_keys("") == frozenset()
    assert latin_keys("Асаин  Байханов!") == frozenset({"asain baikhanov", "asain baihanov"})


def test_latin_keys_do_not_merge_different_names() -> None:
    assert not latin_keys("Байханов") & latin_keys("Берікханов")
    assert not latin_keys("Омск") & latin_keys("Томск")


def test_skeleton_normalises_spacing_and_punctuation() -> None:
    assert skeleton("  Байханов,   Асаин ") == "baihanov asain"
    assert skeleton("Il'ich") == skeleton("Ильич") == "ilich"


@given(_MIXED)
def test_latin_keys_small_and_deterministic(text: str) -> None:
    keys = latin_keys(text)
    assert len(keys) <= 2
    assert keys == latin_keys(text)
    assert all(keys)


# --- compare_names / name_similarity ----------------------------------------------


def test_identical_and_reordered_names() -> None:
    assert name_similarity("Асаин Байханов", "Асаин Байханов") == 1.0
    assert name_similarity("АСАИН БАЙХАНОВ", "асаин байханов") == 1.0
    assert compare_names("Байханов Асаин", "Асаин Байханов") == NameMatch(1.0, "same name")
    assert name_similarity("Ёлкин", "Елкин") == 1.0


def test_spelling_variant_of_first_name() -> None:
    assert name_similarity("Асаин Байханов", "Асайын Байханов") >= 0.85


def test_latin_surname_matches_cyrillic_surname() -> None:
    match = compare_names("Baikhanov", "Байханов")
    assert match.score >= 0.9
    assert match.reason == "same transliteration"


def test_kazakh_name_matches_press_spelling() -> None:
    assert name_similarity("Ералы Тоғжанов", "Yerali Togzhanov") >= 0.8
    assert name_similarity("Тоғжанов Ералы", "Yerali Togzhanov") >= 0.8


def test_different_people_score_low() -> None:
    assert name_similarity("Асаин Байханов", "Берік Уали") < 0.5
    assert compare_names("Асаин Байханов", "Берік Уали").reason == "different"


def test_typo_is_similar_but_below_transliteration_match() -> None:
    typo = compare_names("Асаин Байханов", "Асаин Байхамов")
    assert typo.reason == "similar spelling"
    assert 0.75 <= typo.score < compare_names("Baikhanov", "Байханов").score


def test_lone_surname_against_full_name_is_partial() -> None:
    score = name_similarity("Байханов", "Асаин Байханов")
    assert 0.5 < score < 0.95


def test_chinese_names_compared_as_is() -> None:
    assert name_similarity("龚正", "龚正") == 1.0
    assert name_similarity("龚正", "李强") < 0.5


def test_empty_and_punctuation_only_names() -> None:
    assert name_similarity("", "") == 1.0
    assert compare_names("", "Байханов") == NameMatch(0.0, "different")
    assert compare_names("ь", "ъ").reason == "different"


def test_explain_match_reasons() -> None:
    assert explain_match("Асаин Байханов", "асаин байханов") == "same name"
    assert explain_match("Baikhanov", "Байханов") == "same transliteration"
    assert explain_match("Асаин Байханов", "Асаин Байхамов").startswith("similar spelling (0.")
    assert explain_match("Асаин Байханов", "Берік Уали") == "different"


def test_name_match_is_frozen() -> None:
    match = compare_names("a", "b")
    with pytest.raises(AttributeError):
        match.score = 1.0  # type: ignore[misc]


@given(_MIXED, _MIXED)
def test_similarity_symmetric_and_bounded(a: str, b: str) -> None:
    forward, backward = compare_names(a, b), compare_names(b, a)
    assert forward == backward
    assert 0.0 <= forward.score <= 1.0
    assert forward.reason in {"same name", "same transliteration", "similar spelling", "different"}


@given(_MIXED)
def test_identical_names_score_one(name: str) -> None:
    assert name_similarity(name, name) == 1.0
    assert name_similarity(name, fold(name)) == 1.0


@given(st.lists(st.sampled_from(["Асаин", "Байханов", "Ералы", "Baikhanov", "龚正"]), min_size=1, max_size=4))
def test_word_order_does_not_matter(words: list[str]) -> None:
    assert name_similarity(" ".join(words), " ".join(reversed(words))) == 1.0
