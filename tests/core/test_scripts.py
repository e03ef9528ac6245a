"""database.scripts: one answer to "is this Chinese, Japanese or Korean?" for search, briefings
and PDFs, which used to have three answers."""

from __future__ import annotations

from itertools import pairwise

import pytest

from database.archive import Archive
from database.records import OrganisationDraft, PlaceDraft
from database.scripts import CJK_RANGES, CJK_RUN, has_cjk, is_cjk
from database.search import search
from database.search_index import _RULES_PROBE
from database.search_text import index_text, parse_query, tokens

# Characters the three old versions (the search tokeniser, the briefing directory, the PDF font
# choice) answered differently, and what all of them answer now.
DISAGREED = [
    ("한", "Hangul syllable: the tokeniser said no"),
    ("々", "ideographic iteration mark: the tokeniser said no"),
    ("ｶ", "half-width katakana: the tokeniser said no"),
    ("Ａ", "full-width Latin: the tokeniser said no"),
    ("ㄅ", "bopomofo: the tokeniser said no"),
    ("㈱", "enclosed ideograph: the PDF font choice said no"),
    ("︱", "vertical punctuation form: the briefing directory said no"),
    ("𠀀", "extension B ideograph: the PDF font choice said no"),
    ("ᄀ", "Hangul jamo: all three said no"),
]


@pytest.mark.parametrize(("ch", "why"), DISAGREED)
def test_characters_the_old_versions_disagreed_on_are_cjk(ch: str, why: str) -> None:
    assert is_cjk(ch), why
    assert has_cjk(f"Шаңхай {ch}")


@pytest.mark.parametrize("ch", ["上", "海", "の", "カ", "서", "，", "。", "丽", "\U00031350"])
def test_the_common_characters_are_cjk(ch: str) -> None:
    assert is_cjk(ch)


@pytest.mark.parametrize("ch", ["a", "Z", "Ш", "ң", "ё", "7", " ", "—", "«", "\u0e01", "\u4dc0", "\ua000",
                                "\ufe50", "\ufff0", "\U00040000", "\u2e7f"])
def test_other_scripts_and_neighbours_of_the_blocks_are_not(ch: str) -> None:
    assert not is_cjk(ch)
    assert not has_cjk(f"Шаңхай {ch} Baykhanov")


def test_the_ranges_are_ordered_and_the_run_pattern_agrees_with_is_cjk() -> None:
    assert all(first <= last < next_first for (first, last), (next_first, _) in pairwise(CJK_RANGES))
    for code in range(0x40010):
        if 0xD800 <= code <= 0xDFFF:  # surrogates are no characters of a str
            continue
        ch = chr(code)
        assert (CJK_RUN.fullmatch(ch) is not None) == is_cjk(ch), hex(code)


def test_runs_are_found_whole() -> None:
    assert [m.group() for m in CJK_RUN.finditer("Шаңхай (上海市), Сеул (서울)：ＡＢＣ")] == ["上海市", "서울", "：ＡＢＣ"]


def test_tokens_of_chinese_japanese_and_other_text_are_as_before() -> None:
    assert tokens("Шаңхай қаласы 上海市人民政府 Baykhanov, 2024") == [
        "шаңхай", "қаласы", "上", "海", "市", "人", "民", "政", "府", "baykhanov", "2024"]
    assert tokens("東京タワー 𠀀") == ["東", "京", "タ", "ワ", "ー", "𠀀"]


def test_korean_letters_and_full_width_forms_are_tokens_of_their_own() -> None:
    assert tokens("서울에서 佐々木 ｶﾅ ＡＢ") == ["서", "울", "에", "서", "佐", "々", "木", "ｶ", "ﾅ", "ａ", "ｂ"]
    assert [(t.text, t.cjk) for t in parse_query("서울 佐々木")] == [("서울", True), ("佐々木", True)]


def test_the_index_signature_probe_exercises_the_new_blocks() -> None:
    # An archive indexed when Hangul words were one token each must be re-indexed: the probe,
    # and so the signature, changes with these rules.
    assert {"서", "々", "ｶ", "ａ", "ㄅ"} <= set(index_text(_RULES_PROBE).split())


def test_a_korean_name_is_found_inside_a_longer_word(archive: Archive) -> None:
    """Korean words carry their endings and are compounds: 서울 must find 서울에서 ("in Seoul"),
    특별시 ("special city") must find 서울특별시."""
    place = archive.add(PlaceDraft("Сеул", aliases=("서울특별시",)))
    org = archive.add(OrganisationDraft("서울에서 열린 회의 사무국"))
    assert {(h.entity, h.id) for h in search(archive, "서울")} >= {("place", place.id), ("organisation", org.id)}
    assert ("place", place.id) in {(h.entity, h.id) for h in search(archive, "특별시")}
    assert ("organisation", org.id) not in {(h.entity, h.id) for h in search(archive, "울서")}
