"""Question types as plugins: each type's module owns how it is edited, read, laid out, graded and shown.

In the shape of CTFd's challenge classes and Indico's survey field types: `REGISTRY` maps a type's name to
one `BaseType` instance, and services, formats, the player, the editor, item analysis and the templates ask
it instead of branching on the name. A type's editor and player macros live in
`templates/question_types/<name>.html`. Adding a type: its module, its macros and one line below.
The grading methods are pure: no Flask, no SQLAlchemy.
"""
from __future__ import annotations

import random
from typing import Any

from studyapp.errors import ValidationError
from studyapp.limits import too_long
from studyapp.translatable import N_, at


def clean_list(values, field: str) -> list[str]:
    """Stripped non-empty strings; ValidationError on duplicates."""
    items = [str(v).strip() for v in values or [] if str(v).strip()]
    if len({i.casefold() for i in items}) != len(items):
        raise ValidationError(N_("Two entries are the same; each must differ."), field)
    return items


def lines(text: str | None) -> list[str]:
    """Non-empty stripped lines of a text box."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class BaseType:
    """One question type. Subclasses set the class attributes and override what differs."""

    name = ""
    label = ""
    answer_field = "prompt"  # the editor field a problem with the answer is shown beside
    offers_choices = False  # students pick among `choices` (item analysis counts the options picked)
    is_manual = False  # a teacher marks each answer by hand (services/marking.py); never graded automatically
    shows_choice_images = False  # its player and paper show an image beside a choice (services/media.py)
    cannot_carry: frozenset[str] = frozenset()  # the exchange formats (formats.registry keys) with no place for it
    editor_fields: dict[str, Any] = {}  # extra form fields the editor needs, by name (wtforms fields)

    @property
    def formats(self) -> frozenset[str]:
        """The exchange formats that can carry this type: every one in studyapp.formats.registry but `cannot_carry`."""
        from studyapp.formats.registry import FORMATS  # the formats import the types, so not at import time

        return frozenset(FORMATS) - self.cannot_carry

    @property
    def template(self) -> str:
        """The template holding this type's `player(view)`, `editor(form)` and `paper(view)` (print) macros."""
        return f"question_types/{self.name}.html"

    # Editing
    def validate(self, data: dict[str, Any], prompt: str) -> dict[str, Any]:
        """The type's own fields (choices, answer, aliases, tolerance), checked; ValidationError names the field."""
        raise NotImplementedError

    def shape_problem(self, question: dict[str, Any]) -> str | None:
        """What is wrong with an imported question's answer for this type (bank-file shape), or None."""
        return None

    def value_problem(self, question: dict[str, Any]) -> str | None:
        """What is wrong with an imported answer's value once its shape and limits are checked, or None."""
        return None

    def fill_form(self, form, question) -> None:
        """Put the question's answer fields into the editor form (first display)."""

    def form_data(self, form) -> dict[str, Any]:
        """The editor form's answer fields as the plain dict `validate` reads."""
        return {}

    def answer_problems(self, answer: Any) -> list[str | None]:
        """Messages for the limits (studyapp.limits) the answer breaks; None entries for those it keeps."""
        return [too_long("answer", answer)]

    # Taking
    def choices_of(self, question) -> list[str]:
        """The options a student picks among, in the question's own order."""
        return list(question.choices or ())

    def lay_out(self, question, rng: random.Random, shuffle_choices: bool) -> tuple[str, list[str]] | None:
        """(layout section, entries) fixed once per attempt, or None when the type shows nothing in order."""
        return None

    def show(self, view, question, layout: dict, raw: Any) -> None:
        """Fill a SlotView's choices, items or options from the attempt's layout."""

    def read(self, view, form) -> Any:
        """The raw answer from form data (None when left blank); ValidationError when unreadable."""
        value = form.get(view.name, "")
        return value or None

    def check_raw(self, key, raw: Any) -> None:
        """Refuse a stored answer the question could never have offered (the autosave path, without a view)."""

    # Grading and showing
    def grade(self, key, raw: Any) -> float:
        """The fraction of the points `raw` earns against `key` (0 to 1); `raw` is not empty."""
        raise NotImplementedError

    def mark_matches(self, entry: dict[str, Any], raw: Any) -> bool:
        """True when `raw` is the mark's answer: typed text compared folded (`text.fold`); `*` matches anything."""
        from studyapp.question_types.marks import ANY
        from studyapp.text import fold

        return entry["answer"] == ANY or (isinstance(raw, str) and fold(str(entry["answer"])) == fold(raw))

    def feedback_for(self, question, raw: Any) -> list[str]:
        """The per-answer feedback a student sees for `raw` (a Question or a grading Key): that of the mark worth
        what the answer earned, a specific answer before the catch-all `*`."""
        from studyapp.question_types.marks import ANY, best, feedback_lines, marks_of
        from studyapp.services.grading import Key, key_of

        if raw in (None, "", [], {}) or not marks_of(question):
            return []
        key = question if isinstance(question, Key) else key_of(question)
        earned = self.grade(key, raw)
        matched = [m for m in marks_of(key) if self.mark_matches(m, raw) and abs(m["fraction"] - earned) < 1e-6]
        return feedback_lines([best([m for m in matched if m["answer"] != ANY]) or best(matched)])

    def answer_text(self, value: Any) -> str:
        """An answer (the key or a student's raw answer) as one line of text."""
        return "" if value is None else str(value)

    def card_choices(self, question) -> list[str]:
        """The options a flashcard made from the question shows on its front (none by default)."""
        return []

    def is_key_choice(self, question, choice: str) -> bool:
        """True when `choice` is (one of) the question's right options."""
        return choice == question.answer

    def picked(self, raw: Any) -> tuple[str, ...]:
        """The options a raw answer picked, for item analysis."""
        return (raw,) if isinstance(raw, str) and raw else ()

    # Exchange formats: the type's own part of each file; the format module (studyapp/formats/) keeps the container.
    carries_aliases = False  # the formats write `aliases` as accepted answers (else they travel as metadata)
    answer_in_meta = False  # the answer also travels in the metadata note (a format may have no place for it)
    moodle_qtype = ""  # the Moodle question type this type is written as
    moodle_reads: tuple[str, ...] = ()  # the Moodle question types this type can read (default: moodle_qtype)
    moodle_note = ""  # what a teacher should know when this type goes to Moodle XML (which Moodle versions read it)

    def to_moodle_xml(self, question: dict[str, Any], element, xml) -> None:
        """Append the type's answers and options to a Moodle `<question>`, with `xml`'s helpers (`sub`, `text`,
        `answer`); ValueError when the question's data cannot be written."""
        raise ValueError(f"Moodle XML has no {self.name} type")

    def to_gift(self, question: dict[str, Any], head: str, feedback: str, gift) -> str:
        """The question in GIFT from its `::id::` `head` on, with `gift`'s helpers (`escape`, `block`); by default
        the prompt then a block of `gift_answers`. ValueError when GIFT cannot carry the question's data."""
        return gift.block(head, question.get("prompt") or "", self.gift_answers(question, gift), feedback)

    def gift_answers(self, question: dict[str, Any], gift) -> list[str]:
        """The lines of the question's GIFT answer block."""
        raise ValueError(f"GIFT has no {self.name} type")

    gift_reads = ""  # the shape of GIFT answer block this type reads (studyapp.formats.gift.SHAPES), if any
    gift_gap = ""  # the type a block standing inside the text makes of this one (none: refused)

    def from_gift(self, block) -> dict[str, Any]:
        """The answer and the type's own fields from a GIFT answer `block` (a studyapp.formats.gift.Block);
        `block.fail(problem)` is the ValidationError to raise."""
        raise block.fail(N_("GIFT blocks are not read as %(type)s.", type=self.name))

    qti_interaction = ""  # the QTI 2.1 interaction this type is written as

    def qti_prompt(self, question: dict[str, Any], body, qti) -> None:
        """Write the prompt into the QTI `itemBody`, with `qti`'s helpers (`el`, `lines`)."""
        qti.lines(qti.el(body, "p"), str(question.get("prompt") or ""))

    def to_qti(self, question: dict[str, Any], body, declaration, correct, qti):
        """Fill in the QTI interaction (in `body`), the response `declaration` and its `correct` response; return
        the scoring condition (None: score the response's mapping). `qti.Unrepresentable` when it cannot."""
        raise qti.Unrepresentable(f"QTI has no {self.name} type")

    def reads_qti(self, read) -> bool:
        """True when this type reads `read` (a studyapp.formats.qti_import.ItemRead): by default an item with the type's
        interaction. The type the item's metadata names is asked first, then each in the registry's order."""
        return bool(self.qti_interaction) and read.interaction == self.qti_interaction

    def from_qti(self, read, fields: dict[str, Any]) -> Any:
        """The answer of a QTI item; other fields (choices, aliases, tolerance, marks) go into `fields`;
        `raise read.fail(problem)` when it cannot be read."""
        raise read.fail(N_("QTI items are not read as %(type)s.", type=self.name))

    def csv_answer(self, answer: Any) -> str:
        """The answer's cell in a CSV question sheet (a list answer is written as JSON by the sheet)."""
        return "" if answer is None else str(answer)

    def from_csv(self, row) -> Any:
        """The answer from a sheet `row` (a studyapp.formats.csv_questions.Row: `text`, `json`, `number`, `fail`)."""
        return row.text("answer")

    def csv_choices(self, answer: Any, choices: list[str], row) -> list[str]:
        """The row's choices, checked against the answer (`raise row.fail(problem)` when they do not fit)."""
        return choices

    anki_choices = True  # the Anki card lists the question's choices on its front

    def anki_back(self, question: dict[str, Any], html) -> str:
        """The right answer as HTML for the back of an Anki card (`html` makes text safe HTML)."""
        text = html(question.get("answer"))
        if question.get("aliases"):
            text += "<br><small>Also accepted: " + ", ".join(html(a) for a in question["aliases"]) + "</small>"
        return text

    anki_cloze_note = False  # a one-gap Anki cloze note ({{c1::...}}) becomes a question of this type

    def from_anki(self, back, fields: dict[str, Any]) -> Any:
        """The answer from the back of one of our Anki cards, as `anki_back` wrote it (`back`: a
        studyapp.formats.anki_import.Back with `text`, `lines`, `items` and `fail`); other fields go into `fields`."""
        return back.text()

    def reads_moodle_xml(self, read) -> bool:
        """True when this type reads `read` (a studyapp.formats.moodle_xml.Read); the first type that does, reads it."""
        return read.qtype in (self.moodle_reads or (self.moodle_qtype,))

    def from_moodle_xml(self, read, fields: dict[str, Any]) -> Any:
        """The answer of a Moodle question; other fields (choices, aliases, prompt) go into `fields`;
        ValidationError naming `read.where` when it cannot be read."""
        raise ValidationError(at(read.where, N_("Moodle question type %(qtype)r cannot be read as %(type)s.", qtype=read.qtype,
                                                type=self.name)))


