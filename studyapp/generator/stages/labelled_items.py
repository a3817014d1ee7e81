"""Labelled items of an English document: a run of paragraphs of one section, each opening with a short label and a
full stop ("1. Photosynthesis. Green plants, algae …", "Social responsibility. The Inspector's final speech …"):
the processes of a cycle, the themes of a play, the stages of a story. Each is asked by its description, the run's
other labels as options: "Which process matches the description “Green plants … turn it into glucose.”?" A pupil
answers it by knowing what each process or theme is, not by recalling a word (read s12: a carbon-cycle section of
670 words gave two questions, none on its five processes).

The run and its descriptions are found by `lang/labelled.gather`, the home of the form in every language (at least
three labels, all different, in one section; a description of five words or more that writes no word beginning as
a label does). What the labels are is read from the section's heading or the line that leads the run ("Several
processes carry carbon …:"): a theme, a stage, a process, a cause, a type, a character; else "Which of the
options …?". A description that opens with a pronoun ("That is how many …") leans on its label and is not asked.
"""
from __future__ import annotations

import re
from types import SimpleNamespace

from studyapp.generator.lang import labelled
from studyapp.generator.model import Candidate, SourceDoc
from studyapp.generator.stages.generate import digest

ENGLISH = SimpleNamespace(code="en", abbreviations=re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Prof|e\.g|i\.e|etc|vs|approx)\.$"))
KINDS = ["theme", "stage", "phase", "step", "process", "cause", "type", "kind", "character", "setting", "method"]
KIND_WORDS = re.compile(r"\b(%s)(?:s|es)?\b" % "|".join(KINDS), re.I)
LEANS = re.compile(r"^(?:that|this|these|those|it|they|he|she|its|their|his|her)\b", re.I)


def _kind(doc: SourceDoc, paragraph: int, section: str) -> str:
    """What the run's labels are, by its section heading or the paragraph that leads it; "" when neither says."""
    before = next((p.text for p in doc.paragraphs if p.index == paragraph - 1), "")
    for text in (section, before if before.rstrip().endswith(":") else ""):
        found = KIND_WORDS.search(text)
        if found:
            return found.group(1).lower()
    return ""


def items(doc: SourceDoc) -> list[Candidate]:
    """The labelled items' questions of one document."""
    out = []
    found = labelled.gather(doc.paragraphs, ENGLISH)
    for index, item in sorted(found.items()):
        if LEANS.match(item.quote):
            continue
        s = next((s for s in doc.sentences if s.paragraph == index and s.text.strip() and
                  item.quote.startswith(s.text.strip()[:20])), None) or \
            next((s for s in doc.sentences if s.paragraph == index), None)
        if s is None:
            continue
        kind = _kind(doc, min(i for i, it in found.items() if it.section == item.section), item.section)
        what = f"Which {kind}" if kind else "Which of the options"
        c = Candidate(type="multiple_choice", kind="fact", prompt=f"{what} matches the description “{item.quote}”?",
                      answer=item.label, doc_id=doc.id, quote=item.evidence, paragraph=index, sentence=s.position,
                      choices=sorted([item.label, *item.others[:3]], key=lambda o: digest(o, item.quote)), topic=item.section or doc.title, template="label",
                      answer_kind="term", explanation=f"The text says: “{item.evidence}”")
        out.append(c)
    return out
