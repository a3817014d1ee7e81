"""QTI 2.1 content package export: a zip with imsmanifest.xml, one assessmentItem per question and the questions'
images (files named by content hash, an `<img>` in the item, a resource the item depends on in the manifest).

Reading such a package back is formats/qti_import.py."""
from __future__ import annotations

import hashlib
import io
import re
import xml.etree.ElementTree as ET
import zipfile
from typing import Any

from studyapp.formats import qti_marks
from studyapp.formats.common import evidence_text, meta_json, number_text, question_meta, xml_safe
from studyapp.image_types import PROMPT, choice_index, entry_bytes, file_name
from studyapp.question_types import REGISTRY

QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
LOM_NS = "http://ltsc.ieee.org/xsd/LOM"
META_NS = "urn:x-studyapp:bank:1"  # the manifest's extension element carrying what QTI has no place for (as JSON)
MEDIA_DIR = "media/"  # where the images are, beside items/
ITEM_TYPE = "imsqti_item_xmlv2p1"
INTERACTIONS = {name: t.qti_interaction for name, t in REGISTRY.items()}  # each type's QTI interaction
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)  # fixed, so two exports of one bank are byte-identical


class Unrepresentable(Exception):
    """A question that cannot be written as a QTI item."""


def _el(parent: ET.Element | None, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    """A new element (a child of `parent` when given) with optional text and attributes."""
    element = ET.Element(tag, attrs) if parent is None else ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = xml_safe(str(text))
    return element


def _lines(parent: ET.Element, text: str) -> None:
    """Append `text` to `parent`, newlines as `<br/>`."""
    for n, line in enumerate(xml_safe(str(text)).split("\n")):
        if n == 0:
            if len(parent):
                parent[-1].tail = (parent[-1].tail or "") + line
            else:
                parent.text = (parent.text or "") + line
        else:
            _el(parent, "br").tail = line


def identifier(value: str, taken: set[str]) -> str:
    """A QTI identifier (an XML name) made from a question id, unique within `taken`."""
    base = re.sub(r"[^A-Za-z0-9_.-]", "_", str(value))
    base = base if re.match(r"[A-Za-z_]", base) else "Q_" + base
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}_{n}"
    taken.add(candidate)
    return candidate


