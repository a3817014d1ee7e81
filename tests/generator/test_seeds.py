"""Targets on the five seed documents (these need ../shared; under CI=true its absence is a failure)."""
from __future__ import annotations

import json
import re
from collections import Counter

import jsonschema

from studyapp.generator import gate_failures

TYPES = {"multiple_choice", "true_false", "cloze", "numeric", "short_answer", "ordering", "matching"}


def covered(fact: dict, questions: list[dict]) -> bool:
    """The dev-facts match rule: some question's prompt plus correct answer matches every group."""
    for q in questions:
        answer = q["answer"] if isinstance(q["answer"], str) else json.dumps(q["answer"], ensure_ascii=False)
        text = f"{q['prompt']} {answer}"
        if all(any(re.search(p, text, re.I) for p in group) for group in fact["match"]):
            return True
    return False


def test_at_least_85_questions_of_all_seven_types(seed_bank):
    # one question per sentence (issue 13): fewer than the 250 of old, which asked many sentences twice or more;
    # the gate's trivia rule (stages/keep_rules.py) then drops minor dates and survey figures (183 -> 178); the
    # blind read of 2026-11-30 then asked one recall item per answer and document (178 -> 157) and no prompt that
    # leans on a sentence it does not show (-> 155), at the same 93% coverage of dev-facts; the read of 2026-11-29i
    # (sixth round) dropped a gap-fill only geography answers ("influence in _____ in general and in Kazakhstan in
    # particular") and a causal reading keyed as a fact, its trivia being asked in other forms (150 -> 149); the
    # reads of 29l and 29m (seventh round) asked no cited author of a review for a remark (14 items of one paper),
    # no name beside a title that gives it, no view set up to be answered, one quantity given twice once, and no
    # country swapped against another in a false statement (149 -> 129, at the same 93% coverage of dev-facts); the
    # read of 29n (eighth round) asked no year the document does not make its point, no year nudge in a false
    # statement, no give-away of a nationality word or a well-known war, no debatable fact/opinion line, and moved
    # only short time or place phrases in true statements (129 -> 121, at the same 93% coverage of dev-facts); the
    # precision round of the fourth session asked a statement the paper makes twice once and no blank on a side
    # detail (121 -> 119, at the same 93%); the read of 29p (tenth round) set no true/false trap on a figure aside,
    # no "which document reports" among papers that do not debate, and no long typed key (119 -> 113, at 93%); the
    # twelfth session's read v asked nothing its texts say on the way (a venue, a release month, a summit's ordinal,
    # a survey's platform, a fourth survey share: 117 -> 104, at 93%); the thirteenth session's read s12 asked "which
    # document" once per document and only on its main ideas, no expert a paper names by initials, no decimal share
    # outside a study's findings, and a third fact/opinion item of a key (104 -> 93, at the same 93%); the fifteenth
    # session's read u14 rules asked no stem with a double negative or a blank the next words narrow ("in _____, and
    # more particularly in Kazakhstan"), no why-item whose reason repeats the question's name, no fact/opinion item
    # keyed by "obviously" alone or on a view the sentence calls an opinion, and no span ("Since gaining
    # independence, …") as an event to order (92 -> 89, at 96% of dev-facts)
    counts = Counter(q["type"] for q in seed_bank["questions"])
    print(f"questions: {len(seed_bank['questions'])}, by type: {dict(sorted(counts.items()))}")
    assert len(seed_bank["questions"]) >= 85
    assert set(counts) == TYPES


def test_one_question_per_sentence_and_no_copied_true_statement(seed_bank):
    single = [q for q in seed_bank["questions"] if q["type"] not in ("ordering", "matching")]
    quotes = Counter((q["source"]["id"], q["source"]["quote"]) for q in single)
    assert max(quotes.values()) == 1
    copies = [q for q in single if q["type"] == "true_false" and q["prompt"] == f"True or false? {q['source']['quote']}"]
    assert not copies


def test_at_least_30_percent_perspective(seed_bank):
    share = sum(q["kind"] == "perspective" for q in seed_bank["questions"]) / len(seed_bank["questions"])
    print(f"perspective: {share:.1%}")
    assert share >= 0.30


def test_at_least_90_percent_of_the_dev_facts_are_covered(seed_bank, dev_facts):
    missing = [f["id"] for f in dev_facts if not covered(f, seed_bank["questions"])]
    share = 1 - len(missing) / len(dev_facts)
    print(f"dev-facts covered: {share:.1%}; missing: {missing}")
    assert share >= 0.90


def test_at_most_3_percent_fail_the_gate_when_it_is_run_again(seed_bank):
    failures = gate_failures(seed_bank)
    print(f"gate re-run failures: {len(failures)}")
    assert len(failures) <= 0.03 * len(seed_bank["questions"])


def test_every_quote_is_verbatim_and_every_fact_answer_inside_its_quote(seed_bank):
    texts = {s["id"]: s["text"] for s in seed_bank["sources"]}
    for q in seed_bank["questions"]:
        quote = q["source"]["quote"]
        assert quote in texts[q["source"]["id"]]
        assert quote in texts[q["source"]["id"]].split("\n\n")[q["source"]["paragraph"] - 1]
        if q["kind"] == "fact" and q["type"] in ("multiple_choice", "cloze", "short_answer", "numeric"):
            answer = q["answer"]
            shown = f"{answer:g}" if isinstance(answer, float) else str(answer)
            assert shown in quote.replace(",", "") or str(answer) in quote, q["id"]


def test_the_seed_bank_validates_and_names_files_by_basename(seed_bank, schema):
    jsonschema.validate(seed_bank, schema)
    assert [s["file"] for s in seed_bank["sources"]] == sorted(s["file"] for s in seed_bank["sources"])
    assert all("/" not in s["file"] for s in seed_bank["sources"])


def test_every_document_and_the_reader_comment_are_handled(seed_bank):
    by_source = Counter(q["source"]["id"] for q in seed_bank["questions"])
    assert set(by_source) == {s["id"] for s in seed_bank["sources"]}
    assert any("Reader's comment:" in s["text"] for s in seed_bank["sources"])
    for s in seed_bank["sources"]:
        assert "Leave a Reply" not in s["text"] and "http" not in s["text"] and "About omid" not in s["text"]


def test_the_five_seeds_take_at_most_20_seconds(seed_run):
    """Processor seconds (the models' loading included), so that other work on the machine does not count: the wall
    clock read 26 s beside two helpers' runs (bench/generate.py gives the figures)."""
    print(f"processor seconds for the five seeds: {seed_run[1]:.2f}")
    assert seed_run[1] <= 20
