"""QTI 2.1 package import: the items of a content package (imsmanifest.xml and the item resources it lists) as a bank.

The zip is read under formats/zip_limits.py (nothing extracted, every member bounded) and every XML file with
defusedxml (no DTD, entities or external references). Each item is read by the question type whose `reads_qti`
takes its interaction (the type its carried metadata names first); its images (package files an `<img>` refers to)
come in through image_types like Moodle XML's. An item that cannot be read is listed with its identifier and why.
"""
from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from studyapp.errors import ValidationError
from studyapp.formats.common import (
    BLANK, MAX_IMPORT_BYTES, Skips, apply_meta, check_size, finish_bank, new_question, read_meta, unique_id,
)
from studyapp.formats.moodle_files import with_notes
from studyapp.formats.moodle_xml import parse_xml
from studyapp.formats.qti import META_NS
from studyapp.formats.qti_marks import OUTCOME, MarkRead, choice_feedback, is_answer_feedback, read_marks
from studyapp.formats.zip_limits import LimitedZip, open_limited
from studyapp.image_types import PROMPT, image_entry, image_problem
from studyapp.limits import IMAGE_BYTES, TEXT
from studyapp.question_types import REGISTRY
from studyapp.translatable import N_, at, message_of

LABEL = "QTI"
MANIFEST = "imsmanifest.xml"
ITEM_TYPE = "imsqti_item_xmlv2p"  # the start of an item resource's type (QTI 2.1 and 2.2)
_SKIPPED = {"rubricBlock", "modalFeedback", "feedbackBlock", "feedbackInline", "templateBlock", "templateInline"}


@dataclass
class ItemRead:
    """One assessmentItem as read so far, handed to the types: the first whose `reads_qti` is true reads it with
    `from_qti`. Identifiers name the options: `choices` (simpleChoice, or a match's first set), `targets` (a match's
    second set)."""

    where: str
    interaction: str  # its tag, choiceInteraction...
    attrs: dict[str, str]  # and attributes (maxChoices, placeholderText...)
    meta: dict[str, Any]
    prompt: str
    gap: bool  # the text box stands inside the prompt (the blank)
    cardinality: str
    base_type: str
    choices: list[tuple[str, str]] = field(default_factory=list)
    targets: list[tuple[str, str]] = field(default_factory=list)
    correct: list[str] = field(default_factory=list)
    mapping: dict[str, float] = field(default_factory=dict)
    default: float = 0.0  # the mapping's value of any other response
    feedback: dict[str, str] = field(default_factory=dict)  # an option's inline feedback, by its identifier
    marks: list[MarkRead] = field(default_factory=list)  # a typed answer's per-answer branches (formats/qti_marks.py)
    accepted: list[str] = field(default_factory=list)  # the strings a stringMatch of the scoring accepts
    tolerance: str = ""  # an `equal`'s absolute tolerance
    rubric: str = ""  # the scorer's rubric block

    @property
    def hinted(self) -> str:
        """The type the carried metadata names ("" for an item from elsewhere)."""
        return str(self.meta.get("type") or "")

    def texts(self) -> list[str]:
        """The choices' texts, in order."""
        return [text for _, text in self.choices]

    def text_of(self, ident: str) -> str:
        """The text of the option with that identifier; ValidationError when there is none."""
        for key, text in [*self.choices, *self.targets]:
            if key == ident:
                return text
        raise self.fail(N_("the correct response %(value)r is not one of the item's options.", value=ident[:40]))

    @staticmethod
    def fail(problem: str) -> ValidationError:
        """The error that leaves the item out, with why."""
        return ValidationError(problem)


def is_qti_package(data: bytes) -> bool:
    """True for a zip holding imsmanifest.xml (a content package), whatever the file is called."""
    try:
        with open_limited(data, LABEL) as package:
            return package.has(MANIFEST)
    except ValidationError:
        return False


def import_qti(data: bytes) -> dict[str, Any]:
    """A bank from a QTI 2.1 content package; the items that cannot be read are listed in its `skipped`.
    ValidationError when the package cannot be read at all (not a zip, over a limit, no manifest, no item read)."""
    check_size(data, LABEL)
    with open_limited(data, LABEL) as package:
        if not package.has(MANIFEST):
            raise ValidationError(at(LABEL, N_("the package has no imsmanifest.xml, so it is not a QTI content package.")))
        manifest, _ = parse_xml(package.read(MANIFEST, MAX_IMPORT_BYTES), MANIFEST)
        header_text = manifest.findtext(f"{{*}}metadata/{{{META_NS}}}bank")
        header = read_meta(header_text, MANIFEST) if header_text else {}
        skips, questions, seen = Skips(LABEL), [], set()
        for resource in manifest.iterfind("{*}resources/{*}resource"):
            if not (resource.get("type") or "").startswith(ITEM_TYPE):
                continue
            file = resource.find("{*}file")
            href = resource.get("href") or (file.get("href", "") if file is not None else "")
            where = resource.get("identifier") or href or "?"
            path = member_path("", href)
            if path is None or not package.has(path):
                skips.add(where, "?", N_("the item file %(name)r is not in the package.", name=href[:80]) if path
                          else N_("the item file %(name)r points outside the package.", name=href[:80]))
                continue
            raw = package.read(path, MAX_IMPORT_BYTES)  # over a limit: the whole package is refused
            interaction = "?"
            try:
                item = _plain(parse_xml(raw, path)[0])
                where = item.get("identifier") or where
                interaction = next((e.tag for e in item.iter() if e.tag.endswith("Interaction")), "?")
                question = read_item(item, resource, path, package)
            except ValidationError as exc:
                skips.add(where, interaction, exc)
                continue
            question["id"] = unique_id(question["id"], seen)
            questions.append(question)
            skips.lines.append(where)
    return finish_bank(header.get("title") or "", header.get("sources") or [], questions, label=LABEL, skips=skips)


