"""Labelled items of a Russian or Kazakh document (round rukk12): a run of paragraphs of one section, each opening
with a short label and a full stop ("Конденсация. Жылы ауа …", "Равнодушие общества. Ни сослуживцы …"): the stages of
a process, the themes of a work, the kinds of a thing. Each item is asked by its description: "which of the labels
do these words describe?", the other labels of the run as options. A pupil answers it by knowing what each stage or
theme is, not by recalling a word of a sentence (read y: "every question is a fill-in-the-blank", "how clouds form",
"the «маленький человек» theme" never asked).

An item is asked when its run has at least `MIN_ITEMS` labels, all different, and its description (the first one or
two sentences after the label, quoted verbatim) writes no word of its own label or of another label by its stem: the
description would hand the key over, or point at a wrong one (`_gives`: a word of it that begins as a label does).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from studyapp.generator.lang.common import Language, Unit, candidate, sentences
from studyapp.generator.model import Candidate
from studyapp.text import fold

MIN_ITEMS = 3  # labels in a run: the key and at least two others as options
MAX_LABEL_WORDS = 4
MAX_WORDS = 40  # a description of two sentences at most this long; else its first sentence alone
TEMPLATES = {"ru": "О чём говорится в этих словах: «{quote}»?", "kk": "Мына сөздер не туралы: «{quote}»?",
             "en": "Which of the options matches the description “{quote}”?"}  # English: `stages/labelled_items`
# (rukk14) what a run's section lists, by its heading's words, asked by name rather than by pointing at the section
# ("Раздел «Основные темы и проблемы». …" read as a pointer to the page): a theme of the work the title names, a
# stage of a process, a cause; (stem of the heading's word, Russian prompt, Kazakh prompt)
KINDS = [(r"тем[аыуе](?!\w)|темат|проблем|тақырып|мәселе", "Какую тему{work} иллюстрирует это утверждение: «{quote}»?",
          "Бұл пікір{work} қай тақырыбын көрсетеді: «{quote}»?"),
         (r"фаз", "Какую фазу описывают эти слова: «{quote}»?", "Мына сөздер қай фазаны сипаттайды: «{quote}»?"),
         (r"этап|стади|кезең", "Какой этап описывают эти слова: «{quote}»?",
          "Мына сөздер қай кезеңді сипаттайды: «{quote}»?"),
         (r"причин|себеп", "Какую причину описывают эти слова: «{quote}»?",
          "Мына сөздер қай себепті сипаттайды: «{quote}»?")]
WORK = {"ru": " произведения «{}»", "kk": " «{}» шығармасының"}
UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
LABEL = re.compile(rf"^(?P<label>«?[{UP}][^.!?:;,«»()\d\n]{{1,40}}?»?)\.\s+(?=[{UP}«])")


@dataclass
class Item:
    """One labelled paragraph: its label (the key), its description (the quote), its run's other labels."""

    label: str
    quote: str  # the description the stem shows
    others: list[str]
    section: str
    evidence: str  # the label with its description, verbatim: the question's quote (it holds the key)


def _stems(text: str) -> set[str]:
    """The first letters of the text's words of four letters or more, folded (five, or all but the last for a short
    word: "реки" and "реке" share "рек"), but for joining words."""
    return {fold(w)[:max(3, min(5, len(w) - 1))] for w in re.findall(r"[^\W\d_]{4,}", text)} - {"жән", "немес", "такж"}


def _gives(quote: str, stems: set[str]) -> bool:
    """A word of the description begins with a label's stem: "кемелер жүзе алады" gives "Кеме қатынасы" away (read
    s12), whatever the word's length (a short word's stem is shorter than a long one's, so the stems alone miss it)."""
    words = [fold(w) for w in re.findall(r"[^\W\d_]{3,}", quote)]
    return any(w.startswith(st) for w in words for st in stems)


def _description(rest: str, lang: Language) -> str:
    """The first two sentences after the label when short enough together, else the first."""
    spans = [rest[a:b].strip() for a, b in sentences(rest, lang)]
    if not spans:
        return ""
    two = " ".join(spans[:2])
    return two if len(spans) > 1 and len(two.split()) <= MAX_WORDS and rest.find(spans[1]) >= 0 and \
        rest[:rest.find(spans[1]) + len(spans[1])].strip() == two else spans[0]


def gather(paragraphs, lang: Language) -> dict[int, Item]:
    """The labelled items of a document's paragraphs, by paragraph index."""
    if lang.code not in TEMPLATES:
        return {}
    runs: list[list[tuple[int, str, str, str, str]]] = [[]]
    for p in paragraphs:
        m = LABEL.match(p.text) if p.role == "body" and p.section else None
        label = m.group("label").strip("«» ") if m else ""
        if not m or len(label.split()) > MAX_LABEL_WORDS:
            runs.append([])  # a paragraph of another shape ends the run
            continue
        if runs[-1] and (runs[-1][-1][3] != p.section or runs[-1][-1][0] + 1 != p.index):
            runs.append([])
        runs[-1].append((p.index, label, p.text[m.end():], p.section, p.text[:m.end()]))
    found: dict[int, Item] = {}
    for run in runs:
        labels = [label for _, label, *_ in run]
        if len(run) < MIN_ITEMS or len({fold(x) for x in labels}) < len(labels):
            continue
        every = set().union(*(_stems(x) for x in labels))
        for index, label, rest, section, head in run:
            quote = _description(rest, lang)
            if quote and rest.startswith(quote) and len(quote.split()) >= 5 and not _gives(quote, every) and \
                    not quote.endswith("?"):
                found[index] = Item(label, quote, [x for x in labels if x != label], section, head + quote)
    return found


def questions(unit: Unit, lang: Language, found: dict[int, Item]) -> list[Candidate]:
    """The question of the item whose description the unit opens, or none."""
    item = found.get(unit.paragraph)
    if item is None or not item.quote.startswith(unit.text[:30].strip()):
        return []
    prompt = _prompt(item.section, unit.doc.title if unit.doc else "", lang.code).format(quote=item.quote.rstrip("."))
    return [candidate(replace(unit, text=item.evidence), lang, "label", "multiple_choice", prompt, item.label,
                      [item.label, *item.others[:3]], answer_kind="term")]


def _prompt(section: str, title: str, code: str) -> str:
    """The item's question, by what its section lists: "Какую тему произведения «…» иллюстрирует это утверждение"
    for the themes of the work a «…» of the title names, a stage, a cause; else what the words are about. Never
    the section's name."""
    for stems, ru, kk in KINDS:
        if re.search(rf"(?<![^\W\d_])(?:{stems})", section.lower()):
            work = re.search(r"«([^«»]{2,40})»", title) if "{work}" in ru else None
            return (ru if code == "ru" else kk).replace("{work}", WORK[code].format(work.group(1)) if work else "")
    return TEMPLATES[code]
