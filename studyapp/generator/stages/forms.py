"""The form a document's own work takes, asked forwards (blind read 29r): "The poem is a sonnet: 14 lines …" ->
"According to …, what form is the poem written in?" (sonnet), the other forms of its kind as options. Such a
sentence is never a backwards definition (`ideas.not_a_term`: "What is the name for a sonnet …?" keyed "poem").
Only the forms below are asked: a genre word of a novel or a story ("a tragedy", "a mystery") is often arguable."""
from __future__ import annotations

import re

from studyapp.generator.model import Candidate, Sentence, SourceDoc
from studyapp.generator.stages.generate import base, digest

FORMS = {"poem": ["sonnet", "ballad", "ode", "elegy", "limerick", "haiku", "villanelle", "dramatic monologue"],
         "play": ["tragedy", "comedy", "farce", "history play", "one-act play"]}
OWN_FORM = re.compile(r"^The (?P<kind>poem|play) (?:is|was) (?:a|an) (?P<form>[a-z-]+(?: [a-z-]+)?)\b")


def own_form(doc: SourceDoc, s: Sentence) -> list[Candidate]:
    """The forward question on 'The poem is a sonnet …', multiple choice; none when the form is not a known one."""
    found = OWN_FORM.match(s.text.strip())
    if not found:
        return []
    kind, words = found.group("kind"), found.group("form")
    form = words if words in FORMS[kind] else words.split()[0]
    if form not in FORMS[kind]:
        return []
    h = digest(doc.id, s.text, "own_form")
    others = sorted((f for f in FORMS[kind] if f != form), key=lambda f: digest(f, str(h)))[:3]
    c = base(doc, s, "multiple_choice", f"According to {doc.ref}, what form is the {kind} written in?", form, None,
             "kind_is")
    c.choices = sorted([form] + others, key=lambda f: digest(f, str(h)))
    c.answer_kind = "term"
    return [c]
