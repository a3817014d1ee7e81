"""The bank page filters, counts, searches and pages in SQL: one page of questions loaded, counts as defined."""
from __future__ import annotations

import copy
import re

import pytest
import sqlalchemy as sa
from factories import MINI_BANK, commit, login, make_bank, make_teacher

from studyapp.db import db
from studyapp.models import Question
from studyapp.services import bank_filters
from studyapp.services.bank_filters import FILTERS, filter_bank
from studyapp.services.quality import question_warnings

FILTER_CASES = [{}, {"type": "multiple_choice"}, {"status": "approved"}, {"warning": "dangling_pronoun"},
                {"type": "cloze", "status": "draft"}, {"kind": "fact", "warning": "answer_in_stem"}]


def big_bank_data(copies: int) -> dict:
    """The mini bank's questions `copies` times over (new ids), some starting with a pronoun, some approved."""
    data = copy.deepcopy(MINI_BANK)
    questions = []
    for n in range(copies):
        for q in MINI_BANK["questions"]:
            q = copy.deepcopy(q)
            q["id"] = f"{q['id']}-{n}"
            if n % 3 == 0:
                q["prompt"] = "It is asked again: " + q["prompt"]
            q["status"] = "approved" if n % 2 else "draft"
            questions.append(q)
    data["questions"] = questions
    return data


@pytest.fixture
def big_bank(client):
    """A signed-in teacher's bank of 500 questions (10 pages)."""
    make_teacher()
    bank = make_bank(big_bank_data(copies=100), key="test:big")
    commit()
    login(client, "teacher")
    return bank


def reference(questions: list[Question], filters: dict, needle: str = "") -> tuple[set[int], dict]:
    """What the page must show and count, computed the plain way over every question."""
    def values(q):
        return {"source": [str(q.source_id or "")], "language": [q.language], "topic": [q.topic or ""], "type": [q.type], "kind": [q.kind],
                "status": [q.status], "warning": question_warnings(q)}

    def hit(q):
        return not needle or needle.casefold() in " ".join(
            [q.prompt, str(q.answer), q.quote or "", q.topic or "", " ".join(q.tags or [])]).casefold()

    def passes(q, skip=None):
        return all(wanted in values(q)[name] for name, wanted in filters.items() if name != skip)

    counts = {name: {} for name in FILTERS}
    for q in questions:
        if hit(q):
            for name in FILTERS:
                if passes(q, skip=name):
                    for value in values(q)[name]:
                        counts[name][value] = counts[name].get(value, 0) + 1
    return {q.id for q in questions if hit(q) and passes(q)}, counts


@pytest.mark.parametrize("filters", FILTER_CASES, ids=lambda f: "+".join(f) or "none")
def test_counts_and_matches_equal_counting_every_question_by_hand(big_bank, filters):
    questions = list(db.session.scalars(sa.select(Question).where(Question.bank_id == big_bank.id)))
    for needle in ("", "EVAPORAT", "100%_"):
        shown, counts = reference(questions, filters, needle)
        found = filter_bank(big_bank, filters, needle, page_size=10_000)
        assert {q.id for q in found.questions} == shown and found.total == len(shown)
        assert found.counts == counts


def test_the_bank_page_loads_one_page_of_questions_not_the_bank(client, big_bank):
    loaded = []

    def on_load(target, _context):
        loaded.append(target.id)

    db.session.expire_all()
    sa.event.listen(Question, "load", on_load)
    try:
        page = client.get(f"/teacher/banks/{big_bank.id}?page=2").get_data(as_text=True)
    finally:
        sa.event.remove(Question, "load", on_load)
    total = len(big_bank_data(100)["questions"])
    assert f"{total} questions match" in page
    assert len(set(loaded)) <= 50, f"{len(set(loaded))} questions loaded for one page of 50"


