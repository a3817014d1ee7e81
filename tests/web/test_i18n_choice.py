"""Choosing the interface language: the header switch (cookie and account), a class's default, Accept-Language;
`<html lang>`; dates and numbers per locale in the school's time zone; demo people of a language."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from factories import commit, login, make_classroom, make_student, make_teacher
from i18n_support import TRANSLATIONS, english_phrases, second_app, visible_text

from studyapp.db import db
from studyapp.i18n import format_day, format_number, format_percent, format_when
from studyapp.models import User


def lang_of(response) -> str:
    """The page's <html lang>."""
    html = response.get_data(as_text=True)
    return html.split('<html lang="', 1)[1].split('"', 1)[0]


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_accept_language_gives_login_and_the_demo_first_pages_in_that_language(app, runner, language):
    """Login page, the demo student's and the demo teacher's first pages: right lang, none of the English phrases."""
    assert runner.invoke(args=["content", "load"]).exit_code == 0
    assert runner.invoke(args=["demo", "create"]).exit_code == 0
    phrases = english_phrases(TRANSLATIONS / "messages.pot", language)
    web = second_app(app)
    headers = {"Accept-Language": f"{language},en;q=0.5"}
    pages = [("anonymous", web.test_client().get("/login", headers=headers))]
    for username, first_page in (("student1", "/student/"), ("demo-teacher", "/teacher/")):
        client = web.test_client()
        client.post("/login", data={"username": username, "password": "demo-pass"}, headers=headers)
        pages.append((username, client.get(first_page, headers=headers)))
    for who, page in pages:
        assert page.status_code == 200 and lang_of(page) == language, who
        text = visible_text(page.get_data(as_text=True))
        assert [p for p in phrases if p in text] == [], f"English on {who}'s page in {language}"


def test_the_header_switch_sets_a_cookie_before_login_and_the_account_after(app):
    make_student("aruzhan")
    commit()
    web = second_app(app)
    visitor = web.test_client()
    switched = visitor.post("/language", data={"language": "kk", "next": "/login"})
    assert switched.status_code == 302 and switched.headers["Location"] == "/login"
    assert "lang=kk" in switched.headers["Set-Cookie"]
    assert lang_of(visitor.get("/login", headers={"Accept-Language": "ru"})) == "kk"  # the choice beats the browser
    login(visitor, "aruzhan")
    visitor.post("/language", data={"language": "ru", "next": "/student/"})
    assert db.session.get(User, db.session.scalar(db.select(User.id).where(User.username == "aruzhan"))).language == "ru"
    elsewhere = web.test_client()  # another computer: no cookie, a Kazakh browser; the account's choice holds
    login(elsewhere, "aruzhan")
    assert lang_of(elsewhere.get("/student/", headers={"Accept-Language": "kk"})) == "ru"


def test_the_switch_ignores_unknown_languages_and_foreign_next_addresses(app):
    client = second_app(app).test_client()
    odd = client.post("/language", data={"language": "xx", "next": "//evil.example/"})
    assert odd.headers["Location"] == "/" and "Set-Cookie" not in odd.headers
    away = client.post("/language", data={"language": "ru", "next": "https://evil.example/"})
    assert away.headers["Location"] == "/"


def test_a_class_language_is_its_students_until_they_choose(app):
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    make_student("dana", classroom=classroom)
    commit()
    web = second_app(app)
    teacher_client = web.test_client()
    login(teacher_client, "teacher")
    saved = teacher_client.post(f"/teacher/classes/{classroom.id}/study-settings",
                                data={"desired_retention": "0.9", "new_cards_per_day": "20", "language": "kk"})
    assert saved.status_code == 302
    db.session.expire_all()
    student = web.test_client()
    login(student, "dana")
    assert lang_of(student.get("/student/", headers={"Accept-Language": "ru"})) == "kk"
    student.post("/language", data={"language": "ru", "next": "/student/"})
    assert lang_of(student.get("/student/", headers={"Accept-Language": "en"})) == "ru"


def test_dates_and_numbers_follow_the_locale_in_the_school_time_zone(app):
    moment = datetime(2026, 3, 12, 4, 30, tzinfo=timezone.utc)  # 09:30 in Astana (UTC+5)
    web = second_app(app, TIMEZONE="Asia/Almaty")
    seen = {}
    for language in ("ru", "kk", "en"):
        with web.test_request_context("/", headers={"Accept-Language": language}):
            seen[language] = (format_day(moment), format_when(moment), format_number(7.5), format_percent(87.5))
    assert seen["ru"][0] == "12 марта 2026\u202fг." and seen["kk"][0] == "12 наурыз 2026"
    assert seen["ru"][1] == "12 марта 2026, 09:30" and seen["kk"][1] == "12 наурыз 2026, 09:30"
    assert seen["en"][1] == "Thu 12 Mar 2026, 09:30"
    assert seen["ru"][2] == seen["kk"][2] == "7,5" and seen["en"][2] == "7.5"
    with web.test_request_context("/", headers={"Accept-Language": "ru"}):
        assert (format_number(3), format_number(0.333, 2), format_number(500_000, 0)) == ("3,0", "0,33", "500\xa0000")
    assert seen["ru"][3] == "87,5\u00a0%" and seen["en"][3] == "87.5%"


def test_demo_create_with_a_language_makes_students_of_that_language(app, runner):
    assert runner.invoke(args=["content", "load"]).exit_code == 0
    result = runner.invoke(args=["demo", "create", "--language", "kk"])
    assert result.exit_code == 0, result.output
    student = db.session.scalar(db.select(User).where(User.username == "student1"))
    assert (student.language, student.full_name) == ("kk", "Оқушы 1")
    client = second_app(app).test_client()
    login(client, "student1", "demo-pass")
    page = client.get("/student/", headers={"Accept-Language": "en"})
    assert lang_of(page) == "kk" and "Менің тапсырмаларым" in page.get_data(as_text=True)
