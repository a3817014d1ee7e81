"""How many of a Russian or Kazakh document's questions may ask for a figure, and which ones.

Blind read x (2026-11-29x) dropped 24 of the 30 Russian items that blanked a number, and most Kazakh ones: the year
a biography's hero finished college, a gorge's width, a hook's price, a newspaper's date, minutes per game. A
document asks for a figure (a number blank, a number word, "В каком году …?") in at most FIGURE_SHARE of its
questions, counted as if none it drops came back as another question (but it may keep MIN_FIGURES); a side figure
(one more step of someone's life, how a survey was made) not at all; the figures it keeps are the ones its text leans on (`weight`): one of the
lead paragraph, one the text writes twice, a share (per cent: a survey's result), one in a sentence that names
the title's subject. A figure the title writes is never asked: "(1834–1907)" under the name gives the birth year.
The sentence of a figure left over is asked on another word (`generate.questions_for`), or not at all.
"""
from __future__ import annotations

import math
import re

from studyapp.generator.lang.blanks import counted, is_year
from studyapp.generator.lang.common import WORD
from studyapp.generator.model import Candidate, SourceDoc
from studyapp.text import fold

FIGURE_SHARE = 0.4
MIN_FIGURES = 2
SHARE_AFTER = re.compile(r"\s*(?:%|пайыз|процент)", re.I)


def is_figure(c: Candidate, lang) -> bool:
    """The question asks for a figure: a number or a number word blanked, or the year of an event."""
    if c.template == "when":
        return True
    if c.template != "cloze":
        return False
    answer = str(c.answer).lower()
    return c.answer_kind == "number" or answer in lang.number_words or (lang.term_form(answer) or "") in lang.number_words


def title_figures(title: str) -> set[str]:
    """The figures the title writes, digits only ("Менделеев (1834–1907)": 1834, 1907)."""
    return set(re.findall(r"\d+", title))


def in_title(c: Candidate, figures: set[str]) -> bool:
    """The question's key is a figure the title writes."""
    digits = re.sub(r"\D", "", str(c.answer))
    return bool(digits) and digits in figures and re.fullmatch(r"[\d\s\u00a0\u202f,]+", str(c.answer)) is not None


def lead_paragraph(doc: SourceDoc) -> int:
    """The index of the document's first body paragraph (its lead), -1 for none."""
    return next((p.index for p in doc.paragraphs if p.role == "body"), -1)


# a first, a record or the main one: "появилась первая таблица", "алғашқы сутегі бомбасы", "крупнейший"
POINT = re.compile(r"(?<![\w-])(?:перв\w*|впервые|главн\w*|крупнейш\w*|наибольш\w*|наименьш\w*|максимальн\w*|"
                   r"сам(?:ый|ая|ое|ые|ого|ой|ом)|алғаш\w*|тұңғыш\w*|ең|басты)(?![\w-])", re.I)
# how a survey was made, not what it found: "Анкету заполнили 412 учеников (около 68 % всех учащихся)"
METHOD = re.compile(r"(?<![\w-])(?:анкет\w*|заполни\w*|толтыр\w*)(?![\w-])", re.I)
# one more step of someone's life: the year they entered or finished a school, moved, married, came back
# ("в _____ году он окончил институт": read x dropped it; a battle, a law, a first stay the point of their year)
LIFE_STEP = re.compile(r"(?<![\w-])(?:окончи\w*|поступи\w*|учил\w*|женил\w*|замуж|переех\w*|переезж\w*|уех\w*|"
                       r"вернул\w*|стажировал\w*|бітір\w*|оқуға|оқыды|үйлен\w*|көшіп|көшті|оралды)(?![\w-])", re.I)


def weight(c: Candidate, doc: SourceDoc, lead: int, title_keys: set[str]) -> int:
    """How much the text leans on the figure a question asks: a share (a survey's result) or a first, a record,
    the main one; its lead paragraph holds it, the text writes it again, its sentence names a word of the title;
    less when the sentence only tells one more step of someone's life ("в _____ году он окончил институт")."""
    answer, own = str(c.answer), _own_sentence(c.quote, str(c.answer))
    again = _again(answer, doc)
    titled = any(fold(w)[:5] in title_keys for w in WORD.findall(c.quote) if len(w) >= 4)
    side = LIFE_STEP.search(own) is not None or METHOD.search(own) is not None
    end = re.search(rf"(?<![\w-])(?:от|из|с)\s+{re.escape(answer)}\s+(?:до|по)\s|(?<!\d){re.escape(answer)}\s*[-–]\s*\d|"
                    rf"\d\s*[-–]\s*{re.escape(answer)}(?!\d)|{re.escape(answer)}\s*(?:-ден|-дан|-тен|-тан)\s+\d", own)
    # one end of a range ("от 15 до 35 км") is a measure's detail (set 9: the ozone text kept 15 km and lost the
    # Montreal Protocol's 1987)
    return 2 * strong(c) + (c.paragraph == lead) + again + titled - 2 * side - 2 * (end is not None)