def member_path(item_path: str, src: str) -> str | None:
    """The package member a reference in `item_path` points to; None for a web address, an absolute path or one
    that climbs out of the package (`../`), which is never read."""
    src = unquote(str(src or "").split("#", 1)[0].split("?", 1)[0]).replace("\\", "/")
    if not src or src.startswith("/") or ":" in src.split("/", 1)[0]:
        return None
    path = posixpath.normpath(posixpath.join(posixpath.dirname(item_path), src))
    return None if path == ".." or path.startswith(("../", "/")) else path


def _plain(root: ET.Element) -> ET.Element:
    """The tree with namespaces taken off the tags (QTI 2.1 and 2.2 read alike); `xml:lang` stays as it is."""
    for element in root.iter():
        element.tag = element.tag.rsplit("}", 1)[-1]
    return root


def _space(text: str | None) -> str:
    """Text as written; whitespace alone is layout (nothing when it holds a line break, else one space)."""
    if not text:
        return ""
    if not text.strip():
        return "" if "\n" in text else " "
    return text


def _text(element: ET.Element, images: list[tuple[str, str]]) -> str:
    """The text of an element: `<br/>` a line break, an interaction inside the text the blank, images noted
    (src, alt) in `images`, feedback and rubric blocks left out."""
    parts = [_space(element.text)]
    for child in element:
        if child.tag == "br":
            parts.append("\n")
        elif child.tag == "img":
            images.append((child.get("src") or "", child.get("alt") or ""))
        elif child.tag.endswith("Interaction"):
            parts.append(BLANK)
        elif child.tag not in _SKIPPED:
            parts.append(_text(child, images))
        parts.append(_space(child.tail))
    return "".join(parts)


def _options(parent: ET.Element | None, tag: str, images: dict[str, list[tuple[str, str]]],
             feedback: dict[str, str]) -> list[tuple[str, str]]:
    """(identifier, text) of the `tag` options under `parent`, their images and inline feedback noted by identifier."""
    out = []
    for option in parent.findall(tag) if parent is not None else []:
        ident = option.get("identifier") or ""
        images[ident] = []
        out.append((ident, _text(option, images[ident]).strip()))
        if choice_feedback(option):
            feedback[ident] = choice_feedback(option)
    return out


def read_item(item: ET.Element, resource: ET.Element, path: str, package: LimitedZip) -> dict[str, Any]:
    """One assessmentItem (namespaces off) as a question dict; ValidationError (why) when it cannot be read."""
    body = item.find("itemBody")
    interactions = [e for e in (body.iter() if body is not None else ()) if e.tag.endswith("Interaction")]
    if len(interactions) != 1:
        raise ItemRead.fail(N_("the item has %(count)s interactions; StudyApp reads items with exactly one.",
                               count=len(interactions)))
    interaction = interactions[0]
    response = interaction.get("responseIdentifier") or "RESPONSE"
    declaration = next((d for d in item.findall("responseDeclaration") if d.get("identifier") == response), None)
    if declaration is None:
        raise ItemRead.fail(N_("the item declares no response %(name)r.", name=response[:40]))
    prompt_images, paragraphs, gap = [], [], False
    for child in body:
        if child.tag in _SKIPPED:
            continue
        if child is interaction:  # a block interaction: its own prompt, if any
            own = interaction.find("prompt")
            text = _text(own, prompt_images).strip() if own is not None else ""
        else:
            text = _text(child, prompt_images).strip()
        if text and text != BLANK:
            paragraphs.append(text)
            gap = gap or BLANK in text
    option_images: dict[str, list[tuple[str, str]]] = {}
    feedback: dict[str, str] = {}
    sets = interaction.findall("simpleMatchSet")
    read = ItemRead(
        where=item.get("identifier") or "", interaction=interaction.tag, attrs=dict(interaction.attrib),
        meta=_meta(resource), prompt="\n".join(paragraphs), gap=gap,
        cardinality=declaration.get("cardinality") or "single", base_type=declaration.get("baseType") or "",
        choices=_options(sets[0] if sets else interaction, "simpleAssociableChoice" if sets else "simpleChoice",
                         option_images, feedback),
        targets=_options(sets[1] if len(sets) > 1 else None, "simpleAssociableChoice", option_images, feedback),
        correct=[(v.text or "").strip() for v in declaration.findall("correctResponse/value")],
        rubric="\n".join(_text(r, []).strip() for r in body.iter("rubricBlock") if r.get("view") == "scorer"),
        feedback=feedback)
    try:
        for entry in declaration.findall("mapping/mapEntry"):
            read.mapping[entry.get("mapKey") or ""] = float(entry.get("mappedValue") or "0")
        read.default = float(declaration.find("mapping").get("defaultValue") or "0") if read.mapping else 0.0
        read.marks = read_marks(item, lambda element: _text(element, []).strip())
    except ValueError:
        raise read.fail(N_("a mapped value or a mark's score of the response is not a number.")) from None
    processing = item.find("responseProcessing")
    if processing is not None:  # the key's scoring: not the per-answer branches
        scoring = [c for c in processing.iter() if c.tag in ("responseIf", "responseElseIf", "responseElse")
                   and all(s.get("identifier") != OUTCOME for s in c.findall("setOutcomeValue"))]
        read.accepted = [(m.findtext("baseValue") or "").strip() for c in scoring for m in c.iter("stringMatch")]
        equal = next((e for c in scoring for e in c.iter("equal")), None)
        if equal is not None and equal.get("toleranceMode") == "absolute":
            read.tolerance = (equal.get("tolerance") or "").split(" ")[0]
    return _question(item, resource, read, path, package, prompt_images, option_images)


