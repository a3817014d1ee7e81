"""Short answer: typed text graded against the key and its aliases, tolerating case, accents and near misses."""
from __future__ import annotations

import re
from typing import Any

from studyapp.errors import ValidationError
from studyapp.limits import COUNT, TEXT
from studyapp.question_types import BaseType, clean_list
from rapidfuzz.distance import Levenshtein

from studyapp.question_types.marks import ANY, fraction_text, mark, mark_for, marks_beyond, marks_of
from studyapp.services.grading import GRADED_CHARS, NEAR_MISS_CHARS
from studyapp.text import fold
from studyapp.translatable import N_, at


def _gradable(texts: list[str]) -> set[str]:
    """The normal forms of the texts a student could type in full (longer ones are passed over)."""
    return {fold(t) for t in texts if len(t) <= GRADED_CHARS}


def grade_text(key, raw: Any) -> float:
    """The key or an alias, ignoring case, accents, dashes, quotes, spacing, edge punctuation and a leading "the"
    (`text.fold`).

    A near miss (a typo) counts only when it is closer to the key than to any other option (or mark).
    A typed answer that is one of the question's marks (partial credit, `question_types.marks`) earns its fraction;
    the catch-all mark `*` earns its fraction when nothing else matched.
    """
    typed = fold(raw[:GRADED_CHARS] if isinstance(raw, str) else "")
    if not typed:
        return 0.0
    keys = [str(key.answer), *key.aliases[:COUNT["aliases"]]]
    accepted = _gradable(keys)
    if typed in accepted:
        return 1.0
    if same_russian_lemmas(raw[:GRADED_CHARS], [*keys, *surnames(keys)]) or same_kazakh(typed, [*keys, *surnames(keys)]):
        return 1.0
    marks = [m for m in marks_of(key)[:COUNT["marks"]] if len(str(m["answer"])) <= GRADED_CHARS]
    partial = [m["fraction"] for m in marks if m["answer"] != ANY and fold(str(m["answer"])) == typed]
    if partial:
        return max(0.0, max(partial))
    fallback = max([0.0, *(m["fraction"] for m in marks if m["answer"] == ANY)])
    if len(typed) > NEAR_MISS_CHARS or not accepted:
        return fallback
    allowed = 1 if len(typed) <= 8 else 2
    best = min(Levenshtein.distance(typed, a, score_cutoff=allowed) for a in accepted)
    others = [c for c in _gradable([*key.choices[:COUNT["choices"]], *(str(m["answer"]) for m in marks)])
              if c not in accepted]
    if best <= allowed and all(best < Levenshtein.distance(typed, o, score_cutoff=best) for o in others):
        return 1.0
    return fallback


def same_russian_lemmas(typed: str, keys: list[str]) -> bool:
    """A Russian key typed in another case or number (Аристотеля for Аристотель, движением for движение): the
    same dictionary forms, word by word (ё and е alike, through `fold`). Kazakh and English keys never match here."""
    from studyapp.generator.lang.detect import detect_language

    russian = [k for k in keys if len(k) <= GRADED_CHARS and len(k.split()) <= 4 and detect_language(k) == "ru"]
    if not russian or len(typed.split()) > 4 or detect_language(typed) != "ru":
        return False
    from studyapp.generator.lang.ru import lemma

    def lemmas(text: str) -> list[str]:
        """The folded lemma of every word (looked up before folding: fold makes й и, and людей needs its й)."""
        return [fold(lemma(w)) for w in re.findall(r"[^\W\d_]+", text.replace("ё", "е").replace("Ё", "Е"))]

    mine = lemmas(typed)
    return any(lemmas(k) == mine for k in russian)


CYRILLIC_KAZAKH = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
LATIN_KAZAKH = re.compile(r"[äğñöūüşçıÄĞÑÖŪÜŞÇ]")
# Kazakh letters as a pupil types them without a Kazakh keyboard: on a Russian layout (қ as к, і as и or i), and
# Latin ş ç ñ ğ as sh ch ng gh (the other diacritics fold away in `text.fold`: ä as a, ū as u)
PLAIN_CYRILLIC = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х",
                                "і": "и", "i": "и"})
DIGRAPHS = {"ş": "sh", "ç": "ch", "ñ": "ng", "ğ": "gh"}
DIGRAPH_SETS = [str.maketrans({c: DIGRAPHS[c] for c in chosen}) for chosen in ("şç", "şçğ", "şçñ", "şçñğ")]


