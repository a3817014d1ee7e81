"""QTI 2.1 content package export: a zip with imsmanifest.xml and one assessmentItem per question."""
from __future__ import annotations

import hashlib
import io
import re
import xml.etree.ElementTree as ET
import zipfile
from typing import Any

from studyapp.formats.common import BLANK, evidence_text, multiple_response_shares, number_text, xml_safe

QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
LOM_NS = "http://ltsc.ieee.org/xsd/LOM"
ITEM_TYPE = "imsqti_item_xmlv2p1"
INTERACTIONS = {"multiple_choice": "choiceInteraction", "true_false": "choiceInteraction",
                "cloze": "textEntryInteraction", "numeric": "textEntryInteraction",
                "short_answer": "textEntryInteraction", "ordering": "orderInteraction",
                "matching": "matchInteraction", "multiple_response": "choiceInteraction"}
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
    return buffer.getvalue(), reported


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
    manifest = _el(None, "manifest", identifier=f"MANIFEST-{digest}", xmlns=CP_NS, **{"xmlns:imsmd": LOM_NS})
    metadata = _el(manifest, "metadata")
    _el(metadata, "schema", "QTIv2.1 Package")
    _el(metadata, "schemaversion", "1.0.0")
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
        _el(resource, "file", href=href)
    return manifest


def build_item(q: dict[str, Any], ident: str, *, feedback: str = "") -> ET.Element:
    """One assessmentItem for `q`; raise Unrepresentable when the question cannot be expressed."""
    qtype, answer = q.get("type"), q.get("answer")
    if qtype not in INTERACTIONS:
        raise Unrepresentable(f"unknown type {qtype!r}")
    item = _el(None, "assessmentItem", xmlns=QTI_NS, identifier=ident, title=str(q["id"]),
               adaptive="false", timeDependent="false")
    declaration = _el(item, "responseDeclaration", identifier="RESPONSE")
    correct = _el(declaration, "correctResponse")
    score = _el(item, "outcomeDeclaration", identifier="SCORE", cardinality="single", baseType="float")
    _el(_el(score, "defaultValue"), "value", "0")
    _el(item, "outcomeDeclaration", identifier="FEEDBACK", cardinality="single", baseType="identifier")
    body = _el(item, "itemBody")
    prompt = str(q.get("prompt") or "")
    if qtype == "cloze":
        if prompt.count(BLANK) != 1:
            raise Unrepresentable(f"a cloze prompt needs exactly one {BLANK}")
        before, after = prompt.split(BLANK)
        paragraph = _el(body, "p")
        _lines(paragraph, before)
        _el(paragraph, "textEntryInteraction", responseIdentifier="RESPONSE", expectedLength="20")
        _lines(paragraph, after)
    else:
        _lines(_el(body, "p"), prompt)
    condition = _interaction(q, qtype, answer, body, declaration, correct)
    _processing(item, condition)
    if feedback:
        _lines(_el(_el(item, "modalFeedback", outcomeIdentifier="FEEDBACK", identifier="GENERAL",
                       showHide="show"), "p"), feedback)
    return item


