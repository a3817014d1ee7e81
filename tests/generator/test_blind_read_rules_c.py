"""Rules from the third English blind read (2026-11-30b): documents named by what their own text shows, no
trivia dates, no give-aways, options of one shape and one genre, aliases for typed answers, standalone prompts."""
from __future__ import annotations

import re

from .conftest import make_doc


def test_a_document_is_named_by_its_author_only_when_its_own_text_names_them():
    typed = make_doc("Strategic alliances\n\nKazakhstan is a partner of Türkiye.", title="Strategic alliances: "
                     "Türkiye's subtle cooperation with Kazakhstan", author="Hüseyin Demir")
    signed = make_doc("Partners\n\nBy Dmitry Shlapentokh\n\nKazakhstan is a partner.", title="Partners",
                      author="Dmitry Shlapentokh")
    assert typed.named_author == "" and signed.named_author == "Dmitry Shlapentokh"
    assert typed.ref == "“Strategic alliances”" and "Demir" not in typed.label
    assert signed.ref == "the text by Dmitry Shlapentokh"


def test_no_seed_prompt_or_option_names_a_writer_the_document_does_not_name(seed_bank):
    for q in seed_bank["questions"]:
        assert not re.search(r"\bDemir\b", q["prompt"] + str(q.get("choices") or [])), q["prompt"]


def test_every_question_prompt_ends_with_a_question_mark(seed_bank):
    asked = [q["prompt"] for q in seed_bank["questions"] if re.match(r"(Which|Who|What|When|Where|Why|How)\b",
                                                                      q["prompt"])]
    assert any(p.startswith("Which document") for p in asked)
    assert [p for p in asked if not p.rstrip().endswith("?")] == []
