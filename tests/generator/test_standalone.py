"""Stems that stand alone (issue 13, item 4): no "me" or "I" of a writer the student cannot see. Made-up op-ed."""
from __future__ import annotations

from studyapp.generator import generate_bank

OPED = """Libraries Should Stay Open on Sundays

By Tomasz Wren

I have run the town library for twelve years. Every Sunday in 2022 the reading room was full by ten o'clock.

Dr Helen Okoye, a sociologist who studies small towns, told me: "A library that closes at the weekend loses the \
families who most need it." Councillor Brian Hale said that Sunday opening costs 9,000 pounds a year.

Mayor Rita Fenn said: "The council will look again at the library budget in the spring." Professor Ana Lopes told me: "Children who read at weekends keep up their reading over the summer holidays." Librarian Owen Pryce said: "Our busiest hour of the whole week is Sunday at eleven."
"""


def test_a_quote_told_to_the_writer_names_the_writer(tmp_path):
    path = tmp_path / "library.md"
    path.write_text(OPED, encoding="utf-8")
    bank = generate_bank([path])
    prompts = [q["prompt"] for q in bank["questions"]]
    told = [p for p in prompts if "told" in p.split("“")[0]]
    assert told and all("told Tomasz Wren" in p for p in told)
    assert not [p for p in prompts if " me:" in p or " me " in p.split("“")[0]]


YES = """Brockton Needs Its Bus Lane

By Nadia Kern

Councillor Peter Hale wants to remove the bus lane on Main Street in Brockton. I think that would be a serious \
mistake for everyone who works in the town centre. Buses on Main Street are faster and more reliable than they \
have ever been, and the town should protect them. Removing the lane would push more cars into the centre and make \
the air worse for children walking to school.
"""
NO = """The Bus Lane Has Failed Brockton

By Oliver Stead

The bus lane on Main Street in Brockton has been a costly experiment, and Councillor Peter Hale is right to end it. \
Shops along the street have lost customers who can no longer park near their doors. The council should spend the \
money on more frequent buses instead of painted lanes that stand empty for most of the day.
"""


def test_two_opposing_texts_ask_which_author_argues_what(tmp_path):
    (tmp_path / "yes.md").write_text(YES, encoding="utf-8")
    (tmp_path / "no.md").write_text(NO, encoding="utf-8")
    bank = generate_bank([tmp_path])
    authors = {s["id"]: s["author"] for s in bank["sources"]}
    argues = [q for q in bank["questions"] if q["type"] == "true_false" and
              q["prompt"].startswith(("True or false? Nadia Kern argues", "True or false? Oliver Stead argues",
                                      "True or false? Nadia Kern says", "True or false? Oliver Stead says"))]
    assert argues
    for q in argues:
        shown = "Nadia Kern" if "Nadia Kern" in q["prompt"].split("“")[0] else "Oliver Stead"
        assert q["answer"] == ("True" if authors[q["source"]["id"]] == shown else "False")
        assert q["source"]["quote"] in q["prompt"]


def test_who_said_agrees_with_one_speaker(tmp_path):
    text = ("Rivers of the Plain\n\nM. Quint and L. Brandt argue that the Sallow River floods "
            "every spring because farms upstream drained their wetlands. Engineer Paul Ivers said that a new "
            "levee would cost 2 million dollars. Dr Ines Varga said that the wetlands held water for weeks. "
            "Farmer Tom Rudd said that his fields were under water in 2021.\n")
    path = tmp_path / "river.txt"
    path.write_text(text, encoding="utf-8")
    prompts = [q["prompt"] for q in generate_bank([path])["questions"]]
    assert not [p for p in prompts if p.startswith("Who argue ")], prompts
