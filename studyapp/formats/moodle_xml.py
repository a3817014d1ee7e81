"""Moodle XML: export a bank (every question type) and read Moodle XML back safely (defusedxml, size limit)."""
from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

import defusedxml
from defusedxml.ElementTree import DefusedXMLParser

from studyapp.errors import ValidationError
from studyapp.formats.common import (
    Skips,
    category_parts,
    category_topic,
    moodle_tags,
    own_tags,
    html_to_text,
    unique_id,
    apply_meta,
    check_size,
    evidence_text,
    finish_bank,
    meta_json,
    new_question,
    question_meta,
    read_meta,
    xml_safe,
)
from studyapp.formats.moodle_cloze import gap_question
from studyapp.formats.moodle_files import (
    read_choice_images, read_prompt_images, with_notes, write_choice_images, write_prompt,
)
from studyapp.question_types import REGISTRY
from studyapp.translatable import N_, at


# The Moodle question types some registered type reads (each type's `moodle_reads`, or its `moodle_qtype`).
READS = tuple(dict.fromkeys(m for t in REGISTRY.values() for m in (t.moodle_reads or (t.moodle_qtype,)) if m))


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
        if q.get("type") not in REGISTRY:
            warnings.append(f"question {q.get('id')}: unknown type {q.get('type')!r}; left out.")
            continue
        try:
            quiz.append(_question(bank, q))
        except (ValueError, TypeError) as exc:
            warnings.append(f"question {q.get('id')} ({q['type']}): {exc}; left out.")
    if bank.get("flashcards"):
        warnings.append(f"{len(bank['flashcards'])} flashcards: Moodle XML has no flashcards; left out.")
    written = {q.get("type") for q in bank.get("questions") or []}
    warnings += [t.moodle_note for name, t in REGISTRY.items() if name in written and t.moodle_note]
    ET.indent(quiz)
    return ET.tostring(quiz, encoding="utf-8", xml_declaration=True) + b"\n", warnings


def _question(bank: dict[str, Any], q: dict[str, Any]) -> ET.Element:
    """One `<question>` in the Moodle type that fits `q` (its type writes the answers); ValueError when its data
    cannot be written."""
    qtype = REGISTRY[q["type"]]
    element = ET.Element("question", type=qtype.moodle_qtype)
    _text(element, "name", str(q["id"]), None)
    text = _sub(element, "questiontext")
    if not write_prompt(text, q.get("prompt") or "", q.get("images")):  # with an image: HTML and its <file>
        text.set("format", "plain_text")
        _sub(text, "text", q.get("prompt") or "")
    if q.get("language"):  # absent: English; Moodle reads the prompt's language from here
        text.set("lang", q["language"])
    _text(element, "generalfeedback", feedback_html(bank, q), "html")
    for tag, value in (("defaultgrade", "1"), ("penalty", "0.3333333"), ("hidden", "0"), ("idnumber", str(q["id"]))):
        _sub(element, tag, value)
    qtype.to_moodle_xml(q, element, Writer)
    if qtype.shows_choice_images:
        write_choice_images(element, q)
    tags = moodle_tags(q)
    if tags:
        holder = _sub(element, "tags")
        for tag in tags:
            _text(holder, "tag", tag, None)
    _sub(element, "studyapp", meta_json(question_meta(q)))
    return element


def _answer(element: ET.Element, fraction: int, text: str | None = None, *, fraction_text: str = "") -> ET.Element:
    """Append an `<answer fraction=..>` with its text (if given)."""
    answer = _sub(element, "answer", fraction=fraction_text or str(fraction), format="plain_text")
    if text is not None:
        _sub(answer, "text", text)
    return answer


class Writer:
    """The helpers a type's `to_moodle_xml` writes with (type modules do not import the formats)."""

    sub = staticmethod(_sub)
    text = staticmethod(_text)
    answer = staticmethod(_answer)


