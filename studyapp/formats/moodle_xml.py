"""Moodle XML: export a bank (every question type) and read Moodle XML back safely (defusedxml, size limit)."""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from typing import Any

import defusedxml
from defusedxml.ElementTree import DefusedXMLParser

from studyapp.errors import ValidationError
from studyapp.formats.common import (
    html_to_text,
    BLANK,
    apply_meta,
    check_size,
    evidence_text,
    finish_bank,
    meta_json,
    multiple_response_shares,
    new_question,
    number_text,
    parse_number,
    question_meta,
    read_meta,
    xml_safe,
)

QTYPES = {"multiple_choice": "multichoice", "true_false": "truefalse", "cloze": "shortanswer",
          "numeric": "numerical", "short_answer": "shortanswer", "ordering": "ordering", "matching": "matching",
          "multiple_response": "multichoice"}
READS = ("multichoice", "truefalse", "shortanswer", "numerical", "matching", "ordering", "gapselect", "ddwtos")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    """Append a child element, with optional text and attributes."""
    child = ET.SubElement(parent, tag, attrs)
    if text is not None:
        child.text = xml_safe(text)
    return child


def _text(parent: ET.Element, tag: str, value: str, fmt: str | None = "plain_text") -> ET.Element:
    """Append `<tag format=..><text>value</text></tag>`, Moodle's way of holding formatted text."""
    element = _sub(parent, tag, **({"format": fmt} if fmt else {}))
    _sub(element, "text", value)
    return element


def feedback_html(bank: dict[str, Any], question: dict[str, Any]) -> str:
    """General feedback as HTML: the explanation, then the evidence quote with its source."""
    parts = [question.get("explanation") or "", evidence_text(bank, question)]
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in parts if p)


def export_moodle_xml(bank: dict[str, Any]) -> tuple[bytes, list[str]]:
    """The bank as a Moodle XML quiz file, and warnings (flashcards have no Moodle question type)."""
    quiz = ET.Element("quiz")
    category = _sub(quiz, "question", type="category")
    title = " ".join(str(bank.get("title") or "Imported questions").split()).replace("/", "//")
    _text(category, "category", f"$course$/top/{title}", None)
    _text(category, "info", "Exported from StudyApp.", "html")
    _sub(category, "studyapp", meta_json({"title": bank.get("title") or "", "sources": bank.get("sources") or []}))
    warnings = []
    for q in bank.get("questions") or []:
        if q.get("type") not in QTYPES:
            warnings.append(f"question {q.get('id')}: unknown type {q.get('type')!r}; left out.")
            continue
        try:
            quiz.append(_question(bank, q))
        except (ValueError, TypeError) as exc:
            warnings.append(f"question {q.get('id')} ({q['type']}): {exc}; left out.")
    if bank.get("flashcards"):
        warnings.append(f"{len(bank['flashcards'])} flashcards: Moodle XML has no flashcards; left out.")
    ET.indent(quiz)
    return ET.tostring(quiz, encoding="utf-8", xml_declaration=True) + b"\n", warnings


def _question(bank: dict[str, Any], q: dict[str, Any]) -> ET.Element:
    """One `<question>` in the Moodle type that fits `q`; ValueError when its data cannot be written."""
    qtype, answer = q["type"], q.get("answer")
    if qtype in ("multiple_choice", "true_false", "short_answer", "cloze") and not str(answer or "").strip():
        raise ValueError("the answer is empty")
    if qtype == "multiple_choice" and [str(c) for c in q.get("choices") or []].count(str(answer)) != 1:
        raise ValueError("the answer must be exactly one of its choices")
    if qtype in ("ordering", "matching") and not isinstance(answer, list):
        raise ValueError(f"an {qtype} answer must be a list")
    element = ET.Element("question", type=QTYPES[qtype])
    _text(element, "name", str(q["id"]), None)
    _text(element, "questiontext", q.get("prompt") or "")
    _text(element, "generalfeedback", feedback_html(bank, q), "html")
    for tag, value in (("defaultgrade", "1"), ("penalty", "0.3333333"), ("hidden", "0"), ("idnumber", str(q["id"]))):
        _sub(element, tag, value)
    if qtype == "multiple_choice":
        for tag, value in (("single", "true"), ("shuffleanswers", "true"), ("answernumbering", "abc")):
            _sub(element, tag, value)
        for choice in q.get("choices") or []:
            _text(_answer(element, 100 if choice == answer else 0, str(choice)), "feedback", "", "html")
    elif qtype == "multiple_response":
        for tag, value in (("single", "false"), ("shuffleanswers", "true"), ("answernumbering", "abc")):
            _sub(element, tag, value)
        for choice, share in multiple_response_shares(q):
            _text(_answer(element, 0, choice, fraction_text=share), "feedback", "", "html")
    elif qtype == "true_false":
        for value in ("true", "false"):
            _text(_answer(element, 100 if str(answer).lower() == value else 0, value), "feedback", "", "html")
    elif qtype == "numeric":
        _sub(_answer(element, 100, number_text(answer)), "tolerance",
             number_text(q["tolerance"]) if q.get("tolerance") not in (None, "") else "0")
    elif qtype in ("short_answer", "cloze"):
        _sub(element, "usecase", "0")
        for accepted in [answer, *(q.get("aliases") or [])]:
            _answer(element, 100, str(accepted))
    elif qtype == "matching":
        _sub(element, "shuffleanswers", "true")
        for left, right in answer or []:
            sub = _text(element, "subquestion", str(left))
            _text(sub, "answer", str(right), None)
    else:
        for tag, value in (("layouttype", "VERTICAL"), ("selecttype", "ALL"), ("selectcount", "0"),
                           ("gradingtype", "ABSOLUTE_POSITION"), ("showgrading", "SHOW"), ("numberingstyle", "none")):
            _sub(element, tag, value)
        for position, item in enumerate(answer or [], start=1):
            _answer(element, position, str(item), fraction_text=f"{position}.0000000")
    if q.get("topic"):
        _text(_sub(element, "tags"), "tag", q["topic"], None)
    _sub(element, "studyapp", meta_json(question_meta(q)))
    return element