def _again(answer: str, doc: SourceDoc) -> bool:
    """The text writes the figure twice or more (each figure counted once per document)."""
    counted_again = doc.hints.setdefault("figures_again", {})
    if answer not in counted_again:
        counted_again[answer] = len(re.findall(rf"(?<![\d,.]){re.escape(answer)}(?![\d]|,\d)", doc.text)) >= 2
    return counted_again[answer]


def strong(c: Candidate) -> bool:
    """The figure is a share (a survey's result) or a first, a record, the main one."""
    answer, own = str(c.answer), _own_sentence(c.quote, str(c.answer))
    share = re.search(rf"(?<![\d,]){re.escape(answer)}{SHARE_AFTER.pattern}", c.quote, re.I) is not None
    return share or any(m.start() == 0 or m.group().islower() for m in POINT.finditer(own))  # not "Главный институт"


# "only 40 of 180 ride", "оқушылардың тек 35 пайызы ғана": the text stresses how few (read u14 kept it); or it sums
# the whole up: "полигонда барлығы 456 ядролық жарылыс жасалды", "в общей сложности", "a total of"
STRESSED = re.compile(r"(?<![\w-])(?:only|just|in total|a total of|только|лишь|тек|ғана|небәрі|бар-жоғы|барлығы|"
                      r"итого|в общей сложности)(?![\w-])", re.I)


AGO = re.compile(r"^\s*(?:(?:млрд|млн|тыс|миллиард\w*|миллион\w*|мың)\.?\s+)?(?:лет\s+назад|жыл\s+бұрын)", re.I)


def side_count(c: Candidate, doc: SourceDoc, lead: int) -> bool:
    """A count or a measure (not a year) the text does not lean on and does not stress: not a share, a first or a
    record (`strong`), not in the lead paragraph, written once, no "only" beside it. Read u14 dropped "Ол бір айда
    _____ кітап оқыды", "Айдың диаметрі — _____ километр", "_____ саженцев клёна" (13 of the 15 such Russian and
    Kazakh figures it saw) and kept the years; a total the sentence sums up stays. Asked only to keep a document at
    its floor of questions (`generate.questions_for`); a word of the title in its sentence does not save it (a news
    item's every sentence has one)."""
    if c.template == "when" or strong(c) or c.paragraph == lead or _again(str(c.answer), doc):
        return False
    answer, own = str(c.answer), _own_sentence(c.quote, str(c.answer))
    at = own.find(answer)
    after = own[at + len(answer):] if at >= 0 else ""
    if is_year(float(answer) if answer.isdigit() else 0, answer) and not counted(answer, after) or AGO.match(after):
        return False
    return STRESSED.search(own) is None


def _own_sentence(quote: str, answer: str) -> str:
    """The sentence of a quote that writes the figure (a quote may hold the sentence before it too)."""
    parts = re.split(r"(?<=[.!?])\s+(?=[^\W\d_])", quote)
    return next((p for p in parts if answer in p), quote)


def over_share(questions: list[Candidate], doc: SourceDoc, lang, title_keys: set[str]) -> list[Candidate]:
    """The figure questions of one document beyond its share, the ones its text leans on least; with every figure
    question whose key the title writes, and every one of a side figure (a weight below 0). A figure asked twice
    counts once (`generate.asked_once` keeps one); one the text leans on hard (`strong`: a share, a first) may fill
    half the document's questions (a survey's results are its point). In the order a document kept at its floor of
    questions per 100 words takes them back: the share's best first, the side figures, the title's last."""
    figures = title_figures(doc.title)
    asks = [c for c in questions if is_figure(c, lang)]
    given = [c for c in asks if in_title(c, figures)]  # the title's figures, after the side ones (`generate` restores)
    others = len(questions) - len(asks)  # what stays whatever the figures: the share is of the rest too
    lead = lead_paragraph(doc)
    weights = {id(c): weight(c, doc, lead, title_keys) for c in asks}
    side = {id(c) for c in asks if side_count(c, doc, lead)}
    given = [c for c in asks if (weights[id(c)] < 0 or id(c) in side) and not in_title(c, figures)] + \
        given  # a step of a life, a method, a count the text does not lean on
    order = {id(c): i for i, c in enumerate(asks)}
    ranked: dict[str, list[Candidate]] = {}  # each figure's questions, the figure ranked by its best-weighted one
    for c in sorted(asks, key=lambda c: (-weights[id(c)], order[id(c)])):
        if weights[id(c)] >= 0 and id(c) not in side and not in_title(c, figures):
            ranked.setdefault(fold(str(c.answer)), []).append(c)
    sides = {fold(str(c.answer)) for c in asks if id(c) in side} - set(ranked)
    firm = sum(strong(cs[0]) and weights[id(cs[0])] >= 2 for cs in ranked.values())
    allowed = max(MIN_FIGURES, math.floor(others * FIGURE_SHARE / (1 - FIGURE_SHARE) + 0.5),
                  min(firm, (others + len(ranked) + len(sides)) // 2))  # the side counts left still counted
    return [c for cs in list(ranked.values())[allowed:] for c in cs] + given
