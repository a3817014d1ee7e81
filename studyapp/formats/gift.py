"""GIFT (Moodle's text format): export a bank, and parse GIFT back into a bank, naming the line of any problem."""
from __future__ import annotations

import re
from functools import cached_property
from typing import Any

from studyapp.errors import ValidationError
from studyapp.formats.common import (
    html_to_text,
    BLANK,
    apply_meta,
    decode_text,
    feedback_text,
    finish_bank,
    meta_json,
    new_question,
    parse_number,
    question_meta,
    read_meta,
)
from studyapp.question_types import REGISTRY

SPECIAL = "\\~=#{}:"
_FORMAT = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]")
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")


def escape(text: str) -> str:
    """Escape GIFT's special characters, and newlines as `\\n`."""
    out = "".join("\\" + c if c in SPECIAL else c for c in str(text))
    return out.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def unescape(raw: str) -> str:
    """Undo `escape`: `\\X` becomes X for the special characters, `\\n` a newline; other backslashes stay."""
    out, i = [], 0
    while i < len(raw):
        if raw[i] == "\\" and i + 1 < len(raw) and (raw[i + 1] in SPECIAL or raw[i + 1] == "n"):
            out.append("\n" if raw[i + 1] == "n" else raw[i + 1])
            i += 2
        else:
            out.append(raw[i])
            i += 1
    return "".join(out)


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
    return "\n".join(parts).encode("utf-8"), warnings


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
        tag = f" [tag:{q['topic']}]" if q.get("topic") and "]" not in q["topic"] and "\n" not in q["topic"] else ""
        lines.append(f"// [id:{q['id']}]{tag}")
    head = f"::{escape(q['id'])}::[plain]"
    return "\n".join([*lines, REGISTRY[qtype].to_gift(q, head, feedback_text(bank, q), Writer)])


class Writer:
    """The helpers a type's `to_gift` writes with (type modules do not import the formats)."""

    escape = staticmethod(escape)

    @staticmethod
    def block(head: str, prompt: str, items: list[str], feedback: str) -> str:
        """`head`, the prompt and an answer block of `items` (one a line), the feedback last."""
        tail = [f"\t####{escape(feedback)}"] if feedback else []
        return head + escape(prompt) + "\n".join(["{", *items, *tail, "}"])


def _unescaped(raw: str, target: str, start: int = 0) -> int:
    """Index of the first unescaped `target` in `raw` from `start`, or -1."""
    i = start
    while i < len(raw):
        if raw[i] == "\\":
            i += 2
            continue
        if raw.startswith(target, i):
            return i
        i += 1
    return -1


def import_gift(data: bytes) -> dict[str, Any]:
    """Parse GIFT into a bank dict; raise ValidationError naming the line and the problem; all or nothing."""
    text = decode_text(data, "GIFT").replace("\r\n", "\n").replace("\r", "\n")
    header: dict[str, Any] = {}
    blocks: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    pending_meta = None
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
                pending_meta = read_meta(note[len("studyapp "):], f"GIFT line {number}")
            continue
        if current is None and stripped.startswith("$CATEGORY:"):
            continue
        if current is None:
            current = {"line": number, "lines": [], "meta": pending_meta or {}}
            pending_meta = None
            blocks.append(current)
        current["lines"].append(line)
    questions, seen = [], {}
    for block in blocks:
        q = _parse_block("\n".join(block["lines"]), block["line"], block["meta"])
        if q["id"] in seen:
            raise ValidationError(f"GIFT line {block['line']}: duplicate question id {q['id']!r} "
                                  f"(first used on line {seen[q['id']]}).")
        seen[q["id"]] = block["line"]
        questions.append(q)
    if not questions:
        raise ValidationError("GIFT: no questions found.")
    return finish_bank(header.get("title") or "", header.get("sources") or [], questions, label="GIFT")


def _parse_block(raw: str, first_line: int, meta: dict[str, Any]) -> dict[str, Any]:
    """One GIFT question (its raw text starting on `first_line`) as a question dict."""
    def fail(pos: int, problem: str) -> ValidationError:
        """A ValidationError naming the line of character `pos`."""
        return ValidationError(f"GIFT line {first_line + raw[:pos].count(chr(10))}: {problem}")

    qid, body_at = None, 0
    if raw.lstrip().startswith("::"):
        start = raw.index("::")
        end = _unescaped(raw, "::", start + 2)
        if end < 0:
            raise fail(start, "the title '::...' is not closed with '::'.")
        qid, body_at = unescape(raw[start + 2:end]).strip(), end + 2
    opening = _unescaped(raw, "{", body_at)
    if opening < 0:
        raise fail(body_at, "no answer block '{...}' (descriptions are not questions).")
    closing = _unescaped(raw, "}", opening + 1)
    if closing < 0:
        raise fail(opening, "the answer block '{' is never closed with '}'.")
    if _unescaped(raw[:closing], "{", opening + 1) >= 0:
        raise fail(opening, "an answer block holds an unescaped '{' (write \\{).")
    before, after_raw = raw[body_at:opening], raw[closing + 1:]
    after = after_raw.strip()
    if _unescaped(after, "{") >= 0:
        raise fail(closing, "more than one answer block: embedded multi-gap questions are not supported.")
    match = _FORMAT.match(before)
    before = before[match.end():] if match else before.lstrip()
    qid = qid or f"gift-line-{first_line}"
    block = Block(raw[opening + 1:closing], lambda problem: fail(opening, problem), meta.get("type"))
    kind = next(t for t in REGISTRY.values() if t.gift_reads == block.shape)
    fields = {**kind.from_gift(block), "explanation": block.feedback}
    qtype = kind.name
    prompt = unescape(before).strip()
    if match and match.group(1) == "html":
        prompt = html_to_text(prompt)
    if after or (kind.gift_gap not in ("", kind.name) and meta.get("type") == kind.gift_gap):
        qtype = kind.gift_gap  # a short answer standing in the text is a cloze
        prompt = unescape(before) + BLANK + unescape(after_raw)
        if not qtype:
            raise fail(closing, "only short-answer and multiple-choice blocks may stand inside the text.")
    if not prompt.strip():
        raise fail(0, "the question has no text.")
    question = new_question(qid, qtype, prompt, fields.pop("answer"), **fields)
    return apply_meta(question, meta)


