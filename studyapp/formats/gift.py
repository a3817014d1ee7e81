"""GIFT (Moodle's text format): export a bank, and parse GIFT back into a bank, naming the line of any problem."""
from __future__ import annotations

import re
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
    multiple_response_shares,
    new_question,
    number_text,
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
    """One question in GIFT: metadata comments, `::id::`, text and answer block."""
    qtype, prompt, answer = q["type"], q.get("prompt") or "", q.get("answer")
    if qtype not in REGISTRY:
        raise _Unrepresentable(f"unknown type {qtype!r}")
    if "gift" not in REGISTRY[qtype].formats:
        raise _Unrepresentable(f"GIFT has no {qtype} type")
    lines = [f"// studyapp {_comment_safe(meta_json(question_meta(q)))}"]
    if "]" not in str(q["id"]) and "\n" not in str(q["id"]):
        tag = f" [tag:{q['topic']}]" if q.get("topic") and "]" not in q["topic"] and "\n" not in q["topic"] else ""
        lines.append(f"// [id:{q['id']}]{tag}")
    feedback = feedback_text(bank, q)
    tail = [f"\t####{escape(feedback)}"] if feedback else []
    head = f"::{escape(q['id'])}::[plain]"
    if qtype == "multiple_choice":
        choices = [str(c) for c in q.get("choices") or []]
        if choices.count(str(answer)) != 1 or not all(c.strip() for c in choices):
            raise _Unrepresentable("the answer must be exactly one of its non-empty choices")
        items = [f"\t{'=' if c == str(answer) else '~'}{escape(c)}" for c in choices]
        body = "\n".join(["{", *items, *tail, "}"])
    elif qtype == "multiple_response":
        items = [f"\t~%{share}%{escape(c)}" for c, share in multiple_response_shares(q)]
        body = "\n".join(["{", *items, *tail, "}"])
    elif qtype == "true_false":
        body = "\n".join(["{", f"\t{'TRUE' if str(answer).lower() == 'true' else 'FALSE'}", *tail, "}"])
    elif qtype == "numeric":
        try:
            tolerance = "" if q.get("tolerance") in (None, "") else ":" + number_text(q["tolerance"])
            body = "\n".join(["{", f"\t#{number_text(answer)}{tolerance}", *tail, "}"])
        except ValueError as exc:
            raise _Unrepresentable(str(exc)) from None
    elif qtype == "matching":
        pairs = [(str(left), str(right)) for left, right in answer or []]
        if not pairs or any("->" in left or not left.strip() or not right.strip() for left, right in pairs):
            raise _Unrepresentable("a pair is empty or its left item contains '->', which GIFT cannot escape")
        body = "\n".join(["{", *(f"\t={escape(a)} -> {escape(b)}" for a, b in pairs), *tail, "}"])
    elif qtype in ("short_answer", "cloze"):
        if not str(answer or "").strip() or any("->" in str(a) for a in [answer, *(q.get("aliases") or [])]):
            raise _Unrepresentable("the answer is empty or contains '->', which GIFT reads as a matching pair")
        accepted = " ".join("=" + escape(a) for a in [answer, *(q.get("aliases") or [])])
        block = accepted + (f" ####{escape(feedback)}" if feedback else "")
        if qtype == "cloze":
            if prompt.count(BLANK) != 1:
                raise _Unrepresentable(f"a cloze prompt needs exactly one {BLANK}")
            before, after = prompt.split(BLANK)
            head = head if before else head.removesuffix("[plain]")  # a format marker needs text after it
            return "\n".join([*lines, f"{head}{escape(before)}{{{block}}}{escape(after)}"])
        return "\n".join([*lines, f"{head}{escape(prompt)}{{{block}}}"])
    else:
        raise _Unrepresentable(f"GIFT has no {qtype} type")
    return "\n".join([*lines, head + escape(prompt) + body])


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
    fields = _answers(raw[opening + 1:closing], lambda problem: fail(opening, problem),
                      meta.get("type") == "multiple_response")
    qtype = fields.pop("type")
    prompt = unescape(before).strip()
    if match and match.group(1) == "html":
        prompt = html_to_text(prompt)
    if after or (qtype == "short_answer" and meta.get("type") == "cloze"):
        qtype = "cloze" if qtype == "short_answer" else qtype
        prompt = unescape(before) + BLANK + unescape(after_raw)
        if qtype not in ("cloze", "multiple_choice"):
            raise fail(closing, "only short-answer and multiple-choice blocks may stand inside the text.")
    if not prompt.strip():
        raise fail(0, "the question has no text.")
    question = new_question(qid, qtype, prompt, fields.pop("answer"), **fields)
    return apply_meta(question, meta)


def _answers(raw: str, fail, multiple: bool = False) -> dict[str, Any]:
    """Classify and read an answer block: type, answer and the type's own fields.

    `multiple` says the carried metadata names a multiple-response question (one right option looks like
    multiple choice otherwise).
    """
    split = _unescaped(raw, "####")
    feedback = unescape(raw[split + 4:]).strip() if split >= 0 else ""
    body = (raw[:split] if split >= 0 else raw).strip()
    common = {"explanation": feedback}
    if not body:
        raise fail("an empty answer block is an essay question, which StudyApp does not support.")
    if body.startswith("#"):
        return {"type": "numeric", **_numeric(body[1:].strip(), fail), **common}
    word = body[:_unescaped(body + "#", "#")].strip().upper()
    if word in ("T", "TRUE", "F", "FALSE"):
        return {"type": "true_false", "answer": "True" if word.startswith("T") else "False",
                "choices": ["True", "False"], **common}
    items = _items(body, fail)
    positive = [(text, weight) for marker, text, weight in items if marker == "~" and weight and weight > 0]
    if len(positive) >= 2 or (positive and positive[0][1] < 100) or (positive and multiple):
        # Moodle's "tick all that apply": options with a positive weight are the right ones.
        return {"type": "multiple_response", "choices": [unescape(text).strip() for _, text, _ in items],
                "answer": [unescape(text).strip() for text, _ in positive], **common}
    if any(marker == "~" for marker, _, _ in items):
        right = [text for marker, text, weight in items if marker == "=" or weight == 100]
        if len(right) != 1:
            raise fail(f"a multiple-choice block needs exactly one right answer ('='), found {len(right)}.")
        return {"type": "multiple_choice", "choices": [unescape(text).strip() for _, text, _ in items],
                "answer": unescape(right[0]).strip(), **common}
    if any("->" in text for _, text, _ in items):
        pairs = [[unescape(p).strip() for p in text.split("->", 1)] for _, text, _ in items if "->" in text]
        if len(pairs) != len(items):
            raise fail("every item of a matching block needs 'left -> right'.")
        return {"type": "matching", "answer": pairs, **common}
    accepted = [text for _, text, weight in items if weight in (None, 100)]
    if not accepted:
        raise fail("no fully right answer ('=' or '=%100%').")
    accepted = [unescape(text).strip() for text in accepted]
    return {"type": "short_answer", "answer": accepted[0], "aliases": accepted[1:], **common}


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
