"""Exam day (issue 19): a whole school presses Start at once, so Start and the quiz page read no roster and
fetch the same few rows however large the class; static files are fingerprinted and kept a year."""
from __future__ import annotations

import re

import sqlalchemy as sa
from factories import commit, login, make_assignment, make_classroom, make_student, make_teacher

from studyapp.db import db
from studyapp.models import Attempt, Enrolment, User


def _start_and_open(client, assignment_id: int):
    """Start as the signed-in student, then load the quiz page; the page."""
    response = client.post(f"/student/assignments/{assignment_id}/start")
    assert response.status_code == 302
    page = client.get(response.headers["Location"])
    assert page.status_code == 200
    return page


def test_start_and_quiz_page_load_no_classmate(app, client):
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    for i in range(30):
        make_student(f"mate{i:02d}", classroom=classroom)
    make_student(classroom=classroom)
    assignment_id = make_assignment(teacher, classroom).id
    commit()
    login(client, "student")
    db.session.expunge_all()  # the test's own objects must not stand in for what the requests load
    loaded = []
    listeners = [(Enrolment, lambda target, _ctx: loaded.append(target)),
                 (User, lambda target, _ctx: loaded.append(target))]
    for mapper, listener in listeners:
        sa.event.listen(mapper, "load", listener)
    try:
        page = _start_and_open(client, assignment_id)
    finally:
        for mapper, listener in listeners:
            sa.event.remove(mapper, "load", listener)
    assert "Finish attempt…".encode() in page.data
    assert not [x for x in loaded if isinstance(x, Enrolment)]
    assert {x.username for x in loaded if isinstance(x, User)} <= {"student"}


def test_the_attempt_is_stored_with_its_layout_and_a_second_start_resumes_it(app, client):
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    make_student(classroom=classroom)
    assignment = make_assignment(teacher, classroom)
    commit()
    login(client, "student")
    _start_and_open(client, assignment.id)
    _start_and_open(client, assignment.id)
    attempts = list(db.session.scalars(sa.select(Attempt)))
    assert len(attempts) == 1
    slots = [slot.id for slot in assignment.quiz.slots]
    assert sorted(attempts[0].layout["slots"]) == sorted(slots)


def test_static_urls_carry_a_content_hash_and_are_kept_a_year(client):
    page = client.get("/login").get_data(as_text=True)
    url = re.search(r'href="(/static/app\.css\?v=[0-9a-f]{12})"', page).group(1)
    kept = client.get(url)
    kept.close()
    assert "immutable" in kept.headers["Cache-Control"] and "max-age=31536000" in kept.headers["Cache-Control"]
    stale = client.get("/static/app.css?v=000000000000")  # another version's URL: not promised for a year
    stale.close()
    assert "immutable" not in stale.headers.get("Cache-Control", "")


def _statements(client, method: str, url: str, **kwargs) -> list[str]:
    """The SQL one request runs, and its response."""
    seen: list[str] = []

    def listen(_conn, _cursor, statement, *_args):
        seen.append(statement.split(None, 1)[0].upper() + " " + statement)

    sa.event.listen(db.engine, "before_cursor_execute", listen)
    try:
        response = client.open(url, method=method, **kwargs)
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", listen)
    return seen, response


def test_finishing_writes_only_changed_answers_and_submit_reads_the_quiz_once(app, client):
    """At the end of an exam everyone posts "Finish attempt" with every answer again: unchanged ones cost no write.

    Before, the form's 16 answers were all written again (23 statements) and the submit read the quiz and its
    slots three times (15 statements).
    """
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    make_student(classroom=classroom)
    assignment = make_assignment(teacher, classroom)
    commit()
    login(client, "student")
    url = client.post(f"/student/assignments/{assignment.id}/start").headers["Location"]
    slots = assignment.quiz.slots
    form = {f"slot_{slot.id}": slot.question.answer for slot in slots[:2]}
    client.post(url, data={**form, "save": "1"})
    seen, finish = _statements(client, "POST", url, data={**form, "submit": "1"})
    assert finish.headers["Location"].endswith("/summary")
    assert not [s for s in seen if s.startswith(("INSERT", "UPDATE"))], seen
    changed = {**form, f"slot_{slots[2].id}": slots[2].question.answer}
    seen, _finish = _statements(client, "POST", url, data={**changed, "submit": "1"})
    assert len([s for s in seen if s.startswith(("INSERT", "UPDATE"))]) == 1
    seen, done = _statements(client, "POST", f"{url}/submit", data={"confirm": "1"})
    assert done.headers["Location"].endswith("/result")
    assert len([s for s in seen if "FROM quiz_slots" in s]) == 1, seen
    db.session.expire_all()
    attempt = db.session.scalar(db.select(Attempt))
    assert attempt.submitted_at is not None and attempt.score == 3.0


def test_the_result_page_reads_the_cited_documents_once_and_not_their_text(app, client):
    """The result page cites each answer's document: one query for all of them, without the documents' whole text.

    Before, each question loaded its document on its own (one query per document) with its full text.
    """
    import copy

    from factories import MINI_BANK, make_bank

    data = copy.deepcopy(MINI_BANK)
    first = data["sources"][0]
    data["sources"] = [first] + [{**first, "id": f"water{n}", "title": f"Water, part {n}", "text": first["text"] * 50}
                                 for n in (2, 3)]
    for n, question in enumerate(data["questions"]):
        question["source"]["id"] = ["water", "water2", "water3"][n % 3]
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    make_student(classroom=classroom)
    assignment = make_assignment(teacher, classroom, bank=make_bank(data, key="test:three-sources", owner=teacher))
    commit()
    login(client, "student")
    url = client.post(f"/student/assignments/{assignment.id}/start").headers["Location"]
    client.post(f"{url}/submit", data={"confirm": "1"})
    db.session.expire_all()  # the test's own objects must not stand in for what the request loads
    seen, page = _statements(client, "GET", f"{url}/result")
    assert page.status_code == 200 and b"Water, part 3" in page.data
    cited = [s for s in seen if "FROM source_documents" in s]
    assert len(cited) == 1, cited
    assert "source_documents.text" not in cited[0]