def _interaction(q: dict[str, Any], qtype: str, answer: Any, body: ET.Element, declaration: ET.Element,
                 correct: ET.Element) -> ET.Element | None:
    """Fill in the interaction and response declaration; return the scoring condition (None: score the mapping)."""
    matched = _el(None, "match")
    _el(matched, "variable", identifier="RESPONSE")
    _el(matched, "correct", identifier="RESPONSE")
    if qtype in ("multiple_choice", "true_false"):
        choices = [str(c) for c in q.get("choices") or []]
        if str(answer) not in choices:
            raise Unrepresentable("the answer is not one of the choices")
        declaration.attrib.update(cardinality="single", baseType="identifier")
        interaction = _el(body, "choiceInteraction", responseIdentifier="RESPONSE",
                          shuffle="true" if qtype == "multiple_choice" else "false", maxChoices="1")
        for n, choice in enumerate(choices, start=1):
            _lines(_el(interaction, "simpleChoice", identifier=f"C{n}"), choice)
        _el(correct, "value", f"C{choices.index(str(answer)) + 1}")
        return matched
    if qtype == "multiple_response":
        try:
            shares = multiple_response_shares(q)
        except ValueError as exc:
            raise Unrepresentable(str(exc)) from None
        declaration.attrib.update(cardinality="multiple", baseType="identifier")
        # QTI's map_response: each ticked choice adds its share; the sum is held between 0 and 1.
        mapping = _el(declaration, "mapping", lowerBound="0", upperBound="1", defaultValue="0")
        interaction = _el(body, "choiceInteraction", responseIdentifier="RESPONSE", shuffle="true", maxChoices="0")
        for n, (choice, share) in enumerate(shares, start=1):
            _lines(_el(interaction, "simpleChoice", identifier=f"C{n}"), choice)
            _el(mapping, "mapEntry", mapKey=f"C{n}", mappedValue=number_text(float(share) / 100))
            if not share.startswith("-"):
                _el(correct, "value", f"C{n}")
        return None
    if qtype == "ordering":
        if not isinstance(answer, list) or len(answer) < 2:
            raise Unrepresentable("an ordering answer needs a list of at least two items")
        declaration.attrib.update(cardinality="ordered", baseType="identifier")
        interaction = _el(body, "orderInteraction", responseIdentifier="RESPONSE", shuffle="true")
        for n, item in enumerate(answer, start=1):
            _lines(_el(interaction, "simpleChoice", identifier=f"O{n}"), str(item))
            _el(correct, "value", f"O{n}")
        return matched
    if qtype == "matching":
        if not isinstance(answer, list) or not answer or any(len(pair) != 2 for pair in answer):
            raise Unrepresentable("a matching answer needs a list of [left, right] pairs")
        declaration.attrib.update(cardinality="multiple", baseType="directedPair")
        interaction = _el(body, "matchInteraction", responseIdentifier="RESPONSE", shuffle="true",
                          maxAssociations=str(len(answer)))
        sets = [_el(interaction, "simpleMatchSet"), _el(interaction, "simpleMatchSet")]
        for n, (left, right) in enumerate(answer, start=1):
            _lines(_el(sets[0], "simpleAssociableChoice", identifier=f"L{n}", matchMax="1"), str(left))
            _lines(_el(sets[1], "simpleAssociableChoice", identifier=f"R{n}", matchMax="1"), str(right))
            _el(correct, "value", f"L{n} R{n}")
        return matched
    if qtype == "numeric":
        try:
            value = number_text(answer)
            tolerance = None if q.get("tolerance") in (None, "") else number_text(q["tolerance"])
        except ValueError:
            raise Unrepresentable("the numeric answer or tolerance is not a number") from None
        declaration.attrib.update(cardinality="single", baseType="float")
        _el(correct, "value", value)
        _el(_el(body, "p"), "textEntryInteraction", responseIdentifier="RESPONSE", expectedLength="10")
        mode = {"toleranceMode": "absolute", "tolerance": f"{tolerance} {tolerance}"} if tolerance else {
            "toleranceMode": "exact"}
        equal = _el(None, "equal", **mode)
        _el(equal, "variable", identifier="RESPONSE")
        _el(equal, "correct", identifier="RESPONSE")
        return equal
    declaration.attrib.update(cardinality="single", baseType="string")
    _el(correct, "value", str(answer))
    if qtype == "short_answer":
        _el(_el(body, "p"), "textEntryInteraction", responseIdentifier="RESPONSE", expectedLength="20")
    either = _el(None, "or")
    for accepted in [answer, *(q.get("aliases") or [])]:
        match = _el(either, "stringMatch", caseSensitive="false")
        _el(match, "variable", identifier="RESPONSE")
        _el(match, "baseValue", str(accepted), baseType="string")
    return either


def _processing(item: ET.Element, condition: ET.Element | None) -> None:
    """Score 1 when `condition` holds, else 0 (or the response's mapping without one); always show the feedback."""
    processing = _el(item, "responseProcessing")
    if condition is None:
        _el(_el(processing, "setOutcomeValue", identifier="SCORE"), "mapResponse", identifier="RESPONSE")
        _el(_el(processing, "setOutcomeValue", identifier="FEEDBACK"), "baseValue", "GENERAL", baseType="identifier")
        return
    branch = _el(processing, "responseCondition")
    for tag, score in (("responseIf", "1"), ("responseElse", "0")):
        part = _el(branch, tag)
        if tag == "responseIf":
            part.append(condition)
        _el(_el(part, "setOutcomeValue", identifier="SCORE"), "baseValue", score, baseType="float")
    _el(_el(processing, "setOutcomeValue", identifier="FEEDBACK"), "baseValue", "GENERAL", baseType="identifier")
