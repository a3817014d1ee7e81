"""GIFT (Moodle's text format): export a bank, and parse GIFT back into a bank, naming the line of any problem."""
from __future__ import annotations

import re
from typing import Any

from studyapp.errors import ValidationError
from studyapp.formats.common import (
    BLANK,
    images_not_carried,
    Skips,
    apply_meta,
    category_parts,
    moodle_tags,
    own_tags,
    category_topic,
    decode_text,
    feedback_text,
    finish_bank,
    meta_json,
    new_question,
    question_meta,
    read_meta,
    unique_id,
)
from studyapp.formats.gift_blocks import MARKER, SPECIAL, Block, marked_text, unescape, unescaped_at
from studyapp.question_types import REGISTRY
from studyapp.translatable import N_, at

_IDS = re.compile(r"\[id:([^\]\n]+)\]")
_TAGS = re.compile(r"\[tag:([^\]\n]+)\]")


def escape(text: str) -> str:
    """Escape GIFT's special characters, and newlines as `\\n`."""
    out = "".join("\\" + c if c in SPECIAL else c for c in str(text))
    return out.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def _comment_safe(meta: str) -> str:
    """Keep Moodle from reading `[id:` or `[tag:` inside carried text as its own comment markers."""
    return meta.replace("[id:", "[\\u0069d:").replace("[tag:", "[\\u0074ag:")


def export_gift(bank: dict[str, Any]) -> tuple[bytes, list[str]]:
    """The bank as GIFT text, and warnings for what GIFT cannot hold (ordering questions, flashcards)."""
    warnings: list[str] = []
    header = {"title": bank.get("title") or "", "sources": bank.get("sources") or []}
    title = " ".join(str(bank.get("title") or "Imported questions").split()).replace("/", "//")
    parts = [f"// studyapp-bank {_comment_safe(meta_json(header))}", f"$CATEGORY: $course$/top/{title}", ""]
    for q in bank.get("questions") or []:
        try:
            parts.append(_question(bank, q) + "\n")
        except (_Unrepresentable, ValueError, TypeError) as exc:
            warnings.append(f"question {q.get('id')} ({q.get('type')}): {exc}; left out of the GIFT file.")
    if bank.get("flashcards"):
        warnings.append(f"{len(bank['flashcards'])} flashcards: GIFT has no flashcards; left out.")
    return "\n".join(parts).encode("utf-8"), warnings + images_not_carried(bank, "GIFT")


class _Unrepresentable(Exception):
    """A question GIFT has no way to express."""


def _question(bank: dict[str, Any], q: dict[str, Any]) -> str:
    """One question in GIFT: metadata comments, `::id::`, then text and answer block as its type writes them."""
    qtype = q["type"]
    if qtype not in REGISTRY:
        raise _Unrepresentable(f"unknown type {qtype!r}")
    if "gift" not in REGISTRY[qtype].formats:
        raise _Unrepresentable(f"GIFT has no {qtype} type")
    lines = [f"// studyapp {_comment_safe(meta_json(question_meta(q)))}"]
    if "]" not in str(q["id"]) and "\n" not in str(q["id"]):
        lines.append(f"// [id:{q['id']}]" + "".join(f" [tag:{t}]" for t in moodle_tags(q) if "]" not in t))
    head = f"::{escape(q['id'])}::[plain]"
    return "\n".join([*lines, REGISTRY[qtype].to_gift(q, head, feedback_text(bank, q), Writer)])


class Writer:
    """The helpers a type's `to_gift` writes with (type modules do not import the formats)."""

    escape = staticmethod(escape)

    @staticmethod
    def item(marker: str, text: str, entry: dict[str, Any] | None = None, typed: bool = False) -> str:
        """One answer line: `=text` or `~%weight%text`, then `#feedback` when its mark has some. A `typed` answer
        (short answer) keeps `=` with its weight, `=%0%`, as Moodle writes them: a `~` would make a choice."""
        from studyapp.question_types.marks import fraction_text  # the marks write Moodle's percentages

        weight = f"%{fraction_text(entry)}%" if entry and (entry["fraction"] not in (0, 1) or (
            typed and entry["fraction"] == 0)) else ""
        if entry and marker == "=" and entry["fraction"] <= 0 and not typed:
            marker = "~"
        feedback = f"#{escape(entry['feedback'])}" if entry and entry.get("feedback") else ""
        return f"\t{marker}{weight}{text}{feedback}"

    @staticmethod
    def block(head: str, prompt: str, items: list[str], feedback: str) -> str:
        """`head`, the prompt and an answer block of `items` (one a line), the feedback last."""
        tail = [f"\t####{escape(feedback)}"] if feedback else []
        return head + escape(prompt) + "\n".join(["{", *items, *tail, "}"])