def _question(item: ET.Element, resource: ET.Element, read: ItemRead, path: str, package: LimitedZip,
              prompt_images: list[tuple[str, str]], option_images: dict[str, list[tuple[str, str]]]) -> dict[str, Any]:
    """The question the type that takes the item makes of it, with the item's feedback, topic and images."""
    hinted = REGISTRY.get(read.hinted)
    kind = hinted if hinted is not None and hinted.reads_qti(read) else next(
        (t for t in REGISTRY.values() if t.reads_qti(read)), None)
    if kind is None:
        raise read.fail(N_("a %(interaction)s item is not read; StudyApp reads choice, text entry, extended text, "
                           "order and match interactions.", interaction=read.interaction))
    fields: dict[str, Any] = {
        "explanation": "\n".join(_text(f, []).strip() for f in item.findall("modalFeedback")
                                 if not is_answer_feedback(f)).strip(),
        "topic": (resource.findtext("{*}metadata/{*}lom/{*}general/{*}keyword/{*}string") or "").strip()}
    answer = kind.from_qti(read, fields)
    qid = (resource.findtext("{*}metadata/{*}lom/{*}general/{*}identifier/{*}entry") or item.get("title")
           or item.get("identifier") or "").strip()
    question = apply_meta(new_question(qid, kind.name, read.prompt, answer,
                                       **fields), read.meta)
    images, notes = _images(package, path, prompt_images, PROMPT, read.meta)
    if kind.shows_choice_images:
        texts = [str(c) for c in question.get("choices") or []]
        for ident, text in read.choices:
            if text in texts and option_images.get(ident):
                found, more = _images(package, path, option_images[ident], f"choice:{texts.index(text)}",
                                       read.meta)
                images, notes = images + found, notes + more
    if images:
        question["images"] = images
    if notes:
        question["notes"] = with_notes(question["notes"], notes)
    return question


def _meta(resource: ET.Element) -> dict[str, Any]:
    """The metadata StudyApp carried for the item in the manifest (empty for a package from elsewhere)."""
    text = resource.findtext(f"{{*}}metadata/{{{META_NS}}}question")
    return read_meta(text, resource.get("identifier") or MANIFEST) if text else {}


def _images(package: LimitedZip, path: str, found: list[tuple[str, str]], place: str,
            meta: dict[str, Any]) -> tuple[list[dict], list[str]]:
    """The first of `found` (src, alt) that is an image StudyApp takes, as an images entry at `place` (named as the
    carried metadata says, else as its file); and a line for the teacher note for every one left out."""
    entries, notes = [], []
    names = meta.get("image_names") if isinstance(meta.get("image_names"), dict) else {}
    for src, alt in found:
        name = member_path(path, src)
        if name is None or not package.has(name):
            problem = "the file is outside the package." if name is None else "the file is not in the package."
        else:
            try:
                data = package.read(name, IMAGE_BYTES)
            except ValidationError as exc:
                problem = str(message_of(exc))
            else:
                problem = image_problem(data)
        if problem is None and not entries:
            entries.append(image_entry(data, alt=" ".join(alt.split())[:TEXT["alt"]], place=place,
                                       name=names[place] if isinstance(names.get(place), str) else posixpath.basename(name)))
        else:
            notes.append(f"Image {src[:100]} left out: {problem or 'StudyApp shows one image with a prompt or a choice.'}")
    return entries, notes
