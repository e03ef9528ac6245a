"""Commitments: what the sides agreed, promised, proposed or invited each other to do, with the
side responsible (both when the text says "the sides") and any deadline the sentence gives.
"""

from __future__ import annotations

import re

from operations.intake.model import CommitmentItem, DateItem, DocumentItem, OrganisationItem, PersonItem

_VERBS = re.compile(
    r"(?<!\w)(?:уағдаласты|келісті|келісімін білдірді|ұсынды|шақырды|міндеттенді|жолданатын болады|жоспарлап отыр|ниетті|"
    r"тапсырды|жоспарлануда|"
    r"договорились|условились|согласил\w*|пригласил\w*|предложил\w*|предложен\w*|обязал\w*|намерены|планируется|планируют|"
    r"прошу оказать содействие|поручил\w*|выразил\w* готовность|"
    r"agreed (?:to|on|that)|invited|proposed|pledged|committed to|(?:the sides|both sides|the parties) will|"
    r"plan to|intend to"
    r")(?!\w)|一致同意|同意|商定|邀请|提议|愿同|双方将|计划", re.I)
_BOTH = re.compile(r"тараптар|стороны|сторон|the sides|both sides|the parties|双方|форум қатысушылары|участники", re.I)
_SIDES = (
    ("KZ", re.compile(r"қазақ тарапы|қазақстан тарапы|казахстанская сторона|казахстанской стороны|kazakh side|哈方", re.I)),
    ("CN", re.compile(r"қытай тарапы|китайская сторона|китайской стороны|chinese side|中方", re.I)),
    ("RU", re.compile(r"ресей тарапы|российская сторона|российской стороны|russian side|俄方", re.I)),
)
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+|\n")


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def commitments_in(text: str, people: list[PersonItem], bodies: list[OrganisationItem],
                   documents: list[DocumentItem], dates: list[DateItem]) -> list[CommitmentItem]:
    """One commitment per sentence that makes one, in order."""
    out = []
    for s, e in _sentences(text):
        sentence = text[s:e]
        verb = _VERBS.search(sentence)
        if verb is None or len(sentence) > 1200:
            continue
        before = sentence[:verb.start()]
        responsible, person = "", ""
        if not _BOTH.search(before):
            said = sorted((m.start(), code) for code, pattern in _SIDES for m in [pattern.search(before)] if m)
            side = said[0][1] if said else ""
            who = next((p for p in people if s <= p.span[0] < s + verb.start() and not p.initials_only), None)
            body = next((o for o in bodies if s <= o.span[0] < s + verb.start() and not o.from_position), None)
            if side:
                responsible = next((p.organisation for p in people if p.country == side and p.organisation), side)
            elif who is not None:
                person, responsible = who.name, who.organisation
            elif body is not None:
                responsible = body.name
        due = next((d.end or d.start for d in dates if s <= d.span[0] < e), None)
        document = next((d.title for d in documents if s <= d.span[0] < e), "")
        out.append(CommitmentItem(sentence.strip(), (s, e), responsible=responsible, due=due, verb=verb.group(0),
                                  person=person, document=document))
    return out
