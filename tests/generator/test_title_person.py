"""A biography's "she" where the paragraph names no woman means the person the title names, and is shown once as
"[Name]" (18th session, fresh biographies: their pronoun sentences were dropped as leaning on the sentence before).
Through the real pipeline; fails without the rule."""
from __future__ import annotations

from studyapp.generator import generate_bank

HOPPER = """Grace Hopper: The Admiral Who Taught Computers English

Grace Hopper was born in New York City in 1906. She studied mathematics and physics at Vassar College.

After years of teaching, she joined the United States Navy Reserve in 1943. In 1944 she was sent to Harvard
University, where she worked on the Mark I computer with Howard Aiken.

From 1949 she worked in industry, where she led the team that wrote one of the first compilers. She argued that
programs should be written in words that people understand, and her ideas shaped the language COBOL.

In 1947 her team found a moth stuck inside the Mark II computer at Harvard University.
"""


def _prompts(tmp_path) -> list[str]:
    path = tmp_path / "hopper.txt"
    path.write_text(HOPPER, encoding="utf-8")
    return [q["prompt"] for q in generate_bank([path])["questions"]]


def test_she_in_a_paragraph_naming_no_woman_is_the_person_the_title_names(tmp_path):
    shown = [p for p in _prompts(tmp_path) if "[Grace Hopper]" in p]
    assert shown, _prompts(tmp_path)


def test_the_referent_is_shown_once_per_prompt(tmp_path):
    assert all(p.count("[Grace Hopper]") <= 1 for p in _prompts(tmp_path)), _prompts(tmp_path)


def test_the_title_person_takes_the_gender_of_the_documents_pronouns():
    from studyapp.generator.model import Entity
    from studyapp.generator.stages.resolve import title_person

    hopper = Entity("grace hopper", "Grace Hopper", "name", {"Grace Hopper": 2, "Hopper": 1})
    text = "Grace Hopper was born in 1906. She studied maths. She taught. She joined the Navy. Her ideas shaped COBOL. He was not there."
    assert title_person({"grace hopper": hopper}, {}, "Grace Hopper: The Admiral", text) == ("f", "Grace Hopper")
    assert title_person({"grace hopper": hopper}, {}, "Computers: A History", text) is None


def test_a_title_name_in_a_text_that_tells_no_birth_is_no_person():
    from studyapp.generator.model import Entity
    from studyapp.generator.stages.resolve import title_person

    charter = Entity("magna carta", "Magna Carta", "name", {"Magna Carta": 3})
    text = "In 1215 King John sealed Magna Carta. He broke his promises, and his barons rose against him."
    assert title_person({"magna carta": charter}, {}, "Magna Carta: The Great Charter", text) is None


def test_her_before_a_noun_is_shown_as_the_owner(tmp_path):
    assert any("[Grace Hopper's] team" in p for p in _prompts(tmp_path)), _prompts(tmp_path)