def export_qti(bank: dict[str, Any]) -> tuple[bytes, list[str]]:
    """A QTI 2.1 package (zip bytes) and the list of questions not representable, with the reason."""
    reported, taken, entries = [], set(), []
    for q in bank.get("questions") or []:
        feedback = _feedback(bank, q)
        try:
            item = build_item(q, identifier(q["id"], taken), feedback=feedback)
        except Unrepresentable as exc:
            reported.append(f"question {q.get('id')} ({q.get('type')}): {exc}; left out of the QTI package.")
            continue
        entries.append((q, item, feedback))
    if bank.get("flashcards"):
        reported.append(f"{len(bank['flashcards'])} flashcards: QTI has no flashcards; left out.")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        _write(package, "imsmanifest.xml", _manifest(bank, entries))
        for _, item, _ in entries:
            _write(package, f"items/{item.get('identifier')}.xml", item)
        for name, data in sorted({n: d for q, _, _ in entries for n, d in _media(q)}.items()):
            info = zipfile.ZipInfo(name, _ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED  # images are compressed already
            package.writestr(info, data)
    return buffer.getvalue(), reported


def _media(question: dict[str, Any]) -> list[tuple[str, bytes]]:
    """The package names (`media/<content hash>.<suffix>`) and bytes of a question's images, in its order."""
    out = []
    for entry in question.get("images") or []:
        data = entry_bytes(entry)
        out.append((MEDIA_DIR + file_name(data), data))
    return out


def _media_resource(name: str) -> str:
    """The manifest identifier of an image file's resource."""
    return "RES-" + name.removeprefix(MEDIA_DIR).split(".")[0][:32]


def _add_images(q: dict[str, Any], body: ET.Element) -> None:
    """Put the question's images into its `itemBody`: the prompt's in a paragraph after the prompt (before the
    interaction), a choice's inside the `simpleChoice` showing that choice's text."""
    choices = [str(c) for c in q.get("choices") or []]
    for entry in q.get("images") or []:
        image = ET.Element("img", src="../" + MEDIA_DIR + file_name(entry_bytes(entry)), alt=xml_safe(entry.get("alt") or ""))
        index = choice_index(entry.get("place") or PROMPT)
        if index is None:
            paragraph = ET.Element("p")
            paragraph.append(image)
            body.insert(1, paragraph)  # after the prompt's paragraph (a type's `qti_prompt` writes one)
            continue
        holder = next((c for c in body.iter("simpleChoice") if index < len(choices)
                       and _shown(c) == choices[index]), None)
        if holder is not None:
            holder.append(image)

def _shown(choice: ET.Element) -> str:
    """The text a `simpleChoice` shows as its option (its inline feedback left out)."""
    kept = ("".join(c.itertext()) + (c.tail or "") for c in choice if c.tag != "feedbackInline")
    return (choice.text or "") + "".join(kept)


def _write(package: zipfile.ZipFile, name: str, root: ET.Element) -> None:
    """Write one XML document into the zip with a fixed timestamp."""
    ET.indent(root)
    info = zipfile.ZipInfo(name, _ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    package.writestr(info, ET.tostring(root, encoding="utf-8", xml_declaration=True))


def _feedback(bank: dict[str, Any], q: dict[str, Any]) -> str:
    """The text of the item's general feedback: explanation and evidence."""
    return "\n".join(p for p in (q.get("explanation") or "", evidence_text(bank, q)) if p)


def _manifest(bank: dict[str, Any], entries: list[tuple[dict[str, Any], ET.Element, str]]) -> ET.Element:
    """imsmanifest.xml: one resource per item, with LOM metadata carrying id, topic and evidence."""
    digest = hashlib.sha256(str(bank.get("title") or "").encode("utf-8")).hexdigest()[:16]
    manifest = _el(None, "manifest", identifier=f"MANIFEST-{digest}", xmlns=CP_NS, **{"xmlns:imsmd": LOM_NS, "xmlns:studyapp": META_NS})
    metadata = _el(manifest, "metadata")
    _el(metadata, "schema", "QTIv2.1 Package")
    _el(metadata, "schemaversion", "1.0.0")
    _el(metadata, "studyapp:bank", meta_json({"title": bank.get("title") or "", "sources": bank.get("sources") or []}))
    _el(manifest, "organizations")
    resources = _el(manifest, "resources")
    for q, item, feedback in entries:
        href = f"items/{item.get('identifier')}.xml"
        resource = _el(resources, "resource", identifier=f"RES-{item.get('identifier')}", type=ITEM_TYPE, href=href)
        general = _el(_el(_el(resource, "metadata"), "imsmd:lom"), "imsmd:general")
        _el(_el(general, "imsmd:identifier"), "imsmd:entry", str(q["id"]))
        _el(_el(general, "imsmd:title"), "imsmd:string", str(q["id"]))
        if feedback:
            _el(_el(general, "imsmd:description"), "imsmd:string", feedback)
        if q.get("topic"):
            _el(_el(general, "imsmd:keyword"), "imsmd:string", q["topic"])
        meta = question_meta(q)
        if q.get("images"):  # the package names files by content; the teacher's file names travel here
            meta["image_names"] = {e.get("place") or PROMPT: e.get("name") or "" for e in q["images"]}
        _el(resource.find("metadata"), "studyapp:question", meta_json(meta))
        _el(resource, "file", href=href)
        for name, _ in _media(q):
            _el(resource, "dependency", identifierref=_media_resource(name))
    written = set()
    for q, _, _ in entries:
        for name, _ in _media(q):
            if name not in written:
                written.add(name)
                _el(_el(resources, "resource", identifier=_media_resource(name), type="webcontent", href=name), "file",
                    href=name)
    return manifest


def build_item(q: dict[str, Any], ident: str, *, feedback: str = "") -> ET.Element:
    """One assessmentItem for `q`; raise Unrepresentable when the question cannot be expressed."""
    qtype = q.get("type")
    if qtype not in REGISTRY:
        raise Unrepresentable(f"unknown type {qtype!r}")
    item = _el(None, "assessmentItem", xmlns=QTI_NS, identifier=ident, title=str(q["id"]),
               adaptive="false", timeDependent="false")
    if q.get("language"):  # absent: English
        item.set("{http://www.w3.org/XML/1998/namespace}lang", q["language"])
    declaration = _el(item, "responseDeclaration", identifier="RESPONSE")
    correct = _el(declaration, "correctResponse")
    score = _el(item, "outcomeDeclaration", identifier="SCORE", cardinality="single", baseType="float")
    _el(_el(score, "defaultValue"), "value", "0")
    _el(item, "outcomeDeclaration", identifier="FEEDBACK", cardinality="single", baseType="identifier")
    body = _el(item, "itemBody")
    writer = Writer()
    REGISTRY[qtype].qti_prompt(q, body, writer)
    condition = REGISTRY[qtype].to_qti(q, body, declaration, correct, writer)
    _add_images(q, body)
    qti_marks.write_marks(item, _processing(item, condition), writer.marks, declaration.get("cardinality") or "single",
                          writer.inline_feedback)
    if feedback:
        _lines(_el(_el(item, "modalFeedback", outcomeIdentifier="FEEDBACK", identifier="GENERAL",
                       showHide="show"), "p"), feedback)
    return item


class Writer:
    """The helpers a type's `qti_prompt` and `to_qti` write one item with (type modules do not import the formats),
    and the per-answer feedback and marks they give it (written by formats/qti_marks.py)."""

    Unrepresentable = Unrepresentable
    el = staticmethod(_el)
    lines = staticmethod(_lines)
    typed, number, anything = (staticmethod(qti_marks.typed), staticmethod(qti_marks.number),
                               staticmethod(qti_marks.anything))

    def __init__(self) -> None:
        """No feedback yet."""
        self.marks: list[tuple[ET.Element, str | None, str]] = []
        self.inline_feedback = False

    def choice_feedback(self, choice: ET.Element, feedback: str) -> None:
        """Give a `simpleChoice` its feedback (nothing for none)."""
        if feedback:
            qti_marks.inline(choice, choice.get("identifier") or "", xml_safe(feedback))
            self.inline_feedback = True

    def mark(self, condition: ET.Element, fraction: float | None, feedback: str) -> None:
        """One mark of a typed answer, in order: its condition (`typed`, `number`, `anything`), the fraction it
        scores (None: the type scores it elsewhere, by its mapping) and its feedback."""
        self.marks.append((condition, None if fraction is None else number_text(float(fraction)), xml_safe(feedback)))

    @staticmethod
    def scored_by_hand() -> ET.Element:
        """The condition of a response a person scores: none (SCORE stays 0 until a grader sets it)."""
        return _BY_HAND

    @staticmethod
    def matched() -> ET.Element:
        """The condition "the response is the correct one"."""
        matched = _el(None, "match")
        _el(matched, "variable", identifier="RESPONSE")
        _el(matched, "correct", identifier="RESPONSE")
        return matched


_BY_HAND = ET.Element("scoredByHand")  # a marker, never written


def _processing(item: ET.Element, condition: ET.Element | None) -> ET.Element:
    """Score 1 when `condition` holds, else 0 (or the response's mapping without one); always show the feedback.
    A response scored by hand is left to its grader. The processing element, for the marks after it."""
    processing = _el(item, "responseProcessing")
    if condition is _BY_HAND:
        _el(_el(processing, "setOutcomeValue", identifier="FEEDBACK"), "baseValue", "GENERAL", baseType="identifier")
        return processing
    if condition is None:
        _el(_el(processing, "setOutcomeValue", identifier="SCORE"), "mapResponse", identifier="RESPONSE")
        _el(_el(processing, "setOutcomeValue", identifier="FEEDBACK"), "baseValue", "GENERAL", baseType="identifier")
        return processing
    branch = _el(processing, "responseCondition")
    for tag, score in (("responseIf", "1"), ("responseElse", "0")):
        part = _el(branch, tag)
        if tag == "responseIf":
            part.append(condition)
        _el(_el(part, "setOutcomeValue", identifier="SCORE"), "baseValue", score, baseType="float")
    _el(_el(processing, "setOutcomeValue", identifier="FEEDBACK"), "baseValue", "GENERAL", baseType="identifier")
    return processing