def test_the_pager_shows_a_window_of_pages(client, big_bank):
    page = client.get(f"/teacher/banks/{big_bank.id}?page=2").get_data(as_text=True)
    pages = [int(n) for n in re.findall(r'[?&]page=(\d+)', page)]
    total_pages = -(-len(big_bank_data(100)["questions"]) // 50)
    assert 1 in pages and total_pages in pages and len(set(pages)) <= 8


def test_an_edited_question_is_filtered_and_found_by_its_new_text(client, big_bank):
    question = db.session.scalar(sa.select(Question).where(Question.bank_id == big_bank.id,
                                                           ~Question.prompt.startswith("It ")))
    question.prompt = "They say the zebrafinch answer is here."
    commit()
    found = filter_bank(big_bank, {"warning": "dangling_pronoun"}, "zebrafinch")
    assert [q.id for q in found.questions] == [question.id]


@pytest.fixture(params=["index", "scan"])
def search_way(request, monkeypatch):
    """Search through the trigram index (as a bank of 20,000 questions or more does) or the bank's own rows."""
    monkeypatch.setattr(bank_filters, "SCAN_BELOW", 0 if request.param == "index" else 10**9)
    return request.param


@pytest.mark.parametrize("needle", ["water", "Evaporation", "wa", "it is asked", 'say "x', "%", "zzzz-none"])
def test_search_through_the_index_finds_what_a_substring_scan_finds(big_bank, needle, search_way):
    questions = list(db.session.scalars(sa.select(Question).where(Question.bank_id == big_bank.id)))
    expected, _counts = reference(questions, {}, needle)
    found = filter_bank(big_bank, {}, needle, page_size=1000)
    assert {q.id for q in found.questions} == expected and found.total == len(expected)


def test_a_small_bank_searches_its_own_rows_and_a_large_one_the_index(app, big_bank, monkeypatch):
    """The index's cost grows with the matches in every bank of the school: a bank of a few hundred questions
    beside a district's 50,000 searched in 60 ms through it, in a few ms through its own rows."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's planner chooses between its GIN index and the rows by its statistics")
    statements = []

    def seen(_conn, _cursor, statement, *_args):
        statements.append(statement)

    sa.event.listen(db.engine, "before_cursor_execute", seen)
    try:
        small = filter_bank(big_bank, {}, "water", page_size=1000)
        through_rows = len(statements)
        monkeypatch.setattr(bank_filters, "SCAN_BELOW", 100)
        large = filter_bank(big_bank, {}, "water", page_size=1000)
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", seen)
    assert not any("questions_search" in s for s in statements[:through_rows])
    assert any("questions_search" in s for s in statements[through_rows:])
    assert small.total == large.total > 0 and small.questions == large.questions


def test_deleted_and_rewritten_questions_leave_the_search_index(client, big_bank, search_way):
    gone, changed = db.session.scalars(sa.select(Question).where(Question.bank_id == big_bank.id).limit(2)).all()
    changed.prompt = "A quokka stands here now."
    old_text = gone.prompt
    db.session.delete(gone)
    commit()
    assert [q.id for q in filter_bank(big_bank, {}, "quokka").questions] == [changed.id]
    assert gone.id not in {q.id for q in filter_bank(big_bank, {}, old_text.casefold(), page_size=1000).questions}


def test_the_search_index_exists_on_each_database(app):
    with db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = 'questions_search'").scalar()
        else:
            assert conn.exec_driver_sql("SELECT count(*) FROM pg_indexes WHERE indexname = "
                                        "'ix_questions_search_trgm'").scalar()


def test_the_bank_page_shows_where_the_sources_disagree_with_both_quotes(client):
    from pathlib import Path

    from studyapp.generator import generate_bank

    texts = Path(__file__).parents[1] / "generator" / "texts"
    data = generate_bank([texts / "uniform-for.txt", texts / "uniform-against.txt"])
    make_teacher()
    bank = make_bank(data, key="test:uniforms")
    plain = make_bank(copy.deepcopy(MINI_BANK), key="test:plain")
    commit()
    login(client, "teacher")
    page = client.get(f"/teacher/banks/{bank.id}").get_data(as_text=True)
    assert "Where the sources disagree (1)" in page
    section = page[page.index('id="disagreements"'):page.index("</details>", page.index('id="disagreements"'))]
    assert "About “60 pounds”" in section
    assert "At our school a full set costs 60 pounds and lasts a year." in section
    assert "Families in my town spend far more than 60 pounds" in section
    assert "Helen Marsh" in section and "Omar Said" in section
    assert 'id="disagreements"' not in client.get(f"/teacher/banks/{plain.id}").get_data(as_text=True)


def test_the_grouped_counts_read_only_the_covering_index(app, big_bank):
    """Every column the bank page groups by is in ix_questions_bank_filters (the language filter was added after the
    index and made SQLite read every row: 107 ms for a 50,000-question bank, 4 ms once the index has it too)."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's; PostgreSQL's planner chooses by its statistics")
    seen: list[tuple] = []

    def listen(_conn, _cursor, statement, parameters, *_args):
        seen.append((statement, parameters))

    sa.event.listen(db.engine, "before_cursor_execute", listen)
    try:
        filter_bank(big_bank, {})
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", listen)
    statement, parameters = next((s, p) for s, p in seen if "GROUP BY" in s)
    rows = db.session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
    plan = " | ".join(str(row[-1]) for row in rows)
    assert "COVERING INDEX ix_questions_bank_filters" in plan, plan


def test_a_search_matching_more_than_the_cap_is_paged_without_grouping_every_match(client, big_bank, monkeypatch):
    """A common word in most of a 50,000-question bank took ~100 ms to count and group (bench/banks.py): beyond
    SEARCH_COUNT_CAP matches the page says "more than", lists the filter values without numbers and pages the first
    matches in id order; below it, counts stay exact."""
    monkeypatch.setattr(bank_filters, "SEARCH_COUNT_CAP", 30)
    monkeypatch.setattr(bank_filters, "SCAN_BELOW", 0)  # on SQLite only a bank searched through the index is large
    questions = list(db.session.scalars(sa.select(Question).where(Question.bank_id == big_bank.id).order_by(Question.id)))
    expected, _counts = reference(questions, {"status": "approved"}, "it is asked")
    assert len(expected) > 30
    found = filter_bank(big_bank, {"status": "approved"}, "it is asked", page=2, page_size=10)
    assert found.more and found.total == 30 and found.pages == 3
    assert [q.id for q in found.questions] == sorted(expected)[10:20]
    assert set(found.counts["type"]) == {q.type for q in questions} and set(found.counts["type"].values()) == {None}
    page = client.get(f"/teacher/banks/{big_bank.id}?q=it+is+asked").get_data(as_text=True)
    assert "More than 30 questions match" in page and 'value="all"' not in page
    assert re.search(r'<option value="multiple_choice"[^>]*>[^<(]+</option>', page)
    narrow = filter_bank(big_bank, {}, "zzzz-none")
    assert not narrow.more and narrow.total == 0
