"""Why, result and process items (stages/causes.py) on the texts of our own and hand-made sentences."""
from __future__ import annotations

from pathlib import Path

from studyapp.generator import generate_bank

GENRES = Path(__file__).parent / "fixtures" / "genres"


def test_a_because_sentence_gives_a_why_item_with_the_documents_other_causes(tmp_path):
    bank = generate_bank([GENRES / "vaccines.txt"])
    why = [q for q in bank["questions"] if "what is the reason that some vaccines need a booster dose" in q["prompt"]]
    assert len(why) == 1
    q = why[0]
    assert q["answer"] == "the memory fades over time" and q["answer"] in q["source"]["quote"]
    assert len(q["choices"]) >= 3 and "it has never seen that germ before" in q["choices"]


def test_a_result_item_is_not_asked_of_a_clause_that_opens_with_when():
    bank = generate_bank([GENRES / "vaccines.txt"])
    assert not any("one result when when" in q["prompt"].lower() for q in bank["questions"])
    # the result item shares its options with the why item, so one of them is a flashcard (stages/select.py)
    asked = [q["prompt"] for q in bank["questions"]] + [c["front"] for c in bank["flashcards"]]
    assert any(p.endswith("what is one result when memory cells are stored?") for p in asked)


def test_listed_steps_give_a_process_item_in_the_texts_order():
    bank = generate_bank([GENRES / "vaccines.txt"])
    steps = [q for q in bank["questions"] if q["type"] == "ordering" and "steps" in q["prompt"]]
    assert len(steps) == 1
    assert steps[0]["answer"][0].startswith("A weakened or inactivated germ")
    assert steps[0]["answer"][-1].startswith("Memory cells are stored")


def test_no_item_without_an_explicit_cause_or_steps(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Rivers of Wales\n\nThe Severn is the longest river in Britain. The Wye flows through Hay. "
                    "The Usk rises in the Black Mountain. The Dee runs past Chester.\n", encoding="utf-8")
    bank = generate_bank([path])
    assert not [q for q in bank["questions"] if "reason that" in q["prompt"] or "steps" in q["prompt"]]
