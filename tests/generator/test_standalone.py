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
