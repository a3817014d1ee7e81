"""What every exchange format shares: the import size limit, decoding, evidence wording, carried metadata, new questions."""
from __future__ import annotations

import html
import json
import re
from decimal import Decimal
from html.parser import HTMLParser
from typing import Any

import nh3

from studyapp.errors import ValidationError
from studyapp.formats.bank_json import FORMAT, check_bank
from studyapp.numbers import parse_number  # noqa: F401 (the formats read numbers through here)
from studyapp.question_types import NAMES, REGISTRY
from studyapp.translatable import N_, Joined, Message, at, message_of, problem_at, translatable


MAX_IMPORT_BYTES = 5 * 1024 * 1024
TYPES = NAMES  # every registered question type
BLANK = "_____"
# Fields that no exchange format has a native place for: they travel as a JSON note beside the question.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
META_FIELDS = ("kind", "topic", "difficulty", "status", "source", "explanation", "notes", "language")


def decode_text(data: bytes, label: str) -> str:
    """Check the size limit and decode UTF-8 (a BOM is allowed), naming the line of a bad byte."""
    if not isinstance(data, (bytes, bytearray)):
        raise ValidationError(at(label, N_("expected the file's bytes.")))
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError(at(label, N_("the file is larger than %(size)s MB.", size=MAX_IMPORT_BYTES // (1024 * 1024))))
    try:
        return bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ValidationError(at(label, N_("line %(line)s: not UTF-8 text.", line=line))) from None


def xml_safe(text: str) -> str:
    """Text without the control characters XML 1.0 cannot hold (PDF text often has form feeds)."""
    return _XML_INVALID.sub("", text)


def check_size(data: bytes, label: str) -> None:
    """Refuse input over the import size limit."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError(at(label, N_("the file is larger than %(size)s MB.", size=MAX_IMPORT_BYTES // (1024 * 1024))))


def number_text(value: Any) -> str:
    """A number written out in plain decimal (no exponent), as GIFT and Moodle read it."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{value!r} is not a number")  # noqa: TRY004 (callers report ValueError as unrepresentable)
    if isinstance(value, int):
        return str(value)
    return format(Decimal(repr(value)), "f")


def share_text(count: int, sign: int = 1) -> str:
    """Moodle's percentage for one of `count` options sharing 100% (or -100%): 50, 33.33333, -25."""
    return number_text(round(sign * 100 / count, 5)).removesuffix(".0")


def multiple_response_shares(question: dict[str, Any]) -> list[tuple[str, str]]:
    """(choice, percentage) per choice of a multiple-response question: right ones share +100%, wrong -100%.

    ValueError when the answer is not a non-empty list of its choices.
    """
    choices, answer = [str(c) for c in question.get("choices") or []], question.get("answer")
    if not isinstance(answer, list) or not answer or any(str(a) not in choices for a in answer) \
            or not all(c.strip() for c in choices):
        raise ValueError("the answer must be a list of one or more of its non-empty choices")
    right = {str(a) for a in answer}
    wrong = len(choices) - len(right)
    return [(c, share_text(len(right)) if c in right else share_text(wrong, -1)) for c in choices]


def images_not_carried(bank: dict[str, Any], label: str) -> list[str]:
    """The export warning of a format with no place for images (GIFT, CSV), when some question has one."""
    count = sum(1 for q in bank.get("questions") or [] if q.get("images"))
    if not count:
        return []
    return [f"{count} question{'s' if count != 1 else ''} with an image: {label} has no place for images, so they "
            "are exported without them (Moodle XML, QTI, Anki and StudyApp JSON keep them)."]


def source_of(bank: dict[str, Any], question: dict[str, Any]) -> dict[str, Any]:
    """The bank's source entry that a question or flashcard cites, or an empty dict."""
    source_id = (question.get("source") or {}).get("id")
    for source in bank.get("sources") or []:
        if source.get("id") == source_id:
            return source
    return {}


def evidence_text(bank: dict[str, Any], item: dict[str, Any]) -> str:
    """Plain-text evidence line: the quoted sentence, then its source title, author and paragraph."""
    cited = item.get("source") or {}
    source = source_of(bank, item)
    parts = [p for p in (source.get("title"), source.get("author")) if p]
    if cited.get("paragraph"):
        parts.append(f"paragraph {cited['paragraph']}")
    where = f" ({', '.join(parts)})" if parts else ""
    quote = cited.get("quote") or ""
    return f"Evidence{where}: \u201c{quote}\u201d" if quote else (f"Source{where}" if where else "")


def feedback_text(bank: dict[str, Any], question: dict[str, Any]) -> str:
    """General feedback for a question: its explanation, then the evidence."""
    parts = [question.get("explanation") or "", evidence_text(bank, question)]
    return "\n".join(p for p in parts if p)


def question_meta(question: dict[str, Any]) -> dict[str, Any]:
    """The fields of a question that travel as metadata (type first), empty values left out."""
    meta = {"type": question["type"]}
    meta.update({f: question[f] for f in META_FIELDS if question.get(f) not in (None, "", [], {})})
    if not getattr(REGISTRY.get(question["type"]), "carries_aliases", False) and question.get("aliases"):
        meta["aliases"] = question["aliases"]
    if getattr(REGISTRY.get(question["type"]), "answer_in_meta", False):
        meta["answer"] = question.get("answer")
    return meta


def meta_json(value: Any) -> str:
    """Metadata as one ASCII line of JSON."""
    return json.dumps(value, ensure_ascii=True, sort_keys=True)


def read_meta(text: str, where: str) -> dict[str, Any]:
    """Parse a metadata JSON object written by `meta_json`."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(at(where, N_("the studyapp metadata is not valid JSON (%(reason)s).", reason=exc.msg))) \
            from None
    if not isinstance(value, dict):
        raise ValidationError(at(where, N_("the studyapp metadata must be a JSON object.")))
    return value


def new_question(qid: str, qtype: str, prompt: str, answer: Any, **fields: Any) -> dict[str, Any]:
    """A question dict with every field of the bank shape, defaults filled in."""
    question = {
        "id": qid, "type": qtype, "kind": "fact", "prompt": prompt, "choices": [], "answer": answer,
        "tolerance": None, "aliases": [], "explanation": "", "notes": "", "topic": "", "difficulty": None,
        "source": {"id": None, "quote": "", "paragraph": None}, "status": "draft",
    }
    question.update(fields)
    return question


def apply_meta(question: dict[str, Any], meta: dict[str, Any]) -> dict[str, Any]:
    """Overlay carried metadata (not the type, which the caller settles) on an imported question."""
    if meta:  # with metadata, the feedback text (explanation plus evidence) is not the explanation
        question["explanation"] = ""
    for field in (*META_FIELDS, "aliases"):
        if field in meta:
            question[field] = meta[field]
    if "answer" in meta and getattr(REGISTRY.get(question["type"]), "answer_in_meta", False):
        question["answer"] = meta["answer"]  # a type whose answer the format has no (whole) place for
    return question


class Skips:
    """The questions of a file an importer could not read, each with its line, its (Moodle) type and why; and the
    line of each question it did read (`lines`, in order), so a question the bank check refuses is listed too."""

    def __init__(self, label: str) -> None:
        """An empty list for a file of the format `label` ("GIFT", "Moodle XML")."""
        self.label, self.items, self.lines = label, [], []

    def add(self, line: int | None, qtype: str, reason: Exception | str) -> None:
        """List one question left out; the reason loses the "<label> line N:" its message may start with."""
        text = message_of(reason) if isinstance(reason, Exception) else reason
        prefix = re.compile(rf"^{re.escape(self.label)}( line [\d,]+| line \?)?( \(question [\d,]+\))?$")
        if (located := problem_at(text)) and prefix.match(str(located[0])):
            text = located[1]
        else:
            text = re.sub(rf"^{re.escape(self.label)}( line \d+)?( \(question \d+\))?: ", "", str(text))
        self.items.append({"line": line, "type": qtype, "reason": text})

    def check(self, sources: list[dict[str, Any]], questions: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The questions that pass the bank check one by one; the others are listed."""
        kept = []
        for n, question in enumerate(questions):
            try:
                check_bank({"format": FORMAT, "title": "", "sources": sources, "questions": [question]})
            except ValidationError as exc:
                self.add(self.lines[n] if n < len(self.lines) else None, question.get("type") or "?",
                         _unnumbered(message_of(exc)))
                continue
            kept.append(question)
        self.items.sort(key=lambda s: s["line"] or 0)
        return kept


def _unnumbered(message: str) -> str:
    """A bank check's message about the one question checked, without its number ("question (q7): ...")."""
    located = problem_at(message)
    where = located and located[0]
    if isinstance(where, Message) and where.msgid == "question %(number)s (%(id)s)":
        return at(N_("question (%(id)s)", id=where.params["id"]), located[1])
    return re.sub(r"^question 1 ", "question ", str(message))


def category_parts(path: str) -> list[str]:
    """The names of a Moodle category path below the context and `top`: `$course$/top/Iota/Kappa` -> Iota, Kappa
    (Moodle writes a `/` inside a name as `//`, read back as one `/`)."""
    parts = [p.replace("//", "/").strip() for p in re.split(r"(?<!/)/(?!/)", path.strip())]
    while parts and (parts[0] in ("", "top") or re.fullmatch(r"\$\w+\$", parts[0])):
        parts.pop(0)  # the context ($course$, $system$...) and Moodle's own top category
    return [p for p in parts if p]


def category_topic(path: str) -> str:
    """A Moodle category path as a topic, nesting kept: `$course$/top/Iota/Kappa/Lambda` -> `Iota/Kappa/Lambda`."""
    return "/".join(category_parts(path))


TAG_CHARS = 50  # Moodle cuts a tag to 50 characters (core_tag's TAG_MAX_LENGTH); the full topic travels as metadata


def moodle_tags(question: dict[str, Any]) -> list[str]:
    """The tags a question goes to Moodle with: its topic, then its own tags, each cut to Moodle's 50 characters."""
    cut = (" ".join(str(t)[:TAG_CHARS].split()) for t in [question.get("topic"), *(question.get("tags") or [])] if t)
    return list(dict.fromkeys(t for t in cut if t))


def own_tags(tags: list[str], meta: dict[str, Any]) -> list[str]:
    """Tags read back from Moodle, less the one StudyApp wrote for the topic the carried metadata holds in full."""
    topic = " ".join(str(meta.get("topic") or "")[:TAG_CHARS].split())
    return list(dict.fromkeys(t for t in tags if t and t != topic))


def unique_id(qid: str, seen: set[str]) -> str:
    """`qid`, or `qid-2`, `qid-3`... when a question of the same file already has it (Moodle allows equal names)."""
    candidate, n = qid, 1
    while candidate in seen:
        n += 1
        candidate = f"{qid[:90]}-{n}"
    seen.add(candidate)
    return candidate


def finish_bank(title: str, sources: list[dict[str, Any]], questions: list[dict[str, Any]],
                flashcards: list[dict[str, Any]] | None = None, *, label: str,
                skips: Skips | None = None) -> dict[str, Any]:
    """Assemble an imported bank, adding stub sources for cited ids, and check it.

    With `skips`, a question the check refuses is listed there and left out, and the bank's `skipped` holds the
    list; ValidationError when no question (nor flashcard) is left. Without, any problem refuses the whole file.
    """
    sources = [dict(s) for s in sources]
    if skips is not None:
        known_ids = {s.get("id") for s in sources}
        stubs = [{"id": i, "title": i, "author": "", "kind": "", "published": "", "file": ""}
                 for i in dict.fromkeys((q.get("source") or {}).get("id") for q in questions) if i and i not in known_ids]
        questions = skips.check(sources + stubs, questions)
        if not questions and not flashcards:
            listed = [N_("line %(line)s (%(type)s): %(problem)s", line=s["line"], type=s["type"], problem=translatable(s["reason"]))
                      for s in skips.items[:5]]
            raise ValidationError(at(label, N_("no question could be read (%(problems)s).", problems=Joined(listed, "; "))
                                         if listed else N_("no question could be read.")))
    known = {s.get("id") for s in sources}
    for item in [*questions, *(flashcards or [])]:
        source_id = (item.get("source") or {}).get("id")
        if source_id and source_id not in known:
            sources.append({"id": source_id, "title": source_id, "author": "", "kind": "", "published": "",
                            "file": ""})
            known.add(source_id)
    bank = {"format": FORMAT, "title": title or "Imported questions", "sources": sources,
            "questions": questions, "flashcards": list(flashcards or [])}
    check_bank(bank, label)
    if skips is not None:
        bank["skipped"] = skips.items
    return bank


def html_to_text(value: str) -> str:
    """Plain text from imported HTML: nh3 (ammonia) drops every tag and script/style content; breaks become newlines."""
    value = re.sub(r"(?i)<br\s*/?>|</p>\s*(?=<p)", "\n", value or "")
    return html.unescape(nh3.clean(value, tags=set())).strip()


class _Images(HTMLParser):
    """The `<img>` tags of a piece of HTML: (src, alt) in order."""

    def __init__(self) -> None:
        """No images found yet."""
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Note an img's src and alt."""
        if tag == "img":
            values = dict(attrs)
            self.found.append((values.get("src") or "", values.get("alt") or ""))


def image_tags(value: str) -> list[tuple[str, str]]:
    """(src, alt) of each `<img>` in imported HTML (Moodle's question text, an Anki field), in order."""
    parser = _Images()
    parser.feed(value or "")
    parser.close()
    return parser.found