def _answer(element: ET.Element, fraction: int, text: str | None = None, *, fraction_text: str = "") -> ET.Element:
    """Append an `<answer fraction=..>` with its text (if given)."""
    answer = _sub(element, "answer", fraction=fraction_text or str(fraction), format="plain_text")
    if text is not None:
        _sub(answer, "text", text)
    return answer


class _LineBuilder(ET.TreeBuilder):
    """A tree builder that remembers on which line each `<question>` starts."""

    def __init__(self) -> None:
        """Start with no lines recorded; `parser` is set once the parser exists."""
        super().__init__()
        self.lines: dict[ET.Element, int] = {}
        self.parser: DefusedXMLParser | None = None

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        """Open an element; note the line of each question."""
        element = super().start(tag, attrs)
        if tag == "question" and self.parser is not None:
            self.lines[element] = self.parser.parser.CurrentLineNumber
        return element


def parse_xml(data: bytes, label: str) -> tuple[ET.Element, dict[ET.Element, int]]:
    """Parse untrusted XML with no DTD, entities or external references; return the root and question lines."""
    check_size(data, label)
    builder = _LineBuilder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    builder.parser = parser
    try:
        parser.feed(data)
        root = parser.close()
    except defusedxml.DTDForbidden:
        raise ValidationError(f"{label}: DOCTYPE declarations are refused (they can hide entity attacks).") from None
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden):
        raise ValidationError(f"{label}: entity declarations and external references are refused.") from None
    except ET.ParseError as exc:
        line, column = exc.position
        raise ValidationError(f"{label}: line {line}, column {column + 1}: not well-formed XML.") from None
    except (ValueError, LookupError):  # an encoding the parser does not know or support
        raise ValidationError(f"{label}: the XML declares an encoding this app cannot read; save it as UTF-8.") from None
    return root, builder.lines


def html_text(value: str) -> str:
    """Plain text from a small piece of HTML (sanitised with nh3; see common.html_to_text)."""
    return html_to_text(value)


def _read_text(element: ET.Element | None) -> str:
    """The `<text>` of a Moodle text element, converted from HTML when its format says so."""
    if element is None:
        return ""
    value = element.findtext("text") or ""
    return html_text(value) if element.get("format", "html") in ("html", "moodle_auto_format") else value


def import_moodle_xml(data: bytes) -> dict[str, Any]:
    """Read Moodle XML into a bank dict; raise ValidationError naming the question, its line and the problem."""
    root, lines = parse_xml(data, "Moodle XML")
    if root.tag != "quiz":
        raise ValidationError(f"Moodle XML: the root element is <{root.tag}>, expected <quiz>.")
    header: dict[str, Any] = {}
    title, questions, seen = "", [], set()
    for number, element in enumerate(root.findall("question"), start=1):
        where = f"Moodle XML line {lines.get(element, '?')} (question {number})"
        qtype = element.get("type", "")
        if qtype == "category":
            path = re.split(r"(?<!/)/(?!/)", element.findtext("category/text") or "")
            title = title or path[-1].replace("//", "/").strip()
            if element.findtext("studyapp"):
                header = read_meta(element.findtext("studyapp"), where)
            continue
        if qtype == "description":
            continue
        if qtype not in READS:
            raise ValidationError(f"{where}: question type {qtype!r} is not supported; "
                                  f"StudyApp reads {', '.join(READS)}.")
        q = _read_question(element, qtype, where)
        if q["id"] in seen:
            raise ValidationError(f"{where}: duplicate question id {q['id']!r}.")
        seen.add(q["id"])
        questions.append(q)
    if not questions:
        raise ValidationError("Moodle XML: no questions found.")
    return finish_bank(header.get("title") or title, header.get("sources") or [], questions, label="Moodle XML")


