"""Accounts and ownership in a browser: an administrator invites a teacher, who uses the course pack and
invites an existing student, who accepts; every new page passes axe-core."""
from __future__ import annotations

import re

from browser_support import check_accessible, log_in
from factories import PASSWORD, commit, make_bank, make_student

from studyapp.models import Role
from studyapp.services import accounts


def test_invited_teacher_copies_the_course_pack_and_a_student_accepts_the_class(server, live_app, page, new_page):
    live_app.config["TEACHER_SIGNUP"] = "closed"
    accounts.create_user("root", PASSWORD, role=Role.ADMIN, full_name="Ada Admin")
    make_bank(template=True, key="content:mini")
    make_student("sam", "Sam Student")
    commit()
    base = server

    # Sign-up is closed, and says so.
    visitor = new_page()
    visitor.goto(f"{base}/signup")
    assert "Teacher sign-up is closed" in visitor.content()
    check_accessible(visitor, "signup-closed")

    # The administrator makes an invitation link.
    log_in(page, base, "root")
    check_accessible(page, "admin-dashboard")
    page.get_by_label("Who it is for").fill("Ms Lee, geography")
    page.get_by_role("button", name="Make a sign-up link").click()
    check_accessible(page, "admin-invite-link")
    link = page.locator("code.link").inner_text().strip()
    assert re.search(r"/signup\?invite=[A-Za-z0-9_-]{20,}$", link)

    # The teacher signs up with it and uses the course pack.
    teacher = new_page()
    teacher.goto(link)
    check_accessible(teacher, "signup-invited")
    teacher.get_by_label("Username").fill("ms.lee")
    teacher.get_by_label("Full name").fill("Ms Lee")
    teacher.get_by_label("Password", exact=True).fill("lee-password")
    teacher.get_by_label("Repeat the password").fill("lee-password")
    teacher.get_by_role("button", name="Create account").click()
    check_accessible(teacher, "teacher-dashboard-course-packs")
    teacher.get_by_role("link", name="Mini bank: the water cycle").click()
    assert teacher.get_by_role("button", name="Apply", exact=True).count() == 0  # the pack is read-only
    assert teacher.get_by_role("button", name="Approve").count() == 0
    check_accessible(teacher, "teacher-course-pack")
    teacher.get_by_role("button", name="Use the course pack").click()
    assert "your own copy" in teacher.content()
    check_accessible(teacher, "teacher-own-copy")
    teacher.get_by_role("link", name="Build a quiz").first.click()
    assert teacher.get_by_label("Quiz title").is_visible()

    # The teacher makes a class and adds an existing student by roster: an invitation, no name shown.
    teacher.goto(f"{base}/teacher/")
    teacher.get_by_label("Class name").fill("Geography 9")
    teacher.get_by_role("button", name="Create class").click()
    teacher.get_by_label("Paste CSV").fill("sam, Sam\nnew.kid, New Kid\n")
    teacher.get_by_role("button", name="Add students and print passwords").click()
    assert "Invited or already taken: sam." in teacher.content() and "Sam Student" not in teacher.content()
    check_accessible(teacher, "teacher-roster-result")

    # The student accepts.
    student = new_page(width=390)
    log_in(student, base, "sam")
    assert "invites you to join" in student.content()
    check_accessible(student, "student-invitation")
    student.get_by_role("button", name="Accept").click()
    assert "You joined Geography 9" in student.content()

    # The administrator sees the class and its two students.
    page.goto(f"{base}/admin/")
    page.get_by_role("link", name="Geography 9").click()
    assert "Sam Student" in page.content() and "New Kid" in page.content()
    check_accessible(page, "admin-class")
