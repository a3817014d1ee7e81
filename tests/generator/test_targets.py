"""Not targets (issue 13, item 2): clock times and the writer's own biography. Made-up text."""
from __future__ import annotations

from studyapp.generator import generate_bank

TEXT = """Why the Ferry Should Run in Winter

By Ruth Calloway

The island ferry to Pellham stopped running between November and March in 2019. Since then, the island school has \
lost 14 of its 60 pupils. The last bus from the harbour leaves at 6 pm, long before the evening shift at the \
Pellham cannery ends. A winter timetable would cost the Harwick District Council 120,000 pounds a year.

Ruth Calloway teaches geography at Pellham Community School and has lived on the island since 1998.
"""


def test_clock_times_and_the_writers_biography_are_not_asked(tmp_path):
    path = tmp_path / "ferry.md"
    path.write_text(TEXT, encoding="utf-8")
    bank = generate_bank([path])
    assert bank["questions"]
    for q in bank["questions"]:
        assert str(q["answer"]) != "6", q["prompt"]
        assert not q["source"]["quote"].startswith("Ruth Calloway teaches"), q["prompt"]
