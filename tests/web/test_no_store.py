"""Pages are never kept in a browser's or proxy's cache (a shared school computer), static files and /healthz are."""
from __future__ import annotations

import pytest
from factories import commit, login, make_classroom, make_student, make_teacher


def _no_store(response) -> bool:
    """True when the response forbids storing it."""
    return "no-store" in response.headers.get("Cache-Control", "")


def test_signed_in_pages_and_the_one_time_password_sheet_are_sent_no_store(client):
    classroom = make_classroom(make_teacher())
    commit()
    login(client, "teacher")
    for path in ("/teacher/", f"/teacher/classes/{classroom.id}", f"/teacher/classes/{classroom.id}/scores.csv"):
        assert _no_store(client.get(path)), path
    sheet = client.post(f"/teacher/classes/{classroom.id}/roster", data={"roster": "ana, Ana\nbo, Bo\n"})
    assert b"One-time passwords" in sheet.data and _no_store(sheet)
    assert _no_store(client.get("/teacher/classes/999"))  # an error page too


def test_student_pages_and_pages_before_sign_in_are_no_store(client):
    make_student(classroom=make_classroom(make_teacher()))
    commit()
    assert _no_store(client.get("/login"))
    assert _no_store(login(client, "student"))
    assert _no_store(client.get("/student/"))


@pytest.mark.parametrize("path", ["/healthz", "/static/app.css"])
def test_static_files_and_the_health_check_keep_caching(client, path):
    make_teacher()
    commit()
    login(client, "teacher")
    response = client.get(path)
    response.close()
    assert response.status_code == 200 and not _no_store(response)