@dataclass
class Read:
    """One Moodle `<question>` as read so far, handed to the types: the first whose `reads_moodle_xml` is true
    reads its answer with `from_moodle_xml`."""

    element: ET.Element
    qtype: str
    where: str
    meta: dict[str, Any]
    prompt: str
    texts: list[str]  # each `<answer>`'s text
    fractions: list[float]  # its fraction (percent)
    feedbacks: list[str]  # and its feedback

    def marks(self, key: list[str]) -> list[dict[str, Any]]:
        """The answers' fractions and feedback that the key alone does not say, as marks."""
        from studyapp.question_types.marks import marks_beyond

        return marks_beyond([(t, f / 100, fb) for t, f, fb in zip(self.texts, self.fractions, self.feedbacks)], key)

    @property
    def right(self) -> list[str]:
        """The texts of the answers worth 100%."""
        return [text for text, f in zip(self.texts, self.fractions) if f >= 100]

    @property
    def single(self) -> bool:
        """False when a multichoice allows several answers."""
        return (self.element.findtext("single") or "true").strip().lower() in ("true", "1")

    @staticmethod
    def text(element: ET.Element | None) -> str:
        """The `<text>` of a Moodle text element, converted from HTML when its format says so."""
        return _read_text(element)


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
        raise ValidationError(at(label, N_("DOCTYPE declarations are refused (they can hide entity attacks)."))) \
            from None
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden):
        raise ValidationError(at(label, N_("entity declarations and external references are refused."))) from None
    except ET.ParseError as exc:
        line, column = exc.position
        raise ValidationError(at(label, N_("line %(line)s, column %(column)s: not well-formed XML.", line=line,
                                           column=column + 1))) from None
    except (ValueError, LookupError):  # an encoding the parser does not know or support
        raise ValidationError(at(label, N_("the XML declares an encoding this app cannot read; save it as UTF-8."))) \
            from None
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
        raise ValidationError(at("Moodle XML", N_("the root element is <%(tag)s>, expected <quiz>.", tag=root.tag)))
    header: dict[str, Any] = {}
    title, category, questions, seen, skips = "", "", [], set(), Skips("Moodle XML")
    for number, element in enumerate(root.findall("question"), start=1):
        line = lines.get(element)
        where = N_("Moodle XML line %(line)s (question %(number)s)", line=line or "?", number=number)
        qtype = element.get("type", "")
        if qtype == "category":
            category = category_topic(element.findtext("category/text") or "")
            title = title or (category_parts(element.findtext("category/text") or "") or [""])[-1]
            if element.findtext("studyapp"):
                header = read_meta(element.findtext("studyapp"), where)
            continue
        try:
            if qtype == "multianswer":  # Moodle's cloze: read as the question of its one gap
                element, qtype = gap_question(element, where)
            if qtype not in READS:
                raise ValidationError(at(where, _unsupported(qtype)))
            q = _read_question(element, qtype, where)
        except ValidationError as exc:
            skips.add(line, qtype or "?", exc)
            continue
        _place(q, element, category)
        q["id"] = unique_id(q["id"], seen)
        questions.append(q)
        skips.lines.append(line)
    return finish_bank(header.get("title") or title, header.get("sources") or [], questions, label="Moodle XML",
                       skips=skips)


def _unsupported(qtype: str) -> str:
    """Why a Moodle question type is left out."""
    if qtype == "description":
        return N_("a description (text without a question): StudyApp has no description questions.")
    return N_("question type %(qtype)r is not supported; StudyApp reads %(types)s.", qtype=qtype,
              types=", ".join(READS))


def _place(question: dict[str, Any], element: ET.Element, category: str) -> None:
    """The category becomes the topic (nesting kept, `a/b/c`) and Moodle's `<tags>` the tags, unless the carried
    metadata says otherwise."""
    meta = read_meta(element.findtext("studyapp"), "") if element.findtext("studyapp") else {}
    tags = own_tags([t.strip() for t in (x.findtext("text") or "" for x in element.findall("tags/tag"))], meta)
    if tags:
        question["tags"] = tags
    if not element.findtext("studyapp"):
        question["topic"] = category or (tags[0] if tags else "")


def _read_question(element: ET.Element, qtype: str, where: str) -> dict[str, Any]:
    """One Moodle `<question>` as a question dict."""
    meta = read_meta(element.findtext("studyapp"), where) if element.findtext("studyapp") else {}
    qid = (element.findtext("idnumber") or "").strip() or (element.findtext("name/text") or "").strip()
    if not qid:
        raise ValidationError(at(where, N_("the question has neither <idnumber> nor <name>.")))
    prompt = _read_text(element.find("questiontext"))
    images, left_out = read_prompt_images(element.find("questiontext"))
    answers = [(a.get("fraction", "0"), _read_text(a), _read_text(a.find("feedback"))) for a in element.findall("answer")]
    try:
        fractions = [float(f) for f, _, _ in answers]
    except ValueError:
        raise ValidationError(at(where, N_("an answer's fraction is not a number."))) from None

    fields: dict[str, Any] = {"explanation": _read_text(element.find("generalfeedback"))}
    read = Read(element, qtype, where, meta, prompt, [text for _, text, _ in answers], fractions,
                [feedback for _, _, feedback in answers])
    kind = next(t for t in REGISTRY.values() if t.reads_moodle_xml(read))
    answer = kind.from_moodle_xml(read, fields)
    prompt = fields.pop("prompt", prompt)  # a type may rewrite the prompt (a gap becomes the blank)
    question = apply_meta(new_question(qid, kind.name, prompt, answer, **fields), meta)
    if kind.shows_choice_images:
        on_choices, more = read_choice_images(element, question.get("choices") or [], read.texts)
        images, left_out = images + on_choices, left_out + more
    if images:
        question["images"] = images
    if left_out:
        question["notes"] = with_notes(question["notes"], left_out)
    return question