def import_gift(data: bytes) -> dict[str, Any]:
    """Parse GIFT into a bank dict. Each question that cannot be read is left out and listed in the bank's
    `skipped` (line, Moodle type, why); ValidationError when the file itself cannot be read or holds no question."""
    text = decode_text(data, "GIFT").replace("\r\n", "\n").replace("\r", "\n")
    header: dict[str, Any] = {}
    blocks: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    pending: dict[str, Any] = {"meta": None, "ids": [], "tags": []}
    category, title = "", ""
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if not stripped:
            current = None
            continue
        if stripped.startswith("//"):
            note = stripped[2:].strip()
            if note.startswith("studyapp-bank "):
                header = read_meta(note[len("studyapp-bank "):], f"GIFT line {number}")
            elif note.startswith("studyapp "):
                pending["meta"] = read_meta(note[len("studyapp "):], f"GIFT line {number}")
            else:  # Moodle's own comments: `// [id:...] [tag:...]` say the next question's id number and tags
                pending["ids"] += _IDS.findall(note)
                pending["tags"] += _TAGS.findall(note)
            continue
        if current is None and stripped.startswith("$CATEGORY:"):
            category = category_topic(stripped[len("$CATEGORY:"):])
            title = title or (category_parts(stripped[len("$CATEGORY:"):]) or [""])[-1]
            continue
        if current is None:
            current = {"line": number, "lines": [], "meta": pending["meta"] or {}, "category": category,
                       "idnumber": (pending["ids"] or [""])[-1].strip(), "tags": [t.strip() for t in pending["tags"]]}
            pending = {"meta": None, "ids": [], "tags": []}
            blocks.append(current)
        current["lines"].append(line)
    questions, seen, skips = [], set(), Skips("GIFT")
    for block in blocks:
        raw = "\n".join(block["lines"])
        try:
            q = _parse_block(raw, block["line"], block["meta"])
        except ValidationError as exc:
            skips.add(block["line"], _moodle_type(raw), exc)
            continue
        _place(q, block)
        q["id"] = unique_id(q["id"], seen)
        questions.append(q)
        skips.lines.append(block["line"])
    return finish_bank(header.get("title") or title, header.get("sources") or [], questions, label="GIFT",
                       skips=skips)


def _place(question: dict[str, Any], block: dict[str, Any]) -> None:
    """The question's category becomes its topic (nesting kept as `a/b/c`) and its `[tag:]`s its tags, unless the
    carried metadata says otherwise."""
    if own_tags(block["tags"], block["meta"]):
        question["tags"] = own_tags(block["tags"], block["meta"])
    if not block["meta"]:
        question["topic"] = block["category"] or (block["tags"] or [""])[0]
    if block["idnumber"] and not block["meta"]:
        question["id"] = block["idnumber"]  # Moodle's id number names a question before its title, as in its XML


def _moodle_type(raw: str) -> str:
    """The Moodle question type a GIFT question looks like, to name it in the list of skipped questions."""
    opening = unescaped_at(raw, "{")
    closing = unescaped_at(raw, "}", opening + 1) if opening >= 0 else -1
    if opening < 0 or closing < 0:
        return "description"
    body = raw[opening + 1:closing].strip()
    if unescaped_at(raw, "{", closing) >= 0:
        return "multianswer"
    try:
        shape = Block(body, ValidationError).shape
    except ValidationError:
        return "?"
    kind = next((t for t in REGISTRY.values() if t.gift_reads == shape), None)
    return kind.moodle_qtype if kind else shape


def _parse_block(raw: str, first_line: int, meta: dict[str, Any]) -> dict[str, Any]:
    """One GIFT question (its raw text starting on `first_line`) as a question dict."""
    def fail(pos: int, problem: str) -> ValidationError:
        """A ValidationError naming the line of character `pos`."""
        return ValidationError(at(N_("GIFT line %(line)s", line=first_line + raw[:pos].count(chr(10))), problem))

    qid, body_at = None, 0
    if raw.lstrip().startswith("::"):
        start = raw.index("::")
        end = unescaped_at(raw, "::", start + 2)
        if end < 0:
            raise fail(start, N_("the title '::...' is not closed with '::'."))
        qid, body_at = unescape(raw[start + 2:end]).strip(), end + 2
    opening = unescaped_at(raw, "{", body_at)
    if opening < 0:
        raise fail(body_at, N_("a description (no answer block '{...}'): StudyApp has no description questions."))
    closing = unescaped_at(raw, "}", opening + 1)
    if closing < 0:
        raise fail(opening, N_("the answer block '{' is never closed with '}'."))
    if unescaped_at(raw[:closing], "{", opening + 1) >= 0:
        raise fail(opening, N_("an answer block holds an unescaped '{' (write \\{)."))
    before, after_raw = raw[body_at:opening], raw[closing + 1:]
    after = after_raw.strip()
    if unescaped_at(after, "{") >= 0:
        raise fail(closing, N_("more than one answer block: embedded multi-gap (cloze) questions are not supported."))
    match = MARKER.match(before)
    qid = qid or f"gift-line-{first_line}"
    block = Block(raw[opening + 1:closing], lambda problem: fail(opening, problem), meta.get("type"))
    kinds = [t for t in REGISTRY.values() if t.gift_reads == block.shape]
    if not kinds:
        raise fail(opening, N_("StudyApp reads no %(shape)s answer block.", shape=block.shape))
    kind = kinds[0]
    if after and not kind.gift_gap and not re.search(r"\w", after):
        after, after_raw = "", ""  # closing punctuation after a block that cannot be a gap (`{T}";`)
    fields = {**kind.from_gift(block), "explanation": block.feedback}
    qtype = kind.name
    prompt = marked_text(before)
    if after or (kind.gift_gap not in ("", kind.name) and meta.get("type") == kind.gift_gap):
        qtype = kind.gift_gap  # a short answer standing in the text is a cloze
        prompt = (unescape(before[match.end():] if match else before) + BLANK + unescape(after_raw)).strip()
        if not qtype:
            raise fail(closing, N_("only short-answer and multiple-choice blocks may stand inside the text."))
    if not prompt.strip():
        raise fail(0, N_("the question has no text."))
    question = new_question(qid, qtype, prompt, fields.pop("answer"), **fields)
    return apply_meta(question, meta)
