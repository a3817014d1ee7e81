"""What a sentence says a quantity is measured in, for the formula questions (`formulas.py`): "Pressure is measured
in pascals (Pa)", "Давление измеряется в паскалях (Па)", "Жиілік герцпен (Гц) өлшенеді", with the unit as an option
shows it (its dictionary form and abbreviation) and as the sentence writes it (where the gate finds the key)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from studyapp.generator.lang.common import PRONOUNS
from studyapp.generator.lang.formula_tables import TABLES
from studyapp.text import fold



@dataclass
class Measure:
    """A quantity and the unit the text says it is measured in."""

    quantity: str  # as the sentence writes it, lower-cased unless an abbreviation ("давление", "магнитный поток")
    unit: str  # shown as an option: "pascals (Pa)", "паскаль (Па)", "герц (Гц)"
    verb: str = ""  # Russian: "измеряется", "измеряют" (the question keeps the sentence's voice); Kazakh "own"
    written: str = ""  # the unit as the sentence writes it ("паскалях (Па)", "герцпен (Гц)"): where the gate finds it

    @property
    def nominative(self) -> bool:
        """The quantity reads as a subject, so it may stand as an option: not a Kazakh genitive ("Жұмыстың"), nor a
        Russian object only in the accusative ("Силу тока измеряют"; "Скорость" reads as both)."""
        if self.verb == "own":
            return False
        if self.verb != "измеряют":
            return True
        from studyapp.generator.lang.ru_morph import analyses

        return any(p.tag.case == "nomn" for p in analyses(self.quantity.split()[0].lower()))


def measures(sentence: str, before: str, code: str) -> list[Measure]:
    """The quantities a sentence says are measured in a unit (English "It is measured in …" takes the subject of
    the sentence before it)."""
    table, found = TABLES[code], []
    for pattern in table["measures"]:
        for m in pattern.finditer(sentence):
            found.append((m.group("q"), m.group("u"), m.group("a") or "", m.groupdict().get("v") or "", _span(m)))
    it = table.get("it")
    m = it.match(sentence) if it else None
    subject = table["subject"].match(before) if m and before else None
    if m and subject:
        found.append((subject.group("q"), m.group("u"), m.group("a") or "", "", _span(m)))
    out = []
    for q, u, a, v, written in found:
        q = re.sub(r"\s+же$", "", q.strip())
        if q.split()[0].lower() in PRONOUNS or not re.search(r"[^\W\d_]{3}", q):
            continue  # "… за год, и выражается в процентах": "и" is no quantity (read x: an option "И")
        q = q if q[1:2].isupper() else q[:1].lower() + q[1:]
        verb = "own" if v.startswith("өлшем") else "измеряют" if v.endswith("ют") else "измеряется" if v else ""
        shown = written if code == "en" else _unit(u, a.strip(), code)  # English keys stand verbatim in the quote
        out.append(Measure(q, shown, verb, written))
    return out


def _span(m: re.Match) -> str:
    """The unit of a match as the sentence writes it, with its bracketed abbreviation when it has one."""
    return m.string[m.start("u"):m.end("a") + 1 if m.group("a") else m.end("u")]


def _unit(word: str, abbr: str, code: str) -> str:
    """A unit as an option: its dictionary form (Russian "паскалях" -> "паскаль") with the text's abbreviation, or
    the table's abbreviation for it."""
    if code == "ru":  # each word before "на"/"в" in its dictionary form, the unit after it as written
        from studyapp.generator.lang.ru_morph import lemma

        cut = re.search(r"\s+(?:на|в)\s+", word)
        at = cut.start() if cut else len(word)
        word = " ".join(lemma(w) if w.isalpha() else w for w in word[:at].split()) + word[at:]
    if abbr:
        return f"{word} ({abbr})"
    for pattern, shown in TABLES[code]["units"].items():
        name = shown.split(" (")[0]
        if fold(name) == fold(word) or code == "en" and re.fullmatch(pattern, word, re.I):  # not "кг" for "кг/м³"
            return shown
    return word