def surnames(keys: list[str]) -> list[str]:
    """The surname of each key that is a Russian or Kazakh person's full name of two or three words (its first word
    a given name the Russian dictionary knows, or its last a surname by its ending): a pupil who writes "Жумабаев"
    for "Ерлан Жумабаев" or "Гук" for "Роберт Гук" knows the answer."""
    from studyapp.generator.lang.person_options import SURNAME_END
    from studyapp.generator.lang.ru_morph import analyses

    out = []
    for k in keys:
        words = k.split()
        if not (2 <= len(words) <= 3 and all(w[:1].isupper() for w in words)):
            continue
        first = analyses(words[0])[:2] if re.match(r"[А-ЯЁ]", words[0]) else []
        if first and "ADJF" in first[0].tag:
            continue  # Северная Каролина: a place
        if any("Name" in p.tag for p in first) or SURNAME_END.search(words[-1]):
            out.append(words[-1])
    return out


def same_kazakh(typed: str, keys: list[str]) -> bool:
    """A Kazakh key typed without its own letters: Cyrillic on a Russian keyboard (Кунанбайулы for Құнанбайұлы),
    Latin with no diacritics or with digraphs (Syngystau, Shyngys, Shynghys for Şyñğys). `typed` is already folded."""
    def plain(text: str) -> str:
        """The text's folded form with Kazakh Cyrillic letters as their plain neighbours."""
        folded = fold(text)
        return folded.translate(PLAIN_CYRILLIC) if re.search(r"[а-яё]", folded) else folded

    kazakh = [k for k in keys if len(k) <= GRADED_CHARS and (CYRILLIC_KAZAKH.search(k) or LATIN_KAZAKH.search(k))]
    forms = {plain(variant) for k in kazakh for variant in (k, *(k.lower().translate(t) for t in DIGRAPH_SETS))}
    return plain(typed) in forms


def read_typed(view, form) -> Any:
    """Typed text, kept as typed (grading normalises), up to the length of the longest key."""
    value = form.get(view.name, "")
    return value[:TEXT["answer"]] if value.strip() else None