def csv_list(row, name: str, pairs: bool = False) -> list:
    """A sheet's JSON list answer (of [left, right] pairs when `pairs`); `row.fail` when it is not one."""
    answer = row.json("answer")
    if not isinstance(answer, list) or (pairs and any(not isinstance(p, list) or len(p) != 2 for p in answer)):
        raise row.fail(N_("a %(type)s answer must be a JSON list of [left, right] pairs.", type=name) if pairs
                       else N_("a %(type)s answer must be a JSON list.", type=name))
    return answer

from studyapp.question_types.cloze import Cloze  # noqa: E402 (the types subclass BaseType above)
from studyapp.question_types.essay import Essay  # noqa: E402
from studyapp.question_types.matching import Matching  # noqa: E402
from studyapp.question_types.multiple_choice import MultipleChoice  # noqa: E402
from studyapp.question_types.multiple_response import MultipleResponse  # noqa: E402
from studyapp.question_types.numeric import Numeric  # noqa: E402
from studyapp.question_types.ordering import Ordering  # noqa: E402
from studyapp.question_types.short_answer import ShortAnswer  # noqa: E402
from studyapp.question_types.true_false import TrueFalse  # noqa: E402

# The order is the editor's and the filters' order.
REGISTRY: dict[str, BaseType] = {t.name: t for t in (
    MultipleChoice(), TrueFalse(), Cloze(), Numeric(), ShortAnswer(), Ordering(), Matching(), MultipleResponse(),
    Essay(),
)}
NAMES = tuple(REGISTRY)
AUTO_GRADED = tuple(name for name, t in REGISTRY.items() if not t.is_manual)  # practice and flashcards ask only these


def get_type(name: str) -> BaseType:
    """The registered type called `name`; ValueError listing the known ones otherwise."""
    try:
        return REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown question type {name!r}; known: {sorted(REGISTRY)}") from None


def labels() -> dict[str, str]:
    """Each type's name and label, in the registry's order."""
    return {name: t.label for name, t in REGISTRY.items()}
