"""Every URL rule of the app, for each actor: who may see and change what (someone else's object is a 404)."""
from __future__ import annotations

from datetime import timedelta

import pytest
from factories import (PASSWORD, commit, login, make_assignment, make_bank, make_classroom, make_student,
                       make_teacher)
from image_support import tiny_png

from studyapp.db import utcnow
from studyapp.models import Role
from studyapp.services import accounts, attempts, classes, invites, jobs, media, scheduling

PUBLIC = {"auth.index", "auth.login", "auth.signup", "auth.join", "auth.logout", "healthz", "static", "i18n.set_language"}
SIGNED_IN = {"auth.change_password"}
# Teacher pages that show or change no particular object: any teacher may open them.
TEACHER_GENERAL = {"teacher.dashboard", "teacher.create_classroom", "teacher.import_bank", "teacher.upload_document",
                   "teacher.show_archived"}
STUDENT_GENERAL = {"student.dashboard", "student.join_classroom", "student.progress", "student.start_practice"}
# What any teacher may do with a course pack (a template bank): read it, download it, copy it. Nothing else.
TEMPLATE_OPEN = {"teacher.show_bank", "teacher.show_question", "teacher.download_bank", "teacher.copy_bank",
                 "teacher.show_export", "teacher.show_flashcards"}
ACTORS = ["anonymous", "student", "outsider", "teacher", "other_teacher", "admin"]
NAMES = {"student": "student", "outsider": "outsider", "teacher": "owner", "other_teacher": "rival", "admin": "root"}


@pytest.fixture
def world(app):
    """Teacher A's class with a student, an own bank, quiz, assignment, attempt, job and card; a rival class;
    the course pack; an invitation of the student to A's second class; an administrator and a teacher invite."""
    owner = make_teacher("owner")
    rival = make_teacher("rival")
    admin = accounts.create_user("root", PASSWORD, role=Role.ADMIN)
    classroom = make_classroom(owner, "A")
    other_class = make_classroom(rival, "B")
    student = make_student("student", classroom=classroom)
    make_student("outsider", classroom=other_class)
    bank = make_bank(key="test:own", owner=owner)
    pack = make_bank(key="test:pack", template=True)
    invitation = classes.invite_student(make_classroom(owner, "A2"), student, now=utcnow())
    invite, _token = invites.create_invite(admin, note="", days=7, now=utcnow())
    assignment = make_assignment(owner, classroom, bank=bank)
    attempt = attempts.start_attempt(assignment, student, now=utcnow())
    job = jobs.create_job(owner, filename="a.txt", payload=b"Some text here.")
    closed = utcnow() + timedelta(days=8)  # the deck once the quiz has closed (a live quiz's questions are held back)
    scheduling.sync_deck(student, classroom, now=closed)
    card = scheduling.due_queue(student, classroom, now=closed).next_card
    image = media.set_question_image(bank.questions[0], tiny_png(), alt="A square", actor=owner, now=utcnow())
    commit()
    return {"classroom_id": classroom.id, "bank_id": bank.id, "question_id": bank.questions[0].id,
            "quiz_id": assignment.quiz_id, "assignment_id": assignment.id, "attempt_id": attempt.id,
            "job_id": job.id, "card_id": card.id, "student_id": student.id, "action": "approve", "fmt": "json",
            "filename": "app.css", "invitation_id": invitation.id, "answer": "accept", "invite_id": invite.id,
            "user_id": student.id, "pack_id": pack.id, "pack_question_id": pack.questions[0].id,
            "kind": "quiz", "object_id": assignment.quiz_id, "slot_id": assignment.quiz.slots[0].id,
            "flashcard_id": bank.flashcards[0].id, "document_id": bank.sources[0].id,
            "digest": image.media_hash, "suffix": "png"}


def expected(endpoint: str, actor: str) -> str:
    """'ok', 'login', 'forbidden' or 'hidden' (404) for an actor on an endpoint."""
    if endpoint in PUBLIC:
        return "ok"
    if endpoint in SIGNED_IN:
        return "login" if actor == "anonymous" else "ok"
    area = endpoint.split(".")[0]
    if actor == "anonymous":
        return "login"
    if area == "admin":
        return "ok" if actor == "admin" else "forbidden"
    if actor == "admin":
        return "forbidden"
    if area == "teacher":
        if actor in ("student", "outsider"):
            return "forbidden"
        return "ok" if actor == "teacher" or endpoint in TEACHER_GENERAL else "hidden"
    if area == "student":
        if actor in ("teacher", "other_teacher"):
            return "forbidden"
        return "ok" if actor == "student" or endpoint in STUDENT_GENERAL else "hidden"
    raise AssertionError(f"{endpoint} is not classified in test_access.py: decide who may use it")


def expected_on_pack(endpoint: str, actor: str) -> str:
    """The same for a rule given the course pack's bank or question: teachers may read and copy, not change."""
    outcome = expected(endpoint, actor)
    if actor in ("teacher", "other_teacher"):
        return "ok" if endpoint in TEMPLATE_OPEN else "hidden"
    return outcome


def check(status: int, location: str, outcome: str, where: str) -> None:
    """Compare a response with the expected outcome."""
    if outcome == "login":
        assert status == 302 and "/login" in location, where
    elif outcome == "forbidden":
        assert status == 403, where
    elif outcome == "hidden":
        assert status == 404, where
    else:
        assert status not in (403, 404, 405) and status < 500, where


@pytest.mark.parametrize("actor", ACTORS)
def test_every_rule_for_every_actor(app, world, actor):
    client = app.test_client()
    if actor != "anonymous":
        login(client, NAMES[actor])
    adapter = app.url_map.bind("localhost")
    rules = sorted(app.url_map.iter_rules(), key=lambda r: (r.endpoint, r.rule))
    assert len(rules) >= 50  # a sanity check that the walk sees the whole app
    for rule in rules:
        if rule.endpoint == "auth.logout":
            continue  # would end the session; checked in test_auth
        values = {name: world[name] for name in rule.arguments}
        url = adapter.build(rule.endpoint, values)
        outcome = expected(rule.endpoint, actor)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            response = client.open(url, method=method, data={})
            response.close()
            check(response.status_code, response.headers.get("Location", ""), outcome,
                  f"{actor} {method} {url} -> {response.status_code} (expected {outcome})")


@pytest.mark.parametrize("actor", ACTORS)
def test_every_bank_and_question_rule_on_the_course_pack(app, world, actor):
    client = app.test_client()
    if actor != "anonymous":
        login(client, NAMES[actor])
    adapter = app.url_map.bind("localhost")
    pack_values = {**world, "bank_id": world["pack_id"], "question_id": world["pack_question_id"]}
    rules = [r for r in app.url_map.iter_rules() if {"bank_id", "question_id"} & set(r.arguments)]
    assert len(rules) >= 10
    for rule in sorted(rules, key=lambda r: (r.endpoint, r.rule)):
        url = adapter.build(rule.endpoint, {name: pack_values[name] for name in rule.arguments})
        outcome = expected_on_pack(rule.endpoint, actor)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            response = client.open(url, method=method, data={})
            response.close()
            check(response.status_code, response.headers.get("Location", ""), outcome,
                  f"{actor} {method} {url} on the course pack -> {response.status_code} (expected {outcome})")
