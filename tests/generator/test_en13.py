"""Options of why / what-happens items (stages/causes.py, brief en13): other causes of the document, of the key's
shape, never a random sentence of the text, a result, nor a link of the key's own chain (blind read 30z2)."""
from __future__ import annotations

from studyapp.generator import generate_bank

FEW = """The Harbour at Kelby

The old harbour wall at Kelby collapsed in 1911 because the winter storms had broken its stones.

The fish market moved to the new quay because the old sheds had burned down.

The lighthouse keeper rowed out every morning. The church bells were cast in Bristol in 1850.
The town council met in the hall every month. The tall ships sailed for Norway in the spring.

The railway reached Kelby in 1890, so the fishermen sent their catch to London.
"""

CHAIN = """The Valley Farms

The farmers of the valley lost their crops in 1932 because no rain fell for four months. The wells ran dry in July because the farmers pumped water for their fields.

The mill stopped grinding because its great wheel had cracked in the frost.

The village school closed early because the teacher had fallen ill with fever.

The old bridge was rebuilt in stone because the spring floods had swept the wooden one away.
"""


def _why(tmp_path, text: str) -> list[dict]:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    bank = generate_bank([tmp_path / "doc.txt"])
    return [q for q in bank["questions"] if ", why " in q.get("prompt", "")]


def test_a_why_item_takes_no_plain_sentence_nor_result_as_an_option(tmp_path):
    reasons = {"the winter storms had broken its stones", "the old sheds had burned down",
               "the railway reached kelby in 1890"}
    for q in _why(tmp_path, FEW):  # two reasons besides the key are too few: no item, never filled with others
        assert {c.lower() for c in q["choices"]} <= reasons, q


def test_a_why_item_takes_no_reason_of_its_own_paragraph(tmp_path):
    qs = [q for q in _why(tmp_path, CHAIN) if "lose their crops" in q["prompt"]]
    assert qs
    for q in qs:  # "the farmers pumped water" is a link of the same chain, a true answer too
        assert not any("pumped water" in c for c in q["choices"]), q