# The shapes of GIFT answer block, in the order they are recognised; each type's `gift_reads` names the one it reads.
SHAPES = ("empty", "number", "word", "weighted", "choices", "pairs", "answers")


class Block:
    """One GIFT answer block (between `{` and `}`): its feedback, its shape and the helpers a type reads it with."""

    unescape = staticmethod(unescape)

    def __init__(self, raw: str, fail, marked: str | None = None) -> None:
        """Split off the `####` feedback; `marked` is the type the carried metadata names (it tells a
        multiple-response block with one right option from a multiple-choice one)."""
        split = _unescaped(raw, "####")
        self.feedback = unescape(raw[split + 4:]).strip() if split >= 0 else ""
        self.body = (raw[:split] if split >= 0 else raw).strip()
        self.fail = fail
        self.multiple = marked in REGISTRY and REGISTRY[marked].gift_reads == "weighted"
        self.word = self.body[:_unescaped(self.body + "#", "#")].strip().upper()

    @cached_property
    def items(self) -> list[tuple[str, str, float | None]]:
        """The `=a ~b` items as (marker, raw text, weight)."""
        return _items(self.body, self.fail)

    @cached_property
    def positive(self) -> list[tuple[str, float]]:
        """(raw text, weight) of the `~` items with a positive weight."""
        return [(text, weight) for marker, text, weight in self.items if marker == "~" and weight and weight > 0]

    def number(self) -> dict[str, Any]:
        """A `#` block's answer and tolerance."""
        return _numeric(self.body[1:].strip(), self.fail)

    @cached_property
    def shape(self) -> str:
        """Which of SHAPES the block has."""
        if not self.body:
            return "empty"  # Moodle's essay: an empty block (or only general feedback)
        if self.body.startswith("#"):
            return "number"
        if self.word in ("T", "TRUE", "F", "FALSE"):
            return "word"
        positive = self.positive
        if len(positive) >= 2 or (positive and positive[0][1] < 100) or (positive and self.multiple):
            return "weighted"
        if any(marker == "~" for marker, _, _ in self.items):
            return "choices"
        if any("->" in text for _, text, _ in self.items):
            return "pairs"
        return "answers"


def _items(body: str, fail) -> list[tuple[str, str, float | None]]:
    """Split `=a ~b` items into (marker, raw text, weight); per-answer feedback after '#' is dropped."""
    starts, i = [], 0
    while i < len(body):
        if body[i] == "\\":
            i += 2
            continue
        if body[i] in "=~":
            starts.append(i)
        i += 1
    if not starts or starts[0] != 0:
        raise fail("answers must start with '=' (right) or '~' (wrong).")
    items = []
    for n, start in enumerate(starts):
        text = body[start + 1:starts[n + 1] if n + 1 < len(starts) else len(body)].strip()
        weight = None
        match = _WEIGHT.match(text)
        if match:
            weight, text = float(match.group(1)), text[match.end():]
        cut = _unescaped(text, "#")
        text = (text[:cut] if cut >= 0 else text).strip()
        if not unescape(text).strip():
            raise fail("an empty answer.")
        items.append((body[start], text, weight))
    return items


def _numeric(body: str, fail) -> dict[str, Any]:
    """Read `value`, `value:tolerance`, `min..max` or `=value:tol ...` into answer and tolerance."""
    if body.startswith("="):
        right = [text for _, text, weight in _items(body, fail) if weight in (None, 100)]
        if not right:
            raise fail("a numeric block needs a fully right answer.")
        body = right[0]
    cut = _unescaped(body, "#")
    body = unescape(body[:cut] if cut >= 0 else body).strip()
    try:
        if ".." in body:
            low, high = (parse_number(p) for p in body.split("..", 1))
            return {"answer": (low + high) / 2, "tolerance": (high - low) / 2}
        value, _, tolerance = body.partition(":")
        return {"answer": parse_number(value), "tolerance": parse_number(tolerance) if tolerance.strip() else None}
    except ValueError:
        raise fail(f"numeric answer {body!r} is not a number (expected value, value:tolerance or min..max).") from None
