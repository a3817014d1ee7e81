"""Which words of a Russian or Kazakh sentence carry its point, and which are everyday words that carry none.

Read p (2026-11-29p) found the blank of long texts on a weak word while the sentence's point stayed visible:
"оттек" blanked in "оттек көмірқышқыл газынан емес, судан түзіледі" (the point is судан), "наделы" while the
sentence names the term «отрезками», "корпуса" where the cause is воздуха, "команда" or "ученики" as the subject
of a plan. A teacher blanks what the sentence teaches: the word a contrast affirms ("не X, а Y", "Y, а не X",
"X емес, Y"), the term the sentence names ("называли «X»", "X деп атайды"), a word of the cause or result
("потому что …", "… болғандықтан", "сондықтан …"). `strength` ranks a word by that (2 the affirmed or named one,
1 the denied one or a word of a cause/result clause); `forms.cloze` tries the strongest first. `everyday` marks
the agents and places every text has (команда, ученики, оқушылар, мектеп): a blank on them is guessed or
has synonyms, so it comes only when the sentence has nothing better.
"""
from __future__ import annotations

import re

from studyapp.generator.lang.blanks import AVOID, NEVER, SPECIFIC, USUAL
from studyapp.generator.lang.open_blanks import NAMED

W = r"[^\W\d_][\w-]*"
PREP = r"(?:(?:в|во|на|над|под|из|из-за|с|со|от|к|ко|по|у|о|об|за|для|при|без|до|через)\s+)?"
# the contrast: "не (над) X, а (над) Y", "Y, а не X", "X емес, (ал) Y"; group "yes" is the word it affirms
CONTRAST = (
    re.compile(rf"(?<!\w)не\s+{PREP}(?P<no>{W}(?:\s+{W})?)\s*,\s+а\s+{PREP}(?P<yes>{W})", re.I),
    re.compile(rf"(?P<yes>{W})\s*,\s+а\s+не\s+{PREP}(?P<no>{W})", re.I),
    re.compile(rf"(?P<no>{W})\s+(?:емес|emes)\s*,\s*(?:(?:ал|бірақ)\s+)?(?P<yes>{W})", re.I),
)
# a cause or result clause: the words after "потому что" … to the clause's end, or before "болғандықтан"
AFTER_MARK = re.compile(r"(?<!\w)(?:потому\s+что|так\s+как|поскольку|из-за|благодаря|вследствие|поэтому|"
                        r"следовательно|себебі|өйткені|сондықтан|нәтижесінде|себепті)(?!\w)[^,;:.!?]*", re.I)
# the second half of a contrast ("…, а о генерале говорит …", "…, ал Іле батыс бөлігіне құяды") and what a text
# announces as the main thing ("Спорили о главном: …", "Мұның себебі мынада: …"): strength 1 to the clause
OTHER_HALF = re.compile(rf",\s+(?:а|ал|al)\s+(?!не\s){PREP}[^,;:.!?]*", re.I)
ANNOUNCED = re.compile(r"(?<!\w)(?:главн\w*|основн\w*|мынада|мынадай|мыналар)\s*:[^;.!?]*", re.I)
BEFORE_MARK = re.compile(r"[^,;:.!?—]*(?<!\w)(?:болғандықтан|салдарынан|арқасында|кесірінен)(?!\w)", re.I)

# an instruction to the reader ("Обратите внимание", "Назар аударыңыз"): its words are no point (-1: never a blank)
FRAME = re.compile(r"(?<!\w)(?:обрат\w*\s+(?:\w+\s+)?внимани\w*|назар\s+аудар\w*)", re.I)
# agents and settings any text has: the subject of a plan, the school of a school story
EVERYDAY = re.compile(r"(?:команд(?:а|ы|е|у|ой)|учени(?:к|ки|ков|кам|ками|ках|ка|ку|ком|ке|ца|цы)|школьник\w*|"
                      r"люд(?:и|ей|ям|ьми|ях)|человек\w*|дет(?:и|ей|ям|ьми|ях)|ребят\w*|жител\w*|"
                      r"учён(?:ые|ых|ым|ыми)|учен(?:ые|ых|ым|ыми)|школ(?:а|ы|е|у|ой|ам|ах)|"
                      r"оқушы\w*|адам(?:дар)?\w{0,4}|жастар\w*|бала(?:лар)?\w{0,4}|тұрғын\w*|ғалым\w*|"
                      r"мектеп\w*)", re.I)


