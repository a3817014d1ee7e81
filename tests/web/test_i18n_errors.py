"""A service's error in the reader's language: services raise `Message`s (studyapp/translatable.py) that read in
English in the CLI and are translated, placeholders filled, on a page; score sheets speak the teacher's language."""
from __future__ import annotations

import csv
import html
import io

import pytest
from factories import (commit, login, make_assignment, make_bank, make_classroom, make_student,
                       make_submitted_attempt, make_teacher)
from i18n_support import second_app
from flask_babel import refresh
from openpyxl import load_workbook

from studyapp.db import db
from studyapp.errors import ValidationError
from studyapp.i18n import tr
from studyapp.limits import COUNT
from studyapp.formats.registry import parse_bank
from studyapp.generator.stages import read
from studyapp.generator.stages.encoding import garbled_message
from studyapp.generator.stages.read import too_long_message
from studyapp.models import QuestionBank
from studyapp.services import jobs, scores
from studyapp.translatable import N_, NP_, Grouped, Message, at

BROKEN_GIFT = b"::a:: Good question {=yes ~no}\n\n::b:: Broken question {=yes ~no\n"


def teacher_in(app, language):
    """A signed-in client of a teacher whose account chose `language`, on an app with a fresh context per request."""
    teacher = make_teacher()
    teacher.language = language
    bank = make_bank()
    commit()
    client = second_app(app).test_client()
    login(client, "teacher")
    return client, bank


def test_a_message_reads_in_english_where_there_is_no_request():
    """str() of an error is the English with its values: what the CLI and the logs print."""
    message = at(N_("GIFT line %(line)s", line=12), N_("the answer %(answer)r is not one of the choices.", answer="x"))
    assert str(ValidationError(message)) == "GIFT line 12: the answer 'x' is not one of the choices."
    assert NP_("%(num)s question", "%(num)s questions", 1) == "1 question"
    assert NP_("%(num)s question", "%(num)s questions", 3) == "3 questions"
    assert N_("at most %(max)s", max=Grouped(20000)) == "at most 20,000" and N_("line %(n)s", n=1234) == "line 1234"
    assert isinstance(message, Message) and message.params["where"].params == {"line": 12}


def test_an_import_error_reads_in_kazakh_for_a_kazakh_teacher(app):
    """All or nothing refused in Kazakh: the line, the problem and the count translated, no English left."""
    client, _bank = teacher_in(app, "kk")
    page = client.post("/teacher/banks/import", data={"bank_file": (io.BytesIO(BROKEN_GIFT), "bad.gift"),
                                                      "all_or_nothing": "y"}, content_type="multipart/form-data")
    text = html.unescape(page.get_data(as_text=True))
    assert page.status_code == 422
    assert ("Ештеңе импортталмады. Оқылмайтын сұрақ саны: 1, ал «Бәрі немесе ештеңе» таңдалған: 3-жол (description): "
            "жауап блогы '{' ешқашан '}' белгісімен жабылмайды.") in text
    assert "never closed" not in text and "Line 3" not in text and "cannot be read" not in text


def test_the_import_report_lists_each_problem_in_russian(app):
    """A question left out: the report's reason column in Russian, without the line its own column shows."""
    client, _bank = teacher_in(app, "ru")
    page = client.post("/teacher/banks/import", data={"bank_file": (io.BytesIO(BROKEN_GIFT), "bad.gift")},
                       content_type="multipart/form-data")
    text = html.unescape(page.get_data(as_text=True))
    assert page.status_code == 200 and "<td>блок ответа '{' так и не закрыт '}'.</td>" in text
    assert "never closed" not in text


def test_an_upload_error_names_the_file_in_russian(app):
    """A parameter that is the teacher's own text (the file name) is kept as it is inside the translation."""
    client, _bank = teacher_in(app, "ru")
    page = client.post("/teacher/documents/new", data={"document": (io.BytesIO(b"  \n"), "пусто.txt"), "title": "",
                                                       "author": "", "kind": "", "published": "", "text": ""},
                       content_type="multipart/form-data")
    text = page.get_data(as_text=True)
    assert "Файл пусто.txt пуст." in text and "is empty" not in text


def test_a_limit_names_its_field_in_kazakh(app):
    """A nested message (the field's name) is translated too, and the sentence starts with a capital."""
    client, bank = teacher_in(app, "kk")
    form = {"prompt": "Who proposed continental drift?", "text_answer": "Alfred Wegener", "explanation": "",
            "aliases": "\n".join(f"name {i}" for i in range(COUNT["aliases"] + 1)), "topic": "", "kind": "fact",
            "difficulty": "", "tag_list": "", "notes": ""}
    page = client.post(f"/teacher/banks/{bank.id}/questions/new?type=short_answer", data=form)
    text = html.unescape(page.get_data(as_text=True))
    wanted = f"Балама жауаптар: берілгені — {COUNT['aliases'] + 1}, рұқсат етілгені — ең көбі {COUNT['aliases']}."
    assert page.status_code == 422 and wanted in text and "aliases given" not in text


