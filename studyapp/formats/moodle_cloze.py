"""Moodle's embedded answers (cloze, type="multianswer"): a question with one gap becomes the question of its gap.

StudyApp's gap questions hold one gap: a short-answer gap becomes a cloze, a multiple-choice gap a multiple-choice
question whose prompt shows the gap, a numerical gap a numeric one. The gap is rewritten as the plain Moodle
`<question>` of its type (answers, fractions, feedback, tolerance) so the question types read it as any other;
a question with several gaps, or with a gap of another kind, is refused with the reason.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from studyapp.errors import ValidationError
from studyapp.formats.common import BLANK
from studyapp.translatable import N_, at


_GAP = re.compile(r"\{(\d*):([A-Za-z_]+):((?:\\.|[^\\}])*)\}")
_KINDS = {"shortanswer": "shortanswer", "sa": "shortanswer", "mw": "shortanswer", "shortanswer_c": "shortanswer",
          "sac": "shortanswer", "mwc": "shortanswer", "numerical": "numerical", "nm": "numerical",
          "multichoice": "multichoice", "mc": "multichoice", "multichoice_v": "multichoice", "mcv": "multichoice",
          "multichoice_h": "multichoice", "mch": "multichoice", "multichoice_s": "multichoice",
          "mcs": "multichoice", "multichoice_vs": "multichoice", "mcvs": "multichoice", "multichoice_hs": "multichoice",
          "mchs": "multichoice"}
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")


def _split(text: str, marks: str) -> list[str]:
    """`text` cut before each unescaped character of `marks` (the cut character starts each part)."""
    parts, start, i = [], 0, 0
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] in marks and i > start:
            parts.append(text[start:i])
            start = i
        i += 1
    parts.append(text[start:])
    return [p for p in parts if p]


def _plain(text: str) -> str:
    """A gap's text with its escapes undone."""
    return re.sub(r"\\(.)", r"\1", text).strip()


def gap_question(element: ET.Element, where: str) -> tuple[ET.Element, str]:
    """The one-gap multianswer `element` as a `<question>` of its gap's Moodle type, and that type;
    ValidationError naming `where` when it has no gap, several, or a kind StudyApp has no gap question for."""
    text_element = element.find("questiontext")
    source = (text_element.findtext("text") if text_element is not None else "") or ""
    gaps = list(_GAP.finditer(source))
    if len(gaps) != 1:
        raise ValidationError(at(where, N_("a cloze question with %(count)s gaps; StudyApp's cloze questions have "
                                           "exactly one gap (split it into one question per gap).", count=len(gaps))))
    gap = gaps[0]
    kind = _KINDS.get(gap.group(2).lower())
    if kind is None:
        raise ValidationError(at(where, N_("a cloze gap of kind %(kind)r; StudyApp reads short-answer, numerical and "
                                           "single-choice gaps.", kind=gap.group(2))))
    question = ET.Element("question", type=kind)
    for tag in ("name", "generalfeedback", "idnumber", "tags", "studyapp"):
        if element.find(tag) is not None:
            question.append(element.find(tag))
    prompt = ET.SubElement(question, "questiontext", format=text_element.get("format", "html"))
    ET.SubElement(prompt, "text").text = source[:gap.start()] + BLANK + source[gap.end():]
    for part in _split(gap.group(3), "~="):
        marker, body = part[0], part[1:]
        if marker not in "~=":
            marker, body = "~", part
        weight = _WEIGHT.match(body)
        fraction = float(weight.group(1)) if weight else (100.0 if marker == "=" else 0.0)
        body = body[weight.end():] if weight else body
        cut = next((i for i in range(len(body)) if body[i] == "#" and (i == 0 or body[i - 1] != "\\")), -1)
        answer_text, feedback = (body[:cut], body[cut + 1:]) if cut >= 0 else (body, "")
        answer = ET.SubElement(question, "answer", fraction=str(fraction), format="plain_text")
        if kind == "numerical":
            value, _, tolerance = _plain(answer_text).partition(":")
            ET.SubElement(answer, "text").text = value
            ET.SubElement(answer, "tolerance").text = tolerance or "0"
        else:
            ET.SubElement(answer, "text").text = _plain(answer_text)
        if feedback:
            holder = ET.SubElement(answer, "feedback", format="html")
            ET.SubElement(holder, "text").text = _plain(feedback)
    if kind == "multichoice":
        ET.SubElement(question, "single").text = "true"
    return question, kind
