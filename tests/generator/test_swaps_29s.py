"""True/false traps read in read s: a medieval year after a month is a year (it was swapped as a count: "May 1215"
became "May 730"), and a titled person is not swapped ("Prince Louis" became "Prince Innocent III"). Texts by hand."""
from __future__ import annotations

from studyapp.generator import run_pipeline
from studyapp.generator.model import Candidate
from studyapp.generator.stages.known import plausible_swap

CHARTER = """The Charter of Veltra

The barons were angry with the king. In May 1215 the rebels captured the capital, and the king had to negotiate.
On 19 June 1216 the old king died. The army had 1400 soldiers in May.

The rebels even invited Prince Louis of Arden to take the throne, and Bishop Anselm crowned him.
"""


def _doc(tmp_path):
    path = tmp_path / "charter.txt"
    path.write_text(CHARTER, encoding="utf-8")
    return run_pipeline([path], names=["read", "clean", "languages", "analyse"]).docs[0]


def test_a_medieval_year_after_a_month_is_a_year_and_a_plain_number_a_count(tmp_path):
    kinds = {m.text: m.kind for m in _doc(tmp_path).mentions}
    assert kinds["1215"] == "year" and kinds["1400"] == "count"
    assert "1216" in "".join(t for t, k in kinds.items() if k in ("year", "date"))


def test_a_person_after_a_title_is_not_swapped_in_a_false_statement(tmp_path):
    doc = _doc(tmp_path)
    s = next(s for s in doc.sentences if "Prince Louis" in s.text)
    body = s.text
    for name, expected_none in (("Louis of Arden", True), ("Anselm", True)):
        start = body.index(name)
        c = Candidate(type="true_false", kind="fact", prompt=body, answer="True", doc_id=doc.id, quote=body,
                      paragraph=s.paragraph, sentence=s.position)
        c.pending = {"swap": (start, start + len(name), name, "person", name.lower()), "statement": body}
        assert (plausible_swap(doc, c) is None) is expected_none
    rebels = body.index("The rebels")
    c = Candidate(type="true_false", kind="fact", prompt=body, answer="True", doc_id=doc.id, quote=body,
                  paragraph=s.paragraph, sentence=s.position)
    c.pending = {"swap": (rebels, rebels + 3, "The", "person", "the"), "statement": body}
    assert plausible_swap(doc, c) is not None  # an untitled swap is still made


PRICES = """What the New Uniform Costs

The school council has published the price of every item of the new uniform for next year.

A plain navy jumper with the school logo, £14.
A school bag with the logo, £7.
A striped tie in the house colour, £5.

The council says that the jumper replaces the blazer, which cost £45 last year.
"""


def test_a_line_with_no_clause_is_asked_nothing(tmp_path):
    from studyapp.generator import generate_bank

    path = tmp_path / "prices.txt"
    path.write_text(PRICES, encoding="utf-8")
    quotes = [q["source"]["quote"] for q in generate_bank([path])["questions"]]
    assert not any(q.startswith(("A plain navy jumper", "A school bag", "A striped tie")) for q in quotes), quotes
