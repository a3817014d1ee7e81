"""Rosters: an existing account is never enrolled without its consent, and the result reveals nothing about it."""
from __future__ import annotations

from factories import commit, login, make_classroom, make_student, make_teacher

from studyapp.db import db
from studyapp.models import ClassInvitation, User


def add_roster(client, classroom, text):
    """Post a pasted roster as the class's teacher."""
    return client.post(f"/teacher/classes/{classroom.id}/roster", data={"roster": text})


def test_a_roster_enrols_no_existing_account_and_says_the_same_of_each(client):
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    rival_class = make_classroom(make_teacher("rival", "Rita Rival"), "Other class")
    make_student("sam", "Sam Secretname", classroom=rival_class)
    commit()
    login(client, "teacher")
    response = add_roster(client, classroom, "sam, Sam\nrival, R\nnew.kid, New Kid\n")
    page = response.data.decode()
    assert response.status_code == 200
    assert [s.username for s in classroom.students] == ["new.kid"]
    assert "Secretname" not in page and "Rita Rival" not in page and "teacher account" not in page
    assert "already taken: sam, rival" in page and classroom.join_code in page
    assert page.count("<code>") == 1  # one one-time password: the new account's


def invite_sam(client):
    """Teacher's class 9B invites the existing student sam through the roster; sam is signed in. The class."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    make_student("sam")
    commit()
    login(client, "teacher")
    add_roster(client, classroom, "sam, Sam\n")
    client.post("/logout")
    login(client, "sam")
    return classroom


def test_an_existing_student_accepts_a_class_invitation(client):
    classroom = invite_sam(client)
    page = client.get("/student/").data.decode()
    invitation = db.session.scalar(db.select(ClassInvitation))
    assert "Class 9B" in page and f"/student/invitations/{invitation.id}/accept" in page
    assert client.post(f"/student/invitations/{invitation.id}/accept").status_code == 302
    assert [s.username for s in classroom.students] == ["sam"]
    assert db.session.scalar(db.select(db.func.count(ClassInvitation.id))) == 0


def test_a_declined_invitation_enrols_nothing_and_is_not_sent_again(client):
    classroom = invite_sam(client)
    invitation = db.session.scalar(db.select(ClassInvitation))
    client.post(f"/student/invitations/{invitation.id}/decline")
    assert "/accept" not in client.get("/student/").data.decode()
    client.post("/logout")
    login(client, "teacher")
    add_roster(client, classroom, "sam, Sam\n")
    client.post("/logout")
    login(client, "sam")
    assert "/accept" not in client.get("/student/").data.decode()
    assert classroom.students == []


def test_only_the_invited_student_can_answer_an_invitation(client):
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    make_student("sam")
    make_student("eve")
    commit()
    login(client, "teacher")
    add_roster(client, classroom, "sam, Sam\nteacher, T\n")
    client.post("/logout")
    invitation = db.session.scalar(db.select(ClassInvitation))
    assert db.session.scalar(db.select(db.func.count(ClassInvitation.id))) == 1  # none for the teacher account
    login(client, "eve")
    assert client.post(f"/student/invitations/{invitation.id}/accept").status_code == 404
    assert classroom.students == [] and db.session.scalar(db.select(User).where(User.username == "eve"))