def spans(text: str) -> dict[tuple[int, int], int]:
    """The words of the sentence that carry its point, as (start, end) -> strength (2 or 1; -1 for the words of an
    instruction to the reader, which are never its blank)."""
    out: dict[tuple[int, int], int] = {}

    def mark(start: int, end: int, strength: int) -> None:
        """Give each word of text[start:end] the strength (a negative one wins: an instruction is never a blank)."""
        for m in re.finditer(W, text[start:end]):
            key = (start + m.start(), start + m.end())
            out[key] = min(out.get(key, 0), strength) if strength < 0 or out.get(key, 0) < 0 else \
                max(out.get(key, 0), strength)

    for pattern in CONTRAST:
        for m in pattern.finditer(text):
            mark(*m.span("yes"), 2)
            mark(*m.span("no"), 1)
    for m in NAMED.finditer(text):  # the term a sentence names (open_blanks.NAMED: "называли «отрезками»")
        for group in range(1, len(m.groups()) + 1):
            if m.group(group):
                mark(*m.span(group), 2)
    for m in FRAME.finditer(text):
        mark(*m.span(), -1)
    for pattern in (AFTER_MARK, BEFORE_MARK, OTHER_HALF, ANNOUNCED):
        for m in pattern.finditer(text):
            mark(*m.span(), 1)
    return out


def strength(points: dict[tuple[int, int], int], start: int, end: int) -> int:
    """The strength of the word at start:end (0: it carries no point the sentence marks)."""
    return points.get((start, end), 0)


def everyday(word: str) -> bool:
    """An agent or setting every text has (команда, ученики, оқушылар, мектеп)."""
    return EVERYDAY.fullmatch(word) is not None


def tier(tier: int, points: dict[tuple[int, int], int], match: re.Match, surface: str) -> int:
    """A term's tier (`blanks.term_tier`) with the sentence's point weighed in: a point word that is only usual
    (repeated) becomes specific; an everyday word that carries no point is avoided (asked only when nothing else
    is). A topic word or a set phrase keeps its tier."""
    marked = strength(points, match.start(), match.end())
    if marked < 0:
        return NEVER
    if marked and tier == USUAL:
        return SPECIFIC
    if not marked and tier < AVOID and everyday(surface):
        return AVOID
    return tier


def named(text: str, start: int, end: int) -> bool:
    """The one-word «…» at start:end is the term a naming verb names ("называли «отрезками»", "«…» деп атайды"),
    not a title ("«Абай жолы» деп аталды" is a book's)."""
    if len(re.findall(W, text[start:end])) != 1:
        return False
    return re.search(r"называ\w*\s+$", text[:start], re.I) is not None or \
        re.match(r"\s+(?:деп|dep)\s+ata|\s+деп\s+ата", text[end:], re.I) is not None


def weighs(kind: str, tier: int, term: bool, marked: int) -> bool:
    """Whether the blank carries weight: a name, a number, a defined or rare term (`term`), a word the sentence
    marks as its point, or a term the sentence alone has; a repeated usual word (`blanks.USUAL`) that none of
    these is does not, and is asked only as a reserve (`generate.questions_for`) of a document short of questions;
    nor does a number of tier USUAL (a side figure, `salience.figure_tier`)."""
    if kind == "number":
        return tier != USUAL
    return kind != "term" or term or marked > 0 or tier == SPECIFIC