def _read_question(element: ET.Element, qtype: str, where: str) -> dict[str, Any]:
    """One Moodle `<question>` as a question dict."""
    meta = read_meta(element.findtext("studyapp"), where) if element.findtext("studyapp") else {}
    qid = (element.findtext("idnumber") or "").strip() or (element.findtext("name/text") or "").strip()
    if not qid:
        raise ValidationError(f"{where}: the question has neither <idnumber> nor <name>.")
    prompt = _read_text(element.find("questiontext"))
    answers = [(a.get("fraction", "0"), _read_text(a)) for a in element.findall("answer")]
    try:
        fractions = [float(f) for f, _ in answers]
    except ValueError:
        raise ValidationError(f"{where}: an answer's fraction is not a number.") from None
    fields: dict[str, Any] = {"explanation": _read_text(element.find("generalfeedback"))}
    right = [text for (_, text), f in zip(answers, fractions) if f >= 100]
    single = (element.findtext("single") or "true").strip().lower() in ("true", "1")
    if qtype == "multichoice" and (not single or meta.get("type") == "multiple_response"):
        positive = [text for (_, text), f in zip(answers, fractions) if f > 0]
        if not positive:
            raise ValidationError(f"{where}: a multichoice question with several answers needs a right one "
                                  "(a positive fraction).")
        kind, answer, fields["choices"] = "multiple_response", positive, [text for _, text in answers]
    elif qtype == "multichoice":
        if len(right) != 1:
            raise ValidationError(f"{where}: a multichoice question needs exactly one right answer (fraction 100).")
        kind, answer, fields["choices"] = "multiple_choice", right[0], [text for _, text in answers]
    elif qtype == "truefalse":
        if len(right) != 1 or right[0].lower() not in ("true", "false"):
            raise ValidationError(f"{where}: a truefalse question needs one right answer, 'true' or 'false'.")
        kind, answer, fields["choices"] = "true_false", right[0].capitalize(), ["True", "False"]
    elif qtype == "numerical":
        first = next((a for a in element.findall("answer") if float(a.get("fraction", "0")) >= 100), None)
        if first is None:
            raise ValidationError(f"{where}: a numerical question needs a right answer (fraction 100).")
        try:
            answer = parse_number(first.findtext("text") or "")
            tolerance = parse_number(first.findtext("tolerance") or "0")
        except ValueError:
            raise ValidationError(f"{where}: the numerical answer or tolerance is not a number.") from None
        kind, fields["tolerance"] = "numeric", (tolerance or None)
    elif qtype == "shortanswer":
        if not right:
            raise ValidationError(f"{where}: a shortanswer question needs a right answer (fraction 100).")
        kind = "cloze" if meta.get("type") == "cloze" or BLANK in prompt else "short_answer"
        answer, fields["aliases"] = right[0], right[1:]
    elif qtype == "matching":
        pairs = [[_read_text(s), (s.findtext("answer/text") or "").strip()] for s in element.findall("subquestion")]
        kind, answer = "matching", [p for p in pairs if p[0]]
        if not answer:
            raise ValidationError(f"{where}: a matching question needs subquestions.")
    elif qtype == "ordering":
        kind, answer = "ordering", [text for _, text in sorted(zip(fractions, (t for _, t in answers)))]
        if not answer:
            raise ValidationError(f"{where}: an ordering question needs items.")
    else:
        kind, prompt, answer = _read_gaps(element, qtype, prompt, where)
    if kind in ("short_answer", "cloze", "multiple_choice", "true_false") and not str(answer).strip():
        raise ValidationError(f"{where}: the right answer is empty.")
    return apply_meta(new_question(qid, kind, prompt, answer, **fields), meta)


def _read_gaps(element: ET.Element, qtype: str, prompt: str, where: str) -> tuple[str, str, str]:
    """A one-gap gapselect or ddwtos question as a cloze: `[[1]]` becomes the blank."""
    options = element.findall("selectoption" if qtype == "gapselect" else "dragbox")
    if prompt.count("[[") != 1 or "[[1]]" not in prompt or not options:
        raise ValidationError(f"{where}: only {qtype} questions with exactly one gap [[1]] can be read.")
    return "cloze", prompt.replace("[[1]]", BLANK), (options[0].findtext("text") or "").strip()
