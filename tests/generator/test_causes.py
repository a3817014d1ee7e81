"""Why, result and process items (stages/causes.py) on the texts of our own and hand-made sentences."""
from __future__ import annotations

import re
from pathlib import Path

from studyapp.generator import generate_bank

GENRES = Path(__file__).parent / "fixtures" / "genres"


WINTER = """A Hard Winter in Dunmore

The winter of 1963 was the hardest that the town of Dunmore had known for a century.
The ferry across the river was cancelled for six weeks because the river had frozen from bank to bank.
The weekly market moved into the church hall because the square was buried under deep snow.
The village school opened two hours late because the old coal boiler had failed.
Heavy snow fell on the hills for ten days, so the farmers lost many of their sheep.
The roads to the coast were blocked by drifts, so the town ran short of bread.
Ice closed the harbour for a month, and therefore the fishing boats stayed at home.
"""


def test_a_because_sentence_gives_a_why_item_with_the_documents_other_causes(tmp_path):
    (tmp_path / "dunmore.txt").write_text(WINTER, encoding="utf-8")
    bank = generate_bank([tmp_path / "dunmore.txt"])
    why = [q for q in bank["questions"] + bank["flashcards"] if ", why " in q.get("prompt", "")]
    assert len(why) >= 3  # "Why was the ferry … cancelled …?", and of a "so" sentence "Why did the farmers lose …?"
    causes = {"the river had frozen from bank to bank", "the square was buried under deep snow",
              "the old coal boiler had failed", "heavy snow fell on the hills for ten days",
              "the roads to the coast were blocked by drifts", "ice closed the harbour for a month"}
    for q in why:
        assert q["answer"].lower() in causes and q["answer"] in q["source"]["quote"]
        assert len(q["choices"]) >= 3 and {c.lower() for c in q["choices"]} <= causes  # reasons, never a result


def test_a_result_item_is_not_asked_of_a_clause_that_opens_with_when(tmp_path):
    bank = generate_bank([GENRES / "vaccines.txt"])
    assert not any("one result when when" in q["prompt"].lower() for q in bank["questions"])
    # the booster item once offered "it has never seen that germ before" among its reasons: no option leans
    for q in bank["questions"]:
        if "booster dose" in q["prompt"]:
            assert not any(re.match(r"(it|they|this)\b", c, re.I) for c in q["choices"])
    (tmp_path / "dunmore.txt").write_text(WINTER, encoding="utf-8")
    results = [q for q in generate_bank([tmp_path / "dunmore.txt"])["questions"] if "one result when" in q["prompt"]]
    for q in results:
        assert set(q["choices"]) <= {"the farmers lost many of their sheep", "the town ran short of bread",
                                     "the fishing boats stayed at home"}


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
