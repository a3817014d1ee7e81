"""Name keys as a pupil writes them and fact/opinion items a 15-year-old can answer (blind reads 29p-29t): a job
word written before a full name is not part of the name, a stance item quotes one sentence, and "A fact" is asked
only of a text that also holds opinions or reported views. Every text here is written by hand (an orchestra news
story, a canal history, a phones opinion piece)."""
from __future__ import annotations

from studyapp.generator import STAGES, run_pipeline

ORCHESTRA = """Youth Orchestra Wins National Prize

By Sarah Whitfield

The Millbrook Youth Orchestra has won the national schools music prize, beating forty other orchestras at the \
final in Birmingham on Saturday. Conductor Daniel Okafor, who founded the orchestra in 2015, said the players had \
rehearsed every Tuesday evening for a year. Councillor Helen Price, who chairs the arts committee, said the prize \
would help the orchestra win new funding.
"""


def _run(tmp_path, texts: dict[str, str], upto: str | None = None):
    paths = []
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    return run_pipeline(paths, names=STAGES if upto is None else STAGES[:STAGES.index(upto) + 1])


def test_a_job_word_before_a_full_name_is_the_role_not_the_name():
    from studyapp.generator.stages.entities import name_spans

    spans = {text: role for _, _, text, role in name_spans(
        "Conductor Daniel Okafor said the players had rehearsed, and Councillor Helen Price agreed.", set())}
    assert "Daniel Okafor" in spans and spans["Daniel Okafor"] == "Conductor"
    assert "Helen Price" in spans and spans["Helen Price"] == "Councillor"
    assert "Conductor Daniel Okafor" not in spans
    # two words stay one name: "Inspector Goole" is what the play calls him
    assert "Inspector Goole" in {text for _, _, text, _ in name_spans("Then Inspector Goole arrives at the house.",
                                                                      set())}


def test_no_key_carries_a_job_word(tmp_path):
    corpus = _run(tmp_path, {"orchestra.txt": ORCHESTRA})
    names = {e.name for e in corpus.entities.values()}
    assert "Daniel Okafor" in names and not any(n.startswith(("Conductor", "Councillor")) for n in names)