class ShortAnswer(BaseType):
    """Type the answer."""

    name, label, answer_field = "short_answer", N_("Short answer"), "text_answer"

    def validate(self, data, prompt):
        """A non-empty expected answer and distinct aliases."""
        text = str(data.get("answer") or "").strip()
        if not text:
            raise ValidationError(N_("Give the expected answer."), "answer")
        return {"answer": text, "aliases": clean_list(data.get("aliases"), "aliases") or None}

    def fill_form(self, form, question):
        """The expected answer (aliases are filled for every type)."""
        form.text_answer.data = question.answer

    def form_data(self, form):
        """The expected answer."""
        return {"answer": form.text_answer.data}  # the aliases box is read for every type

    read = staticmethod(read_typed)
    grade = staticmethod(grade_text)

    carries_aliases = True
    moodle_qtype = "shortanswer"

    def to_moodle_xml(self, question, element, xml):
        """Case-insensitive; the answer and each alias 100%."""
        answer = question.get("answer")
        if not str(answer or "").strip():
            raise ValueError("the answer is empty")
        xml.sub(element, "usecase", "0")
        accepted = [answer, *(question.get("aliases") or [])]
        for text in accepted:
            entry = mark_for(question, text)
            written = xml.answer(element, 100, str(text))
            if entry and entry["feedback"]:
                xml.text(written, "feedback", entry["feedback"], "html")
        for entry in marks_of(question):
            if entry["answer"] not in accepted:
                xml.text(xml.answer(element, 0, str(entry["answer"]), fraction_text=fraction_text(entry)),
                         "feedback", entry["feedback"], "html")

    def to_gift(self, question, head, feedback, gift):
        """The accepted answers `=a =b` (and the feedback) in one block on the prompt's line."""
        answer, aliases = question.get("answer"), question.get("aliases") or []
        if not str(answer or "").strip() or any("->" in str(a) for a in [answer, *aliases]):
            raise ValueError("the answer is empty or contains '->', which GIFT reads as a matching pair")
        others = [m for m in marks_of(question) if m["answer"] not in [answer, *aliases]]
        if any("->" in str(m["answer"]) for m in others):
            raise ValueError("a marked answer contains '->', which GIFT reads as a matching pair")
        block = " ".join([*(gift.item("=", gift.escape(a), mark_for(question, a)).strip() for a in [answer, *aliases]),
                          *(gift.item("=", gift.escape(m["answer"]), m, typed=True).strip() for m in others)])
        block += f" ####{gift.escape(feedback)}" if feedback else ""
        return self.gift_around(question.get("prompt") or "", head, f"{{{block}}}", gift)

    def gift_around(self, prompt: str, head: str, block: str, gift) -> str:
        """The GIFT line: the prompt, then the answer block."""
        return f"{head}{gift.escape(prompt)}{block}"

    gift_reads, gift_gap = "answers", "cloze"

    def from_gift(self, block):
        """The fully right answers: the first is the answer, the others its aliases."""
        accepted = [item.plain for item in block.items if item.marker == "=" and item.fraction >= 1]
        if not accepted:
            raise block.fail(N_("no fully right answer ('=' or '=%100%')."))
        given = [(item.plain, item.fraction, item.feedback) for item in block.items]
        return {"answer": accepted[0], "aliases": accepted[1:], "marks": marks_beyond(given, accepted)}

    qti_interaction = "textEntryInteraction"

    def to_qti(self, question, body, declaration, correct, qti):
        """A typed string, right when it matches the answer or an alias, case ignored; its marks in order (their
        feedback), their partial credit (and that of any other answer, `*`) in the response's mapping."""
        answer = question.get("answer")
        declaration.attrib.update(cardinality="single", baseType="string")
        qti.el(correct, "value", str(answer))
        self.qti_entry(body, qti)
        accepted = [str(a) for a in [answer, *(question.get("aliases") or [])]]
        for entry in marks_of(question):
            qti.mark(qti.anything() if entry["answer"] == ANY else qti.typed(str(entry["answer"])), None,
                     entry["feedback"])
        partial = [m for m in marks_of(question) if m["answer"] != ANY and str(m["answer"]) not in accepted
                   and 0 < m["fraction"] < 1]
        other = max([0.0, *(m["fraction"] for m in marks_of(question) if m["answer"] == ANY)])
        if partial or other:  # partial credit: the response's mapping scores each typed answer, case ignored
            from studyapp.formats.common import number_text  # formats import the types, not the reverse

            mapping = qti.el(declaration, "mapping", lowerBound="0", upperBound="1", defaultValue=number_text(other))
            for text, value in [*((a, 1.0) for a in accepted), *((str(m["answer"]), m["fraction"]) for m in partial)]:
                qti.el(mapping, "mapEntry", mapKey=text, mappedValue=number_text(value), caseSensitive="false")
            return None
        either = qti.el(None, "or")
        for accepted in [answer, *(question.get("aliases") or [])]:
            match = qti.el(either, "stringMatch", caseSensitive="false")
            qti.el(match, "variable", identifier="RESPONSE")
            qti.el(match, "baseValue", str(accepted), baseType="string")
        return either

    def reads_qti(self, read):
        """A text entry of a string in a paragraph of its own, after the prompt."""
        return super().reads_qti(read) and read.base_type == "string" and not read.gap

    def from_qti(self, read, fields):
        """The correct response; the other strings the scoring accepts in full are its aliases. The marks are the
        item's per-answer branches (with their feedback) scored as the mapping says, else the strings the mapping
        scores lower (above zero), and any other answer its default value."""
        full = [*read.correct, *read.accepted, *(k for k, v in read.mapping.items() if v >= 1)]
        full = list(dict.fromkeys(t.strip() for t in full if t.strip()))
        if not full:
            raise read.fail(N_("a text entry item needs a correct response."))
        fields["aliases"] = full[1:]
        scored = {fold(k): v for k, v in read.mapping.items()}
        if read.marks:
            fields["marks"] = [mark(m.answer, read.default if m.answer == ANY else 1.0 if m.answer in full
                                    else scored.get(fold(m.answer), 0.0), m.feedback) for m in read.marks]
        else:
            fields["marks"] = [mark(k.strip(), v) for k, v in read.mapping.items() if 0 < v < 1 and k.strip()]
            fields["marks"] += [mark(ANY, read.default)] if read.default > 0 else []
        return full[0]

    def qti_entry(self, body, qti) -> None:
        """The text box, in a paragraph of its own after the prompt."""
        qti.el(qti.el(body, "p"), "textEntryInteraction", responseIdentifier="RESPONSE", expectedLength="20")

    @staticmethod
    def moodle_cloze(read) -> bool:
        """A Moodle shortanswer that is a StudyApp cloze: marked so, or its prompt shows the gap."""
        return read.meta.get("type") == "cloze" or "_____" in read.prompt

    def reads_moodle_xml(self, read):
        """A shortanswer that is not a cloze."""
        return read.qtype == "shortanswer" and not self.moodle_cloze(read)

    def from_moodle_xml(self, read, fields):
        """The first right answer; the other right ones are its aliases."""
        if not read.right:
            raise ValidationError(at(read.where, N_("a shortanswer question needs a right answer (fraction 100).")))
        fields["aliases"] = read.right[1:]
        if not read.right[0].strip():
            raise ValidationError(at(read.where, N_("the right answer is empty.")))
        fields["marks"] = read.marks(read.right)
        return read.right[0]