def test_a_grouped_count_follows_the_readers_locale(app):
    """20,000 in English is 20 000 (a no-break space) in Kazakh and Russian."""
    message = N_("A comment may have at most %(max)s characters.", max=Grouped(20_000))
    assert message == "A comment may have at most 20,000 characters."
    for language, wanted in (("kk", "Түсініктеме ең көбі 20\u00a0000 таңба болуы мүмкін."),
                             ("ru", "Комментарий может содержать не больше 20\u00a0000 символов.")):
        with app.test_request_context(headers={"Accept-Language": language}):
            refresh()
            assert tr(message) == wanted
    with app.test_request_context(headers={"Accept-Language": "en"}):
        refresh()
        assert tr(message) == str(message)


def test_a_bank_csv_keeps_its_machine_header_in_every_language_and_imports_back(app):
    """The question sheet is an exchange format: its header stays the column names the importer reads."""
    client, bank = teacher_in(app, "kk")
    sheet = client.get(f"/teacher/banks/{bank.id}/export/csv").data
    assert sheet.decode("utf-8-sig").splitlines()[0].startswith("id,type,")
    assert {q["id"] for q in parse_bank(sheet, "csv")["questions"]} >= {"q-evap", "q-clouds"}


@pytest.mark.parametrize("language, username, done", [("kk", "логин", "орындалды"), ("ru", "логин", "выполнено"),
                                                      ("en", "username", "done")])
def test_score_sheets_speak_the_teachers_language(app, language, username, done):
    """CSV and XLSX downloads: column titles and status words in the teacher's language; names and numbers as
    they are. The CLI's sheet (no request) stays English."""
    client, bank = teacher_in(app, language)
    teacher = bank.owner
    classroom = make_classroom(teacher)
    student = make_student(classroom=classroom)
    assignment = make_assignment(teacher, classroom, bank=bank)
    make_submitted_attempt(assignment, student)
    commit()
    rows = list(csv.reader(io.StringIO(client.get(f"/teacher/classes/{classroom.id}/scores.csv").data
                                       .decode("utf-8-sig"))))
    assert rows[0][0] == username and rows[1][0] == "student" and rows[1][4] == done
    book = load_workbook(io.BytesIO(client.get(f"/teacher/classes/{classroom.id}/scores.xlsx").data))
    sheet = book.active
    assert sheet.cell(1, 1).value == username and sheet.cell(2, 5).value == done
    answers = list(csv.reader(io.StringIO(client.get(f"/teacher/classes/{classroom.id}/answers.csv").data
                                          .decode("utf-8-sig"))))
    assert answers[0][0] == username
    with app.app_context():
        table = scores.build_score_table(db.session.get(type(classroom), classroom.id), now=assignment.due_at,
                                         zone=__import__("zoneinfo").ZoneInfo("UTC"))
        assert table.header()[0] == "username" and str(table.records()[0][4]) == "done"
    assert db.session.scalar(db.select(db.func.count(QuestionBank.id))) == 1


def test_a_failed_jobs_stored_english_reads_back_in_the_teachers_language(app):
    """A job's error is stored in English; the job page reads it back as its message and shows it in Kazakh."""
    client, bank = teacher_in(app, "kk")
    job = jobs.create_job(bank.owner, filename="notes.txt", payload=b"Some text.")
    job.status, job.stage, job.payload = "failed", jobs.REFUSED_STAGE, None
    job.error = str(too_long_message("notes.txt", 612_345, 500_000))
    commit()
    text = html.unescape(client.get(f"/teacher/jobs/{job.id}").get_data(as_text=True))
    assert "notes.txt файлында 612\u00a0345 таңба мәтін бар" in text and "Split it into parts" not in text


@pytest.mark.parametrize("made", [
    too_long_message("a, b.txt", 1_000_001, 500_000), garbled_message("Ескі.txt"),
    N_(read.DAMAGED, file="x.pdf", kind=Message(read.KINDS[".pdf"]), reason="PdfReadError"),
    N_(read.UNREADABLE, file="x.docx", reason="no 'word/document.xml' (KeyError)"),
    N_(jobs.NO_QUESTIONS, file="empty: really.md"),
])
def test_every_stored_job_error_reads_back_as_the_message_that_made_it(made):
    back = jobs.error_message(type("Job", (), {"error": str(made)})())
    assert isinstance(back, Message) and back.msgid == made.msgid and str(back) == str(made)
    assert {k: str(v) for k, v in back.params.items()} == {k: str(v) for k, v in made.params.items()}
    assert jobs.error_message(type("Job", (), {"error": "The server stopped."})()) == "The server stopped."
